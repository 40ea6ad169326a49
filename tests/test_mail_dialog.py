"""Correo: the mail settings dialog stores the settings, applies them at once, and its test button really sends."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QDialogButtonBox

from syncserver.mail_settings import read_mail_settings, update_mail_settings
from syncserver.mail_words import ENGLISH, SPANISH

pytestmark = pytest.mark.filterwarnings("ignore:Requiring AUTH while not requiring TLS:UserWarning")


def open_dialog(desk, qtbot):
    from desktop.views.mail_dialog import MailDialog

    dialog = MailDialog(desk.host, desk.window)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.stored is not None, timeout=5000)
    return dialog


def fill(dialog, smtp, **extra) -> None:
    dialog.host_edit.setText("127.0.0.1")
    dialog.security_combo.setCurrentIndex(dialog.security_combo.findData("none"))
    dialog.port_spin.setValue(smtp.port)
    dialog.from_edit.setText("campo@sucursal.example")
    dialog.recipients_edit.setPlainText("jefa@sucursal.example\nsupervisor@sucursal.example, jefa@sucursal.example")
    for name, value in extra.items():
        getattr(dialog, name).setText(value)


def test_the_test_button_sends_with_the_typed_settings_and_says_so(desk, qtbot, smtp_server):
    dialog = open_dialog(desk, qtbot)
    assert not dialog.enabled_check.isChecked() and all(c.isChecked() for c in dialog.outcome_checks.values())
    fill(dialog, smtp_server)
    dialog.trial_to_edit.setText("prueba@sucursal.example")
    with qtbot.waitSignal(dialog.trial_finished, timeout=15_000) as finished:
        dialog.trial_button.click()
        assert not dialog.trial_button.isEnabled()  # in the background: the window stays responsive
    assert finished.args == [True, "Correo de prueba enviado a prueba@sucursal.example. Revise su bandeja de entrada."]
    assert dialog.trial_label.text() == finished.args[1] and dialog.trial_button.isEnabled()
    [got] = smtp_server.messages()
    assert got.recipients == ["prueba@sucursal.example"]
    assert got.message["Subject"] == SPANISH.phrases["test_subject"]
    assert read_mail_settings(desk.host.engine).host == ""  # a test stores nothing


def test_a_wrong_password_is_reported_in_words_with_the_servers_answer(desk, qtbot, smtp_auth_server):
    dialog = open_dialog(desk, qtbot)
    fill(dialog, smtp_auth_server, user_edit="supervisor", password_edit="otra-clave", trial_to_edit="a@sucursal.example")
    with qtbot.waitSignal(dialog.trial_finished, timeout=15_000) as finished:
        dialog.trial_button.click()
    sent, words = finished.args
    assert not sent
    assert words.startswith("No se envió. Falló la autenticación: revise el usuario y la contraseña. Respuesta: 535")
    assert smtp_auth_server.messages() == []

    dialog.password_edit.setText("clave-correcta")
    dialog.language_combo.setCurrentIndex(dialog.language_combo.findData("en"))
    with qtbot.waitSignal(dialog.trial_finished, timeout=15_000) as finished:
        dialog.trial_button.click()
    assert finished.args[0] is True
    assert smtp_auth_server.messages()[0].message["Subject"] == ENGLISH.phrases["test_subject"]


def test_nobody_listening_and_a_bad_address_are_explained(desk, qtbot):
    from tests.plugins.smtp import free_port

    dialog = open_dialog(desk, qtbot)
    dialog.host_edit.setText("127.0.0.1")
    dialog.port_spin.setValue(free_port())
    dialog.security_combo.setCurrentIndex(dialog.security_combo.findData("none"))
    dialog.from_edit.setText("campo@sucursal.example")
    dialog.trial_to_edit.setText("no es una dirección")
    with qtbot.waitSignal(dialog.trial_finished, timeout=15_000) as finished:
        dialog.trial_button.click()
    assert finished.args == [False, "Escriba una dirección válida a la que enviar la prueba."]
    dialog.trial_to_edit.setText("a@sucursal.example")
    with qtbot.waitSignal(dialog.trial_finished, timeout=15_000) as finished:
        dialog.trial_button.click()
    assert finished.args[1].startswith("No se envió. No se pudo conectar con el servidor de correo: revise el servidor")


def test_saving_stores_the_settings_cleaned_and_the_running_server_uses_them(desk, qtbot, smtp_server):
    dialog = open_dialog(desk, qtbot)
    fill(dialog, smtp_server)
    dialog.enabled_check.setChecked(True)
    dialog.recipients_edit.setPlainText("")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    assert dialog.error_label.text() == ("Escriba al menos un destinatario, una dirección válida por línea (hasta 50).")
    fill(dialog, smtp_server)
    dialog.outcome_checks["no_contact"].setChecked(False)
    dialog.flag_checks["clock_skew"].setChecked(False)
    with qtbot.waitSignal(dialog.saved, timeout=10_000):
        dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    stored = read_mail_settings(desk.host.engine)
    assert stored.enabled and stored.port == smtp_server.port
    assert stored.recipients == ("jefa@sucursal.example", "supervisor@sucursal.example")
    assert stored.outcomes == ("third_party", "rpc", "promise_to_pay") and "clock_skew" not in stored.flags

    again = open_dialog(desk, qtbot)  # reads back what was stored
    assert again.host_edit.text() == "127.0.0.1" and not again.outcome_checks["no_contact"].isChecked()
    assert again.trial_to_edit.text() == "jefa@sucursal.example"


def test_the_file_menu_opens_the_mail_dialog(desk, qtbot):
    from desktop.views.mail_dialog import MailDialog
    from desktop.views.pages import build_pages

    update_mail_settings(desk.host.engine, read_mail_settings(desk.host.engine))
    build_pages(desk.window, desk.host)
    [menu] = [a.menu() for a in desk.window.menuBar().actions() if a.text() == "Archivo"]
    [action] = [a for a in menu.actions() if a.text() == "Correo…"]
    action.trigger()
    qtbot.waitUntil(lambda: any(isinstance(w, MailDialog) and w.isVisible() for w in desk.window.findChildren(MailDialog)),
                    timeout=5000)
    dialog = desk.window.findChildren(MailDialog)[0]
    qtbot.waitUntil(lambda: dialog.stored is not None, timeout=5000)
    dialog.grab().save("/tmp/campo-mail-dialog.png")
    dialog.reject()

"""Recordatorios on real widgets: settings with a live preview, "Enviar ahora", the log, and an account's opt-outs."""

from __future__ import annotations

import json
from datetime import UTC, datetime

from syncserver.kpis.days import zone_of
from syncserver.reminder_optouts import opted_out_channels
from syncserver.reminder_providers import FILE_NAME
from syncserver.reminder_settings import read_reminder_settings
from tests.reminder_world import reminder_world


def open_dialog(desk, qtbot):
    from desktop.views.reminders_dialog import RemindersDialog

    dialog = RemindersDialog(desk.host, desk.window)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(dialog.save_button.isEnabled, timeout=5000)
    return dialog


def test_settings_are_saved_with_a_preview_and_enviar_ahora_fills_the_log(desk, qtbot, tmp_path) -> None:
    today = datetime.now(UTC).astimezone(zone_of("America/Bogota")).date()
    world, _ids = reminder_world(desk.host.engine, today)
    dialog = open_dialog(desk, qtbot)
    form = dialog.form
    assert not form.sms_check.isChecked() and form.provider_combo.currentData() == "file"
    assert "Ana Pérez" in form.preview_label.text() and "$ 120.000,00 COP" in form.preview_label.text()
    form.sms_check.setChecked(True)
    form.whatsapp_check.setChecked(True)
    form.quiet_end_edit.setTime(form.quiet_start_edit.time())  # no quiet hours: the test sends now
    form.sender_edit.setText("Cobranzas Andinas")
    form.template_edit.setPlainText("Hola {nombre}, pague {monto} el {fecha} a {empresa}. {nombre_mal}")
    assert form.preview_label.text() == "Marcadores desconocidos: {nombre_mal}"
    dialog.save_button.click()
    assert dialog.message_label.text().startswith("Textos:") and "{nombre_mal}" in dialog.message_label.text()
    form.template_edit.setPlainText("Hola {nombre}, pague {monto} el {fecha} a {empresa}.")
    assert form.preview_label.text().startswith("Hola Ana Pérez, pague $ 120.000,00 COP el ")
    assert form.preview_label.text().endswith(" a Cobranzas Andinas.")
    with qtbot.waitSignal(dialog.saved, timeout=10_000):
        dialog.save_button.click()
    stored = read_reminder_settings(desk.host.engine)
    assert stored.channels() == ("sms", "whatsapp") and stored.template("before_due").startswith("Hola {nombre}, pague")

    with qtbot.waitSignal(dialog.planned, timeout=10_000) as planned:
        dialog.send_button.click()
    assert planned.args[0].queued == 5  # SMS: Ana, Beto, Carla; WhatsApp: Beto, Carla (Ana has not consented)
    assert dialog.message_label.text().startswith("5 mensajes en cola, 3 no se enviarán")
    log = dialog.log
    qtbot.waitUntil(lambda: "Enviado: 5" in log.counts_label.text(), timeout=15_000)  # reloaded by RemindersChanged
    assert log.model.rowCount() == 8
    lines = (desk.host.config.data_dir / FILE_NAME).read_text(encoding="utf-8").splitlines()
    assert len(lines) == 5 and any(json.loads(line)["body"].startswith("Hola Ana Pérez, pague") for line in lines)
    log.status_combo.setCurrentIndex(log.status_combo.findData("skipped"))
    qtbot.waitUntil(lambda: log.model.rowCount() == 3, timeout=5000)
    statuses = {log.model.data(log.model.index(r, 6)) for r in range(log.model.rowCount())}
    assert statuses == {"No enviado: ya pagó", "No enviado: sin autorización del deudor"}


def test_an_accounts_reminder_opt_outs_are_stored_from_the_cartera_page(desk, qtbot) -> None:
    from desktop.views.accounts_page import AccountsPage

    today = datetime.now(UTC).astimezone(zone_of("America/Bogota")).date()
    world, _ids = reminder_world(desk.host.engine, today)
    page = AccountsPage(desk.host)
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        page.show()
    assert not page.reminders_button.isEnabled()
    page.search_edit.setText("C1")
    qtbot.waitUntil(lambda: page.proxy.rowCount() == 1, timeout=5000)
    page.table.selectRow(0)
    assert page.reminders_button.isEnabled()
    dialog = page.open_reminder_opt_out()
    qtbot.waitUntil(dialog.save_button.isEnabled, timeout=5000)
    assert dialog.windowTitle() == "Recordatorios de Ana Pérez" and dialog.chosen() == ()
    dialog.checks["sms"].setChecked(True)
    dialog.checks["whatsapp"].setChecked(True)
    with qtbot.waitSignal(dialog.saved, timeout=5000) as saved:
        dialog.save_button.click()
    assert saved.args == [("sms", "whatsapp")]
    assert opted_out_channels(desk.host.engine, world.accounts["C1"]) == ("sms", "whatsapp")
    assert page.notice_label.text() == "Recordatorios de Ana Pérez guardados"

"""Users, roles and the audit log in the desktop: real widgets, the real embedded server, a real database."""

from __future__ import annotations

import csv
import io
import json
import urllib.request
import uuid
from datetime import date, timedelta

import pytest

from syncserver import audit as a
from syncserver import permissions as p
from syncserver.audit_log import list_audit
from syncserver.devices import get_device
from syncserver.logins import MAX_FAILED_ATTEMPTS
from syncserver.office import revoke
from syncserver.permissions import PermissionDenied
from syncserver.questionnaires import create_questionnaire
from syncserver.settings import read_settings
from syncserver.users import create_user, get_user
from tests.test_users import quick_hashes  # noqa: F401 - fixture

VIEWER_REVOKE = "Su rol (consulta) no permite revocar dispositivos."


def post(url: str, body: dict) -> dict:
    request = urllib.request.Request(url, data=json.dumps(body).encode(), headers={"Content-Type": "application/json"})
    with urllib.request.urlopen(request, timeout=10) as response:
        return json.loads(response.read())


def sign_in_as(desk, login: str):
    """Act in the app as this user, as the login dialog would leave it."""
    from desktop.session import Session

    desk.host.set_session(Session.for_user(get_user(desk.host.engine, login)))


@pytest.fixture
def staff(quick_hashes, desk):  # noqa: F811 - the fixture imported above
    """An administrator, a supervisor and a viewer on the desk's branch."""
    engine = desk.host.engine
    create_user(engine, "ana", "Ana Pérez", p.ADMINISTRATOR, "clave de ana 12", actor="cli:test")
    create_user(engine, "luis", "Luis Rojas", p.SUPERVISOR, "clave de luis 1", actor="ana")
    create_user(engine, "marta", "Marta Gil", p.VIEWER, "clave de marta 1", actor="ana")
    return desk


def test_single_user_mode_opens_without_login(qtbot, tmp_path):
    from desktop.server_host import ServerHost
    from desktop.views.session_gate import SessionGate
    from syncserver.config import ServerConfig

    host = ServerHost(ServerConfig(data_dir=tmp_path / "solo", port=0, discovery=False))
    gate = SessionGate(host)
    with qtbot.waitSignal(gate.ready, timeout=30_000) as ready:
        gate.start()
    session = ready.args[0]
    assert session.single and session.role == p.ADMINISTRATOR and session.actor.startswith("pc:")
    assert gate.dialog is None
    host.engine.dispose()


def test_login_dialog_wrong_then_right_password(qtbot, tmp_path):
    from desktop.server_host import ServerHost
    from desktop.views.session_gate import SessionGate
    from syncserver.config import ServerConfig
    from syncserver.db.bootstrap import open_database

    data = tmp_path / "oficina"
    engine = open_database(data, name="Sucursal Chapinero")
    create_user(engine, "marta", "Marta Gil", p.ADMINISTRATOR, "clave de marta 1")  # real argon2id parameters
    engine.dispose()
    host = ServerHost(ServerConfig(data_dir=data, port=0, discovery=False))
    gate = SessionGate(host)
    gate.start()
    qtbot.waitUntil(lambda: gate.dialog is not None and gate.dialog.isVisible(), timeout=30_000)
    dialog = gate.dialog
    qtbot.addWidget(dialog)
    assert "Chapinero" in dialog.findChildren(type(dialog.message_label))[0].text()
    dialog.retry_delay_ms = 400
    dialog.login_edit.setText("MARTA")
    dialog.password_edit.setText("no es la clave")
    dialog.enter_button.click()
    qtbot.waitUntil(lambda: "incorrectos" in dialog.message_label.text(), timeout=10_000)
    assert not dialog.enter_button.isEnabled() and dialog.password_edit.text() == ""  # the delay before another try
    qtbot.waitUntil(dialog.enter_button.isEnabled, timeout=5000)
    dialog.password_edit.setText("clave de marta 1")
    with qtbot.waitSignal(gate.ready, timeout=10_000) as ready:
        dialog.enter_button.click()
    session = ready.args[0]
    assert (session.login, session.actor, session.role, session.single) == ("marta", "marta", p.ADMINISTRATOR, False)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=2000)
    actions = [row.action for row in list_audit(host.engine)]
    assert actions[:2] == [a.LOGIN_SUCCEEDED, a.LOGIN_FAILED]
    host.engine.dispose()


def test_lockout_is_said_in_words(quick_hashes, qtbot, tmp_path):  # noqa: F811
    from desktop.server_host import ServerHost
    from desktop.views.login_dialog import LoginDialog
    from syncserver.config import ServerConfig

    host = ServerHost(ServerConfig(data_dir=tmp_path / "d", port=0, discovery=False))
    create_user(host.engine, "luis", "Luis", p.ADMINISTRATOR, "clave de luis 1")
    dialog = LoginDialog(host, "Sucursal")
    qtbot.addWidget(dialog)
    dialog.retry_delay_ms = 0
    dialog.show()
    for attempt in range(MAX_FAILED_ATTEMPTS):
        qtbot.waitUntil(dialog.enter_button.isEnabled, timeout=5000)
        dialog.login_edit.setText("luis")
        dialog.password_edit.setText(f"intento {attempt}")
        dialog.submit()
        qtbot.waitUntil(lambda: not dialog.checking, timeout=5000)
        if attempt == MAX_FAILED_ATTEMPTS - 2:
            assert "1 intento(s) fallido(s) más" in dialog.message_label.text()
    assert "bloqueado hasta las" in dialog.message_label.text()
    host.engine.dispose()


def test_a_viewer_cannot_revoke(staff, qtbot):
    from desktop.views.agents_page import AgentsPage

    desk = staff
    desk.add_agent("G-07", "Gestora Siete")
    paired = post(f"{desk.api}/devices/pair", {"code": desk.pairing_code("G-07"), "device": {"install_id": str(uuid.uuid4())}})
    sign_in_as(desk, "marta")
    page = AgentsPage(desk.host)
    desk.window.add_page("agents", "Gestores", page)
    desk.window.show_page("agents")
    qtbot.waitUntil(lambda: page.loaded, timeout=5000)
    page.all_devices_check.setChecked(True)
    page.devices_view.setCurrentIndex(page.devices_filter.index(0, 0))
    assert page.selected_device() is not None
    assert not page.revoke_button.isEnabled() and page.revoke_button.toolTip() == VIEWER_REVOKE
    assert not page.pair_button.isEnabled() and "vincular dispositivos" in page.pair_button.toolTip()
    assert not page.add_button.isEnabled() and page.edit_agent() is None

    failures = []
    desk.host.call(revoke(desk.host.server.app, paired["device_id"], desk.host.actor), failures.append, failures.append)
    qtbot.waitUntil(lambda: bool(failures), timeout=5000)
    assert isinstance(failures[0], PermissionDenied) and failures[0].role == p.VIEWER
    assert not get_device(desk.host.engine, paired["device_id"]).revoked

    sign_in_as(desk, "luis")  # a supervisor may: through the same button, audited under his login
    page._update_buttons()
    assert page.revoke_button.isEnabled() and page.revoke_button.toolTip() == ""
    done = []
    desk.host.call(revoke(desk.host.server.app, paired["device_id"], desk.host.actor), done.append)
    qtbot.waitUntil(lambda: bool(done), timeout=5000)
    assert get_device(desk.host.engine, paired["device_id"]).revoked
    entry = list_audit(desk.host.engine)[0]
    assert (entry.action, entry.actor, entry.subject_id) == (a.DEVICE_REVOKED, "luis", paired["device_id"])


def test_roles_grey_out_the_other_pages(staff, qtbot, tmp_path):
    from PySide6.QtCore import QSettings

    from desktop.views.accounts_page import AccountsPage
    from desktop.views.designer_page import DesignerPage
    from desktop.views.payments_page import PaymentsPage
    from desktop.views.settings_dialog import SettingsDialog

    desk = staff
    sign_in_as(desk, "marta")
    assert not AccountsPage(desk.host).import_button.isEnabled()
    payments = PaymentsPage(desk.host)
    assert not payments.import_button.isEnabled() and payments.open_import() is None
    create_questionnaire(desk.host.engine, "Visita", {"fields": [{"type": "yes_no", "key": "ok", "label": {"es": "¿OK?"}}]})
    designer = DesignerPage(desk.host)
    desk.window.add_page("questionnaires", "Cuestionarios", designer)
    with qtbot.waitSignal(designer.opened, timeout=10_000):
        desk.window.show_page("questionnaires")
    assert designer.editor.read_only and not designer.editor.toolbar.isEnabled()
    assert not designer.publish_button.isEnabled() and "publicar cuestionarios" in designer.publish_button.toolTip()
    assert not designer.save_button.isEnabled() and designer.check_button.isEnabled()  # reading and checking: yes
    assert not designer.export_button.isEnabled() and "exportar datos" in designer.export_button.toolTip()  # audited

    sign_in_as(desk, "luis")  # supervisor: the collection work, not the branch's settings
    assert AccountsPage(desk.host).import_button.isEnabled()
    ini = QSettings(str(tmp_path / "campo.ini"), QSettings.Format.IniFormat)
    dialog = SettingsDialog(desk.host, desk.window, settings=ini)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.branch is not None, timeout=5000)
    assert not dialog.branch_box.isEnabled() and "configuración de la sucursal" in dialog.branch_box.toolTip()
    assert not dialog.server_box.isEnabled() and dialog.language_combo.isEnabled()
    before = read_settings(desk.host.engine)
    dialog.language_combo.setCurrentIndex(dialog.language_combo.findData("en"))
    with qtbot.waitSignal(dialog.saved, timeout=5000):
        dialog.save()
    assert ini.value("ui/language") == "en" and ini.value("server/port") is None
    assert read_settings(desk.host.engine) == before
    assert a.SETTINGS_CHANGED not in {row.action for row in list_audit(desk.host.engine)}


def test_users_dialog_from_single_user_mode(quick_hashes, desk, qtbot, qtmodeltester):  # noqa: F811
    from desktop.views.users_dialog import UsersDialog

    assert desk.host.session.single
    dialog = UsersDialog(desk.host, desk.window)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.loaded, timeout=5000)
    assert "sin usuarios" in dialog.intro_label.text()
    first = dialog.add_user()
    assert [first.role_combo.itemData(i) for i in range(first.role_combo.count())] == [p.ADMINISTRATOR]
    first.login_edit.setText("Ana")
    first.name_edit.setText("Ana Pérez")
    first.password_edit.setText("ana")
    first.save()
    assert first.error_label.text() == "La contraseña debe tener al menos 10 caracteres."
    first.password_edit.setText("clave de ana 12")
    first.repeat_edit.setText("clave de ana 13")
    first.save()
    assert first.error_label.text() == "Las dos contraseñas no coinciden."
    first.repeat_edit.setText("clave de ana 12")
    with qtbot.waitSignal(desk.host.session_changed, timeout=10_000) as changed:
        first.save()
    assert changed.args[0].login == "ana" and desk.host.actor == "ana"  # the first administrator is who acts now

    viewer = dialog.add_user()
    assert viewer.role_combo.count() == 3
    viewer.login_edit.setText("marta")
    viewer.name_edit.setText("Marta Gil")
    viewer.role_combo.setCurrentIndex(viewer.role_combo.findData(p.VIEWER))
    viewer.password_edit.setText("clave de marta 1")
    viewer.repeat_edit.setText("clave de marta 1")
    with qtbot.waitSignal(dialog.changed, timeout=10_000):
        viewer.save()
    assert [dialog.model.index(row, 2).data() for row in range(2)] == ["administrador", "consulta"]
    qtmodeltester.check(dialog.model)

    dialog.select_user("ana")
    dialog.toggle_active()  # the last administrator: refused, and said why
    qtbot.waitUntil(lambda: "último administrador" in dialog.notice_label.text(), timeout=5000)
    assert get_user(desk.host.engine, "ana").active
    dialog.select_user("marta")
    reset = dialog.reset_password()
    reset.password_edit.setText("otra clave de marta")
    reset.repeat_edit.setText("otra clave de marta")
    with qtbot.waitSignal(reset.saved, timeout=10_000):
        reset.save()
    entries = list_audit(desk.host.engine)
    assert [(e.action, e.actor, e.subject_id) for e in entries[:2]] == [
        (a.USER_PASSWORD_RESET, "ana", "marta"), (a.USER_CREATED, "ana", "marta")]
    assert (entries[2].action, entries[2].subject_id) == (a.USER_CREATED, "ana") and entries[2].actor.startswith("pc:")


def test_audit_dialog_filters_and_exports(staff, qtbot, qtmodeltester, tmp_path):
    from desktop.views.audit_dialog import AuditDialog

    desk = staff
    sign_in_as(desk, "luis")
    desk.add_agent("G-01")
    dialog = AuditDialog(desk.host, desk.window)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.zone is not None, timeout=5000)
    everything = dialog.model.rowCount()
    assert everything >= 4 and dialog.status_label.text() == f"{everything} registros"
    qtmodeltester.check(dialog.model)
    with qtbot.waitSignal(dialog.loaded, timeout=5000) as loaded:
        dialog.set_filter(action=a.USER_CREATED)
    assert loaded.args == [3]
    assert {dialog.model.index(r, 2).data() for r in range(3)} == {"Usuario creado"}
    assert dialog.model.index(0, 3).data() == "usuario marta"
    with qtbot.waitSignal(dialog.loaded, timeout=5000) as loaded:
        dialog.set_filter(actor="ana")
    assert loaded.args == [2]  # luis and marta, created by ana

    path = tmp_path / "auditoria.csv"
    with qtbot.waitSignal(dialog.exported, timeout=5000) as exported:
        dialog.export_to(path)
    assert exported.args == [2]
    raw = path.read_bytes()
    assert raw[:3] == b"\xef\xbb\xbf"
    rows = list(csv.DictReader(io.StringIO(raw[3:].decode("utf-8"))))
    assert [(r["actor"], r["action"], r["subject_id"]) for r in rows] == [("ana", a.USER_CREATED, "marta"),
                                                                          ("ana", a.USER_CREATED, "luis")]
    assert list_audit(desk.host.engine)[0].action == a.AUDIT_EXPORTED  # the export is audited too

    later = date.today() + timedelta(days=3)
    with qtbot.waitSignal(dialog.loaded, timeout=5000) as loaded:
        dialog.set_filter(first=later, last=later)
    assert loaded.args == [0]

    sign_in_as(desk, "marta")
    viewer = AuditDialog(desk.host, desk.window)
    qtbot.addWidget(viewer)
    assert not viewer.export_button.isEnabled() and viewer.export_button.toolTip() == "Su rol (consulta) no permite exportar datos."


def test_archivo_menu_follows_the_session(staff, qtbot):
    from PySide6.QtWidgets import QMenu

    from desktop.views.security_menu import SecurityMenu

    desk = staff
    menu = SecurityMenu(desk.window, desk.host, QMenu(desk.window))
    assert menu.users_action.isEnabled() and not menu.password_action.isEnabled()  # single user: no own password
    assert menu.session_label.text() == "Sin inicio de sesión (un solo usuario)"
    sign_in_as(desk, "marta")
    assert menu.session_label.text() == "Sesión: Marta Gil (consulta)"
    assert not menu.users_action.isEnabled() and menu.users_action.toolTip() == \
        "Su rol (consulta) no permite administrar usuarios."
    assert menu.open_users() is None and menu.password_action.isEnabled()
    audit = menu.open_audit()
    qtbot.waitUntil(lambda: audit.zone is not None, timeout=5000)
    assert audit.isVisible() and menu.open_audit() is audit  # one at a time
    own = menu.change_password()
    assert own.own and own.login == "marta" and own.current_edit.isVisibleTo(own)
    own.current_edit.setText("no es la mía")
    own.password_edit.setText("clave nueva de marta")
    own.repeat_edit.setText("clave nueva de marta")
    own.save()
    qtbot.waitUntil(lambda: own.error_label.text() == "La contraseña actual no es correcta.", timeout=10_000)
    sign_in_as(desk, "ana")
    assert menu.users_action.isEnabled() and menu.open_users().isVisible()

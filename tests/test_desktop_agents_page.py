"""The agents and devices page end to end: real widgets, the real embedded server, devices over HTTP."""

from __future__ import annotations

import json
import urllib.error
import urllib.request
import uuid
from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtWidgets import QMessageBox

from syncserver.pairing import normalize_code, parse_pair_uri
from tests.test_api_flow import position


def post(url: str, body: dict, token: str | None = None) -> dict:
    headers = {"Content-Type": "application/json"} | ({"Authorization": f"Bearer {token}"} if token else {})
    request = urllib.request.Request(url, data=json.dumps(body).encode(), headers=headers, method="POST")
    with urllib.request.urlopen(request, timeout=10) as response:
        return json.loads(response.read())


@pytest.fixture
def page(desk, qtbot):
    from desktop.views.agents_page import AgentsPage

    page = AgentsPage(desk.host)
    desk.window.add_page("agents", page.tr("Gestores y dispositivos"), page)
    desk.window.show_page("agents")
    qtbot.waitUntil(lambda: page.loaded, timeout=5000)
    return page


def cell(model, row: int, column: int) -> str:
    return model.index(row, column).data()


def add_through_dialog(page, qtbot, code: str, name: str, email: str = ""):
    dialog = page.add_agent()
    dialog.code_edit.setText(code)
    dialog.name_edit.setText(name)
    dialog.email_edit.setText(email)
    dialog.save()
    return dialog


def test_add_and_edit_agents_through_the_dialog(page, qtbot):
    from desktop.models.agents_model import NAME, STATE

    add_through_dialog(page, qtbot, "g-01", "Ana <b>Pérez</b>")
    qtbot.waitUntil(lambda: page.agents_model.rowCount() == 1, timeout=5000)
    assert cell(page.agents_model, 0, 0) == "G-01"
    assert cell(page.agents_model, 0, NAME) == "Ana <b>Pérez</b>"
    assert page.selected_agent().code == "G-01"

    taken = add_through_dialog(page, qtbot, "G-01", "Otra persona")
    qtbot.waitUntil(lambda: taken.error_label.isVisibleTo(taken), timeout=5000)
    assert "ya lo tiene otro gestor" in taken.error_label.text()
    assert taken.isVisible() and page.agents_model.rowCount() == 1
    taken.reject()

    wrong = add_through_dialog(page, qtbot, "B2", "Beto", email="no-es-correo")
    assert "no es una dirección válida" in wrong.error_label.text()
    wrong.name_edit.clear()
    wrong.save()
    assert "nombre" in wrong.error_label.text()
    wrong.reject()

    page.select_agent("G-01")
    edit = page.edit_agent()
    assert not edit.code_edit.isEnabled()
    edit.name_edit.setText("Ana Pérez Gómez")
    edit.save()
    qtbot.waitUntil(lambda: cell(page.agents_model, 0, NAME) == "Ana Pérez Gómez", timeout=5000)

    page.toggle_active()
    qtbot.waitUntil(lambda: cell(page.agents_model, 0, STATE) == "Inactivo", timeout=5000)
    assert page.active_button.text() == "Activar"
    pairing = page.open_pairing()
    assert pairing.agent_code is None and "No hay gestores activos" in pairing.status_label.text()
    pairing.reject()


def test_pair_show_battery_and_revoke(desk, page, qtbot, monkeypatch):
    from desktop.models.devices_model import BATTERY, LAST_SEEN, STATE

    desk.add_agent("OTRO")  # another agent's device must not close the dialog
    add_through_dialog(page, qtbot, "G-07", "Gestora Siete")
    qtbot.waitUntil(lambda: page.agents_model.row_of("G-07") is not None, timeout=5000)
    page.select_agent("G-07")

    dialog = page.open_pairing()
    assert dialog.agent_code == "G-07"
    qtbot.waitUntil(lambda: dialog.code_info is not None, timeout=5000)
    shown = dialog.code_label.text()
    assert "-" in shown and normalize_code(shown) == dialog.code_info.code
    uri = parse_pair_uri(dialog.uri)
    assert uri.code == dialog.code_info.code and uri.urls == tuple(desk.host.urls())
    assert not dialog.qr_label.pixmap().isNull()
    assert dialog.qr_label.pixmap().width() > 100
    # Once laid out, the whole QR shows and no text is drawn over it.
    qtbot.waitUntil(lambda: dialog.qr_label.height() >= dialog.qr_label.pixmap().height()
                    and dialog.qr_label.width() >= dialog.qr_label.pixmap().width(), timeout=2000)
    for label in (dialog.code_label, dialog.expiry_label, dialog.urls_label, dialog.status_label):
        assert not label.geometry().intersects(dialog.qr_label.geometry()), label.text()

    with qtbot.waitSignal(desk.host.bridge.device_paired, timeout=5000):
        post(f"{desk.api}/devices/pair", {"code": desk.pairing_code("OTRO"), "device": {"install_id": str(uuid.uuid4())}})
    qtbot.wait(50)
    assert dialog.isVisible()

    with qtbot.waitSignal(dialog.paired, timeout=5000):
        paired = post(f"{desk.api}/devices/pair", {
            "code": shown, "device": {"install_id": str(uuid.uuid4()), "model": "Moto G54", "os": "Android 14",
                                      "app_version": "1.2.0"}})
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=5000)
    assert "Gestora Siete" in page.notice_label.text()
    qtbot.waitUntil(lambda: page.devices_model.row_of(paired["device_id"]) is not None, timeout=5000)
    assert page.devices_filter.rowCount() == 1  # filtered to G-07; OTRO's device is hidden
    page.all_devices_check.setChecked(True)
    qtbot.waitUntil(lambda: page.devices_filter.rowCount() == 2, timeout=5000)
    page.all_devices_check.setChecked(False)
    row = page.devices_model.row_of(paired["device_id"])
    assert cell(page.devices_model, row, 1) == "Moto G54"
    assert cell(page.devices_model, row, STATE) == "Activo"

    token = paired["token"]
    page.devices_model.mark_seen(paired["device_id"], datetime.now(UTC) - timedelta(hours=2))
    assert cell(page.devices_model, row, LAST_SEEN) == "hace 2 h"
    post(f"{desk.api}/positions", {"positions": [position(1, battery_pct=37, charging=True)]}, token)
    qtbot.waitUntil(lambda: cell(page.devices_model, row, BATTERY) == "37 % (cargando)", timeout=5000)
    qtbot.waitUntil(lambda: cell(page.devices_model, row, LAST_SEEN) == "hace un momento", timeout=5000)

    page.devices_view.setCurrentIndex(page.devices_filter.index(0, 0))
    assert page.selected_device().id == int(paired["device_id"]) and page.revoke_button.isEnabled()
    asked = []
    monkeypatch.setattr(QMessageBox, "question", lambda *args, **kwargs: asked.append(args) or QMessageBox.StandardButton.Yes)
    page.revoke_selected()
    assert asked
    qtbot.waitUntil(lambda: cell(page.devices_model, row, STATE) == "Revocado", timeout=5000)
    assert not page.revoke_button.isEnabled()
    with pytest.raises(urllib.error.HTTPError) as refused:
        post(f"{desk.api}/positions", {"positions": [position(2)]}, token)
    assert refused.value.code == 401


def test_codes_the_dialog_no_longer_shows_stop_working(desk, page, qtbot):
    """'Otro código' and closing the dialog make the codes it showed unusable; a used code stays used."""
    add_through_dialog(page, qtbot, "G-08", "Gestor Ocho")
    qtbot.waitUntil(lambda: page.agents_model.row_of("G-08") is not None, timeout=5000)
    page.select_agent("G-08")
    dialog = page.open_pairing()
    qtbot.waitUntil(lambda: dialog.code_info is not None, timeout=5000)
    first = dialog.code_info.code
    dialog.new_code_button.click()
    qtbot.waitUntil(lambda: dialog.code_info is not None and dialog.code_info.code != first, timeout=5000)
    second = dialog.code_info.code
    dialog.reject()

    def refused(code: str) -> bool:
        try:
            post(f"{desk.api}/devices/pair", {"code": code, "device": {"install_id": str(uuid.uuid4())}})
        except urllib.error.HTTPError as error:
            return error.code == 403
        return False

    qtbot.waitUntil(lambda: refused(first) and refused(second), timeout=5000)
    fresh = desk.pairing_code("G-08")  # codes made elsewhere (the CLI) are not touched
    assert post(f"{desk.api}/devices/pair", {"code": fresh, "device": {"install_id": str(uuid.uuid4())}})["token"]

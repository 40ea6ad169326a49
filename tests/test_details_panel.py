"""The details panel beside the map: a visit, an account, an agent's device, read from a real running server."""

from __future__ import annotations

import uuid

from PySide6.QtCore import Qt
from sqlalchemy import update

from syncserver.admin import list_accounts
from syncserver.db.models import Account
from tests.test_api_flow import position, visit
from tests.test_map_page import import_accounts, post


def branch_with_field_data(desk, tmp_path):
    """Two accounts (one of them a debtor typed as markup), a paired phone, one position and one visit."""
    desk.add_agent("A1", "Ana Ruiz")
    import_accounts(desk, tmp_path, [
        {"external_ref": "R-1", "debtor_name": "<b>x</b>", "address": "Calle 1 # 2-3", "lat": 4.65, "lon": -74.05,
         "balance": "1250000.50", "days_past_due": 45, "agent_code": "A1", "segment": "Mora temprana"},
        {"external_ref": "R-2", "debtor_name": "Deudor Dos", "address": "Carrera 7 # 8-9", "lat": 4.66,
         "lon": -74.05, "radius_m": "120", "agent_code": "A1"},
        {"external_ref": "R-3", "debtor_name": "Sin Gestor", "address": "Avenida 3", "lat": "", "lon": "",
         "agent_code": ""},
    ])
    accounts = {a.external_ref: a.id for a in list_accounts(desk.host.engine)}
    reply = post(f"{desk.api}/devices/pair", {"code": desk.pairing_code("A1"), "device": {
        "install_id": str(uuid.uuid4()), "model": "Moto G54", "os": "Android 14", "app_version": "1.4.2"}})
    token = reply["token"]
    post(f"{desk.api}/positions", {"positions": [position(1, minutes=58, accuracy_m=12.0, battery_pct=63,
                                                          charging=True)]}, token)
    promise = visit(str(accounts["R-1"]), 4.6502, -74.05, outcome="promise_to_pay", device_geofence="inside",
                    promise={"amount": "250000", "due_date": "2030-01-15"},
                    answers={"motivo": "<i>desempleo</i>"}, notes="<script>alert(1)</script>")
    assert post(f"{desk.api}/visits", {"visits": [promise]}, token)["results"][0]["status"] == "accepted"
    return accounts, reply["device_id"], promise["id"]


def show(panel, qtbot, kind: str, ident: str) -> None:
    panel.show_item(kind, ident)
    qtbot.waitUntil(lambda: panel.shown == (kind, ident), timeout=5000)


def test_each_kind_shows_its_own_details_as_plain_text(desk, qtbot, tmp_path):
    from desktop.views.details_panel import DetailsPanel

    accounts, device_id, visit_id = branch_with_field_data(desk, tmp_path)
    panel = DetailsPanel(desk.host)
    qtbot.addWidget(panel)
    panel.show()

    show(panel, qtbot, "visits", visit_id)
    assert panel.stack.currentWidget() is panel.visit
    fields = panel.visit.fields
    assert panel.visit.title.text() == "<b>x</b>"
    assert fields["outcome"].text() == "Promesa de pago"
    assert fields["promise"].text() == "250.000,00 COP, vence 15/01/2030"
    assert fields["verdict"].text().startswith("Dentro de la geocerca, a ")
    assert fields["notes"].text() == "<script>alert(1)</script>"
    assert fields["flags"].text() == "Sin alertas"
    assert panel.visit.answers.item(0, 1).text() == "<i>desempleo</i>"
    assert all(label.textFormat() == Qt.TextFormat.PlainText for label in fields.values())

    show(panel, qtbot, "accounts", str(accounts["R-1"]))
    assert panel.stack.currentWidget() is panel.account
    fields = panel.account.fields
    assert panel.account.title.text() == "<b>x</b>" and panel.account.title.textFormat() == Qt.TextFormat.PlainText
    assert {key: fields[key].text() for key in ("ref", "address", "balance", "days_past_due", "segment", "agent",
                                                "geofence")} == {
        "ref": "R-1", "address": "Calle 1 # 2-3", "balance": "1.250.000,50 COP", "days_past_due": "45",
        "segment": "Mora temprana", "agent": "Ana Ruiz (A1)", "geofence": "Radio de 75 m (el de la sucursal)"}
    assert fields["visits"].text() == "1\n• Promesa de pago: 1"

    show(panel, qtbot, "accounts", str(accounts["R-2"]))
    assert panel.account.fields["geofence"].text() == "Radio de 120 m"
    assert panel.account.fields["visits"].text() == "Ninguna"
    show(panel, qtbot, "accounts", str(accounts["R-3"]))
    assert panel.account.fields["agent"].text() == "Sin asignar"
    assert panel.account.fields["geofence"].text().startswith("Sin ubicación")
    with desk.host.engine.begin() as conn:
        ring = [[-74.05, 4.65], [-74.04, 4.65], [-74.04, 4.66], [-74.05, 4.65]]
        conn.execute(update(Account).where(Account.id == accounts["R-2"]).values(polygon=[ring]))
    show(panel, qtbot, "accounts", str(accounts["R-2"]))
    assert panel.account.fields["geofence"].text() == "Polígono de 3 vértices"

    show(panel, qtbot, "agents", device_id)
    assert panel.stack.currentWidget() is panel.agent
    fields = panel.agent.fields
    assert fields["agent"].text() == "Ana Ruiz (A1)"
    assert fields["device"].text() == "Moto G54 · Android 14"
    assert fields["app_version"].text() == "1.4.2"
    assert fields["battery"].text() == "63 % (cargando)"
    assert fields["fix"].text().endswith("(precisión 12 m)")
    assert fields["visits_today"].text() == "1"
    assert fields["last_seen"].text() != "Nunca"
    assert fields["state"].text().startswith("Activo")


def test_unknown_items_and_stale_answers(desk, qtbot, tmp_path):
    from desktop.views.details_panel import DetailsPanel

    accounts, device_id, visit_id = branch_with_field_data(desk, tmp_path)
    panel = DetailsPanel(desk.host)
    qtbot.addWidget(panel)
    for kind, ident, words in (("visits", str(uuid.uuid4()), "Esa visita ya no existe."),
                               ("accounts", "999999", "Esa cuenta ya no existe."),
                               ("accounts", "R-1", "Esa cuenta ya no existe."),
                               ("agents", "424242", "Ese dispositivo ya no existe."),
                               ("agents", "not-a-number", "Ese dispositivo ya no existe.")):
        panel.show_item(kind, ident)
        qtbot.waitUntil(lambda words=words: panel.message.text() == words, timeout=5000)
        assert panel.stack.currentWidget() is panel.message and panel.shown is None

    # Clicking quickly: only the last selection's details stay.
    panel.show_item("visits", visit_id)
    panel.show_item("agents", device_id)
    panel.show_item("accounts", str(accounts["R-2"]))
    qtbot.waitUntil(lambda: panel.shown == ("accounts", str(accounts["R-2"])), timeout=5000)
    qtbot.wait(200)
    assert panel.stack.currentWidget() is panel.account and panel.account.title.text() == "Deudor Dos"
    panel.clear()
    assert panel.shown is None and panel.stack.currentWidget() is panel.message


def test_what_is_shown_follows_new_fixes_and_visits(desk, qtbot, tmp_path):
    """A shown device's card follows its new fixes and visits, a shown account its new visits, with no click."""
    from desktop.views.details_panel import DetailsPanel

    accounts, device_id, _visit_id = branch_with_field_data(desk, tmp_path)
    reply = post(f"{desk.api}/devices/pair", {"code": desk.pairing_code("A1"), "device": {
        "install_id": str(uuid.uuid4()), "model": "Otro", "os": "Android 13"}})
    other_device, token = reply["device_id"], reply["token"]
    panel = DetailsPanel(desk.host)
    qtbot.addWidget(panel)
    show(panel, qtbot, "agents", other_device)
    assert panel.agent.fields["battery"].text() != "21 %"
    post(f"{desk.api}/positions", {"positions": [position(1, minutes=1, battery_pct=21, charging=False)]}, token)
    qtbot.waitUntil(lambda: panel.agent.fields["battery"].text() == "21 %", timeout=5000)
    assert panel.shown == ("agents", other_device) and panel.stack.currentWidget() is panel.agent

    show(panel, qtbot, "accounts", str(accounts["R-2"]))
    assert panel.account.fields["visits"].text() == "Ninguna"
    second = visit(str(accounts["R-2"]), 4.66, -74.05, outcome="no_contact")
    assert post(f"{desk.api}/visits", {"visits": [second]}, token)["results"][0]["status"] == "accepted"
    qtbot.waitUntil(lambda: panel.account.fields["visits"].text().startswith("1\n"), timeout=5000)
    assert device_id != other_device

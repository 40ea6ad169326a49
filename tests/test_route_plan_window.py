"""The route plans as a supervisor reaches them in the real main window: the Mapa page's "Rutas del día" dock,
"Planificar rutas", the route with km and time on that page's map, and the reference device client
(mobile_protocol.device) getting visit_order on its next sync over real HTTP."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDockWidget

from mobile_protocol.device.cli import main as device
from syncserver.agents import update_agent
from tests.test_map_page import NO_TILES, evaluate, import_accounts, wait_for

ANA = [(f"A-{i}", 4.64 + i * 0.004, -74.07 + (i % 3) * 0.004) for i in range(6)]
BETO = [(f"B-{i}", 4.70 + i * 0.003, -74.03 - (i % 2) * 0.005) for i in range(4)]


@pytest.fixture
def window(desk, qtbot):
    """The window with every page, as the app builds it; the map page's web page goes before the profile."""
    import shiboken6

    from desktop.views.pages import build_pages

    build_pages(desk.window, desk.host)
    map_page = desk.window.pages_by_key["map"]
    map_page.set_tile_url(NO_TILES)
    with qtbot.waitSignal(map_page.data_shown, timeout=20_000):
        pass
    yield desk.window
    map_page.close()
    shiboken6.delete(map_page)


def device_orders(state: list[str], capsys) -> dict[str, int | None]:
    capsys.readouterr()
    assert device([*state, "accounts", "--json"]) == 0
    return {a["external_ref"]: a["visit_order"] for a in json.loads(capsys.readouterr().out)}


def test_the_mapa_page_has_the_route_dock_whose_plan_reaches_the_map_and_the_phone(desk, qtbot, tmp_path, window,
                                                                                  capsys):
    map_page = window.pages_by_key["map"]
    dock = window.findChild(QDockWidget, "route_plans")
    panel = window.route_panel
    assert dock.windowTitle() == "Rutas del día" and dock.widget() is panel
    assert window.pages.currentWidget() is map_page and dock.isVisible()
    window.show_page("visits")
    assert not dock.isVisible()  # the dock belongs to the map
    assert panel.agent_combo.count() == 0 and not panel.agent_combo.isEnabled()

    desk.add_agent("A1", "Ana Ríos")  # agents added while the app runs: listed when the map is shown again
    desk.add_agent("B2", "Beto Díaz")
    update_agent(desk.host.engine, "A1", start=(4.63, -74.08))
    import_accounts(desk, tmp_path, [{"external_ref": ref, "debtor_name": f"Deudor {ref}", "address": "Calle 1",
                                      "lat": lat, "lon": lon, "agent_code": code}
                                     for code, stops in (("A1", ANA), ("B2", BETO)) for ref, lat, lon in stops])
    phone = ["--state-dir", str(tmp_path / "phone")]
    assert device([*phone, "pair", f"http://127.0.0.1:{desk.host.port}", desk.pairing_code("A1")]) == 0
    assert device([*phone, "sync"]) == 0
    assert set(device_orders(phone, capsys).values()) == {None}

    window.show_page("map")
    assert dock.isVisible()
    qtbot.waitUntil(lambda: panel.agent_combo.count() == 2 and panel.agent_combo.isEnabled(), timeout=10_000)
    assert panel.plan_button.isEnabled() and panel.summary_label.text() == "Sin ruta planificada para este día."
    with qtbot.waitSignal(panel.planned, timeout=30_000) as planned:
        qtbot.mouseClick(panel.plan_button, Qt.MouseButton.LeftButton)
    assert planned.args[0] == 10  # both agents' days
    qtbot.waitUntil(lambda: panel.day_label.text().startswith("Todas las rutas del día: 2 gestores · 10 paradas · "),
                    timeout=10_000)
    listed = [panel.agent_combo.itemText(i) for i in range(2)]  # each agent's totals where the agent is picked
    assert listed[0].startswith("Ana Ríos (A1) — 6 paradas · ") and listed[1].startswith("Beto Díaz (B2) — 4 paradas")
    assert all(" km · " in text and "min" in text for text in listed)

    panel.choose("A1")
    qtbot.waitUntil(lambda: panel.model.rowCount() == 6, timeout=10_000)
    ana = panel.plan
    assert ana.km > 0 and ana.minutes > 0 and ana.start == (4.63, -74.08)
    assert f"{ana.km:.1f}".replace(".", ",") + " km" in panel.agent_combo.currentText()
    wait_for(map_page, qtbot, "campoPlan.points()", 7)  # the start point and six stops, on the window's own map
    assert evaluate(map_page, qtbot, "campoPlan.numbers()") == [str(n) for n in range(1, 7)]
    on_map = evaluate(map_page, qtbot, "campoPlan.summary()")
    assert on_map.startswith("Ana Ríos (A1): 6 paradas · ") and f"{ana.km:.1f}".replace(".", ",") + " km" in on_map

    panel.choose("B2")  # the other agent's route replaces the first on the map
    qtbot.waitUntil(lambda: panel.model.rowCount() == 4, timeout=10_000)
    assert panel.plan.start_source == "accounts"  # no start point of his own: the centre of his accounts
    wait_for(map_page, qtbot, "campoPlan.points()", 5)
    assert evaluate(map_page, qtbot, "campoPlan.summary()").startswith("Beto Díaz (B2): 4 paradas · ")
    assert panel.summary_label.text().startswith("4 paradas · ")

    capsys.readouterr()
    assert device([*phone, "sync", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["full"] is False  # the phone's next delta sync
    orders = device_orders(phone, capsys)
    assert set(orders) == {ref for ref, _lat, _lon in ANA}
    assert sorted(orders, key=orders.get) == [s.external_ref for s in ana.stops]

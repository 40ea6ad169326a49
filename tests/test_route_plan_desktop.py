"""The route-plan panel drives the real map page: "Planificar rutas" plans through the embedded server's writer,
the stops are listed with km and time, the route is drawn with numbered markers (names as text), and the
agent dialog edits the start point."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from syncserver.agents import get_agent, update_agent
from tests.test_map_page import HOSTILE, evaluate, get, import_accounts, open_map, pair, wait_for  # noqa: F401

STOPS = [(f"P-{i}", 4.64 + i * 0.004, -74.07 + (i % 3) * 0.004) for i in range(5)]


@pytest.fixture
def panel(desk, qtbot):
    from desktop.views.route_plan_panel import RoutePlanPanel

    widget = RoutePlanPanel(desk.host)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def test_planning_from_the_panel_lists_the_stops_and_draws_the_route(desk, qtbot, tmp_path, open_map, panel):
    desk.add_agent("A1", "Ana Ríos")
    update_agent(desk.host.engine, "A1", start=(4.63, -74.08))
    import_accounts(desk, tmp_path, [{"external_ref": ref, "debtor_name": HOSTILE if ref == "P-2" else f"Deudor {ref}",
                                      "address": "Calle 1", "lat": lat, "lon": lon, "agent_code": "A1"}
                                     for ref, lat, lon in STOPS])
    token = pair(desk, "A1")
    before = get(f"{desk.api}/sync", token)
    page = open_map()
    panel.plan_shown.connect(page.plan.show)
    panel.reload()
    qtbot.waitUntil(lambda: panel.agent_combo.isEnabled() and panel.agent_combo.count() == 1, timeout=10_000)
    panel.choose("A1")
    assert panel.plan_button.isEnabled() and panel.plan_button.text() == "Planificar rutas"
    with qtbot.waitSignal(desk.host.bridge.routes_planned, timeout=20_000) as event, \
            qtbot.waitSignal(panel.planned, timeout=20_000) as planned:
        qtbot.mouseClick(panel.plan_button, Qt.MouseButton.LeftButton)
    assert planned.args[0] == 5 and event.args[0].stops == 5
    qtbot.waitUntil(lambda: panel.model.rowCount() == 5, timeout=10_000)
    assert [s.order for s in panel.model.stops()] == [1, 2, 3, 4, 5]
    text = panel.summary_label.text()
    assert text.startswith("5 paradas · ") and " km · " in text and "estimados" in text
    assert f"{panel.plan.km:.1f}".replace(".", ",") in text

    wait_for(page, qtbot, "campoPlan.points()", 6)  # the start point and the five stops
    assert evaluate(page, qtbot, "campoPlan.numbers()") == ["1", "2", "3", "4", "5"]
    on_map = evaluate(page, qtbot, "campoPlan.summary()")
    assert on_map.startswith("Ana Ríos (A1): 5 paradas · ") and on_map.endswith(text.split(" · ")[2].split(" est")[0])
    hostile = next(s.order for s in panel.model.stops() if s.external_ref == "P-2")
    assert evaluate(page, qtbot, f"campoPlan.tooltip({hostile})").startswith(f"{hostile}. {HOSTILE}")
    qtbot.wait(300)  # an injected <img src=x> would have failed to load by now
    assert evaluate(page, qtbot, "typeof window.__pwned") == "undefined"

    delta = get(f"{desk.api}/sync?cursor={before['cursor']}", token)  # the phone's next delta sync
    orders = {a["external_ref"]: a["visit_order"] for a in delta["accounts"]}
    assert sorted(orders.values()) == [1, 2, 3, 4, 5]
    assert [orders[s.external_ref] for s in panel.model.stops()] == [1, 2, 3, 4, 5]

    panel.choose("A1", panel.day.replace(year=panel.day.year + 1))  # a day without a plan: the route goes
    qtbot.waitUntil(lambda: panel.model.rowCount() == 0, timeout=10_000)
    wait_for(page, qtbot, "campoPlan.points()", 0)
    assert evaluate(page, qtbot, "campoPlan.summary()") == ""
    assert panel.summary_label.text() == "Sin ruta planificada para este día."


def test_the_agent_dialog_edits_the_start_point(desk, qtbot):
    from desktop.views.agent_dialog import AgentDialog

    agent = desk.add_agent("B2", "Beto Díaz")
    dialog = AgentDialog(desk.host, agent)
    qtbot.addWidget(dialog)
    dialog.start_edit.setText("north")
    dialog.save()
    assert "latitud, longitud" in dialog.error_label.text() and dialog.error_label.isVisibleTo(dialog)
    dialog.start_edit.setText("4.61, -74.09")
    with qtbot.waitSignal(dialog.saved, timeout=10_000) as saved:
        dialog.save()
    assert saved.args[0].start == (4.61, -74.09) == get_agent(desk.host.engine, "B2").start
    again = AgentDialog(desk.host, saved.args[0])
    qtbot.addWidget(again)
    assert again.start_edit.text() == "4.610000, -74.090000"
    again.start_edit.setText("")
    with qtbot.waitSignal(again.saved, timeout=10_000):
        again.save()
    assert get_agent(desk.host.engine, "B2").start is None

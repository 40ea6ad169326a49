"""Drawing a zone on the real map page (Leaflet.draw from pyqtlet2's files), its accounts counted by the server's
shapely query, assigned from the dialog; the devices learn it on their next delta sync."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt

from syncserver.audit import ACCOUNTS_ASSIGNED
from syncserver.audit_log import AuditFilter, list_audit
from tests.test_map_page import evaluate, get, import_accounts, open_map, pair, wait_for  # noqa: F401 - fixture

INSIDE = [("Z-1", 4.650, -74.060), ("Z-2", 4.652, -74.058), ("Z-3", 4.648, -74.062)]
OUTSIDE = [("Z-4", 4.700, -74.000), ("Z-5", 4.600, -74.150)]


@pytest.fixture
def zone_map(desk, qtbot, tmp_path, open_map):  # noqa: F811 - the fixture imported above
    desk.add_agent("A1", "Ana Ríos")
    desk.add_agent("B2", "Beto Díaz")
    import_accounts(desk, tmp_path, [{"external_ref": ref, "debtor_name": f"Deudor {ref}", "address": "Calle 1",
                                      "lat": lat, "lon": lon, "agent_code": "A1", "balance": "1500.50"}
                                     for ref, lat, lon in INSIDE + OUTSIDE])
    page = open_map()
    wait_for(page, qtbot, "window.campoDraw && campoDraw.version", "0.4.14", timeout=10_000)
    return page


def click_at(page, qtbot, x: int, y: int) -> None:
    """A real pointer: moved there (Leaflet.draw follows the pointer with its marker), then a left click."""
    from PySide6.QtCore import QEvent, QPointF
    from PySide6.QtGui import QMouseEvent
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    target = page.view.focusProxy()
    for dx in (-3, 0):  # QTest.mouseMove does not reach the web page: the event itself does
        local = QPointF(x + dx, y + dx)
        QApplication.sendEvent(target, QMouseEvent(QEvent.Type.MouseMove, local, target.mapToGlobal(local),
                                                   Qt.MouseButton.NoButton, Qt.MouseButton.NoButton,
                                                   Qt.KeyboardModifier.NoModifier))
        qtbot.wait(30)
    QTest.mouseClick(target, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, QPoint(x, y))


def test_a_polygon_drawn_with_real_clicks_assigns_the_accounts_inside(desk, qtbot, zone_map):
    page = zone_map
    token_a, token_b = pair(desk, "A1"), pair(desk, "B2")
    before_a = get(f"{desk.api}/sync", token_a)
    before_b = get(f"{desk.api}/sync", token_b)
    assert len(before_a["accounts"]) == 5 and before_b["accounts"] == []
    evaluate(page, qtbot, "campoMap.centerOn(4.65, -74.06, 15)")
    title = evaluate(page, qtbot, "document.querySelector('.leaflet-draw-draw-polygon').title")
    assert title == "Dibujar una zona para asignar sus cuentas"  # Leaflet.draw speaks Spanish here
    click_at(page, qtbot, *evaluate(page, qtbot, "campoDraw.button('polygon')"))
    corners = [(4.656, -74.067), (4.656, -74.052), (4.643, -74.052), (4.643, -74.067)]
    points = [evaluate(page, qtbot, f"campoDraw.point({lat}, {lon})") for lat, lon in corners]
    for x, y in points:
        click_at(page, qtbot, x, y)
        qtbot.wait(150)  # Leaflet.draw tells a click from a double click by time
    with qtbot.waitSignal(page.zone.counted, timeout=10_000) as counted:
        click_at(page, qtbot, *points[0])  # the first corner again closes the zone
    found = counted.args[0]
    assert found.count == 3 and sum(found.balances.values()) == 3 * 1500.5
    qtbot.waitUntil(lambda: page.zone.dialog is not None and page.zone.dialog.agent_combo.isEnabled(), timeout=5000)
    dialog = page.zone.dialog
    assert "3 cuentas dentro de la zona, saldo total 4.501,50 COP" in dialog.summary_label.text()
    assert len(evaluate(page, qtbot, "campoDraw.zones()")) == 1
    dialog.choose_agent(desk.host.engine.connect().exec_driver_sql("SELECT id FROM agents WHERE code='B2'").scalar())
    with qtbot.waitSignal(page.zone.assigned, timeout=10_000) as assigned:
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert assigned.args[0].moved == 3
    wait_for(page, qtbot, "campoDraw.zones().length", 0)  # the drawing goes with the dialog

    refs = {a["id"]: a["external_ref"] for a in before_a["accounts"]}
    delta_a = get(f"{desk.api}/sync?cursor={before_a['cursor']}", token_a)
    delta_b = get(f"{desk.api}/sync?cursor={before_b['cursor']}", token_b)
    assert sorted(refs[i] for i in delta_a["removed_accounts"]) == ["Z-1", "Z-2", "Z-3"]
    assert sorted(a["external_ref"] for a in delta_b["accounts"]) == ["Z-1", "Z-2", "Z-3"]
    entry = list_audit(desk.host.engine, AuditFilter(action=ACCOUNTS_ASSIGNED))[0]
    assert entry.details["source"] == "zone" and entry.details["zone_corners"] == 4
    assert entry.subject_id == "B2"


def test_an_empty_zone_says_so_and_assigns_nothing(desk, qtbot, zone_map):
    page = zone_map
    with qtbot.waitSignal(page.zone.counted, timeout=10_000) as counted:
        evaluate(page, qtbot, "campoDraw.finish([[10, 10], [10, 11], [11, 11]])")
    assert counted.args[0].count == 0
    qtbot.waitUntil(lambda: page.zone.dialog is not None and page.zone.dialog.agent_combo.isEnabled(), timeout=5000)
    assert page.zone.dialog.summary_label.text() == "No hay cuentas con ubicación dentro de la zona."
    assert not page.zone.dialog.ok_button.isEnabled()

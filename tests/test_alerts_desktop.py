"""The "Alertas" page on the real window: live badge from a device's HTTP posts, acknowledging, going to the subject."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

from syncserver.alerts.office import AlertInfo, list_alerts
from syncserver.audit import ALERTS_ACKNOWLEDGED
from syncserver.audit_log import list_audit
from tests.test_api_flow import position
from tests.test_branch_day import far_zone
from tests.test_desktop_shell import post


def info(alert_id: int, kind: str = "low_battery", minutes: int = 0, **params) -> AlertInfo:
    return AlertInfo(alert_id, kind, 1, 1, "A1", "Ana", None, None, None, None, None, params or {"battery_pct": 9},
                     datetime(2026, 12, 1, tzinfo=UTC) + timedelta(minutes=minutes), None, None, None, None)


def test_alerts_model_merges_row_by_row(qtmodeltester, qtbot):
    from desktop.models.alerts_model import AlertsModel

    model = AlertsModel()
    model.merge([info(2, minutes=2), info(1, minutes=1)])
    qtmodeltester.check(model)
    inserted, removed, changed = [], [], []
    model.rowsInserted.connect(lambda _p, first, last: inserted.append((first, last)))
    model.rowsRemoved.connect(lambda _p, first, last: removed.append((first, last)))
    model.dataChanged.connect(lambda first, last: changed.append(first.row()))
    model.merge([info(3, minutes=3), info(2, minutes=2, battery_pct=5), info(1, minutes=1)])
    assert inserted == [(0, 0)] and removed == [] and changed == [1]
    model.merge([info(3, minutes=3), info(1, minutes=1)])
    assert removed == [(1, 1)] and model.ids() == [3, 1]
    assert model.index(0, 3).data() == "9 % de batería" and model.index(0, 0).data() == "Batería baja"
    qtmodeltester.check(model)


def test_page_shows_live_alerts_and_acknowledges_them(desk, qtbot):
    from desktop.views.pages import build_pages

    build_pages(desk.window, desk.host)
    page, badge = desk.window.alerts_page, desk.window.alerts_badge
    desk.add_agent("A1", "Ana")
    token = post(f"{desk.api}/devices/pair", {"code": desk.pairing_code("A1"),
                                             "device": {"install_id": str(uuid.uuid4())}})["token"]
    with qtbot.waitSignal(desk.host.bridge.alerts_changed, timeout=5000):
        post(f"{desk.api}/positions", {"positions": [position(1, battery_pct=8)]}, token)
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=5000)
    assert badge.text() == "Alertas abiertas: 1"
    assert desk.window.navigation.item(desk.window._page_keys.index("alerts")).text() == "Alertas (1)"
    assert page.model.index(0, 1).data().startswith("Dispositivo ") and "Ana (A1)" in page.model.index(0, 1).data()
    assert page.status_label.text() == "1 alerta abierta"

    desk.window.show_page("alerts")
    zone = far_zone()  # its hour is 12 or 14 h from this computer's: the «Desde» time is the branch's
    desk.host.set_branch_zone(zone)
    [alert] = list_alerts(desk.host.engine)
    assert page.model.index(0, 2).data() == alert.raised_at.astimezone(ZoneInfo(zone)).strftime("%d/%m/%Y %H:%M")
    qtbot.waitUntil(lambda: all(page.table.columnWidth(c) >= page.table.sizeHintForColumn(c) for c in (0, 1, 2)),
                    timeout=2000)  # kind, subject and since fit their texts, the detail takes the rest
    assert page.table.sizeHintForColumn(1) > page.table.horizontalHeader().sectionSizeHint(1)  # wider than its title

    page.table.selectRow(0)
    assert page.ack_button.isEnabled()
    with qtbot.waitSignal(page.acknowledged, timeout=5000) as done:
        page.acknowledge_selected()
    [alert] = list_alerts(desk.host.engine)
    assert done.args[0] == [alert.id] and alert.acknowledged_by == desk.host.actor
    qtbot.waitUntil(lambda: page.model.rowCount() == 0, timeout=5000)
    assert badge.text() == "Alertas abiertas: 0"
    assert [e.action for e in list_audit(desk.host.engine)].count(ALERTS_ACKNOWLEDGED) == 1


def test_double_click_goes_to_the_agent_of_a_device(desk, qtbot):
    from desktop.views.pages import build_pages

    build_pages(desk.window, desk.host)
    page = desk.window.alerts_page
    desk.add_agent("A1", "Ana")
    token = post(f"{desk.api}/devices/pair", {"code": desk.pairing_code("A1"),
                                             "device": {"install_id": str(uuid.uuid4())}})["token"]
    post(f"{desk.api}/positions", {"positions": [position(1, battery_pct=3)]}, token)
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=5000)
    with qtbot.waitSignal(page.go_to, timeout=2000) as went:
        page.table.doubleClicked.emit(page.model.index(0, 0))
    assert went.args == ["agent", "A1"]
    assert desk.window.pages.currentWidget() is desk.window.pages_by_key["agents"]


def test_settings_dialog_saves_thresholds(desk, qtbot):
    from desktop.views.alert_settings_dialog import AlertSettingsDialog
    from syncserver.alerts.settings import read_alert_settings

    dialog = AlertSettingsDialog(desk.host)
    with qtbot.waitSignal(dialog.ready, timeout=5000):
        pass
    assert dialog.silent_spin.value() == 30 and dialog.day_checks[0].isChecked() and not dialog.day_checks[6].isChecked()
    dialog.battery_spin.setValue(25)
    dialog.mail_checks["silent_device"].setChecked(True)
    with qtbot.waitSignal(dialog.saved, timeout=5000):
        dialog.save()
    stored = read_alert_settings(desk.host.engine)
    assert stored.battery_pct == 25 and stored.mail_kinds == ("silent_device",)


def test_an_acknowledgement_from_the_cli_reaches_the_page_and_badge(desk, qtbot):
    """`campo-server alerts ack` publishes nothing itself: the server's watch sees the count grow and tells the page."""
    from desktop.views.pages import build_pages
    from syncserver.alerts.watch import ALERT_WATCH
    from syncserver.cli import main

    build_pages(desk.window, desk.host)
    page, badge = desk.window.alerts_page, desk.window.alerts_badge
    desk.add_agent("A1", "Ana")
    token = post(f"{desk.api}/devices/pair", {"code": desk.pairing_code("A1"),
                                             "device": {"install_id": str(uuid.uuid4())}})["token"]
    post(f"{desk.api}/positions", {"positions": [position(1, battery_pct=8)]}, token)
    qtbot.waitUntil(lambda: badge.text() == "Alertas abiertas: 1", timeout=5000)
    watch = desk.host.server.app[ALERT_WATCH]
    [alert] = list_alerts(desk.host.engine)
    with qtbot.waitSignal(desk.host.bridge.alerts_changed, timeout=5000) as changed:
        assert main(["--data-dir", str(desk.host.config.data_dir), "alerts", "ack", str(alert.id)]) == 0
        desk.host.server.submit(watch.check_acknowledged()).result(10)  # the watch's minute, now
    assert changed.args[0].acknowledged == 1 and changed.args[0].raised == 0
    qtbot.waitUntil(lambda: badge.text() == "Alertas abiertas: 0", timeout=5000)
    assert page.model.rowCount() == 0
    assert desk.host.server.submit(watch.check_acknowledged()).result(10) == 0  # told once

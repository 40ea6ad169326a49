"""Days the office sees are the branch's: the host reads the branch's zone as the server starts, the
route-plan dock and the replay bar start on the branch's today, every date edit writes dd/MM/yyyy, and
the status bar tells the time of the last data on the branch's clock."""

from __future__ import annotations

import uuid
from datetime import date, datetime, timezone
from zoneinfo import ZoneInfo

import pytest

from desktop.branch_day import DATE_FORMAT, day_in, qdate
from syncserver.config import ServerConfig
from syncserver.db.bootstrap import open_database
from syncserver.settings import update_branch

# 26 hours apart: at any moment their dates differ, so one of them is never this computer's date.
FAR_ZONES = ("Pacific/Kiritimati", "Etc/GMT+12")


def far_zone() -> str:
    """A zone whose date now is not this computer's (the branch is elsewhere, or its day already turned)."""
    local = datetime.now().date()
    return next(zone for zone in FAR_ZONES if datetime.now(ZoneInfo(zone)).date() != local)


def test_the_day_follows_the_named_zone_across_midnight():
    late_evening_in_bogota = datetime(2026, 12, 4, 3, 30, tzinfo=timezone.utc)
    assert day_in("America/Bogota", late_evening_in_bogota) == date(2026, 12, 3)
    assert day_in("Asia/Tokyo", late_evening_in_bogota) == date(2026, 12, 4)
    local = late_evening_in_bogota.astimezone().date()
    assert day_in(None, late_evening_in_bogota) == local  # no zone yet: this computer's
    assert day_in("Not/AZone", late_evening_in_bogota) == local
    assert qdate(date(2026, 2, 28)).toString(DATE_FORMAT) == "28/02/2026"


@pytest.fixture
def far_host(qtbot, tmp_path):
    """A host on a branch whose zone's date is not this computer's; not started yet."""
    from desktop.server_host import ServerHost

    data_dir = tmp_path / "far"
    engine = open_database(data_dir)
    zone = far_zone()
    update_branch(engine, name="Sucursal lejana", timezone=zone, default_radius_m=80, accuracy_limit_m=60)
    engine.dispose()
    host = ServerHost(ServerConfig(data_dir=data_dir, host="127.0.0.1", port=0, discovery=False, nightly_scoring=False))
    yield host, zone
    host.stop()


def test_the_route_dock_starts_on_the_branch_today_and_keeps_a_day_the_user_picked(far_host, qtbot):
    from desktop.views.route_plan_panel import RoutePlanPanel

    host, zone = far_host
    assert host.branch_today() == datetime.now().date()  # nothing read yet
    panel = RoutePlanPanel(host)  # built before the server starts, as the map's dock is
    qtbot.addWidget(panel)
    panel.show()
    with qtbot.waitSignal(host.branch_zone_changed, timeout=30_000) as changed, \
            qtbot.waitSignal(host.started, timeout=30_000):
        host.start()
    assert changed.args == [zone]
    branch_today = datetime.now(ZoneInfo(zone)).date()
    assert host.branch_today() == branch_today != datetime.now().date()
    qtbot.waitUntil(lambda: panel.day == branch_today, timeout=10_000)
    assert panel.day_edit.text() == qdate(branch_today).toString("dd/MM/yyyy")
    assert panel.day_edit.minimumDate() == qdate(branch_today)  # a day already over is not planned

    later = date.fromordinal(branch_today.toordinal() + 3)
    panel.day_edit.setDate(qdate(later))  # the user's own pick
    panel.reload()
    qtbot.wait(500)
    assert panel.day == later


def test_the_replay_bar_writes_days_as_the_rest_of_the_app(qtbot):
    from desktop.views.replay_bar import ReplayBar

    bar = ReplayBar()
    qtbot.addWidget(bar)
    zone = far_zone()
    bar.set_timezone(zone)
    today = datetime.now(ZoneInfo(zone)).date()
    assert bar.day() == today
    assert bar.date_edit.text() == f"{today.day:02d}/{today.month:02d}/{today.year}"


def test_a_zone_saved_in_the_settings_moves_the_office_days_at_once(desk, qtbot, tmp_path):
    from PySide6.QtCore import QSettings

    from tests.test_settings_dialog import open_dialog

    assert desk.host.branch_today() == datetime.now(ZoneInfo(desk.host.branch_zone)).date()
    dialog = open_dialog(desk, qtbot, QSettings(str(tmp_path / "campo.ini"), QSettings.Format.IniFormat))
    zone = far_zone()
    dialog.timezone_combo.setCurrentText(zone)
    with qtbot.waitSignal(desk.host.branch_zone_changed, timeout=5000) as changed, \
            qtbot.waitSignal(dialog.accepted, timeout=5000):
        dialog.save()
    assert changed.args == [zone] and desk.host.branch_zone == zone
    assert desk.host.branch_today() == datetime.now(ZoneInfo(zone)).date() != datetime.now().date()


def test_the_status_bar_tells_the_last_data_on_the_branch_clock(desk, qtbot):
    from tests.test_api_flow import position
    from tests.test_desktop_shell import post

    zone = far_zone()
    desk.host.set_branch_zone(zone)
    desk.add_agent("A1")
    token = post(f"{desk.api}/devices/pair", {"code": desk.pairing_code("A1"),
                                             "device": {"install_id": str(uuid.uuid4())}})["token"]
    with qtbot.waitSignal(desk.host.bridge.positions_stored, timeout=5000):
        post(f"{desk.api}/positions", {"positions": [position(1)]}, token)
    qtbot.waitUntil(lambda: "Últimos datos" in desk.window.last_data_label.text(), timeout=2000)
    shown = desk.window.last_data_label.text().rsplit(" ", 1)[1]
    branch_now = datetime.now(ZoneInfo(zone))
    shown_at = datetime.combine(branch_now.date(), datetime.strptime(shown, "%H:%M:%S").time(), ZoneInfo(zone))
    apart = (branch_now - shown_at).total_seconds() % 86_400  # across the branch's midnight too
    assert min(apart, 86_400 - apart) < 60  # the branch's hour, not this computer's (12 or 14 h away)


def test_moments_the_pages_show_are_on_the_branch_clock(far_host, qtbot):
    from dataclasses import replace

    from PySide6.QtCore import Qt

    from desktop import branch_day
    from desktop.models.devices_model import LAST_SEEN, DevicesModel
    from syncserver.agents import add_agent
    from syncserver.devices import list_devices
    from syncserver.pairing import create_pairing_code
    from tests.test_desktop_shell import post

    host, zone = far_host
    with qtbot.waitSignal(host.started, timeout=30_000):
        host.start()
    add_agent(host.engine, "A1", "Ana")
    post(f"http://127.0.0.1:{host.port}/api/v1/devices/pair",
         {"code": create_pairing_code(host.engine, "A1").code, "device": {"install_id": str(uuid.uuid4())}})
    seen = datetime(2026, 12, 4, 3, 30, tzinfo=timezone.utc)
    model = DevicesModel()
    model.set_devices([replace(list_devices(host.engine)[0], last_seen_at=seen)])
    shown = model.index(0, LAST_SEEN).data(Qt.ItemDataRole.ToolTipRole)
    assert shown == seen.astimezone(ZoneInfo(zone)).strftime("%d/%m/%Y %H:%M:%S")
    assert branch_day.local(seen).utcoffset() == ZoneInfo(zone).utcoffset(seen) != seen.astimezone().utcoffset()

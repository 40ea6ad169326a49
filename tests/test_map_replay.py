"""Today's routes and the replay of a day, in the real page, with positions posted out of order over HTTP."""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from syncserver.map_queries import trace
from tests.test_api_flow import NOW, iso, position, visit
from tests.test_map_page import (  # noqa: F401 - open_map is a fixture
    evaluate,
    get,
    import_accounts,
    open_map,
    painted,
    pair,
    post,
    wait_for,
)

ROUTE_LATS = "campoMap.route('1').fixes.map(f => f[1])"


def test_routes_follow_fix_time_and_take_late_fixes_in_the_middle(desk, qtbot, open_map):  # noqa: F811
    desk.add_agent("A1", "Ana Gómez")
    token = pair(desk, "A1")
    post(f"{desk.api}/positions", {"positions": [position(4, lat=4.64, minutes=40),
                                                 position(1, lat=4.61, minutes=10)]}, token)
    post(f"{desk.api}/positions", {"positions": [position(3, lat=4.63, minutes=30)]}, token)

    page = open_map()
    wait_for(page, qtbot, ROUTE_LATS, [4.61, 4.63, 4.64])
    route = evaluate(page, qtbot, "campoMap.route('1')")
    assert [fix[0] for fix in route["fixes"]] == sorted(fix[0] for fix in route["fixes"])
    assert route["drawn"] == 3
    lon = route["fixes"][0][2]
    qtbot.wait(300)  # the canvas draws on the next frame
    assert evaluate(page, qtbot, painted("campoRoutes", 4.62, lon)) > 100, "the line is drawn between fixes"
    assert evaluate(page, qtbot, painted("campoRoutes", 4.62, lon + 0.01)) == 0, "and only there"

    post(f"{desk.api}/positions", {"positions": [position(2, lat=4.62, minutes=20)]}, token)  # late, in the middle
    wait_for(page, qtbot, ROUTE_LATS, [4.61, 4.62, 4.63, 4.64])
    post(f"{desk.api}/positions", {"positions": [position(5, lat=4.65, minutes=50)]}, token)
    wait_for(page, qtbot, ROUTE_LATS, [4.61, 4.62, 4.63, 4.64, 4.65])
    assert evaluate(page, qtbot, "campoMap.route('1').drawn") == 5
    assert evaluate(page, qtbot, "campoMap.row('agents', '1').lat") == 4.65


def test_replay_places_the_agent_and_its_visits_at_their_time(desk, qtbot, tmp_path, open_map):  # noqa: F811
    desk.add_agent("A1", "Ana Gómez")
    import_accounts(desk, tmp_path, [
        {"external_ref": f"R-{i}", "debtor_name": f"Deudor {i}", "address": "Calle 1",
         "lat": 4.6 + i / 100, "lon": -74.05, "agent_code": "A1"} for i in range(2)
    ])
    token = pair(desk, "A1")
    accounts = [a["id"] for a in get(f"{desk.api}/sync", token)["accounts"]]
    post(f"{desk.api}/positions", {"positions": [position(3, lat=4.64, minutes=30),
                                                 position(1, lat=4.60, minutes=10)]}, token)
    post(f"{desk.api}/positions", {"positions": [position(2, lat=4.62, minutes=20)]}, token)
    visits = []
    for minutes, account in ((15, accounts[0]), (25, accounts[1])):
        found = visit(account, 4.6, -74.05)
        found["location"]["fix_time"] = iso(NOW - timedelta(minutes=60 - minutes))
        visits.append(found)
    post(f"{desk.api}/visits", {"visits": list(reversed(visits))}, token)

    page = open_map()
    bar = page.replay_bar
    qtbot.waitUntil(lambda: bar.agent_combo.count() == 1, timeout=5000)
    assert bar.agent_combo.currentText() == "Ana Gómez (A1)"
    day = (NOW - timedelta(minutes=40)).astimezone(ZoneInfo(page._timezone)).date()
    bar.date_edit.setDate(day)
    with qtbot.waitSignal(page.replay_shown, timeout=5000):
        bar.show_button.click()
    wait_for(page, qtbot, "campoMap.replayState() && campoMap.replayState().points", 3)
    assert evaluate(page, qtbot, "campoMap.liveLayersShown()") == []
    fixes = [fix[0] for fix in trace(desk.host.engine, 1, day, page._timezone)]
    first, second, last = fixes
    state = "campoMap.replayState()"

    bar.seek(first + (second - first) / 4)  # a quarter of the way from 4.60 to 4.62
    wait_for(page, qtbot, f"{state}.marker[0].toFixed(3)", "4.605")
    assert evaluate(page, qtbot, f"{state}.visits") == []
    bar.seek(first + (second - first) / 2)  # the first visit's fix time
    wait_for(page, qtbot, f"{state}.visits", [visits[0]["id"]])
    bar.seek(second + (last - second) / 2)
    wait_for(page, qtbot, f"{state}.visits", [visits[0]["id"], visits[1]["id"]])
    assert evaluate(page, qtbot, f"{state}.marker[0].toFixed(3)") == "4.630"
    bar.seek(last + 60_000)  # past the day's data: the last fix
    wait_for(page, qtbot, f"{state}.marker[0].toFixed(3)", "4.640")
    evaluate(page, qtbot, f"campoMap.replayAt({first - 1000}) || true")  # before the first fix: no marker
    assert evaluate(page, qtbot, f"{state}.marker") is None
    bar.seek(first + (second - first) / 4)  # back: the visits go again
    wait_for(page, qtbot, f"{state}.visits", [])

    bar.set_speed(60)
    bar.play()
    assert bar.play_button.text() == "Pausa"
    qtbot.wait(500)
    wait_for(page, qtbot, f"{state}.time > {first + (second - first) / 4 + 10_000}", True)
    bar.pause()
    assert bar.time_ms > first + (second - first) / 4 + 10_000
    wait_for(page, qtbot, f"{state}.time", bar.time_ms)
    assert datetime.fromtimestamp(bar.time_ms / 1000, ZoneInfo(page._timezone)).strftime("%H:%M:%S") \
        == bar.time_label.text()

    bar.live_button.click()
    wait_for(page, qtbot, state, None)
    assert evaluate(page, qtbot, "campoMap.liveLayersShown()") == ["agents", "visits", "routes"]
    assert evaluate(page, qtbot, "campoMap.counts().agents") == 1


@pytest.mark.parametrize("speed", [1, 10, 60])
def test_the_bar_moves_time_at_its_speed(qtbot, speed):
    from desktop.views.replay_bar import ReplayBar

    bar = ReplayBar()
    qtbot.addWidget(bar)
    bar.set_devices([("1", "A1", "Ana")])
    with qtbot.waitSignal(bar.replay_requested) as asked:
        bar.show_button.click()
    assert asked.args[0] == "1"
    bar.set_span(1_000_000, 1_000_000 + 3_600_000)
    bar.set_speed(speed)
    times = []
    bar.time_changed.connect(times.append)
    bar.play()
    qtbot.wait(400)
    bar.pause()
    advanced = bar.time_ms - 1_000_000
    assert 200 * speed <= advanced <= 1500 * speed, advanced
    assert times[-1] == bar.time_ms
    with qtbot.waitSignal(bar.closed):
        bar.live_button.click()
    assert not bar.replaying

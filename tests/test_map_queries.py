"""Map reads on both backends: accounts with their geofence, latest fixes, today's visits and routes, a day's replay."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import random

import msgspec
import pytest

from syncserver.branch import load_branch
from syncserver.db.models import Position
from syncserver.map_queries import (
    day_bounds_ms,
    day_start,
    load_map,
    replay_devices,
    trace,
    visits_of_day,
)
from syncserver.map_routes import SIMPLIFY_M, Routes, read_routes
from tests.test_api_flow import NOW, iso, position, setup_agent, visit


def test_map_reads_what_the_field_sent(any_server):
    server = any_server
    setup_agent(server, "A1", n=3)
    server.add_agent("B2", "Beatriz")
    device_id, token = server.pair("A1")
    accounts = {a["external_ref"]: a for a in server.request("GET", "/sync", token=token).body["accounts"]}
    server.request("POST", "/positions", {"positions": [position(i, lat=4.6 + i / 100, minutes=i)
                                                        for i in range(1, 6)]}, token=token)
    first = visit(accounts["A1-0"]["id"], 4.65, -74.05)
    far = visit(accounts["A1-1"]["id"], 4.70, -74.05, device_geofence="inside")
    server.request("POST", "/visits", {"visits": [first, far]}, token=token)
    fixed = visit(accounts["A1-0"]["id"], 4.65, -74.05, outcome="no_contact", corrects=first["id"])
    assert server.request("POST", "/visits", {"visits": [fixed]}, token=token).status == 200

    data = load_map(server.engine)

    assert data.accounts.ref == ["A1-0", "A1-1", "A1-2"]
    assert data.accounts.radius_m[0] == 75.0 and data.accounts.polygon[0] is None
    assert data.accounts.debtor_name[0] == "Deudor 0" and data.accounts.address[0] == "Calle 0 # 10-20"
    assert data.accounts.id == [a["id"] for a in accounts.values()] and data.accounts.agent_id[0] is not None
    [agent] = data.agents
    assert (agent.device_id, agent.agent_code, agent.battery_pct) == (device_id, "A1", 80)
    assert agent.lat == pytest.approx(4.65) and agent.fix_ms > 0
    visits = {v.id: v for v in data.visits}
    assert set(visits) == {far["id"], fixed["id"]}, "a corrected visit gives way to its correction"
    assert visits[far["id"]].verdict == "outside"
    assert {"outside_geofence", "geofence_mismatch"} <= set(visits[far["id"]].flags)
    assert visits[far["id"]].debtor_name == "Deudor 1" and visits[far["id"]].agent_name == "Gestor A1"
    assert visits[fixed["id"]].corrects == first["id"] and visits[fixed["id"]].outcome == "no_contact"
    rows = msgspec.json.decode(msgspec.json.encode(data.visits))  # what the page receives
    assert all(isinstance(row["finished_ms"], int) for row in rows)
    [route] = data.routes.routes
    assert route.device_id == device_id and data.routes.fixes_read == 5
    assert route.lat == [4.61, 4.62, 4.63, 4.64, 4.65], "a short route is not simplified, even a straight one"
    assert route.fix_ms == sorted(route.fix_ms) and data.routes.after_id > 0

    tomorrow = datetime(2100, 1, 1, tzinfo=timezone.utc)
    assert load_map(server.engine, now=tomorrow).visits == []


def test_today_starts_at_local_midnight():
    noon_utc = datetime(2026, 3, 10, 3, 30, tzinfo=timezone.utc)  # still 9 March in Bogotá (UTC-5)
    assert day_start("America/Bogota", noon_utc) == datetime(2026, 3, 9, 5, 0, tzinfo=timezone.utc)
    assert day_start("Not/AZone", noon_utc) == datetime(2026, 3, 10, tzinfo=timezone.utc)


def test_a_days_trace_and_visits_follow_fix_time_not_arrival(any_server):
    server = any_server
    setup_agent(server, "A1", n=2)
    server.add_agent("B2", "Beatriz")
    device_id, token = server.pair("A1")
    other_id, other_token = server.pair("B2")
    accounts = [a["id"] for a in server.request("GET", "/sync", token=token).body["accounts"]]
    # Sent out of order: a phone that was offline sends its older fixes last.
    server.request("POST", "/positions", {"positions": [position(3, lat=4.63, minutes=30),
                                                        position(1, lat=4.61, minutes=10)]}, token=token)
    server.request("POST", "/positions", {"positions": [position(2, lat=4.62, minutes=20, battery_pct=55)]},
                   token=token)
    server.request("POST", "/positions", {"positions": [position(1, lat=5.0, minutes=15)]}, token=other_token)
    late = visit(accounts[0], 4.62, -74.05)
    early = visit(accounts[1], 4.61, -74.05)
    early["location"]["fix_time"] = iso(NOW - timedelta(minutes=45))
    old = visit(accounts[0], 4.6, -74.05, started_at=iso(NOW - timedelta(days=2, minutes=5)),
                finished_at=iso(NOW - timedelta(days=2)))
    old["location"]["fix_time"] = iso(NOW - timedelta(days=2, minutes=2))
    server.request("POST", "/visits", {"visits": [late, early, old]}, token=token)

    with server.engine.connect() as conn:
        tz = load_branch(conn).timezone
    day = (NOW - timedelta(minutes=40)).astimezone(ZoneInfo(tz)).date()
    fixes = trace(server.engine, int(device_id), day, tz)
    assert [round(lat, 2) for _, lat, _, _ in fixes] == [4.61, 4.62, 4.63]
    assert [fix[0] for fix in fixes] == sorted(fix[0] for fix in fixes)
    assert fixes[1][3] == 55
    assert trace(server.engine, int(device_id), day - timedelta(days=1), tz) == []
    visits = visits_of_day(server.engine, int(device_id), day, tz)
    assert [v.id for v in visits] == [early["id"], late["id"]], "by fix time; another day's visit left out"
    assert visits[0].fix_ms < visits[1].fix_ms
    assert visits_of_day(server.engine, int(other_id), day, tz) == []

    since, until = day_bounds_ms(day, tz)
    assert until - since in (23 * 3600_000, 24 * 3600_000, 25 * 3600_000)
    with server.engine.connect() as conn:
        found = read_routes(conn, since, until)
        assert [(r.device_id, r.lat) for r in found.routes] == [(device_id, [4.61, 4.62, 4.63]), (other_id, [5.0])]
        ids = [row[0] for row in conn.exec_driver_sql("SELECT id FROM positions ORDER BY id")]
        assert found.after_id == ids[-1] and found.fixes_read == 4
        newer = read_routes(conn, since, until, after_id=ids[-2])
        assert [(r.device_id, len(r.fix_ms)) for r in newer.routes] == [(other_id, 1)]
        assert read_routes(conn, since, until, after_id=ids[-1]) == Routes([], ids[-1], 0)
    assert load_map(server.engine).routes.routes == found.routes
    assert [d[0] for d in replay_devices(server.engine)] == [other_id, device_id]  # Beatriz, then Gestor A1


def test_long_routes_are_simplified_for_the_overview_within_the_tolerance(engine):
    """A walk with stops: the overview keeps far fewer fixes, none of the dropped ones further than the
    tolerance from the simplified line, and every kept fix is a real one (time and place)."""
    from shapely import LineString, Point

    from syncserver.agents import add_agent
    from syncserver.clock import utcnow
    from syncserver.pairing import create_pairing_code, redeem_pairing_code

    add_agent(engine, "A1", "Ana")
    with engine.begin() as conn:
        code = create_pairing_code(conn, "A1").code
        redeem_pairing_code(conn, code, "install-1", "test", None, None, utcnow())
        device_id = conn.exec_driver_sql("SELECT id FROM devices").scalar_one()
        rng = random.Random(3)
        lat, lon, rows = 4.6, -74.1, []
        for seq in range(1, 2001):
            if (seq // 100) % 2:  # walking north-east, about 7 m a fix
                lat, lon = lat + 0.00005, lon + 0.00003
            jitter = (rng.gauss(0, 0.00001), rng.gauss(0, 0.00001))  # GPS noise, about a metre
            rows.append({"device_id": device_id, "seq": seq, "fix_ms": 1_000_000 + seq * 5000, "device_ms": 0,
                         "received_ms": 0, "lat": lat + jitter[0], "lon": lon + jitter[1], "accuracy_m": 5.0,
                         "mock": False, "provider": "gps", "digest": seq})
        conn.execute(Position.__table__.insert(), rows)
        full = read_routes(conn, 0, 10**13)
        simple = read_routes(conn, 0, 10**13, tolerance_m=SIMPLIFY_M)
    [route], [overview] = full.routes, simple.routes
    assert len(route.fix_ms) == 2000 and simple.fixes_read == 2000 and simple.after_id == full.after_id
    assert len(overview.fix_ms) < 200, len(overview.fix_ms)
    assert overview.fix_ms[0] == route.fix_ms[0] and overview.fix_ms[-1] == route.fix_ms[-1]
    by_time = dict(zip(route.fix_ms, zip(route.lat, route.lon)))
    assert all(by_time[ms] == (la, lo) for ms, la, lo in zip(overview.fix_ms, overview.lat, overview.lon))
    metres = 111_000.0  # per degree, near enough at this latitude for a bound with slack
    line = LineString([(lo * metres, la * metres) for la, lo in zip(overview.lat, overview.lon)])
    worst = max(line.distance(Point(lo * metres, la * metres)) for la, lo in zip(route.lat, route.lon))
    assert worst <= SIMPLIFY_M * 1.05, worst


def test_routes_come_in_fix_time_order_with_ties_by_storage_order_in_microdegrees(engine):
    """Fixes stored out of order, three sharing one fix time with coordinates that sort the other way
    (SQLite's index would give them by latitude): fix time first, then storage order, on both backends."""
    from syncserver.agents import add_agent
    from syncserver.clock import utcnow
    from syncserver.pairing import create_pairing_code, redeem_pairing_code

    devices = []
    for code in ("A1", "B2"):
        add_agent(engine, code, f"Gestor {code}")
        with engine.begin() as conn:
            redeem_pairing_code(conn, create_pairing_code(conn, code).code, f"install-{code}", "test", None, None,
                                utcnow())
    with engine.begin() as conn:
        devices = [row[0] for row in conn.exec_driver_sql("SELECT id FROM devices ORDER BY id")]
        stored = [(devices[1], 7000, 5.1), (devices[0], 3000, 4.3), (devices[0], 2000, 4.9), (devices[0], 2000, 4.2),
                  (devices[0], 1000, 4.1), (devices[0], 2000, 4.5), (devices[1], 6000, 5.0)]
        conn.execute(Position.__table__.insert(), [
            {"device_id": device, "seq": seq, "fix_ms": fix_ms, "device_ms": 0, "received_ms": 0, "lat": lat,
             "lon": -74.0000004, "accuracy_m": 5.0, "mock": False, "provider": "gps", "digest": seq}
            for seq, (device, fix_ms, lat) in enumerate(stored, start=1)])
        found = read_routes(conn, 0, 10**13)
        again = read_routes(conn, 0, 10**13, tolerance_m=SIMPLIFY_M)  # short routes go whole
    first, second = found.routes
    assert (first.device_id, second.device_id) == (str(devices[0]), str(devices[1]))
    assert first.fix_ms == [1000, 2000, 2000, 2000, 3000] and first.lat == [4.1, 4.9, 4.2, 4.5, 4.3]
    assert second.fix_ms == [6000, 7000] and second.lat == [5.0, 5.1]
    assert first.lon == [-74.0] * 5  # rounded to microdegrees
    assert found.fixes_read == 7 and again.routes == found.routes

"""Map reads on both backends: accounts with their geofence, each device's latest fix, today's visits."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

from syncserver.map_queries import as_json_rows, day_start, load_map
from tests.test_api_flow import position, setup_agent, visit


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

    assert [a.ref for a in data.accounts] == ["A1-0", "A1-1", "A1-2"]
    assert data.accounts[0].radius_m == 75.0 and data.accounts[0].polygon is None
    assert data.accounts[0].debtor_name == "Deudor 0" and data.accounts[0].address == "Calle 0 # 10-20"
    [agent] = data.agents
    assert (agent.device_id, agent.agent_code, agent.battery_pct) == (device_id, "A1", 80)
    assert agent.lat == pytest.approx(4.65) and agent.fix_ms > 0
    visits = {v.id: v for v in data.visits}
    assert set(visits) == {far["id"], fixed["id"]}, "a corrected visit gives way to its correction"
    assert visits[far["id"]].verdict == "outside"
    assert {"outside_geofence", "geofence_mismatch"} <= set(visits[far["id"]].flags)
    assert visits[far["id"]].debtor_name == "Deudor 1" and visits[far["id"]].agent_name == "Gestor A1"
    assert visits[fixed["id"]].corrects == first["id"] and visits[fixed["id"]].outcome == "no_contact"
    rows = as_json_rows(data.visits)
    assert all(isinstance(row["finished_ms"], int) for row in rows)

    tomorrow = datetime(2100, 1, 1, tzinfo=timezone.utc)
    assert load_map(server.engine, now=tomorrow).visits == []


def test_today_starts_at_local_midnight():
    noon_utc = datetime(2026, 3, 10, 3, 30, tzinfo=timezone.utc)  # still 9 March in Bogotá (UTC-5)
    assert day_start("America/Bogota", noon_utc) == datetime(2026, 3, 9, 5, 0, tzinfo=timezone.utc)
    assert day_start("Not/AZone", noon_utc) == datetime(2026, 3, 10, tzinfo=timezone.utc)

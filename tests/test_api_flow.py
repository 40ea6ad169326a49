"""End-to-end protocol flow over real HTTP: pair, sync, positions, visits, read back."""

from __future__ import annotations

import uuid
from datetime import datetime, timedelta, timezone

from syncserver.events import PositionsStored, VisitStored

NOW = datetime.now(timezone.utc)


def iso(moment: datetime) -> str:
    return moment.isoformat().replace("+00:00", "Z")


def position(seq: int, lat: float = 4.65, lon: float = -74.05, minutes: float = 0, **extra):
    moment = NOW - timedelta(minutes=60) + timedelta(minutes=minutes)
    return {"seq": seq, "fix_time": iso(moment), "device_time": iso(moment), "lat": lat, "lon": lon,
            "accuracy_m": 8.0, "battery_pct": 80, **extra}


def visit(account_id: str, lat: float, lon: float, outcome: str = "rpc", **extra):
    return {"id": str(uuid.uuid4()), "account_id": account_id, "started_at": iso(NOW - timedelta(minutes=5)),
            "finished_at": iso(NOW - timedelta(minutes=1)),
            "location": {"lat": lat, "lon": lon, "accuracy_m": 10.0, "fix_time": iso(NOW - timedelta(minutes=3))},
            "outcome": outcome, "answers": {}, **extra}


def setup_agent(server, code="A1", n=3):
    server.add_agent(code)
    server.add_accounts([
        {"external_ref": f"{code}-{i}", "debtor_name": f"Deudor {i}", "address": f"Calle {i} # 10-20",
         "lat": 4.65 + i * 0.01, "lon": -74.05, "balance": "1250000.50", "agent_code": code}
        for i in range(n)
    ])


def test_pair_sync_push_and_read_back(any_server):
    server = any_server
    setup_agent(server)
    device_id, token = server.pair("A1")
    assert len(token) >= 43

    sync = server.request("GET", "/sync", token=token)
    assert sync.status == 200 and sync.body["full"] is True
    accounts = {a["external_ref"]: a for a in sync.body["accounts"]}
    assert set(accounts) == {"A1-0", "A1-1", "A1-2"}
    assert accounts["A1-0"]["balance"] == "1250000.50"
    assert accounts["A1-0"]["geofence"] == {"radius_m": 75.0}

    delta = server.request("GET", f"/sync?cursor={sync.body['cursor']}", token=token)
    assert delta.body["full"] is False and delta.body["accounts"] == [] and delta.body["removed_accounts"] == []

    batch = [position(i, minutes=i) for i in range(1, 11)]
    first = server.request("POST", "/positions", {"positions": batch}, token=token)
    assert first.status == 200
    assert first.body == {"accepted": 10, "duplicates": 0, "rejected": [], "high_seq": 10}
    again = server.request("POST", "/positions", {"positions": batch}, token=token, gzip=True)
    assert again.body == {"accepted": 0, "duplicates": 10, "rejected": [], "high_seq": 10}
    changed = dict(batch[0], lat=4.7)
    conflict = server.request("POST", "/positions", {"positions": [changed]}, token=token)
    assert conflict.body["rejected"] == [
        {"seq": 1, "code": "seq_conflict", "message": "this seq is already stored with other content"}
    ]

    account = accounts["A1-0"]
    inside = visit(account["id"], 4.65, -74.05)
    far = visit(accounts["A1-1"]["id"], 4.70, -74.05, device_geofence="inside")
    reply = server.request("POST", "/visits", {"visits": [inside, far]}, token=token)
    assert reply.status == 200
    first_result, far_result = reply.body["results"]
    assert first_result["status"] == "accepted" and first_result["geofence"]["verdict"] == "inside"
    assert far_result["geofence"]["verdict"] == "outside"
    assert {"outside_geofence", "geofence_mismatch"} <= set(far_result["flags"])

    resend = server.request("POST", "/visits", {"visits": [inside, dict(far, notes="edited")]}, token=token)
    assert [r["status"] for r in resend.body["results"]] == ["duplicate", "conflict"]

    stored = server.request("GET", f"/visits/{inside['id']}", token=token)
    assert stored.status == 200
    assert stored.body["geofence"]["verdict"] == "inside" and stored.body["received_at"]
    assert stored.body["account_id"] == account["id"]

    kinds = {type(e) for e in server.events}
    assert PositionsStored in kinds and VisitStored in kinds

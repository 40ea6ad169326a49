"""Concurrent requests store everything exactly once (real server, real HTTP, both backends).

Copies of one batch sent at the same instant may land in one group commit or in two; either
way the answers together say accepted N + duplicates N, and the database holds N rows.
"""

from __future__ import annotations

import asyncio
import uuid
from collections import Counter
from datetime import datetime, timedelta, timezone

import aiohttp
from sqlalchemy import func, select

from syncserver.db.models import Device, Flag, Position, Visit
from tests.plugins.server import LiveServer

NOW = datetime.now(timezone.utc)


def iso(moment: datetime) -> str:
    return moment.isoformat().replace("+00:00", "Z")


def position(seq: int, **extra) -> dict:
    moment = NOW - timedelta(hours=3) + timedelta(seconds=30 * seq)
    return {"seq": seq, "fix_time": iso(moment), "device_time": iso(moment), "lat": 4.65 + seq * 1e-5,
            "lon": -74.05, "accuracy_m": 8.0, "battery_pct": 90, **extra}


def visit(account_id: str, **extra) -> dict:
    return {"id": str(uuid.uuid4()), "account_id": account_id, "started_at": iso(NOW - timedelta(minutes=5)),
            "finished_at": iso(NOW - timedelta(minutes=1)),
            "location": {"lat": 4.65, "lon": -74.05, "accuracy_m": 10.0, "fix_time": iso(NOW - timedelta(minutes=3))},
            "outcome": "rpc", "answers": {}, **extra}


def setup_agents(server: LiveServer, codes: list[str], accounts_each: int = 3) -> None:
    for code in codes:
        server.add_agent(code)
    server.add_accounts([
        {"external_ref": f"{code}-{i}", "debtor_name": f"Deudor {i}", "address": f"Calle {i}",
         "lat": 4.65 + i * 0.01, "lon": -74.05, "balance": "1000.00", "agent_code": code}
        for code in codes for i in range(accounts_each)
    ])


def accounts_of(server: LiveServer, token: str) -> list[str]:
    return [a["id"] for a in server.request("GET", "/sync", token=token).body["accounts"]]


async def post_all(server: LiveServer, requests: list[tuple[str, str, dict]]) -> list[tuple[int, dict]]:
    """POST every (path, token, body) at once; the answers in the same order."""
    connector = aiohttp.TCPConnector(limit=0, force_close=True)
    async with aiohttp.ClientSession(server.api + "/", connector=connector) as session:
        async def one(path: str, token: str, body: dict) -> tuple[int, dict]:
            async with session.post(path.lstrip("/"), json=body, headers={"Authorization": f"Bearer {token}"}) as r:
                return r.status, await r.json()
        return await asyncio.gather(*(one(p, t, b) for p, t, b in requests))


def scalar(server: LiveServer, query):
    with server.engine.connect() as conn:
        return conn.scalar(query)


async def test_copies_of_one_positions_batch_are_stored_once(any_server):
    server = any_server
    setup_agents(server, ["A1"])
    device_id, token = server.pair("A1")
    total = 0
    for round_no, copies in enumerate((2, 2, 2, 5)):
        seqs = range(total + 1, total + 51)
        batch = [position(s, mock=(s % 10 == 0)) for s in seqs]
        answers = await post_all(server, [("/positions", token, {"positions": batch})] * copies)
        assert all(status == 200 for status, _ in answers), answers
        assert sum(body["accepted"] for _, body in answers) == 50, (round_no, answers)
        assert sum(body["duplicates"] for _, body in answers) == 50 * (copies - 1), (round_no, answers)
        assert all(body["rejected"] == [] and body["high_seq"] == seqs[-1] for _, body in answers)
        total += 50
        assert scalar(server, select(func.count()).select_from(Position)) == total
    with server.engine.connect() as conn:
        seqs = list(conn.scalars(select(Position.seq).where(Position.device_id == int(device_id))))
        assert sorted(seqs) == list(range(1, total + 1))
        flagged = Counter(conn.scalars(select(Flag.seq).where(Flag.code == "mock_location")))
        assert flagged == Counter({s: 1 for s in range(10, total + 1, 10)})  # one flag per fix, not per copy
        assert conn.scalar(select(Device.high_seq).where(Device.id == int(device_id))) == total


async def test_copies_of_one_visits_batch_are_stored_once(any_server):
    server = any_server
    setup_agents(server, ["A1"], accounts_each=5)
    _, token = server.pair("A1")
    accounts = accounts_of(server, token)
    for copies in (2, 2, 4):
        batch = [visit(a) for a in accounts]
        batch.append(visit(accounts[0], device_geofence="inside", location={
            "lat": 4.75, "lon": -74.05, "accuracy_m": 10.0, "fix_time": iso(NOW - timedelta(minutes=3)), "mock": True}))
        answers = await post_all(server, [("/visits", token, {"visits": batch})] * copies)
        assert all(status == 200 for status, _ in answers), answers
        for index, item in enumerate(batch):
            statuses = Counter(body["results"][index]["status"] for _, body in answers)
            assert all(body["results"][index]["id"] == item["id"] for _, body in answers)
            assert statuses == Counter({"accepted": 1, "duplicate": copies - 1}), (item["id"], statuses)
            # A duplicate says what the accepted copy said.
            verdicts = {(body["results"][index]["geofence"]["verdict"], tuple(sorted(body["results"][index]["flags"])))
                        for _, body in answers}
            assert len(verdicts) == 1, verdicts
        with server.engine.connect() as conn:
            ids = [item["id"] for item in batch]
            assert conn.scalar(select(func.count()).select_from(Visit).where(Visit.id.in_(ids))) == len(batch)
            flags = Counter(conn.execute(select(Flag.visit_id, Flag.code).where(Flag.visit_id == batch[-1]["id"])).all())
            assert set(code for _, code in flags) >= {"mock_location", "outside_geofence", "geofence_mismatch"}
            assert all(n == 1 for n in flags.values()), flags


async def test_twenty_devices_with_concurrent_batches(server):
    agents = [f"G{i:02d}" for i in range(10)]
    setup_agents(server, agents, accounts_each=2)
    devices = []
    for i in range(20):
        device_id, token = server.pair(agents[i % 10])
        devices.append((device_id, token, accounts_of(server, token)))
    requests, expected_visits = [], set()
    per_device = 5 * 40
    for device_id, token, accounts in devices:
        batches = [[position(s) for s in range(b * 40 + 1, b * 40 + 41)] for b in range(5)]
        for batch in batches:
            requests.append(("/positions", token, {"positions": batch}))
        requests.append(("/positions", token, {"positions": batches[2]}))  # a resend, racing the original
        visits = [visit(a) for a in accounts]
        expected_visits |= {v["id"] for v in visits}
        requests += [("/visits", token, {"visits": visits})] * 2
    order = list(range(len(requests)))
    order = order[::2] + order[1::2]  # interleave devices' requests
    answers = await post_all(server, [requests[i] for i in order])
    assert all(status == 200 for status, _ in answers), [a for a in answers if a[0] != 200][:3]
    positions = [body for (path, _, _), (_, body) in zip((requests[i] for i in order), answers) if path == "/positions"]
    assert sum(b["accepted"] for b in positions) == 20 * per_device
    assert sum(b["duplicates"] for b in positions) == 20 * 40
    assert all(b["rejected"] == [] for b in positions)
    visit_statuses = Counter(r["status"] for (path, _, _), (_, body) in zip((requests[i] for i in order), answers)
                             if path == "/visits" for r in body["results"])
    assert visit_statuses == Counter({"accepted": len(expected_visits), "duplicate": len(expected_visits)})
    with server.engine.connect() as conn:
        rows = conn.execute(select(Position.device_id, Position.seq)).all()
        assert len(rows) == 20 * per_device
        by_device: dict[int, list[int]] = {}
        for device_id, seq in rows:
            by_device.setdefault(device_id, []).append(seq)
        assert {d: sorted(s) for d, s in by_device.items()} == {
            int(device_id): list(range(1, per_device + 1)) for device_id, _, _ in devices}
        assert set(conn.scalars(select(Device.high_seq))) == {per_device}
        assert set(conn.scalars(select(Visit.id))) == expected_visits


async def test_one_pairing_code_raced_by_several_devices_pairs_one(any_server):
    server = any_server
    server.add_agent("A1")
    code = server.pairing_code("A1")
    connector = aiohttp.TCPConnector(limit=0, force_close=True)
    async with aiohttp.ClientSession(server.api + "/", connector=connector) as session:
        async def pair() -> tuple[int, dict]:
            body = {"code": code, "device": {"install_id": str(uuid.uuid4()), "model": "Racer"}}
            async with session.post("devices/pair", json=body) as r:
                return r.status, await r.json()
        answers = await asyncio.gather(*(pair() for _ in range(6)))
    assert sorted(status for status, _ in answers) == [201, 403, 403, 403, 403, 403], answers
    assert all(body["error"]["code"] == "pairing_code_invalid" for status, body in answers if status == 403)
    assert scalar(server, select(func.count()).select_from(Device)) == 1

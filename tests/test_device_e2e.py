"""The reference device client against a real sync server over real HTTP (no mocks)."""

from __future__ import annotations

import json
import time
import uuid
from datetime import datetime, timedelta, timezone

import msgspec
import pytest
from sqlalchemy import select

from mobile_protocol.device.cli import build_parser, main, run
from mobile_protocol.device.client import ProtocolClient, ProtocolError, RetryPolicy, ServerUnreachable, make_session
from mobile_protocol.device.outbox import Outbox
from mobile_protocol.device.pairing import PairTarget, connect, device_info, pair_device
from mobile_protocol.device.push import push_outbox
from mobile_protocol.device.simulate import read_codes, run_simulation
from mobile_protocol.device.state import DeviceState
from mobile_protocol.device.walk import plan_walk
from mobile_protocol.messages import Position, Visit, VisitLocation
from syncserver.config import Limits
from syncserver.db.models import Flag as FlagRow
from syncserver.db.models import Position as PositionRow
from syncserver.db.models import Visit as VisitRow

HOME = (4.65, -74.05)


def add_portfolio(server, agent="A1", n=4, lat0=HOME[0]):
    server.add_agent(agent)
    server.add_accounts([
        {"external_ref": f"{agent}-{i}", "debtor_name": f"Deudor {i}", "address": f"Calle {i} # 10-20",
         "lat": lat0 + i * 0.004, "lon": HOME[1], "balance": "1250000.50", "agent_code": agent}
        for i in range(n)
    ])


def stored_seqs(server, device_id: str) -> list[int]:
    with server.engine.connect() as conn:
        query = select(PositionRow.seq).where(PositionRow.device_id == int(device_id)).order_by(PositionRow.seq)
        rows = conn.execute(query)
        return [seq for (seq,) in rows]


def stored_visit_ids(server) -> set[str]:
    with server.engine.connect() as conn:
        return {vid for (vid,) in conn.execute(select(VisitRow.id))}


def cli(tmp_path, *args: str) -> int:
    return main(["--state-dir", str(tmp_path / "device"), *args])


async def acli(tmp_path, *args: str) -> int:
    """The CLI from inside a running loop (success paths only: errors raise)."""
    return await run(build_parser().parse_args(["--state-dir", str(tmp_path / "device"), *args]))


def paired_cli(server, tmp_path, capsys, agent="A1") -> DeviceState:
    add_portfolio(server, agent)
    assert cli(tmp_path, "pair", server.url, server.pairing_code(agent)) == 0
    assert cli(tmp_path, "sync") == 0
    capsys.readouterr()
    return DeviceState.in_dir(tmp_path / "device")


def test_pair_sync_visit_push_and_read_back(server, tmp_path, capsys):
    add_portfolio(server)
    uri = f"campo://pair?v=1&code={server.pairing_code('A1')}&url=http://127.0.0.1:9&url={server.url}"
    assert cli(tmp_path, "pair", uri) == 0
    assert "agent A1 Gestor A1" in capsys.readouterr().out
    assert cli(tmp_path, "sync") == 0
    assert capsys.readouterr().out.startswith("full sync: 4 accounts")
    assert cli(tmp_path, "accounts", "--json") == 0
    accounts = json.loads(capsys.readouterr().out)
    first = accounts[0]

    lat, lon = first["location"]["lat"] + 0.0001, first["location"]["lon"]
    assert cli(tmp_path, "visit", first["id"], "--outcome", "promise_to_pay", "--promise", "300000", "2099-01-31",
               "--lat", str(lat), "--lon", str(lon), "--accuracy", "8", "--notes", "paga a fin de mes") == 0
    visit_id = capsys.readouterr().out.split()[2]
    assert cli(tmp_path, "position", "--lat", str(lat), "--lon", str(lon), "--accuracy", "8", "--battery", "77") == 0
    assert capsys.readouterr().out == "queued position 1\n"
    assert cli(tmp_path, "push", "--json") == 0
    report = json.loads(capsys.readouterr().out)
    assert (report["positions_accepted"], report["visits_accepted"], report["rejected"]) == (1, 1, 0)

    with DeviceState.in_dir(tmp_path / "device") as state:
        assert state.pairing.server_urls[0] == server.url  # the URL that answered comes first
        assert Outbox(state).counts() == (0, 0)
        device_id = state.pairing.device_id
    assert stored_seqs(server, device_id) == [1]
    reply = server.request("GET", f"/visits/{visit_id}", token=_token(tmp_path))
    assert reply.status == 200
    stored = reply.body
    assert stored["account_id"] == first["id"] and stored["outcome"] == "promise_to_pay"
    assert stored["promise"] == {"amount": "300000.00", "due_date": "2099-01-31"}
    assert stored["geofence"]["verdict"] == "inside" and stored["device_geofence"] == "inside"
    assert stored["received_at"] and stored["notes"] == "paga a fin de mes"

    assert cli(tmp_path, "sync") == 0
    assert capsys.readouterr().out.startswith("delta sync: 0 accounts new or changed")
    assert cli(tmp_path, "sync", "--json") == 0
    assert json.loads(capsys.readouterr().out) == {
        "full": False, "accounts": 0, "removed_accounts": 0, "questionnaires": 0, "removed_questionnaires": 0,
        "total_accounts": 4,
    }


def _token(tmp_path) -> str:
    with DeviceState.in_dir(tmp_path / "device") as state:
        return state.pairing.token


async def test_client_get_visit_returns_the_stored_visit(server, tmp_path):
    add_portfolio(server)
    assert await acli(tmp_path, "pair", server.url, server.pairing_code("A1")) == 0
    assert await acli(tmp_path, "sync") == 0
    state = DeviceState.in_dir(tmp_path / "device")
    account = state.accounts()[0]
    assert await acli(tmp_path, "visit", account.id, "--outcome", "rpc", "--lat", str(account.location.lat),
               "--lon", str(account.location.lon), "--accuracy", "5", "--mock") == 0
    [queued] = Outbox(state).visits()
    async with make_session() as session:
        client, health = await connect(state, session)
        assert health.protocol == 1 and abs(client.clock_offset_s) < 5
        await push_outbox(Outbox(state), client, health.limits)
        stored = await client.get_visit(queued.id)
    assert stored.id == queued.id and stored.location == queued.location and stored.received_at is not None
    assert "mock_location" in stored.flags
    state.close()


def test_outside_visit_is_refused_unless_forced(server, tmp_path, capsys):
    state = paired_cli(server, tmp_path, capsys)
    account = state.accounts()[0]
    far = [account.id, "--outcome", "no_contact", "--lat", str(account.location.lat + 0.01),
           "--lon", str(account.location.lon), "--accuracy", "10"]
    assert cli(tmp_path, "visit", *far) == 2
    assert "outside" in capsys.readouterr().err
    assert Outbox(state).counts() == (0, 0)

    assert cli(tmp_path, "visit", *far, "--force") == 0
    [queued] = Outbox(state).visits()
    assert queued.device_geofence == "outside"
    assert cli(tmp_path, "push") == 0
    stored = server.request("GET", f"/visits/{queued.id}", token=state.pairing.token).body
    assert stored["geofence"]["verdict"] == "outside" and "outside_geofence" in stored["flags"]
    state.close()


def test_walk_and_push_store_every_position_exactly_once(server, tmp_path, capsys):
    state = paired_cli(server, tmp_path, capsys)
    assert cli(tmp_path, "walk", "--minutes", "180", "--interval-s", "20", "--seed", "5") == 0
    assert "queued 541 positions (seq 1–541)" in capsys.readouterr().out
    queued_visits = {v.id for v in Outbox(state).visits()}
    assert len(queued_visits) == 4
    assert cli(tmp_path, "push", "--json") == 0
    report = json.loads(capsys.readouterr().out)
    assert report["positions_accepted"] == 541 and report["visits_accepted"] == 4 and report["rejected"] == 0
    assert stored_seqs(server, state.pairing.device_id) == list(range(1, 542))
    assert stored_visit_ids(server) == queued_visits

    assert cli(tmp_path, "walk", "--minutes", "10", "--interval-s", "60", "--seed", "5") == 0
    assert cli(tmp_path, "push") == 0
    assert stored_seqs(server, state.pairing.device_id) == list(range(1, 553))
    state.close()


def stored_flags(server) -> tuple[dict[str, set[str]], dict[int, set[str]]]:
    """Flags on the server: by visit id, and by position seq (one device)."""
    visits: dict[str, set[str]] = {}
    positions: dict[int, set[str]] = {}
    with server.engine.connect() as conn:
        for visit_id, seq, code in conn.execute(select(FlagRow.visit_id, FlagRow.seq, FlagRow.code)):
            if visit_id is not None:
                visits.setdefault(visit_id, set()).add(code)
            else:
                positions.setdefault(seq, set()).add(code)
    return visits, positions


def test_walk_with_shares_pushes_visits_the_server_finds_outside_or_mocked(server, tmp_path, capsys):
    add_portfolio(server, "A1", n=16)
    assert cli(tmp_path, "pair", server.url, server.pairing_code("A1")) == 0
    assert cli(tmp_path, "sync") == 0
    assert cli(tmp_path, "walk", "--minutes", "600", "--interval-s", "60", "--seed", "3",
               "--outside-share", "0.4", "--mock-share", "0.3") == 0
    capsys.readouterr()
    state = DeviceState.in_dir(tmp_path / "device")
    queued = Outbox(state).visits()
    mocked_seqs = {p.seq for p in Outbox(state).positions() if p.mock}
    assert len(queued) == 16 and mocked_seqs
    assert cli(tmp_path, "push", "--json") == 0
    report = json.loads(capsys.readouterr().out)
    assert report["visits_accepted"] == 16 and report["rejected"] == 0

    outside, mocked = [], []
    for visit in queued:
        stored = server.request("GET", f"/visits/{visit.id}", token=state.pairing.token).body
        assert stored["device_geofence"] == visit.device_geofence
        if stored["geofence"]["verdict"] == "outside":
            outside.append(visit)
            assert "outside_geofence" in stored["flags"] and 140 <= stored["geofence"]["distance_m"] <= 410
            assert ("geofence_mismatch" in stored["flags"]) == (visit.device_geofence == "inside")
        else:
            assert visit.device_geofence in ("inside", "uncertain")
            assert not {"outside_geofence", "geofence_mismatch"} & set(stored["flags"])
        assert ("mock_location" in stored["flags"]) == bool(visit.location.mock)
        if visit.location.mock:
            mocked.append(visit)
    assert 0 < len(outside) < 16 and 0 < len(mocked) < 16
    assert any(v.device_geofence == "outside" for v in outside)  # recorded forced, as the app would
    _, position_flags = stored_flags(server)
    assert {seq for seq, codes in position_flags.items() if "mock_location" in codes} == mocked_seqs
    with server.engine.connect() as conn:
        assert {seq for (seq,) in conn.execute(select(PositionRow.seq).where(PositionRow.mock))} == mocked_seqs
    state.close()


def test_walk_options_refuse_a_share_above_one(tmp_path, capsys):
    with pytest.raises(SystemExit):
        cli(tmp_path, "walk", "--minutes", "10", "--outside-share", "1.5")
    assert "between 0 and 1" in capsys.readouterr().err


class Killed(BaseException):
    """Stands for the process dying: not an Exception, so nothing on the way catches it."""


async def test_push_rerun_after_a_crash_between_send_and_delete(server, tmp_path, monkeypatch):
    add_portfolio(server)
    assert await acli(tmp_path, "pair", server.url, server.pairing_code("A1")) == 0
    assert await acli(tmp_path, "sync") == 0
    state = DeviceState.in_dir(tmp_path / "device")
    plan = plan_walk(state.accounts(), end_time=datetime.now(timezone.utc), minutes=120, interval_s=30, seed=2)
    Outbox(state).add_positions(plan.positions)
    Outbox(state).add_visits(plan.visits)
    device_id = state.pairing.device_id

    def die(self, *args):
        raise Killed()

    monkeypatch.setattr(Outbox, "ack_positions", die)
    monkeypatch.setattr(Outbox, "ack_visits", die)
    async with make_session() as session:
        client, health = await connect(state, session)
        with pytest.raises(Killed):
            await push_outbox(Outbox(state), client, health.limits)
        monkeypatch.setattr(Outbox, "ack_positions", lambda self, *a: pytest.fail("second batch sent"))
    state.close()
    # The server committed the first batch; the device never wrote that down.
    assert stored_seqs(server, device_id) == list(range(1, 242))

    monkeypatch.undo()
    with DeviceState.in_dir(tmp_path / "device") as state:
        assert Outbox(state).counts() == (241, len(plan.visits))
        async with make_session() as session:
            client, health = await connect(state, session)
            report = await push_outbox(Outbox(state), client, health.limits)
        assert report.error is None
        assert (report.positions_duplicates, report.positions_accepted) == (241, 0)
        assert report.visits_accepted == len(plan.visits)
        assert Outbox(state).counts() == (0, 0)
    assert stored_seqs(server, device_id) == list(range(1, 242))


@pytest.mark.slow
def test_killed_push_process_loses_and_duplicates_nothing(make_server, tmp_path, capsys):
    import signal
    import subprocess
    import sys

    server = make_server(Limits(max_positions_per_batch=50, max_visits_per_batch=2))
    state = paired_cli(server, tmp_path, capsys)
    plan = plan_walk(state.accounts(), end_time=datetime.now(timezone.utc), minutes=600, interval_s=10, seed=3)
    Outbox(state).add_positions(plan.positions)
    Outbox(state).add_visits(plan.visits)
    total, device_id = len(plan.positions), state.pairing.device_id
    state.close()
    command = [sys.executable, "-m", "mobile_protocol.device.cli", "--state-dir", str(tmp_path / "device"), "push"]
    kills_mid_push = 0
    for extra_s in (0.0, 0.01, 0.03, 0.1):
        before = len(stored_seqs(server, device_id))
        process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        deadline = time.monotonic() + 60
        while len(stored_seqs(server, device_id)) == before and process.poll() is None:
            assert time.monotonic() < deadline, "push made no progress"
            time.sleep(0.005)
        time.sleep(extra_s)  # somewhere between a commit on the server and the device's bookkeeping
        process.send_signal(signal.SIGKILL)
        kills_mid_push += process.wait() == -signal.SIGKILL
    assert kills_mid_push >= 2
    assert subprocess.run(command, capture_output=True, text=True).returncode == 0
    assert stored_seqs(server, device_id) == list(range(1, total + 1))
    assert stored_visit_ids(server) == {v.id for v in plan.visits}
    with DeviceState.in_dir(tmp_path / "device") as state:
        assert Outbox(state).counts() == (0, 0) and Outbox(state).dead_letters() == []


def test_refused_items_become_dead_letters(server, tmp_path, capsys):
    state = paired_cli(server, tmp_path, capsys)
    add_portfolio(server, "B2", n=1, lat0=5.0)
    other_account = server.request("GET", "/sync", token=server.pair("B2")[1]).body["accounts"][0]["id"]
    now = datetime.now(timezone.utc)
    fix = Position(seq=0, fix_time=now - timedelta(minutes=1), device_time=now, lat=HOME[0], lon=HOME[1],
                   accuracy_m=9.0)
    future = msgspec.structs.replace(fix, fix_time=now + timedelta(days=2))
    outbox = Outbox(state)
    outbox.add_positions([fix, future])
    foreign = Visit(id=str(uuid.uuid4()), account_id=other_account, started_at=now - timedelta(minutes=5),
                    finished_at=now, outcome="rpc", answers={},
                    location=VisitLocation(lat=5.0, lon=HOME[1], accuracy_m=5.0, fix_time=now - timedelta(minutes=4)))
    outbox.add_visits([foreign])
    assert cli(tmp_path, "push") == 0
    assert "accepted 1, duplicate 0, rejected 2" in capsys.readouterr().out

    # The same seq again with other content: the server keeps the first, the device buries this one.
    outbox.add_numbered_positions([msgspec.structs.replace(fix, seq=1, lat=4.7)])
    assert cli(tmp_path, "push") == 0
    dead = {(d.kind, d.code): d for d in outbox.dead_letters()}
    assert set(dead) == {("position", "future_fix"), ("visit", "rejected"), ("position", "seq_conflict")}
    assert dead[("visit", "rejected")].errors[0].path == "account_id"
    assert outbox.counts() == (0, 0)
    assert stored_seqs(server, state.pairing.device_id) == [1]
    assert cli(tmp_path, "status") == 0
    assert "dead letters: 3" in capsys.readouterr().out
    assert cli(tmp_path, "status", "--json") == 0
    status = json.loads(capsys.readouterr().out)
    assert status["dead_letters"] == 3 and status["pairing"]["token"] == "***"
    assert {d["body"].get("seq") for d in status["dead_letter_items"] if d["kind"] == "position"} == {1, 2}
    assert cli(tmp_path, "push", "--json") == 0  # never resent
    assert json.loads(capsys.readouterr().out)["requests"] == 0
    state.close()


def test_a_refused_token_stops_push_and_keeps_the_outbox(server, tmp_path, capsys):
    state = paired_cli(server, tmp_path, capsys)
    assert cli(tmp_path, "walk", "--minutes", "5", "--seed", "1") == 0
    queued = Outbox(state).counts()
    state.set_pairing(msgspec.structs.replace(state.pairing, token="not-a-token"))
    capsys.readouterr()
    assert cli(tmp_path, "push") == 1
    err = capsys.readouterr().err
    assert "no longer accepts this device's token" in err and "pair again" in err
    assert Outbox(state).counts() == queued
    state.close()


def test_small_server_limits_mean_more_batches_not_failures(make_server, tmp_path, capsys):
    server = make_server(Limits(max_positions_per_batch=7, max_visits_per_batch=2, max_body_bytes=4096))
    state = paired_cli(server, tmp_path, capsys)
    assert cli(tmp_path, "walk", "--minutes", "120", "--interval-s", "60", "--seed", "8") == 0
    capsys.readouterr()
    assert cli(tmp_path, "push", "--json") == 0
    report = json.loads(capsys.readouterr().out)
    assert report["positions_accepted"] == 121 and report["visits_accepted"] == 4
    assert report["requests"] >= 121 // 7 + 2
    assert stored_seqs(server, state.pairing.device_id) == list(range(1, 122))
    state.close()


def test_delta_sync_follows_new_and_moved_accounts(server, tmp_path, capsys):
    state = paired_cli(server, tmp_path, capsys)
    server.add_agent("B2")
    server.add_accounts([
        {"external_ref": "A1-0", "debtor_name": "Deudor 0", "address": "Calle 0", "lat": HOME[0], "lon": HOME[1],
         "balance": "1.00", "agent_code": "B2"},
        {"external_ref": "A1-9", "debtor_name": "Nuevo", "address": "Calle 9", "lat": HOME[0], "lon": HOME[1],
         "balance": "99.00", "agent_code": "A1"},
    ])
    assert cli(tmp_path, "sync") == 0
    assert "1 accounts new or changed, 1 removed" in capsys.readouterr().out
    assert sorted(a.external_ref for a in state.accounts()) == ["A1-1", "A1-2", "A1-3", "A1-9"]
    state.close()


async def test_gzip_bodies_and_network_retries(server, tmp_path):
    add_portfolio(server)
    with DeviceState(None) as state:
        async with make_session() as session:
            await pair_device(state, session, PairTarget(code=server.pairing_code("A1"), urls=[server.url]))
            client = ProtocolClient(session, server.url, token=state.pairing.token, gzip_min_bytes=1)
            now = datetime.now(timezone.utc)
            positions = [Position(seq=i, fix_time=now, device_time=now, lat=4.65, lon=-74.05, accuracy_m=5.0)
                         for i in range(1, 51)]
            result = await client.post_positions(positions)
            assert (result.accepted, result.high_seq) == (50, 50)

            dead = ProtocolClient(session, "http://127.0.0.1:9", retry=RetryPolicy(attempts=3, base_delay_s=0.05))
            started = datetime.now(timezone.utc)
            with pytest.raises(ServerUnreachable):
                await dead.health()
            assert datetime.now(timezone.utc) - started < timedelta(seconds=2)


async def test_simulation_pairs_walks_and_pushes_many_devices(server, tmp_path):
    add_portfolio(server, "A1")
    add_portfolio(server, "B2", lat0=4.70)
    codes = tmp_path / "codes.jsonl"
    lines = [json.dumps({"code": server.pairing_code(agent), "expires_at": "2099-01-01T00:00:00Z"})
             for agent in ("A1", "B2", "A1")]
    codes.write_text("\n".join(lines) + "\n", encoding="utf-8")
    progress = []
    summary = await run_simulation(server.url, read_codes(codes), minutes=1.0, interval_s=5, speedup=12,
                                   state_dir=tmp_path / "sim", seed=1, on_progress=progress.append)
    assert (summary.devices, summary.errors) == (3, 0), summary.error_messages
    assert progress and summary.positions_sent == progress[-1].positions_sent
    device_ids = []
    for number in range(3):
        with DeviceState.in_dir(tmp_path / "sim" / str(number)) as state:
            assert Outbox(state).counts() == (0, 0)
            device_ids.append(state.pairing.device_id)
            assert len(state.accounts()) == 4
    assert len(set(device_ids)) == 3
    per_device = [stored_seqs(server, d) for d in device_ids]
    assert sum(map(len, per_device)) == summary.positions_sent
    assert all(seqs and seqs == list(range(1, len(seqs) + 1)) for seqs in per_device)

    # A rerun reuses the pairings (the codes are spent) and goes on counting.
    again = await run_simulation(server.url, read_codes(codes), minutes=0.5, interval_s=5, speedup=6,
                                 state_dir=tmp_path / "sim")
    assert again.errors == 0 and again.positions_sent >= 3
    after = [stored_seqs(server, d) for d in device_ids]
    assert all(new[: len(old)] == old and new == list(range(1, len(new) + 1)) for old, new in zip(per_device, after))
    assert sum(map(len, after)) == summary.positions_sent + again.positions_sent


async def test_ephemeral_simulation_reports_bad_codes_as_errors(server, tmp_path):
    add_portfolio(server)
    targets = [PairTarget(code=server.pairing_code("A1")), PairTarget(code="NOT-A-CODE")]
    summary = await run_simulation(server.url, targets, minutes=0.5, interval_s=5, speedup=6)
    assert summary.devices == 2 and summary.errors == 1 and summary.positions_sent >= 1
    assert "device 1" in summary.error_messages[0] and "pairing_code_invalid" in summary.error_messages[0]


async def test_live_clock_simulation_stamps_fixes_with_the_real_clock(server, tmp_path):
    add_portfolio(server)
    started = datetime.now(timezone.utc)
    summary = await run_simulation(server.url, [PairTarget(code=server.pairing_code("A1"))], minutes=1.0,
                                   interval_s=10, speedup=12, live_clock=True, seed=4)
    ended = datetime.now(timezone.utc)
    assert summary.errors == 0 and summary.positions_sent >= 3
    with server.engine.connect() as conn:
        fixes = sorted(ms for (ms,) in conn.execute(select(PositionRow.fix_ms)))
    assert started.timestamp() * 1000 - 1000 <= fixes[0] and fixes[-1] <= ended.timestamp() * 1000 + 1000
    # Ten simulated seconds between fixes are 10/12 of a real second apart.
    assert all(700 <= b - a <= 1000 for a, b in zip(fixes, fixes[1:]))


async def test_simulation_with_shares_sends_visits_flagged_outside_and_mocked(server, tmp_path):
    add_portfolio(server, "A1", n=10)
    summary = await run_simulation(server.url, [PairTarget(code=server.pairing_code("A1"))], minutes=150,
                                   interval_s=60, speedup=900, seed=2, outside_share=0.5, mock_share=0.5)
    assert summary.errors == 0 and summary.visits_sent >= 6, summary
    visit_flags, position_flags = stored_flags(server)
    with server.engine.connect() as conn:
        visits = conn.execute(select(VisitRow.id, VisitRow.verdict, VisitRow.device_geofence, VisitRow.mock)).all()
    assert len(visits) == summary.visits_sent
    outside = [v for v in visits if v.verdict == "outside"]
    assert outside and len(outside) < len(visits)
    assert all("outside_geofence" in visit_flags[v.id] and v.device_geofence in ("outside", "inside")
               for v in outside)
    mocked = {v.id for v in visits if v.mock}
    assert mocked and mocked == {vid for vid, codes in visit_flags.items() if "mock_location" in codes}
    assert any("mock_location" in codes for codes in position_flags.values())


async def test_simulation_refuses_a_share_above_one(server):
    with pytest.raises(ValueError, match="mock share"):
        await run_simulation(server.url, [PairTarget(code="X")], minutes=1, mock_share=2.0)


async def test_4xx_is_not_retried_and_429_waits_for_retry_after(make_server):
    server = make_server(Limits(pairing_failures_per_window=2, pairing_window_s=2.0))
    add_portfolio(server)
    patient = RetryPolicy(attempts=5, deadline_s=30.0, base_delay_s=1.0)
    with DeviceState(None) as state:
        async with make_session() as session:
            client = ProtocolClient(session, server.url, retry=patient)
            for _ in range(2):
                started = time.monotonic()
                with pytest.raises(ProtocolError) as refused:
                    await client.pair("WRONGCODE1", device_info(state.install_id))
                assert refused.value.code == "pairing_code_invalid" and time.monotonic() - started < 0.9

            # Blocked now: a budget shorter than Retry-After gives up at once, without sleeping.
            started = time.monotonic()
            with pytest.raises(ProtocolError) as limited:
                await client.pair("WRONGCODE1", device_info(state.install_id),
                                  retry=RetryPolicy(attempts=5, deadline_s=1.0))
            assert limited.value.status == 429 and limited.value.retry_after >= 1
            assert time.monotonic() - started < 0.9

            # A patient client waits as told, then pairs with a good code.
            started = time.monotonic()
            paired = await client.pair(server.pairing_code("A1"), device_info(state.install_id))
            assert paired.agent.code == "A1" and time.monotonic() - started >= 1.0

"""`campo-device push` against a real server: crashes between send and delete, a killed push process, dead
letters, refused tokens, small limits, delta syncs, gzip, retries and Retry-After."""

from __future__ import annotations

import json
import time
import uuid
from datetime import datetime, timedelta, timezone

import msgspec
import pytest

from mobile_protocol.device.client import ProtocolClient, ProtocolError, RetryPolicy, ServerUnreachable, make_session
from mobile_protocol.device.outbox import Outbox
from mobile_protocol.device.pairing import PairTarget, connect, device_info, pair_device
from mobile_protocol.device.push import push_outbox
from mobile_protocol.device.state import DeviceState
from mobile_protocol.device.walk import plan_walk
from mobile_protocol.messages import Position, Visit, VisitLocation
from syncserver.config import Limits
from tests.device_helpers import HOME, acli, add_portfolio, cli, paired_cli, stored_seqs, stored_visit_ids


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

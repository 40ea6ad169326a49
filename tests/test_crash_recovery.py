"""Exactly-once under crashes: a real `campo-server serve` process is SIGKILLed again and again
while the reference device pushes its outbox; at the end everything is stored exactly once and
nothing the device saw acknowledged is missing. Also: SIGTERM is a graceful stop.

The server is a subprocess on a fixed port, so the device just retries against the same URL. Its
first start runs the `campo-server` executable; the restarts are forked from a Python process
that has imported the server once and runs the same entry point (`syncserver.cli.main`), because
a cold interpreter start costs 1.5-3 s and the test restarts the server 30 times
(CAMPO_CRASH_EXEC=1 runs the executable every time). The device runs in a thread of this process
with its own event loop, so the test records every acknowledgement the device applied to its
outbox and sees when a request is in flight (aiohttp request tracing).

Kills come at random moments of three kinds: soon after a request reached the server (before,
during or after its commit), at a random time, and right after a commit whose answer has not yet
reached the device (found by watching the database and freezing the server with SIGSTOP; then
SIGKILL): that last one is the case that makes a device resend what is already stored.

CAMPO_CRASH_SEED=<n> picks another schedule (the seed is printed on failure);
CAMPO_CRASH_DEBUG=1 prints every kill.
"""

from __future__ import annotations

import asyncio
import os
import random
import time
from pathlib import Path

import aiohttp
import pytest

from mobile_protocol.device.outbox import Outbox
from mobile_protocol.device.pairing import connect
from mobile_protocol.device.push import push_outbox
from mobile_protocol.device.state import DeviceState
from mobile_protocol.messages import Limits

from tests.crash import KILLS, SEED
from tests.crash.checks import assert_clean_log, check_acknowledged, check_exactly_once
from tests.crash.device import DevicePusher, Watcher, pair_and_queue, setup_branch, stop_after_a_commit, wait_until
from tests.crash.servers import ServerProcess, free_port, report_on_failure

pytestmark = pytest.mark.slow


@pytest.mark.timeout(240)
def test_exactly_once_while_the_server_is_sigkilled(tmp_path: Path) -> None:
    """≥ 5,000 positions and ≥ 300 visits pushed while the server is SIGKILLed ≥ 20 times."""
    began = time.monotonic()
    rng = random.Random(SEED)
    data_dir, state_dir = tmp_path / "data", tmp_path / "device"
    server = ServerProcess(data_dir, free_port(), tmp_path / "server.log")
    notes: dict = {"seed": SEED, "kills": []}
    pusher: DevicePusher | None = None
    try:
        with report_on_failure(server, notes):
            setup_branch(tmp_path, data_dir, accounts=330)
            server.start()
            # 5,000 simulated minutes, a fix a minute: 5,001 positions, a visit at each of the 330 accounts.
            positions, visits, device_id = pair_and_queue(server, data_dir, state_dir, minutes=5000, interval_s=60)
            assert len(positions) >= 5000 and len(visits) >= 300, (len(positions), len(visits))
            notes["queued"] = {"positions": len(positions), "visits": len(visits)}

            pusher = DevicePusher(state_dir)
            watch = Watcher(data_dir, device_id)
            pusher.start()
            for number in range(1, KILLS + 1):
                mode = "idle" if pusher.done else rng.choices(["commit", "request", "random"], [3, 4, 3])[0]
                if mode != "idle":  # let a few answers through first, so the kills spread over the push
                    wait_until(lambda target=pusher.log.answers + rng.randint(0, 2):
                               pusher.log.answers >= target or pusher.done, timeout=30)
                if mode == "commit":
                    stop_after_a_commit(server, watch, pusher)
                elif mode == "request":  # soon after a request reached the server: before, in or after its commit
                    pusher.request_sent.clear()
                    wait_until(lambda: pusher.request_sent.is_set() or pusher.done, timeout=20)
                    time.sleep(rng.uniform(0.0, 0.03))
                else:
                    time.sleep(rng.uniform(0.0, 0.05 if mode == "random" else 0.5))
                in_flight = pusher.in_flight()
                server.kill()
                time.sleep(rng.uniform(0.1, 0.4))  # down for a moment; the answers the device got are applied
                committed, acknowledged = watch.committed(), len(pusher.log.positions) + len(pusher.log.visits)
                notes["kills"].append({"n": number, "t": round(time.monotonic() - began, 2), "mode": mode,
                                       "in_flight": in_flight,
                                       "acknowledged": acknowledged, "committed_not_acknowledged":
                                       committed - acknowledged})
                server.start()  # back on the same port
                assert pusher.crash is None, repr(pusher.crash)
            watch.close()

            pusher.join(timeout=120)
            assert not pusher.is_alive(), "the device did not finish pushing within its deadline"
            assert pusher.crash is None, repr(pusher.crash)
            assert pusher.finished, pusher.errors[-5:]
            log = pusher.log
            notes["pushes"] = {"pushes": pusher.pushes, "failed": pusher.failed_pushes, "answers": log.answers,
                               "errors": pusher.errors[-10:]}

            # The device never heard `accepted` twice for the same item: stored once, said once.
            assert log.positions_accepted <= len(positions)
            assert all(times == 1 for times in log.visits_accepted.values())
            assert log.positions_rejected == [] and log.visits_refused == []
            assert log.positions == set(positions) and set(log.visits) == set(visits)

            # A final, clean push with the server up: nothing left to send.
            async def final_push():
                with DeviceState.in_dir(state_dir) as state:
                    async with aiohttp.ClientSession() as session:
                        client, _ = await connect(state, session)
                        return await push_outbox(Outbox(state), client)

            report = asyncio.run(final_push())
            assert report.error is None and report.requests == 0, report

            code, _ = server.terminate(timeout=20)
            assert code == 0
            check_acknowledged(data_dir, device_id, log, positions, visits)
            counts = check_exactly_once(data_dir, device_id, state_dir, positions, visits)

            kills = notes["kills"]
            if os.environ.get("CAMPO_CRASH_DEBUG"):
                for k in kills:
                    print(k)
            mid_request = [k for k in kills if k["in_flight"]]
            lost = [k for k in kills if k["committed_not_acknowledged"] > 0]
            assert len(kills) >= 20
            # The kills hit requests in flight, not only an idle server, and some came between a
            # commit and its answer (the device resent what was stored: duplicates, stored once).
            assert len(mid_request) >= 8, kills
            assert lost, kills
            assert all(k["committed_not_acknowledged"] >= 0 for k in kills), kills
            # And they were spread over the push: both kinds of request were hit.
            assert {kind for k in kills for kind in k["in_flight"]} >= {"positions", "visits"}, kills
            elapsed = time.monotonic() - began
            print(
                f"seed {SEED}: {len(kills)} SIGKILLs ({len(mid_request)} with a request in flight) over"
                f" {server.starts} starts (mean {sum(server.start_seconds) / len(server.start_seconds):.2f} s to"
                f" listen); {counts['position_rows']} positions and {counts['visit_rows']} visits stored once;"
                f" {log.answers} answers, {log.positions_duplicates} position and"
                f" {sum(1 for s in log.visits.values() if s == 'duplicate')} visit duplicates after lost answers;"
                f" {len(lost)} kills between a commit and its answer;"
                f" {pusher.pushes} pushes ({pusher.failed_pushes} failed); {elapsed:.1f} s"
            )
            assert_clean_log(server)
    finally:
        if pusher is not None and pusher.is_alive():
            pusher.cancel()
            pusher.join(timeout=10)
        server.stop_quietly()


@pytest.mark.timeout(120)
def test_sigterm_is_a_graceful_stop_during_a_push(tmp_path: Path) -> None:
    """SIGTERM while a push is in flight: exit 0 within seconds, every acknowledged item stored."""
    data_dir, state_dir = tmp_path / "data", tmp_path / "device"
    server = ServerProcess(data_dir, free_port(), tmp_path / "server.log", forked_restarts=False)
    notes: dict = {"seed": SEED}
    pusher: DevicePusher | None = None
    try:
        with report_on_failure(server, notes):
            setup_branch(tmp_path, data_dir, accounts=40)
            server.start()
            positions, visits, device_id = pair_and_queue(server, data_dir, state_dir, minutes=1000, interval_s=60)
            assert len(positions) > 1000 and len(visits) >= 30

            pusher = DevicePusher(state_dir, limits=Limits(1024 * 1024, 20, 5))
            pusher.start()
            # Let a few batches through, then stop the server just after a request reached it.
            deadline = time.monotonic() + 30
            while pusher.log.answers < 3 and time.monotonic() < deadline:
                time.sleep(0.01)
            for _ in range(100):  # SIGTERM the moment a request has reached the server
                pusher.request_sent.clear()
                assert pusher.request_sent.wait(timeout=20)
                notes["in_flight_at_sigterm"] = pusher.in_flight()
                if notes["in_flight_at_sigterm"]:
                    break
            assert notes["in_flight_at_sigterm"]
            sigterm_at = time.monotonic()
            code, seconds = server.terminate(timeout=10)
            notes["exit"] = {"code": code, "seconds": seconds}
            assert code == 0
            assert seconds < 5.0
            log_text = server.log_path.read_text(errors="replace")
            assert "runner: stopping: finishing requests in flight" in log_text
            assert "INFO syncserver.runner: stopped" in log_text
            assert_clean_log(server)

            # The device keeps retrying against a stopped server; look at what it holds as acknowledged.
            time.sleep(0.3)
            acked_positions, acked_visits = set(pusher.log.positions), dict(pusher.log.visits)
            with pusher._lock:
                around = [(path, round(sent - sigterm_at, 4), round(done - sigterm_at, 4), answered)
                          for path, sent, done, answered in pusher.history if done >= sigterm_at - 0.05]
            notes["requests_around_sigterm"] = around
            check_acknowledged(data_dir, device_id, pusher.log, positions, visits)
            # A graceful stop answers whatever it commits: nothing is stored that the device was not told.
            watch = Watcher(data_dir, device_id)
            committed = watch.committed()
            watch.close()
            assert committed == len(acked_positions) + len(acked_visits), notes
            assert acked_positions and len(acked_positions) < len(positions), "the stop came too late to matter"

            # Back up: the device finishes, and everything is there exactly once.
            server.start()
            pusher.join(timeout=60)
            assert not pusher.is_alive() and pusher.crash is None and pusher.finished, pusher.errors[-5:]
            assert acked_positions <= pusher.log.positions and acked_visits.keys() <= pusher.log.visits.keys()
            assert all(times == 1 for times in pusher.log.visits_accepted.values())
            code, _ = server.terminate(timeout=20)
            assert code == 0
            check_exactly_once(data_dir, device_id, state_dir, positions, visits)
    finally:
        if pusher is not None and pusher.is_alive():
            pusher.cancel()
            pusher.join(timeout=10)
        server.stop_quietly()

"""The writer in a process of its own: same answers as the thread, survives its child's death."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time

import pytest
from sqlalchemy import func, select

from syncserver.db.models import Position, Visit
from syncserver.events import PositionsStored, VisitStored
from syncserver.keys import WRITER
from tests.plugins.server import LiveServer
from tests.test_concurrency import accounts_of, position, post_all, setup_agents, visit

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX signals")


def child_of(server: LiveServer):
    """The writer process of a running server (its backend's child: an asyncio Process, reaped by
    the server's loop, so the test reads its returncode rather than waiting for it)."""
    app = server.thread.app
    return app[WRITER]._backend._process


def alive(child) -> bool:
    return child.returncode is None and os.path.exists(f"/proc/{child.pid}") and not _zombie(child.pid)


def count(server: LiveServer, model) -> int:
    with server.engine.connect() as conn:
        return conn.scalar(select(func.count()).select_from(model))


def wait_until(predicate, timeout: float = 10.0) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(0.02)
    return predicate()


async def test_answers_errors_and_events_come_back_from_the_writer_process(process_server):
    server = process_server
    setup_agents(server, ["A1"])
    device_id, token = server.pair("A1")  # pairing is a writer job too: its token comes back from the child
    batch = [position(s, mock=(s == 3)) for s in range(1, 11)]
    first = server.request("POST", "/positions", {"positions": batch}, token=token)
    assert first.status == 200 and first.body["accepted"] == 10 and first.body["high_seq"] == 10, first.body
    again = server.request("POST", "/positions", {"positions": batch[:4] + [position(5, lat=1.0)]}, token=token)
    assert again.body["duplicates"] == 4, again.body
    assert [r["code"] for r in again.body["rejected"]] == ["seq_conflict"]
    visits = [visit(a) for a in accounts_of(server, token)]
    answer = server.request("POST", "/visits", {"visits": visits}, token=token)
    assert [r["status"] for r in answer.body["results"]] == ["accepted"] * len(visits), answer.body
    assert count(server, Position) == 10 and count(server, Visit) == len(visits)
    assert wait_until(lambda: any(isinstance(e, VisitStored) for e in server.events))
    stored = [e for e in server.events if isinstance(e, PositionsStored)]
    assert stored[0].device_id == device_id and stored[0].accepted == 10 and stored[0].flagged[3] == ["mock_location"]
    assert child_of(server).pid != os.getpid() and alive(child_of(server))

    # An ApiError raised in the child (the device was revoked) is the device's answer, whole.
    from syncserver.office import revoke

    server.thread.submit(revoke(server.thread.app, device_id)).result(10)
    refused = server.request("POST", "/positions", {"positions": [position(11)]}, token=token)
    assert refused.status == 401 and refused.body["error"]["code"] == "unauthorized", refused.body


async def test_a_killed_writer_process_is_replaced_and_nothing_acknowledged_is_lost(process_server):
    server = process_server
    setup_agents(server, ["A1", "A2"])
    devices = [server.pair(code) for code in ("A1", "A2")]
    for round_no in range(6):
        if round_no in (2, 4):
            old = child_of(server)
            os.kill(old.pid, signal.SIGKILL)
            assert wait_until(lambda: old.returncode is not None)
        requests = [("/positions", token, {"positions": [position(round_no * 20 + s) for s in range(1, 21)]})
                    for _, token in devices]
        for _attempt in range(5):
            answers = await post_all(server, requests)
            if all(status == 200 for status, _ in answers):
                break
            assert {status for status, _ in answers} <= {200, 503}, answers  # 503 while the child was dead
            time.sleep(0.2)
        assert all(status == 200 for status, _ in answers), answers
        # A group the child committed but could not answer before it died comes back as duplicates.
        assert all(body["accepted"] + body["duplicates"] == 20 and not body["rejected"] for _, body in answers)
    assert count(server, Position) == 6 * 20 * 2
    assert alive(child_of(server)) and child_of(server) is not old


def test_stopping_the_server_stops_its_writer_process(tmp_path):
    from tests.plugins.server import _start

    live = _start(tmp_path, None, writer_process=True)
    child = child_of(live)
    live.thread.stop()
    live.engine.dispose()
    assert child.returncode == 0


def test_the_writer_process_exits_when_the_server_dies(tmp_path):
    """SIGKILL to `campo-server serve`: its writer sees the end of its input and exits (no orphan
    holding SQLite's write lock against the next server)."""
    env = dict(os.environ, PYTHONPATH=os.getcwd())
    cmd = [sys.executable, "-m", "syncserver.cli", "--data-dir", str(tmp_path), "serve", "--host", "127.0.0.1",
           "--port", "0", "--no-discovery", "--writer", "process"]
    server = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=env, text=True)
    try:
        assert server.stdout.readline().startswith("Listening on http://127.0.0.1:")
        children = [int(pid) for pid in open(f"/proc/{server.pid}/task/{server.pid}/children").read().split()]
        assert len(children) == 1
        server.kill()
        server.wait(10)
        assert wait_until(lambda: not os.path.exists(f"/proc/{children[0]}") or _zombie(children[0])), \
            "the writer process outlived the server"
    finally:
        server.kill()


def _zombie(pid: int) -> bool:
    try:
        return open(f"/proc/{pid}/stat").read().split(")")[1].split()[0] == "Z"
    except OSError:
        return True

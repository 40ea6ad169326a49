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
import contextlib
import csv
import ctypes
import hashlib
import io
import json
import os
import queue
import random
import shutil
import signal
import socket
import sqlite3
import subprocess
import sys
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

import aiohttp
import msgspec
import pytest

from mobile_protocol.device import cli as device_cli
from mobile_protocol.device.client import RequestFailed, RetryPolicy
from mobile_protocol.device.outbox import Outbox
from mobile_protocol.device.pairing import connect
from mobile_protocol.device.push import push_outbox
from mobile_protocol.device.state import DeviceState
from mobile_protocol.messages import Limits, Position, Visit
from syncserver import cli as server_cli
from syncserver.ingest_positions import digests

pytestmark = pytest.mark.slow

SEED = int(os.environ.get("CAMPO_CRASH_SEED", "20261122"))
KILLS = 30
HOME = (4.65, -74.05)
# Small batches, so that a push is many requests and the kills land among them.
DEVICE_LIMITS = Limits(max_body_bytes=1024 * 1024, max_positions_per_batch=200, max_visits_per_batch=10)
# The device's own backoff, shortened to the test's time scale (a restart takes well under a second
# here). Few attempts: a restart outlasts them now and then, the push stops, and the device pushes
# again later, as `campo-device push` run again would; both kinds of retry happen.
RETRY = RetryPolicy(attempts=5, deadline_s=30.0, base_delay_s=0.05, max_delay_s=0.4)
START_TIMEOUT_S = 60.0


def _server_command() -> list[str]:
    exe = Path(sys.executable).with_name("campo-server")
    if exe.exists():
        return [str(exe)]
    found = shutil.which("campo-server")
    return [found] if found else [sys.executable, "-m", "syncserver.cli"]


def _die_with_parent() -> None:
    """In the child before exec: if pytest itself dies, the server goes too (Linux only)."""
    with contextlib.suppress(Exception):
        ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _server_env() -> dict[str, str]:
    return {k: v for k, v in os.environ.items() if k not in ("CAMPO_DB_URL", "CAMPO_DATA_DIR")}


def _lines_of(stream, into: queue.Queue) -> threading.Thread:
    """A thread moving the lines of a pipe into a queue (None at the end)."""

    def pump() -> None:
        with contextlib.suppress(ValueError, OSError):
            for raw in stream:
                into.put(raw.decode(errors="replace"))
        into.put(None)

    thread = threading.Thread(target=pump, name="campo-server-stdout", daemon=True)
    thread.start()
    return thread


class ExecutedServer:
    """One run of the `campo-server` executable."""

    def __init__(self, argv: list[str], log) -> None:
        self.lines: queue.Queue = queue.Queue()
        self.process = subprocess.Popen(
            [*_server_command(), *argv], stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=log,
            env=_server_env(), preexec_fn=_die_with_parent if sys.platform.startswith("linux") else None,
        )
        self.pid = self.process.pid
        _lines_of(self.process.stdout, self.lines)

    def wait(self, timeout: float) -> int:
        return self.process.wait(timeout=timeout)


# Python run once per test: imports the server, then forks one child per start, in which
# `syncserver.cli.main(argv)` (what the `campo-server` executable runs) serves. A restart then
# costs the server's startup, not the interpreter's and the imports' (seconds on a busy machine).
FORK_SERVER = r"""
import ctypes, json, os, signal, sys, traceback
def die_with_parent():
    try:
        ctypes.CDLL(None).prctl(1, signal.SIGKILL)
    except Exception:
        pass
die_with_parent()
import syncserver.cli, syncserver.runner, syncserver.app, syncserver.config
try:
    import uvloop
except ImportError:
    pass
child = None
print("ready", flush=True)
for line in sys.stdin:
    command, _, argument = line.strip().partition(" ")
    if command == "start":
        sys.stdout.flush(); sys.stderr.flush()
        child = os.fork()
        if child == 0:
            die_with_parent()
            os.dup2(os.open(os.devnull, os.O_RDONLY), 0)
            code = 1
            try:
                code = syncserver.cli.main(json.loads(argument)) or 0
            except SystemExit as exc:
                code = exc.code if isinstance(exc.code, int) else 1
            except BaseException:
                traceback.print_exc()
            finally:
                print(f"child-exit {code}", flush=True)
                sys.stderr.flush()
                os._exit(code)
        print(f"pid {child}", flush=True)
    elif command == "wait":
        _, status = os.waitpid(child, 0)
        print(f"exit {os.waitstatus_to_exitcode(status)}", flush=True)
"""


class ForkServer:
    """The forking parent of the servers after the first; lines of it and its children in one queue."""

    def __init__(self, cwd: Path, log) -> None:
        self.lines: queue.Queue = queue.Queue()
        self.process = subprocess.Popen(
            [sys.executable, "-c", FORK_SERVER], cwd=cwd, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
            stderr=log, env=_server_env(), preexec_fn=_die_with_parent if sys.platform.startswith("linux") else None,
        )
        _lines_of(self.process.stdout, self.lines)
        self.ready = False

    def command(self, text: str) -> None:
        assert self.process.stdin is not None
        self.process.stdin.write(text.encode() + b"\n")
        self.process.stdin.flush()

    def close(self) -> None:
        with contextlib.suppress(Exception):
            self.process.kill()
            self.process.wait(timeout=10)


class ForkedServer:
    """One run of `campo-server` forked by the ForkServer."""

    def __init__(self, parent: ForkServer, argv: list[str]) -> None:
        self.parent = parent
        self.lines = parent.lines
        if not parent.ready:
            first = _next_line(parent.lines, time.monotonic() + START_TIMEOUT_S)
            assert first == "ready\n", f"fork server: {first!r}"
            parent.ready = True
        parent.command("start " + json.dumps(argv))
        line = _next_line(self.lines, time.monotonic() + START_TIMEOUT_S)
        assert line and line.startswith("pid "), f"fork server: {line!r}"
        self.pid = int(line.split()[1])

    def wait(self, timeout: float) -> int:
        self.parent.command("wait")
        deadline = time.monotonic() + timeout
        while True:
            remaining = deadline - time.monotonic()
            line = _next_line(self.lines, time.monotonic() + max(0.0, remaining)) if remaining > 0 else ""
            if not line:
                raise subprocess.TimeoutExpired("campo-server", timeout)
            if line.startswith("exit "):
                return int(line.split()[1])


def _next_line(lines: queue.Queue, deadline: float) -> str | None:
    """The next line, or "" at the deadline, or None when the pipe closed."""
    try:
        return lines.get(timeout=max(0.0, deadline - time.monotonic()))
    except queue.Empty:
        return ""


class ServerProcess:
    """`campo-server serve` on a fixed port, started again and again; stderr of every run in one log.

    The first start runs the `campo-server` executable; later starts are forked by a ForkServer
    (every start with the executable when `forked_restarts` is false or CAMPO_CRASH_EXEC=1).
    """

    def __init__(self, data_dir: Path, port: int, log_path: Path, *, forked_restarts: bool = True) -> None:
        self.data_dir = data_dir
        self.port = port
        self.log_path = log_path
        self.run: ExecutedServer | ForkedServer | None = None
        self.starts = 0
        self.start_seconds: list[float] = []
        self.fork_server: ForkServer | None = None
        if forked_restarts and not os.environ.get("CAMPO_CRASH_EXEC"):
            with self.log_path.open("ab") as log:
                self.fork_server = ForkServer(data_dir.parent, log)  # imports while the test sets up

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @property
    def pid(self) -> int:
        assert self.run is not None, "the server is not running"
        return self.run.pid

    def start(self) -> None:
        """Start and wait for the one `Listening on` line (the server then accepts connections)."""
        assert self.run is None
        self.starts += 1
        argv = ["--data-dir", str(self.data_dir), "serve", "--host", "127.0.0.1", "--port", str(self.port),
                "--no-discovery"]
        with self.log_path.open("ab") as log:
            log.write(f"===== start {self.starts} =====\n".encode())
            log.flush()
            began = time.monotonic()
            if self.fork_server is None or self.starts == 1:
                self.run = ExecutedServer(argv, log)
            else:
                self.run = ForkedServer(self.fork_server, argv)
        line = _next_line(self.run.lines, began + START_TIMEOUT_S)
        assert line == f"Listening on {self.url}\n", f"start {self.starts}: {line!r} instead of listening"
        self.start_seconds.append(time.monotonic() - began)

    def signal(self, sig: int) -> None:
        os.kill(self.pid, sig)

    def kill(self) -> None:
        """SIGKILL: no graceful anything."""
        self.signal(signal.SIGKILL)
        code = self._wait(30)
        assert code == -signal.SIGKILL, code

    def terminate(self, timeout: float) -> tuple[int, float]:
        """SIGTERM; the exit code and how long the process took to exit."""
        began = time.monotonic()
        self.signal(signal.SIGTERM)
        try:
            code = self._wait(timeout)
        except subprocess.TimeoutExpired:
            self.signal(signal.SIGKILL)
            self._wait(30)
            raise AssertionError(f"the server did not exit within {timeout} s of SIGTERM") from None
        return code, time.monotonic() - began

    def _wait(self, timeout: float) -> int:
        assert self.run is not None
        code = self.run.wait(timeout)
        self.run = None
        return code

    def stop_quietly(self) -> None:
        if self.run is not None:
            with contextlib.suppress(Exception):
                self.signal(signal.SIGKILL)
                self._wait(10)
        if self.fork_server is not None:
            self.fork_server.close()

    def log_tail(self, chars: int = 12000) -> str:
        try:
            return self.log_path.read_text(errors="replace")[-chars:]
        except OSError as exc:
            return f"(no server log: {exc})"


@contextlib.contextmanager
def report_on_failure(server: ServerProcess, notes: dict):
    """On any failure print the seed, what happened and the server's stderr (pytest shows it)."""
    try:
        yield
    except BaseException:
        print(f"CAMPO_CRASH_SEED={SEED}")
        print(json.dumps(notes, indent=1, default=str)[-6000:])
        print(f"----- server stderr ({server.log_path}) -----")
        print(server.log_tail())
        raise


# --- setup -----------------------------------------------------------------------------------------


def campo_server(data_dir: Path, *args: str) -> str:
    """Run one `campo-server` admin command in-process; its stdout."""
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = server_cli.main(["--data-dir", str(data_dir), *args])
    assert code == 0, f"campo-server {' '.join(args)}: {err.getvalue()}{out.getvalue()}"
    return out.getvalue()


def campo_device(state_dir: Path, *args: str) -> str:
    """Run one `campo-device` command in-process; its stdout."""
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = device_cli.main(["--state-dir", str(state_dir), *args])
    assert code == 0, f"campo-device {' '.join(args)}: {err.getvalue()}{out.getvalue()}"
    return out.getvalue()


def setup_branch(workdir: Path, data_dir: Path, accounts: int) -> None:
    """A branch with agent A1 and `accounts` accounts on a ~100 m grid, via the CLI and a CSV import."""
    campo_server(data_dir, "init", "--name", "Crash test", "--timezone", "America/Bogota")
    campo_server(data_dir, "agent", "add", "A1", "Gestor Uno")
    path = workdir / "accounts.csv"
    columns = ["external_ref", "debtor_name", "address", "lat", "lon", "radius_m", "balance", "currency",
               "days_past_due", "agent_code", "segment"]
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, fieldnames=columns)
        writer.writeheader()
        for i in range(accounts):
            writer.writerow({
                "external_ref": f"CR-{i:04d}", "debtor_name": f"Deudor {i}", "address": f"Calle {i} # 10-20",
                "lat": f"{HOME[0] + (i // 20) * 0.0009:.6f}", "lon": f"{HOME[1] + (i % 20) * 0.0009:.6f}",
                "radius_m": "", "balance": f"{100000 + 1000 * i}.50", "currency": "COP",
                "days_past_due": 30 + i % 90, "agent_code": "A1", "segment": "",
            })
    summary = json.loads(campo_server(data_dir, "accounts", "import", str(path), "--json"))
    assert summary["created"] == accounts and not summary["errors"], summary


def pair_and_queue(server: ServerProcess, data_dir: Path, state_dir: Path, minutes: int,
                   interval_s: int) -> tuple[dict[int, Position], dict[str, Visit], str]:
    """Pair a device with a code from `campo-server enroll --json`, sync, walk; the queued items."""
    enroll = json.loads(campo_server(data_dir, "enroll", "A1", "--json", "--url", server.url))
    campo_device(state_dir, "pair", enroll["uri"])
    campo_device(state_dir, "sync")
    campo_device(state_dir, "walk", "--minutes", str(minutes), "--interval-s", str(interval_s),
                 "--seed", str(SEED % 100_000))
    with DeviceState.in_dir(state_dir) as state:
        outbox = Outbox(state)
        positions = {p.seq: p for p in outbox.positions()}
        visits = {v.id: v for v in outbox.visits()}
        assert state.pairing is not None
        device_id = state.pairing.device_id
    return positions, visits, device_id


# --- the device, pushing in its own thread -----------------------------------------------------------


@dataclass
class AckLog:
    """Everything the device applied from the server's answers."""

    positions: set[int] = field(default_factory=set)  # seqs dropped from the outbox as held by the server
    positions_accepted: int = 0  # sum of `accepted` over every positions answer received
    positions_duplicates: int = 0
    positions_rejected: list = field(default_factory=list)
    visits: dict[str, str] = field(default_factory=dict)  # id -> first status that acknowledged it
    visits_accepted: dict[str, int] = field(default_factory=dict)  # id -> times answered `accepted`
    visits_refused: list = field(default_factory=list)
    answers: int = 0


class RecordingOutbox(Outbox):
    """The device's outbox, recording what each acknowledgement removed from it."""

    def __init__(self, state: DeviceState, log: AckLog) -> None:
        super().__init__(state)
        self.log = log

    def _queued_seqs(self) -> set[int]:
        return {seq for (seq,) in self.db.execute("SELECT seq FROM outbox_positions")}

    def ack_positions(self, sent, result):
        before = self._queued_seqs()
        ack = super().ack_positions(sent, result)
        refused = {r.seq for r in result.rejected}
        self.log.positions |= (before - self._queued_seqs()) - refused
        self.log.positions_accepted += result.accepted
        self.log.positions_duplicates += result.duplicates
        self.log.positions_rejected += [msgspec.to_builtins(r) for r in result.rejected]
        self.log.answers += 1
        return ack

    def ack_visits(self, sent, response):
        ack = super().ack_visits(sent, response)
        for r in response.results:
            if r.status in ("accepted", "duplicate"):
                self.log.visits.setdefault(r.id, r.status)
                if r.status == "accepted":
                    self.log.visits_accepted[r.id] = self.log.visits_accepted.get(r.id, 0) + 1
            else:
                self.log.visits_refused.append(msgspec.to_builtins(r))
        self.log.answers += 1
        return ack


class DevicePusher(threading.Thread):
    """The device pushing until its outbox is empty: reconnects and pushes again after every failure."""

    def __init__(self, state_dir: Path, *, retry: RetryPolicy = RETRY, limits: Limits = DEVICE_LIMITS,
                 deadline_s: float = 180.0) -> None:
        super().__init__(name="campo-device-push", daemon=True)
        self.state_dir = state_dir
        self.retry = retry
        self.limits = limits
        self.deadline = time.monotonic() + deadline_s
        self.log = AckLog()
        self.pushes = 0
        self.failed_pushes = 0
        self.errors: list[str] = []
        self.crash: BaseException | None = None
        self.finished = False  # the outbox was emptied
        self.request_sent = threading.Event()
        self._lock = threading.Lock()
        self._in_flight: dict[int, tuple[str, float]] = {}  # request -> (path, sent), until answer or error
        self.history: list[tuple[str, float, float, bool]] = []  # path, sent, done, answered (monotonic)
        self._loop: asyncio.AbstractEventLoop | None = None
        self._task: asyncio.Task | None = None
        self._ready = threading.Event()

    @property
    def done(self) -> bool:
        """The outbox is empty, or the thread ended."""
        return self.finished or not self.is_alive()

    def in_flight(self) -> list[str]:
        with self._lock:
            return sorted(path for path, _ in self._in_flight.values())

    def cancel(self) -> None:
        """Stop pushing now (the thread ends soon after)."""
        self._ready.wait(10)
        if self._loop is not None and self._task is not None:
            self._loop.call_soon_threadsafe(self._task.cancel)

    def run(self) -> None:
        try:
            asyncio.run(self._main())
        except asyncio.CancelledError:
            pass
        except BaseException as exc:  # noqa: BLE001 - reported by the test
            self.crash = exc

    def _trace(self) -> aiohttp.TraceConfig:
        trace = aiohttp.TraceConfig()

        async def sent(_session, context, params) -> None:
            with self._lock:
                self._in_flight[id(context)] = (params.url.path.rsplit("/", 1)[-1], time.monotonic())
            self.request_sent.set()

        def done(answered: bool):
            async def hook(_session, context, _params) -> None:
                with self._lock:
                    request = self._in_flight.pop(id(context), None)
                    if request is not None:
                        self.history.append((*request, time.monotonic(), answered))

            return hook

        trace.on_request_headers_sent.append(sent)
        trace.on_request_end.append(done(True))
        trace.on_request_exception.append(done(False))
        return trace

    async def _main(self) -> None:
        self._loop = asyncio.get_running_loop()
        self._task = asyncio.current_task()
        self._ready.set()
        with DeviceState.in_dir(self.state_dir) as state:
            outbox = RecordingOutbox(state, self.log)
            async with aiohttp.ClientSession(trace_configs=[self._trace()]) as session:
                while sum(outbox.counts()) and time.monotonic() < self.deadline:
                    try:
                        client, _health = await connect(state, session, retry=self.retry)
                    except RequestFailed as exc:
                        self.errors.append(f"connect: {exc}")
                        await asyncio.sleep(0.05)
                        continue
                    report = await push_outbox(outbox, client, self.limits, retry=self.retry)
                    self.pushes += 1
                    if report.error:
                        self.failed_pushes += 1
                        self.errors.append(f"push: {report.error}")
                        # Only "cannot reach" (or "busy, later"): a kill never makes the server refuse or fail.
                        assert report.error_status in (None, 429, 503), report.error
                        await asyncio.sleep(0.05)
                self.finished = not sum(outbox.counts())


def wait_until(condition, timeout: float) -> bool:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            return False
        time.sleep(0.002)
    return True


def stop_after_a_commit(server: ServerProcess, watch: "Watcher", pusher: "DevicePusher", tries: int = 20) -> None:
    """Freeze the server (SIGSTOP) right after one of the device's commits; keep it frozen for the
    SIGKILL that follows when the answer has not reached the device yet, else resume and try again.

    The window between a commit and its answer is well under a millisecond: aiming at it by time
    alone rarely hits it, and it is the one that makes a device resend what is already stored.
    """
    for _ in range(tries):
        if not watch.wait_for_commit(timeout=10, stop=lambda: pusher.done):
            return
        server.signal(signal.SIGSTOP)
        time.sleep(0.02)  # whatever answer was already sent reaches the device meanwhile
        if pusher.in_flight() and watch.committed() > len(pusher.log.positions) + len(pusher.log.visits):
            return
        server.signal(signal.SIGCONT)


class Watcher:
    """A read-only look at the server's database while it runs (WAL: never blocks the writer)."""

    def __init__(self, data_dir: Path, device_id: str) -> None:
        self.db = sqlite3.connect(f"file:{data_dir / 'campo.sqlite3'}?mode=ro", uri=True, isolation_level=None)
        self.device_id = int(device_id)

    def committed(self) -> int:
        """Positions and visits of the device committed so far."""
        return self.db.execute(
            "SELECT (SELECT count(*) FROM positions WHERE device_id = ?)"
            " + (SELECT count(*) FROM visits WHERE device_id = ?)", (self.device_id, self.device_id)
        ).fetchone()[0]

    def wait_for_commit(self, timeout: float, stop=lambda: False) -> bool:
        """Poll until the next commit of the device's items shows (high_seq or visit count moves)."""
        query = "SELECT (SELECT high_seq FROM devices WHERE id = ?), (SELECT count(*) FROM visits WHERE device_id = ?)"
        before = self.db.execute(query, (self.device_id, self.device_id)).fetchone()
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline and not stop():
            if self.db.execute(query, (self.device_id, self.device_id)).fetchone() != before:
                return True
        return False

    def close(self) -> None:
        self.db.close()


# --- checks -------------------------------------------------------------------------------------------


def assert_clean_log(server: ServerProcess) -> None:
    """No run of the server logged an error or a traceback (a killed run logs nothing at all)."""
    text = server.log_path.read_text(errors="replace")
    bad = [line for line in text.splitlines() if " ERROR " in line or " CRITICAL " in line or "Traceback" in line]
    assert not bad, bad[:5]


def stored(data_dir: Path, device_id: str) -> tuple[dict[int, tuple], dict[str, tuple], dict]:
    """What the database holds for the device: positions by seq, visits by id, and counters."""
    db = sqlite3.connect(f"file:{data_dir / 'campo.sqlite3'}?mode=ro", uri=True)
    try:
        assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        rows = db.execute(
            "SELECT seq, digest, fix_ms, lat, lon, accuracy_m, battery_pct FROM positions WHERE device_id = ?",
            (int(device_id),),
        ).fetchall()
        positions: dict[int, tuple] = {}
        duplicated = []
        for row in rows:
            if row[0] in positions:
                duplicated.append(row[0])
            positions[row[0]] = row
        visit_rows = db.execute("SELECT id, payload, digest, device_id FROM visits").fetchall()
        visits = {row[0]: row for row in visit_rows}
        counts = {
            "position_rows": len(rows),
            "duplicated_seqs": duplicated,
            "visit_rows": len(visit_rows),
            "high_seq": db.execute("SELECT high_seq FROM devices WHERE id = ?", (int(device_id),)).fetchone()[0],
            "other_devices_positions": db.execute(
                "SELECT count(*) FROM positions WHERE device_id != ?", (int(device_id),)
            ).fetchone()[0],
        }
    finally:
        db.close()
    return positions, visits, counts


def check_acknowledged(data_dir: Path, device_id: str, log: AckLog, positions: dict[int, Position],
                       visits: dict[str, Visit]) -> None:
    """Every item the device saw acknowledged is stored, once, with the content the device sent."""
    stored_positions, stored_visits, counts = stored(data_dir, device_id)
    assert counts["duplicated_seqs"] == []
    missing = sorted(log.positions - stored_positions.keys())
    assert not missing, f"{len(missing)} acknowledged positions are not stored, e.g. {missing[:10]}"
    acked = sorted(log.positions)
    expected_digests = dict(zip(acked, digests([positions[seq] for seq in acked])))
    for seq in acked:
        _, digest, fix_ms, lat, lon, accuracy, battery = stored_positions[seq]
        sent = positions[seq]
        assert digest == expected_digests[seq], f"position {seq} is stored with other content"
        assert fix_ms == round(sent.fix_time.timestamp() * 1000), seq
        assert (lat, lon, accuracy, battery) == (sent.lat, sent.lon, sent.accuracy_m, sent.battery_pct), seq
    missing_visits = sorted(set(log.visits) - stored_visits.keys())
    assert not missing_visits, f"{len(missing_visits)} acknowledged visits are not stored: {missing_visits[:5]}"
    for visit_id in log.visits:
        _, payload, digest, row_device = stored_visits[visit_id]
        sent = visits[visit_id]
        assert str(row_device) == device_id
        assert msgspec.json.decode(payload, type=Visit) == sent, f"visit {visit_id} is stored with other content"
        assert digest == hashlib.blake2b(msgspec.json.encode(sent), digest_size=16).digest(), visit_id


def check_exactly_once(data_dir: Path, device_id: str, state_dir: Path, positions: dict[int, Position],
                       visits: dict[str, Visit]) -> dict:
    """Every position seq 1..N and every visit id stored exactly once; the outbox empty, no dead letters."""
    with DeviceState.in_dir(state_dir) as state:
        outbox = Outbox(state)
        assert outbox.counts() == (0, 0)
        assert outbox.dead_letters() == []
    stored_positions, stored_visits, counts = stored(data_dir, device_id)
    n = len(positions)
    assert sorted(positions) == list(range(1, n + 1))
    assert counts["duplicated_seqs"] == []
    assert counts["position_rows"] == n and sorted(stored_positions) == list(range(1, n + 1))
    assert counts["other_devices_positions"] == 0
    assert counts["high_seq"] == n
    assert counts["visit_rows"] == len(visits) and set(stored_visits) == set(visits)
    everything = AckLog(positions=set(positions), visits={v: "accepted" for v in visits})
    check_acknowledged(data_dir, device_id, everything, positions, visits)
    return counts


# --- the tests -------------------------------------------------------------------------------------


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

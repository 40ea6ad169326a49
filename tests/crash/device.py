"""The branch and the device: set up through the CLIs, then a device pushing its outbox in a thread of
the test, and the watcher that finds the moments to kill the server."""

from __future__ import annotations

import asyncio
import contextlib
import csv
import io
import json
import signal
import sqlite3
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

import aiohttp
import msgspec

from mobile_protocol.device import cli as device_cli
from mobile_protocol.device.client import RequestFailed, RetryPolicy
from mobile_protocol.device.outbox import Outbox
from mobile_protocol.device.pairing import connect
from mobile_protocol.device.push import push_outbox
from mobile_protocol.device.state import DeviceState
from mobile_protocol.messages import Limits, Position, Visit
from syncserver import cli as server_cli

from tests.crash import DEVICE_LIMITS, HOME, RETRY, SEED
from tests.crash.servers import ServerProcess


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

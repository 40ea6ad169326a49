"""The writer in a process of its own, so that decoding requests and storing them use two cores.

The server process and the writer process speak length-prefixed pickles over the child's
stdin/stdout. Requests: ("jobs", [Job]), ("forget_device", id), ("forget_branch",), ("stop",).
Answers, in order: ("ready",), then one ("done", outcomes, events) or ("failed", text) per
("jobs", …). The child exits when its stdin closes, so it never outlives the server for long.
"""

from __future__ import annotations

import asyncio
import collections
import logging
import os
import pickle
import struct
import subprocess
import sys
import threading
from pathlib import Path
from typing import Any, BinaryIO

from sqlalchemy import Engine

from .errors import ApiError
from .group_commit import Job

log = logging.getLogger(__name__)

_LENGTH = struct.Struct("!I")
_PROTOCOL = pickle.HIGHEST_PROTOCOL
_STARTUP_TIMEOUT_S = 60.0


def write_frame(stream: BinaryIO, message: Any) -> None:
    """Send one pickled message with its length."""
    write_bytes(stream, pickle.dumps(message, _PROTOCOL))


def write_bytes(stream: BinaryIO, data: bytes) -> None:
    """Send one already pickled message with its length."""
    stream.write(_LENGTH.pack(len(data)) + data)
    stream.flush()


def read_frame(stream: BinaryIO) -> Any | None:
    """Receive one message; None at end of stream."""
    head = stream.read(_LENGTH.size)
    if len(head) < _LENGTH.size:
        return None
    (size,) = _LENGTH.unpack(head)
    data = stream.read(size)
    if len(data) < size:
        return None
    return pickle.loads(data)


def engine_url(engine: Engine) -> str:
    """The engine's URL with its password, for the child to connect the same way."""
    return engine.url.render_as_string(hide_password=False)


class ProcessBackend:
    """Commits in a child process. `commit`, `start` and `close` run on the server loop; a
    sender thread writes frames (pipes may block) and a reader thread resolves the futures."""

    depth = 2  # while the child commits one group, the next one is already on its way

    def __init__(self, engine: Engine) -> None:
        self._url = engine_url(engine)
        self._process: subprocess.Popen | None = None
        self._outbox: collections.deque = collections.deque()
        self._outbox_ready = threading.Condition()
        self._waiting: collections.deque[asyncio.Future] = collections.deque()
        self._ready: asyncio.Future | None = None
        self._loop: asyncio.AbstractEventLoop | None = None
        self._threads: list[threading.Thread] = []

    async def start(self) -> None:
        """Start the child and wait until it has connected to the database."""
        self._loop = asyncio.get_running_loop()
        self._ready = self._loop.create_future()
        env = dict(os.environ)
        root = str(Path(__file__).resolve().parent.parent)
        env["PYTHONPATH"] = os.pathsep.join(p for p in (root, env.get("PYTHONPATH")) if p)
        self._process = subprocess.Popen(
            [sys.executable, "-m", "syncserver.writer_process", self._url],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, env=env,
        )
        # Each child has its own outbox and threads: a dead child's sender must not take new messages.
        self._outbox, self._outbox_ready = collections.deque(), threading.Condition()
        self._threads = [
            threading.Thread(target=self._send_loop, args=(self._process, self._outbox, self._outbox_ready),
                             name="campo-writer-send", daemon=True),
            threading.Thread(target=self._read_loop, args=(self._process,), name="campo-writer-read", daemon=True),
        ]
        for thread in self._threads:
            thread.start()
        await asyncio.wait_for(asyncio.shield(self._ready), _STARTUP_TIMEOUT_S)

    async def commit(self, jobs: list[Job]) -> tuple[list[Any], list[Any]]:
        """Hand a group to the child; resolves once the child has committed it."""
        if self._process is None or self._process.poll() is not None:
            log.warning("the writer process is gone; starting a new one")
            await self._restart()
        future = self._loop.create_future()
        self._waiting.append(future)
        self._post(("jobs", jobs))
        return await future

    def forget_branch(self) -> None:
        self._post(("forget_branch",))

    def forget_device(self, device_id: int) -> None:
        self._post(("forget_device", device_id))

    async def close(self) -> None:
        """Let the child finish what it was sent, then wait for it to exit."""
        if self._process is None:
            return
        self._post(("stop",))
        await self._loop.run_in_executor(None, self._wait_for_exit, self._process)
        self._process = None

    async def _restart(self) -> None:
        if self._process is not None:
            await self._loop.run_in_executor(None, self._wait_for_exit, self._process)
        self._fail_waiting()
        await self.start()

    def _post(self, message: Any) -> None:
        with self._outbox_ready:
            self._outbox.append(message)
            self._outbox_ready.notify()

    def _send_loop(self, process: subprocess.Popen, outbox: collections.deque, ready: threading.Condition) -> None:
        """Sender thread: pickle and write each message in order."""
        while True:
            with ready:
                while not outbox:
                    ready.wait()
                message = outbox.popleft()
            try:
                write_frame(process.stdin, message)
            except (BrokenPipeError, OSError, ValueError):
                return  # the reader thread reports the child's death
            if message[0] == "stop":
                process.stdin.close()
                return

    def _read_loop(self, process: subprocess.Popen) -> None:
        """Reader thread: hand each answer to the loop, in order; fail what is left at the end."""
        while (message := read_frame(process.stdout)) is not None:
            self._loop.call_soon_threadsafe(self._answer, process, message)
        self._loop.call_soon_threadsafe(self._child_gone, process)

    def _answer(self, process: subprocess.Popen, message: tuple) -> None:
        if process is not self._process:
            return  # an answer of a child that was already replaced
        if message[0] == "ready":
            if not self._ready.done():
                self._ready.set_result(None)
            return
        future = self._waiting.popleft()
        if future.done():
            return
        if message[0] == "done":
            future.set_result((message[1], message[2]))
        else:
            future.set_exception(RuntimeError(f"the writer process failed a group: {message[1]}"))

    def _child_gone(self, process: subprocess.Popen) -> None:
        if process is not self._process:
            return  # a replaced child; its groups were failed when it was replaced
        if self._ready is not None and not self._ready.done():
            self._ready.set_exception(RuntimeError("the writer process did not start"))
        self._fail_waiting()

    def _fail_waiting(self) -> None:
        while self._waiting:
            future = self._waiting.popleft()
            if not future.done():
                future.set_exception(ApiError(503, "unavailable", "the server cannot store right now", retry_after=1))

    @staticmethod
    def _wait_for_exit(process: subprocess.Popen) -> None:
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            log.error("the writer process did not stop; killing it")
            process.kill()
            process.wait()


def child_main(url: str) -> int:
    """The writer process: commit each group it is sent until stdin closes or it is told to stop."""
    from .db.engine import make_engine  # noqa: PLC0415 - only the child needs these
    from .group_commit import GroupCommitter  # noqa: PLC0415

    answers = os.fdopen(os.dup(sys.stdout.fileno()), "wb")
    os.dup2(sys.stderr.fileno(), sys.stdout.fileno())  # a stray print must not corrupt the answers
    requests = sys.stdin.buffer
    logging.basicConfig(level=logging.INFO, stream=sys.stderr,
                        format="%(asctime)s %(levelname)s campo-writer %(name)s: %(message)s")
    engine = make_engine(url, pool_size=1)
    committer = GroupCommitter(engine)
    write_frame(answers, ("ready",))
    try:
        while (message := read_frame(requests)) is not None:
            kind = message[0]
            if kind == "jobs":
                try:
                    outcomes, events = committer.commit(message[1])
                except Exception as exc:  # noqa: BLE001 - the group failed as a whole; the server says 503
                    log.exception("group commit failed")
                    write_frame(answers, ("failed", repr(exc)))
                    continue
                write_bytes(answers, _pickled_answer(outcomes, events))
            elif kind == "forget_device":
                committer.forget_device(message[1])
            elif kind == "forget_branch":
                committer.forget_branch()
            elif kind == "stop":
                break
    except BrokenPipeError:
        pass  # the server is gone
    finally:
        committer.close()
        engine.dispose()
    return 0


def _pickled_answer(outcomes: list[Any], events: list[Any]) -> bytes:
    """The group's answer, pickled; an outcome that cannot be pickled becomes a 500 (the group is committed)."""
    try:
        return pickle.dumps(("done", outcomes, events), _PROTOCOL)
    except Exception:  # noqa: BLE001 - a committed group must still be answered
        log.exception("an outcome could not be sent back")
    safe = []
    for outcome in outcomes:
        try:
            pickle.dumps(outcome, _PROTOCOL)
            safe.append(outcome)
        except Exception:  # noqa: BLE001
            safe.append(ApiError(500, "internal_error", "the server failed to answer this request"))
    return pickle.dumps(("done", safe, []), _PROTOCOL)


if __name__ == "__main__":
    sys.exit(child_main(sys.argv[1]))

"""The writer in a process of its own, so that decoding requests and storing them use two cores.

The server process and the writer process speak length-prefixed pickles over the child's
stdin/stdout. Requests: ("jobs", [Job]), ("forget_device", id), ("forget_branch",), ("stop",).
Answers, in order: ("ready",), then one ("done", outcomes, events) or ("failed", text) per
("jobs", …). The child exits when its stdin closes, so it never outlives the server for long.
The server's side (`ProcessBackend`) reads and writes the pipes from its event loop, with no
threads of its own; the child (`child_main`) is a plain blocking loop.
"""

from __future__ import annotations

import asyncio
import collections
import logging
import os
import pickle
import struct
import sys
from pathlib import Path
from typing import Any, BinaryIO, Callable

from sqlalchemy import Engine

try:
    import fcntl
except ImportError:  # Windows
    fcntl = None

from .errors import ApiError
from .group_commit import Job

log = logging.getLogger(__name__)

_LENGTH = struct.Struct("!I")
_PROTOCOL = pickle.HIGHEST_PROTOCOL
_STARTUP_TIMEOUT_S = 60.0
_READ_LIMIT = 1 << 24  # answers are read whole; the reader buffers up to this much
_PIPE_SIZE = 1 << 20


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
    """Commits in a child process. Everything here runs on the server loop: frames are written to
    the child's stdin and answers read from its stdout through the loop's own pipe transports, so
    no thread has to win the GIL back from the loop before an answer is seen."""

    depth = 2  # while the child commits one group, the next one is already on its way

    def __init__(self, engine: Engine) -> None:
        self._url = engine_url(engine)
        self._process: asyncio.subprocess.Process | None = None
        self._waiting: collections.deque[Callable[[Any], None]] = collections.deque()
        self._held: list[tuple[list[Job], Callable[[Any], None]]] = []  # sent while the child was restarting
        self._restarting: asyncio.Task | None = None
        self._ready: asyncio.Future | None = None
        self._reader: asyncio.Task | None = None

    async def start(self) -> None:
        """Start the child and wait until it has connected to the database."""
        loop = asyncio.get_running_loop()
        self._ready = loop.create_future()
        env = dict(os.environ)
        root = str(Path(__file__).resolve().parent.parent)
        env["PYTHONPATH"] = os.pathsep.join(p for p in (root, env.get("PYTHONPATH")) if p)
        process = await asyncio.create_subprocess_exec(
            sys.executable, "-m", "syncserver.writer_process", self._url,
            stdin=asyncio.subprocess.PIPE, stdout=asyncio.subprocess.PIPE, env=env, limit=_READ_LIMIT,
        )
        _widen_pipe(process.stdin)
        self._process = process
        self._reader = asyncio.create_task(self._read_loop(process), name="campo-writer-read")
        await asyncio.wait_for(asyncio.shield(self._ready), _STARTUP_TIMEOUT_S)

    def send(self, jobs: list[Job], done: Callable[[Any], None]) -> None:
        """Hand a group to the child; `done` gets its answer once the child has committed it."""
        if self._restarting is not None or not self._alive():
            self._held.append((jobs, done))
            if self._restarting is None:
                log.warning("the writer process is gone; starting a new one")
                self._restarting = asyncio.create_task(self._restart_and_resend())
            return
        self._waiting.append(done)
        self._post(("jobs", jobs))

    def forget_branch(self) -> None:
        self._post(("forget_branch",))

    def forget_device(self, device_id: int) -> None:
        self._post(("forget_device", device_id))

    async def close(self) -> None:
        """Let the child finish what it was sent, then wait for it to exit."""
        if self._restarting is not None:
            await asyncio.gather(self._restarting, return_exceptions=True)
        process = self._process
        if process is None:
            return
        if self._post(("stop",)):
            process.stdin.close()
        await self._wait_for_exit(process)
        if self._reader is not None:
            await asyncio.gather(self._reader, return_exceptions=True)
        self._process = None

    def _alive(self) -> bool:
        process = self._process
        return process is not None and process.returncode is None and not process.stdin.is_closing()

    async def _restart_and_resend(self) -> None:
        """Replace a dead child, then send it the groups that came meanwhile (or fail them)."""
        try:
            if self._process is not None:
                await self._wait_for_exit(self._process)
                if self._reader is not None:
                    await asyncio.gather(self._reader, return_exceptions=True)
            self._fail_waiting()
            await self.start()
        except Exception as exc:  # noqa: BLE001 - the held groups are told, the next send tries again
            log.exception("the writer process could not be restarted")
            held, self._held = self._held, []
            for _, done in held:
                done(exc)
            return
        finally:
            self._restarting = None
        held, self._held = self._held, []
        for jobs, done in held:
            self.send(jobs, done)

    def _post(self, message: Any) -> bool:
        """Write one frame to the child (buffered by the transport); False when the pipe is gone."""
        process = self._process
        if process is None or process.stdin.is_closing():
            return False
        data = pickle.dumps(message, _PROTOCOL)
        process.stdin.write(_LENGTH.pack(len(data)) + data)
        return True

    async def _read_loop(self, process: asyncio.subprocess.Process) -> None:
        """Hand each answer to its group, in order; fail what is left when the child's stdout ends."""
        stdout = process.stdout
        try:
            while True:
                (size,) = _LENGTH.unpack(await stdout.readexactly(_LENGTH.size))
                self._answer(process, pickle.loads(await stdout.readexactly(size)))
        except (asyncio.IncompleteReadError, ConnectionError):
            pass
        finally:
            self._child_gone(process)

    def _answer(self, process: asyncio.subprocess.Process, message: tuple) -> None:
        if process is not self._process:
            return  # an answer of a child that was already replaced
        if message[0] == "ready":
            if not self._ready.done():
                self._ready.set_result(None)
            return
        done = self._waiting.popleft()
        if message[0] == "done":
            done((message[1], message[2]))
        else:
            done(RuntimeError(f"the writer process failed a group: {message[1]}"))

    def _child_gone(self, process: asyncio.subprocess.Process) -> None:
        if process is not self._process:
            return  # a replaced child; its groups were failed when it was replaced
        if self._ready is not None and not self._ready.done():
            self._ready.set_exception(RuntimeError("the writer process did not start"))
        if not process.stdin.is_closing():
            process.stdin.close()
        self._fail_waiting()

    def _fail_waiting(self) -> None:
        while self._waiting:
            self._waiting.popleft()(ApiError(503, "unavailable", "the server cannot store right now", retry_after=1))

    @staticmethod
    async def _wait_for_exit(process: asyncio.subprocess.Process) -> None:
        try:
            await asyncio.wait_for(process.wait(), 30)
        except asyncio.TimeoutError:
            log.error("the writer process did not stop; killing it")
            process.kill()
            await process.wait()


def _widen_pipe(stdin: asyncio.StreamWriter) -> None:
    """A 1 MiB pipe to the child (Linux), so a large group goes in a few writes, not sixteen."""
    pipe = stdin.get_extra_info("pipe")
    if fcntl is None or not hasattr(fcntl, "F_SETPIPE_SZ") or pipe is None:
        return
    try:
        fcntl.fcntl(pipe.fileno(), fcntl.F_SETPIPE_SZ, _PIPE_SIZE)
    except OSError:
        pass  # over /proc/sys/fs/pipe-max-size: the default is fine, only slower


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

"""The server under test: `campo-server serve` on a fixed port, started by exec or forked from a warm
parent, killed and restarted."""

from __future__ import annotations

import contextlib
import ctypes
import json
import os
import queue
import shutil
import signal
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path

from tests.crash import SEED, START_TIMEOUT_S


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

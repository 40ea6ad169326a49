"""Database fixtures: a throwaway PostgreSQL server per session, and SQLite files per test.

`pg_server` starts its own PostgreSQL (initdb in a temporary directory, trust auth, listening
only on 127.0.0.1 at a free port) the first time a test asks for it, and stops it at the end of
the session. As root, the server runs as the unprivileged `postgres` user (else `nobody`),
because initdb and postgres refuse to run as root.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import fcntl
import os
import pwd
import shutil
import signal
import socket
import subprocess
import tempfile
import time
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import psycopg
import pytest
from sqlalchemy import Engine

from syncserver.db.bootstrap import open_database

STARTUP_TIMEOUT_S = 30.0
START_ATTEMPTS = 3  # another process may take the free port between probing and binding
SUPERUSER = "postgres"
DIR_PREFIX = "campo-pg-"
LOCK_FILE = "session.lock"
PR_SET_PDEATHSIG = 1
_libc = ctypes.CDLL(ctypes.util.find_library("c"), use_errno=True)


def _die_with_parent() -> None:
    # Runs in the child between fork and exec, after the switch to the unprivileged user
    # (a credential change would reset it): if pytest is killed, postgres goes too.
    _libc.prctl(PR_SET_PDEATHSIG, signal.SIGKILL)


@dataclass(frozen=True)
class PgServer:
    """A running PostgreSQL server that trusts local connections."""

    host: str
    port: int
    user: str
    bindir: Path = field(repr=False)
    datadir: Path = field(repr=False)

    def url(self, database: str = "postgres") -> str:
        """The SQLAlchemy URL of `database` on this server."""
        return f"postgresql+psycopg://{self.user}@{self.host}:{self.port}/{database}"

    def connect(self, database: str = "postgres") -> psycopg.Connection:
        """An autocommit psycopg connection, for CREATE/DROP DATABASE."""
        return psycopg.connect(
            host=self.host, port=self.port, user=self.user, dbname=database,
            autocommit=True, connect_timeout=5,
        )


def find_pg_bindir() -> Path | None:
    """The directory of initdb/postgres: $CAMPO_PG_BINDIR, Debian's newest, else $PATH."""
    candidates: list[Path] = []
    if env := os.environ.get("CAMPO_PG_BINDIR"):
        candidates.append(Path(env))
    debian = Path("/usr/lib/postgresql")
    if debian.is_dir():
        versions = [p for p in debian.iterdir() if p.name.replace(".", "").isdigit()]
        versions.sort(key=lambda p: [int(part) for part in p.name.split(".")], reverse=True)
        candidates += [p / "bin" for p in versions]
    if initdb := shutil.which("initdb"):
        candidates.append(Path(initdb).resolve().parent)
    for bindir in candidates:
        if all(os.access(bindir / tool, os.X_OK) for tool in ("initdb", "postgres", "pg_ctl")):
            return bindir
    return None


@dataclass(frozen=True)
class _RunAs:
    """The account the server runs as: the current one, or an unprivileged one when root."""

    uid: int
    gid: int

    @classmethod
    def choose(cls) -> _RunAs:
        if os.geteuid() != 0:
            return cls(os.geteuid(), os.getegid())
        for name in ("postgres", "nobody"):
            try:
                entry = pwd.getpwnam(name)
            except KeyError:
                continue
            return cls(entry.pw_uid, entry.pw_gid)
        raise RuntimeError("running as root, and neither a 'postgres' nor a 'nobody' user exists")

    def run(self, args: list[str], env: dict[str, str], **kwargs) -> subprocess.CompletedProcess:
        return subprocess.run(args, env=env, **self._credentials(), **kwargs)

    def popen(self, args: list[str], env: dict[str, str], **kwargs) -> subprocess.Popen:
        return subprocess.Popen(args, env=env, preexec_fn=_die_with_parent, **self._credentials(), **kwargs)

    def _credentials(self) -> dict:
        if os.geteuid() != 0:
            return {}
        return {"user": self.uid, "group": self.gid, "extra_groups": []}


def _sweep_abandoned_dirs() -> None:
    """Remove directories of sessions that were killed before they could clean up."""
    for root in Path(tempfile.gettempdir()).glob(DIR_PREFIX + "*"):
        try:
            if time.time() - root.stat().st_mtime < 60:  # may be a session still taking its lock
                continue
            with open(root / LOCK_FILE, "rb") as lock:
                fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)  # held for life by a live session
        except OSError:
            continue
        shutil.rmtree(root, ignore_errors=True)


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class _PgProcess:
    """One initdb'd data directory and the postgres process serving it."""

    def __init__(self, bindir: Path) -> None:
        self.bindir = bindir
        self.run_as = _RunAs.choose()
        _sweep_abandoned_dirs()
        self.root = Path(tempfile.mkdtemp(prefix=DIR_PREFIX))
        self._lock = open(self.root / LOCK_FILE, "wb")
        fcntl.flock(self._lock, fcntl.LOCK_EX)
        os.chown(self.root, self.run_as.uid, self.run_as.gid)
        self.datadir = self.root / "data"
        self.log = self.root / "postgres.log"
        self.env = {
            "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
            "HOME": str(self.root),
            "LC_ALL": "C",
            "TZ": "UTC",
        }
        self.process: subprocess.Popen | None = None

    def initdb(self) -> None:
        result = self.run_as.run(
            [
                str(self.bindir / "initdb"), "-D", str(self.datadir), "-U", SUPERUSER,
                "--auth=trust", "--encoding=UTF8", "--locale=C", "--no-sync", "--no-instructions",
            ],
            self.env, capture_output=True, text=True, cwd=self.root,
        )
        if result.returncode != 0:
            raise RuntimeError(f"initdb failed ({result.returncode}):\n{result.stdout}\n{result.stderr}")

    def start(self) -> int:
        """Start postgres on a free port; returns the port once it accepts connections."""
        for attempt in range(1, START_ATTEMPTS + 1):
            port = _free_port()
            with open(self.log, "ab") as log:
                self.process = self.run_as.popen(
                    [
                        str(self.bindir / "postgres"), "-D", str(self.datadir),
                        "-h", "127.0.0.1", "-p", str(port), "-k", str(self.root),
                        # Durability is not what these tests are about; speed is.
                        "-c", "fsync=off", "-c", "synchronous_commit=off", "-c", "full_page_writes=off",
                        "-c", "max_connections=200", "-c", "shared_buffers=32MB",
                    ],
                    self.env, stdout=log, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL,
                    cwd=self.root,
                    # Its own session, so a Ctrl-C meant for pytest does not shut it down under
                    # the tests still running; pytest's teardown stops it.
                    start_new_session=True,
                )
            if self._wait_ready(port):
                return port
            self._kill()
            if attempt == START_ATTEMPTS:
                raise RuntimeError(f"postgres did not start; its log:\n{self.log.read_text()}")
        raise AssertionError("unreachable")

    def _wait_ready(self, port: int) -> bool:
        deadline = time.monotonic() + STARTUP_TIMEOUT_S
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                return False
            try:
                psycopg.connect(
                    host="127.0.0.1", port=port, user=SUPERUSER, dbname="postgres", connect_timeout=2
                ).close()
                return True
            except psycopg.OperationalError:
                time.sleep(0.05)
        return False

    def stop(self) -> None:
        """Stop the server at once (no checkpoint: the data is thrown away) and remove its files."""
        try:
            if self.process is not None and self.process.poll() is None:
                self.run_as.run(
                    [str(self.bindir / "pg_ctl"), "stop", "-D", str(self.datadir), "-m", "immediate", "-w"],
                    self.env, capture_output=True, timeout=30,
                )
                try:
                    self.process.wait(timeout=10)
                except subprocess.TimeoutExpired:
                    self._kill()
        finally:
            shutil.rmtree(self.root, ignore_errors=True)
            self._lock.close()

    def _kill(self) -> None:
        if self.process is not None and self.process.poll() is None:
            os.killpg(self.process.pid, signal.SIGKILL)
            self.process.wait(timeout=10)


@pytest.fixture(scope="session")
def pg_server() -> Iterator[PgServer]:
    """A PostgreSQL server for the whole session, started on first use; skipped if not installed."""
    bindir = find_pg_bindir()
    if bindir is None:
        reason = (
            "PostgreSQL server binaries not found (looked in $CAMPO_PG_BINDIR, "
            "/usr/lib/postgresql/*/bin and $PATH); install the Debian package 'postgresql'"
        )
        if os.environ.get("CAMPO_REQUIRE_POSTGRES") == "1":
            pytest.fail(reason + " (CAMPO_REQUIRE_POSTGRES=1 forbids skipping)", pytrace=False)
        pytest.skip(reason)
    server = _PgProcess(bindir)
    try:
        server.initdb()
        port = server.start()
        yield PgServer(host="127.0.0.1", port=port, user=SUPERUSER, bindir=bindir, datadir=server.datadir)
    finally:
        server.stop()


@pytest.fixture
def pg_url(pg_server: PgServer) -> Iterator[str]:
    """The URL of a fresh, empty database on `pg_server`, dropped after the test."""
    name = f"campo_test_{uuid.uuid4().hex[:12]}"
    with pg_server.connect() as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    try:
        yield pg_server.url(name)
    finally:
        with pg_server.connect() as conn:
            # A test that forgot to dispose its engine must not make the drop fail.
            conn.execute(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = %s", (name,)
            )
            conn.execute(f'DROP DATABASE IF EXISTS "{name}"')


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """A database URL for each backend: a SQLite file in tmp_path, or a fresh PostgreSQL database."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'campo.sqlite3'}"
    return request.getfixturevalue("pg_url")


@pytest.fixture
def engine(db_url: str) -> Iterator[Engine]:
    """An engine on a database opened (migrated, branch row present) with open_database."""
    engine = open_database(db_url=db_url)
    try:
        yield engine
    finally:
        engine.dispose()

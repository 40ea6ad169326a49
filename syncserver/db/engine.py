"""Engines for SQLite (WAL, foreign keys, busy timeout, durable commits) and PostgreSQL."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url

DB_FILE = "campo.sqlite3"


def default_data_dir() -> Path:
    """The data directory: $CAMPO_DATA_DIR, else the platform's user data directory."""
    env = os.environ.get("CAMPO_DATA_DIR")
    return Path(env) if env else Path(platformdirs.user_data_dir("campo", "Campo"))


def database_url(data_dir: Path | None = None, db_url: str | None = None) -> str:
    """The database URL: explicit, $CAMPO_DB_URL, else SQLite in the data directory."""
    url = db_url or os.environ.get("CAMPO_DB_URL")
    if url:
        if url.startswith("postgresql://"):
            url = "postgresql+psycopg://" + url.removeprefix("postgresql://")
        return url
    data_dir = Path(data_dir) if data_dir else default_data_dir()
    data_dir.mkdir(parents=True, exist_ok=True)
    return f"sqlite:///{data_dir / DB_FILE}"


def _sqlite_connect(dbapi_connection, _record) -> None:
    # pysqlite's own transaction handling defers BEGIN to the first DML statement, which makes
    # SAVEPOINT/RELEASE commit on their own; we turn it off and emit BEGIN ourselves.
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=10000")
    cursor.execute("PRAGMA synchronous=FULL")
    cursor.close()


def _sqlite_begin(conn) -> None:
    # Writers ask for IMMEDIATE (take the write lock up front, so they wait instead of failing
    # on a stale snapshot); readers get DEFERRED and a consistent snapshot.
    mode = conn.get_execution_options().get("sqlite_begin", "DEFERRED")
    conn.exec_driver_sql(f"BEGIN {mode}")


def make_engine(url: str, *, pool_size: int = 8) -> Engine:
    """Create an engine for `url`, configured for Campo's concurrency (one writer, many readers)."""
    if make_url(url).get_backend_name() == "sqlite":
        engine = create_engine(
            url,
            pool_size=pool_size,
            max_overflow=pool_size,
            connect_args={"check_same_thread": False, "timeout": 10},
        )
        # Executemany INSERTs become multi-row VALUES: one SQLite step (and one GIL hand-back)
        # per page of rows instead of per row, which matters while the event loop is busy.
        engine.dialect.use_insertmanyvalues_wo_returning = True
        event.listen(engine, "connect", _sqlite_connect)
        event.listen(engine, "begin", _sqlite_begin)
        return engine
    return create_engine(url, pool_size=pool_size, max_overflow=pool_size, pool_pre_ping=True)

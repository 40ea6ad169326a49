"""SQLite WAL checkpoints on a thread of their own, so the writer never waits for one."""

from __future__ import annotations

import logging
import threading
import time

from sqlalchemy import Connection, Engine

log = logging.getLogger(__name__)


class Checkpointer:
    """Copies the WAL into the database file in the background. `attach` and `committed` run on
    the writer's thread; the checkpoints run on the checkpointer's own thread and connection.

    SQLite's automatic checkpoint runs inside the commit that crosses 1,000 WAL pages and makes
    that commit wait for the copy and its fsync (15–20 ms every few groups under load). A PASSIVE
    checkpoint from another connection never blocks the writer; the WAL is reused from its start
    once a checkpoint has caught up.
    """

    def __init__(self, engine: Engine, *, min_interval_s: float = 0.05) -> None:
        self._engine = engine
        self._interval = min_interval_s
        self._wake = threading.Event()
        self._stopping = False
        self._thread = threading.Thread(target=self._run, name="campo-checkpoint", daemon=True)
        self._thread.start()

    @staticmethod
    def applies_to(engine: Engine) -> bool:
        """Only SQLite has a WAL to checkpoint."""
        return engine.dialect.name == "sqlite"

    def attach(self, conn: Connection) -> None:
        """Turn the writer connection's own automatic checkpoints off."""
        conn.exec_driver_sql("PRAGMA wal_autocheckpoint=0")
        conn.commit()

    def committed(self) -> None:
        """The writer committed: there is something to copy."""
        self._wake.set()

    def close(self) -> None:
        """Stop after one last checkpoint."""
        self._stopping = True
        self._wake.set()
        self._thread.join(timeout=30)

    def _run(self) -> None:
        raw = self._engine.raw_connection()
        try:
            while True:
                self._wake.wait()
                self._wake.clear()
                try:
                    raw.driver_connection.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchall()
                except Exception:  # noqa: BLE001 - a failed checkpoint is retried after the next commit
                    log.warning("WAL checkpoint failed", exc_info=True)
                if self._stopping:
                    return
                # At most one checkpoint per interval: each copies every frame committed since the last.
                time.sleep(self._interval)
        finally:
            raw.close()

"""The device's persistent state in one SQLite file: pairing, clock, seq counter, synced data."""

from __future__ import annotations

import sqlite3
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import msgspec

from mobile_protocol.messages import (
    Account,
    AgentRef,
    Limits,
    QuestionnaireVersion,
    SyncResponse,
    SyncSettings,
)

STATE_FILE = "device.sqlite3"

_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS accounts (id TEXT PRIMARY KEY, body BLOB NOT NULL);
CREATE TABLE IF NOT EXISTS questionnaire_versions (
    id TEXT PRIMARY KEY, questionnaire_id TEXT NOT NULL, version INTEGER NOT NULL, body BLOB NOT NULL
);
CREATE TABLE IF NOT EXISTS outbox_positions (seq INTEGER PRIMARY KEY, body BLOB NOT NULL);
CREATE TABLE IF NOT EXISTS outbox_visits (
    position INTEGER PRIMARY KEY AUTOINCREMENT, id TEXT NOT NULL UNIQUE, body BLOB NOT NULL
);
CREATE TABLE IF NOT EXISTS outbox_media (
    position INTEGER PRIMARY KEY AUTOINCREMENT, id TEXT NOT NULL UNIQUE, body BLOB NOT NULL
);
CREATE TABLE IF NOT EXISTS dead_letters (
    id INTEGER PRIMARY KEY AUTOINCREMENT, kind TEXT NOT NULL, item_key TEXT NOT NULL,
    code TEXT NOT NULL, message TEXT NOT NULL, errors TEXT NOT NULL, body BLOB NOT NULL,
    dead_at TEXT NOT NULL
);
"""


class Pairing(msgspec.Struct):
    """What pairing gave this device: where the server is and who we are to it."""

    server_urls: list[str]
    server_id: str
    device_id: str
    token: str
    agent: AgentRef
    fingerprint: str | None = None


@dataclass(frozen=True, slots=True)
class SyncSummary:
    """Counts of one applied sync response."""

    full: bool
    accounts: int
    removed_accounts: int
    questionnaires: int
    removed_questionnaires: int
    total_accounts: int


class DeviceState:
    """One device's SQLite state; used from one thread (the CLI's or the simulation's loop)."""

    def __init__(self, path: Path | str | None, *, durable: bool = True) -> None:
        """Open (creating if needed) the state at `path`; None keeps it in memory.

        `durable=False` (simulated fleets) survives a crash of the process but not of the machine.
        """
        if path is None:
            target = ":memory:"
        else:
            target = str(path)
            Path(path).parent.mkdir(parents=True, exist_ok=True)
        self.path = None if path is None else Path(path)
        self.db = sqlite3.connect(target, isolation_level=None, timeout=10.0)
        if path is not None:
            self.db.execute("PRAGMA journal_mode=WAL")
        # FULL: an acknowledged outbox change must survive a power cut, not only a crash.
        self.db.execute(f"PRAGMA synchronous={'FULL' if durable else 'NORMAL'}")
        self.db.executescript(_SCHEMA)
        with self.transaction():
            if self._get("install_id") is None:
                self._set("install_id", str(uuid.uuid4()))
            if self._get("next_seq") is None:
                self._set("next_seq", "1")

    @classmethod
    def in_dir(cls, state_dir: Path | str) -> DeviceState:
        """Open the state file kept in a state directory."""
        return cls(Path(state_dir) / STATE_FILE)

    def close(self) -> None:
        """Close the database."""
        self.db.close()

    def __enter__(self) -> DeviceState:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """One write transaction: all of it commits, or none of it."""
        self.db.execute("BEGIN IMMEDIATE")
        try:
            yield self.db
        except BaseException:
            self.db.execute("ROLLBACK")
            raise
        self.db.execute("COMMIT")

    # --- key/value ---------------------------------------------------------------------------

    def _get(self, key: str) -> str | None:
        row = self.db.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return None if row is None else row[0]

    def _set(self, key: str, value: str | None) -> None:
        if value is None:
            self.db.execute("DELETE FROM meta WHERE key = ?", (key,))
        else:
            self.db.execute("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", (key, value))

    @property
    def install_id(self) -> str:
        """This installation's id, made once when the state was created."""
        return self._get("install_id") or ""

    # --- pairing -----------------------------------------------------------------------------

    @property
    def pairing(self) -> Pairing | None:
        """The current pairing, or None before `pair`."""
        raw = self._get("pairing")
        return None if raw is None else msgspec.json.decode(raw, type=Pairing)

    def set_pairing(self, pairing: Pairing) -> None:
        """Store a new pairing; the old cursor and synced data belonged to the old one."""
        with self.transaction():
            self._set("pairing", msgspec.json.encode(pairing).decode())
            self._set("cursor", None)
            self.db.execute("DELETE FROM accounts")
            self.db.execute("DELETE FROM questionnaire_versions")

    def prefer_url(self, url: str) -> None:
        """Move the URL that answered to the front of the pairing's list."""
        pairing = self.pairing
        if pairing is None or not pairing.server_urls or pairing.server_urls[0] == url:
            return
        urls = [url] + [u for u in pairing.server_urls if u != url]
        with self.transaction():
            self._set("pairing", msgspec.json.encode(msgspec.structs.replace(pairing, server_urls=urls)).decode())

    # --- clock, limits, settings ------------------------------------------------------------

    @property
    def clock_offset_s(self) -> float:
        """Server time minus device time, as last measured from /health (0 before)."""
        return float(self._get("clock_offset_s") or 0.0)

    @property
    def limits(self) -> Limits | None:
        """The server's request limits as last seen in /health."""
        raw = self._get("limits")
        return None if raw is None else msgspec.json.decode(raw, type=Limits)

    def record_health(self, clock_offset_s: float, limits: Limits) -> None:
        """Remember the clock offset and limits measured from /health."""
        with self.transaction():
            self._set("clock_offset_s", repr(clock_offset_s))
            self._set("limits", msgspec.json.encode(limits).decode())

    @property
    def settings(self) -> SyncSettings | None:
        """Branch settings from the last sync."""
        raw = self._get("settings")
        return None if raw is None else msgspec.json.decode(raw, type=SyncSettings)

    # --- position counter ----------------------------------------------------------------

    def allocate_seqs(self, count: int) -> range:
        """Reserve `count` position seqs; committed before they are returned, so never reused."""
        if count < 0:
            raise ValueError("count must be >= 0")
        with self.transaction():
            first = int(self._get("next_seq") or "1")
            self._set("next_seq", str(first + count))
        return range(first, first + count)

    @property
    def next_seq(self) -> int:
        """The seq the next position will get."""
        return int(self._get("next_seq") or "1")

    # --- sync ----------------------------------------------------------------------------

    @property
    def cursor(self) -> str | None:
        """The sync cursor, or None when the next sync must be full."""
        return self._get("cursor")

    def apply_sync(self, response: SyncResponse) -> SyncSummary:
        """Apply a full or delta sync response and its cursor in one transaction."""
        encode = msgspec.json.encode
        with self.transaction() as db:
            if response.full:
                db.execute("DELETE FROM accounts")
                db.execute("DELETE FROM questionnaire_versions")
            # Upserts first, removals second: an id listed in both ends up removed.
            db.executemany(
                "INSERT OR REPLACE INTO accounts (id, body) VALUES (?, ?)",
                [(account.id, encode(account)) for account in response.accounts],
            )
            db.executemany(
                "INSERT OR REPLACE INTO questionnaire_versions (id, questionnaire_id, version, body)"
                " VALUES (?, ?, ?, ?)",
                [(q.id, q.questionnaire_id, q.version, encode(q)) for q in response.questionnaires],
            )
            if not response.full:
                db.executemany("DELETE FROM accounts WHERE id = ?", [(i,) for i in response.removed_accounts])
                db.executemany(
                    "DELETE FROM questionnaire_versions WHERE id = ?",
                    [(i,) for i in response.removed_questionnaires],
                )
            self._set("cursor", response.cursor)
            self._set("settings", encode(response.settings).decode())
            total = db.execute("SELECT count(*) FROM accounts").fetchone()[0]
        return SyncSummary(
            full=response.full,
            accounts=len(response.accounts),
            removed_accounts=0 if response.full else len(response.removed_accounts),
            questionnaires=len(response.questionnaires),
            removed_questionnaires=0 if response.full else len(response.removed_questionnaires),
            total_accounts=total,
        )

    def accounts(self) -> list[Account]:
        """Local accounts: those with a visit_order first, in that order, then by external_ref."""
        rows = self.db.execute("SELECT body FROM accounts").fetchall()
        accounts = [msgspec.json.decode(body, type=Account) for (body,) in rows]
        accounts.sort(key=lambda a: (a.visit_order is None, a.visit_order or 0, a.external_ref, a.id))
        return accounts

    def account(self, account_id: str) -> Account | None:
        """One local account by id."""
        row = self.db.execute("SELECT body FROM accounts WHERE id = ?", (account_id,)).fetchone()
        return None if row is None else msgspec.json.decode(row[0], type=Account)

    def questionnaire_versions(self) -> list[QuestionnaireVersion]:
        """Every local questionnaire version, by questionnaire then version."""
        rows = self.db.execute(
            "SELECT body FROM questionnaire_versions ORDER BY questionnaire_id, version"
        ).fetchall()
        return [msgspec.json.decode(body, type=QuestionnaireVersion) for (body,) in rows]

    def latest_questionnaire(self, questionnaire_id: str) -> QuestionnaireVersion | None:
        """The newest local version of a questionnaire, the one a new visit fills in."""
        row = self.db.execute(
            "SELECT body FROM questionnaire_versions WHERE questionnaire_id = ? ORDER BY version DESC LIMIT 1",
            (questionnaire_id,),
        ).fetchone()
        return None if row is None else msgspec.json.decode(row[0], type=QuestionnaireVersion)

    def summary(self) -> dict[str, object]:
        """Counts for `status`."""
        count = lambda table: self.db.execute(f"SELECT count(*) FROM {table}").fetchone()[0]  # noqa: E731
        return {
            "accounts": count("accounts"),
            "questionnaire_versions": count("questionnaire_versions"),
            "outbox_positions": count("outbox_positions"),
            "outbox_visits": count("outbox_visits"),
            "outbox_media": count("outbox_media"),
            "dead_letters": count("dead_letters"),
            "next_seq": self.next_seq,
            "clock_offset_s": self.clock_offset_s,
        }

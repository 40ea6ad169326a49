"""The outbox: media, positions and visits waiting for the server's acknowledgement, and dead letters.

Media (photos and signatures) go first: a visit naming media is sent after its files. A visit the
server rejects only because media it names has not arrived (`media_missing`) stays queued while
those files are still queued here, and is sent again after them; otherwise it is buried.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime, timezone

import msgspec

from mobile_protocol.messages import FieldError, Position, PositionsResult, Visit, VisitsResponse

from .state import DeviceState


class DeadLetter(msgspec.Struct):
    """An item the server refused for good, with its reason; never resent."""

    id: int
    kind: str
    item_key: str
    code: str
    message: str
    errors: list[FieldError]
    body: msgspec.Raw
    dead_at: str


@dataclass(slots=True)
class PositionsAck:
    """What one positions response did to the outbox."""

    accepted: int = 0
    duplicates: int = 0
    rejected: int = 0
    dropped: int = 0


@dataclass(slots=True)
class VisitsAck:
    """What one visits response did to the outbox."""

    accepted: int = 0
    duplicates: int = 0
    conflicts: int = 0
    rejected: int = 0
    unanswered: int = 0
    waiting_media: int = 0


def _media_ids(value: object) -> Iterable[str]:
    """Every `{"media_id": ...}` in answers, repeats included."""
    if isinstance(value, dict):
        if isinstance(value.get("media_id"), str):
            yield value["media_id"]
        else:
            for inner in value.values():
                yield from _media_ids(inner)
    elif isinstance(value, list):
        for inner in value:
            yield from _media_ids(inner)


def _now() -> str:
    return datetime.now(timezone.utc).isoformat()


class Outbox:
    """Queue and acknowledgement bookkeeping; runs on the same thread as its DeviceState."""

    def __init__(self, state: DeviceState) -> None:
        self.state = state
        self.db = state.db

    # --- queueing ----------------------------------------------------------------------------

    def add_positions(self, drafts: Sequence[Position]) -> list[int]:
        """Queue positions under fresh seqs (the drafts' own seq is ignored); returns the seqs."""
        seqs = self.state.allocate_seqs(len(drafts))
        positions = [msgspec.structs.replace(draft, seq=seq) for draft, seq in zip(drafts, seqs)]
        self.add_numbered_positions(positions)
        return list(seqs)

    def add_numbered_positions(self, positions: Iterable[Position]) -> None:
        """Queue positions whose seqs came from `DeviceState.allocate_seqs`."""
        encode = msgspec.json.encode
        with self.state.transaction() as db:
            db.executemany(
                "INSERT INTO outbox_positions (seq, body) VALUES (?, ?)",
                [(p.seq, encode(p)) for p in positions],
            )

    def add_media(self, data: bytes) -> str:
        """Queue a photo or signature (once per content); returns its media id (SHA-256 hex)."""
        identifier = hashlib.sha256(data).hexdigest()
        with self.state.transaction() as db:
            db.execute("INSERT OR IGNORE INTO outbox_media (id, body) VALUES (?, ?)", (identifier, data))
        return identifier

    def add_visits(self, visits: Iterable[Visit]) -> None:
        """Queue visits; a visit id already queued is an error, never a silent overwrite."""
        encode = msgspec.json.encode
        with self.state.transaction() as db:
            db.executemany(
                "INSERT INTO outbox_visits (id, body) VALUES (?, ?)",
                [(v.id, encode(v)) for v in visits],
            )

    # --- reading -----------------------------------------------------------------------------

    def positions(self, limit: int | None = None) -> list[Position]:
        """The oldest queued positions, by seq."""
        rows = self.db.execute(
            "SELECT body FROM outbox_positions ORDER BY seq LIMIT ?", (-1 if limit is None else limit,)
        ).fetchall()
        return [msgspec.json.decode(body, type=Position) for (body,) in rows]

    def visits(self, limit: int | None = None) -> list[Visit]:
        """The oldest queued visits, in the order they were queued."""
        rows = self.db.execute(
            "SELECT body FROM outbox_visits ORDER BY position LIMIT ?", (-1 if limit is None else limit,)
        ).fetchall()
        return [msgspec.json.decode(body, type=Visit) for (body,) in rows]

    def media(self, limit: int | None = None) -> list[tuple[str, bytes]]:
        """The oldest queued media as (id, bytes)."""
        rows = self.db.execute(
            "SELECT id, body FROM outbox_media ORDER BY position LIMIT ?", (-1 if limit is None else limit,)
        ).fetchall()
        return [(identifier, bytes(body)) for identifier, body in rows]

    def media_count(self) -> int:
        """Queued media files."""
        return self.db.execute("SELECT count(*) FROM outbox_media").fetchone()[0]

    def ack_media(self, identifier: str) -> None:
        """The server holds this file: drop it."""
        with self.state.transaction() as db:
            db.execute("DELETE FROM outbox_media WHERE id = ?", (identifier,))

    def bury_media(self, identifier: str, code: str, message: str) -> None:
        """The server refused this file for good (not an image, too large): a dead letter naming it."""
        with self.state.transaction() as db:
            row = db.execute("SELECT length(body) FROM outbox_media WHERE id = ?", (identifier,)).fetchone()
            if row is None:
                return
            db.execute(
                "INSERT INTO dead_letters (kind, item_key, code, message, errors, body, dead_at)"
                " VALUES ('media', ?, ?, ?, '[]', ?, ?)",
                (identifier, code, message, msgspec.json.encode({"id": identifier, "size": row[0]}), _now()),
            )
            db.execute("DELETE FROM outbox_media WHERE id = ?", (identifier,))

    def counts(self) -> tuple[int, int]:
        """Queued positions and visits."""
        p = self.db.execute("SELECT count(*) FROM outbox_positions").fetchone()[0]
        v = self.db.execute("SELECT count(*) FROM outbox_visits").fetchone()[0]
        return p, v

    def dead_letters(self, limit: int | None = None) -> list[DeadLetter]:
        """Refused items, newest last."""
        rows = self.db.execute(
            "SELECT id, kind, item_key, code, message, errors, body, dead_at FROM dead_letters"
            " ORDER BY id LIMIT ?",
            (-1 if limit is None else limit,),
        ).fetchall()
        return [
            DeadLetter(
                id=r[0], kind=r[1], item_key=r[2], code=r[3], message=r[4],
                errors=msgspec.json.decode(r[5], type=list[FieldError]),
                body=msgspec.Raw(r[6]), dead_at=r[7],
            )
            for r in rows
        ]

    # --- acknowledgements --------------------------------------------------------------------

    def _bury(self, kind: str, table: str, key_column: str, key: object, code: str, message: str,
              errors: list[FieldError]) -> bool:
        row = self.db.execute(f"SELECT body FROM {table} WHERE {key_column} = ?", (key,)).fetchone()
        if row is None:
            return False
        self.db.execute(
            "INSERT INTO dead_letters (kind, item_key, code, message, errors, body, dead_at)"
            " VALUES (?, ?, ?, ?, ?, ?, ?)",
            (kind, str(key), code, message, msgspec.json.encode(errors), row[0], _now()),
        )
        self.db.execute(f"DELETE FROM {table} WHERE {key_column} = ?", (key,))
        return True

    def ack_positions(self, sent: Sequence[Position], result: PositionsResult) -> PositionsAck:
        """Apply a positions response: drop what the server holds, bury what it refused."""
        ack = PositionsAck(accepted=result.accepted, duplicates=result.duplicates)
        sent_seqs = {p.seq for p in sent}
        refused = [r for r in result.rejected if r.seq in sent_seqs]
        with self.state.transaction() as db:
            for r in refused:
                if self._bury("position", "outbox_positions", "seq", r.seq, r.code, r.message, []):
                    ack.rejected += 1
            before = db.total_changes
            # Without a per-item answer, only a complete count says every other item is held.
            if result.accepted + result.duplicates == len(sent_seqs) - len({r.seq for r in refused}):
                refused_seqs = {r.seq for r in refused}
                db.executemany(
                    "DELETE FROM outbox_positions WHERE seq = ?",
                    [(s,) for s in sent_seqs - refused_seqs],
                )
            db.execute("DELETE FROM outbox_positions WHERE seq <= ?", (result.high_seq,))
            ack.dropped = db.total_changes - before
        return ack

    def _waits_for_media(self, visit: Visit, errors: Sequence[FieldError]) -> bool:
        """A rejection only for media not uploaded yet, some of it still queued here to go."""
        if not errors or any(getattr(e, "code", None) != "media_missing" for e in errors):
            return False
        named = list(_media_ids(visit.answers))
        marks = ",".join("?" * len(named))
        return bool(named) and self.db.execute(
            f"SELECT 1 FROM outbox_media WHERE id IN ({marks}) LIMIT 1", named).fetchone() is not None

    def ack_visits(self, sent: Sequence[Visit], response: VisitsResponse) -> VisitsAck:
        """Apply a visits response: drop accepted/duplicate, bury conflict/rejected with errors."""
        ack = VisitsAck()
        by_id = {r.id: r for r in response.results}
        with self.state.transaction() as db:
            for visit in sent:
                result = by_id.get(visit.id)
                if result is None:
                    ack.unanswered += 1
                elif result.status in ("accepted", "duplicate"):
                    db.execute("DELETE FROM outbox_visits WHERE id = ?", (visit.id,))
                    if result.status == "accepted":
                        ack.accepted += 1
                    else:
                        ack.duplicates += 1
                elif self._waits_for_media(visit, result.errors):
                    ack.waiting_media += 1  # stays queued; sent again once its media has gone
                else:
                    message = "; ".join(f"{e.path}: {e.message}" for e in result.errors) or (
                        "the server holds another visit with this id" if result.status == "conflict"
                        else "refused by the server"
                    )
                    self._bury("visit", "outbox_visits", "id", visit.id, result.status, message, result.errors)
                    if result.status == "conflict":
                        ack.conflicts += 1
                    else:
                        ack.rejected += 1
        return ack

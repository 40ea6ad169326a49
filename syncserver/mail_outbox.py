"""The visit e-mail outbox: the writer jobs that claim, settle and release its rows, and its listing.

A row goes pending → sending (claimed for a lease) → sent, or back to pending with a later
next_attempt_at after a failure, or failed after the last attempt. A claim whose lease ran out
(the server died while sending) is claimed again: delivery is at-least-once, and a resend carries
the same Message-ID (mail_content.message_id).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import ClassVar

from sqlalchemy import Connection, Engine, func, select, update

from .admin import transaction
from .db.mail_models import MailOutbox
from .writer import Group

STATUSES = ("pending", "sending", "sent", "failed")
MAX_ERROR_CHARS = 1000
_outbox = MailOutbox.__table__


@dataclass(frozen=True, slots=True)
class Claimed:
    """An outbox row the sender holds until its lease ends."""

    id: int
    visit_id: str | None
    attempts: int
    alert_id: int | None = None  # an alert's e-mail (visit_id is None then)


@dataclass(slots=True)
class ClaimJob:
    """Claim up to `limit` due rows, oldest first, for `lease_s` seconds (writer thread)."""

    device_id: ClassVar[None] = None
    limit: int
    lease_s: float

    def apply(self, group: Group) -> list[Claimed]:
        o = _outbox.c
        rows = group.conn.execute(
            select(o.id, o.visit_id, o.attempts, o.alert_id)
            .where(o.status.in_(("pending", "sending")), o.next_attempt_at <= group.now)
            .order_by(o.next_attempt_at, o.id).limit(self.limit)
            .with_for_update(skip_locked=True)  # PostgreSQL: two servers on one database claim apart
        ).all()
        if rows:
            group.conn.execute(update(_outbox).where(o.id.in_([r.id for r in rows])).values(
                status="sending", next_attempt_at=group.now + timedelta(seconds=self.lease_s)))
        return [Claimed(r.id, r.visit_id, r.attempts, r.alert_id) for r in rows]


@dataclass(slots=True)
class SentJob:
    """Mark rows the SMTP server accepted as sent (writer thread)."""

    device_id: ClassVar[None] = None
    ids: list[int]

    def apply(self, group: Group) -> int:
        o = _outbox.c
        return group.conn.execute(update(_outbox).where(o.id.in_(self.ids), o.status == "sending").values(
            status="sent", sent_at=group.now, last_error=None)).rowcount


@dataclass(slots=True)
class RetryJob:
    """Record a failed attempt: due again after `delay_s`, or failed for good when `give_up` (writer thread)."""

    device_id: ClassVar[None] = None
    id: int
    attempts: int
    error: str
    delay_s: float
    give_up: bool

    def apply(self, group: Group) -> None:
        o = _outbox.c
        group.conn.execute(update(_outbox).where(o.id == self.id, o.status == "sending").values(
            status="failed" if self.give_up else "pending", attempts=self.attempts,
            last_error=self.error[:MAX_ERROR_CHARS], next_attempt_at=group.now + timedelta(seconds=self.delay_s)))


@dataclass(slots=True)
class ReleaseJob:
    """Hand claimed rows back, due now, without counting an attempt (the sender is stopping) (writer thread)."""

    device_id: ClassVar[None] = None
    ids: list[int]

    def apply(self, group: Group) -> None:
        o = _outbox.c
        group.conn.execute(update(_outbox).where(o.id.in_(self.ids), o.status == "sending").values(
            status="pending", next_attempt_at=group.now))


def retry_delay(attempts: int, first_s: float, max_s: float) -> float:
    """Seconds to wait after the attempts-th failure: first_s, doubling, at most max_s."""
    return min(max_s, first_s * 2 ** max(0, attempts - 1))


@dataclass(frozen=True, slots=True)
class OutboxEntry:
    """One outbox row as the office lists it."""

    id: int
    visit_id: str
    status: str
    attempts: int
    created_at: datetime
    next_attempt_at: datetime
    sent_at: datetime | None
    last_error: str | None


def list_outbox(bind: Engine | Connection, *, status: str | None = None, limit: int = 1000) -> list[OutboxEntry]:
    """Outbox rows, newest first, optionally of one status."""
    o = _outbox.c
    query = select(o.id, o.visit_id, o.status, o.attempts, o.created_at, o.next_attempt_at, o.sent_at, o.last_error)
    if status is not None:
        query = query.where(o.status == status)
    with transaction(bind) as conn:
        return [OutboxEntry(*row) for row in conn.execute(query.order_by(o.id.desc()).limit(limit))]


def outbox_counts(bind: Engine | Connection) -> dict[str, int]:
    """How many rows have each status (every status present, 0 when none)."""
    o = _outbox.c
    with transaction(bind) as conn:
        found = dict(conn.execute(select(o.status, func.count()).group_by(o.status)).all())
    return {status: int(found.get(status, 0)) for status in STATUSES}


def next_due(conn: Connection) -> datetime | None:
    """When the earliest unsent row is due (a lease's end for rows being sent), or None."""
    o = _outbox.c
    return conn.scalar(select(func.min(o.next_attempt_at)).where(o.status.in_(("pending", "sending"))))


def retry_failed(bind: Engine | Connection, now: datetime) -> int:
    """Put every failed row back to pending, due now, with its attempts reset; returns how many."""
    o = _outbox.c
    with transaction(bind) as conn:
        return conn.execute(update(_outbox).where(o.status == "failed").values(
            status="pending", attempts=0, next_attempt_at=now)).rowcount

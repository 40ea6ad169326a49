"""The reminder messages as an outbox: the writer jobs that claim and settle them, and the office's listing.

A queued row is claimed (sending, for a lease), then sent, or queued again later after a failure
that may pass (5xx, timeout), or failed (4xx, or after the last attempt). A lease that runs out
(the server died while sending) is claimed again, with the same Message-ID or provider reference.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import ClassVar

from sqlalchemy import Connection, Engine, func, select, update

from .admin import transaction
from .db.reminder_models import ReminderMessage
from .events import RemindersChanged
from .writer import Group

STATUSES = ("queued", "sending", "sent", "failed", "skipped")
MAX_ERROR_CHARS = 1000
_messages = ReminderMessage.__table__


@dataclass(frozen=True, slots=True)
class ClaimedReminder:
    """A message the sender holds until its lease ends."""

    id: int
    account_id: int
    channel: str
    address: str
    body: str
    attempts: int


@dataclass(slots=True)
class ClaimRemindersJob:
    """Claim up to `limit` due messages, oldest first, for `lease_s` seconds (writer thread)."""

    device_id: ClassVar[None] = None
    limit: int
    lease_s: float

    def apply(self, group: Group) -> list[ClaimedReminder]:
        m = _messages.c
        rows = group.conn.execute(
            select(m.id, m.account_id, m.channel, m.address, m.body, m.attempts)
            .where(m.status.in_(("queued", "sending")), m.next_attempt_at <= group.now)
            .order_by(m.next_attempt_at, m.id).limit(self.limit).with_for_update(skip_locked=True)).all()
        if rows:
            group.conn.execute(update(_messages).where(m.id.in_([r.id for r in rows])).values(
                status="sending", next_attempt_at=group.now + timedelta(seconds=self.lease_s)))
        return [ClaimedReminder(*row) for row in rows]


@dataclass(slots=True)
class SettleJob:
    """Record how one claimed message ended: sent, queued again at `retry_at`, failed or skipped (writer thread)."""

    device_id: ClassVar[None] = None
    id: int
    status: str
    attempts: int
    provider_id: str | None = None
    error: str | None = None
    reason: str | None = None
    retry_at: datetime | None = None

    def apply(self, group: Group) -> int:
        m = _messages.c
        values = dict(status=self.status, attempts=self.attempts,
                      last_error=self.error[:MAX_ERROR_CHARS] if self.error else None)
        if self.status == "sent":
            values.update(sent_at=group.now, provider_id=self.provider_id)
        if self.reason:
            values["reason"] = self.reason
        values["next_attempt_at"] = self.retry_at or group.now
        changed = group.conn.execute(
            update(_messages).where(m.id == self.id, m.status == "sending").values(**values)).rowcount
        if changed:
            group.events.append(RemindersChanged(0, changed))
        return changed


@dataclass(slots=True)
class ReleaseRemindersJob:
    """Hand claimed messages back, queued for `at` (now when None), without counting an attempt (writer thread)."""

    device_id: ClassVar[None] = None
    ids: list[int]
    at: datetime | None = None

    def apply(self, group: Group) -> None:
        m = _messages.c
        group.conn.execute(update(_messages).where(m.id.in_(self.ids), m.status == "sending").values(
            status="queued", next_attempt_at=self.at or group.now))


@dataclass(frozen=True, slots=True)
class ReminderEntry:
    """One message as the office's log lists it."""

    id: int
    account_id: int
    external_ref: str
    debtor_name: str
    channel: str
    kind: str
    source_kind: str
    source_id: str
    due_on: date
    address: str | None
    body: str
    status: str
    reason: str | None
    attempts: int
    provider_id: str | None
    last_error: str | None
    created_at: datetime
    next_attempt_at: datetime
    sent_at: datetime | None


def list_reminders(bind: Engine | Connection, *, status: str | None = None, channel: str | None = None,
                   limit: int = 1000) -> list[ReminderEntry]:
    """Messages, newest first, optionally of one status and one channel."""
    from .db.models import Account  # noqa: PLC0415 - keeps this module's imports to the outbox

    m, a = _messages.c, Account.__table__.c
    query = (select(m.id, m.account_id, a.external_ref, a.debtor_name, m.channel, m.kind, m.source_kind, m.source_id,
                    m.due_on, m.address, m.body, m.status, m.reason, m.attempts, m.provider_id, m.last_error,
                    m.created_at, m.next_attempt_at, m.sent_at)
             .join(Account.__table__, a.id == m.account_id))
    if status is not None:
        query = query.where(m.status == status)
    if channel is not None:
        query = query.where(m.channel == channel)
    with transaction(bind) as conn:
        return [ReminderEntry(*row) for row in conn.execute(query.order_by(m.id.desc()).limit(limit))]


def reminder_counts(bind: Engine | Connection, *, channel: str | None = None) -> dict[str, int]:
    """How many messages have each status (every status present, 0 when none), of one channel or all."""
    m = _messages.c
    query = select(m.status, func.count()).group_by(m.status)
    if channel is not None:
        query = query.where(m.channel == channel)
    with transaction(bind) as conn:
        found = dict(conn.execute(query).all())
    return {status: int(found.get(status, 0)) for status in STATUSES}


def next_due(conn: Connection) -> datetime | None:
    """When the earliest unsent message is due (a lease's end for those being sent), or None."""
    m = _messages.c
    return conn.scalar(select(func.min(m.next_attempt_at)).where(m.status.in_(("queued", "sending"))))

"""Debtors who asked for no more reminders: the office's action and an inbound STOP (any thread / writer thread).

An opt-out also skips the messages of that account and channel still queued (reason opted_out).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import ClassVar

from sqlalchemy import Connection, Engine, String, delete, select, type_coerce, update
from sqlalchemy.dialects import postgresql, sqlite

from .admin import AdminError, transaction
from .audit import SETTINGS_CHANGED, SYSTEM, record
from .clock import utcnow
from .db.models import Account
from .db.reminder_models import ReminderMessage, ReminderOptOut
from .permissions import AGREEMENTS_MANAGE, authorize
from .reminder_settings import CHANNELS
from .writer import Group

STOP_WORDS = frozenset({"STOP", "BAJA", "CANCELAR", "SALIR", "ALTO", "NO", "UNSUBSCRIBE"})
_opt_outs, _messages, _accounts = ReminderOptOut.__table__, ReminderMessage.__table__, Account.__table__


def _opt_out_in(conn: Connection, account_ids: list[int], channels: tuple[str, ...], source: str,
                now: datetime) -> int:
    """Store the opt-outs (kept when already there) and skip what is queued; how many rows were new."""
    rows = [dict(account_id=a, channel=c, source=source, created_at=now) for a in account_ids for c in channels]
    if not rows:
        return 0
    o = _opt_outs.c
    before = set(conn.execute(select(o.account_id, o.channel).where(o.account_id.in_(account_ids))).all())
    dialect = postgresql if conn.dialect.name == "postgresql" else sqlite
    conn.execute(dialect.insert(_opt_outs).on_conflict_do_nothing(), rows)
    m = _messages.c
    conn.execute(update(_messages).where(m.account_id.in_(account_ids), m.channel.in_(channels),
                                         m.status == "queued").values(status="skipped", reason="opted_out"))
    return sum(1 for row in rows if (row["account_id"], row["channel"]) not in before)


def opted_out_channels(bind: Engine | Connection, account_id: int) -> tuple[str, ...]:
    """The channels an account opted out of, in CHANNELS order."""
    o = _opt_outs.c
    with transaction(bind) as conn:
        found = set(conn.scalars(select(o.channel).where(o.account_id == account_id)))
    return tuple(c for c in CHANNELS if c in found)


def set_opt_out(bind: Engine | Connection, account_id: int, channels: tuple[str, ...], *,
                actor: str = SYSTEM) -> tuple[str, ...]:
    """Make `channels` the account's opt-outs (the office's action): others are opted in again; audited."""
    unknown = [c for c in channels if c not in CHANNELS]
    if unknown:
        raise AdminError(f"unknown channel(s) {', '.join(unknown)}; use some of {', '.join(CHANNELS)}")
    with transaction(bind) as conn:
        authorize(conn, actor, AGREEMENTS_MANAGE)
        if conn.scalar(select(_accounts.c.id).where(_accounts.c.id == account_id)) is None:
            raise AdminError(f"no account with id {account_id}")
        old = opted_out_channels(conn, account_id)
        wanted = tuple(c for c in CHANNELS if c in channels)
        o = _opt_outs.c
        conn.execute(delete(_opt_outs).where(o.account_id == account_id, o.channel.not_in(wanted or ("",))))
        _opt_out_in(conn, [account_id], tuple(c for c in wanted if c not in old), "office", utcnow())
        if old != wanted:
            record(conn, actor=actor, action=SETTINGS_CHANGED, subject_type="account", subject_id=account_id,
                   details={"reminder_opt_outs": [list(old), list(wanted)]})
    return wanted


def accounts_with_phone(conn: Connection, phone: str) -> list[int]:
    """The accounts that list this phone number (exactly, after normalisation of spaces)."""
    number = "".join(phone.split())
    if not number:
        return []
    a = _accounts.c
    rows = conn.execute(select(a.id, a.phones).where(type_coerce(a.phones, String).like(f"%{number}%"))).all()
    return [row.id for row in rows if number in (row.phones or ())]


def is_stop(text: str) -> bool:
    """Whether an inbound message asks to stop (its first word is one of STOP_WORDS)."""
    words = text.strip().upper().split()
    return bool(words) and words[0].strip(".!¡") in STOP_WORDS


@dataclass(slots=True)
class InboundStopJob:
    """Opt every account with this phone number out of a channel (writer thread); how many accounts."""

    device_id: ClassVar[None] = None
    phone: str
    channel: str

    def apply(self, group: Group) -> int:
        accounts = accounts_with_phone(group.conn, self.phone)
        _opt_out_in(group.conn, accounts, (self.channel,), "inbound", group.now)
        if accounts:
            record(group.conn, actor=SYSTEM, action=SETTINGS_CHANGED, subject_type="reminders", subject_id=self.channel,
                   details={"inbound_stop": {"phone": self.phone, "accounts": accounts}}, at=group.now)
        return len(accounts)

"""Which stored visits get an e-mail, as the writer applies it (read with the branch, never per visit)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, insert

from .db.mail_models import MailOutbox
from .mail_settings import read_mail_settings

_outbox = MailOutbox.__table__


@dataclass(frozen=True, slots=True)
class MailRules:
    """A visit is e-mailed when notifications are on and its outcome, or any of its flags, is chosen."""

    enabled: bool = False
    outcomes: frozenset[str] = frozenset()
    flags: frozenset[str] = frozenset()

    def wants(self, outcome: str, flags: list[str]) -> bool:
        """Whether a visit with this outcome and these flags gets an e-mail."""
        return self.enabled and (outcome in self.outcomes or not self.flags.isdisjoint(flags))


NO_MAIL = MailRules()


def load_mail_rules(conn: Connection) -> MailRules:
    """The rules of the stored settings (off while no recipient or server is set)."""
    info = read_mail_settings(conn)
    if not (info.enabled and info.host and info.recipients and info.from_address):
        return NO_MAIL
    return MailRules(True, frozenset(info.outcomes), frozenset(info.flags))


def enqueue_visits(conn: Connection, visits: list[tuple[str, str, list[str]]], rules: MailRules, now: datetime) -> int:
    """Queue the e-mails of (visit id, outcome, flags) the rules want, in the caller's transaction.

    One executemany of plain dicts: this runs in the writer's group with the visits' own insert.
    """
    if not rules.enabled:
        return 0
    rows: list[dict[str, Any]] = [
        {"visit_id": visit_id, "status": "pending", "attempts": 0, "next_attempt_at": now, "created_at": now}
        for visit_id, outcome, flags in visits if rules.wants(outcome, flags)
    ]
    if rows:
        conn.execute(insert(_outbox), rows)
    return len(rows)

"""The reminder planner: finds the promises and instalments due for a reminder today and queues one per channel.

Before due: a promise or instalment due within the next `days_before` days (today excluded).
After a miss: due yesterday or the day before (the day after, with a day to catch up when the
server was off) and still not paid. Each (source, kind, channel, due date) is planned once (the
table's unique constraint): a reminder that cannot go out is stored as skipped with its reason,
and never planned again. Runs in one transaction: the writer's (server) or its own (CLI).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from decimal import Decimal
from typing import ClassVar

from sqlalchemy import Connection, Engine, select
from sqlalchemy.dialects import postgresql, sqlite

from .admin import transaction
from .agreements.template import date_text, money_text
from .branch import load_branch
from .clock import utcnow
from .db.agreement_models import Agreement, AgreementInstalment, AgreementSettings
from .db.kpi_models import KpiPromise
from .db.models import Account, Visit
from .db.reminder_models import ReminderMessage, ReminderOptOut
from .events import RemindersChanged
from .kpis.days import zone_of
from .kpis.summaries import ensure_summaries, summaries_current
from .reminder_hours import next_allowed
from .reminder_settings import ReminderSettingsInfo, fill, read_reminder_settings
from .writer import Group

MISS_DAYS = 2  # after a miss: due yesterday, or the day before when yesterday's planning did not run
REASONS = ("paid", "opted_out", "no_consent", "no_address")
_messages, _opt_outs = ReminderMessage.__table__, ReminderOptOut.__table__
_promises, _visits, _accounts = KpiPromise.__table__, Visit.__table__, Account.__table__
_agreements, _instalments = Agreement.__table__, AgreementInstalment.__table__


@dataclass(frozen=True, slots=True)
class DueItem:
    """A promise or instalment that calls for a reminder of `kind` today."""

    source_kind: str  # promise | instalment
    source_id: str
    kind: str  # before_due | after_miss
    account_id: int
    due_on: date
    amount: Decimal
    paid: bool


@dataclass(frozen=True, slots=True)
class PlanResult:
    """What one planning found: rows queued, rows skipped (by reason), and reminders already planned before."""

    queued: int
    skipped: dict[str, int]
    already: int


def _kind_of(due_on: date, today: date, days_before: int) -> str | None:
    if today < due_on <= today + timedelta(days=days_before):
        return "before_due"
    if today - timedelta(days=MISS_DAYS) <= due_on < today:
        return "after_miss"
    return None


def due_items(conn: Connection, today: date, days_before: int) -> list[DueItem]:
    """Every promise and instalment of an agreement in force that calls for a reminder today."""
    first, last = today - timedelta(days=MISS_DAYS), today + timedelta(days=days_before)
    k, v = _promises.c, _visits.c
    found: list[DueItem] = []
    for row in conn.execute(select(k.visit_id, k.account_id, v.promise_due, k.amount, k.kept)
                            .join(_visits, v.id == k.visit_id)
                            .where(v.promise_due >= first, v.promise_due <= last, v.promise_due != today)):
        kind = _kind_of(row.promise_due, today, days_before)
        if kind:
            found.append(DueItem("promise", row.visit_id, kind, row.account_id, row.promise_due, row.amount,
                                 bool(row.kept)))
    i, g = _instalments.c, _agreements.c
    for row in conn.execute(select(i.agreement_id, i.number, i.due_on, i.amount, i.penalty, i.paid, i.paid_on,
                                   g.account_id).join(_agreements, g.id == i.agreement_id)
                            .where(g.status.in_(("current", "late")), i.due_on >= first, i.due_on <= last,
                                   i.due_on != today)):
        kind = _kind_of(row.due_on, today, days_before)
        if kind:
            owed = max(row.amount + row.penalty - row.paid, Decimal("0.00"))
            found.append(DueItem("instalment", f"{row.agreement_id}:{row.number}", kind, row.account_id, row.due_on,
                                 owed, row.paid_on is not None or owed == 0))
    return found


def company_name(conn: Connection, settings: ReminderSettingsInfo) -> str:
    """{empresa}: the reminders' sender name, else the company of the agreements, else the branch's name."""
    if settings.sender_name:
        return settings.sender_name
    s = AgreementSettings.__table__.c
    company = conn.scalar(select(s.company_name).where(s.id == 1))
    return company or load_branch(conn).name


def address_of(account, channel: str) -> str | None:
    """Where a channel reaches the debtor: the e-mail, or the first phone number."""
    if channel == "email":
        return account.email or None
    return account.phones[0] if account.phones else None


def reason_not_to_send(item: DueItem, account, channel: str, opted_out: set[tuple[int, str]]) -> str | None:
    """Why this reminder must not go out (one of REASONS), or None."""
    if item.paid:
        return "paid"
    if (account.id, channel) in opted_out:
        return "opted_out"
    if not getattr(account, f"consent_{channel}"):
        return "no_consent"
    if address_of(account, channel) is None:
        return "no_address"
    return None


def plan_in(conn: Connection, now: datetime, settings: ReminderSettingsInfo) -> PlanResult:
    """Plan today's reminders in the caller's transaction."""
    channels = settings.channels()
    if not channels:
        return PlanResult(0, {}, 0)
    if not summaries_current(conn):
        ensure_summaries(conn)  # kpi_promises follow the branch's time zone and grace days
    branch = load_branch(conn)
    zone = zone_of(branch.timezone)
    items = due_items(conn, now.astimezone(zone).date(), settings.days_before)
    if not items:
        return PlanResult(0, {}, 0)
    m = _messages.c
    keys = {(it.source_kind, it.source_id, it.kind, ch, it.due_on) for it in items for ch in channels}
    planned = set()
    sources = sorted({it.source_id for it in items})
    for start in range(0, len(sources), 500):
        planned |= set(conn.execute(select(m.source_kind, m.source_id, m.kind, m.channel, m.due_on)
                                    .where(m.source_id.in_(sources[start:start + 500]))).all())
    account_ids = sorted({it.account_id for it in items})
    a, o = _accounts.c, _opt_outs.c
    accounts = {row.id: row for row in conn.execute(
        select(a.id, a.debtor_name, a.currency, a.email, a.phones, a.consent_email, a.consent_sms, a.consent_whatsapp)
        .where(a.id.in_(account_ids)))}
    opted_out = set(conn.execute(select(o.account_id, o.channel).where(o.account_id.in_(account_ids))).all())
    company = company_name(conn, settings)
    send_at = next_allowed(now, zone, settings.quiet_start, settings.quiet_end)
    rows, skipped = [], {}
    for item in items:
        account = accounts[item.account_id]
        body = fill(settings.template(item.kind), {
            "nombre": account.debtor_name, "monto": money_text(item.amount, account.currency),
            "fecha": date_text(item.due_on), "empresa": company})
        for channel in channels:
            if (item.source_kind, item.source_id, item.kind, channel, item.due_on) in planned:
                continue
            reason = reason_not_to_send(item, account, channel, opted_out)
            if reason:
                skipped[reason] = skipped.get(reason, 0) + 1
            rows.append(dict(account_id=item.account_id, channel=channel, kind=item.kind, source_kind=item.source_kind,
                             source_id=item.source_id, due_on=item.due_on, address=address_of(account, channel),
                             body=body, status="skipped" if reason else "queued", reason=reason, attempts=0,
                             created_at=now, next_attempt_at=now if reason else send_at))
    if rows:
        dialect = postgresql if conn.dialect.name == "postgresql" else sqlite
        # Another server on the same database may plan at the same moment: its rows win, ours are dropped.
        conn.execute(dialect.insert(_messages).on_conflict_do_nothing(), rows)
    queued = sum(1 for row in rows if row["status"] == "queued")
    return PlanResult(queued, skipped, len(keys) - len(rows))


def plan_reminders(bind: Engine | Connection, now: datetime | None = None) -> PlanResult:
    """Plan today's reminders in a transaction of its own (the CLI, tests)."""
    with transaction(bind) as conn:
        return plan_in(conn, now or utcnow(), read_reminder_settings(conn))


@dataclass(slots=True)
class PlanJob:
    """Plan today's reminders in the writer's transaction (writer thread)."""

    device_id: ClassVar[None] = None

    def apply(self, group: Group) -> PlanResult:
        result = plan_in(group.conn, group.now, read_reminder_settings(group.conn))
        if result.queued or result.skipped:
            group.events.append(RemindersChanged(result.queued + sum(result.skipped.values()), 0))
        return result

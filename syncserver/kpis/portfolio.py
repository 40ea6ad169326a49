"""assigned_accounts and collected_amount, from the assignment history and the payments, grouped like the visits.

An account is assigned to an agent in a period if one of its assignment rows overlaps the
period's UTC bounds; an agent's collected amount is the payments dated in the period on those
accounts. Without grouping, or by segment or day, every account's payments count.
"""

from __future__ import annotations

from datetime import date, timedelta

from sqlalchemy import Connection, and_, func, literal, or_, select, union_all

from ..db.kpi_models import Payment
from ..db.models import Account, AccountAssignment
from ..db.types import UtcDateTime
from .days import period_bounds
from .measures import Measures, _put, _total
from .period import Period

_held, _payments, _accounts = AccountAssignment.__table__, Payment.__table__, Account.__table__
CALENDAR_CHUNK = 400  # SQLite allows 500 terms in one compound SELECT


def _overlaps(start, end):
    h = _held.c
    return and_(h.assigned_at < end, or_(h.unassigned_at.is_(None), h.unassigned_at > start))


def portfolio_measures(conn: Connection, p: Period, by: str) -> Measures:
    """assigned_accounts and collected_amount per group."""
    out: Measures = {}
    h, pay, acc = _held.c, _payments.c, _accounts.c
    in_period = pay.paid_on.between(p.first, p.last)
    if by == "agent":
        assigned = select(h.agent_id, func.count(func.distinct(h.account_id))).where(_overlaps(p.start, p.end))
        _put(out, conn.execute(assigned.group_by(h.agent_id)).all(), ("assigned_accounts",))
        paid = (
            select(h.agent_id, pay.id, pay.amount).distinct()
            .select_from(_payments.join(_held, h.account_id == pay.account_id))
            .where(in_period, _overlaps(p.start, p.end))
        ).subquery()
        collected = select(paid.c.agent_id, _total(paid.c.amount)).group_by(paid.c.agent_id)
        _put(out, conn.execute(collected).all(), ("collected_amount",))
    elif by == "segment":
        assigned = (
            select(acc.segment, func.count(func.distinct(h.account_id)))
            .select_from(_held.join(_accounts, acc.id == h.account_id))
            .where(_overlaps(p.start, p.end)).group_by(acc.segment)
        )
        _put(out, conn.execute(assigned).all(), ("assigned_accounts",))
        collected = (
            select(acc.segment, _total(pay.amount)).select_from(_payments.join(_accounts, acc.id == pay.account_id))
            .where(in_period).group_by(acc.segment)
        )
        _put(out, conn.execute(collected).all(), ("collected_amount",))
    elif by == "day":
        _assigned_by_day(conn, p, out)
        collected = select(pay.paid_on, _total(pay.amount)).where(in_period).group_by(pay.paid_on)
        _put(out, [(paid_on.toordinal(), amount) for paid_on, amount in conn.execute(collected)], ("collected_amount",))
    else:
        assigned = select(func.count(func.distinct(h.account_id))).where(_overlaps(p.start, p.end))
        collected = select(_total(pay.amount)).where(in_period)
        _put(out, [(None, conn.scalar(assigned), conn.scalar(collected))], ("assigned_accounts", "collected_amount"))
    return out


def _assigned_by_day(conn: Connection, p: Period, out: Measures) -> None:
    """Distinct accounts assigned at some moment of each local day (a calendar of UTC bounds joined in SQL)."""
    h = _held.c
    days = [p.first + timedelta(days=i) for i in range((p.last - p.first).days + 1)]
    for start in range(0, len(days), CALENDAR_CHUNK):
        calendar = union_all(*(_calendar_row(day, p) for day in days[start : start + CALENDAR_CHUNK])).subquery()
        rows = conn.execute(
            select(calendar.c.day, func.count(func.distinct(h.account_id)))
            .select_from(calendar.join(_held, _overlaps(calendar.c.s, calendar.c.e)))
            .group_by(calendar.c.day)
        ).all()
        _put(out, rows, ("assigned_accounts",))


def _calendar_row(day: date, p: Period):
    s, e = period_bounds(day, day, p.zone)
    return select(literal(day.toordinal()).label("day"), literal(s, UtcDateTime()).label("s"),
                  literal(e, UtcDateTime()).label("e"))

"""assigned_accounts and collected_amount, from the assignment history and the payments, grouped like the visits.

An account is assigned to an agent in a period if one of its assignment rows overlaps the
period's UTC bounds; an agent's collected amount is the payments dated in the period on those
accounts. Without grouping, or by segment or day, every account's payments count.
"""

from __future__ import annotations

from datetime import date, timedelta
from functools import cache

from sqlalchemy import Connection, Date, Select, and_, bindparam, func, literal, or_, select, union_all

from ..db.kpi_models import Payment
from ..db.models import Account, AccountAssignment
from ..db.types import UtcDateTime
from .days import period_bounds
from .measures import Measures, _grouped, _put, _total
from .period import Period

_held, _payments, _accounts = AccountAssignment.__table__, Payment.__table__, Account.__table__
START, END = bindparam("start", type_=UtcDateTime()), bindparam("end", type_=UtcDateTime())
FIRST, LAST = bindparam("first", type_=Date()), bindparam("last", type_=Date())
CALENDAR_CHUNK = 400  # SQLite allows 500 terms in one compound SELECT


def _overlaps(start, end):
    h = _held.c
    return and_(h.assigned_at < end, or_(h.unassigned_at.is_(None), h.unassigned_at > start))


@cache
def _statements(by: str) -> tuple[Select | None, Select]:
    """(assigned accounts, collected amount) for one grouping; by day the first is built per period."""
    h, pay, acc = _held.c, _payments.c, _accounts.c
    in_period = pay.paid_on.between(FIRST, LAST)
    distinct_accounts = func.count(func.distinct(h.account_id))
    if by == "agent":
        paid = (
            select(h.agent_id, pay.id, pay.amount).distinct()
            .select_from(_payments.join(_held, h.account_id == pay.account_id))
            .where(in_period, _overlaps(START, END))
        ).subquery()
        return (_grouped(h.agent_id, distinct_accounts, where=_overlaps(START, END)),
                select(paid.c.agent_id, _total(paid.c.amount)).group_by(paid.c.agent_id))
    if by == "segment":
        return (_grouped(acc.segment, distinct_accounts, where=_overlaps(START, END),
                         source=_held.join(_accounts, acc.id == h.account_id)),
                _grouped(acc.segment, _total(pay.amount), where=in_period,
                         source=_payments.join(_accounts, acc.id == pay.account_id)))
    if by == "day":
        return None, _grouped(pay.paid_on, _total(pay.amount), where=in_period)
    return _grouped(None, distinct_accounts, where=_overlaps(START, END)), _grouped(None, _total(pay.amount),
                                                                                   where=in_period)


def portfolio_measures(conn: Connection, p: Period, by: str) -> Measures:
    """assigned_accounts and collected_amount per group."""
    out: Measures = {}
    params = {"start": p.start, "end": p.end, "first": p.first, "last": p.last}
    assigned, collected = _statements(by)
    keyed = by != "none"
    if assigned is None:
        _assigned_by_day(conn, p, out)
    else:
        _put(out, conn.execute(assigned, params).all(), ("assigned_accounts",), keyed=keyed)
    rows = conn.execute(collected, params).all()
    if by == "day":
        rows = [(paid_on.toordinal(), amount) for paid_on, amount in rows]
    _put(out, rows, ("collected_amount",), keyed=keyed)
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

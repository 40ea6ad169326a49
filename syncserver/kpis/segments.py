"""Every KPI by segment from kpi_segment_daily and the segment columns of the summaries, without joining accounts.

An account's chain of days lies inside its (current) segment, so distinct accounts by segment
use the account chains of derive.py with measures.py's formulas, grouped by segment: "inside"
reads the period's rows of the (day, segment, ...) index of kpi_account_days; "after" and
"before" take the chains that end on or after F (start on or before T) from the per-day rows and
subtract the few outside rows. Assigned accounts are any-agent holdings started by T minus
those ended before F minus later holdings of the same account (as portfolio.py by none).
Collected amounts are the period's payments by their account's segment (a join: payments are few).
"""

from __future__ import annotations

from functools import cache

from sqlalchemy import Connection, Select, String, bindparam, case, func

from ..db.kpi_models import KpiAccountDay, KpiHolding, KpiPromise, KpiSegmentDaily, Payment
from ..db.models import Account
from .derive import ANY_AGENT, NO_SEGMENT, segment_key
from .measures import AS_OF, F, T, Measures, _count, _grouped, _put, _total
from .period import Period
from .portfolio import FIRST, LAST

_days, _segment_daily, _promises = KpiAccountDay.__table__, KpiSegmentDaily.__table__, KpiPromise.__table__
_holdings, _payments, _accounts = KpiHolding.__table__, Payment.__table__, Account.__table__
_SUMS = ("attempts", "contacts", "rpc", "promises", "promised_amount")
_DISTINCT = ("accounts_attempted", "accounts_contacted")
_PROMISED = ("promises_matured", "promises_kept")
SEGMENT, SEGMENT_KEY = bindparam("segment", type_=String()), bindparam("segment_key", type_=String())


def _sum_if(condition, column):
    return func.coalesce(func.sum(case((condition, column), else_=0)), 0)


@cache
def _statements(one: bool) -> dict[str, Select]:
    """The statements by segment; one: of the segment bound as "segment" only (its key in each table)."""
    s, a, k, h, pay, acc = _segment_daily.c, _days.c, _promises.c, _holdings.c, _payments.c, _accounts.c
    matured = k.settles_by < AS_OF
    unsettled = (k.settles_by >= AS_OF) & k.day.between(F, T)

    def of(column, where, stored=None):  # stored: how the table keys the segment ("" or NULL for none)
        if not one:
            return where
        return where & (column == (SEGMENT_KEY if stored == "key" else SEGMENT))

    return {
        "sums": _grouped(s.segment, _total(s.attempts), _total(s.contacts), _total(s.rpc), _total(s.promises),
                         _total(s.promised), where=of(s.segment, s.day.between(F, T), "key")),
        "days": _grouped(s.day, _total(s.attempts), _total(s.contacts), _total(s.rpc), _total(s.promises),
                         _total(s.promised), _total(s.a_new_acct), _total(s.c_new_acct),
                         where=of(s.segment, s.day.between(F, T), "key")),
        "inside": _grouped(a.segment, _count(a.a_prev_acct < F), _count(a.c_prev_acct < F),
                           where=of(a.segment, a.day.between(F, T))),
        "after_base": _grouped(s.segment, _total(s.a_last_acct), _total(s.c_last_acct),
                               where=of(s.segment, s.day >= F, "key")),
        "after": _grouped(a.segment, _count(a.a_prev_acct < F), _count(a.c_prev_acct < F), where=of(a.segment, a.day > T)),
        "before_base": _grouped(s.segment, _total(s.a_first_acct), _total(s.c_first_acct),
                                where=of(s.segment, s.day <= T, "key")),
        "before": _grouped(a.segment, _count(a.a_next_acct > T), _count(a.c_next_acct > T),
                           where=of(a.segment, a.day < F)),
        "promised": _grouped(k.segment, _count(matured), _count(matured & k.kept),
                             where=of(k.segment, k.day.between(F, T))),
        "promised_base": _grouped(s.segment, _total(s.promises), _total(s.kept),
                                  where=of(s.segment, s.day.between(F, T), "key")),
        "unsettled": _grouped(k.segment, _count(unsettled), _count(unsettled & k.kept), where=of(k.segment, unsettled)),
        "held": _grouped(s.segment, _sum_if(s.day <= T, s.h_starts) - _sum_if(s.day < F, s.h_ends),
                         where=of(s.segment, s.day <= T, "key")),
        "gaps": _grouped(h.segment, func.count(), where=of(h.segment, (h.prev_last >= F) & (h.first_day <= T)
                                                           & (h.agent_id == ANY_AGENT))),
        "collected": _grouped(acc.segment, _total(pay.amount), where=of(acc.segment, pay.paid_on.between(FIRST, LAST)),
                              source=_payments.join(_accounts, acc.id == pay.account_id)),
    }


def _plan(conn: Connection, p: Period) -> str:
    """Which distinct-count formula reads the fewest account-day rows (days as the estimate)."""
    s = _segment_daily.c
    low, high = conn.execute(func.min(s.day).select().add_columns(func.max(s.day))).one()
    if low is None:
        return "inside"
    costs = {"inside": min(p.t, high) - max(p.f, low), "after": high - p.t, "before": p.f - low}
    return min(costs, key=costs.__getitem__)


def segment_measures(conn: Connection, p: Period, segment: str | None = None) -> Measures:
    """Every counted measure by segment (None: accounts without one) of the period; segment: of that one only."""
    params = {"f": p.f, "t": p.t, "as_of": p.as_of.toordinal(), "first": p.first, "last": p.last,
              "segment": segment, "segment_key": segment_key(segment)}
    statements = _statements(segment is not None)
    run = lambda name: [(None if row[0] == NO_SEGMENT else row[0], *row[1:])  # noqa: E731
                        for row in conn.execute(statements[name], params).all()]
    add = lambda old, new: old + new  # noqa: E731
    minus = lambda rows: [(row[0], *(-value for value in row[1:])) for row in rows]  # noqa: E731
    out: Measures = {}
    _put(out, run("sums"), _SUMS)
    plan = _plan(conn, p)
    if plan == "inside":
        _put(out, run("inside"), _DISTINCT, add)
    else:
        _put(out, run(f"{plan}_base"), _DISTINCT, add)
        _put(out, minus(run(plan)), _DISTINCT, add)
    if p.as_of > p.last:  # the period is over: only its unsettled promises are read
        _put(out, run("promised_base"), _PROMISED, add)
        _put(out, minus(run("unsettled")), _PROMISED, add)
    else:
        _put(out, run("promised"), _PROMISED, add)
    _put(out, run("held"), ("assigned_accounts",), add)
    _put(out, minus(run("gaps")), ("assigned_accounts",), add)
    _put(out, run("collected"), ("collected_amount",))
    return out


def segment_days(conn: Connection, p: Period, segment: str) -> Measures:
    """The visit sums and distinct accounts of one segment per day (ordinal) of the period."""
    params = {"f": p.f, "t": p.t, "segment_key": segment_key(segment)}
    out: Measures = {}
    _put(out, conn.execute(_statements(True)["days"], params).all(), _SUMS + _DISTINCT)
    return out

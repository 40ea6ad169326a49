"""The counting measures of visits and promises, in SQL over the summary tables, grouped by agent, segment, day or none.

Distinct accounts over a period use the chains of kpi_account_days (see derive.py), by one of
three equal formulas; the one that reads the fewest rows is picked from the days the data spans:
inside:  rows in [F, T] whose previous day is before F;
after:   chains that end on or after F (kpi_daily) minus rows after T whose previous day is before F;
before:  chains that start on or before T (kpi_daily) minus rows before F whose next day is after T.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from sqlalchemy import Connection, case, func, select

from ..db.kpi_models import KpiAccountDay, KpiDaily, KpiPromise
from ..db.models import Account
from .period import Period

Measures = dict[Any, dict[str, Any]]
_days, _daily, _promises, _accounts = KpiAccountDay.__table__, KpiDaily.__table__, KpiPromise.__table__, Account.__table__


def _count(condition) -> Any:
    return func.coalesce(func.sum(case((condition, 1), else_=0)), 0)


def _total(column) -> Any:
    return func.coalesce(func.sum(column), 0)


def _put(out: Measures, rows, names: tuple[str, ...], combine: Callable[[Any, Any], Any] | None = None) -> None:
    for key, *values in rows:
        group = out.setdefault(key, {})
        for name, value in zip(names, values, strict=True):
            group[name] = combine(group.get(name, 0), value) if combine else value


_SUMS = ("attempts", "contacts", "rpc", "promises", "promised_amount")
_DISTINCT = ("accounts_attempted", "accounts_contacted")


def _plan(conn: Connection, p: Period) -> str:
    """Which distinct-count formula reads the fewest account-day rows (days as the estimate)."""
    low, high = conn.execute(select(func.min(_daily.c.day), func.max(_daily.c.day))).one()
    if low is None:
        return "inside"
    costs = {"inside": min(p.t, high) - max(p.f, low), "after": high - p.t, "before": p.f - low}
    return min(costs, key=costs.__getitem__)


def _distinct(conn: Connection, p: Period, out: Measures, chain: str, grouped: bool) -> None:
    """accounts_attempted and accounts_contacted per agent (chain "agent") or overall (chain "acct")."""
    a, d = _days.c, _daily.c
    rows_key = [a.agent_id] if grouped else []
    daily_key = [d.agent_id] if grouped else []

    def query(keys, *columns, where):
        statement = select(*(keys or []), *columns).where(where)
        return conn.execute(statement.group_by(*keys) if keys else statement).all()

    def keyed(rows):
        return rows if grouped else [(None, *row) for row in rows]

    plan = _plan(conn, p)
    if plan == "inside":
        rows = query(rows_key, _count(a[f"a_prev_{chain}"] < p.f), _count(a[f"c_prev_{chain}"] < p.f),
                     where=a.day.between(p.f, p.t))
        _put(out, keyed(rows), _DISTINCT)
        return
    if plan == "after":
        base = query(daily_key, _total(d[f"a_last_{chain}"]), _total(d[f"c_last_{chain}"]), where=d.day >= p.f)
        minus = query(rows_key, _count(a[f"a_prev_{chain}"] < p.f), _count(a[f"c_prev_{chain}"] < p.f),
                      where=a.day > p.t)
    else:
        base = query(daily_key, _total(d[f"a_first_{chain}"]), _total(d[f"c_first_{chain}"]), where=d.day <= p.t)
        minus = query(rows_key, _count(a[f"a_next_{chain}"] > p.t), _count(a[f"c_next_{chain}"] > p.t),
                      where=a.day < p.f)
    _put(out, keyed(base), _DISTINCT, lambda old, new: old + new)
    _put(out, [(key, -x, -y) for key, x, y in keyed(minus)], _DISTINCT, lambda old, new: old + new)


def _daily_sums(conn: Connection, p: Period, out: Measures, key) -> None:
    d = _daily.c
    columns = [_total(d.attempts), _total(d.contacts), _total(d.rpc), _total(d.promises), _total(d.promised)]
    statement = select(*([key] if key is not None else []), *columns).where(d.day.between(p.f, p.t))
    rows = conn.execute(statement.group_by(key) if key is not None else statement).all()
    _put(out, rows if key is not None else [(None, *row) for row in rows], _SUMS)


def _promise_outcomes(conn: Connection, p: Period, out: Measures, by: str) -> None:
    k = _promises.c
    matured = k.settles_by < p.as_of.toordinal()
    columns = [_count(matured), _count(matured & k.kept)]
    source = _promises
    key = {"agent": k.agent_id, "day": k.day, "segment": _accounts.c.segment}.get(by)
    if by == "segment":
        source = _promises.join(_accounts, _accounts.c.id == k.account_id)
    statement = select(*([key] if key is not None else []), *columns).select_from(source)
    statement = statement.where(k.day.between(p.f, p.t))
    rows = conn.execute(statement.group_by(key) if key is not None else statement).all()
    _put(out, rows if key is not None else [(None, *row) for row in rows], ("promises_matured", "promises_kept"))


def _segments(conn: Connection, p: Period, out: Measures) -> None:
    """Sums and distinct accounts by the accounts' segment: one pass over the period's account-day rows."""
    a, acc = _days.c, _accounts.c
    rows = conn.execute(
        select(acc.segment, _total(a.attempts), _total(a.contacts), _total(a.rpc), _total(a.promises),
               _total(a.promised), _count(a.a_prev_acct < p.f), _count(a.c_prev_acct < p.f))
        .select_from(_days.join(_accounts, acc.id == a.account_id))
        .where(a.day.between(p.f, p.t)).group_by(acc.segment)
    ).all()
    _put(out, rows, _SUMS + _DISTINCT)


def visit_measures(conn: Connection, p: Period, by: str) -> Measures:
    """attempts, contacts, rpc, promises, promised_amount, accounts_attempted/contacted, promises_matured/kept."""
    out: Measures = {}
    if by == "agent":
        _daily_sums(conn, p, out, _daily.c.agent_id)
        _distinct(conn, p, out, "agent", grouped=True)
    elif by == "none":
        _daily_sums(conn, p, out, None)
        _distinct(conn, p, out, "acct", grouped=False)
    elif by == "day":
        d = _daily.c
        rows = conn.execute(
            select(d.day, _total(d.attempts), _total(d.contacts), _total(d.rpc), _total(d.promises),
                   _total(d.promised), _total(d.a_new_acct), _total(d.c_new_acct))
            .where(d.day.between(p.f, p.t)).group_by(d.day)
        ).all()
        _put(out, rows, _SUMS + _DISTINCT)
    else:
        _segments(conn, p, out)
    _promise_outcomes(conn, p, out, by)
    return out

"""The counting measures of visits and promises, in SQL over the summary tables, grouped by agent, segment, day or none.

Distinct accounts over a period use the chains of kpi_account_days (see derive.py), by one of
four equal formulas; the one that reads the fewest rows is picked from the days the data spans:
inside:  rows in [F, T] whose previous day is before F;
short:   rows in [F, T] (kpi_daily) minus the repeats, rows in [F, T] whose previous day is on or
         after F; when T - F <= SHORT_GAP a repeat is at most SHORT_GAP days after its previous
         day, and only such rows are in the partial indexes read;
after:   chains that end on or after F (kpi_daily) minus rows after T whose previous day is before F;
before:  chains that start on or before T (kpi_daily) minus rows before F whose next day is after T.
Statements are built once per shape with bound parameters (building them cost more than running them).
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache
from typing import Any

from sqlalchemy import Connection, Integer, Select, bindparam, case, func, literal_column, select

from ..db.kpi_models import SHORT_GAP, KpiAccountDay, KpiDaily, KpiPromise
from ..db.planned_join import PlannedJoin
from ..db.models import Account, Agent
from .derive import ANY_AGENT
from .period import Period

Measures = dict[Any, dict[str, Any]]
_days, _daily, _promises, _accounts = KpiAccountDay.__table__, KpiDaily.__table__, KpiPromise.__table__, Account.__table__
_agents = Agent.__table__
F, T, AS_OF = bindparam("f", type_=Integer), bindparam("t", type_=Integer), bindparam("as_of", type_=Integer)
_SUMS = ("attempts", "contacts", "rpc", "promises", "promised_amount")
_DISTINCT = ("accounts_attempted", "accounts_contacted")


def _count(condition) -> Any:
    return func.coalesce(func.sum(case((condition, 1), else_=0)), 0)


def _total(column) -> Any:
    return func.coalesce(func.sum(column), 0)


def _grouped(key, *columns, where, source=None) -> Select:
    statement = select(*([key] if key is not None else []), *columns).where(where)
    if source is not None:
        statement = statement.select_from(source)
    return statement.group_by(key) if key is not None else statement


def _put(out: Measures, rows, names: tuple[str, ...], combine: Callable[[Any, Any], Any] | None = None,
         keyed: bool = True) -> None:
    for row in rows:
        key, values = (row[0], row[1:]) if keyed else (None, row)
        group = out.setdefault(key, {})
        for name, value in zip(names, values, strict=True):
            group[name] = combine(group.get(name, 0), value) if combine else value


@cache
def _span() -> Select:
    # Two subqueries: SQLite answers a lone min() or max() from the index, not both in one SELECT.
    return select(select(func.min(_daily.c.day)).scalar_subquery(), select(func.max(_daily.c.day)).scalar_subquery())


def _plan(conn: Connection, p: Period) -> str:
    """Which distinct-count formula reads the fewest account-day rows (days as the estimate)."""
    low, high = conn.execute(_span()).one()
    if low is None:
        return "inside"
    costs = {"inside": min(p.t, high) - max(p.f, low), "after": high - p.t, "before": p.f - low}
    if p.t - p.f <= SHORT_GAP:  # repeats are about a third of a short period's rows
        costs["short"] = costs["inside"] / 3
    return min(costs, key=costs.__getitem__)


@cache
def _distinct_statements(chain: str, grouped: bool, plan: str) -> tuple[Select | None, Select]:
    """(kpi_daily part or None, kpi_account_days part) of one distinct-count formula."""
    a, d, agents = _days.c, _daily.c, _agents.c
    daily_key = d.agent_id if grouped else None

    def rows(*counts, where, index="ix_kpi_account_days_by_agent"):
        if not grouped:
            return _grouped(None, *counts, where=where)
        # One index range per agent (agent_id, day, ...): no sort of the period's rows by agent.
        source = PlannedJoin(_agents, _days, (a.agent_id == agents.id) & where, index)
        return _grouped(agents.id, *counts, where=agents.id == agents.id, source=source)

    if plan == "short":
        # Written as the partial index's condition (a literal, not a parameter) so that it can serve.
        repeat = a.day - a[f"a_prev_{chain}"] <= literal_column(str(SHORT_GAP))
        base = _grouped(daily_key, _total(d.a_rows), _total(d.c_rows),
                        where=d.day.between(F, T) & (d.agent_id != ANY_AGENT))
        return base, rows(_count(a[f"a_prev_{chain}"] >= F), _count(a[f"c_prev_{chain}"] >= F),
                          where=a.day.between(F, T) & repeat, index="ix_kpi_account_days_agent_repeats")
    if plan == "inside":
        return None, rows(_count(a[f"a_prev_{chain}"] < F), _count(a[f"c_prev_{chain}"] < F),
                          where=a.day.between(F, T))
    if plan == "after":
        base = _grouped(daily_key, _total(d[f"a_last_{chain}"]), _total(d[f"c_last_{chain}"]),
                        where=(d.day >= F) & (d.agent_id != ANY_AGENT))
        return base, rows(_count(a[f"a_prev_{chain}"] < F), _count(a[f"c_prev_{chain}"] < F), where=a.day > T)
    base = _grouped(daily_key, _total(d[f"a_first_{chain}"]), _total(d[f"c_first_{chain}"]),
                    where=(d.day <= T) & (d.agent_id != ANY_AGENT))
    return base, rows(_count(a[f"a_next_{chain}"] > T), _count(a[f"c_next_{chain}"] > T), where=a.day < F)


def _distinct(conn: Connection, p: Period, out: Measures, chain: str, grouped: bool) -> None:
    """accounts_attempted and accounts_contacted per agent (chain "agent") or overall (chain "acct")."""
    params = {"f": p.f, "t": p.t}
    base, rows = _distinct_statements(chain, grouped, _plan(conn, p))
    add = lambda old, new: old + new
    if base is None:
        _put(out, conn.execute(rows, params).all(), _DISTINCT, keyed=grouped)
        return
    _put(out, conn.execute(base, params).all(), _DISTINCT, add, keyed=grouped)
    minus = [(*row[:-2], -row[-2], -row[-1]) for row in conn.execute(rows, params).all()]
    _put(out, minus, _DISTINCT, add, keyed=grouped)


@cache
def _statement(by: str) -> Select:
    """The sums (and, by day or segment, the distinct accounts) of visits for one grouping."""
    d, a, acc = _daily.c, _days.c, _accounts.c
    sums = [_total(d.attempts), _total(d.contacts), _total(d.rpc), _total(d.promises), _total(d.promised)]
    if by == "agent":
        return _grouped(d.agent_id, *sums, where=d.day.between(F, T) & (d.agent_id != ANY_AGENT))
    if by == "none":
        return _grouped(None, *sums, where=d.day.between(F, T))
    if by == "day":
        return _grouped(d.day, *sums, _total(d.a_new_acct), _total(d.c_new_acct), where=d.day.between(F, T))
    return _grouped(  # by segment: one pass over the period's account-day rows
        acc.segment, _total(a.attempts), _total(a.contacts), _total(a.rpc), _total(a.promises), _total(a.promised),
        _count(a.a_prev_acct < F), _count(a.c_prev_acct < F),
        where=a.day.between(F, T), source=_days.join(_accounts, acc.id == a.account_id),
    )


@cache
def _promise_statements(by: str, unsettled_only: bool) -> tuple[Select | None, Select]:
    """(promises and kept ones of the period from kpi_daily, or None; a count over kpi_promises).

    With unsettled_only, matured = all promises of the period minus those settling on or after
    as_of, which are few when the period is over: only those rows are read.
    """
    k, d = _promises.c, _daily.c
    key = {"agent": k.agent_id, "day": k.day, "segment": _accounts.c.segment}.get(by)
    source = _promises.join(_accounts, _accounts.c.id == k.account_id) if by == "segment" else None
    if not unsettled_only:
        matured = k.settles_by < AS_OF
        return None, _grouped(key, _count(matured), _count(matured & k.kept), where=k.day.between(F, T),
                              source=source)
    daily_key = {"agent": d.agent_id, "day": d.day}.get(by)
    agents = (d.agent_id != ANY_AGENT) if by == "agent" else (d.day == d.day)
    base = _grouped(daily_key, _total(d.promises), _total(d.kept), where=d.day.between(F, T) & agents)
    unsettled = (k.settles_by >= AS_OF) & k.day.between(F, T)
    return base, _grouped(key, _count(unsettled), _count(unsettled & k.kept), where=unsettled, source=source)


def _promise_outcomes(conn: Connection, p: Period, out: Measures, by: str, params: dict) -> None:
    names, keyed = ("promises_matured", "promises_kept"), by != "none"
    base, rows = _promise_statements(by, by != "segment" and p.as_of > p.last)
    if base is None:
        _put(out, conn.execute(rows, params).all(), names, keyed=keyed)
        return
    add = lambda old, new: old + new  # noqa: E731
    _put(out, conn.execute(base, params).all(), names, add, keyed=keyed)
    minus = [(*row[:-2], -row[-2], -row[-1]) for row in conn.execute(rows, params).all()]
    _put(out, minus, names, add, keyed=keyed)


def visit_measures(conn: Connection, p: Period, by: str) -> Measures:
    """attempts, contacts, rpc, promises, promised_amount, accounts_attempted/contacted, promises_matured/kept."""
    out: Measures = {}
    params = {"f": p.f, "t": p.t, "as_of": p.as_of.toordinal()}
    rows = conn.execute(_statement(by), params).all()
    if by in ("agent", "none"):
        _put(out, rows, _SUMS, keyed=by == "agent")
        _distinct(conn, p, out, "agent" if by == "agent" else "acct", grouped=by == "agent")
    else:
        _put(out, rows, _SUMS + _DISTINCT)
    _promise_outcomes(conn, p, out, by, params)
    return out

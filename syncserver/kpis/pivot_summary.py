"""A report's visit KPIs by agent, segment and local days (day, week, month, weekday), from the daily summaries.

The summaries hold narrow rows read by day instead of the visits table's wide ones: sums per
agent and day in kpi_daily (per account in kpi_account_days, whose rows carry their account's
segment, when a segment is involved), promises in kpi_promises. Distinct accounts of a run of
days [F, T] are the account-day rows of the run whose previous day in their chain is before F
(derive.py): an index-only COUNT, no DISTINCT; the
chain is (account, agent) when grouped by agent, the account's otherwise. A weekday is not a run
of days, and a set of agents is not a chain: those count DISTINCT account ids instead.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

from sqlalchemy import BigInteger, Connection, Integer, case, distinct, func, literal, or_, select, type_coerce

from ..db.kpi_models import KpiAccountDay, KpiDaily, KpiPromise
from ..db.models import Agent
from .derive import ANY_AGENT
from .period import Period
from .pivot_buckets import bucket_of_day, key_value
from .pivot_visits import VISIT_BASES, Groups, VisitFilter

SUMMARY_DIMENSIONS = frozenset({"agent", "segment", "day", "week", "month", "weekday"})
SUMS = ("attempts", "contacts", "rpc", "promises", "promised_amount")
DISTINCT = ("accounts_attempted", "accounts_contacted")
PROMISE_BASES = ("promises_matured", "promises_kept")
_days, _daily, _promises = KpiAccountDay.__table__, KpiDaily.__table__, KpiPromise.__table__
_agents = Agent.__table__
_CENT = Decimal("0.01")


def summary_applies(dimensions: tuple[str, ...], where: VisitFilter, bases: frozenset[str]) -> bool:
    """Whether these dimensions, filters and visit measures can be read from the summaries."""
    visit_bases = bases & set(VISIT_BASES)
    return (set(dimensions) <= SUMMARY_DIMENSIONS and not where.outcomes and not where.verdicts
            and visit_bases <= set(SUMS + DISTINCT + PROMISE_BASES))


def run_start(dimensions: tuple[str, ...], day, first: date, last: date):
    """The first day (ordinal) of the run of days that shares `day`'s day, week and month buckets in first..last."""
    starts = [literal(first.toordinal(), Integer)]
    if "day" in dimensions:
        return day
    if "week" in dimensions:
        starts.append(day - (day - 1) % 7)
    if "month" in dimensions:
        starts.append(bucket_of_day("month", day, first, last))
    start = starts[0]
    for other in starts[1:]:
        start = case((other > start, other), else_=start)
    return start


def summary_measures(conn: Connection, p: Period, dimensions: tuple[str, ...], where: VisitFilter,
                     bases: frozenset[str]) -> Groups:
    """{keys: {base: value}} of the period's counted visits and promises, for the bases asked."""
    out: Groups = {}
    codes = dict(conn.execute(select(_agents.c.id, _agents.c.code)).all()) if "agent" in dimensions else {}
    by_segment = "segment" in dimensions or bool(where.segments)
    sums = [name for name in SUMS if name in bases]
    counts = [name for name in DISTINCT if name in bases]
    a, d = _days.c, _daily.c
    if sums and not by_segment:  # per agent and day: a few thousand rows a year
        columns = [func.sum(type_coerce(d.promised, BigInteger) if n == "promised_amount" else d[n]) for n in sums]
        statement = _grouped(_daily, d, dimensions, p, where, columns).where(d.agent_id != ANY_AGENT)
        _put(conn, out, statement, dimensions, sums, codes)
    elif sums:
        counts = sums + counts
    if counts:
        chain = "agent" if "agent" in dimensions else None if where.agent_ids else "acct"
        if chain is None or "weekday" in dimensions:
            distinct_columns = {"accounts_attempted": func.count(distinct(a.account_id)),
                                "accounts_contacted": func.count(distinct(case((a.contacts > 0, a.account_id))))}
        else:
            start = run_start(dimensions, a.day, p.first, p.last)
            distinct_columns = {"accounts_attempted": func.sum(case((a[f"a_prev_{chain}"] < start, 1), else_=0)),
                                "accounts_contacted": func.sum(case((a[f"c_prev_{chain}"] < start, 1), else_=0))}
        columns = [distinct_columns[n] if n in distinct_columns else
                   func.sum(type_coerce(a.promised, BigInteger) if n == "promised_amount" else a[n]) for n in counts]
        statement = _grouped(_days, a, dimensions, p, where, columns, scan=_most_days(conn, p))
        if chain == "agent" and not where.agent_ids:  # one range of the (agent_id, day, ...) index per agent
            statement = statement.where(a.agent_id.in_(select(_agents.c.id)))
        _put(conn, out, statement, dimensions, counts, codes)
    promised = [name for name in PROMISE_BASES if name in bases]
    if promised:
        k = _promises.c
        matured = k.settles_by < p.as_of.toordinal()
        columns = {"promises_matured": func.sum(case((matured, 1), else_=0)),
                   "promises_kept": func.sum(case((matured & k.kept, 1), else_=0))}
        statement = _grouped(_promises, k, dimensions, p, where, [columns[name] for name in promised])
        _put(conn, out, statement, dimensions, promised, codes)
    return out


def _most_days(conn: Connection, p: Period) -> bool:
    """Whether the period covers most of the days with data (then reading the table in order beats an index)."""
    d = _daily.c
    low, high = conn.execute(select(select(func.min(d.day)).scalar_subquery(),
                                    select(func.max(d.day)).scalar_subquery())).one()
    return low is not None and (min(p.t, high) - max(p.f, low)) * 2 > high - low


def _grouped(table, c, dimensions: tuple[str, ...], p: Period, where: VisitFilter, columns: list,
             scan: bool = False):
    """SELECT keys, columns FROM a summary table (agent_id, day, maybe account_id) of the period, grouped by keys;
    scan: read the whole table in order rather than the period's rows through the day index."""
    keys = [c.agent_id if d == "agent" else c.segment if d == "segment"  # the rows carry their account's segment
            else bucket_of_day(d, c.day, p.first, p.last) for d in dimensions]
    day = c.day + 0 if scan else c.day  # an expression: no index on it
    statement = select(*keys, *columns).select_from(table).where(day.between(p.f, p.t))
    if where.agent_ids:
        statement = statement.where(c.agent_id.in_(where.agent_ids))
    if where.segments:
        named = [s for s in where.segments if s is not None]
        statement = statement.where(or_(*([c.segment.in_(named)] if named else []),
                                        *([c.segment.is_(None)] if None in where.segments else [])))
    return statement.group_by(*keys) if keys else statement


def _put(conn: Connection, out: Groups, statement, dimensions: tuple[str, ...], names: list[str],
         codes: dict[int, str]) -> None:
    for row in conn.execute(statement):
        raw, values = row[: len(dimensions)], row[len(dimensions):]
        if not dimensions and not any(values):
            continue  # the aggregate row of an empty set
        key = tuple(codes.get(v, v) if d == "agent" else key_value(d, v) for d, v in zip(dimensions, raw, strict=True))
        group = out.setdefault(key, {})
        for name, value in zip(names, values, strict=True):
            group[name] = _value(name, value)


def _value(name: str, value: Any) -> Any:
    if name.endswith("_amount"):
        return (Decimal(int(value or 0)) / 100).quantize(_CENT)
    return int(value or 0)

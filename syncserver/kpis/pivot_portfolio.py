"""A report's assigned accounts and collected amounts grouped by agent, segment and day buckets, in SQL.

Assigned accounts: distinct accounts of the kpi_holdings rows (local days an agent held an
account; agent 0: any agent) that overlap each cell's days. A cell of several day dimensions
(a week and a month) covers the days both share. Collected: payments dated in the cell; for an
agent, those kpi_collected credits to it (it held the account that day); for several agents
without the agent dimension, each account-day once.
"""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal
from typing import Any

from sqlalchemy import BigInteger, Connection, Integer, case, func, literal, select, type_coerce, union_all

from ..db.kpi_models import KpiCollected, KpiHolding, Payment
from ..db.models import Account, Agent
from .derive import ANY_AGENT
from .period import Period
from .pivot_buckets import bucket_of_day, date_ordinal, key_value
from .pivot_summary import run_start
from .pivot_visits import Groups, VisitFilter, segment_accounts

DAY_BUCKETS = ("day", "week", "month")
_holdings, _collected, _payments = KpiHolding.__table__, KpiCollected.__table__, Payment.__table__
_accounts, _agents = Account.__table__, Agent.__table__
_CENT = Decimal("0.01")
_COMPOUND = 400  # SQLite allows 500 terms in one compound SELECT


def day_cells(dimensions: tuple[str, ...], first: date, last: date) -> list[tuple[tuple, int, int]]:
    """(bucket keys, first ordinal, last ordinal) of the runs of days with the same day, week and month buckets."""
    cells: list[list] = []
    day = first
    while day <= last:
        keys = tuple(_bucket(dimension, day) for dimension in dimensions)
        if cells and cells[-1][0] == keys:
            cells[-1][2] = day.toordinal()
        else:
            cells.append([keys, day.toordinal(), day.toordinal()])
        day += timedelta(days=1)
    return [tuple(cell) for cell in cells]


def _bucket(dimension: str, day: date) -> int:
    if dimension == "week":
        return (day - timedelta(days=day.weekday())).toordinal()
    if dimension == "month":
        return day.replace(day=1).toordinal()
    return day.toordinal()


def assigned_accounts(conn: Connection, p: Period, dimensions: tuple[str, ...], where: VisitFilter) -> Groups:
    """{keys: {"assigned_accounts": n}}: distinct accounts held in each cell by its agent(s)."""
    h, acc = _holdings.c, _accounts.c
    times = tuple(d for d in dimensions if d in DAY_BUCKETS)
    per_agent = "agent" in dimensions or bool(where.agent_ids)
    if times and ("agent" in dimensions or len(where.agent_ids) <= 1):
        return _assigned_by_runs(conn, p, dimensions, where, times)
    columns = {"agent": h.agent_id, "segment": acc.segment}
    out: Groups = {}
    cells = day_cells(times, p.first, p.last) if times else [((), p.f, p.t)]
    for start in range(0, len(cells), _COMPOUND):
        chunk = cells[start : start + _COMPOUND]
        if times:
            calendar = union_all(*(select(*(literal(k, Integer).label(f"key_{d}") for d, k in zip(times, keys,
                                                                                                   strict=True)),
                                          literal(f, Integer).label("f"), literal(t, Integer).label("t"))
                                   for keys, f, t in chunk)).subquery()
            f_col, t_col, time_keys = calendar.c.f, calendar.c.t, {d: calendar.c[f"key_{d}"] for d in times}
            source = calendar.join(_holdings, (h.first_day <= t_col) & (h.last_day >= f_col))
        else:
            time_keys, source = {}, _holdings
            f_col, t_col = literal(p.f, Integer), literal(p.t, Integer)
        if "segment" in dimensions:
            source = source.join(_accounts, acc.id == h.account_id)
        keys = [time_keys.get(d, columns.get(d)) for d in dimensions]
        statement = select(*keys, func.count(func.distinct(h.account_id))).select_from(source).where(
            h.first_day <= t_col, h.last_day >= f_col,
            (h.agent_id != ANY_AGENT) if per_agent else (h.agent_id == ANY_AGENT))
        if where.agent_ids:
            statement = statement.where(h.agent_id.in_(where.agent_ids))
        if where.segments:
            statement = statement.where(h.account_id.in_(segment_accounts(where.segments)))
        if keys:
            statement = statement.group_by(*keys)
        _put(conn, out, statement, dimensions, "assigned_accounts")
    return out


def _assigned_by_runs(conn: Connection, p: Period, dimensions: tuple[str, ...], where: VisitFilter,
                      times: tuple[str, ...]) -> Groups:
    """Assigned accounts per run of days, in one pass over the holdings: each holding overlapping the period
    covers the runs from the one of its first day to the one of its last, so a run's count is the holdings
    begun by it minus those ended before it (a running sum over the runs of the grouped counts), less a
    holding whose pair's previous holding already touched its first run. Holdings of one pair (agent and
    account; agent 0: any agent) never overlap, so each account counts once per run and agent."""
    h, acc = _holdings.c, _accounts.c

    def run_of(day):
        return run_start(times, day, p.first, p.last)

    first = case((h.first_day > p.f, h.first_day), else_=p.f)
    last = case((h.last_day < p.t, h.last_day), else_=p.t)
    repeat = case(((h.prev_last >= p.f) & (run_of(h.prev_last) == run_of(first)), 1), else_=0)
    others = [d for d in dimensions if d not in times]
    keys = [h.agent_id if d == "agent" else acc.segment for d in others]
    source = _holdings.join(_accounts, acc.id == h.account_id) if "segment" in others else _holdings
    began, ended = run_of(first).label("began"), run_of(last).label("ended")
    statement = (select(*keys, began, ended, func.count(), func.sum(repeat)).select_from(source)
                 .where(h.first_day <= p.t, h.last_day >= p.f,
                        (h.agent_id != ANY_AGENT) if "agent" in dimensions or where.agent_ids
                        else (h.agent_id == ANY_AGENT))
                 .group_by(*keys, began, ended))
    if where.agent_ids:
        statement = statement.where(h.agent_id.in_(where.agent_ids))
    if where.segments:
        statement = statement.where(h.account_id.in_(segment_accounts(where.segments)))
    codes = dict(conn.execute(select(_agents.c.id, _agents.c.code)).all()) if "agent" in dimensions else {}
    starts: dict[tuple, dict[int, int]] = {}
    ends: dict[tuple, dict[int, int]] = {}
    for *group, run_began, run_ended, count, repeats in conn.execute(statement):
        group = tuple(codes.get(v, v) if d == "agent" else v for d, v in zip(others, group, strict=True))
        began_here, ended_here = starts.setdefault(group, {}), ends.setdefault(group, {})
        began_here[run_began] = began_here.get(run_began, 0) + count - int(repeats or 0)
        ended_here[run_ended] = ended_here.get(run_ended, 0) + count
    out: Groups = {}
    for group in starts:
        held = 0
        for run_keys, f, _t in day_cells(times, p.first, p.last):
            held += starts[group].get(f, 0)
            if held:
                parts = dict(zip(others, group, strict=True)) | {
                    d: key_value(d, k) for d, k in zip(times, run_keys, strict=True)}
                out[tuple(parts[d] for d in dimensions)] = {"assigned_accounts": held}
            held -= ends[group].get(f, 0)
    return out


def collected_amounts(conn: Connection, p: Period, dimensions: tuple[str, ...], where: VisitFilter) -> Groups:
    """{keys: {"collected_amount": Decimal}}: payments dated in each cell on its agent(s)' or segment's accounts."""
    c, pay, acc = _collected.c, _payments.c, _accounts.c
    if "agent" in dimensions or where.agent_ids:
        source = select(c.account_id, c.agent_id, c.day, c.amount).where(c.day.between(p.f, p.t))
        if where.agent_ids:
            source = source.where(c.agent_id.in_(where.agent_ids))
        if "agent" not in dimensions:  # two filtered agents that held the account that day: its payments once
            source = (select(c.account_id, c.day, func.max(type_coerce(c.amount, BigInteger)).label("amount"))
                      .where(c.day.between(p.f, p.t), c.agent_id.in_(where.agent_ids))
                      .group_by(c.account_id, c.day))
        paid = source.subquery()
        day, amount, account = paid.c.day, type_coerce(paid.c.amount, BigInteger), paid.c.account_id
    else:
        paid = _payments
        day = date_ordinal(pay.paid_on, conn.dialect.name)
        amount, account = type_coerce(pay.amount, BigInteger), pay.account_id
    columns = {"segment": acc.segment}
    if "agent" in dimensions:
        columns["agent"] = paid.c.agent_id
    keys = [columns[d] if d in columns else bucket_of_day(d, day, p.first, p.last) for d in dimensions]
    statement = select(*keys, func.sum(amount)).select_from(
        paid.join(_accounts, acc.id == account) if "segment" in dimensions else paid)
    if paid is _payments:
        statement = statement.where(pay.paid_on.between(p.first, p.last))
    if where.segments:
        statement = statement.where(account.in_(segment_accounts(where.segments)))
    if keys:
        statement = statement.group_by(*keys)
    out: Groups = {}
    _put(conn, out, statement, dimensions, "collected_amount")
    return out


def _put(conn: Connection, out: Groups, statement, dimensions: tuple[str, ...], name: str) -> None:
    codes = dict(conn.execute(select(_agents.c.id, _agents.c.code)).all()) if "agent" in dimensions else {}
    for row in conn.execute(statement):
        *raw, value = row
        key = tuple(codes.get(v, v) if d == "agent" else key_value(d, v) for d, v in zip(dimensions, raw, strict=True))
        out.setdefault(key, {})[name] = _value(name, value)


def _value(name: str, value: Any) -> Any:
    if name == "collected_amount":
        return (Decimal(int(value or 0)) / 100).quantize(_CENT)
    return int(value or 0)

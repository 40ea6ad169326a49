"""A report's visit measures by any dimensions from kpi_visit_hours, the narrow per-hour rows, instead of the visits.

kpi_visit_hours holds the counted visits per local day, local hour, agent, account, outcome and
verdict, in day order: a period is one range of narrow rows, with no correction to look up and
no local time to compute. Distinct accounts are COUNT(DISTINCT account_id) in each group. The
flags and the promises' outcomes are not in it: reports asking for them read the visits (pivot_visits).
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from sqlalchemy import BigInteger, Connection, case, distinct, func, or_, select, type_coerce

from ..db.kpi_models import KpiVisitHour
from ..db.models import Agent
from .derive import CONTACT_OUTCOMES, PROMISE, RPC_OUTCOMES
from .period import Period
from .pivot_buckets import bucket_of_day, key_value
from .pivot_visits import VISIT_BASES, Groups, VisitFilter

HOUR_BASES = frozenset({"attempts", "accounts_attempted", "contacts", "accounts_contacted", "rpc", "promises",
                        "promised_amount", "outside_visits", "inside_visits"})
_hours, _agents = KpiVisitHour.__table__, Agent.__table__
_CENT = Decimal("0.01")


def hours_apply(bases: frozenset[str]) -> bool:
    """Whether kpi_visit_hours has these measures (it has every dimension and filter)."""
    return bases & set(VISIT_BASES) <= HOUR_BASES


def _when(condition, column) -> Any:
    return func.sum(case((condition, column), else_=0))


def _columns(names: list[str]) -> list:
    h = _hours.c
    contact = h.outcome.in_(CONTACT_OUTCOMES)
    columns = {
        "attempts": func.sum(h.attempts), "accounts_attempted": func.count(distinct(h.account_id)),
        "contacts": _when(contact, h.attempts), "accounts_contacted": func.count(distinct(case((contact, h.account_id)))),
        "rpc": _when(h.outcome.in_(RPC_OUTCOMES), h.attempts), "promises": _when(h.outcome == PROMISE, h.attempts),
        "promised_amount": func.sum(type_coerce(h.promised, BigInteger)),
        "outside_visits": _when(h.verdict == "outside", h.attempts),
        "inside_visits": _when(h.verdict == "inside", h.attempts),
    }
    return [columns[name] for name in names]


def hour_filter(statement, where: VisitFilter):
    """The report's filters on kpi_visit_hours rows."""
    h = _hours.c
    if where.agent_ids:
        statement = statement.where(h.agent_id.in_(where.agent_ids))
    if where.segments:
        named = [s for s in where.segments if s is not None]
        conditions = ([h.segment.in_(named)] if named else []) + ([h.segment.is_(None)] if None in where.segments
                                                                  else [])
        statement = statement.where(or_(*conditions))
    if where.outcomes:
        statement = statement.where(h.outcome.in_(where.outcomes))
    if where.verdicts:
        statement = statement.where(h.verdict.in_(where.verdicts))
    return statement


def hour_groupings(conn: Connection, p: Period, groupings: list[tuple[str, ...]], where: VisitFilter,
                   bases: frozenset[str]) -> dict[tuple[str, ...], Groups]:
    """{grouping: {keys: {base: value}}} of the period's counted visits, one GROUP BY per grouping."""
    h = _hours.c
    wanted = [name for name in VISIT_BASES if name in bases]
    out: dict[tuple[str, ...], Groups] = {grouping: {} for grouping in groupings}
    if not wanted:
        return out
    codes = (dict(conn.execute(select(_agents.c.id, _agents.c.code)).all())
             if any("agent" in grouping for grouping in groupings) else {})
    for grouping in groupings:
        keys = [_key(d, p) for d in grouping]
        statement = select(*keys, func.count(), *_columns(wanted)).where(h.day.between(p.f, p.t))
        statement = hour_filter(statement, where)
        if keys:
            statement = statement.group_by(*keys)
        for row in conn.execute(statement):
            raw, rows, values = row[: len(keys)], row[len(keys)], row[len(keys) + 1:]
            if not rows:
                continue  # the aggregate row of an empty set
            key = tuple(codes.get(v, v) if d == "agent" else key_value(d, v) for d, v in zip(grouping, raw, strict=True))
            out[grouping][key] = {name: _value(name, value) for name, value in zip(wanted, values, strict=True)}
    return out


def _key(dimension: str, p: Period):
    h = _hours.c
    column = {"agent": h.agent_id, "segment": h.segment, "outcome": h.outcome, "verdict": h.verdict,
              "hour": h.hour}.get(dimension)
    return column if column is not None else bucket_of_day(dimension, h.day, p.first, p.last)


def _value(name: str, value: Any) -> Any:
    if name.endswith("_amount"):
        return (Decimal(int(value or 0)) / 100).quantize(_CENT)
    return int(value or 0)

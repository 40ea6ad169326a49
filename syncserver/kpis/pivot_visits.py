"""A report's visit measures grouped by any dimensions, in one GROUP BY over the visits table.

For the dimensions the summaries do not carry (local hour and weekday, outcome, verdict) and
for the flag and geofence counts, the counted visits (not corrected; started in the period) are
read from the visits table and bucketed in local time by pivot_buckets. Distinct accounts are
COUNT(DISTINCT) in each group, so every group, and every total, counts an account once.
Promises matured and kept come from kpi_promises (the same rows compute_kpis counts).
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from sqlalchemy import (
    BigInteger,
    Connection,
    Integer,
    case,
    distinct,
    exists,
    func,
    literal,
    null,
    or_,
    select,
    type_coerce,
    union_all,
)
from sqlalchemy.orm import aliased

from ..db.kpi_models import KpiPromise
from ..db.models import Account, Agent, Flag, Visit
from .derive import CONTACT_OUTCOMES, PROMISE, RPC_OUTCOMES
from .period import Period
from .pivot_buckets import bucket_of_quarter, key_value, local_quarter
from .report_catalog import DIMENSIONS as DIMENSION_ORDER

VISIT_BASES = ("attempts", "accounts_attempted", "contacts", "accounts_contacted", "rpc", "promises",
               "promised_amount", "promises_matured", "promises_kept", "flagged_visits", "outside_visits",
               "inside_visits")
Groups = dict[tuple, dict[str, Any]]
_visits, _accounts, _agents, _flags, _promises = (Visit.__table__, Account.__table__, Agent.__table__,
                                                  Flag.__table__, KpiPromise.__table__)
_CENT = Decimal("0.01")


@dataclass(frozen=True, slots=True)
class VisitFilter:
    """Which visits count: agent ids, segments (None: accounts without one), outcomes, verdicts; empty: all."""

    agent_ids: tuple[int, ...] = ()
    segments: tuple[str | None, ...] = ()
    outcomes: tuple[str, ...] = ()
    verdicts: tuple[str, ...] = ()


def segment_accounts(segments: tuple[str | None, ...]):
    """The ids of the accounts of these segments, as a subquery (None: accounts without a segment)."""
    acc = _accounts.c
    named = [s for s in segments if s is not None]
    conditions = ([acc.segment.in_(named)] if named else []) + ([acc.segment.is_(None)] if None in segments else [])
    return select(acc.id).where(or_(*conditions))


def _flag(condition) -> Any:
    return case((condition, 1), else_=0)


def visit_measures(conn: Connection, p: Period, dimensions: tuple[str, ...], where: VisitFilter,
                   bases: frozenset[str]) -> Groups:
    """{keys: {base: value}} of the counted visits of the period, for the visit bases asked."""
    return visit_groupings(conn, p, [dimensions], where, bases)[dimensions]


def visit_groupings(conn: Connection, p: Period, groupings: list[tuple[str, ...]], where: VisitFilter,
                    bases: frozenset[str]) -> dict[tuple[str, ...], Groups]:
    """visit_measures of several groupings, reading the visits once: the period's counted visits, narrowed to
    their keys and flags, are a MATERIALIZED CTE that each grouping's GROUP BY reads (a UNION ALL)."""
    v, acc, k = _visits.c, _accounts.c, _promises.c
    wanted = [name for name in VISIT_BASES if name in bases]
    if not wanted:
        return {grouping: {} for grouping in groupings}
    every = [d for d in DIMENSION_ORDER if any(d in grouping for grouping in groupings)]
    quarter = local_quarter(v.started_at, conn.dialect.name, p.zone, p.start, p.end)
    matured = k.settles_by < p.as_of.toordinal()
    source = _visits
    if "segment" in every:
        source = source.join(_accounts, acc.id == v.account_id)
    promised = "promises_matured" in wanted or "promises_kept" in wanted
    if promised:
        source = source.outerjoin(_promises, k.visit_id == v.id)
    correction = aliased(_visits)
    counted = (select(*(_key(d, quarter, p) for d in every), v.account_id,
                      _flag(v.outcome.in_(CONTACT_OUTCOMES)).label("contact"),
                      _flag(v.outcome.in_(RPC_OUTCOMES)).label("rpc"), _flag(v.outcome == PROMISE).label("promise"),
                      case((v.outcome == PROMISE, type_coerce(v.promise_amount, BigInteger))).label("promised"),
                      (_flag(matured) if promised else literal(0, Integer)).label("matured"),
                      (_flag(matured & k.kept) if promised else literal(0, Integer)).label("kept"),
                      _flag(exists().where(_flags.c.visit_id == v.id)).label("flagged"),
                      _flag(v.verdict == "outside").label("outside"), _flag(v.verdict == "inside").label("inside"))
               .select_from(source)
               .where(v.started_at >= p.start, v.started_at < p.end, ~exists().where(correction.c.corrects == v.id)))
    # "agent_id IN (...)" lets SQLite range-scan the (agent_id, started_at) index once per agent.
    counted = counted.where(v.agent_id.in_(where.agent_ids or select(_agents.c.id)))
    if where.segments:
        counted = counted.where(v.account_id.in_(segment_accounts(where.segments)))
    if where.outcomes:
        counted = counted.where(v.outcome.in_(where.outcomes))
    if where.verdicts:
        counted = counted.where(v.verdict.in_(where.verdicts))
    c = counted.cte("counted").prefix_with("MATERIALIZED") if len(groupings) > 1 else counted.subquery("counted")
    columns = {
        "attempts": func.count(), "accounts_attempted": func.count(distinct(c.c.account_id)),
        "contacts": func.sum(c.c.contact), "accounts_contacted": func.count(distinct(case((c.c.contact == 1,
                                                                                          c.c.account_id)))),
        "rpc": func.sum(c.c.rpc), "promises": func.sum(c.c.promise), "promised_amount": func.sum(c.c.promised),
        "promises_matured": func.sum(c.c.matured), "promises_kept": func.sum(c.c.kept),
        "flagged_visits": func.sum(c.c.flagged), "outside_visits": func.sum(c.c.outside),
        "inside_visits": func.sum(c.c.inside),
    }
    branches = []
    for number, grouping in enumerate(groupings):
        keys = [c.c[f"key_{d}"] if d in grouping else null() for d in every]
        branch = select(literal(number, Integer), *keys, func.count(), *(columns[name] for name in wanted))
        branches.append(branch.group_by(*(c.c[f"key_{d}"] for d in grouping)) if grouping else branch)
    statement = branches[0] if len(branches) == 1 else union_all(*branches)
    out: dict[tuple[str, ...], Groups] = {grouping: {} for grouping in groupings}
    codes = dict(conn.execute(select(_agents.c.id, _agents.c.code)).all()) if "agent" in every else {}
    for row in conn.execute(statement):
        grouping = groupings[row[0]]
        raw = dict(zip(every, row[1 : 1 + len(every)], strict=True))
        visits, values = row[1 + len(every)], row[2 + len(every):]
        if not visits:
            continue  # the aggregate row of an empty set
        key = tuple(codes.get(raw[d], raw[d]) if d == "agent" else key_value(d, raw[d]) for d in grouping)
        out[grouping][key] = {name: _value(name, value) for name, value in zip(wanted, values, strict=True)}
    return out


def _key(dimension: str, quarter, p: Period):
    v = _visits.c
    column = {"agent": v.agent_id, "segment": _accounts.c.segment, "outcome": v.outcome, "verdict": v.verdict}.get(
        dimension)
    if column is None:
        column = bucket_of_quarter(dimension, quarter, p.first, p.last)
    return column.label(f"key_{dimension}")


def _value(name: str, value: Any) -> Any:
    if name.endswith("_amount"):
        return (Decimal(int(value or 0)) / 100).quantize(_CENT)
    return int(value or 0)

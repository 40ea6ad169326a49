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

from sqlalchemy import BigInteger, Connection, case, distinct, exists, func, or_, select, type_coerce
from sqlalchemy.orm import aliased

from ..db.kpi_models import KpiPromise
from ..db.models import Account, Agent, Flag, Visit
from .derive import CONTACT_OUTCOMES, PROMISE, RPC_OUTCOMES
from .period import Period
from .pivot_buckets import bucket_of_quarter, key_value, local_quarter

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


def _count(condition) -> Any:
    return func.coalesce(func.sum(case((condition, 1), else_=0)), 0)


def visit_measures(conn: Connection, p: Period, dimensions: tuple[str, ...], where: VisitFilter,
                   bases: frozenset[str]) -> Groups:
    """{keys: {base: value}} of the counted visits of the period, for the visit bases asked."""
    v, acc, k = _visits.c, _accounts.c, _promises.c
    wanted = [name for name in VISIT_BASES if name in bases]
    if not wanted:
        return {}
    quarter = local_quarter(v.started_at, conn.dialect.name, p.zone, p.start, p.end)
    keys = [_key(dimension, quarter, p) for dimension in dimensions]
    matured = k.settles_by < p.as_of.toordinal()
    flagged = exists().where(_flags.c.visit_id == v.id)
    contact = v.outcome.in_(CONTACT_OUTCOMES)
    columns = {
        "attempts": func.count(),
        "accounts_attempted": func.count(distinct(v.account_id)),
        "contacts": _count(contact),
        "accounts_contacted": func.count(distinct(case((contact, v.account_id)))),
        "rpc": _count(v.outcome.in_(RPC_OUTCOMES)),
        "promises": _count(v.outcome == PROMISE),
        "promised_amount": func.sum(case((v.outcome == PROMISE, type_coerce(v.promise_amount, BigInteger)))),
        "promises_matured": _count(matured),
        "promises_kept": _count(matured & k.kept),
        "flagged_visits": _count(flagged),
        "outside_visits": _count(v.verdict == "outside"),
        "inside_visits": _count(v.verdict == "inside"),
    }
    source = _visits
    if "segment" in dimensions:
        source = source.join(_accounts, acc.id == v.account_id)
    if "promises_matured" in wanted or "promises_kept" in wanted:
        source = source.outerjoin(_promises, k.visit_id == v.id)
    correction = aliased(_visits)
    statement = (select(*keys, *(columns[name] for name in wanted)).select_from(source)
                 .where(v.started_at >= p.start, v.started_at < p.end,
                        ~exists().where(correction.c.corrects == v.id)))
    # "agent_id IN (...)" lets SQLite range-scan the (agent_id, started_at) index once per agent.
    statement = statement.where(v.agent_id.in_(where.agent_ids or select(_agents.c.id)))
    if where.segments:
        statement = statement.where(v.account_id.in_(segment_accounts(where.segments)))
    if where.outcomes:
        statement = statement.where(v.outcome.in_(where.outcomes))
    if where.verdicts:
        statement = statement.where(v.verdict.in_(where.verdicts))
    if keys:
        statement = statement.group_by(*keys)
    out: Groups = {}
    agent_codes = dict(conn.execute(select(_agents.c.id, _agents.c.code)).all()) if "agent" in dimensions else {}
    for row in conn.execute(statement):
        raw = tuple(row[: len(keys)])
        if not keys and not row[0]:
            continue  # no visits: the aggregate row of an empty set
        key = tuple(agent_codes.get(value, value) if dimension == "agent" else key_value(dimension, value)
                    for dimension, value in zip(dimensions, raw, strict=True))
        values = row[len(keys):]
        out[key] = {name: _value(name, value) for name, value in zip(wanted, values, strict=True)}
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

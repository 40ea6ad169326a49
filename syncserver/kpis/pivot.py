"""Running a custom report: every cell and every total in SQL, reusing the KPI engine where it already groups so.

Each grouping a report needs (rows × column, rows alone, the column alone, nothing) is its own
query, so a total is computed, never summed: distinct accounts are not additive. A grouping comes
from the first source that has it: the KPI engine's filtered_kpis (none, agent or day alone; a
week or month bucket, alone or by agent, as one engine period per bucket; at most one agent and
one segment as filters; only its measures), the summaries (pivot_summary: agent, segment and day
buckets), the per-hour summaries (pivot_hours: hour, outcome, verdict too; visit counts and
distinct accounts), or the visits table (pivot_visits: flags, promises' outcomes by hour, outcome
or verdict; read once for all the groupings left). Assigned accounts and collected amounts come from pivot_portfolio.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

from sqlalchemy import Connection, Engine, select

from ..db.models import Account, Agent
from .days import branch_kpi_settings, today, zone_of
from .filtered import filtered_kpis
from .period import Period
from .pivot_buckets import bucket_range, calendar_keys
from .pivot_hours import hour_groupings, hours_apply
from .pivot_portfolio import assigned_accounts, collected_amounts
from .pivot_result import TOTAL, PivotResult
from .pivot_summary import summary_applies, summary_measures
from .pivot_visits import VISIT_BASES, Groups, VisitFilter, visit_groupings
from .report_catalog import (
    CALENDAR,
    HOLDING_DIMENSIONS,
    KPI_BASES,
    MEASURES,
    OUTCOMES,
    PAYMENT_DIMENSIONS,
    VERDICTS,
    ReportError,
)
from .report_definition import ReportDefinition
from .summaries import ensure_summaries, summaries_current

_ORDER = {"outcome": {code: i for i, code in enumerate(OUTCOMES)},
          "verdict": {code: i for i, code in enumerate(VERDICTS)}}
_ZERO = Decimal("0.00")
_DISTINCT_BASES = frozenset({"accounts_attempted", "accounts_contacted"})


@dataclass(frozen=True, slots=True)
class ReportChoices:
    """What the builder's filters offer: agents (code, name) by name, and the segments in use."""

    agents: tuple[tuple[str, str], ...]
    segments: tuple[str, ...]


def report_choices(engine: Engine) -> ReportChoices:
    """The agents and segments a report can be filtered by."""
    with engine.connect() as conn:
        agents = conn.execute(select(Agent.code, Agent.name).order_by(Agent.name, Agent.code)).all()
        segments = conn.scalars(select(Account.segment).where(Account.segment.is_not(None)).distinct()
                                .order_by(Account.segment)).all()
    return ReportChoices(tuple(tuple(row) for row in agents), tuple(segments))


def run_report(engine: Engine, definition: ReportDefinition, *, on: date | None = None,
               as_of: date | None = None) -> PivotResult:
    """Every cell of the report, its presets read on the local date `on` (default: the branch's today)."""
    definition.validate()
    with engine.connect() as conn:
        current = summaries_current(conn)
    if not current:
        with engine.connect().execution_options(sqlite_begin="IMMEDIATE") as conn, conn.begin():
            ensure_summaries(conn)
    options = {"isolation_level": "REPEATABLE READ"} if engine.dialect.name == "postgresql" else {}
    with engine.connect().execution_options(**options) as conn, conn.begin():  # one snapshot for every grouping
        return _run(conn, definition, on, as_of)


def _run(conn: Connection, d: ReportDefinition, on: date | None, as_of: date | None) -> PivotResult:
    timezone = branch_kpi_settings(conn)[0]
    zone = zone_of(timezone)
    local_today = today(zone)
    first, last = d.period(on or local_today)
    p = Period.of(first, last, as_of or on or local_today, zone)
    agents = dict(conn.execute(select(Agent.code, Agent.id)).all())
    names = dict(conn.execute(select(Agent.code, Agent.name)).all())
    unknown = [code for code in d.filters.agents if code not in agents]
    if unknown:
        raise ReportError("unknown_agent", f"no agent has the code {unknown[0]!r}", unknown[0])
    f = d.filters
    where = VisitFilter(tuple(agents[c] for c in f.agents), f.segments, f.outcomes, f.verdicts)
    bases = frozenset(base for m in d.measures for base in MEASURES[m].bases)
    needed = [d.dimensions, ()] + ([d.rows, (d.column,)] if d.column else [])
    found = grouped(conn, p, needed, where, bases)
    full = found[d.dimensions]
    row_keys = _keys(full, d.rows, 0, bases, p, fill=len(d.rows) == 1)
    cells: dict[tuple[Any, Any], dict[str, Any]] = {}
    grand = _values(found[()].get((), {}), d.measures)
    if d.column is None:
        for row in row_keys:
            cells[(row, TOTAL)] = _values(full.get(row, {}), d.measures)
        column_keys: tuple = ()
    else:
        column_keys = tuple(key[0] for key in _keys(full, (d.column,), len(d.rows), bases, p, fill=True))
        by_rows, by_column = found[d.rows], found[(d.column,)]
        for row in row_keys:
            cells[(row, TOTAL)] = _values(by_rows.get(row, {}), d.measures)
            for key in column_keys:
                cells[(row, key)] = _values(full.get((*row, key), {}), d.measures)
        for key in column_keys:
            cells[(TOTAL, key)] = _values(by_column.get((key,), {}), d.measures)
    cells[(TOTAL, TOTAL)] = grand
    return PivotResult(d, first, last, timezone, p.as_of, row_keys, column_keys, cells, names)


def _keys(found: Groups, dimensions: tuple[str, ...], start: int, bases: frozenset[str], p: Period,
          fill: bool) -> tuple[tuple, ...]:
    """The keys of `dimensions` (found keys' parts from `start` on) of the groups that have anything, in order;
    a calendar dimension alone (fill) lists every bucket of the period, empty ones too (hours: from the first
    to the last that has anything, not the empty night)."""
    keys = {key[start : start + len(dimensions)] for key, values in found.items()
            if any(values.get(base) for base in bases)}
    if fill and len(dimensions) == 1 and dimensions[0] in CALENDAR:
        every = calendar_keys(dimensions[0], p.first, p.last)
        if dimensions[0] == "hour" and keys:
            low, high = min(keys)[0], max(keys)[0]
            every = [hour for hour in every if low <= hour <= high]
        return tuple((key,) for key in every)
    return tuple(sorted(keys, key=lambda key: tuple(_sort_key(d, v) for d, v in zip(dimensions, key, strict=True))))


def _sort_key(dimension: str, value: Any) -> tuple:
    if dimension in _ORDER:
        return (0, _ORDER[dimension].get(value, len(_ORDER[dimension])), str(value))
    return (value is None, value if value is not None else 0)


def _values(found: dict[str, Any], measures: tuple[str, ...]) -> dict[str, Any]:
    """The measures of one cell from its counted bases; a rate is None when its denominator is 0."""
    out = {}
    for name in measures:
        measure = MEASURES[name]
        if measure.numerator:
            numerator, denominator = found.get(measure.numerator, 0), found.get(measure.denominator, 0)
            out[name] = numerator / denominator if denominator else None
        else:
            out[name] = found.get(name, _ZERO if measure.kind == "money" else 0)
    return out


def grouped(conn: Connection, p: Period, groupings: list[tuple[str, ...]], where: VisitFilter,
            bases: frozenset[str], *, engine: bool = True, summaries: bool = True) -> dict[tuple[str, ...], Groups]:
    """{grouping: {keys: {base: value}}} (keys in each grouping's order), each grouping from the first source
    that has it: the KPI engine, the summaries, the per-hour summaries, or the visits table (read once for all
    the groupings left).
    engine=False or summaries=False skip a source (the tests compare them)."""
    out: dict[tuple[str, ...], Groups] = {}
    left, hourly = [], []
    for grouping in dict.fromkeys(groupings):
        reused = _from_engine(conn, p, grouping, where, bases) if engine else None
        if reused is not None:
            out[grouping] = reused
            continue
        # By weekday the summaries count DISTINCT over wide account-day rows: the hour rows are narrower.
        weekday_distinct = "weekday" in grouping and bases & _DISTINCT_BASES and hours_apply(bases)
        if summaries and summary_applies(grouping, where, bases) and not weekday_distinct:
            out[grouping] = summary_measures(conn, p, grouping, where, bases)
        elif summaries and hours_apply(bases):
            hourly.append(grouping)
        else:
            left.append(grouping)
        for name, read, allowed in (("assigned_accounts", assigned_accounts, HOLDING_DIMENSIONS),
                                    ("collected_amount", collected_amounts, PAYMENT_DIMENSIONS)):
            if name in bases and set(grouping) <= allowed:  # validate() refuses the others
                for key, values in read(conn, p, grouping, where).items():
                    out.setdefault(grouping, {}).setdefault(key, {}).update(values)
    found_by_hour = hour_groupings(conn, p, hourly, where, bases) if hourly else {}
    found_in_visits = visit_groupings(conn, p, left, where, bases) if left else {}
    for grouping, found in (*found_by_hour.items(), *found_in_visits.items()):
        for key, values in found.items():
            out.setdefault(grouping, {}).setdefault(key, {}).update(values)
    for grouping in groupings:
        out.setdefault(grouping, {})
    return out


def _from_engine(conn: Connection, p: Period, dimensions: tuple[str, ...], where: VisitFilter,
                 bases: frozenset[str]) -> Groups | None:
    """The grouping from the KPI engine's summaries, or None when it does not group or filter so."""
    if (not bases <= KPI_BASES or where.outcomes or where.verdicts or len(where.agent_ids) > 1
            or len(where.segments) > 1 or None in where.segments):
        return None
    filters = {"agent_id": where.agent_ids[0] if where.agent_ids else None,
               "segment": where.segments[0] if where.segments else None, "as_of": p.as_of}
    if dimensions in ((), ("agent",), ("day",)):  # by segment the engine reads more than pivot_summary
        by = dimensions[0] if dimensions else "none"
        report = filtered_kpis(conn, p.first, p.last, by=by, **filters)
        return {((group.key,) if dimensions else ()): _bases(group, bases) for group in report.groups}
    buckets = [d for d in dimensions if d in ("week", "month")]
    others = [d for d in dimensions if d not in buckets]
    if len(buckets) != 1 or len(others) > 1 or (others and others[0] != "agent"):
        return None
    by = others[0] if others else "none"
    out: Groups = {}
    for key in calendar_keys(buckets[0], p.first, p.last):
        first, last = bucket_range(buckets[0], key, p.first, p.last)
        for group in filtered_kpis(conn, first, last, by=by, **filters).groups:
            parts = {buckets[0]: key, by: group.key}
            out[tuple(parts[d] for d in dimensions)] = _bases(group, bases)
    return out


def _bases(group, bases: frozenset[str]) -> dict[str, Any]:
    return {name: getattr(group, name) for name in bases}


__all__ = ["TOTAL", "VISIT_BASES", "ReportChoices", "grouped", "report_choices", "run_report"]

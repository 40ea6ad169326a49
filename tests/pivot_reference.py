"""The plain-Python reference of custom reports: docs/kpis.md's definitions grouped by any dimensions and filtered.

It reads nothing from the database, only the World's lists (tests/kpi_world.py), and is written
as directly as possible: each measure of each group from the visits, assignments and payments
that belong to it. `expected_cells` then lays the groups out as the pivot does (rows that have
anything, every bucket of a lone calendar dimension, totals computed, not summed).
"""

from __future__ import annotations

from collections import defaultdict
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from typing import Any
from zoneinfo import ZoneInfo

from syncserver.kpis.pivot_result import TOTAL
from syncserver.kpis.report_catalog import CALENDAR, MEASURES
from tests.kpi_world import CONTACTS, RPCS, World

COUNTS = ("attempts", "contacts", "rpc", "promises", "promises_matured", "promises_kept", "flagged_visits",
          "outside_visits", "inside_visits")
CENT = Decimal("0.01")


def _day_start(day: date, zone: ZoneInfo) -> datetime:
    return datetime.combine(day, datetime.min.time(), zone).astimezone(UTC)


def day_key(dimension: str, day: date) -> Any:
    """The bucket of a local date for a day dimension."""
    return {"day": day, "week": day - timedelta(days=day.weekday()), "month": day.replace(day=1),
            "weekday": day.weekday()}[dimension]


def reference_groups(world: World, first: date, last: date, dimensions: tuple[str, ...], as_of: date,
                     agents=(), segments=(), outcomes=(), verdicts=()) -> dict[tuple, dict[str, Any]]:
    """{keys: {base: value}} for every group with anything."""
    zone = ZoneInfo(world.timezone)
    corrected = {v.corrects for v in world.visits if v.corrects}
    groups: dict[tuple, dict[str, Any]] = defaultdict(lambda: {
        **dict.fromkeys(COUNTS, 0), "attempted": set(), "contacted": set(), "assigned": set(),
        "promised_amount": Decimal(0), "collected_amount": Decimal(0)})
    for v in world.visits:
        local = v.started_at.astimezone(zone)
        if v.id in corrected or not first <= local.date() <= last:
            continue
        if ((agents and v.agent not in agents) or (segments and world.segments[v.account] not in segments)
                or (outcomes and v.outcome not in outcomes) or (verdicts and v.verdict not in verdicts)):
            continue
        parts = {"agent": v.agent, "segment": world.segments[v.account], "hour": local.hour,
                 "outcome": v.outcome, "verdict": v.verdict}
        g = groups[tuple(parts[d] if d in parts else day_key(d, local.date()) for d in dimensions)]
        g["attempts"] += 1
        g["attempted"].add(v.account)
        if v.outcome in CONTACTS:
            g["contacts"] += 1
            g["contacted"].add(v.account)
        g["rpc"] += v.outcome in RPCS
        g["flagged_visits"] += bool(v.flags)
        g["outside_visits"] += v.verdict == "outside"
        g["inside_visits"] += v.verdict == "inside"
        if v.outcome == "promise_to_pay":
            g["promises"] += 1
            g["promised_amount"] += v.amount
            settles_by = v.due + timedelta(days=world.grace)
            if settles_by < as_of:
                g["promises_matured"] += 1
                paid = sum((amount for ref, day, amount in world.payments
                            if ref == v.account and local.date() <= day <= settles_by), Decimal(0))
                g["promises_kept"] += paid >= v.amount
    days = [first + timedelta(days=i) for i in range((last - first).days + 1)]
    holding = set(dimensions) <= {"agent", "segment", "day", "week", "month"}
    for ref, agent, held_from, held_to in world.assignments if holding else ():
        if (agents and agent not in agents) or (segments and world.segments[ref] not in segments):
            continue
        for day in days:  # held at some moment of the local day
            if held_from < _day_start(day + timedelta(days=1), zone) and (
                    held_to is None or held_to > _day_start(day, zone)):
                parts = {"agent": agent, "segment": world.segments[ref]}
                groups[tuple(parts[d] if d in parts else day_key(d, day) for d in dimensions)]["assigned"].add(ref)
    dated = set(dimensions) <= {"agent", "segment", "day", "week", "month", "weekday"}
    for ref, day, amount in world.payments if dated else ():
        if not first <= day <= last or (segments and world.segments[ref] not in segments):
            continue
        s, e = _day_start(day, zone), _day_start(day + timedelta(days=1), zone)
        holders = {agent for r, agent, held_from, held_to in world.assignments
                   if r == ref and held_from < e and (held_to is None or held_to > s)}
        if agents:
            holders &= set(agents)
            if not holders:
                continue
        for holder in holders if "agent" in dimensions else [None]:
            parts = {"agent": holder, "segment": world.segments[ref]}
            key = tuple(parts[d] if d in parts else day_key(d, day) for d in dimensions)
            groups[key]["collected_amount"] += amount
    return {key: {**{name: g[name] for name in COUNTS}, "accounts_attempted": len(g["attempted"]),
                  "accounts_contacted": len(g["contacted"]), "assigned_accounts": len(g["assigned"]),
                  "promised_amount": g["promised_amount"].quantize(CENT),
                  "collected_amount": g["collected_amount"].quantize(CENT)} for key, g in groups.items()}


def measure_values(base: dict[str, Any] | None, measures: tuple[str, ...]) -> dict[str, Any]:
    """The measures of a group from its bases (rates None without a denominator; an absent group is zeros)."""
    base = base or {}
    out = {}
    for name in measures:
        m = MEASURES[name]
        if m.numerator:
            out[name] = base.get(m.numerator, 0) / base[m.denominator] if base.get(m.denominator) else None
        else:
            out[name] = base.get(name, Decimal("0.00") if m.kind == "money" else 0)
    return out


def calendar(dimension: str, first: date, last: date, present: list | None = None) -> list:
    """Every bucket of a calendar dimension in first..last, in order; hours from the first to the last present."""
    if dimension == "hour":
        return list(range(min(present), max(present) + 1)) if present else list(range(24))
    if dimension == "weekday":
        return list(range(7))
    days = [first + timedelta(days=i) for i in range((last - first).days + 1)]
    return sorted({day_key(dimension, day) for day in days})


def expected_cells(world: World, definition, first: date, last: date, as_of: date, **filters) -> tuple[set, set, dict]:
    """(row keys, column keys, {(row, column): {measure: value}}) as the pivot must show them."""
    rows, column, measures = definition.rows, definition.column, definition.measures
    bases = {b for m in measures for b in MEASURES[m].bases}
    full = reference_groups(world, first, last, definition.dimensions, as_of, **filters)
    present = [key for key, values in full.items() if any(values[b] for b in bases)]
    if len(rows) == 1 and rows[0] in CALENDAR:
        row_keys = {(key,) for key in calendar(rows[0], first, last, [key[0] for key in present])}
    else:
        row_keys = {key[: len(rows)] for key in present}
    cells = {(TOTAL, TOTAL): measure_values(reference_groups(world, first, last, (), as_of, **filters).get(()),
                                            measures)}
    column_keys: set = set()
    if column is None:
        for row in row_keys:
            cells[(row, TOTAL)] = measure_values(full.get(row), measures)
        return row_keys, column_keys, cells
    column_keys = ({*calendar(column, first, last, [key[-1] for key in present])} if column in CALENDAR
                   else {key[-1] for key in present})
    by_rows = reference_groups(world, first, last, rows, as_of, **filters)
    by_column = reference_groups(world, first, last, (column,), as_of, **filters)
    for row in row_keys:
        cells[(row, TOTAL)] = measure_values(by_rows.get(row), measures)
        for key in column_keys:
            cells[(row, key)] = measure_values(full.get((*row, key)), measures)
    for key in column_keys:
        cells[(TOTAL, key)] = measure_values(by_column.get((key,)), measures)
    return row_keys, column_keys, cells


def assert_matches_reference(result, world: World, **filters) -> None:
    """The pivot's keys and every cell equal the reference's (rates within float rounding)."""
    rows, columns, cells = expected_cells(world, result.definition, result.first, result.last, result.as_of,
                                          **filters)
    assert set(result.row_keys) == rows, (sorted(map(str, result.row_keys)), sorted(map(str, rows)))
    assert set(result.column_keys) == columns
    assert set(result.cells) == set(cells)
    for where, values in cells.items():
        got = result.cells[where]
        for name, value in values.items():
            if isinstance(value, float):
                assert got[name] is not None and abs(got[name] - value) < 1e-12, (where, name, got[name], value)
            else:
                assert got[name] == value, (where, name, got[name], value)

"""Property tests: on random histories and random report definitions, every pivot cell and total equals the reference.

Histories as in test_kpis_properties.py (late, out-of-order and corrected visits, reassignments,
payments) with random geofence verdicts and flags, in zones with and without DST; definitions
pick one or two row dimensions, maybe a column, every measure those allow, and random filters.
SQLite only: test_pivot.py runs fixed cases on both backends. CAMPO_KPI_EXAMPLES=500 searches longer.
"""

from __future__ import annotations

import os
from datetime import timedelta

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import delete

from syncserver.db.models import Flag

from syncserver.kpis.pivot import run_report
from syncserver.kpis.report_catalog import DIMENSIONS, MEASURES, VERDICTS, dimensions_missing, filter_missing
from syncserver.kpis.report_definition import ReportDefinition, ReportFilters
from tests.kpi_world import T0, VisitFact, World
from tests.pivot_reference import assert_matches_reference
from tests.test_kpis_properties import AGENTS, HOURS, OUTCOMES, _clear, _engine, world_amount

visit_op = st.tuples(st.just("visit"), st.integers(0, 2), st.integers(0, 3), st.integers(0, HOURS),
                     st.sampled_from(OUTCOMES), st.integers(1, 300), st.integers(-2, 8), st.sampled_from(VERDICTS),
                     st.booleans())
correction_op = st.tuples(st.just("correct"), st.integers(0, 50), st.integers(0, 3), st.integers(0, HOURS),
                          st.sampled_from(OUTCOMES), st.integers(1, 300), st.integers(-2, 8),
                          st.sampled_from(VERDICTS), st.booleans())
payment_op = st.tuples(st.just("pay"), st.integers(0, 3), st.integers(-1, 14), st.integers(1, 300))
move_op = st.tuples(st.just("move"), st.integers(0, 3), st.integers(-1, 2), st.integers(0, HOURS))
history = st.lists(st.one_of(visit_op, visit_op, correction_op, payment_op, move_op), min_size=1, max_size=20)


@st.composite
def definitions(draw) -> ReportDefinition:
    dimensions = draw(st.lists(st.sampled_from(DIMENSIONS), min_size=1, max_size=3, unique=True))
    rows, column = tuple(dimensions[:2]), (dimensions[2] if len(dimensions) == 3 else None)
    if len(dimensions) == 2 and draw(st.booleans()):
        rows, column = (dimensions[0],), dimensions[1]
    def some(values) -> tuple:  # most reports filter on nothing, or on one thing
        return tuple(draw(st.lists(st.sampled_from(values), min_size=1, max_size=2, unique=True))
                     if draw(st.integers(0, 4)) == 0 else ())

    filters = ReportFilters(agents=some(AGENTS), segments=some(["gold", "silver", None]), outcomes=some(OUTCOMES),
                            verdicts=some(VERDICTS))
    allowed = [name for name in MEASURES if dimensions_missing(name, rows + ((column,) if column else ())) is None
               and filter_missing(name, bool(filters.outcomes), bool(filters.verdicts)) is None]
    start, length = draw(st.integers(-1, 12)), draw(st.integers(0, 13))
    first = T0.date() + timedelta(days=start)
    return ReportDefinition(preset="custom", first=first, last=first + timedelta(days=length), rows=rows,
                            column=column, measures=tuple(allowed), filters=filters)


def _play(world: World, ops: list[tuple]) -> None:
    stored: list[str] = []
    for op in ops:
        if op[0] in ("visit", "correct"):
            kind, who, acct, hour, outcome, amount, due, verdict, flagged = op
            corrects = stored[who % len(stored)] if kind == "correct" and stored else None
            if kind == "correct" and corrects is None:
                continue
            agent = next(v.agent for v in world.visits if v.id == corrects) if corrects else AGENTS[who]
            started = T0 + timedelta(hours=hour)
            promise = outcome == "promise_to_pay"
            world.store_visits([VisitFact(
                f"p{len(world.visits):04d}", agent, f"X{acct}", started, outcome,
                world_amount(amount) if promise else None, (started.date() + timedelta(days=due)) if promise else None,
                corrects, verdict, ("low_accuracy",) if flagged else ())])
            stored.append(world.visits[-1].id)
        elif op[0] == "pay":
            _, acct, day, amount = op
            world.pay(f"X{acct}", T0.date() + timedelta(days=day), str(world_amount(amount)))
        else:
            _, acct, who, hour = op
            world.assign(f"X{acct}", AGENTS[who] if who >= 0 else None, T0 + timedelta(hours=hour))


@settings(max_examples=int(os.environ.get("CAMPO_KPI_EXAMPLES", "40")), deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(ops=history, zone=st.sampled_from(["America/Bogota", "America/Santiago", "UTC"]), grace=st.integers(0, 4),
       reports=st.lists(definitions(), min_size=1, max_size=3), as_of=st.integers(-2, 20))
def test_pivot_equals_reference_on_random_histories(tmp_path_factory, ops, zone, grace, reports, as_of) -> None:
    engine = _engine(tmp_path_factory)
    with engine.begin() as conn:
        conn.execute(delete(Flag))
    _clear(engine)
    world = World(engine, timezone=zone, grace=grace)
    for code in AGENTS:
        world.agent(code)
    for i, segment in enumerate(("gold", None, "silver", "gold")):
        world.account(f"X{i}", segment, AGENTS[i % 3] if i < 3 else None, T0 - timedelta(days=1))
    _play(world, sorted(ops, key=lambda op: (op[0] == "move", op[3] if op[0] == "move" else 0)))
    for definition in reports:
        result = run_report(engine, definition, as_of=T0.date() + timedelta(days=as_of))
        f = definition.filters
        assert_matches_reference(result, world, agents=f.agents, segments=f.segments, outcomes=f.outcomes,
                                 verdicts=f.verdicts)

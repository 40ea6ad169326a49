"""Property tests: on random histories the KPI engine equals the plain-Python reference, and the summaries equal a rebuild.

Histories mix late and out-of-order visits, corrections (of corrections too), reassignments,
unassignments and payments, in random time zones (one with DST) and grace days. SQLite only:
the fixed cases in test_kpis.py run on both backends. CAMPO_KPI_EXAMPLES=500 searches longer.
"""

from __future__ import annotations

import os
from datetime import date, timedelta

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import delete, update

from syncserver.db.bootstrap import open_database
from syncserver.db.kpi_models import (
    KpiAccountDay,
    KpiCollected,
    KpiDaily,
    KpiHolding,
    KpiPromise,
    KpiSegmentDaily,
    KpiState,
    KpiVisitHour,
    Payment,
)
from syncserver.db.models import (
    Account,
    AccountAssignment,
    Agent,
    BranchSettings,
    Device,
    Visit,
)
from syncserver.kpis import compute_kpis
from tests.kpi_world import T0, VisitFact, World, engine_groups, reference
from tests.test_kpis import summaries_match_rebuild

AGENTS = ("A1", "B2", "C3")
OUTCOMES = ("no_contact", "third_party", "rpc", "promise_to_pay")
HOURS = 12 * 24  # histories span twelve days from T0

visit_op = st.tuples(st.just("visit"), st.integers(0, 2), st.integers(0, 3), st.integers(0, HOURS),
                     st.sampled_from(OUTCOMES), st.integers(1, 300), st.integers(-2, 8))
correction_op = st.tuples(st.just("correct"), st.integers(0, 50), st.integers(0, 3), st.integers(0, HOURS),
                          st.sampled_from(OUTCOMES), st.integers(1, 300), st.integers(-2, 8))
payment_op = st.tuples(st.just("pay"), st.integers(0, 3), st.integers(-1, 14), st.integers(1, 300))
move_op = st.tuples(st.just("move"), st.integers(0, 3), st.integers(-1, 2), st.integers(0, HOURS))
segment_op = st.tuples(st.just("segment"), st.integers(0, 3), st.sampled_from(["gold", "silver", None]))
history = st.lists(st.one_of(visit_op, visit_op, correction_op, payment_op, move_op, segment_op), min_size=1,
                   max_size=25)
query = st.tuples(st.integers(-1, 12), st.integers(0, 13), st.integers(-2, 20))


def _clear(engine) -> None:
    with engine.begin() as conn:
        for table in (KpiPromise, KpiAccountDay, KpiDaily, KpiState, KpiHolding, KpiCollected, KpiSegmentDaily,
                      KpiVisitHour, Payment, Visit,
                      AccountAssignment, Account,
                      Device, Agent):
            conn.execute(delete(table))


def _play(world: World, ops: list[tuple], batch: int) -> None:
    """Apply the history; visits go in groups of `batch` as the writer commits them."""
    pending: list[VisitFact] = []
    stored_ids: list[str] = []
    for op in ops:
        kind = op[0]
        if kind in ("visit", "correct"):
            _, who, acct, hour, outcome, amount, due = op
            corrects = None
            if kind == "correct":
                if not stored_ids:
                    continue
                corrects = stored_ids[who % len(stored_ids)]
                who = next(v.agent for v in world.visits if v.id == corrects)
            else:
                who = AGENTS[who]
            started = T0 + timedelta(hours=hour)
            promise = outcome == "promise_to_pay"
            fact = VisitFact(f"v{len(world.visits) + len(pending):04d}-{hour}", who, f"X{acct}", started, outcome,
                             world_amount(amount) if promise else None,
                             (started.date() + timedelta(days=due)) if promise else None, corrects)
            if corrects is not None and pending:
                world.store_visits(pending)  # a correction names a stored visit
                pending = []
            pending.append(fact)
            if len(pending) >= batch:
                world.store_visits(pending)
                pending = []
            stored_ids = [v.id for v in world.visits]
        elif kind == "segment":
            _, acct, segment = op
            world.resegment(f"X{acct}", segment)
        elif kind == "pay":
            _, acct, day, amount = op
            world.pay(f"X{acct}", T0.date() + timedelta(days=day), str(world_amount(amount)))
        else:
            _, acct, who, hour = op
            world.assign(f"X{acct}", AGENTS[who] if who >= 0 else None, T0 + timedelta(hours=hour))
    if pending:
        world.store_visits(pending)


def world_amount(units: int):
    from decimal import Decimal

    return Decimal(units) * Decimal("12.25")


@settings(max_examples=int(os.environ.get("CAMPO_KPI_EXAMPLES", "40")), deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(ops=history, batch=st.integers(1, 4), zone=st.sampled_from(["America/Bogota", "America/Santiago", "UTC"]),
       grace=st.integers(0, 4), queries=st.lists(query, min_size=1, max_size=3))
def test_engine_equals_reference_on_random_histories(tmp_path_factory, ops, batch, zone, grace, queries) -> None:
    engine = _engine(tmp_path_factory)
    _clear(engine)
    world = World(engine, timezone=zone, grace=grace)
    for code in AGENTS:
        world.agent(code)
    for i, segment in enumerate(("gold", None, "silver", "gold")):
        world.account(f"X{i}", segment, AGENTS[i % 3] if i < 3 else None, T0 - timedelta(days=1))
    # Moves in time order (an assignment history has no overlaps); visits and payments in any order.
    _play(world, sorted(ops, key=lambda op: (op[0] == "move", op[3] if op[0] == "move" else 0)), batch)
    for start, length, as_of in queries:
        first = T0.date() + timedelta(days=start)
        last, as_of_day = first + timedelta(days=length), T0.date() + timedelta(days=as_of)
        for by in ("agent", "segment", "day", "none"):
            got = engine_groups(compute_kpis(engine, first, last, by=by, as_of=as_of_day))
            assert got == reference(world, first, last, by, as_of_day), (by, first, last, as_of_day)
    summaries_match_rebuild(engine)  # asserts equality itself; a history may leave no summary rows


_engines: dict = {}


def _engine(tmp_path_factory):
    """One database for every example (cleared each time): migrating per example would dominate."""
    if "engine" not in _engines:
        path = tmp_path_factory.mktemp("kpi-props") / "campo.sqlite3"
        _engines["engine"] = open_database(db_url=f"sqlite:///{path}")
    engine = _engines["engine"]
    with engine.begin() as conn:
        conn.execute(update(BranchSettings).values(timezone="UTC"))
    return engine


def test_reference_sees_a_first_day_and_a_rate_with_no_denominator() -> None:
    """The reference itself: an empty world has one 'none' group of zeros (a guard against a vacuous comparison)."""
    class Empty:
        timezone, grace, visits, assignments, payments, segments = "UTC", 3, [], [], [], {}

    groups = reference(Empty(), date(2026, 3, 1), date(2026, 3, 2), "none", date(2026, 3, 3))
    assert list(groups) == [None] and groups[None]["attempts"] == 0

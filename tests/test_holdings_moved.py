"""The KPI holdings kept by bulk reassignment's set-based path (kpis/holdings.py) equal a full rebuild: on random
move sequences (same day, next day, across local midnight, back to an earlier holder, unassign, from no agent)
with payments before, on and after the move days, in three time zones; and the path is the one taken."""

from __future__ import annotations

import os
from datetime import timedelta
from decimal import Decimal

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import delete

from syncserver.assignments import apply_holders
from syncserver.db.models import Change
from syncserver.kpis.holdings import can_follow_moves
from tests.kpi_world import T0, World
from tests.test_kpis import snapshot, summaries_match_rebuild
from tests.test_kpis_properties import AGENTS, _clear, _engine

STEPS = [0.0, 0.001, 1, 45, 300, 719, 1439, 1440, 1441, 2000, 4320]  # minutes after the previous move
move = st.tuples(st.integers(1, 15), st.integers(-1, 2), st.sampled_from(STEPS), st.booleans())
payment = st.tuples(st.integers(0, 3), st.integers(-1, 4), st.integers(1, 90))  # around the moves' days


def _clear_all(engine) -> None:
    with engine.begin() as conn:
        conn.execute(delete(Change))  # the moves' change log names the agents
    _clear(engine)


def _midnight_after(moment, zone_name):
    from zoneinfo import ZoneInfo

    local = moment.astimezone(ZoneInfo(zone_name))
    return (local.replace(hour=0, minute=0, second=0, microsecond=0) + timedelta(days=1)).astimezone(moment.tzinfo)


@settings(max_examples=int(os.environ.get("CAMPO_KPI_EXAMPLES", "40")), deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(moves=st.lists(move, min_size=1, max_size=8), payments=st.lists(payment, max_size=8),
       zone=st.sampled_from(["America/Bogota", "America/Santiago", "UTC"]))
def test_bulk_moves_keep_holdings_equal_to_a_rebuild(tmp_path_factory, moves, payments, zone) -> None:
    engine = _engine(tmp_path_factory)
    _clear_all(engine)
    world = World(engine, timezone=zone)
    for code in AGENTS:
        world.agent(code)
    for i in range(4):
        world.account(f"X{i}", None, AGENTS[i % 3] if i < 3 else None, T0 - timedelta(days=1))
    for account, day, amount in payments:
        world.pay(f"X{account}", T0.date() + timedelta(days=day), f"{amount}.50")
    now = T0 + timedelta(hours=10)
    for mask, agent, minutes, at_midnight in moves:
        now = _midnight_after(now, zone) if at_midnight else now + timedelta(minutes=minutes)
        holder = None if agent < 0 else world.agents[AGENTS[agent]]
        chosen = {world.accounts[f"X{i}"]: holder for i in range(4) if mask & (1 << i)}
        apply_holders(engine, chosen, now=now)
        summaries_match_rebuild(engine)  # asserts equality itself


def test_a_payment_on_the_move_day_is_credited_to_both_holders(tmp_path_factory) -> None:
    engine = _engine(tmp_path_factory)
    _clear_all(engine)
    world = World(engine)
    for code in AGENTS:
        world.agent(code)
    world.account("X0", None, "A1", T0 - timedelta(days=1))
    move_at = T0 + timedelta(hours=20)  # 15:00 in Bogotá, on T0's local day
    world.pay("X0", T0.date(), "10.50")
    world.pay("X0", T0.date() + timedelta(days=2), "4.00")
    apply_holders(engine, {world.accounts["X0"]: world.agents["B2"]}, now=move_at)
    credited = sorted((agent, day, amount) for _account, agent, day, amount in snapshot(engine)["kpi_collected"])
    a1, b2, day = world.agents["A1"], world.agents["B2"], T0.date().toordinal()
    assert credited == [(a1, day, Decimal("10.50")), (b2, day, Decimal("10.50")), (b2, day + 2, Decimal("4.00"))]
    summaries_match_rebuild(engine)


def test_the_set_based_path_is_the_one_taken_after_earlier_times_only(tmp_path_factory) -> None:
    engine = _engine(tmp_path_factory)
    _clear_all(engine)
    world = World(engine)
    for code in AGENTS:
        world.agent(code)
    world.account("X0", None, "A1", T0)
    world.account("X1")
    x0, x1, a1 = world.accounts["X0"], world.accounts["X1"], world.agents["A1"]
    with engine.connect() as conn:
        assert can_follow_moves(conn, [(x0, a1), (x1, None)], T0 + timedelta(seconds=1))
        assert not can_follow_moves(conn, [(x0, a1)], T0)  # a move at the very moment of the last one
        assert not can_follow_moves(conn, [(x0, None)], T0 + timedelta(days=1))  # its open row is A1's
        assert not can_follow_moves(conn, [(x1, a1)], T0 + timedelta(days=1))  # it has no open row

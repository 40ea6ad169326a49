"""Daily visit plans (syncserver.visit_plan, route_plans): tiers from the latest scoring run, start points,
the day's caps, route_plans rows and visit_order with its change log. Both backends."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

import pytest
from sqlalchemy import insert, select

from syncserver.admin import AdminError
from syncserver.agents import add_agent, get_agent, update_agent
from syncserver.changes import latest_change_id
from syncserver.clock import utcnow
from syncserver.db.models import Account, Change
from syncserver.db.route_models import RoutePlanRow
from syncserver.db.scoring_models import AccountScoreRow, ScoringRun
from syncserver.route_plans import DayTotal, branch_today, compute_plans, day_totals, plan_routes, route_plan
from syncserver.scoring.settings import save_scoring_settings
from syncserver.visit_plan import ACCOUNTS, AGENT

ACTIONS = ("field_visit", "payment_agreement", "reminder", "escalate")
TIER = {"field_visit": 1, "payment_agreement": 2, "reminder": 3, "escalate": 3}


def add_accounts(engine, agent_id: int, count: int, *, prefix: str = "CR", lat0: float = 4.60,
                 balance: str = "1000.00") -> list[int]:
    """`count` located accounts held by the agent, spread over a few km of Bogotá."""
    now = utcnow()
    rows = [{"external_ref": f"{prefix}-{agent_id}-{i}", "debtor_name": f"Deudor {i}", "address": f"Calle {i}",
             "lat": lat0 + (i * 7 % 13) / 300, "lon": -74.10 + (i * 5 % 11) / 300, "balance": Decimal(balance),
             "currency": "COP", "days_past_due": 40, "agent_id": agent_id, "updated_at": now} for i in range(count)]
    with engine.begin() as conn:
        return list(conn.execute(insert(Account).returning(Account.id), rows).scalars())


def score(engine, actions: dict[int, str], as_of: date | None = None) -> int:
    """A stored scoring run giving each account its action (its quadrant does not matter here)."""
    with engine.begin() as conn:
        run_id = conn.execute(insert(ScoringRun).returning(ScoringRun.id), [{
            "as_of": as_of or date(2026, 1, 1), "created_at": utcnow(), "trigger": "cli", "method": "prior",
            "auc": None, "brier": None, "n_train": 0, "n_holdout": 0, "n_scored": len(actions), "calibration": None,
            "coefficients": {}, "parameters": {}, "summary": {}}]).scalar_one()
        conn.execute(insert(AccountScoreRow), [
            {"run_id": run_id, "account_id": a, "probability": 0.5, "cost_minutes": 30.0, "quadrant": "likely_cheap",
             "action": action, "top_factors": [], "days_past_due": 40, "balance": Decimal("1000.00")}
            for a, action in actions.items()])
    return run_id


def visit_orders(engine) -> dict[int, int | None]:
    with engine.connect() as conn:
        return dict(conn.execute(select(Account.id, Account.visit_order)).all())


def test_plan_follows_the_latest_runs_tiers_and_sets_visit_order_with_changes(engine):
    agent = add_agent(engine, "G1", "Gestor uno")
    ids = add_accounts(engine, agent.id, 24)
    score(engine, {a: "field_visit" for a in ids}, date(2025, 12, 1))  # an older run: not followed
    actions = {a: ACTIONS[i % 4] for i, a in enumerate(ids)}
    run_id = score(engine, actions)
    cursor = latest_change_id(engine.connect())
    planned, changed = plan_routes(engine)
    (plan,) = planned.plans
    assert planned.run_id == run_id and changed == 24 and sorted(plan.account_ids) == sorted(ids)
    tiers = [TIER[actions[a]] for a in plan.account_ids]
    assert tiers == sorted(tiers) and plan.tiers == tiers  # every field visit before any agreement offer, ...
    orders = visit_orders(engine)
    assert [orders[a] for a in plan.account_ids] == list(range(1, 25))
    with engine.connect() as conn:
        logged = conn.execute(select(Change.object_id, Change.agent_id).where(Change.id > cursor)).all()
        row = conn.execute(select(RoutePlanRow)).one()
    assert sorted(logged) == sorted((a, agent.id) for a in ids)
    assert row.day == branch_today(engine) and row.start_source == ACCOUNTS and row.scoring_run_id == run_id
    assert [s["account_id"] for s in row.stops] == plan.account_ids and row.km == plan.km > 0
    assert day_totals(engine, row.day) == {"G1": DayTotal(24, row.km, row.minutes)}
    assert day_totals(engine, row.day + timedelta(days=1)) == {}
    # planning again changes nothing: no change-log entries, the one row replaced
    cursor = latest_change_id(engine.connect())
    assert plan_routes(engine)[1] == 0 and latest_change_id(engine.connect()) == cursor
    with engine.connect() as conn:
        assert len(conn.execute(select(RoutePlanRow.id)).all()) == 1


def test_start_point_caps_and_unplanned_accounts_lose_their_order(engine):
    agent = add_agent(engine, "G2", "Gestor dos")
    update_agent(engine, "G2", start=(4.70, -74.05))
    assert get_agent(engine, "G2").start == (4.70, -74.05)
    ids = add_accounts(engine, agent.id, 30)
    add_accounts(engine, agent.id, 2, prefix="PAID", balance="0.00")  # paid up: never planned
    save_scoring_settings(engine, {"route_max_stops": 10, "service_min": 20})
    planned, _ = plan_routes(engine)
    (plan,) = planned.plans
    assert len(plan.account_ids) == 10 and plan.start == (4.70, -74.05) and plan.start_source == AGENT
    assert set(plan.account_ids) <= set(ids)
    save_scoring_settings(engine, {"route_max_stops": 30, "route_day_minutes": 120})
    planned, changed = plan_routes(engine)
    (short,) = planned.plans
    assert short.minutes <= 120 and 0 < len(short.account_ids) < 7  # 20-minute visits plus travel
    orders = visit_orders(engine)
    assert sum(o is not None for o in orders.values()) == len(short.account_ids)
    assert changed >= 10 - len(short.account_ids)  # those planned before and not now were cleared


def test_one_agent_only_and_refusals(engine):
    g3, g4 = add_agent(engine, "G3", "Tres"), add_agent(engine, "G4", "Cuatro")
    add_accounts(engine, g3.id, 5), add_accounts(engine, g4.id, 5, lat0=4.75)
    planned, _ = plan_routes(engine, agent_code="g4")
    assert [p.agent_id for p in planned.plans] == [g4.id]
    shown = route_plan(engine, "G4")
    assert shown is not None and len(shown.stops) == 5 and shown.stops[0].order == 1
    assert shown.stops[0].external_ref.startswith("CR-") and route_plan(engine, "G3") is None
    with pytest.raises(AdminError, match="is over"):
        compute_plans(engine, branch_today(engine) - timedelta(days=1))
    with pytest.raises(AdminError, match="unknown agent"):
        compute_plans(engine, agent_code="NOPE")
    with pytest.raises(AdminError, match="start point"):
        update_agent(engine, "G3", start=(95.0, 0.0))


def test_a_moved_account_leaves_its_old_holders_plan(engine):
    from syncserver.assignments import assign_accounts
    from syncserver.changes import assign_account

    g5, g6 = add_agent(engine, "G5", "Cinco"), add_agent(engine, "G6", "Seis")
    ids = add_accounts(engine, g5.id, 4)
    plan_routes(engine)
    assert all(visit_orders(engine)[a] is not None for a in ids)
    assign_accounts(engine, ids[:2], g6.id)
    with engine.begin() as conn:
        assign_account(conn, ids[2], g6.id, utcnow())
    orders = visit_orders(engine)
    assert [orders[a] for a in ids[:3]] == [None, None, None] and orders[ids[3]] is not None


def test_scoring_measures_the_cost_to_collect_from_the_agents_start_point(engine):
    from syncserver.scoring.run_queries import run_scores
    from syncserver.scoring.runs import run_scoring
    from tests.scoring_world import AS_OF, build_history

    build_history(engine, 40)
    before = {s.account_id: (s.cost_minutes, s.agent_code) for s in run_scores(engine, run_scoring(engine, AS_OF))}
    code = next(agent for _cost, agent in before.values() if agent)
    update_agent(engine, code, start=(4.95, -74.40))  # some 40 km from the accounts
    after = {s.account_id: s.cost_minutes for s in run_scores(engine, run_scoring(engine, AS_OF))}
    farther = [after[a] > cost + 100 for a, (cost, agent) in before.items() if agent == code]
    same = [after[a] == cost for a, (cost, agent) in before.items() if agent != code]
    assert farther and all(farther) and same and all(same)

"""Each agent's daily visit order: which held accounts, in which order, from where (docs/portfolio.md).

For each active agent: the accounts they hold with a balance above zero and a location. Their
priority tier comes from the latest scoring run's recommended action (scoring.strategy.ROUTE_TIER:
field visit first, then payment agreement offers, then reminders and escalations); an account the
run did not score is tier 2, and without any run every account is tier 1 (order by distance
alone). The best route_max_stops accounts (tier, then expected collection probability × balance)
are ordered by routing.plan_route from the start point; stops that would end after
route_day_minutes of travel and visits are dropped and the rest ordered again.

Start point: the agent's own (agents.start_lat/start_lon, set in the agent dialog); the branch
has no location in the schema, so without one the route starts at the centroid of the accounts
being planned (RoutePlan.start_source says which).

Storing a plan (store_plans, in the caller's transaction, normally the writer's) replaces the
agent's route_plans row for the day and sets accounts.visit_order 1..N on the planned accounts
and NULL on the agent's others; every account whose visit_order changed gets a change-log entry
for its holder, so devices receive the new order on their next delta sync. Devices follow the
latest plan stored, whatever its day.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime

import numpy as np
from sqlalchemy import Connection, and_, bindparam, delete, insert, or_, select, update

from .admin import in_values
from .changes import record_account_changes
from .db.models import Account, Agent
from .db.route_models import RoutePlanRow
from .db.scoring_models import AccountScoreRow, ScoringRun
from .routing import Stop, Travel, plan_route

UNSCORED_TIER = 2
AGENT, ACCOUNTS, NONE = "agent", "accounts", "none"  # where a route starts
_accounts, _agents, _plans = Account.__table__, Agent.__table__, RoutePlanRow.__table__
_scores, _runs = AccountScoreRow.__table__, ScoringRun.__table__


@dataclass(frozen=True, slots=True)
class Candidate:
    """An account an agent could visit: where, its tier and what a visit is worth (probability × balance)."""

    account_id: int
    lat: float
    lon: float
    tier: int
    worth: float


@dataclass(frozen=True, slots=True)
class AgentWork:
    """What planning one agent starts from (read in one go by read_work)."""

    agent_id: int
    start: tuple[float, float] | None
    candidates: list[Candidate]
    held: list[int]  # every account the agent holds (those not planned lose their visit_order)


@dataclass(frozen=True, slots=True)
class AgentPlan:
    """One agent's planned day: stops in order with their tiers and arrival minutes, km and minutes in total."""

    agent_id: int
    day: date
    account_ids: list[int]
    tiers: list[int]
    arrivals_min: list[float]
    km: float
    minutes: float
    start: tuple[float, float] | None
    start_source: str
    held: list[int] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class PlanLimits:
    """How big a day may be, and how long visits take (from the scoring settings)."""

    max_stops: int = 60
    day_minutes: float = 480.0
    service_min: float = 15.0
    travel: Travel = Travel()


def latest_run_id(conn: Connection) -> int | None:
    """The newest scoring run's id (the one the strategy page shows), or None."""
    return conn.scalar(select(_runs.c.id).order_by(_runs.c.as_of.desc(), _runs.c.id.desc()).limit(1))


def read_work(conn: Connection, agent_ids: Sequence[int] | None = None) -> tuple[list[AgentWork], int | None]:
    """Each active agent's start and candidates (of `agent_ids` when given), and the scoring run followed."""
    from .scoring.strategy import ROUTE_TIER  # noqa: PLC0415 - the scoring package loads scikit-learn
    g, a, s = _agents.c, _accounts.c, _scores.c
    query = select(g.id, g.start_lat, g.start_lon).where(g.active.is_(True)).order_by(g.id)
    if agent_ids is not None:
        query = query.where(g.id.in_(list(agent_ids)))
    agents = conn.execute(query).all()
    run_id = latest_run_id(conn)
    held: dict[int, list[int]] = {row.id: [] for row in agents}
    found: dict[int, list[Candidate]] = {row.id: [] for row in agents}
    if agents:
        # The run's action of each account (no rows without a run: every account is then tier 1).
        score = select(s.account_id, s.action, s.probability).where(s.run_id == (run_id or -1)).subquery()
        query = (select(a.id, a.agent_id, a.lat, a.lon, a.balance, score.c.action, score.c.probability)
                 .outerjoin(score, score.c.account_id == a.id)
                 .where(in_values(conn, a.agent_id, list(held))).order_by(a.id))
        for row in conn.execute(query):
            held[row.agent_id].append(row.id)
            if row.lat is None or row.lon is None or row.balance <= 0:
                continue
            tier = 1 if run_id is None else ROUTE_TIER.get(row.action, UNSCORED_TIER)
            probability = 1.0 if row.action is None else float(row.probability)
            found[row.agent_id].append(Candidate(row.id, row.lat, row.lon, tier, probability * float(row.balance)))
    work = [AgentWork(row.id, None if row.start_lat is None or row.start_lon is None else (row.start_lat, row.start_lon),
                      found[row.id], held[row.id]) for row in agents]
    return work, run_id


def plan_agent(work: AgentWork, day: date, limits: PlanLimits = PlanLimits()) -> AgentPlan:
    """Choose and order one agent's stops for the day (pure computation; see the module docstring)."""
    chosen = sorted(work.candidates, key=lambda c: (c.tier, -c.worth, c.account_id))[:limits.max_stops]
    if not chosen:
        return AgentPlan(work.agent_id, day, [], [], [], 0.0, 0.0, work.start, AGENT if work.start else NONE,
                         list(work.held))
    start, source = work.start, AGENT
    if start is None:
        start = (float(np.mean([c.lat for c in chosen])), float(np.mean([c.lon for c in chosen])))
        source = ACCOUNTS
    by_id = {c.account_id: c for c in chosen}
    while True:
        stops = [Stop(c.account_id, c.lat, c.lon, c.tier, limits.service_min) for c in chosen]
        route = plan_route(start, stops, travel=limits.travel)
        if route.minutes <= limits.day_minutes or len(chosen) == 1:
            break
        ends = [arrival + limits.service_min for arrival in route.arrivals_min]
        keep = max(1, min(len(chosen) - 1, sum(1 for end in ends if end <= limits.day_minutes)))
        chosen = [by_id[account_id] for account_id in route.order[:keep]]
    return AgentPlan(work.agent_id, day, route.order, [by_id[i].tier for i in route.order],
                     [round(t, 1) for t in route.arrivals_min], round(route.km, 3), round(route.minutes, 1),
                     start, source, list(work.held))


def store_plans(conn: Connection, plans: Iterable[AgentPlan], run_id: int | None, now: datetime) -> int:
    """Replace the plans' route_plans rows and set visit_order (Core executemany); returns accounts changed."""
    plans = list(plans)
    if not plans:
        return 0
    a = _accounts.c
    touched = sorted({i for plan in plans for i in plan.held} | {i for plan in plans for i in plan.account_ids})
    current = {row.id: row for row in conn.execute(select(a.id, a.agent_id, a.visit_order).where(
        in_values(conn, a.id, touched)))} if touched else {}
    changes: list[dict] = []
    for plan in plans:
        wanted = dict.fromkeys(plan.held)  # None: not planned today
        wanted.update({account_id: n for n, account_id in enumerate(plan.account_ids, 1)})
        for account_id, order in wanted.items():
            row = current.get(account_id)
            if row is not None and row.agent_id == plan.agent_id and row.visit_order != order:
                changes.append({"b_id": account_id, "b_order": order, "b_agent": plan.agent_id})
    conn.execute(delete(_plans).where(*_plan_keys(plans)))
    conn.execute(insert(_plans), [_plan_row(plan, run_id, now) for plan in plans])
    if changes:
        conn.execute(update(_accounts).where(a.id == bindparam("b_id"))
                     .values(visit_order=bindparam("b_order"), updated_at=now),
                     [{"b_id": c["b_id"], "b_order": c["b_order"]} for c in changes])
        record_account_changes(conn, ((c["b_id"], c["b_agent"]) for c in changes), now)
    return len(changes)


def _plan_keys(plans: list[AgentPlan]):
    """WHERE clauses matching the (agent, day) rows these plans replace."""
    days = {plan.day for plan in plans}
    p = _plans.c
    if len(days) == 1:
        return (p.day == next(iter(days)), p.agent_id.in_(sorted({plan.agent_id for plan in plans})))
    return (or_(*(and_(p.agent_id == plan.agent_id, p.day == plan.day) for plan in plans)),)


def _plan_row(plan: AgentPlan, run_id: int | None, now: datetime) -> dict:
    stops = [{"account_id": i, "tier": t, "arrival_min": m}
             for i, t, m in zip(plan.account_ids, plan.tiers, plan.arrivals_min, strict=True)]
    lat, lon = plan.start if plan.start is not None else (None, None)
    return {"agent_id": plan.agent_id, "day": plan.day, "stops": stops, "km": plan.km, "minutes": plan.minutes,
            "start_lat": lat, "start_lon": lon, "start_source": plan.start_source, "scoring_run_id": run_id,
            "created_at": now}

"""Planning the day's visit orders on demand, nightly or from the CLI, and reading stored plans back.

On a running server the plans are computed on a reader thread and stored by the single writer
(PlanRoutesJob), which publishes RoutesPlanned after the commit; without a server (the CLI) they
are stored in one transaction of their own. See syncserver/visit_plan.py for the rules.
"""

from __future__ import annotations

import asyncio
from dataclasses import dataclass
from datetime import date, datetime
from functools import partial
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, Engine, select

from .admin import AdminError, reading, transaction
from .agents import get_agent
from .audit import SYSTEM
from .clock import utcnow
from .db.models import Account, Agent
from .db.route_models import RoutePlanRow
from .events import RoutesPlanned
from .kpis.days import branch_kpi_settings, today, zone_of
from .permissions import ACCOUNTS_ASSIGN, authorize

if TYPE_CHECKING:  # the server's side (aiohttp, the writer) is not loaded by the desktop's readers
    from aiohttp import web

    from .writer import Group

_plans, _accounts, _agents = RoutePlanRow.__table__, Account.__table__, Agent.__table__


@dataclass(frozen=True, slots=True)
class PlannedRoutes:
    """Plans computed for a day (not stored yet), with the scoring run whose priorities they follow."""

    day: date
    plans: list[Any]  # visit_plan.AgentPlan
    run_id: int | None

    def event(self, accounts_changed: int) -> RoutesPlanned:
        """What the bus is told once they are stored."""
        return RoutesPlanned(self.day, tuple(str(p.agent_id) for p in self.plans),
                             sum(len(p.account_ids) for p in self.plans), round(sum(p.km for p in self.plans), 3),
                             accounts_changed)


@dataclass(frozen=True, slots=True)
class RouteStop:
    """A stop of a stored plan with what the office recognises the account by."""

    order: int
    account_id: int
    external_ref: str
    debtor_name: str
    address: str
    lat: float | None
    lon: float | None
    tier: int
    arrival_min: float


@dataclass(frozen=True, slots=True)
class RoutePlan:
    """A stored plan: agent, day, start point, stops in order, km and estimated minutes."""

    agent_id: int
    day: date
    km: float
    minutes: float
    start: tuple[float, float] | None
    start_source: str
    scoring_run_id: int | None
    created_at: datetime
    stops: list[RouteStop]

    def as_json(self) -> dict[str, Any]:
        """The plan as plain JSON values."""
        return {"agent_id": self.agent_id, "day": self.day.isoformat(), "km": self.km, "minutes": self.minutes,
                "start": list(self.start) if self.start else None, "start_source": self.start_source,
                "scoring_run_id": self.scoring_run_id, "created_at": self.created_at.isoformat(),
                "stops": [{"order": s.order, "account_id": s.account_id, "external_ref": s.external_ref,
                           "debtor_name": s.debtor_name, "address": s.address, "lat": s.lat, "lon": s.lon,
                           "tier": s.tier, "arrival_min": s.arrival_min} for s in self.stops]}


@dataclass(frozen=True, slots=True)
class DayTotal:
    """One agent's stored plan of a day in three numbers."""

    stops: int
    km: float
    minutes: float


def day_totals(bind: Engine | Connection, day: date) -> dict[str, DayTotal]:
    """Every stored plan of the day by agent code: stops, km and estimated minutes."""
    p, g = _plans.c, _agents.c
    with reading(bind) as conn:
        rows = conn.execute(select(g.code, p.stops, p.km, p.minutes).join(_agents, g.id == p.agent_id)
                            .where(p.day == day)).all()
    return {row.code: DayTotal(len(row.stops), row.km, row.minutes) for row in rows}


def branch_today(bind: Engine | Connection) -> date:
    """The branch's local date now."""
    with reading(bind) as conn:
        timezone, _grace = branch_kpi_settings(conn)
    return today(zone_of(timezone))


def compute_plans(bind: Engine | Connection, day: date | None = None, agent_code: str | None = None, *,
                  allow_past: bool = False) -> PlannedRoutes:
    """Read the agents' work and order it (no writes); a day already over is refused unless allow_past."""
    from .scoring.settings import read_scoring_settings  # noqa: PLC0415 - the scoring package loads scikit-learn
    from .visit_plan import PlanLimits, plan_agent, read_work  # noqa: PLC0415

    with reading(bind) as conn:
        now_day = branch_today(conn)
        day = day or now_day
        if day < now_day and not allow_past:
            raise AdminError(f"{day} is over: plan today ({now_day}) or a later day")
        agent_ids = None if agent_code is None else [get_agent(conn, agent_code).id]
        settings = read_scoring_settings(conn)
        work, run_id = read_work(conn, agent_ids)
    if agent_code is not None and not work:
        raise AdminError(f"agent {agent_code} is inactive: activate it to plan its route")
    limits = PlanLimits(settings.route_max_stops, settings.route_day_minutes, settings.service_min)
    return PlannedRoutes(day, [plan_agent(w, day, limits) for w in work], run_id)


def store(conn: Connection, planned: PlannedRoutes, actor: str, now: datetime) -> int:
    """Store computed plans in the caller's transaction (authorised as `actor`); accounts whose order changed."""
    from .visit_plan import store_plans  # noqa: PLC0415

    authorize(conn, actor, ACCOUNTS_ASSIGN)
    return store_plans(conn, planned.plans, planned.run_id, now)


def plan_routes(engine: Engine, day: date | None = None, agent_code: str | None = None, *, actor: str = SYSTEM,
                now: datetime | None = None) -> tuple[PlannedRoutes, int]:
    """Compute and store plans without a server (the CLI): the plans and the accounts whose order changed."""
    planned = compute_plans(engine, day, agent_code)
    with transaction(engine) as conn:
        changed = store(conn, planned, actor, now or utcnow())
    return planned, changed


@dataclass(slots=True)
class PlanRoutesJob:
    """Store computed plans in the writer's transaction (writer thread or process)."""

    planned: PlannedRoutes
    actor: str = SYSTEM
    device_id: int | None = None

    def apply(self, group: Group) -> int | AdminError:
        try:
            changed = store(group.conn, self.planned, self.actor, group.now)
        except AdminError as refused:  # the refusal is the answer, not a failure of the group
            return refused
        group.events.append(self.planned.event(changed))
        return changed


async def plan_routes_on_server(app: web.Application, day: date | None = None, agent_code: str | None = None,
                                actor: str = SYSTEM, *, allow_past: bool = False) -> tuple[PlannedRoutes, int]:
    """Plan on a reader thread, store through the writer (RoutesPlanned follows the commit).

    allow_past: the nightly run's own date (its clock may be a test's), never refused as over.
    """
    from .keys import ENGINE, READERS, WRITER  # noqa: PLC0415 - runs on the server loop, where keys is loaded

    loop = asyncio.get_running_loop()
    planned = await loop.run_in_executor(app[READERS], partial(compute_plans, app[ENGINE], day, agent_code,
                                                               allow_past=allow_past))
    changed = await app[WRITER].submit(PlanRoutesJob(planned, actor))
    if isinstance(changed, AdminError):
        raise changed
    return planned, changed


def route_plan(bind: Engine | Connection, agent_code: str, day: date | None = None) -> RoutePlan | None:
    """The agent's stored plan for the day (default: the newest day planned), or None."""
    p, a = _plans.c, _accounts.c
    with reading(bind) as conn:
        agent = get_agent(conn, agent_code)
        query = select(_plans).where(p.agent_id == agent.id)
        query = query.where(p.day == day) if day is not None else query.order_by(p.day.desc())
        row = conn.execute(query.limit(1)).first()
        if row is None:
            return None
        ids = [stop["account_id"] for stop in row.stops]
        known = {r.id: r for r in conn.execute(select(a.id, a.external_ref, a.debtor_name, a.address, a.lat, a.lon)
                                                .where(a.id.in_(ids)))} if ids else {}
    stops = []
    for n, stop in enumerate(row.stops, 1):
        account = known.get(stop["account_id"])
        stops.append(RouteStop(n, stop["account_id"], account.external_ref if account else "?",
                               account.debtor_name if account else "", account.address if account else "",
                               account.lat if account else None, account.lon if account else None,
                               int(stop["tier"]), float(stop["arrival_min"])))
    start = None if row.start_lat is None or row.start_lon is None else (row.start_lat, row.start_lon)
    return RoutePlan(row.agent_id, row.day, row.km, row.minutes, start, row.start_source, row.scoring_run_id,
                     row.created_at, stops)

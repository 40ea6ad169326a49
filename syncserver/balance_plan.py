"""Auto-balance: a plan that splits located accounts among chosen agents (territories.py), previewed, then committed.

Workload of an account: its expected minutes, the cost to collect of the newest scoring run
(`account_scores.cost_minutes`); an account that run did not cost (new, or not scored yet) counts
the median of the costed ones, or the branch's service minutes before any run. Accounts without a
location cannot be placed: they keep their holder. Accounts no agent has room for under the caps
are unassigned by the plan (the preview counts them before anything is written). Each territory
goes to the agent who already holds most of its accounts, so a portfolio already split by area
moves little.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import datetime
from statistics import median

import numpy as np
from sqlalchemy import Connection, Engine, func, select

from .admin import AdminError, in_values, reading
from .assignments import BALANCE, AssignmentResult, apply_holders
from .audit import SYSTEM
from .db.models import Account, Agent
from .db.scoring_models import AccountScoreRow, ScoringRun
from .scoring.settings import read_scoring_settings
from .territories import AgentSlot, Place, Territories, balance_territories

_accounts, _agents, _scores, _runs = Account.__table__, Agent.__table__, AccountScoreRow.__table__, ScoringRun.__table__


@dataclass(frozen=True, slots=True)
class AgentLoad:
    """One agent in a plan: accounts held now (of those balanced) and after, minutes after and the target."""

    agent_id: int
    code: str
    name: str
    accounts_before: int
    accounts: int
    minutes: float
    target_minutes: float


@dataclass(frozen=True, slots=True)
class BalancePlan:
    """What committing would do: each placed account's holder, per-agent loads, what is left out, and why."""

    holders: dict[int, int | None]  # account id -> agent id (None: no agent had room)
    loads: list[AgentLoad]
    unplaced: list[int]  # no agent had room under the caps: unassigned on commit
    unlocated: int  # without a location: left as they are
    moves: int  # accounts whose holder would change
    spread: float  # (max − min) / mean of the loads relative to their targets
    run_id: int | None  # the scoring run whose costs are the minutes (None: service minutes)
    max_accounts: int | None
    max_minutes: float | None

    @property
    def total_minutes(self) -> float:
        """The minutes the agents would hold between them."""
        return sum(load.minutes for load in self.loads)


def plan_balance(bind: Engine | Connection, agent_ids: Iterable[int], *, account_ids: Iterable[int] | None = None,
                 max_accounts: int | None = None, max_minutes: float | None = None,
                 tolerance: float = 0.04) -> BalancePlan:
    """Split these accounts (default: every active account) among these agents under per-agent caps."""
    agents = list(dict.fromkeys(agent_ids))
    if not agents:
        raise AdminError("choose at least one agent to balance among")
    if max_accounts is not None and max_accounts < 1:
        raise AdminError("max_accounts: a cap on accounts must be at least 1")
    if max_minutes is not None and max_minutes <= 0:
        raise AdminError("max_minutes: a cap on minutes must be above 0")
    with reading(bind) as conn:
        named = _active_agents(conn, agents)
        rows, run_id, minutes_of = _accounts_and_minutes(conn, account_ids)
    located = [row for row in rows if row.lat is not None and row.lon is not None]
    places = [Place(row.id, row.lat, row.lon, minutes_of(row.id)) for row in located]
    slots = [AgentSlot(agent_id, None, max_accounts, max_minutes) for agent_id in agents]
    split = balance_territories(places, slots, tolerance=tolerance)
    split = _keep_holders(split, {row.id: row.agent_id for row in located})
    holders: dict[int, int | None] = {account_id: None for account_id in split.unassigned}
    for territory in split.territories:
        holders.update(dict.fromkeys(territory.account_ids, territory.agent_id))
    before = Counter(row.agent_id for row in located)
    loads = [AgentLoad(t.agent_id, *named[t.agent_id], before.get(t.agent_id, 0), len(t.account_ids), t.minutes,
                       t.target_minutes) for t in split.territories]
    held = {row.id: row.agent_id for row in located}
    moves = sum(1 for account_id, agent_id in holders.items() if held[account_id] != agent_id)
    return BalancePlan(holders, loads, list(split.unassigned), len(rows) - len(located), moves, split.spread,
                       run_id, max_accounts, max_minutes)


def commit_balance(bind: Engine | Connection, plan: BalancePlan, *, actor: str = SYSTEM,
                   now: datetime | None = None) -> AssignmentResult:
    """Write a plan in one transaction (one audit entry with the caps and the spread)."""
    details = {"agents": [load.code for load in plan.loads], "max_accounts": plan.max_accounts,
               "max_minutes": plan.max_minutes, "spread": round(plan.spread, 4), "unplaced": len(plan.unplaced),
               "scoring_run": plan.run_id}
    return apply_holders(bind, plan.holders, actor=actor, source=BALANCE, details=details, now=now)


def _keep_holders(split: Territories, held: dict[int, int | None]) -> Territories:
    """Give each territory to the agent who already holds most of it (Hungarian method), so fewer accounts move.

    Every agent has the same caps here, so any territory fits any agent.
    """
    from scipy.optimize import linear_sum_assignment  # noqa: PLC0415 - scipy loads when a plan is made, not at start

    agents = [t.agent_id for t in split.territories]
    column = {agent_id: n for n, agent_id in enumerate(agents)}
    overlap = np.zeros((len(agents), len(agents)))
    for row, territory in enumerate(split.territories):
        for account_id in territory.account_ids:
            if (holder := held.get(account_id)) in column:
                overlap[row, column[holder]] += 1
    rows, columns = linear_sum_assignment(-overlap)
    owner = dict(zip(rows.tolist(), columns.tolist(), strict=True))
    moved = [replace(t, agent_id=agents[owner[n]]) for n, t in enumerate(split.territories)]
    return Territories(sorted(moved, key=lambda t: column[t.agent_id]), split.unassigned)


def _active_agents(conn: Connection, agent_ids: list[int]) -> dict[int, tuple[str, str]]:
    rows = {row.id: row for row in conn.execute(
        select(_agents.c.id, _agents.c.code, _agents.c.name, _agents.c.active).where(_agents.c.id.in_(agent_ids)))}
    for agent_id in agent_ids:
        if agent_id not in rows:
            raise AdminError(f"unknown agent id {agent_id}")
        if not rows[agent_id].active:
            raise AdminError(f"agent {rows[agent_id].code} is inactive: activate it or leave it out")
    return {agent_id: (row.code, row.name) for agent_id, row in rows.items()}


def _accounts_and_minutes(conn: Connection, account_ids: Iterable[int] | None):
    """The accounts to balance, the newest run's id, and each account's expected minutes."""
    a = _accounts.c
    query = select(a.id, a.lat, a.lon, a.agent_id)
    if account_ids is None:
        query = query.where(a.balance > 0)
    else:
        ids = list(dict.fromkeys(account_ids))
        if not ids:
            raise AdminError("choose at least one account to balance")
        query = query.where(in_values(conn, a.id, ids))
    rows = conn.execute(query.order_by(a.id)).all()
    run_id = conn.scalar(select(func.max(_runs.c.id)))
    costs: dict[int, float] = {}
    if run_id is not None and rows:
        s = _scores.c
        costed = select(s.account_id, s.cost_minutes).where(
            s.run_id == run_id, s.cost_minutes.is_not(None), in_values(conn, s.account_id, [r.id for r in rows]))
        costs = dict(conn.execute(costed).all())
    fallback = median(costs.values()) if costs else read_scoring_settings(conn).service_min
    return rows, run_id if costs else None, lambda account_id: float(costs.get(account_id, fallback))

"""Reassigning accounts for a revisit in one action: the usual assignment path, plus a revisit mark per promise.

Each account goes to the chosen agent through `changes.assign_account` (assignment history, the
change log that devices sync, the KPI holdings), all in one transaction; each promise's visit gets
a revisit request, which the promises list shows until a later visit of the account arrives.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import Connection, Engine, insert, select

from .admin import AdminError, in_values, transaction
from .audit import ACCOUNTS_ASSIGNED, SYSTEM, record
from .changes import assign_account
from .clock import utcnow
from .db.agreement_models import RevisitRequest
from .db.models import Agent, Visit
from .permissions import ACCOUNTS_ASSIGN, authorize

_visits, _agents, _revisits = Visit.__table__, Agent.__table__, RevisitRequest.__table__


@dataclass(frozen=True, slots=True)
class RevisitResult:
    """What the reassignment did: accounts moved to the agent, accounts it already held, revisits marked."""

    moved: int
    already_held: int
    marked: int


def reassign_for_revisit(bind: Engine | Connection, visit_ids: Iterable[str], agent_id: int, *,
                         now: datetime | None = None, actor: str = SYSTEM) -> RevisitResult:
    """Give the accounts of these promises' visits to the agent and mark each promise for a revisit, audited as
    `accounts.assigned` (source "revisit"); PermissionDenied when the actor may not assign accounts."""
    now = now or utcnow()
    wanted = list(dict.fromkeys(visit_ids))
    if not wanted:
        raise AdminError("choose at least one promise to reassign")
    with transaction(bind) as conn:
        authorize(conn, actor, ACCOUNTS_ASSIGN)
        agent = conn.execute(select(_agents.c.code, _agents.c.active).where(_agents.c.id == agent_id)).first()
        if agent is None:
            raise AdminError(f"unknown agent id {agent_id}")
        if not agent.active:
            raise AdminError(f"agent {agent.code} is inactive: activate it or choose another")
        accounts = dict(conn.execute(select(_visits.c.id, _visits.c.account_id)
                                     .where(in_values(conn, _visits.c.id, wanted))).all())
        missing = [visit_id for visit_id in wanted if visit_id not in accounts]
        if missing:
            raise AdminError(f"unknown visit id {missing[0]}")
        result = _reassign(conn, wanted, accounts, agent_id, now)
        record(conn, actor=actor, action=ACCOUNTS_ASSIGNED, subject_type="agent", subject_id=agent.code,
               details={"source": "revisit", "accounts": result.moved + result.already_held, "moved": result.moved,
                        "unchanged": result.already_held, "revisits": result.marked, "visits": wanted[:100]})
        return result


def _reassign(conn: Connection, visit_ids: list[str], accounts: dict[str, int], agent_id: int,
              now: datetime) -> RevisitResult:
    moved = held = 0
    for account_id in dict.fromkeys(accounts[visit_id] for visit_id in visit_ids):
        if assign_account(conn, account_id, agent_id, now).changed:
            moved += 1
        else:
            held += 1
    conn.execute(insert(_revisits), [{"account_id": accounts[visit_id], "visit_id": visit_id, "agent_id": agent_id,
                                      "requested_at": now} for visit_id in visit_ids])
    return RevisitResult(moved, held, len(visit_ids))

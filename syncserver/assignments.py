"""Office reassignment of accounts: to one agent (a selection, a strategy cell, a zone) or to many (a balance plan).

Both go through changes.reassign_accounts (assignment history, change log, KPI holdings) in one
transaction, after `authorize(actor, accounts.assign)`, with one audit entry for the whole action.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, Engine, select

from .admin import AdminError, transaction
from .audit import ACCOUNTS_ASSIGNED, SYSTEM, record
from .changes import reassign_accounts
from .clock import utcnow
from .db.models import Agent
from .permissions import ACCOUNTS_ASSIGN, authorize

MANUAL, STRATEGY, ZONE, BALANCE = "manual", "strategy", "zone", "balance"
SOURCES = (MANUAL, STRATEGY, ZONE, BALANCE)  # where the office chose the accounts
_agents = Agent.__table__


@dataclass(frozen=True, slots=True)
class AssignmentResult:
    """What a reassignment did: accounts asked for, how many changed holder, and each account's holder now."""

    asked: int
    moved: int
    holders: dict[int, int | None]  # account id -> agent id, for every account asked for
    agents: dict[int, tuple[str, str]]  # agent id -> (code, name), for the holders named

    @property
    def unchanged(self) -> int:
        """Accounts that already had the holder asked for."""
        return self.asked - self.moved


def assign_accounts(bind: Engine | Connection, account_ids: Iterable[int], agent_id: int | None, *,
                    actor: str = SYSTEM, source: str = MANUAL, details: Mapping[str, Any] | None = None,
                    now: datetime | None = None) -> AssignmentResult:
    """Give these accounts to one agent (None unassigns them), in one transaction."""
    ids = list(dict.fromkeys(account_ids))
    return apply_holders(bind, dict.fromkeys(ids, agent_id), actor=actor, source=source, details=details, now=now)


def apply_holders(bind: Engine | Connection, holders: Mapping[int, int | None], *, actor: str = SYSTEM,
                  source: str = MANUAL, details: Mapping[str, Any] | None = None,
                  now: datetime | None = None) -> AssignmentResult:
    """Give each account its holder (account id -> agent id or None), in one transaction with one audit entry."""
    if source not in SOURCES:
        raise ValueError(f"source must be one of {SOURCES}, not {source!r}")
    if not holders:
        raise AdminError("choose at least one account to assign")
    now = now or utcnow()
    with transaction(bind) as conn:
        authorize(conn, actor, ACCOUNTS_ASSIGN)
        agents = _agents_named(conn, {agent for agent in holders.values() if agent is not None})
        moves = reassign_accounts(conn, holders, now)
        _audit(conn, actor, holders, moves, agents, source, details, now)
    return AssignmentResult(len(holders), len(moves), dict(holders), agents)


def _agents_named(conn: Connection, agent_ids: set[int]) -> dict[int, tuple[str, str]]:
    """Code and name of each agent, refusing unknown and inactive ones."""
    if not agent_ids:
        return {}
    rows = conn.execute(select(_agents.c.id, _agents.c.code, _agents.c.name, _agents.c.active)
                        .where(_agents.c.id.in_(sorted(agent_ids)))).all()
    found = {row.id: row for row in rows}
    for agent_id in sorted(agent_ids):
        row = found.get(agent_id)
        if row is None:
            raise AdminError(f"unknown agent id {agent_id}")
        if not row.active:
            raise AdminError(f"agent {row.code} is inactive: activate it or choose another")
    return {row.id: (row.code, row.name) for row in rows}


def _audit(conn: Connection, actor: str, holders: Mapping[int, int | None], moves, agents, source: str,
           details: Mapping[str, Any] | None, now: datetime) -> None:
    """One entry for the action: who got how many, from whom, and where the accounts were chosen."""
    def code(agent_id: int | None) -> str:
        return "" if agent_id is None else agents.get(agent_id, (str(agent_id),))[0]  # "": no agent

    targets = set(holders.values())
    subject = code(next(iter(targets))) if len(targets) == 1 and None not in targets else None
    old_ids = sorted({move.old_agent_id for move in moves if move.old_agent_id is not None})
    old = {}
    if old_ids:
        old = dict(conn.execute(select(_agents.c.id, _agents.c.code).where(_agents.c.id.in_(old_ids))).all())
    from_codes = Counter("" if move.old_agent_id is None else old[move.old_agent_id] for move in moves)
    to_codes = Counter(code(move.new_agent_id) for move in moves)
    entry = {"source": source, "accounts": len(holders), "moved": len(moves), "unchanged": len(holders) - len(moves),
             "to": dict(sorted(to_codes.items())), "from": dict(sorted(from_codes.items())), **(details or {})}
    record(conn, actor=actor, action=ACCOUNTS_ASSIGNED, subject_type="agent" if subject else None,
           subject_id=subject, details=entry, at=now)

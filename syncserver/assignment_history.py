"""An account's assignment history as the office reads it: which agent held it, from when to when."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import Connection, Engine, select

from .admin import reading
from .changes import AccountNotFound
from .db.models import Account, AccountAssignment, Agent

_accounts, _assignments, _agents = Account.__table__, AccountAssignment.__table__, Agent.__table__


@dataclass(frozen=True, slots=True)
class Holding:
    """One stretch of an account with one agent; `until` is None while the agent still holds it."""

    agent_id: int
    agent_code: str
    agent_name: str
    since: datetime
    until: datetime | None


@dataclass(frozen=True, slots=True)
class AccountHistory:
    """An account and its holdings, newest first."""

    account_id: int
    external_ref: str
    debtor_name: str
    holdings: list[Holding]


def account_history(bind: Engine | Connection, account_id: int) -> AccountHistory:
    """Every assignment of the account, newest first (ties: the later row first)."""
    a, h, g = _accounts.c, _assignments.c, _agents.c
    with reading(bind) as conn:
        account = conn.execute(select(a.external_ref, a.debtor_name).where(a.id == account_id)).first()
        if account is None:
            raise AccountNotFound(f"unknown account id {account_id}")
        rows = conn.execute(
            select(h.agent_id, g.code, g.name, h.assigned_at, h.unassigned_at)
            .join(_agents, g.id == h.agent_id)
            .where(h.account_id == account_id)
            .order_by(h.assigned_at.desc(), h.id.desc())
        ).all()
    return AccountHistory(account_id, account.external_ref, account.debtor_name, [Holding(*row) for row in rows])

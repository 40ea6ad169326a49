"""The append-only change log behind the sync cursor, and account assignment with its history.

Rule: whenever an account is created, changed, assigned, moved or unassigned, every agent whose
view of it changed gets a Change(kind="account"): the new holder (if any) and, on a move or an
unassignment, the old holder too (their devices then list it in removed_accounts). Publishing a
questionnaire version or retiring a questionnaire is one Change with agent_id NULL (everyone).
Every function here writes in the caller's transaction and never commits.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import ColumnElement, Connection, func, insert, literal, select, update

from .admin import AdminError, in_values
from .db.models import Account, AccountAssignment, Agent, Change
from .db.types import UtcDateTime
from .kpis.holdings import can_follow_moves, holdings_moved
from .kpis.summaries import accounts_changed, accounts_created, holdings_changed

ACCOUNT = "account"
QUESTIONNAIRE_VERSION = "questionnaire_version"
QUESTIONNAIRE_RETIRED = "questionnaire_retired"

_accounts = Account.__table__
_assignments = AccountAssignment.__table__
_changes = Change.__table__
_IN_CHUNK = 1000


class AccountNotFound(AdminError):
    """No account has this id."""


@dataclass(frozen=True, slots=True)
class Reassignment:
    """What assign_account did: the holder before and after (equal when nothing changed)."""

    account_id: int
    old_agent_id: int | None
    new_agent_id: int | None

    @property
    def changed(self) -> bool:
        """Whether the holder changed."""
        return self.old_agent_id != self.new_agent_id


CHANGE_LOG_LOCK = 0x43616D70  # "Camp": the advisory lock that orders change-log writers


def _lock_log(conn: Connection) -> None:
    """Take the change log's write lock for the rest of the transaction (PostgreSQL only)."""
    if conn.dialect.name == "postgresql":
        conn.execute(select(func.pg_advisory_xact_lock(CHANGE_LOG_LOCK)))


def _append(conn: Connection, rows: list[dict] | dict) -> None:
    """Append to the log so that change ids become visible in id order.

    On PostgreSQL two transactions could otherwise commit their change ids out of order, and a
    device syncing in between would get a cursor past a change it never sees. Writers of the log
    take one transaction-scoped lock first, so ids are drawn and committed one writer at a time.
    (SQLite already has a single writer.)
    """
    _lock_log(conn)
    conn.execute(insert(Change), rows)


def record_account_change(
    conn: Connection, account_id: int, agent_ids: Iterable[int | None], now: datetime
) -> None:
    """Log that `account_id` changed for each agent in `agent_ids` (None and repeats are skipped)."""
    record_account_changes(conn, ((account_id, agent_id) for agent_id in agent_ids), now)


def record_account_changes(
    conn: Connection, entries: Iterable[tuple[int, int | None]], now: datetime
) -> int:
    """Log many (account_id, agent_id) changes in one statement; returns how many were written."""
    seen: set[tuple[int, int]] = set()
    rows = []
    for account_id, agent_id in entries:
        if agent_id is None or (account_id, agent_id) in seen:
            continue
        seen.add((account_id, agent_id))
        rows.append({"kind": ACCOUNT, "object_id": account_id, "agent_id": agent_id, "created_at": now})
    if rows:
        _append(conn, rows)
    return len(rows)


def record_questionnaire_published(conn: Connection, version_id: int, now: datetime) -> None:
    """Log a newly published questionnaire version (for every agent)."""
    _append(conn, {"kind": QUESTIONNAIRE_VERSION, "object_id": version_id, "agent_id": None, "created_at": now})


def record_questionnaire_retired(conn: Connection, questionnaire_id: int, now: datetime) -> None:
    """Log a retired questionnaire (for every agent)."""
    _append(conn, {"kind": QUESTIONNAIRE_RETIRED, "object_id": questionnaire_id, "agent_id": None, "created_at": now})


def latest_change_id(conn: Connection) -> int:
    """The id of the newest change (0 when the log is empty)."""
    return conn.scalar(select(Change.id).order_by(Change.id.desc()).limit(1)) or 0


def close_assignments(conn: Connection, account_ids: Iterable[int], now: datetime) -> None:
    """Close the open assignment rows of these accounts."""
    ids = list(account_ids)
    for start in range(0, len(ids), _IN_CHUNK):
        conn.execute(
            update(_assignments)
            .where(
                in_values(conn, _assignments.c.account_id, ids[start : start + _IN_CHUNK]),
                _assignments.c.unassigned_at.is_(None),
            )
            .values(unassigned_at=now)
        )
    accounts_changed(conn, ids)  # KPI holdings


def open_assignments(conn: Connection, holders: Iterable[tuple[int, int]], now: datetime) -> None:
    """Open assignment rows for (account_id, agent_id) pairs."""
    rows = [{"account_id": account, "agent_id": agent, "assigned_at": now} for account, agent in holders]
    if rows:
        conn.execute(insert(_assignments), rows)
        accounts_changed(conn, [row["account_id"] for row in rows])  # KPI holdings


def assign_new_accounts(conn: Connection, held: dict[int, list[int]], now: datetime) -> None:
    """Give accounts just inserted to their agents (agent_id -> account ids): history, KPI holdings, log."""
    ids = [account_id for group in held.values() for account_id in group]
    if not ids:
        return
    where = in_values(conn, _accounts.c.id, ids)
    holders = select(_accounts.c.id, _accounts.c.agent_id, literal(now, UtcDateTime())).where(where)
    conn.execute(insert(_assignments).from_select(["account_id", "agent_id", "assigned_at"], holders))
    accounts_created(conn, held, now)
    record_changes_for_holders(conn, where, now)


def open_assignments_to_holders(conn: Connection, accounts_where: ColumnElement[bool], now: datetime) -> None:
    """Open an assignment row to the current holder of each matching account (unassigned ones skipped)."""
    holders = select(_accounts.c.id, _accounts.c.agent_id, literal(now, UtcDateTime())).where(
        accounts_where, _accounts.c.agent_id.is_not(None)
    )
    conn.execute(insert(_assignments).from_select(["account_id", "agent_id", "assigned_at"], holders))
    held = select(_accounts.c.id).where(accounts_where, _accounts.c.agent_id.is_not(None))
    accounts_changed(conn, conn.scalars(held))  # KPI holdings of these accounts only, not the whole table


def record_changes_for_holders(conn: Connection, accounts_where: ColumnElement[bool], now: datetime) -> None:
    """Log a change for the current holder of each matching account, in one INSERT ... SELECT."""
    holders = select(literal(ACCOUNT), _accounts.c.id, _accounts.c.agent_id, literal(now, UtcDateTime())).where(
        accounts_where, _accounts.c.agent_id.is_not(None)
    )
    _lock_log(conn)
    conn.execute(insert(_changes).from_select(["kind", "object_id", "agent_id", "created_at"], holders))


def assign_account(conn: Connection, account_id: int, agent_id: int | None, now: datetime) -> Reassignment:
    """Give an account to an agent (None unassigns it): history, accounts.agent_id and change log."""
    old_agent_id = conn.execute(select(Account.agent_id).where(Account.id == account_id)).one_or_none()
    if old_agent_id is None:
        raise AccountNotFound(f"unknown account id {account_id}")
    result = Reassignment(account_id, old_agent_id[0], agent_id)
    if not result.changed:
        return result
    if agent_id is not None and conn.scalar(select(Agent.id).where(Agent.id == agent_id)) is None:
        raise AdminError(f"unknown agent id {agent_id}")
    close_assignments(conn, [account_id], now)
    if agent_id is not None:
        open_assignments(conn, [(account_id, agent_id)], now)
    # A moved account leaves its old holder's planned day (visit_plan.py): no stale visit_order for the new one.
    conn.execute(update(Account).where(Account.id == account_id).values(agent_id=agent_id, visit_order=None,
                                                                       updated_at=now))
    record_account_change(conn, account_id, (result.old_agent_id, agent_id), now)
    return result


def reassign_accounts(conn: Connection, holders: Mapping[int, int | None], now: datetime) -> list[Reassignment]:
    """Give many accounts new holders (account id -> agent id, None unassigns) in a handful of set-based statements.

    The same effects as assign_account on each: the old holders' assignment rows closed, the new ones
    opened, accounts.agent_id set, a change logged for the old and the new holder, the KPI holdings
    derived again (kpis/holdings.py). Statements: one read, one close, one UPDATE per new holder, one
    INSERT ... SELECT for the new rows, two for the change log, a few per holder for the KPI holdings;
    no statement per account. Returns what moved.
    """
    if not holders:
        return []
    a, h = _accounts.c, _assignments.c
    current = dict(conn.execute(select(a.id, a.agent_id).where(in_values(conn, a.id, list(holders)))).all())
    missing = [account_id for account_id in holders if account_id not in current]
    if missing:
        raise AccountNotFound(f"unknown account id {missing[0]}")
    wanted = {agent_id for agent_id in holders.values() if agent_id is not None}
    if wanted:
        known = set(conn.scalars(select(Agent.id).where(Agent.id.in_(sorted(wanted)))))
        if unknown := sorted(wanted - known):
            raise AdminError(f"unknown agent id {unknown[0]}")
    moves = [Reassignment(account_id, current[account_id], agent_id)
             for account_id, agent_id in holders.items() if current[account_id] != agent_id]
    if not moves:
        return []
    moved_ids = [move.account_id for move in moves]
    moved = in_values(conn, a.id, moved_ids)
    follow = can_follow_moves(conn, [(move.account_id, move.old_agent_id) for move in moves], now)
    record_changes_for_holders(conn, moved, now)  # the old holders, before they change
    conn.execute(update(_assignments).where(in_values(conn, h.account_id, moved_ids), h.unassigned_at.is_(None))
                 .values(unassigned_at=now))
    groups: dict[int | None, list[int]] = {}
    for move in moves:
        groups.setdefault(move.new_agent_id, []).append(move.account_id)
    for agent_id, ids in groups.items():
        conn.execute(update(_accounts).where(in_values(conn, a.id, ids))
                     .values(agent_id=agent_id, visit_order=None, updated_at=now))  # out of the old holder's plan
    held = select(a.id, a.agent_id, literal(now, UtcDateTime())).where(moved, a.agent_id.is_not(None))
    conn.execute(insert(_assignments).from_select(["account_id", "agent_id", "assigned_at"], held))
    record_changes_for_holders(conn, moved, now)  # the new holders
    if follow:  # KPI holdings: only their tails move
        holdings_moved(conn, [(move.account_id, move.old_agent_id, move.new_agent_id) for move in moves], now)
    else:  # an unusual history (times at or after now, stray open rows): derive the holdings again
        holdings_changed(conn, moved_ids)
    return moves

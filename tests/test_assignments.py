"""Bulk reassignment (syncserver.assignments, changes.reassign_accounts): history, change log, KPI holdings, audit,
roles, and the assignment history read back. Both backends."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import func, select

from syncserver import permissions as p
from syncserver.admin import AdminError
from syncserver.agents import add_agent, update_agent
from syncserver.assignment_history import account_history
from syncserver.assignments import STRATEGY, apply_holders, assign_accounts
from syncserver.audit import ACCOUNTS_ASSIGNED
from syncserver.audit_log import AuditFilter, list_audit
from syncserver.changes import AccountNotFound, assign_account, latest_change_id
from syncserver.clock import utcnow
from syncserver.db.models import Account, AccountAssignment, Change
from syncserver.permissions import PermissionDenied
from syncserver.users import create_user
from tests.scoring_world import build_history
from tests.test_kpis import snapshot, summaries_match_rebuild


@pytest.fixture
def world(engine):
    """120 accounts of the synthetic history (visits, payments, KPI summaries) held by agents S0..S3, and two more."""
    history = build_history(engine, 120, seed=3)
    extra = [add_agent(engine, code, f"Gestor {code}").id for code in ("N1", "N2")]
    return history, extra


def holders(engine) -> dict[int, int | None]:
    with engine.connect() as conn:
        return dict(conn.execute(select(Account.id, Account.agent_id)).all())


def open_rows(engine) -> dict[int, int]:
    with engine.connect() as conn:
        rows = conn.execute(select(AccountAssignment.account_id, AccountAssignment.agent_id)
                            .where(AccountAssignment.unassigned_at.is_(None))).all()
    assert len(rows) == len({account for account, _ in rows}), "one open assignment per account"
    return dict(rows)


def test_bulk_reassignment_writes_what_assign_account_writes_one_by_one(world, engine):
    history, (n1, n2) = world
    ids = history.account_ids
    before = holders(engine)
    cursor = latest_change_id(engine.connect())
    plan = {account_id: (n1 if i % 3 == 0 else n2 if i % 3 == 1 else None) for i, account_id in enumerate(ids[:60])}
    plan[ids[60]] = before[ids[60]]  # already its holder: not a move
    result = apply_holders(engine, plan, source=STRATEGY)
    assert (result.asked, result.moved, result.unchanged) == (61, 60, 1)
    after = holders(engine)
    assert all(after[a] == agent for a, agent in plan.items())
    assert all(after[a] == before[a] for a in ids[61:])
    assert open_rows(engine) == {a: agent for a, agent in after.items() if agent is not None}
    with engine.connect() as conn:
        logged = set(conn.execute(select(Change.object_id, Change.agent_id).where(Change.id > cursor)).all())
    expected = {(a, before[a]) for a in ids[:60]} | {(a, agent) for a, agent in plan.items() if agent and a != ids[60]}
    assert logged == expected  # the old holder (removal) and the new one (addition), nothing for the unchanged
    assert summaries_match_rebuild(engine)  # KPI holdings kept as a recomputation would make them

    # the same moves one by one through assign_account leave the same summaries
    kept = snapshot(engine)
    apply_holders(engine, {a: before[a] for a in plan})  # back
    now = utcnow()
    with engine.begin() as conn:
        for account_id, agent_id in plan.items():
            assign_account(conn, account_id, agent_id, now)
    assert snapshot(engine)["kpi_holdings"] == kept["kpi_holdings"]
    assert snapshot(engine)["kpi_collected"] == kept["kpi_collected"]


def test_one_audit_entry_per_action_with_counts_and_sources(world, engine):
    history, (n1, _n2) = world
    ids = history.account_ids[:10]
    assign_accounts(engine, ids + ids[:2], n1, actor="cli:ana", details={"cell": "likely_cheap"}, source=STRATEGY)
    entries = list_audit(engine, AuditFilter(action=ACCOUNTS_ASSIGNED))
    assert len(entries) == 1
    entry = entries[0]
    assert (entry.actor, entry.subject_type, entry.subject_id) == ("cli:ana", "agent", "N1")
    assert entry.details["source"] == "strategy" and entry.details["cell"] == "likely_cheap"
    assert (entry.details["accounts"], entry.details["moved"], entry.details["to"]) == (10, 10, {"N1": 10})
    assert sum(entry.details["from"].values()) == 10 and set(entry.details["from"]) <= {"S0", "S1", "S2", "S3"}
    assign_accounts(engine, ids[:4], None, actor="cli:ana")
    unassigned = list_audit(engine, AuditFilter(action=ACCOUNTS_ASSIGNED))[0]
    assert unassigned.subject_id is None and unassigned.details["to"] == {"": 4}
    assert all(holders(engine)[a] is None for a in ids[:4])


def test_refusals_write_nothing(world, engine):
    history, (n1, n2) = world
    ids = history.account_ids[:5]
    before, changes = holders(engine), latest_change_id(engine.connect())
    create_user(engine, "admin", "Admin", p.ADMINISTRATOR, "una clave larga", actor="cli:test")
    create_user(engine, "mira", "Mira", p.VIEWER, "una clave larga", actor="cli:test")
    with pytest.raises(PermissionDenied) as denied:
        assign_accounts(engine, ids, n1, actor="mira")
    assert (denied.value.role, denied.value.action) == (p.VIEWER, p.ACCOUNTS_ASSIGN)
    with pytest.raises(PermissionDenied):
        assign_accounts(engine, ids, n1, actor="pc:someone")  # the branch has users now
    with pytest.raises(AccountNotFound, match="unknown account id 999999"):
        assign_accounts(engine, [*ids, 999999], n1, actor="admin")
    update_agent(engine, "N2", active=False)
    with pytest.raises(AdminError, match="N2 is inactive"):
        assign_accounts(engine, ids, n2, actor="admin")
    with pytest.raises(AdminError, match="at least one account"):
        assign_accounts(engine, [], n1, actor="admin")
    assert holders(engine) == before and latest_change_id(engine.connect()) == changes
    assert list_audit(engine, AuditFilter(action=ACCOUNTS_ASSIGNED)) == []
    assign_accounts(engine, ids, n1, actor="admin")  # a supervisor or administrator may
    assert {holders(engine)[a] for a in ids} == {n1}


def test_history_lists_each_holder_newest_first(world, engine):
    history, (n1, n2) = world
    account_id = history.account_ids[0]
    first = holders(engine)[account_id]
    start = utcnow()
    assign_accounts(engine, [account_id], n1, now=start)
    assign_accounts(engine, [account_id], None, now=start + timedelta(hours=1))
    assign_accounts(engine, [account_id], n2, now=start + timedelta(hours=2))
    found = account_history(engine, account_id)
    assert found.external_ref == "R00000"
    assert [(h.agent_code, h.until is None) for h in found.holdings] == [("N2", True), ("N1", False),
                                                                          (f"S{0}", False)]
    assert found.holdings[0].since == start + timedelta(hours=2)
    assert (found.holdings[1].since, found.holdings[1].until) == (start, start + timedelta(hours=1))
    assert found.holdings[2].agent_id == first and found.holdings[2].until == start
    with pytest.raises(AccountNotFound):
        account_history(engine, 999999)
    with engine.connect() as conn:
        assert conn.scalar(select(func.count()).select_from(AccountAssignment)
                           .where(AccountAssignment.account_id == account_id)) == 3

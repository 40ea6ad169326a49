"""Promise tracking agrees with the KPI engine, and reassigning for a revisit goes through history and delta sync."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from decimal import Decimal

import pytest
from sqlalchemy import Engine, select

from syncserver.admin import AdminError
from syncserver.clock import utcnow
from syncserver.db.agreement_models import RevisitRequest
from syncserver.db.models import AccountAssignment, Agent
from syncserver.kpis import compute_kpis
from syncserver.promises import list_promises
from syncserver.revisits import reassign_for_revisit
from tests.kpi_world import World
from tests.test_kpis import MARCH, at, small_world
from tests.test_sync_delta import Device

D = Decimal


def richer_world(engine: Engine) -> tuple[World, dict[str, str]]:
    """docs/kpis.md's example plus a partly paid promise and a corrected one."""
    world, ids = small_world(engine)
    ids["v9"] = world.visit("A1", "C2", at(15, 14), "promise_to_pay", "100000.00", date(2026, 3, 20))
    world.pay("C2", date(2026, 3, 18), "40000.00")
    ids["v10"] = world.visit("B2", "C3", at(21, 14), "promise_to_pay", "90000.00", date(2026, 3, 25))
    ids["v11"] = world.visit("B2", "C3", at(21, 14), "promise_to_pay", "30000.00", date(2026, 3, 26),
                             corrects=ids["v10"])
    return world, ids


def by_visit(promises) -> dict[str, object]:
    return {p.visit_id: p for p in promises}


def test_statuses_as_of_a_date(engine: Engine) -> None:
    _, ids = richer_world(engine)
    early = by_visit(list_promises(engine, as_of=date(2026, 3, 12)))
    assert set(early) == {ids["v2"], ids["v5"]}  # made by then; v9 comes on the 15th
    v2 = early[ids["v2"]]
    assert (v2.status, v2.paid, v2.remaining, v2.settles_by) == ("pending", D("150000.00"), D("50000.00"),
                                                                 date(2026, 3, 13))
    assert early[ids["v5"]].status == "broken"  # due the 6th + 3 days, nothing paid by then
    late = by_visit(list_promises(engine, as_of=date(2026, 4, 30)))
    assert ids["v10"] not in late, "a corrected promise does not count: its correction does"
    assert (late[ids["v2"]].status, late[ids["v2"]].remaining) == ("kept", D("0.00"))
    v9 = late[ids["v9"]]
    assert (v9.status, v9.paid, v9.remaining, v9.agent_code) == ("partial", D("40000.00"), D("60000.00"), "A1")
    assert (late[ids["v11"]].status, late[ids["v11"]].amount) == ("broken", D("30000.00"))
    assert late[ids["v5"]].status == "broken"  # paid on the 20th: too late for this promise
    broken = list_promises(engine, as_of=date(2026, 4, 30), status="broken")
    assert {p.visit_id for p in broken} == {ids["v5"], ids["v11"]}
    b2 = [p for p in list_promises(engine, as_of=date(2026, 4, 30), agent_id=late[ids["v5"]].agent_id)]
    assert {p.agent_code for p in b2} == {"B2"} and len(b2) == 2


def test_matured_and_kept_counts_equal_the_kpi_engine(engine: Engine) -> None:
    richer_world(engine)
    promises = list_promises(engine, as_of=date(2026, 4, 30))  # every promise of March
    checked = 0
    for as_of in (date(2026, 3, 8), date(2026, 3, 13), date(2026, 3, 14), date(2026, 3, 24), date(2026, 4, 30)):
        for group in compute_kpis(engine, *MARCH, by="agent", as_of=as_of).groups:
            mine = [p for p in promises if p.agent_code == group.key]
            matured = [p for p in mine if p.settles_by < as_of]
            assert len(matured) == group.promises_matured, (group.key, as_of)
            kept = [p for p in list_promises(engine, as_of=as_of, status="kept") if p.settles_by < as_of]
            assert sum(p.agent_code == group.key for p in kept) == group.promises_kept, (group.key, as_of)
            assert sum(p.amount for p in mine) == group.promised_amount
            checked += group.promises_matured
    assert checked >= 8  # the comparison saw matured promises, kept and not


def test_reassign_for_revisit_moves_the_accounts_through_history_and_delta_sync(any_server) -> None:
    server = any_server
    world = World(server.engine)
    for code in ("A1", "B1"):
        world.agent(code)
    for ref in ("C1", "C2", "C3"):
        world.account(ref, None, "A1", at=utcnow() - timedelta(days=30))
    due = (utcnow() - timedelta(days=20)).date()
    broken = world.visit("A1", "C1", utcnow() - timedelta(days=25), "promise_to_pay", "1000.00", due)
    other = world.visit("A1", "C2", utcnow() - timedelta(days=25), "promise_to_pay", "500.00", due)
    a1, b1 = Device(server, "A1"), Device(server, "B1")
    a1.pull()
    b1.pull()
    assert set(a1.accounts) == {str(world.accounts[r]) for r in ("C1", "C2", "C3")} and b1.accounts == {}
    assert {p.status for p in list_promises(server.engine)} == {"broken"}
    with server.engine.connect() as conn:
        b1_id = conn.scalar(select(Agent.id).where(Agent.code == "B1"))
    result = reassign_for_revisit(server.engine, [broken, other], b1_id)
    assert (result.moved, result.already_held, result.marked) == (2, 0, 2)
    removed, added = a1.pull(), b1.pull()
    moved = {str(world.accounts["C1"]), str(world.accounts["C2"])}
    assert removed["full"] is False and set(removed["removed_accounts"]) == moved and removed["accounts"] == []
    assert added["full"] is False and {a["id"] for a in added["accounts"]} == moved
    a1.assert_same_as_full_sync()
    b1.assert_same_as_full_sync()
    with server.engine.connect() as conn:
        history = conn.execute(select(AccountAssignment.agent_id, AccountAssignment.unassigned_at)
                               .where(AccountAssignment.account_id == world.accounts["C1"])
                               .order_by(AccountAssignment.id)).all()
        marks = conn.scalars(select(RevisitRequest.visit_id).order_by(RevisitRequest.id)).all()
    assert [agent for agent, _ in history] == [world.agents["A1"], b1_id]
    assert history[0].unassigned_at is not None and history[1].unassigned_at is None
    assert marks == [broken, other]
    revisit = by_visit(list_promises(server.engine))[broken].revisit
    assert (revisit.agent_code, revisit.done) == ("B1", False)
    assert by_visit(list_promises(server.engine))[broken].holder_code == "B1"
    world.visit("B1", "C1", utcnow() + timedelta(minutes=1), "rpc")
    assert by_visit(list_promises(server.engine))[broken].revisit.done is True
    assert by_visit(list_promises(server.engine))[other].revisit.done is False
    again = reassign_for_revisit(server.engine, [other], b1_id)  # already B1's: marked, nothing moves
    assert (again.moved, again.already_held, again.marked) == (0, 1, 1)
    assert b1.pull()["accounts"] == []


def test_reassign_refuses_what_it_cannot_do(engine: Engine) -> None:
    world = World(engine)
    world.agent("A1")
    world.account("C1", None, "A1")
    visit = world.visit("A1", "C1", datetime(2026, 3, 2, 15, tzinfo=UTC), "promise_to_pay", "10.00", date(2026, 3, 5))
    with pytest.raises(AdminError, match="unknown agent"):
        reassign_for_revisit(engine, [visit], 999)
    with pytest.raises(AdminError, match="unknown visit"):
        reassign_for_revisit(engine, ["nope"], world.agents["A1"])
    with pytest.raises(AdminError, match="at least one"):
        reassign_for_revisit(engine, [], world.agents["A1"])

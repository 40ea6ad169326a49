"""Accounts inside a drawn zone (shapely) and the auto-balance plan under caps, previewed, then committed."""

from __future__ import annotations

from decimal import Decimal

import pytest
from sqlalchemy import insert, select

from syncserver.agents import add_agent
from syncserver.assignments import apply_holders
from syncserver.audit import ACCOUNTS_ASSIGNED
from syncserver.audit_log import AuditFilter, list_audit
from syncserver.balance_plan import commit_balance, plan_balance
from syncserver.changes import assign_new_accounts
from syncserver.clock import utcnow
from syncserver.db.models import Account
from syncserver.zones import ZoneError, accounts_in_zone, zone_polygon

SQUARE = [[4.60, -74.10], [4.60, -74.00], [4.70, -74.00], [4.70, -74.10]]


def put_accounts(engine, places, agent_id=None, balance="100.00", currency="COP") -> list[int]:
    """Accounts at these (lat, lon) (None: no location), held by agent_id; their ids in order."""
    now = utcnow()
    with engine.begin() as conn:
        start = conn.scalar(select(Account.id).order_by(Account.id.desc()).limit(1)) or 0
        conn.execute(insert(Account), [dict(
            external_ref=f"Z{start + n:05d}", debtor_name=f"Deudor {n}", address="Calle 1",
            lat=None if place is None else place[0], lon=None if place is None else place[1],
            balance=Decimal(balance), currency=currency, days_past_due=10, agent_id=agent_id, updated_at=now)
            for n, place in enumerate(places)])
        ids = list(conn.scalars(select(Account.id).where(Account.id > start).order_by(Account.id)))
        if agent_id is not None:
            assign_new_accounts(conn, {agent_id: ids}, now)
    return ids


def test_zone_keeps_the_accounts_inside_with_their_holders_and_balances(engine):
    a1 = add_agent(engine, "A1", "Ana").id
    inside = put_accounts(engine, [(4.65, -74.05), (4.61, -74.09)], a1, balance="1000.50")
    border = put_accounts(engine, [(4.60, -74.05)])  # on the edge: inside
    put_accounts(engine, [(4.75, -74.05), (4.65, -74.2), None])  # outside, and no location
    usd = put_accounts(engine, [(4.66, -74.04)], balance="7.25", currency="USD")
    found = accounts_in_zone(engine, SQUARE)
    assert sorted(found.account_ids) == sorted(inside + border + usd)
    assert found.count == 4 and found.holders == {a1: 2, None: 2}
    assert found.balances == {"COP": Decimal("2101.00"), "USD": Decimal("7.25")}
    triangle = accounts_in_zone(engine, [[4.60, -74.10], [4.70, -74.10], [4.60, -74.00], [4.60, -74.10]])  # closed
    assert set(triangle.account_ids) == {inside[1], *border}
    assert accounts_in_zone(engine, [[10, 10], [10, 11], [11, 11]]).count == 0


def test_zone_outlines_that_cannot_be_used_say_why():
    with pytest.raises(ZoneError, match="at least 3 different corners"):
        zone_polygon([[4.6, -74.1], [4.7, -74.0], [4.6, -74.1]])
    with pytest.raises(ZoneError, match="outside lat"):
        zone_polygon([[95, 0], [4.7, -74.0], [4.6, -74.0]])
    with pytest.raises(ZoneError, match="no area"):
        zone_polygon([[4.6, -74.1], [4.65, -74.05], [4.7, -74.0]])
    with pytest.raises(ZoneError, match=r"\[lat, lon\]"):
        zone_polygon([[4.6, "x"], [4.7, -74.0], [4.6, -74.0]])
    bowtie = zone_polygon([[4.6, -74.1], [4.7, -74.0], [4.7, -74.1], [4.6, -74.0]])  # crosses itself: mended
    assert bowtie.is_valid and bowtie.area == pytest.approx(0.005, rel=1e-6)


def test_balance_plan_respects_caps_previews_and_commits_in_one_action(engine):
    agents = [add_agent(engine, f"G{i}", f"Gestor {i}").id for i in range(4)]
    grid = [(4.60 + (n % 20) * 0.005, -74.10 + (n // 20) * 0.005) for n in range(200)]
    ids = put_accounts(engine, grid, agents[0])
    lost = put_accounts(engine, [None, None], agents[0])  # no location: kept by G0
    plan = plan_balance(engine, agents[1:], max_accounts=60)
    loads = {load.code: load for load in plan.loads}
    assert [load.accounts for load in plan.loads] == [60, 60, 60]
    assert all(load.accounts_before == 0 for load in plan.loads)
    assert plan.run_id is None and all(load.minutes == 60 * 15.0 for load in plan.loads)  # service minutes
    assert len(plan.unplaced) == 20 and plan.unlocated == 2 and plan.moves == 200 and plan.spread == 0
    assert set(loads) == {"G1", "G2", "G3"} and plan.total_minutes == 180 * 15.0
    with engine.connect() as conn:  # a preview writes nothing
        assert set(conn.scalars(select(Account.agent_id))) == {agents[0]}
    result = commit_balance(engine, plan, actor="cli:ana")
    assert result.moved == 200
    with engine.connect() as conn:
        held = dict(conn.execute(select(Account.id, Account.agent_id)).all())
    assert sorted(held[a] for a in ids if held[a] is not None).count(agents[1]) == 60
    assert sum(held[a] is None for a in ids) == 20 and {held[a] for a in lost} == {agents[0]}
    entry = list_audit(engine, AuditFilter(action=ACCOUNTS_ASSIGNED))[0]
    assert entry.details["source"] == "balance" and entry.details["max_accounts"] == 60
    assert entry.details["agents"] == ["G1", "G2", "G3"] and entry.details["unplaced"] == 20

    again = plan_balance(engine, agents, account_ids=ids, max_minutes=50 * 15)
    assert max(load.minutes for load in again.loads) <= 50 * 15 and len(again.unplaced) == 0
    assert sorted(load.accounts for load in again.loads) == [50, 50, 50, 50] and again.spread < 0.1
    with pytest.raises(Exception, match="max_accounts"):
        plan_balance(engine, agents, max_accounts=0)
    with pytest.raises(Exception, match="at least one agent"):
        plan_balance(engine, [])


def test_a_portfolio_already_split_by_area_barely_moves(engine):
    west, east = add_agent(engine, "W1", "Oeste").id, add_agent(engine, "E1", "Este").id
    one = put_accounts(engine, [(4.60 + (n % 10) * 0.004, -74.20 + (n // 10) * 0.004) for n in range(50)], east)
    other = put_accounts(engine, [(4.60 + (n % 10) * 0.004, -74.00 + (n // 10) * 0.004) for n in range(50)], west)
    for holders in ((east, west), (west, east)):  # whichever way k-means numbers the areas, each stays put
        apply_holders(engine, {**dict.fromkeys(one, holders[0]), **dict.fromkeys(other, holders[1])})
        plan = plan_balance(engine, [west, east])
        assert plan.moves == 0 and [load.accounts for load in plan.loads] == [50, 50]
        assert [load.accounts_before for load in plan.loads] == [50, 50]

"""KPI engine on fixed histories, on SQLite and PostgreSQL: definitions, corrections, late uploads, rebuilds."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from decimal import Decimal

import pytest
from sqlalchemy import Engine, select, update

from syncserver.db.bootstrap import open_database
from syncserver.db.kpi_models import (
    KpiAccountDay,
    KpiCollected,
    KpiDaily,
    KpiHolding,
    KpiPromise,
    KpiSegmentDaily,
    KpiVisitHour,
)
from syncserver.db.models import BranchSettings
from syncserver.kpis import compute_kpis, rebuild_summaries
from tests.kpi_world import World, engine_groups, reference
from tests.test_api_flow import setup_agent, visit

MARCH = (date(2026, 3, 1), date(2026, 3, 31))


@pytest.fixture
def sqlite_engine(tmp_path):
    """SQLite only, for what does not depend on the backend (the SQL itself runs on both in the other tests)."""
    engine = open_database(db_url=f"sqlite:///{tmp_path / 'kpis.sqlite3'}")
    yield engine
    engine.dispose()
AS_OF = date(2026, 4, 30)


def snapshot(engine: Engine) -> dict[str, list]:
    """Every summary row, sorted (the Decimal and int values compare exactly)."""
    with engine.connect() as conn:
        return {table.__tablename__: sorted(tuple(row) for row in conn.execute(select(table.__table__)))
                for table in (KpiAccountDay, KpiDaily, KpiPromise, KpiHolding, KpiCollected, KpiSegmentDaily,
                                   KpiVisitHour)}


def summaries_match_rebuild(engine: Engine) -> bool:
    """Whether the summaries kept incrementally equal a from-scratch recomputation (then rebuilt)."""
    kept = snapshot(engine)
    with engine.begin() as conn:
        rebuild_summaries(conn)
    rebuilt = snapshot(engine)
    assert kept == rebuilt
    return any(rebuilt.values())


def at(day: int, hour: int) -> datetime:
    """A moment of March 2026 in UTC (Bogotá is UTC-5: hour 3 UTC is the evening before there)."""
    return datetime(2026, 3, day, hour, tzinfo=UTC)


def small_world(engine: Engine) -> tuple[World, dict[str, str]]:
    """Two agents, four accounts, a correction, a late upload, a reassignment and payments (docs/kpis.md's example)."""
    world = World(engine)
    world.agent("A1")
    world.agent("B2")
    world.account("C1", "consumo", "A1")
    world.account("C2", "consumo", "A1")
    world.account("C3", "pyme", "A1")
    world.account("C4", "pyme", "B2")
    ids = {
        "v1": world.visit("A1", "C1", at(2, 14), "no_contact"),
        "v2": world.visit("A1", "C1", at(3, 15), "promise_to_pay", "200000.00", date(2026, 3, 10)),
        "v3": world.visit("A1", "C2", at(3, 16), "rpc"),
        "v4": world.visit("A1", "C2", at(4, 3), "third_party"),  # 22:00 on the 3rd in Bogotá
        "v5": world.visit("B2", "C4", at(5, 14), "promise_to_pay", "50000.00", date(2026, 3, 6)),
    }
    ids["v6"] = world.visit("A1", "C3", at(6, 14), "rpc", corrects=None)
    ids["v7"] = world.visit("A1", "C3", at(6, 14), "no_contact", corrects=ids["v6"])  # "rpc" was a mistake
    ids["v8"] = world.visit("A1", "C1", at(1, 20), "no_contact")  # uploaded late: the phone was offline a week
    world.assign("C3", "B2", at(20, 12))
    world.pay("C1", date(2026, 3, 12), "150000.00")
    world.pay("C1", date(2026, 3, 13), "50000.00")  # with the grace days: promise kept
    world.pay("C4", date(2026, 3, 20), "50000.00")  # after due + grace: not kept
    return world, ids


def test_definitions_on_a_small_branch(engine: Engine) -> None:
    world, _ = small_world(engine)
    report = compute_kpis(engine, *MARCH, by="agent", as_of=AS_OF)
    a1, b2 = report.groups
    assert (a1.key, b2.key) == ("A1", "B2")
    assert (a1.attempts, a1.accounts_attempted, a1.contacts, a1.accounts_contacted) == (6, 3, 3, 2)
    assert (a1.rpc, a1.promises, a1.promises_matured, a1.promises_kept) == (2, 1, 1, 1)
    assert a1.assigned_accounts == 3 and b2.assigned_accounts == 2  # C3 was held by both in March
    assert str(a1.collected_amount) == "200000.00" and str(b2.collected_amount) == "50000.00"
    assert (b2.promises_matured, b2.promises_kept, b2.kept_rate) == (1, 0, 0.0)
    assert a1.hits == 3 / 6 and a1.penetration == 2 / 3 and a1.intensity == 2.0
    for by in ("agent", "segment", "day", "none"):
        assert engine_groups(compute_kpis(engine, *MARCH, by=by, as_of=AS_OF)) == reference(world, *MARCH, by, AS_OF)
    assert summaries_match_rebuild(engine)


def test_local_days_in_the_branch_time_zone(sqlite_engine: Engine) -> None:
    engine = sqlite_engine
    small_world(engine)
    third = compute_kpis(engine, date(2026, 3, 3), date(2026, 3, 3), by="none", as_of=AS_OF).groups[0]
    assert third.attempts == 3  # v2, v3 and v4 (22:00 local)
    with engine.begin() as conn:
        conn.execute(update(BranchSettings).values(timezone="UTC"))
    third = compute_kpis(engine, date(2026, 3, 3), date(2026, 3, 3), by="none", as_of=AS_OF).groups[0]
    assert third.attempts == 2  # in UTC v4 is on the 4th: the summaries were rebuilt for the new zone


def test_grace_days_change_rebuilds_promises(sqlite_engine: Engine) -> None:
    engine = sqlite_engine
    small_world(engine)
    before = compute_kpis(engine, *MARCH, by="agent", as_of=AS_OF).groups[0]
    with engine.begin() as conn:
        conn.execute(update(BranchSettings).values(kpi_grace_days=0))
    after = compute_kpis(engine, *MARCH, by="agent", as_of=AS_OF).groups[0]
    assert (before.promises_kept, after.promises_kept) == (1, 0)  # the payments of the 12th and 13th come too late


def test_rates_with_zero_denominators_are_null(sqlite_engine: Engine) -> None:
    engine = sqlite_engine
    world = World(engine)
    world.agent("A1")
    world.account("C1", None, "A1")
    world.visit("A1", "C1", at(2, 14), "no_contact")
    (group,) = compute_kpis(engine, *MARCH, by="none", as_of=AS_OF).groups
    assert (group.attempts, group.contacts, group.rpc, group.promises_matured) == (1, 0, 0, 0)
    assert group.hits == 0.0 and group.penetration == 0.0
    assert group.rpc_rate is None and group.ptp_rate is None and group.kept_rate is None
    empty = compute_kpis(engine, date(2025, 1, 1), date(2025, 1, 1), by="none", as_of=AS_OF).as_json()
    (row,) = empty["groups"]
    assert row["key"] is None and row["attempts"] == 0 and row["collected_amount"] == "0.00"
    assert all(row[name] is None for name in ("penetration", "intensity", "hits", "rpc_rate", "ptp_rate", "kept_rate"))


def test_correction_replaces_the_corrected_visit_everywhere(engine: Engine) -> None:
    world, ids = small_world(engine)
    day6 = compute_kpis(engine, date(2026, 3, 6), date(2026, 3, 6), by="agent", as_of=AS_OF).groups[0]
    assert (day6.attempts, day6.rpc, day6.contacts) == (1, 0, 0)
    world.visit("A1", "C3", at(7, 10), "rpc", corrects=ids["v7"])  # a correction of the correction, a day later
    report = compute_kpis(engine, date(2026, 3, 6), date(2026, 3, 7), by="day", as_of=AS_OF)
    assert [(g.key.day, g.attempts, g.rpc) for g in report.groups] == [(6, 0, 0), (7, 1, 1)]
    assert summaries_match_rebuild(engine)


def test_json_shape_of_the_issue(sqlite_engine: Engine) -> None:
    engine = sqlite_engine
    small_world(engine)
    data = compute_kpis(engine, *MARCH, by="segment", as_of=AS_OF).as_json()
    assert list(data) == ["from", "to", "timezone", "as_of", "groups"]
    assert (data["from"], data["to"], data["timezone"], data["as_of"]) == (
        "2026-03-01", "2026-03-31", "America/Bogota", "2026-04-30")
    assert list(data["groups"][0]) == [
        "key", "assigned_accounts", "accounts_attempted", "accounts_contacted", "attempts", "contacts", "rpc",
        "promises", "promises_matured", "promises_kept", "penetration", "intensity", "hits", "rpc_rate", "ptp_rate",
        "kept_rate", "promised_amount", "collected_amount"]
    consumo = next(group for group in data["groups"] if group["key"] == "consumo")
    assert consumo["promised_amount"] == "200000.00" and consumo["ptp_rate"] == 0.5
    assert consumo["hits"] == 0.6 and consumo["attempts"] == 5 and isinstance(consumo["attempts"], int)


def test_bad_period_and_grouping_are_refused(sqlite_engine: Engine) -> None:
    engine = sqlite_engine
    with pytest.raises(ValueError, match="before it starts"):
        compute_kpis(engine, date(2026, 3, 2), date(2026, 3, 1))
    with pytest.raises(ValueError, match="by must be one of"):
        compute_kpis(engine, *MARCH, by="week")


def test_visits_posted_to_the_server_reach_the_summaries(any_server) -> None:
    """The writer thread's hook: visits through HTTP, a correction included, are counted in the same commit."""
    server = any_server
    setup_agent(server, "A1", n=3)
    _, token = server.pair("A1")
    ids = {a["external_ref"]: a["id"] for a in server.request("GET", "/sync", token=token).body["accounts"]}
    wrong = visit(ids["A1-2"], 4.67, -74.05, outcome="no_contact")
    batch = [visit(ids["A1-0"], 4.65, -74.05), visit(ids["A1-1"], 4.66, -74.05, outcome="promise_to_pay",
             promise={"amount": "1000.00", "due_date": "2030-01-15"}), wrong]
    fix = visit(ids["A1-2"], 4.67, -74.05, outcome="third_party", corrects=wrong["id"])
    for body in (batch, [fix]):
        reply = server.request("POST", "/visits", {"visits": body}, token=token)
        assert [r["status"] for r in reply.body["results"]] == ["accepted"] * len(body), reply.body
    today = datetime.now(UTC).date()
    (group,) = compute_kpis(server.engine, today - timedelta(days=2), today + timedelta(days=1), by="agent").groups
    assert (group.key, group.attempts, group.accounts_attempted, group.rpc, group.promises) == ("A1", 3, 3, 2, 1)
    assert group.assigned_accounts == 3 and group.promised_amount == Decimal("1000.00")
    assert summaries_match_rebuild(any_server.engine)

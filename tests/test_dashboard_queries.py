"""The dashboard's reads on both backends: filtered KPIs against the plain-Python reference, hours, productivity."""

from __future__ import annotations

import copy
import math
import random
import uuid
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal

from sqlalchemy import Engine, insert

from syncserver.db.models import Flag, Position
from syncserver.kpis.dashboard import DashboardQuery, load_dashboard
from syncserver.kpis.filtered import filtered_kpis
from syncserver.kpis.hours import hour_grid
from syncserver.kpis.productivity import agent_productivity
from syncserver.kpis.traces import travelled_km
from tests.kpi_world import T0, VisitFact, World, engine_groups, reference

MARCH = (date(2026, 3, 1), date(2026, 3, 31))
AS_OF = date(2026, 4, 30)
OUTCOMES = ("no_contact", "third_party", "rpc", "promise_to_pay", "not_found")
BOGOTA_OFFSET = timedelta(hours=-5)


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance (haversine), the test's own."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    a = math.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2
    return 2 * 6371.0088 * math.asin(math.sqrt(a))


def random_world(engine: Engine, seed: int = 7) -> World:
    """Three agents, accounts in two segments and none, visits over March with corrections, moves and payments."""
    rng = random.Random(seed)
    world = World(engine)
    for code in ("A1", "B2", "C3"):
        world.agent(code)
    for i in range(12):
        world.account(f"K{i}", ("consumo", "pyme", None)[(i // 2) % 3], ("A1", "B2", "C3")[i % 3])
    facts = []
    for _ in range(90):
        agent, account = rng.choice(("A1", "B2", "C3")), f"K{rng.randrange(12)}"
        started = T0 - timedelta(days=3) + timedelta(hours=rng.randrange(24 * 36), minutes=rng.randrange(60))
        outcome = rng.choice(OUTCOMES)
        amount, due = (f"{rng.randrange(1, 50) * 1000}.00", started.date() + timedelta(days=rng.randrange(15))) \
            if outcome == "promise_to_pay" else (None, None)
        facts.append(VisitFact(str(uuid.uuid4()), agent, account, started, outcome,
                               Decimal(amount) if amount else None, due))
    for fact in rng.sample(facts, 6):  # corrections: another agent's word replaces the first
        facts.append(VisitFact(str(uuid.uuid4()), fact.agent, fact.account, fact.started_at, "no_contact",
                               corrects=fact.id))
    world.store_visits(facts)
    world.assign("K0", "B2", T0 + timedelta(days=10))
    world.assign("K4", None, T0 + timedelta(days=20))
    for _ in range(15):
        world.pay(f"K{rng.randrange(12)}", date(2026, 3, 1) + timedelta(days=rng.randrange(35)),
                  f"{rng.randrange(1, 30) * 1000}.00")
    return world


def restricted(world: World, agent: str | None, segment: str | None, first: date, last: date) -> World:
    """The world as the filters see it: the agent's visits and holdings, the segment's accounts, their payments."""
    start = datetime.combine(first, datetime.min.time(), UTC) - BOGOTA_OFFSET
    end = datetime.combine(last + timedelta(days=1), datetime.min.time(), UTC) - BOGOTA_OFFSET
    view = copy.copy(world)
    in_segment = {ref for ref, seg in world.segments.items() if segment is None or seg == segment}
    view.visits = [v for v in world.visits if v.account in in_segment and (agent is None or v.agent == agent)]
    view.assignments = [a for a in world.assignments if a[0] in in_segment and (agent is None or a[1] == agent)]
    held = {a[0] for a in view.assignments if a[2] < end and (a[3] is None or a[3] > start)}
    view.payments = [p for p in world.payments if p[0] in in_segment and (agent is None or p[0] in held)]
    return view


def test_filtered_kpis_equal_the_reference_for_every_filter_and_grouping(engine: Engine) -> None:
    world = random_world(engine)
    assert engine_groups(filtered_kpis(engine, *MARCH, by="none", as_of=AS_OF)) == reference(
        world, *MARCH, "none", AS_OF)
    for agent in ("A1", "B2"):
        agent_id = world.agents[agent]
        for segment in (None, "consumo", "pyme"):
            view = restricted(world, agent, segment, *MARCH)
            for by in ("none", "day", "segment"):
                got = engine_groups(filtered_kpis(engine, *MARCH, by=by, agent_id=agent_id, segment=segment,
                                                  as_of=AS_OF))
                want = reference(view, *MARCH, "agent" if by == "none" else by, AS_OF)
                if by == "none":
                    want = {None: want.get(agent) or reference(view, *MARCH, "none", AS_OF)[None]}
                if by == "day":
                    got = {day: {k: v for k, v in g.items() if k != "collected_amount"} for day, g in got.items()}
                    want = {day: {k: v for k, v in g.items() if k != "collected_amount"} for day, g in want.items()}
                assert got == want, (agent, segment, by)
    view = restricted(world, None, "pyme", *MARCH)
    for by in ("none", "agent", "day"):
        got = engine_groups(filtered_kpis(engine, *MARCH, by=by, segment="pyme", as_of=AS_OF))
        assert got == reference(view, *MARCH, by, AS_OF), by
    trend = engine_groups(filtered_kpis(engine, *MARCH, by="day", segment="pyme", as_of=AS_OF, assigned=False))
    want = reference(view, *MARCH, "day", AS_OF)  # the trend leaves assigned accounts (and penetration) out
    drop = lambda groups: {day: {k: v for k, v in g.items() if k not in ("assigned_accounts", "penetration")}
                           for day, g in groups.items()}
    assert drop(trend) == drop(want) and any(values["attempts"] for values in trend.values())
    assert all(values["assigned_accounts"] == 0 for values in trend.values())


def test_hours_place_contacts_on_local_weekday_and_hour(engine: Engine) -> None:
    world = World(engine)
    world.agent("A1")
    world.account("K1", "consumo", "A1")
    world.account("K2", "pyme", "A1")
    monday_9 = datetime(2026, 3, 2, 14, 5, tzinfo=UTC)  # 09:05 in Bogotá, a Monday
    rpc = world.visit("A1", "K1", monday_9, "rpc")
    world.visit("A1", "K2", monday_9 + timedelta(minutes=40), "no_contact")
    first = world.visit("A1", "K1", datetime(2026, 3, 4, 2, 30, tzinfo=UTC), "no_contact")  # Tue 21:30
    world.visit("A1", "K1", datetime(2026, 3, 4, 2, 30, tzinfo=UTC), "third_party", corrects=first)
    cells = {(c.weekday, c.hour): c for c in hour_grid(engine, *MARCH)}
    assert len(cells) == 7 * 24
    assert (cells[(0, 9)].attempts, cells[(0, 9)].contacts, cells[(0, 9)].contact_rate) == (2, 1, 0.5)
    assert (cells[(1, 21)].attempts, cells[(1, 21)].contacts) == (1, 1)
    assert cells[(0, 14)].attempts == 0 and cells[(0, 14)].contact_rate is None
    pyme = {(c.weekday, c.hour): c for c in hour_grid(engine, *MARCH, segment="pyme")}
    assert (pyme[(0, 9)].attempts, pyme[(0, 9)].contacts) == (1, 0)
    assert sum(c.attempts for c in hour_grid(engine, date(2026, 3, 3), date(2026, 3, 3))) == 1  # local Tuesday
    world.visit("A1", "K1", monday_9, "no_contact", corrects=rpc)  # kept figures of that quarter are read again
    world.visit("A1", "K2", monday_9 + timedelta(days=7), "third_party")
    cells = {(c.weekday, c.hour): c for c in hour_grid(engine, *MARCH)}
    assert (cells[(0, 9)].attempts, cells[(0, 9)].contacts) == (3, 1)


def test_productivity_from_visits_flags_and_traces(engine: Engine) -> None:
    world = World(engine)
    world.agent("A1")
    world.agent("B2")
    world.account("K1", "consumo", "A1")
    v1 = world.visit("A1", "K1", datetime(2026, 3, 2, 14, tzinfo=UTC), "rpc")
    world.visit("A1", "K1", datetime(2026, 3, 3, 14, tzinfo=UTC), "no_contact")
    world.visit("A1", "K1", datetime(2026, 3, 3, 15, tzinfo=UTC), "no_contact")
    start_ms = int(datetime(2026, 3, 2, 13, tzinfo=UTC).timestamp() * 1000)
    north = [(4.60 + 0.001 * i, -74.08) for i in range(11)]  # 11 fixes, ~111 m apart: ~1.11 km
    jitter = [(4.61 + 0.00001 * (i % 2), -74.08) for i in range(6)]  # 1 m back and forth: jitter
    points = north + jitter
    order = list(range(len(points)))
    random.Random(3).shuffle(order)  # stored out of order: km follow fix time, not arrival
    with engine.begin() as conn:
        conn.execute(insert(Flag), [{"visit_id": v1, "code": "mock_location", "created_at": T0}])
        conn.execute(insert(Position), [{
            "device_id": world.devices["A1"], "seq": n + 1, "fix_ms": start_ms + i * 600_000,
            "device_ms": start_ms, "received_ms": start_ms, "lat": points[i][0], "lon": points[i][1],
            "accuracy_m": 15.0, "digest": n} for n, i in enumerate(order)])
    (a1,) = agent_productivity(engine, *MARCH)
    assert (a1.code, a1.visits, a1.visit_days, a1.visits_per_day) == ("A1", 3, 2, 1.5)
    assert (a1.inside, a1.compliance, a1.flagged) == (3, 1.0, 1)
    assert a1.field_days == 1 and a1.field_hours_per_day == (len(points) - 1) * 600 / 3600
    want = sum(distance_km(*north[i], *north[i + 1]) for i in range(10))
    assert abs(a1.km - want) < 1e-6 and 1.0 < a1.km < 1.2
    assert travelled_km([(4.6, -74.0, 20.0), (4.6001, -74.0, 20.0)]) == 0.0  # 11 m under a 20 m accuracy
    with engine.begin() as conn:  # a late upload of that day: its kilometres are measured again
        conn.execute(insert(Position), [{
            "device_id": world.devices["A1"], "seq": 99, "fix_ms": start_ms + len(points) * 600_000, "device_ms": 0,
            "received_ms": 0, "lat": 4.62, "lon": -74.08, "accuracy_m": 15.0, "digest": 99}])
    (again,) = agent_productivity(engine, *MARCH)
    assert abs(again.km - want - distance_km(4.61, -74.08, 4.62, -74.08)) < 1e-6
    assert agent_productivity(engine, *MARCH, agent_id=world.agents["B2"]) == []


def test_dashboard_bundle_compares_with_the_previous_period(engine: Engine) -> None:
    world = random_world(engine, seed=11)
    query = DashboardQuery(date(2026, 3, 11), date(2026, 3, 20), agent_id=world.agents["A1"])
    board = load_dashboard(engine, query)
    assert query.previous == (date(2026, 3, 1), date(2026, 3, 10))
    assert board.total == filtered_kpis(engine, *(query.first, query.last), agent_id=query.agent_id,
                                        as_of=board.today).groups[0]
    assert board.previous.attempts == reference(restricted(world, "A1", None, *query.previous), *query.previous,
                                                "agent", board.today).get("A1", {}).get("attempts", 0)
    assert len(board.days) == 10 and [g.key for g in board.agents] == ["A1"]
    assert sum(c.attempts for c in board.hours) == board.total.attempts
    assert [a.code for a in board.agent_choices] == ["A1", "B2", "C3"]
    assert board.segment_choices == ("consumo", "pyme")

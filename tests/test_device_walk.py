"""The simulated walk: route order, timing, noise, battery, visits, determinism."""

from __future__ import annotations

import random
from datetime import datetime, timedelta, timezone
from decimal import Decimal

import pytest

from mobile_protocol.device.walk import Walker, bearing_deg, offset, place, plan_walk, route_order
from mobile_protocol.geofence import distance_m
from mobile_protocol.messages import Geofence
from mobile_protocol.questionnaire import validate_answers
from tests.test_device_state import account, questionnaire

END = datetime(2026, 11, 23, 15, 0, 0, 123456, tzinfo=timezone.utc)
ACCOUNTS = [account(str(i), 4.65 + 0.003 * i, -74.05 + 0.002 * (i % 2), balance="800000.00") for i in range(6)]
FIELDS = [
    {"key": "contacted", "type": "boolean", "required": True},
    {"key": "who", "type": "select_one", "required": True, "choices": [{"value": "titular"}, {"value": "otro"}],
     "relevant": {"field": "contacted", "equals": True}},
    {"key": "income", "type": "integer", "min": 0, "max": 5},
    {"key": "comment", "type": "text", "max_length": 8},
]


def test_offset_and_bearing_agree_with_the_geofence_distance():
    lat, lon = offset(4.65, -74.05, 300.0, 400.0)
    assert distance_m(4.65, -74.05, lat, lon) == pytest.approx(500.0, rel=0.01)
    assert bearing_deg(4.65, -74.05, lat, lon) == pytest.approx(53.13, abs=0.5)
    assert bearing_deg(4.65, -74.05, 4.64, -74.05) == pytest.approx(180.0, abs=0.01)


def test_route_is_nearest_neighbour_from_the_start():
    line = [account("far", 4.70, -74.05), account("near", 4.651, -74.05), account("mid", 4.66, -74.05)]
    assert [a.id for a in route_order(line, (4.65, -74.05))] == ["near", "mid", "far"]


def test_visit_order_comes_first_and_accounts_without_location_are_skipped():
    accounts = [account("a", 4.651, -74.05), account("x", None), account("o2", 4.70, -74.05, visit_order=2),
                account("o1", 4.72, -74.05, visit_order=1), account("b", 4.69, -74.05)]
    # After the ordered ones (ending at o2, 4.70), nearest neighbour goes on from there.
    assert [a.id for a in route_order(accounts, (4.65, -74.05))] == ["o1", "o2", "b", "a"]


def test_walk_ends_now_with_a_fix_every_interval():
    plan = plan_walk(ACCOUNTS, end_time=END, minutes=90, interval_s=60, seed=1)
    times = [p.fix_time for p in plan.positions]
    assert len(times) == 91
    assert times[-1] <= END and END - times[-1] < timedelta(milliseconds=1)
    assert all(b - a == timedelta(seconds=60) for a, b in zip(times, times[1:]))
    assert [p.seq for p in plan.positions] == list(range(1, 92))
    assert all(p.device_time == p.fix_time for p in plan.positions)
    for visit in plan.visits:
        assert visit.started_at < visit.finished_at <= END
        assert visit.started_at <= visit.location.fix_time <= visit.finished_at


def test_fixes_are_noisy_plausible_and_battery_drains():
    plan = plan_walk(ACCOUNTS, end_time=END, minutes=120, interval_s=30, seed=2)
    assert all(5.0 <= p.accuracy_m <= 30.0 for p in plan.positions)
    assert all(0 <= p.battery_pct <= 100 and p.charging is not None for p in plan.positions)
    assert len({(p.lat, p.lon) for p in plan.positions}) == len(plan.positions)  # noise everywhere
    moving = [p for p in plan.positions if p.bearing_deg is not None]
    assert moving and all(0 <= p.bearing_deg < 360 and 0.9 <= p.speed_mps <= 1.7 for p in moving)


def test_battery_drains_about_one_percent_every_six_minutes():
    walker = Walker(ACCOUNTS, start_time=END, rng=random.Random(5))
    walker.battery = 90.0
    fixes = [walker.advance(END + timedelta(minutes=minute))[0] for minute in range(0, 121)]
    assert not any(f.charging for f in fixes)
    assert fixes[0].battery_pct == 90 and fixes[-1].battery_pct == 70
    assert all(a.battery_pct >= b.battery_pct for a, b in zip(fixes, fixes[1:]))


def test_battery_charges_when_low():
    walker = Walker(ACCOUNTS, start_time=END, rng=random.Random(5))
    walker.battery = 21.0
    levels = []
    for minute in range(1, 200):
        fix, _ = walker.advance(END + timedelta(minutes=minute))
        levels.append((fix.battery_pct, fix.charging))
    assert any(charging for _, charging in levels)
    assert min(level for level, _ in levels) >= 19
    assert max(level for level, _ in levels) >= 80


def test_every_account_is_visited_once_near_it_in_route_order():
    plan = plan_walk(ACCOUNTS, end_time=END, minutes=240, interval_s=60, seed=3, start=(4.64, -74.05))
    assert [v.account_id for v in plan.visits] == [a.id for a in route_order(ACCOUNTS, (4.64, -74.05))]
    by_id = {a.id: a for a in ACCOUNTS}
    for visit in plan.visits:
        place = by_id[visit.account_id].location
        assert distance_m(visit.location.lat, visit.location.lon, place.lat, place.lon) < 40
        assert visit.device_geofence in ("inside", "uncertain")
        assert 5.0 <= visit.location.accuracy_m <= 20.0


def test_outcomes_vary_and_promises_fit_the_rule():
    accounts = [account(str(i), 4.65 + 0.001 * i, -74.05, balance="800000.00") for i in range(40)]
    plan = plan_walk(accounts, end_time=END, minutes=600, interval_s=120, seed=4, speed_kmh=20)
    outcomes = {v.outcome for v in plan.visits}
    assert outcomes == {"no_contact", "third_party", "rpc", "promise_to_pay"}
    for visit in plan.visits:
        assert (visit.promise is not None) == (visit.outcome == "promise_to_pay")
        if visit.promise:
            assert Decimal("1") <= Decimal(visit.promise.amount) <= Decimal("800000.00")
            assert visit.started_at.date() < visit.promise.due_date <= visit.started_at.date() + timedelta(days=21)


def test_a_settled_account_gets_no_promise():
    accounts = [account(str(i), 4.65 + 0.001 * i, -74.05, balance="0.00") for i in range(30)]
    plan = plan_walk(accounts, end_time=END, minutes=600, interval_s=120, seed=4, speed_kmh=20)
    assert plan.visits and all(v.outcome != "promise_to_pay" for v in plan.visits)


def test_answers_follow_the_accounts_questionnaire():
    version = questionnaire("v1", fields=FIELDS)
    accounts = [account(str(i), 4.65 + 0.001 * i, -74.05, questionnaire_id="q1") for i in range(20)]
    plan = plan_walk(accounts, end_time=END, minutes=600, interval_s=120, seed=6, speed_kmh=20,
                     questionnaire_for=lambda qid: version if qid == "q1" else None)
    assert len(plan.visits) == 20
    for visit in plan.visits:
        assert visit.questionnaire_version_id == "v1"
        assert validate_answers(version.definition, visit.answers) == []
        assert "contacted" in visit.answers


def test_same_seed_same_walk_other_seed_other_walk():
    one = plan_walk(ACCOUNTS, end_time=END, minutes=60, seed=7, id_salt="install-1")
    two = plan_walk(ACCOUNTS, end_time=END, minutes=60, seed=7, id_salt="install-1")
    other = plan_walk(ACCOUNTS, end_time=END, minutes=60, seed=8, id_salt="install-1")
    assert one == two
    assert one.positions != other.positions


def test_visit_ids_differ_across_walks_and_devices_even_with_one_seed():
    ids = set()
    for salt, end in [("a", END), ("b", END), ("a", END + timedelta(hours=2))]:
        plan = plan_walk(ACCOUNTS, end_time=end, minutes=120, seed=9, id_salt=salt)
        assert plan.visits
        fresh = {v.id for v in plan.visits}
        assert not fresh & ids
        ids |= fresh
    assert all(len(i) == 36 and i[14] == "4" for i in ids)


def test_clock_offset_shows_in_device_time():
    plan = plan_walk(ACCOUNTS, end_time=END, minutes=10, seed=1, clock_offset_s=90.0)
    assert all(p.fix_time - p.device_time == timedelta(seconds=90) for p in plan.positions)


def test_walk_without_located_accounts_stays_put():
    plan = plan_walk([account("x", None)], end_time=END, minutes=10, seed=1)
    assert plan.visits == [] and len(plan.positions) == 11


def test_an_account_with_only_a_polygon_is_walked_to_its_middle():
    fenced = account("poly", None)
    fenced.geofence = Geofence(polygon=[[[-74.051, 4.659], [-74.049, 4.659], [-74.049, 4.661], [-74.051, 4.661]]])
    assert place(fenced) == pytest.approx((4.66, -74.05))
    assert place(account("none", None)) is None
    plan = plan_walk([fenced], end_time=END, minutes=60, seed=1, start=(4.655, -74.05))
    [visit] = plan.visits
    assert visit.account_id == "poly" and visit.device_geofence == "inside"

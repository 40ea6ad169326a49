"""The simulated walk: route order, timing, noise, battery, visits, determinism."""

from __future__ import annotations

import random
from datetime import datetime, timedelta, timezone
from decimal import Decimal

import msgspec
import pytest

from mobile_protocol.device.visit import check_geofence
from mobile_protocol.device.walk import Walker, bearing_deg, offset, place, plan_walk, route_order
from mobile_protocol.geofence import distance_m
from mobile_protocol.messages import Geofence
from mobile_protocol.questionnaire import default_questionnaire, derive_outcome, validate_answers
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


def test_the_shipped_questionnaire_is_filled_like_a_collection_round_with_promises_from_its_answers():
    version = msgspec.structs.replace(questionnaire("v1"), definition=default_questionnaire())
    accounts = [account(str(i), 4.65 + 0.001 * i, -74.05, questionnaire_id="q1", balance="800000.00") for i in range(40)]
    plan = plan_walk(accounts, end_time=END, minutes=600, interval_s=120, seed=5, speed_kmh=20,
                     questionnaire_for=lambda qid: version)
    by_id = {a.id: a for a in accounts}
    assert {v.outcome for v in plan.visits} == {"no_contact", "third_party", "rpc", "promise_to_pay"}
    promises = [v for v in plan.visits if v.outcome == "promise_to_pay"]
    assert 4 <= len(promises) <= 30
    for visit in plan.visits:
        day = visit.started_at.date()
        assert validate_answers(version.definition, visit.answers, by_id[visit.account_id], today=day) == []
        assert derive_outcome(version.definition, visit.answers, by_id[visit.account_id], today=day).outcome == visit.outcome
    for visit in promises:
        assert visit.answers["promises_payment"] is True and visit.answers["attended_by"] == "titular"
        assert Decimal(visit.promise.amount) == Decimal(visit.answers["promise_amount"]) <= Decimal("800000.00")
        assert visit.promise.due_date.isoformat() == visit.answers["promise_date"]
    assert len({v.answers["promise_amount"] for v in promises}) > 1  # shares of the balance, not one figure


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


# A long round (300 accounts, about 250 visits) for the outside/mock knobs.
ROUND = [account(str(i), 4.65 + 0.002 * i, -74.05 + 0.002 * (i % 3), radius_m=None) for i in range(300)]


def long_round(**options):
    return plan_walk(ROUND, end_time=END, minutes=40 * 60, interval_s=60, seed=11, speed_kmh=20, **options)


def distance_to_account(visit):
    location = {a.id: a for a in ROUND}[visit.account_id].location
    return distance_m(visit.location.lat, visit.location.lon, location.lat, location.lon)


def test_shares_default_to_none_outside_and_nothing_mocked():
    plan = long_round()
    assert len(plan.visits) > 200
    assert all(v.device_geofence in ("inside", "uncertain") and distance_to_account(v) < 40 for v in plan.visits)
    assert all(v.location.mock is None for v in plan.visits) and all(p.mock is None for p in plan.positions)


def test_outside_share_places_that_share_of_visits_150_to_400_m_away_recorded_forced():
    plan = long_round(outside_share=0.2)
    far = [v for v in plan.visits if distance_to_account(v) > 100]
    assert 0.14 <= len(far) / len(plan.visits) <= 0.26
    by_id = {a.id: a for a in ROUND}
    for visit in plan.visits:
        rule = check_geofence(by_id[visit.account_id], visit.location.lat, visit.location.lon,
                              visit.location.accuracy_m)
        if visit in far:
            assert 140 <= distance_to_account(visit) <= 410 and rule.verdict == "outside"
            # Forced: the device's own verdict, except the few phones that said "inside" (mismatch).
            assert visit.device_geofence in ("outside", "inside")
        else:
            assert distance_to_account(visit) < 40 and rule.verdict != "outside"
            assert visit.device_geofence == rule.verdict
    mismatched = [v for v in far if v.device_geofence == "inside"]
    assert 0 < len(mismatched) < len(far) / 2
    assert all(v.location.mock is None for v in plan.visits) and all(p.mock is None for p in plan.positions)
    # The agent really stood there: the fixes during such a visit are away from the account too.
    visit = next(v for v in far if v.device_geofence == "outside")
    during = [p for p in plan.positions if visit.started_at < p.fix_time < visit.finished_at]
    assert during and all(distance_m(p.lat, p.lon, visit.location.lat, visit.location.lon) < 60 for p in during)


def test_a_wide_fence_pushes_the_outside_visit_further_out():
    wide = [account(str(i), 4.65 + 0.01 * i, -74.05, radius_m=450.0) for i in range(30)]
    plan = plan_walk(wide, end_time=END, minutes=30 * 60, interval_s=120, seed=3, speed_kmh=20, outside_share=1.0)
    assert len(plan.visits) == 30
    assert all(v.device_geofence in ("outside", "inside") for v in plan.visits)
    for visit in plan.visits:
        fenced = wide[int(visit.account_id)]
        assert check_geofence(fenced, visit.location.lat, visit.location.lon, visit.location.accuracy_m).verdict \
            == "outside"


def test_mock_share_mocks_that_share_of_visits_and_the_positions_around_them():
    plan = long_round(mock_share=0.1)
    mocked = [v for v in plan.visits if v.location.mock]
    assert 0.06 <= len(mocked) / len(plan.visits) <= 0.14
    assert all(v.location.mock is None for v in plan.visits if v not in mocked)
    assert all(distance_to_account(v) < 40 for v in plan.visits)
    for visit in mocked:
        around = [p for p in plan.positions if visit.started_at <= p.fix_time <= visit.finished_at]
        assert around and all(p.mock for p in around)
    mocked_positions = [p for p in plan.positions if p.mock]
    assert all(p.mock is None for p in plan.positions if p not in mocked_positions)
    assert 0.03 <= len(mocked_positions) / len(plan.positions) <= 0.3
    # Honest visits are made with the app off (unless it is still on from a mocked visit just before).
    for visit in plan.visits:
        if visit not in mocked and not any(timedelta(0) <= visit.started_at - m.finished_at <= timedelta(minutes=5)
                                           for m in mocked):
            assert not any(p.mock for p in plan.positions if visit.started_at <= p.fix_time <= visit.finished_at)


def test_shares_are_seeded_and_a_larger_share_keeps_the_visits_a_smaller_one_picked():
    one = long_round(outside_share=0.1, mock_share=0.05)
    assert one == long_round(outside_share=0.1, mock_share=0.05)
    assert one.visits != long_round().visits
    more = long_round(outside_share=0.3, mock_share=0.05)
    far_one = {v.account_id for v in one.visits if distance_to_account(v) > 100}
    far_more = {v.account_id for v in more.visits if distance_to_account(v) > 100}
    visited_in_both = {v.account_id for v in one.visits} & {v.account_id for v in more.visits}
    assert far_one & visited_in_both <= far_more and len(far_more) > len(far_one)
    # The mock picks do not depend on the outside share.
    assert {v.account_id for v in one.visits if v.location.mock} & visited_in_both \
        == {v.account_id for v in more.visits if v.location.mock} & visited_in_both


@pytest.mark.parametrize("option", ["outside_share", "mock_share"])
@pytest.mark.parametrize("value", [-0.1, 1.5])
def test_a_share_outside_0_to_1_is_refused(option, value):
    with pytest.raises(ValueError, match="between 0 and 1"):
        plan_walk(ACCOUNTS, end_time=END, minutes=10, seed=1, **{option: value})

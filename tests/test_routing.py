"""Visit order: nearest neighbour improved by 2-opt and or-opt, strict priority tiers, km and minutes."""

from __future__ import annotations

import math

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from mobile_protocol.geofence import distance_m
from syncserver.routing import Stop, Travel, distance_matrix_m, plan_route

START = (4.65, -74.05)
KM_PER_CENTIDEGREE = distance_m(4.65, -74.05, 4.65, -74.04) / 1000  # km per 0.01° of longitude here


def east(km: float) -> float:
    """The longitude km kilometres east of the start."""
    return START[1] + km / KM_PER_CENTIDEGREE * 0.01


def random_stops(seed: int, n: int, tiers: int = 1) -> list[Stop]:
    rng = np.random.default_rng(seed)
    return [Stop(i, 4.6 + rng.random() * 0.1, -74.1 + rng.random() * 0.1, int(rng.integers(1, tiers + 1)),
                 float(rng.integers(5, 30))) for i in range(n)]


def route_km(start, stops: list[Stop], order: list[int], back: bool = False) -> float:
    """The length of an order recomputed leg by leg (not from the module's matrix)."""
    by_id = {s.id: s for s in stops}
    points = [start, *((by_id[i].lat, by_id[i].lon) for i in order)] + ([start] if back else [])
    return sum(distance_m(*a, *b) for a, b in zip(points, points[1:])) / 1000


stop_lists = st.lists(
    st.tuples(st.floats(4.5, 4.8), st.floats(-74.2, -73.9), st.integers(1, 3), st.integers(0, 40)),
    min_size=0, max_size=25,
).map(lambda rows: [Stop(i, lat, lon, tier, float(minutes)) for i, (lat, lon, tier, minutes) in enumerate(rows)])


@settings(max_examples=150, deadline=None)
@given(stops=stop_lists, back=st.booleans())
def test_improvements_never_lengthen_the_tour_and_keep_every_stop_once_in_tier_order(stops, back):
    nn = plan_route(START, stops, improve="none", return_to_start=back)
    two = plan_route(START, stops, improve="2opt", return_to_start=back)
    full = plan_route(START, stops, return_to_start=back)
    assert two.km <= nn.km + 1e-9 and full.km <= two.km + 1e-9
    assert two.nearest_neighbour_km == pytest.approx(nn.km)
    for route in (nn, two, full):
        assert sorted(route.order) == [s.id for s in stops]
        tiers = [stops[i].tier for i in route.order]
        assert tiers == sorted(tiers)
        assert route.km == pytest.approx(route_km(START, stops, route.order, back), rel=1e-9, abs=1e-9)


def test_two_opt_stops_at_a_local_optimum_checked_move_by_move_in_plain_python():
    stops = random_stops(7, 30, tiers=2)
    route = plan_route(START, stops, improve="2opt")
    path = [START] + [(stops[i].lat, stops[i].lon) for i in route.order]
    tiers = [0] + [stops[i].tier for i in route.order]
    d = lambda a, b: distance_m(*a, *b)  # noqa: E731
    for i in range(1, len(path)):
        for j in range(i + 1, len(path)):
            if tiers[i] != tiers[j]:
                continue
            after = d(path[j], path[j + 1]) if j + 1 < len(path) else 0.0
            new_after = d(path[i], path[j + 1]) if j + 1 < len(path) else 0.0
            assert d(path[i - 1], path[j]) + new_after >= d(path[i - 1], path[i]) + after - 1e-3


def test_stops_along_a_street_are_visited_in_order_with_km_and_minutes_from_the_travel_parameters():
    stops = [Stop(10, START[0], east(3.0), service_min=20), Stop(11, START[0], east(1.0), service_min=10),
             Stop(12, START[0], east(2.0), service_min=15)]
    travel = Travel(speed_kmh=30.0, road_factor=1.5)
    route = plan_route(START, stops, travel=travel)
    assert route.order == [11, 12, 10]
    assert route.km == pytest.approx(3.0, rel=1e-3)
    assert route.minutes == pytest.approx(3.0 * 1.5 / 30 * 60 + 45, rel=1e-3)  # 9 min driving + 45 min service
    assert route.arrivals_min == pytest.approx([3.0, 3.0 + 10 + 3.0, 3.0 + 10 + 3.0 + 15 + 3.0], rel=1e-3)
    back = plan_route(START, stops, travel=travel, return_to_start=True)
    assert back.km == pytest.approx(6.0, rel=1e-3) and back.minutes == pytest.approx(18 + 45, rel=1e-3)


def test_a_higher_tier_comes_first_even_when_a_lower_one_is_on_the_way():
    stops = [Stop(1, START[0], east(1.0), tier=2), Stop(2, START[0], east(5.0), tier=1),
             Stop(3, START[0], east(4.0), tier=1)]
    route = plan_route(START, stops)
    assert route.order == [3, 2, 1]  # the near tier-2 stop waits: the supervisor's priorities come first
    assert route.km == pytest.approx(5.0 + 4.0, rel=1e-3)


def test_two_opt_repairs_the_nearest_neighbour_detour():
    # Nearest neighbour goes 1 km east first, then doubles back west and crosses east again: 1 + 2.5 + 5.5 km.
    stops = [Stop(1, START[0], east(1.0)), Stop(2, START[0], east(-1.5)), Stop(3, START[0], east(4.0))]
    nn = plan_route(START, stops, improve="none")
    two = plan_route(START, stops, improve="2opt")
    assert nn.order == [1, 2, 3] and nn.km == pytest.approx(9.0, rel=1e-3)
    assert two.order == [2, 1, 3] and two.km == pytest.approx(7.0, rel=1e-3)  # west first: 1.5 + 2.5 + 3


def test_the_order_is_deterministic_and_ties_go_to_the_earlier_stop():
    stops = random_stops(3, 80, tiers=3)
    assert plan_route(START, stops) == plan_route(START, list(stops))
    twins = [Stop(5, START[0], east(1.0)), Stop(4, START[0], east(1.0))]
    assert plan_route(START, twins).order == [5, 4]


def test_no_stops_is_an_empty_day_and_an_unknown_mode_is_refused():
    assert plan_route(START, []).order == [] and plan_route(START, []).minutes == 0.0
    with pytest.raises(ValueError, match="improve must be"):
        plan_route(START, random_stops(1, 3), improve="3opt")


def test_the_distance_matrix_is_geofence_haversine_symmetric_with_a_zero_diagonal():
    lat, lon = np.array([4.6, 4.7, 4.65]), np.array([-74.1, -74.0, -74.05])
    d = distance_matrix_m(lat, lon)
    assert np.allclose(d, d.T) and np.all(np.diag(d) == 0)
    assert d[0, 1] == pytest.approx(distance_m(4.6, -74.1, 4.7, -74.0))
    assert math.isclose(d[0, 2] + d[2, 1], d[0, 1], rel_tol=1e-3)  # the midpoint lies on the way

"""Cost to collect (distance × expected attempts) and the strategy matrix (cost × probability quadrants)."""

from __future__ import annotations

from decimal import Decimal

import numpy as np
import pytest

from mobile_protocol.geofence import distance_m
from syncserver.routing import Stop, Travel, plan_route
from syncserver.scoring.features import FEATURES, Features
from syncserver.scoring.strategy import (
    DEFAULT_ATTEMPTS_PER_RPC,
    ROUTE_TIER,
    StrategyRules,
    branch_attempts_per_rpc,
    cost_to_collect,
    costs_from_features,
    expected_attempts,
    quadrants,
    recommended_actions,
    strategy_matrix,
)

BRANCH = (4.65, -74.05)
DEG_PER_KM_EAST = 0.01 / (distance_m(4.65, -74.05, 4.65, -74.04) / 1000)


def test_expected_attempts_shrink_each_account_toward_the_branch_rate():
    assert branch_attempts_per_rpc(np.array([4, 6, 2]), np.array([1, 0, 3])) == 3.0
    assert branch_attempts_per_rpc(np.array([5]), np.array([0])) == DEFAULT_ATTEMPTS_PER_RPC
    expected = expected_attempts(np.array([0, 6, 4, 1]), np.array([0, 0, 4, 1]), branch_rate=3.0)
    # never visited: the branch's 3; 6 visits without an RPC: (6 + 2·3) / 2 = 6; reached every time: never below 1
    assert expected == pytest.approx([3.0, 6.0, 10 / 6, 7 / 3])
    assert expected_attempts(np.array([10]), np.array([10]), branch_rate=1.0)[0] == 1.0


def test_cost_is_attempts_times_the_round_trip_and_the_visit():
    lat = np.array([BRANCH[0], BRANCH[0], np.nan])
    lon = np.array([BRANCH[1] + 5 * DEG_PER_KM_EAST, BRANCH[1] + 1 * DEG_PER_KM_EAST, np.nan])
    cost = cost_to_collect(*BRANCH, lat, lon, np.array([2.0, 1.0, 3.0]), service_min=15.0,
                           travel=Travel(speed_kmh=20.0, road_factor=1.3))
    assert cost.km[:2] == pytest.approx([5.0, 1.0], rel=1e-3)
    assert cost.minutes[0] == pytest.approx(2 * (2 * 5 * 1.3 / 20 * 60 + 15), rel=1e-3)  # 2 × (39 + 15) min
    assert cost.minutes[1] == pytest.approx(2 * 1 * 1.3 / 20 * 60 + 15, rel=1e-3)
    assert np.isnan(cost.km[2]) and np.isnan(cost.minutes[2])  # no location: no cost
    near_home = cost_to_collect(lat[:2], lon[:2], lat[:2], lon[:2], np.array([1.0, 1.0]))
    assert near_home.km.tolist() == [0.0, 0.0]  # each account's own origin (its agent's start point)


def test_costs_from_features_use_the_history_columns():
    matrix = np.zeros((2, len(FEATURES)))
    matrix[:, FEATURES.index("attempts")] = [6, 2]
    matrix[:, FEATURES.index("rpc")] = [0, 2]
    features = Features(np.array([10, 11]), matrix)
    cost = costs_from_features(features, *BRANCH, np.array([BRANCH[0]] * 2),
                               np.array([BRANCH[1] + DEG_PER_KM_EAST] * 2), service_min=10.0)
    # branch rate 8 attempts / 2 RPCs = 4: (6 + 8) / 2 = 7 attempts and (2 + 8) / 4 = 2.5 attempts
    assert cost.attempts == pytest.approx([7.0, 2.5])
    assert cost.minutes[0] / cost.minutes[1] == pytest.approx(7.0 / 2.5)


def test_quadrants_follow_the_thresholds_inclusively_and_a_missing_cost_is_costly():
    rules = StrategyRules(probability_threshold=0.4, cost_threshold_min=60.0)
    names = quadrants([0.4, 0.9, 0.39, 0.1, 0.8], [60.0, 61.0, 10.0, 500.0, np.nan], rules)
    assert names.tolist() == ["likely_cheap", "likely_costly", "unlikely_cheap", "unlikely_costly", "likely_costly"]
    assert recommended_actions([0.4, 0.9, 0.39, 0.1], [60.0, 61.0, 10.0, 500.0], rules) == [
        "field_visit", "reminder", "payment_agreement", "escalate"]


def test_the_matrix_counts_accounts_and_adds_balances_exactly_per_cell():
    cells = strategy_matrix([1, 2, 3, 4], [0.9, 0.8, 0.1, 0.2], [30.0, 20.0, 30.0, 400.0],
                            [Decimal("100.10"), Decimal("0.20"), Decimal("5.00"), Decimal("7.77")])
    by_quadrant = {cell.quadrant: cell for cell in cells}
    assert [cell.quadrant for cell in cells] == ["likely_cheap", "likely_costly", "unlikely_cheap", "unlikely_costly"]
    assert by_quadrant["likely_cheap"].account_ids == [1, 2]
    assert by_quadrant["likely_cheap"].balance == Decimal("100.30")
    assert by_quadrant["likely_costly"].count == 0 and by_quadrant["likely_costly"].balance == Decimal("0.00")
    assert (by_quadrant["unlikely_costly"].action, by_quadrant["unlikely_costly"].account_ids) == ("escalate", [4])


def test_rules_are_editable_and_checked():
    rules = StrategyRules(actions={"likely_cheap": "field_visit", "likely_costly": "field_visit",
                                   "unlikely_cheap": "reminder", "unlikely_costly": "escalate"})
    assert recommended_actions([0.9], [900.0], rules) == ["field_visit"]
    with pytest.raises(ValueError, match="between 0 and 1"):
        StrategyRules(probability_threshold=1.0)
    with pytest.raises(ValueError, match="positive number of minutes"):
        StrategyRules(cost_threshold_min=0)
    with pytest.raises(ValueError, match="an action for each quadrant"):
        StrategyRules(actions={"likely_cheap": "field_visit"})
    with pytest.raises(ValueError, match="unlikely_costly: unknown action 'sue'"):
        StrategyRules(actions={"likely_cheap": "field_visit", "likely_costly": "reminder",
                               "unlikely_cheap": "payment_agreement", "unlikely_costly": "sue"})


def test_field_visits_come_first_in_the_route_when_tiers_come_from_the_matrix():
    actions = recommended_actions([0.1, 0.9, 0.2], [10.0, 50.0, 30.0])  # agreement, visit, agreement
    stops = [Stop(i, BRANCH[0], BRANCH[1] + (i + 1) * DEG_PER_KM_EAST, ROUTE_TIER[a]) for i, a in enumerate(actions)]
    assert plan_route(BRANCH, stops).order[0] == 1

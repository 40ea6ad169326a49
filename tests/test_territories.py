"""Automatic territories: balanced workload within caps, compact areas, agents near their start points."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from syncserver.territories import AgentSlot, Place, balance_territories, target_minutes


def cluster(rng, n: int, lat: float, lon: float, first_id: int = 0, spread_deg: float = 0.01) -> list[Place]:
    """n accounts around (lat, lon) with 10..40 expected minutes each."""
    return [Place(first_id + i, lat + rng.normal(0, spread_deg), lon + rng.normal(0, spread_deg),
                  float(rng.integers(10, 41))) for i in range(n)]


def ids_of(result) -> list[list[int]]:
    return [sorted(t.account_ids) for t in result.territories]


def test_uneven_density_still_gives_every_agent_its_share_within_the_tolerance():
    rng = np.random.default_rng(1)
    accounts = cluster(rng, 300, 4.60, -74.10) + cluster(rng, 100, 4.75, -74.00, first_id=300)
    result = balance_territories(accounts, [AgentSlot(a) for a in range(4)], tolerance=0.04)
    assert result.unassigned == []
    assert sorted(i for ids in ids_of(result) for i in ids) == list(range(400))
    total = sum(a.minutes for a in accounts)
    for territory in result.territories:
        assert territory.target_minutes == pytest.approx(total / 4)
        assert abs(territory.minutes / territory.target_minutes - 1) <= 0.04
    assert result.spread <= 0.08 / 0.96
    # The dense cluster is shared by three agents; the sparse one is one agent's alone.
    sparse = set(range(300, 400))
    assert sum(1 for ids in ids_of(result) if set(ids) & sparse) <= 2
    assert max(len(set(ids) & sparse) for ids in ids_of(result)) >= 80


def test_two_towns_two_agents_one_town_each_and_agents_get_the_town_they_start_in():
    rng = np.random.default_rng(2)
    north = cluster(rng, 60, 4.80, -74.05)
    south = [Place(p.id + 100, p.lat - 0.3, p.lon, p.minutes) for p in north]  # same workload, 33 km south
    agents = [AgentSlot(7, start=(4.50, -74.06)), AgentSlot(9, start=(4.81, -74.04))]
    result = balance_territories(north + south, agents)
    by_agent = {t.agent_id: set(t.account_ids) for t in result.territories}
    assert by_agent[9] == {p.id for p in north} and by_agent[7] == {p.id for p in south}
    assert all(t.mean_km_to_centroid < 3 for t in result.territories)
    assert result.territories[0].centroid[0] == pytest.approx(4.50, abs=0.01)  # agents' order kept


def test_caps_are_hard_and_what_a_capped_agent_cannot_take_goes_to_the_others():
    rng = np.random.default_rng(3)
    accounts = cluster(rng, 200, 4.65, -74.08, spread_deg=0.03)
    total = sum(a.minutes for a in accounts)
    agents = [AgentSlot(1, max_minutes=total / 10), AgentSlot(2), AgentSlot(3, max_accounts=50)]
    result = balance_territories(accounts, agents)
    small, free, counted = result.territories
    assert result.unassigned == []
    assert small.minutes <= total / 10 and small.target_minutes == pytest.approx(total / 10)
    # 50 accounts are about a quarter of the minutes: the uncapped agent does the rest.
    assert len(counted.account_ids) <= 50
    assert counted.target_minutes == pytest.approx(50 * total / 200)
    assert free.target_minutes == pytest.approx(total - total / 10 - 50 * total / 200)
    assert abs(free.minutes / free.target_minutes - 1) <= 0.04


def test_without_room_for_everyone_the_caps_hold_and_the_rest_is_listed_unassigned():
    rng = np.random.default_rng(4)
    accounts = cluster(rng, 120, 4.65, -74.08)
    result = balance_territories(accounts, [AgentSlot(1, max_accounts=40), AgentSlot(2, max_accounts=30)])
    assert [len(t.account_ids) for t in result.territories] == [40, 30]
    assert len(result.unassigned) == 50
    assert sorted(result.unassigned + [i for t in result.territories for i in t.account_ids]) == list(range(120))


def test_the_split_is_deterministic_and_empty_inputs_are_handled():
    rng = np.random.default_rng(5)
    accounts = cluster(rng, 150, 4.65, -74.08, spread_deg=0.05)
    agents = [AgentSlot(a) for a in range(5)]
    assert balance_territories(accounts, agents) == balance_territories(list(accounts), agents)
    empty = balance_territories([], agents)
    assert [t.account_ids for t in empty.territories] == [[]] * 5 and empty.spread == 0.0
    with pytest.raises(ValueError, match="no agents"):
        balance_territories(accounts, [])


def test_targets_are_equal_shares_water_filled_under_the_caps():
    assert target_minutes(300.0, np.array([np.inf] * 3)).tolist() == [100.0] * 3
    assert target_minutes(300.0, np.array([50.0, np.inf, np.inf])) == pytest.approx([50.0, 125.0, 125.0])
    assert target_minutes(300.0, np.array([50.0, 60.0, 70.0])).tolist() == [50.0, 60.0, 70.0]


@settings(max_examples=40, deadline=None)
@given(seed=st.integers(0, 10_000), n=st.integers(1, 120), k=st.integers(1, 6),
       caps=st.lists(st.one_of(st.none(), st.integers(0, 60)), min_size=6, max_size=6))
def test_every_account_ends_up_once_and_no_cap_is_exceeded(seed, n, k, caps):
    rng = np.random.default_rng(seed)
    accounts = cluster(rng, n, 4.65, -74.08, spread_deg=0.05)
    agents = [AgentSlot(a, max_accounts=caps[a]) for a in range(k)]
    result = balance_territories(accounts, agents)
    placed = [i for t in result.territories for i in t.account_ids] + result.unassigned
    assert sorted(placed) == list(range(n))
    for territory, agent in zip(result.territories, agents):
        assert agent.max_accounts is None or len(territory.account_ids) <= agent.max_accounts
    room = sum(a.max_accounts if a.max_accounts is not None else n for a in agents)
    assert len(result.unassigned) <= max(0, n - room) + n // 4  # accounts only left out for lack of room ...
    if all(a.max_accounts is None for a in agents):
        assert result.unassigned == []  # ... and never without caps

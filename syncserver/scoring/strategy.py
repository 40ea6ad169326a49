"""The strategy matrix: cost to collect × payment probability, four quadrants, a recommended action for each.

Cost to collect, in agent minutes: expected attempts × (the trip to the account and back + the visit).
Expected attempts are the visits it takes to speak with the debtor (a right-party contact,
without which nothing is collected), from the account's own history shrunk toward the branch's:
(attempts + w · branch attempts per RPC) / (RPCs + w). An account never visited gets the
branch's figure; one visited 6 times without an RPC gets more, one reached at every visit less.

The trip is from the origin (the agent's start point or zone centre, else the branch) to the
account and back, straight-line km × road factor at the travel speed (syncserver.routing.Travel):
as if each attempt were its own trip. Within a day's route the real cost is lower, but the
figure ranks accounts the same way, which is what the strategy matrix needs. An account without
a location has no cost (NaN): it needs an address check before any field visit.

Default actions (editable, as are both thresholds):
- likely to pay, cheap to reach: field visit first (the visit is worth it and likely converts);
- likely to pay, costly to reach: reminder only (they pay anyway: spend no field time);
- unlikely to pay, cheap to reach: payment agreement offer (a visit is cheap: try to convert);
- unlikely to pay, costly to reach: escalate (legal, an outside agency, or a write-off review).
"Likely" is probability ≥ the probability threshold; "cheap" is cost ≤ the cost threshold in
minutes. An account without a cost (no location) counts as costly: it cannot be visited yet.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from decimal import Decimal

import numpy as np

from mobile_protocol.geofence import distances_m

from ..routing import Travel
from .features import Features

ATTEMPTS_PRIOR_WEIGHT = 2.0  # the branch's rate counts as this many RPCs already seen on the account
DEFAULT_ATTEMPTS_PER_RPC = 3.0  # a branch without any RPC yet


@dataclass(frozen=True, slots=True)
class CollectionCost:
    """Per account: one-way km from the origin, expected attempts, and expected minutes in total."""

    km: np.ndarray
    attempts: np.ndarray
    minutes: np.ndarray


def branch_attempts_per_rpc(attempts: np.ndarray, rpc: np.ndarray) -> float:
    """Attempts per right-party contact over the whole history (DEFAULT_ATTEMPTS_PER_RPC without any RPC)."""
    total_rpc = float(np.sum(rpc))
    return float(np.sum(attempts)) / total_rpc if total_rpc > 0 else DEFAULT_ATTEMPTS_PER_RPC


def expected_attempts(attempts: np.ndarray, rpc: np.ndarray, branch_rate: float,
                      weight: float = ATTEMPTS_PRIOR_WEIGHT) -> np.ndarray:
    """Visits expected until an RPC: each account's attempts per RPC shrunk toward the branch's rate (at least 1)."""
    attempts, rpc = np.asarray(attempts, float), np.asarray(rpc, float)
    return np.maximum(1.0, (attempts + weight * branch_rate) / (rpc + weight))


def cost_to_collect(origin_lat, origin_lon, lat, lon, attempts: np.ndarray, *, service_min=15.0,
                    travel: Travel = Travel()) -> CollectionCost:
    """Expected agent minutes per account; origins and service minutes may be one value or one per account."""
    lat, lon = np.asarray(lat, float), np.asarray(lon, float)
    origin_lat = np.broadcast_to(np.asarray(origin_lat, float), lat.shape)
    origin_lon = np.broadcast_to(np.asarray(origin_lon, float), lat.shape)
    known = ~(np.isnan(lat) | np.isnan(lon) | np.isnan(origin_lat) | np.isnan(origin_lon))
    km = np.full(lat.shape, np.nan)
    km[known] = distances_m(origin_lat[known], origin_lon[known], lat[known], lon[known]) / 1000
    trip_min = 2 * km * travel.road_factor / travel.speed_kmh * 60
    attempts = np.asarray(attempts, float)
    return CollectionCost(km=km, attempts=attempts, minutes=attempts * (trip_min + np.asarray(service_min, float)))


def costs_from_features(features: Features, origin_lat, origin_lon, lat, lon, *, service_min=15.0,
                        travel: Travel = Travel()) -> CollectionCost:
    """cost_to_collect with expected attempts taken from the scoring features (same account order)."""
    attempts, rpc = features.column("attempts"), features.column("rpc")
    expected = expected_attempts(attempts, rpc, branch_attempts_per_rpc(attempts, rpc))
    return cost_to_collect(origin_lat, origin_lon, lat, lon, expected, service_min=service_min, travel=travel)


# --- the matrix ---------------------------------------------------------------------------------------

ACTIONS = ("field_visit", "reminder", "payment_agreement", "escalate")
QUADRANTS = ("likely_cheap", "likely_costly", "unlikely_cheap", "unlikely_costly")
ROUTE_TIER = {"field_visit": 1, "payment_agreement": 2, "reminder": 3, "escalate": 3}  # for syncserver.routing


def _default_actions() -> dict[str, str]:
    return dict(zip(QUADRANTS, ("field_visit", "reminder", "payment_agreement", "escalate")))


@dataclass(frozen=True)
class StrategyRules:
    """The two thresholds and each quadrant's action."""

    probability_threshold: float = 0.35
    cost_threshold_min: float = 90.0
    actions: dict[str, str] = field(default_factory=_default_actions)

    def __post_init__(self) -> None:
        if not 0 < self.probability_threshold < 1:
            raise ValueError("the probability threshold must be between 0 and 1")
        if not self.cost_threshold_min > 0:
            raise ValueError("the cost threshold must be a positive number of minutes")
        if set(self.actions) != set(QUADRANTS):
            raise ValueError(f"give an action for each quadrant: {', '.join(QUADRANTS)}")
        for quadrant, action in self.actions.items():
            if action not in ACTIONS:
                raise ValueError(f"{quadrant}: unknown action {action!r} (one of {', '.join(ACTIONS)})")


@dataclass(frozen=True, slots=True)
class Cell:
    """One quadrant: its action, how many accounts, their total balance, and which (to select them)."""

    quadrant: str
    action: str
    count: int
    balance: Decimal
    account_ids: list[int]


def quadrants(probability, cost_min, rules: StrategyRules = StrategyRules()) -> np.ndarray:
    """The quadrant name of each account."""
    likely = np.asarray(probability, float) >= rules.probability_threshold
    cost = np.asarray(cost_min, float)
    cheap = np.where(np.isnan(cost), False, cost <= rules.cost_threshold_min)
    names = np.array(QUADRANTS)
    return names[np.where(likely, np.where(cheap, 0, 1), np.where(cheap, 2, 3))]


def recommended_actions(probability, cost_min, rules: StrategyRules = StrategyRules()) -> list[str]:
    """The recommended action of each account."""
    return [rules.actions[q] for q in quadrants(probability, cost_min, rules)]


def strategy_matrix(account_ids: Sequence[int], probability, cost_min, balances: Sequence[Decimal],
                    rules: StrategyRules = StrategyRules()) -> list[Cell]:
    """The four cells in QUADRANTS order, each with its count, total balance and account ids."""
    names = quadrants(probability, cost_min, rules)
    cells = []
    for quadrant in QUADRANTS:
        members = [n for n, q in enumerate(names) if q == quadrant]
        cells.append(Cell(quadrant, rules.actions[quadrant], len(members),
                          sum((Decimal(balances[n]) for n in members), Decimal("0.00")),
                          [int(account_ids[n]) for n in members]))
    return cells

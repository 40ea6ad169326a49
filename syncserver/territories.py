"""Automatic territories: accounts split among agents into compact areas of balanced workload, within caps.

Workload of a territory: the sum of its accounts' expected minutes (the time their visits are
expected to take, as the strategy or the import says; travel between accounts is not counted,
compact territories keep it alike). Each agent gets a target share of the branch's minutes:
an equal share, or less when its own cap (max_minutes) is below it, the rest shared by the
others. Balanced means every territory's minutes within ±tolerance of its target. Caps
(max_accounts, max_minutes) are hard: an account no territory has room for is left unassigned.

Method (capacitated k-means with prices, then a boundary pass):
1. Start from the agents' start points when all have one, else from weighted k-means centres.
2. Alternate (rounds): give each account to the territory minimising squared distance to its
   centre plus that territory's price; raise the price of territories above target and lower
   the others (each with its own adaptive step) until loads are within half the tolerance;
   then move the centres to their accounts' weighted mean. Prices make the boundaries straight
   lines (a power diagram), so territories stay convex and compact.
3. Repair exactly: while a territory is above its upper bound (or below its lower bound), move
   the account whose move costs the least squared distance to a territory with room (a
   neighbour, since distance decides), one account at a time.
4. With start points, territories are matched to agents minimising the total centre-to-start
   distance (Hungarian method), so an agent works near home.

Geometry: an equirectangular projection centred on the accounts (km), exact to a fraction of a
percent across a city; reported distances use mobile_protocol.geofence.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from mobile_protocol.geofence import distances_m

KM_PER_DEG_LAT = 110.574
KM_PER_DEG_LON_EQUATOR = 111.320


@dataclass(frozen=True, slots=True)
class Place:
    """An account to place: where it is and the minutes its visits are expected to take."""

    id: int
    lat: float
    lon: float
    minutes: float


@dataclass(frozen=True, slots=True)
class AgentSlot:
    """An agent to give a territory: optional start point (lat, lon) and caps."""

    id: int
    start: tuple[float, float] | None = None
    max_accounts: int | None = None
    max_minutes: float | None = None


@dataclass(frozen=True, slots=True)
class Territory:
    """One agent's territory: its accounts, workload, target and compactness."""

    agent_id: int
    account_ids: list[int]
    minutes: float
    target_minutes: float
    centroid: tuple[float, float]
    mean_km_to_centroid: float


@dataclass(frozen=True, slots=True)
class Territories:
    """The split: territories in the agents' order, accounts left without room, and the workload spread."""

    territories: list[Territory]
    unassigned: list[int]

    @property
    def spread(self) -> float:
        """(max − min) / mean of the territories' minutes relative to their targets."""
        ratios = np.array([t.minutes / t.target_minutes for t in self.territories if t.target_minutes > 0])
        return float((ratios.max() - ratios.min()) / ratios.mean()) if len(ratios) else 0.0

    @property
    def mean_km_to_centroid(self) -> float:
        """Mean distance of an assigned account to its territory's centroid."""
        n = sum(len(t.account_ids) for t in self.territories)
        return sum(t.mean_km_to_centroid * len(t.account_ids) for t in self.territories) / n if n else 0.0


def project_km(lat: np.ndarray, lon: np.ndarray, origin: tuple[float, float]) -> np.ndarray:
    """(x east, y north) in km from origin, equirectangular."""
    kx = KM_PER_DEG_LON_EQUATOR * np.cos(np.radians(origin[0]))
    return np.column_stack(((np.asarray(lon) - origin[1]) * kx, (np.asarray(lat) - origin[0]) * KM_PER_DEG_LAT))


def unproject(xy: np.ndarray, origin: tuple[float, float]) -> np.ndarray:
    """(lat, lon) of projected points."""
    kx = KM_PER_DEG_LON_EQUATOR * np.cos(np.radians(origin[0]))
    return np.column_stack((origin[0] + xy[:, 1] / KM_PER_DEG_LAT, origin[1] + xy[:, 0] / kx))


def target_minutes(total: float, caps: np.ndarray) -> np.ndarray:
    """Equal shares of total, water-filled under the caps (inf = no cap)."""
    if total >= caps.sum():  # not enough room: everyone full, the rest left unassigned
        return caps.copy()
    low, high = 0.0, float(total)
    for _ in range(60):  # bisection on the common level θ: Σ min(cap, θ) = total
        mid = (low + high) / 2
        low, high = (mid, high) if np.minimum(caps, mid).sum() < total else (low, mid)
    return np.minimum(caps, high)


def compactness(lat: np.ndarray, lon: np.ndarray, labels: np.ndarray, k: int) -> tuple[np.ndarray, np.ndarray]:
    """Per territory: centroid (lat, lon) and mean km of its accounts to it (geofence distances)."""
    centroids, mean_km = np.zeros((k, 2)), np.zeros(k)
    for t in range(k):
        members = labels == t
        if members.any():
            centroids[t] = lat[members].mean(), lon[members].mean()
            mean_km[t] = distances_m(lat[members], lon[members], centroids[t, 0], centroids[t, 1]).mean() / 1000
    return centroids, mean_km


def balance_territories(accounts: Sequence[Place], agents: Sequence[AgentSlot], *, tolerance: float = 0.04,
                        rounds: int = 8, seed: int = 0) -> Territories:
    """Split accounts among agents (see the module docstring); deterministic for a given seed."""
    from scipy.optimize import linear_sum_assignment  # noqa: PLC0415 - scipy and sklearn load when territories
    from sklearn.cluster import KMeans  # noqa: PLC0415 - are drawn, not with every module that imports this one

    from .territories_solver import solve  # the numeric core, kept apart

    if not agents:
        raise ValueError("no agents to give territories to")
    k = len(agents)
    lat = np.array([a.lat for a in accounts], float)
    lon = np.array([a.lon for a in accounts], float)
    minutes = np.array([a.minutes for a in accounts], float)
    if len(accounts) == 0:
        return Territories([Territory(a.id, [], 0.0, 0.0, a.start or (0.0, 0.0), 0.0) for a in agents], [])
    origin = (float(lat.mean()), float(lon.mean()))
    xy = project_km(lat, lon, origin)
    minute_caps = np.array([a.max_minutes if a.max_minutes is not None else np.inf for a in agents], float)
    count_caps = np.array([a.max_accounts if a.max_accounts is not None else len(accounts) for a in agents])
    # An account cap limits minutes too: about cap × the mean account's minutes, for sharing out the targets.
    targets = target_minutes(float(minutes.sum()), np.minimum(minute_caps, count_caps * minutes.mean()))
    starts = [a.start for a in agents]
    if all(s is not None for s in starts):
        centres = project_km(np.array([s[0] for s in starts]), np.array([s[1] for s in starts]), origin)
    elif len(accounts) > k:
        centres = KMeans(k, n_init=1, random_state=seed).fit(xy, sample_weight=minutes).cluster_centers_
    else:  # fewer accounts than agents: some territories stay empty
        centres = xy[np.arange(k) % len(accounts)] + np.arange(k)[:, None] * 1e-6
    labels = solve(xy, minutes, centres, targets, minute_caps, count_caps, tolerance=tolerance, rounds=rounds)
    if all(s is not None for s in starts):  # territory t goes to the agent whose start is nearest, overall
        centroid_xy = np.array([xy[labels == t].mean(axis=0) if (labels == t).any() else centres[t] for t in range(k)])
        start_xy = project_km(np.array([s[0] for s in starts]), np.array([s[1] for s in starts]), origin)
        cost = ((centroid_xy[:, None, :] - start_xy[None, :, :]) ** 2).sum(axis=2)
        cost = np.where(np.abs(targets[:, None] - targets[None, :]) > 1e-9, np.inf, cost)  # same target only
        rows, cols = linear_sum_assignment(np.where(np.isinf(cost), 1e18, cost))
        agent_of_territory = np.empty(k, int)
        agent_of_territory[rows] = cols
        labels = np.where(labels >= 0, agent_of_territory[np.maximum(labels, 0)], -1)
    centroids, mean_km = compactness(lat, lon, labels, k)
    ids = np.array([a.id for a in accounts])
    return Territories(
        territories=[Territory(agents[t].id, ids[labels == t].tolist(), float(minutes[labels == t].sum()),
                               float(targets[t]), (float(centroids[t, 0]), float(centroids[t, 1])), float(mean_km[t]))
                     for t in range(k)],
        unassigned=ids[labels < 0].tolist(),
    )

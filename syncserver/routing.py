"""A field agent's daily visit order: nearest neighbour, then 2-opt and or-opt, within priority tiers.

Priority rule (what a supervisor expects from the strategy matrix): tiers are strict. Every stop
of tier 1 is visited before any stop of tier 2, and so on, so that when the day is cut short what
is left undone is the least important work. Within the rule the route is made short: the nearest
neighbour tour picks the closest stop of the best tier still pending, and the improvements only
ever move stops inside their own tier's run (the runs stay in tier order, their junctions
included in what is shortened).

Distances are straight lines on the WGS84 ellipsoid (mobile_protocol.geofence). The estimated
time multiplies them by a road factor (streets are longer than straight lines) at an average
speed, and adds each stop's expected service minutes. Everything is deterministic: ties go to
the earlier stop, and every move is the best one found (first on ties).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from mobile_protocol.geofence import distances_m

IMPROVEMENT_EPS_M = 1e-6  # below this a move is not an improvement (floating point noise)


@dataclass(frozen=True, slots=True)
class Stop:
    """An account to visit: where, its priority tier (1 = first) and expected service minutes."""

    id: int
    lat: float
    lon: float
    tier: int = 1
    service_min: float = 15.0


@dataclass(frozen=True, slots=True)
class Travel:
    """How route length becomes time: road_factor × straight-line km at speed_kmh."""

    speed_kmh: float = 20.0  # urban average for a motorbike or bus with stops, door to door
    road_factor: float = 1.3  # street distance / straight-line distance, typical of city grids


@dataclass(frozen=True, slots=True)
class Route:
    """Stop ids in visiting order, straight-line km, and estimated minutes (travel + service)."""

    order: list[int]
    km: float
    minutes: float
    arrivals_min: list[float]  # minutes after leaving the start at which each stop is reached
    nearest_neighbour_km: float  # the first tour's length, before improvement


def distance_matrix_m(lat: np.ndarray, lon: np.ndarray) -> np.ndarray:
    """All pairwise distances in metres (geofence's ellipsoidal haversine, broadcast)."""
    lat, lon = np.asarray(lat, float), np.asarray(lon, float)
    return distances_m(lat[:, None], lon[:, None], lat[None, :], lon[None, :])


def nearest_neighbour(dist: np.ndarray, tiers: np.ndarray) -> np.ndarray:
    """Node 0 is the start; from each node go to the nearest pending node of the best pending tier."""
    n = len(dist)
    pending = np.ones(n, bool)
    pending[0] = False
    order = [0]
    for _ in range(n - 1):
        best_tier = tiers[pending].min()
        candidates = np.where(pending & (tiers == best_tier), dist[order[-1]], np.inf)
        nxt = int(np.argmin(candidates))
        order.append(nxt)
        pending[nxt] = False
    return np.asarray(order)


def path_length(dist: np.ndarray, path: np.ndarray) -> float:
    """Sum of the legs of a path of node indices."""
    return float(dist[path[:-1], path[1:]].sum())


def two_opt(dist: np.ndarray, path: np.ndarray, tiers: np.ndarray) -> np.ndarray:
    """Reverse the segment path[i..j] that shortens most, until none does; ends fixed, tiers kept.

    All O(n²) candidate reversals are scored at once with numpy; a reversal is allowed only when
    path[i] and path[j] share a tier, i.e. the segment lies inside one tier's run.
    """
    path = path.copy()
    m = len(path)
    if m < 4:
        return path
    inner = np.arange(1, m - 1)
    upper = inner[:, None] < inner[None, :]
    while True:
        a, b, e = path[:-2], path[1:-1], path[2:]  # prev of i, i (= candidates for j), next of j
        delta = (dist[a[:, None], b[None, :]] + dist[b[:, None], e[None, :]]
                 - dist[a, b][:, None] - dist[b, e][None, :])
        same_tier = tiers[b][:, None] == tiers[b][None, :]
        delta = np.where(upper & same_tier, delta, np.inf)
        flat = int(np.argmin(delta))
        if delta.flat[flat] >= -IMPROVEMENT_EPS_M:
            return path
        i, j = divmod(flat, m - 2)
        path[i + 1:j + 2] = path[i + 1:j + 2][::-1]


def or_opt(dist: np.ndarray, path: np.ndarray, tiers: np.ndarray, max_len: int = 3) -> np.ndarray:
    """Move the run of 1..max_len stops (kept in order) whose move shortens most, until none does.

    For each run length all (run start, edge to insert into) pairs are scored at once; a run
    must lie inside one tier and go between two nodes whose tiers enclose its own.
    """
    path = path.copy()
    m = len(path)
    while True:
        best_gain, best_move = -IMPROVEMENT_EPS_M, None
        u, v = path[:-1], path[1:]  # edge k joins path[k] and path[k + 1]
        k = np.arange(m - 1)
        for length in range(1, min(max_len, m - 3) + 1):
            s = np.arange(1, m - length)  # runs path[s..s+length-1], never the two fixed ends
            first, last = path[s], path[s + length - 1]
            before, after = path[s - 1], path[s + length]
            removed = dist[before, first] + dist[last, after] - dist[before, after]
            gain = (dist[u[None, :], first[:, None]] + dist[last[:, None], v[None, :]]
                    - dist[u, v][None, :] - removed[:, None])
            tier = tiers[first]
            ok = ((tier == tiers[last])[:, None] & (tiers[u][None, :] <= tier[:, None])
                  & (tiers[v][None, :] >= tier[:, None]))
            ok &= (k[None, :] <= s[:, None] - 2) | (k[None, :] >= (s + length)[:, None])
            gain = np.where(ok, gain, np.inf)
            flat = int(np.argmin(gain))
            if gain.flat[flat] < best_gain:
                best_gain, best_move = float(gain.flat[flat]), (int(s[flat // (m - 1)]), length, flat % (m - 1))
        if best_move is None:
            return path
        s, length, edge = best_move
        run = path[s:s + length].copy()
        if edge < s:
            path = np.concatenate((path[:edge + 1], run, path[edge + 1:s], path[s + length:]))
        else:
            path = np.concatenate((path[:s], path[s + length:edge + 1], run, path[edge + 1:]))


def plan_route(start: tuple[float, float], stops: Sequence[Stop], *, travel: Travel = Travel(),
               return_to_start: bool = False, improve: str = "2opt+oropt") -> Route:
    """Order the day's stops from the start point (lat, lon); see the module docstring for the rules.

    improve: "none" (nearest neighbour only), "2opt", or "2opt+oropt" (the default).
    """
    if improve not in ("none", "2opt", "2opt+oropt"):
        raise ValueError(f"improve must be none, 2opt or 2opt+oropt, not {improve!r}")
    if not stops:
        return Route([], 0.0, 0.0, [], 0.0)
    lat = np.array([start[0], *(s.lat for s in stops)])
    lon = np.array([start[1], *(s.lon for s in stops)])
    dist = distance_matrix_m(lat, lon)
    tiers = np.array([min(s.tier for s in stops) - 1, *(s.tier for s in stops)])
    n = len(dist)
    # A final node closes the path: the start again, or a free end (zero distance from anywhere).
    end_row = dist[0] if return_to_start else np.zeros(n)
    closed = np.zeros((n + 1, n + 1))
    closed[:n, :n] = dist
    closed[n, :n] = closed[:n, n] = end_row
    tiers = np.append(tiers, tiers.max() + 1)
    path = np.append(nearest_neighbour(dist, tiers[:n]), n)
    nn_km = path_length(closed, path) / 1000
    if improve != "none":
        path = two_opt(closed, path, tiers)
        while improve == "2opt+oropt":  # alternate until neither shortens the path
            moved = or_opt(closed, path, tiers)
            if np.array_equal(moved, path):
                break
            path = two_opt(closed, moved, tiers)
    km = path_length(closed, path) / 1000
    legs_min = closed[path[:-1], path[1:]] / 1000 * travel.road_factor / travel.speed_kmh * 60
    service = np.array([0.0, *(s.service_min for s in stops), 0.0])
    arrivals = np.cumsum(legs_min + service[path[:-1]])
    visits = path[1:-1]
    return Route(order=[stops[i - 1].id for i in visits], km=km,
                 minutes=float(arrivals[-1]),  # a free end's last leg is 0 km: the last stop's service ends the day
                 arrivals_min=[float(t) for t in arrivals[:len(visits)]], nearest_neighbour_km=nn_km)

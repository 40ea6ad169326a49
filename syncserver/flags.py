"""The flags of protocol v1 that follow from one fix or one visit (pure functions)."""

from __future__ import annotations

import math

import numpy as np

from mobile_protocol.geofence import distance_m, distances_m

MAX_SPEED_MPS = 55.0
CLOCK_SKEW_MS = 10 * 60 * 1000
# The largest radius of curvature of WGS84 (at the poles), with a margin for rounding, per degree.
_BOUND_RADIUS_M = 6_399_593.7 * 1.000_001 * math.pi / 180.0
FRESH_FIX_MS = 10 * 60 * 1000
STALE_FIX_MS = 10 * 60 * 1000

MOCK_LOCATION = "mock_location"
LOW_ACCURACY = "low_accuracy"
OUTSIDE_GEOFENCE = "outside_geofence"
GEOFENCE_MISMATCH = "geofence_mismatch"
STALE_FIX = "stale_fix"
IMPOSSIBLE_SPEED = "impossible_speed"
CLOCK_SKEW = "clock_skew"


def fix_flags(
    *, mock: bool | None, accuracy_m: float, accuracy_limit_m: float, fix_ms: int, device_ms: int, received_ms: int
) -> list[str]:
    """Flags a single fix earns on its own: mocked, inaccurate, or a skewed device clock."""
    flags = []
    if mock:
        flags.append(MOCK_LOCATION)
    if accuracy_m > accuracy_limit_m:
        flags.append(LOW_ACCURACY)
    # Only a fresh fix tells about the clock: an old fix uploaded late says nothing.
    if abs(received_ms - fix_ms) <= FRESH_FIX_MS and abs(device_ms - received_ms) > CLOCK_SKEW_MS:
        flags.append(CLOCK_SKEW)
    return flags


def clock_skew_possible(fix_ms: list[int], device_ms: list[int], received_ms: int) -> bool:
    """Whether some fix of a batch could earn clock_skew (fix_flags' rule, bounded by the columns'
    extremes): it needs a fresh fix and a skewed device clock, which a backlog uploaded after hours
    offline (every fix old) never has."""
    fresh = max(fix_ms) >= received_ms - FRESH_FIX_MS and min(fix_ms) <= received_ms + FRESH_FIX_MS
    return fresh and (max(device_ms) - received_ms > CLOCK_SKEW_MS or received_ms - min(device_ms) > CLOCK_SKEW_MS)


def too_fast(prev: tuple[int, float, float] | None, fix_ms: int, lat: float, lon: float) -> bool:
    """Whether reaching (lat, lon) at fix_ms from `prev` (fix_ms, lat, lon) implies > 55 m/s."""
    if prev is None:
        return False
    seconds = max(abs(fix_ms - prev[0]) / 1000.0, 1.0)
    if _BOUND_RADIUS_M * (abs(lat - prev[1]) + abs(lon - prev[2])) <= MAX_SPEED_MPS * seconds:
        return False  # even the step's upper bound (see _step_bound_m) is slow enough
    return distance_m(prev[1], prev[2], lat, lon) / seconds > MAX_SPEED_MPS


def too_fast_series(
    prev: tuple[int, float, float] | None, fix_ms: list[int], lats: list[float], lons: list[float]
) -> list[bool]:
    """too_fast for each point of a trace in fix-time order, each from the one before (vectorised)."""
    if len(fix_ms) < 8:  # numpy's set-up costs more than a few scalar checks
        fast = []
        for point in zip(fix_ms, lats, lons):
            fast.append(too_fast(prev, *point))
            prev = point
        return fast
    if prev is not None:
        fix_ms, lats, lons = [prev[0], *fix_ms], [prev[1], *lats], [prev[2], *lons]
    if len(fix_ms) < 2:
        return [False] * (len(fix_ms) - (prev is not None))
    times, lat, lon = np.asarray(fix_ms, dtype=float), np.asarray(lats), np.asarray(lons)
    seconds = np.maximum(np.abs(np.diff(times)) / 1000.0, 1.0)
    # Most traces are nowhere near the limit: an upper bound of each step settles them in a few
    # array operations, and only a trace with a step over it pays for the ellipsoidal distances.
    if (_step_bound_m(lat, lon) <= MAX_SPEED_MPS * seconds).all():
        fast = [False] * (len(fix_ms) - 1)
    else:
        metres = distances_m(lat[:-1], lon[:-1], lat[1:], lon[1:])
        fast = (metres / seconds > MAX_SPEED_MPS).tolist()
    return fast if prev is not None else [False, *fast]



def _step_bound_m(lat: np.ndarray, lon: np.ndarray) -> np.ndarray:
    """An upper bound of the distance of each step: along the meridian, then at most the whole
    longitude difference along a parallel (the path is never shorter than the geodesic)."""
    return _BOUND_RADIUS_M * (np.abs(np.diff(lat)) + np.abs(np.diff(lon)))


def visit_flags(
    *,
    verdict: str,
    device_geofence: str | None,
    started_ms: int,
    finished_ms: int,
    fix_ms: int,
    accuracy_m: float,
    accuracy_limit_m: float,
    mock: bool | None,
    received_ms: int,
) -> list[str]:
    """Flags of a visit except impossible_speed (that one needs the device's trace)."""
    flags = fix_flags(
        mock=mock,
        accuracy_m=accuracy_m,
        accuracy_limit_m=accuracy_limit_m,
        fix_ms=fix_ms,
        device_ms=finished_ms,
        received_ms=received_ms,
    )
    if verdict == "outside":
        flags.append(OUTSIDE_GEOFENCE)
        if device_geofence == "inside":
            flags.append(GEOFENCE_MISMATCH)
    if fix_ms < started_ms - STALE_FIX_MS or fix_ms > finished_ms + STALE_FIX_MS:
        flags.append(STALE_FIX)
    return flags

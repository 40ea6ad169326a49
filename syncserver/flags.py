"""The flags of protocol v1 that follow from one fix or one visit (pure functions)."""

from __future__ import annotations

from mobile_protocol.geofence import distance_m

MAX_SPEED_MPS = 55.0
CLOCK_SKEW_MS = 10 * 60 * 1000
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


def too_fast(prev: tuple[int, float, float] | None, fix_ms: int, lat: float, lon: float) -> bool:
    """Whether reaching (lat, lon) at fix_ms from `prev` (fix_ms, lat, lon) implies > 55 m/s."""
    if prev is None:
        return False
    seconds = max(abs(fix_ms - prev[0]) / 1000.0, 1.0)
    return distance_m(prev[1], prev[2], lat, lon) / seconds > MAX_SPEED_MPS


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

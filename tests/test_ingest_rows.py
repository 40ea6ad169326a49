"""The positions hot path's shortcuts give what the plain per-item code gives (pure functions, no server)."""

from __future__ import annotations

import random
from datetime import datetime, timedelta, timezone

import numpy as np

from mobile_protocol.geofence import distance_m
from mobile_protocol.messages import Position
from syncserver.clock import EPOCH, MS
from syncserver.flags import FRESH_FIX_MS, MAX_SPEED_MPS, fix_flags, too_fast, too_fast_series
from syncserver.group_commit import DeviceState
from syncserver.ingest_positions import PositionsJob, digests, prepare_rows

NOW = datetime(2026, 12, 3, 12, 0, tzinfo=timezone.utc)
NOW_MS = (NOW - EPOCH) // MS


def exact_too_fast(prev, fix_ms, lat, lon) -> bool:
    """The rule as the contract states it, with no shortcut."""
    if prev is None:
        return False
    return distance_m(prev[1], prev[2], lat, lon) / max(abs(fix_ms - prev[0]) / 1000.0, 1.0) > MAX_SPEED_MPS


def trace(rng: random.Random, n: int) -> tuple[list[int], list[float], list[float]]:
    """A trace whose steps straddle the speed limit, anywhere on Earth (poles and antimeridian too)."""
    lat0, lon0 = rng.uniform(-89.5, 89.5), rng.uniform(-180, 180)
    times, lats, lons = [NOW_MS], [lat0], [lon0]
    for _ in range(n - 1):
        seconds = rng.choice([0.0, 0.4, 1.0, 3.0, 60.0])
        metres = MAX_SPEED_MPS * max(seconds, 1.0) * rng.uniform(0.5, 1.5)
        bearing = rng.uniform(0, 2 * np.pi)
        lat = min(89.9, max(-89.9, lats[-1] + metres * np.cos(bearing) / 111_000))
        lon = (lons[-1] + metres * np.sin(bearing) / (111_000 * max(np.cos(np.radians(lat)), 0.05)) + 180) % 360 - 180
        times.append(times[-1] + int(seconds * 1000))
        lats.append(lat)
        lons.append(lon)
    return times, lats, lons


def test_speed_checks_with_their_shortcut_agree_with_the_exact_rule():
    rng = random.Random(20261203)
    fast_seen = slow_seen = 0
    for _ in range(300):
        times, lats, lons = trace(rng, rng.choice([2, 5, 9, 40]))
        expected = [False] + [exact_too_fast((times[i - 1], lats[i - 1], lons[i - 1]), times[i], lats[i], lons[i])
                              for i in range(1, len(times))]
        assert too_fast_series(None, times, lats, lons) == expected
        assert [too_fast(None if i == 0 else (times[i - 1], lats[i - 1], lons[i - 1]), times[i], lats[i], lons[i])
                for i in range(len(times))] == expected
        fast_seen += sum(expected)
        slow_seen += len(expected) - sum(expected)
    assert fast_seen > 500 and slow_seen > 500  # both sides of the limit were exercised


def reference_rows(device_id: int, positions: list[Position], received_ms: int):
    """prepare_rows as a plain loop over the positions."""
    rows, flagged = [], {}
    for p, fingerprint in zip(positions, digests(positions)):
        fix, device_ms = (p.fix_time - EPOCH) // MS, (p.device_time - EPOCH) // MS
        rows.append((device_id, p.seq, fix, device_ms, received_ms, p.lat, p.lon, p.accuracy_m, p.altitude_m,
                     p.speed_mps, p.bearing_deg, p.battery_pct, p.charging, p.mock, p.provider, fingerprint))
        codes = fix_flags(mock=p.mock, accuracy_m=p.accuracy_m, accuracy_limit_m=float("inf"), fix_ms=fix,
                          device_ms=device_ms, received_ms=received_ms)
        if codes:
            flagged[p.seq] = codes
    return rows, flagged


def random_position(rng: random.Random, seq: int, skewed: bool) -> Position:
    fix = NOW - timedelta(seconds=rng.uniform(0, 3600), microseconds=rng.randrange(1000))
    device = fix + timedelta(minutes=rng.choice([11, -12])) if skewed else fix
    maybe = lambda value: value if rng.random() < 0.7 else None  # noqa: E731
    return Position(seq=seq, fix_time=fix, device_time=device, lat=rng.uniform(-90, 90), lon=rng.uniform(-180, 180),
                    accuracy_m=rng.uniform(0, 500), altitude_m=maybe(rng.uniform(-100, 4000)),
                    speed_mps=maybe(rng.uniform(0, 50)), bearing_deg=maybe(rng.uniform(0, 360)),
                    battery_pct=maybe(rng.randrange(101)), charging=maybe(rng.random() < 0.5),
                    mock=maybe(rng.random() < 0.1), provider=maybe(rng.choice(["gps", "fused", "network"])))


def test_rows_built_column_by_column_are_the_per_item_rows():
    rng = random.Random(7)
    for skewed in (False, True):
        positions = [random_position(rng, seq, skewed and seq % 3 == 0) for seq in range(1, 120)]
        rows, flagged = prepare_rows(42, positions, NOW_MS)
        assert (rows, flagged) == reference_rows(42, positions, NOW_MS)
        assert flagged or not skewed
    assert prepare_rows(42, [], NOW_MS) == ([], {})


def test_clock_skew_is_looked_for_only_where_a_fresh_fix_and_a_skewed_clock_can_meet():
    rng = random.Random(5)
    fresh = timedelta(milliseconds=FRESH_FIX_MS)
    cases = []
    for _ in range(200):  # no mock: the columns alone decide whether rows are looked at
        ages = [timedelta(seconds=rng.uniform(-900, 7200)) for _ in range(rng.randrange(1, 12))]
        skews = [timedelta(minutes=rng.choice([0, 0, 11, -11])) for _ in ages]
        cases.append([(NOW - age, NOW - age + skew) for age, skew in zip(ages, skews)])
    cases.append([(NOW - timedelta(hours=6, seconds=i), NOW - timedelta(hours=6, seconds=i)) for i in range(50)])
    edge = NOW - fresh  # exactly as old as a fresh fix may be
    cases.append([(edge, edge), (edge - timedelta(hours=1), edge - timedelta(hours=1))])
    cases.append([(NOW + fresh, NOW + fresh), (NOW - timedelta(hours=2), NOW - timedelta(hours=2))])
    skewed_seen = 0
    for fixes in cases:
        positions = [Position(seq=i + 1, fix_time=fix, device_time=device, lat=4.6, lon=-74.08, accuracy_m=5.0)
                     for i, (fix, device) in enumerate(fixes)]
        rows, flagged = prepare_rows(7, positions, NOW_MS)
        assert (rows, flagged) == reference_rows(7, positions, NOW_MS)
        skewed_seen += bool(flagged)
    assert skewed_seen > 20  # both outcomes were exercised
    assert prepare_rows(7, [Position(seq=1, fix_time=edge, device_time=edge - timedelta(seconds=1), lat=0.0, lon=0.0, accuracy_m=1.0)],
                        NOW_MS)[1] == {1: ["clock_skew"]}


def test_a_job_orders_its_rows_by_fix_time_then_seq():
    rng = random.Random(11)
    positions = [random_position(rng, seq, False) for seq in range(1, 60)]
    positions[10] = Position(seq=10, fix_time=positions[9].fix_time, device_time=positions[9].fix_time,
                             lat=1.0, lon=1.0, accuracy_m=5.0)  # a tie with seq 9: seq decides
    rows, flagged = prepare_rows(1, positions, NOW_MS)
    job = PositionsJob(1, rows, flagged)
    ordered = [rows[i] for i in job.order]
    assert ordered == sorted(rows, key=lambda row: (row[2], row[1]))
    in_order = PositionsJob(1, ordered, flagged)
    assert in_order.order is None and in_order.fast[0] is False


def test_a_device_state_copy_keeps_every_field():
    state = DeviceState(agent_id=3, revoked=True, high_seq=99, last_fix=(5, 4.6, -74.1), last_fix_loaded=True,
                        last_visit_ms=123)
    copied = state.copy()
    assert copied == state and copied is not state
    assert set(DeviceState.__dataclass_fields__) == {
        "agent_id", "revoked", "high_seq", "last_fix", "last_fix_loaded", "last_visit_ms"
    }  # a new field must be added to copy() too

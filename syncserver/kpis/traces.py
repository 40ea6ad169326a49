"""Time in the field and kilometres per agent and local day, from the devices' trace fixes.

One index-only query over (device_id, fix_ms) gives, per device and local day, the fix count, the
last row id, and the first and last fix (time in the field). Kilometres need the fixes themselves
in fix-time order; they are kept per (database, device, day) and read again only when that day's
count or last id changed (today's, or a day a late upload reached), so a month costs one full read.
"""

from __future__ import annotations

import math
import threading
from collections import OrderedDict, defaultdict
from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import Connection, case, func, select

from ..db.models import Device, Position
from .days import day_start

KM_PER_DEGREE = 6371.0088 * math.pi / 180
CACHE_SIZE = 200_000  # device-days
_positions, _devices = Position.__table__, Device.__table__
_cache: OrderedDict[tuple, tuple[int, int, float]] = OrderedDict()  # (db, device, day) -> (count, last id, km)
_lock = threading.Lock()


@dataclass(frozen=True, slots=True)
class FieldDay:
    """One agent's fixes on one local day: first to last fix in seconds, and kilometres."""

    agent_id: int
    day: date
    seconds: float
    km: float


def travelled_km(fixes) -> float:
    """Kilometres along (lat, lon, accuracy_m) fixes in fix-time order; a step shorter than the larger
    accuracy of its ends is jitter and skipped (the next step starts from the last point that counted).

    Steps are measured on the local plane (equirectangular), within 0.01 % of the great circle below 10 km.
    """
    total, anchor = 0.0, None
    for lat, lon, accuracy in fixes:
        if anchor is None:
            anchor, scale = (lat, lon, accuracy), math.cos(math.radians(lat))
            continue
        dy = (lat - anchor[0]) * KM_PER_DEGREE
        dx = (lon - anchor[1]) * KM_PER_DEGREE * scale
        limit = max(anchor[2], accuracy) / 1000
        step = dx * dx + dy * dy
        if step > limit * limit:
            total += math.sqrt(step)
            anchor, scale = (lat, lon, accuracy), math.cos(math.radians(lat))
    return total


def field_days(conn: Connection, first: date, last: date, zone, agent_id: int | None = None) -> list[FieldDay]:
    """Per agent and local day of first..last with fixes: time in the field and kilometres."""
    p, d = _positions.c, _devices.c
    days = [first + timedelta(days=i) for i in range((last - first).days + 1)]
    bounds = [int(day_start(day, zone).timestamp() * 1000) for day in [*days, last + timedelta(days=1)]]
    day_of = case(*((p.fix_ms < bound, i) for i, bound in enumerate(bounds[1:])), else_=len(days))
    devices = select(d.id).where(d.agent_id == agent_id) if agent_id is not None else select(d.id)
    statement = (
        select(p.device_id, day_of.label("day"), func.count(), func.max(p.id), func.min(p.fix_ms), func.max(p.fix_ms))
        .where(p.device_id.in_(devices), p.fix_ms >= bounds[0], p.fix_ms < bounds[-1])
        .group_by(p.device_id, day_of)
    )
    owners = dict(conn.execute(select(d.id, d.agent_id)).all())
    database = str(conn.engine.url)
    spans: dict[tuple[int, int], list] = {}
    stale: dict[int, list[int]] = defaultdict(list)
    for device, day, count, last_id, first_ms, last_ms in conn.execute(statement):
        with _lock:
            known = _cache.get((database, device, days[day]))
        if known is None or known[:2] != (count, last_id):
            stale[device].append(day)
        spans[(device, day)] = [first_ms, last_ms, known[2] if known else 0.0, count, last_id]
    for device, stale_days in stale.items():
        _measure(conn, device, stale_days, bounds, spans)
        with _lock:
            for day in stale_days:
                _, _, km, count, last_id = spans[(device, day)]
                _cache[(database, device, days[day])] = (count, last_id, km)
                _cache.move_to_end((database, device, days[day]))
            while len(_cache) > CACHE_SIZE:
                _cache.popitem(last=False)
    merged: dict[tuple[int, int], list] = {}
    for (device, day), (first_ms, last_ms, km, _count, _last) in spans.items():
        key = (owners[device], day)
        if key in merged:  # an agent with two phones: the day runs from the earliest to the latest fix
            old = merged[key]
            merged[key] = [min(old[0], first_ms), max(old[1], last_ms), old[2] + km]
        else:
            merged[key] = [first_ms, last_ms, km]
    return [FieldDay(agent, days[day], (last_ms - first_ms) / 1000, km)
            for (agent, day), (first_ms, last_ms, km) in sorted(merged.items())]


def _measure(conn: Connection, device: int, stale_days: list[int], bounds: list[int], spans: dict) -> None:
    """Read the fixes of a device's stale days (one range read) and measure each day's kilometres."""
    p = _positions.c
    low, high = bounds[min(stale_days)], bounds[max(stale_days) + 1]
    rows = conn.execute(
        select(p.fix_ms, p.lat, p.lon, p.accuracy_m)
        .where(p.device_id == device, p.fix_ms >= low, p.fix_ms < high).order_by(p.fix_ms, p.id)
    ).all()
    wanted = set(stale_days)
    start = 0
    for day in sorted(wanted):
        while start < len(rows) and rows[start][0] < bounds[day]:
            start += 1
        end = start
        while end < len(rows) and rows[end][0] < bounds[day + 1]:
            end += 1
        spans[(device, day)][2] = travelled_km((lat, lon, accuracy) for _ms, lat, lon, accuracy in rows[start:end])
        start = end

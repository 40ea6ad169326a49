"""Time in the field and kilometres per agent and local day, from the devices' trace fixes.

Both need a day's fixes in fix-time order, so each (database, device, local day) is measured once
and kept with the device's highest fix sequence number seen. A refresh asks each device for its
highest seq (an index seek on (device_id, seq)); when it grew, the fixes after the one kept say
which days to measure again (today's, or the days a late upload reached). A month is read in full
once; later refreshes read what arrived since.
"""

from __future__ import annotations

import math
import threading
from collections import OrderedDict
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

from sqlalchemy import Connection, bindparam, func, select

from ..db.models import Device, Position
from .days import day_start

KM_PER_DEGREE = 6371.0088 * math.pi / 180
CACHE_DEVICES = 5000
_positions, _devices = Position.__table__, Device.__table__
_lock = threading.Lock()


@dataclass
class _Device:
    """What is known of one device: its highest seq when measured, and per day ordinal (first ms, last ms, km)."""

    seq: int
    days: dict[int, tuple[int, int, float] | None]


_cache: OrderedDict[tuple[str, int], _Device] = OrderedDict()


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
    ordinals = [day.toordinal() for day in days]
    bounds = [int(day_start(day, zone).timestamp() * 1000) for day in [*days, last + timedelta(days=1)]]
    devices = select(d.id, d.agent_id).order_by(d.id)
    if agent_id is not None:
        devices = devices.where(d.agent_id == agent_id)
    database = f"{conn.engine.url}|{zone.key}"
    highest = select(func.max(p.seq)).where(p.device_id == bindparam("device")).scalar_subquery()
    merged: dict[tuple[int, int], list] = {}
    for device, owner in conn.execute(devices).all():
        seq = conn.scalar(select(highest), {"device": device})
        if seq is None:
            continue
        with _lock:
            known = _cache.pop((database, device), None) or _Device(0, {})
        if known.seq != seq and known.days:  # forget the days the new fixes fall on
            for (fix_ms,) in conn.execute(select(p.fix_ms).where(p.device_id == device, p.seq > known.seq)):
                known.days.pop(_day_of(fix_ms, zone), None)
        known.seq = seq
        missing = [i for i, ordinal in enumerate(ordinals) if ordinal not in known.days]
        if missing:
            _measure(conn, device, missing, bounds, ordinals, known.days)
        with _lock:
            _cache[(database, device)] = known
            while len(_cache) > CACHE_DEVICES:
                _cache.popitem(last=False)
        for i, ordinal in enumerate(ordinals):
            span = known.days.get(ordinal)
            if span is None:
                continue
            old = merged.get((owner, i))  # an agent with two phones: earliest to latest fix, both tracks
            merged[(owner, i)] = [min(old[0], span[0]), max(old[1], span[1]), old[2] + span[2]] if old else list(span)
    return [FieldDay(agent, days[i], (last_ms - first_ms) / 1000, km)
            for (agent, i), (first_ms, last_ms, km) in sorted(merged.items())]


def _day_of(fix_ms: int, zone) -> int:
    return datetime.fromtimestamp(fix_ms / 1000, UTC).astimezone(zone).date().toordinal()


def _measure(conn: Connection, device: int, missing: list[int], bounds: list[int], ordinals: list[int],
             spans: dict) -> None:
    """Read a device's fixes over the missing days (one range read) and measure each of those days."""
    p = _positions.c
    rows = conn.execute(
        select(p.fix_ms, p.lat, p.lon, p.accuracy_m)
        .where(p.device_id == device, p.fix_ms >= bounds[missing[0]], p.fix_ms < bounds[missing[-1] + 1])
        .order_by(p.fix_ms, p.id)
    ).all()
    start = 0
    for i in missing:
        while start < len(rows) and rows[start][0] < bounds[i]:
            start += 1
        end = start
        while end < len(rows) and rows[end][0] < bounds[i + 1]:
            end += 1
        day = rows[start:end]
        spans[ordinals[i]] = (day[0][0], day[-1][0], travelled_km((lat, lon, acc) for _ms, lat, lon, acc in day)) \
            if day else None
        start = end

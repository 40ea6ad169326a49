"""Plain-data reads for the supervisor's map: accounts, each device's latest fix, today's visits and routes,
and one device's day for the replay.

Everything returned is JSON-ready (ids as strings, times as epoch milliseconds), so the desktop encodes it
with msgspec straight for the page; the big parts (accounts, routes) come as columns, not one object a row.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, timezone
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from sqlalchemy import Connection, Engine, and_, exists, func, select
from sqlalchemy.orm import aliased

from .branch import load_branch
from .clock import to_ms, utcnow
from .db.models import Account, Agent, Device, Flag, Position, Visit
from .map_routes import SIMPLIFY_M, Routes, read_routes

_accounts = Account.__table__
_agents = Agent.__table__
_devices = Device.__table__
_flags = Flag.__table__
_positions = Position.__table__
_visits = Visit.__table__

ACCOUNT_FIELDS = ("id", "ref", "debtor_name", "address", "lat", "lon", "radius_m", "polygon", "segment", "agent_id")


@dataclass(frozen=True, slots=True)
class MapAccounts:
    """Accounts with a place, as columns: a marker each, and a geofence (a radius in metres, or polygon rings
    of [lon, lat])."""

    id: list[str]
    ref: list[str]
    debtor_name: list[str]
    address: list[str]
    lat: list[float]
    lon: list[float]
    radius_m: list[float | None]
    polygon: list[Any]
    segment: list[str | None]
    agent_id: list[str | None]

    def __len__(self) -> int:
        return len(self.id)


@dataclass(frozen=True, slots=True)
class AgentPosition:
    """The latest fix of one paired device, with who carries it."""

    device_id: str
    agent_id: str
    agent_code: str
    agent_name: str
    lat: float
    lon: float
    accuracy_m: float
    battery_pct: int | None
    charging: bool | None
    fix_ms: int


@dataclass(frozen=True, slots=True)
class MapVisit:
    """A visit where it was reported, with the server's verdict and flags."""

    id: str
    account_id: str
    agent_id: str
    agent_name: str
    debtor_name: str
    lat: float
    lon: float
    outcome: str
    verdict: str
    flags: list[str]
    finished_ms: int
    corrects: str | None
    fix_ms: int | None = None  # when the phone took the visit's location: the replay shows it from then


@dataclass(frozen=True, slots=True)
class MapData:
    """Everything the map shows when it opens."""

    accounts: MapAccounts
    agents: list[AgentPosition]
    visits: list[MapVisit]
    since: datetime  # where "today" began for the visits (the branch's local midnight, in UTC)
    until: datetime  # where it ends: the next local midnight
    routes: Routes  # today's fixes of every device, in fix-time order, simplified for the overview
    timezone: str = "UTC"  # the branch's: the replay's days are local days


def map_accounts(conn: Connection, default_radius_m: float) -> MapAccounts:
    """Accounts that have coordinates, by id; those without a radius or polygon get the branch's default radius.

    Read with the plain driver (tens of thousands of rows: SQLAlchemy's row objects would be most of the cost).
    """
    sql = ("SELECT id, external_ref, debtor_name, address, lat, lon, radius_m, polygon, segment, agent_id"
           " FROM accounts WHERE lat IS NOT NULL AND lon IS NOT NULL ORDER BY id")
    cursor = conn.connection.cursor()
    try:
        cursor.execute(sql)
        rows = cursor.fetchall()
    finally:
        cursor.close()
    if not rows:
        return MapAccounts(*([] for _ in ACCOUNT_FIELDS))
    ids, refs, names, addresses, lats, lons, radii, polygons, segments, agents = map(list, zip(*rows))
    polygons = [_polygon(value) for value in polygons]
    radii = [None if polygon else (default_radius_m if radius is None else radius)
             for radius, polygon in zip(radii, polygons)]
    return MapAccounts(
        id=list(map(str, ids)), ref=refs, debtor_name=names, address=addresses, lat=lats, lon=lons,
        radius_m=radii, polygon=polygons, segment=segments,
        agent_id=[None if agent is None else str(agent) for agent in agents],
    )


def _polygon(value: Any) -> list[Any] | None:
    """A polygon column as the driver gives it (JSON text on SQLite, decoded on PostgreSQL); None for none."""
    if isinstance(value, (str, bytes)):
        value = json.loads(value)
    return value or None


def latest_positions(conn: Connection, device_ids: Sequence[int] | None = None) -> list[AgentPosition]:
    """The highest-seq fix of every device not revoked (or of the given devices only)."""
    p, d, g = _positions.c, _devices.c, _agents.c
    newest = select(p.device_id, func.max(p.seq).label("seq")).group_by(p.device_id)
    if device_ids is not None:
        newest = newest.where(p.device_id.in_(list(device_ids)))
    newest = newest.subquery()
    rows = conn.execute(
        select(p.device_id, d.agent_id, g.code, g.name, p.lat, p.lon, p.accuracy_m,
               p.battery_pct, p.charging, p.fix_ms)
        .select_from(_positions)
        .join(newest, and_(p.device_id == newest.c.device_id, p.seq == newest.c.seq))
        .join(_devices, d.id == p.device_id)
        .join(_agents, g.id == d.agent_id)
        .where(d.revoked_at.is_(None))
        .order_by(p.device_id)
    )
    return [
        AgentPosition(
            device_id=str(row.device_id), agent_id=str(row.agent_id), agent_code=row.code, agent_name=row.name,
            lat=row.lat, lon=row.lon, accuracy_m=row.accuracy_m, battery_pct=row.battery_pct,
            charging=row.charging, fix_ms=row.fix_ms,
        )
        for row in rows
    ]


def visits_since(conn: Connection, since: datetime) -> list[MapVisit]:
    """Visits finished at or after `since` that no later visit corrects, oldest first."""
    v = _visits.c
    correction = aliased(_visits)
    not_corrected = ~exists().where(correction.c.corrects == v.id)
    return _map_visits(conn, and_(v.finished_at >= since, not_corrected))


def visit_by_id(conn: Connection, visit_id: str) -> MapVisit | None:
    """One visit as the map shows it, or None."""
    found = _map_visits(conn, _visits.c.id == visit_id)
    return found[0] if found else None


def day_start(tz_name: str, now: datetime | None = None) -> datetime:
    """Midnight of today in the branch's timezone, as aware UTC (UTC if the zone is unknown)."""
    zone = _zone(tz_name)
    local = (now or utcnow()).astimezone(zone)
    return datetime.combine(local.date(), time(0), tzinfo=zone).astimezone(timezone.utc)


def _zone(tz_name: str):
    try:
        return ZoneInfo(tz_name)
    except (ZoneInfoNotFoundError, ValueError):
        return timezone.utc


def day_bounds_ms(day: date, tz_name: str) -> tuple[int, int]:
    """The local day `day` in `tz_name` as [start, end) epoch milliseconds (DST days are 23 or 25 hours)."""
    zone = _zone(tz_name)
    start = datetime.combine(day, time(0), tzinfo=zone)
    end = datetime.combine(day + timedelta(days=1), time(0), tzinfo=zone)
    return to_ms(start.astimezone(timezone.utc)), to_ms(end.astimezone(timezone.utc))


def replay_devices(engine: Engine) -> list[tuple[str, str, str]]:
    """Every device that ever sent a fix (revoked ones too: their days can still be replayed) as
    (device_id, agent_code, agent_name), by agent name."""
    p, d, g = _positions.c, _devices.c, _agents.c
    with engine.connect() as conn:
        rows = conn.execute(
            select(d.id, g.code, g.name).select_from(_devices).join(_agents, g.id == d.agent_id)
            .where(exists().where(p.device_id == d.id))
            .order_by(g.name, d.id)
        )
        return [(str(row.id), row.code, row.name) for row in rows]


def trace(engine: Engine, device_id: int, day: date, tz: str) -> list[tuple[int, float, float, int | None]]:
    """One device's fixes of a local day as (fix_ms, lat, lon, battery_pct), in fix-time order."""
    since, until = day_bounds_ms(day, tz)
    p = _positions.c
    with engine.connect() as conn:
        rows = conn.execute(
            select(p.fix_ms, p.lat, p.lon, p.battery_pct)
            .where(p.device_id == int(device_id), p.fix_ms >= since, p.fix_ms < until)
            .order_by(p.fix_ms, p.seq)
        )
        return [(row.fix_ms, row.lat, row.lon, row.battery_pct) for row in rows]


def visits_of_day(engine: Engine, device_id: int, day: date, tz: str) -> list[MapVisit]:
    """One device's visits whose location was taken that local day (corrected ones left out), by fix time."""
    since, until = day_bounds_ms(day, tz)
    v = _visits.c
    correction = aliased(_visits)
    not_corrected = ~exists().where(correction.c.corrects == v.id)
    with engine.connect() as conn:
        found = _map_visits(conn, and_(v.device_id == int(device_id), v.fix_ms >= since, v.fix_ms < until,
                                       not_corrected))
    return sorted(found, key=lambda visit: (visit.fix_ms, visit.id))


def load_map(engine: Engine, now: datetime | None = None, with_routes: bool = True) -> MapData:
    """Everything the map shows when it opens (today = the branch's local day); the routes, the slow part,
    left empty when not asked for (the desktop reads them alongside with `today_routes`)."""
    with engine.connect() as conn:
        branch = load_branch(conn)
        since, until = _today(branch.timezone, now)
        return MapData(
            accounts=map_accounts(conn, branch.default_radius_m),
            agents=latest_positions(conn),
            visits=visits_since(conn, since),
            since=since,
            until=until,
            routes=read_routes(conn, to_ms(since), to_ms(until), tolerance_m=SIMPLIFY_M) if with_routes
            else Routes([], 0, 0),
            timezone=branch.timezone,
        )


def today_routes(engine: Engine, now: datetime | None = None) -> tuple[int, int, Routes]:
    """Today's routes as the map first shows them (simplified), with today's bounds in epoch ms."""
    with engine.connect() as conn:
        since, until = _today(load_branch(conn).timezone, now)
        return to_ms(since), to_ms(until), read_routes(conn, to_ms(since), to_ms(until), tolerance_m=SIMPLIFY_M)


def _today(tz_name: str, now: datetime | None) -> tuple[datetime, datetime]:
    since = day_start(tz_name, now)
    # Noon of the next local day is safely inside it, whatever a DST change did to the night.
    return since, day_start(tz_name, since + timedelta(hours=36))


def _map_visits(conn: Connection, condition) -> list[MapVisit]:
    v, a, g, f = _visits.c, _accounts.c, _agents.c, _flags.c
    rows = conn.execute(
        select(v.id, v.account_id, v.agent_id, g.name.label("agent_name"), a.debtor_name, v.lat, v.lon,
               v.outcome, v.verdict, v.finished_at, v.corrects, v.fix_ms)
        .select_from(_visits)
        .join(_accounts, a.id == v.account_id)
        .join(_agents, g.id == v.agent_id)
        .where(condition)
        .order_by(v.finished_at, v.id)
    ).all()
    flags: dict[str, list[str]] = defaultdict(list)
    if rows:
        flagged = conn.execute(
            select(f.visit_id, f.code).select_from(_flags).join(_visits, v.id == f.visit_id)
            .join(_accounts, a.id == v.account_id).join(_agents, g.id == v.agent_id)
            .where(condition).order_by(f.visit_id, f.code)
        )
        for visit_id, code in flagged:
            flags[visit_id].append(code)
    return [
        MapVisit(
            id=row.id, account_id=str(row.account_id), agent_id=str(row.agent_id), agent_name=row.agent_name,
            debtor_name=row.debtor_name, lat=row.lat, lon=row.lon, outcome=row.outcome, verdict=row.verdict,
            flags=flags.get(row.id, []), finished_ms=to_ms(row.finished_at), corrects=row.corrects,
            fix_ms=row.fix_ms,
        )
        for row in rows
    ]

"""Today's routes for the map, as columns per device: read with the plain driver and, for the first view,
simplified (Douglas-Peucker in metres); the replay reads a day's full trace elsewhere.

A day of fixes is hundreds of thousands of rows: SQLAlchemy rows and one object per point cost seconds,
columns of numbers cost a fraction of that and encode straight to JSON. On SQLite even the driver's row
tuples are most of the read: there each device's fixes come as one row of comma-separated integers
(group_concat; coordinates in microdegrees) that numpy parses, three times faster; PostgreSQL reads rows.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np
import shapely
from sqlalchemy import Connection

SIMPLIFY_M = 5.0  # the overview's tolerance: under 2 px up to zoom 16; the replay keeps every fix
SIMPLIFY_FROM = 1000  # fixes in a device's route before it is worth simplifying (shorter ones go whole)
_M_PER_DEG_LAT = 110_574.0
_M_PER_DEG_LON = 111_320.0  # at the equator; times cos(latitude)
_ROW = np.dtype([("device_id", "i8"), ("fix_ms", "i8"), ("lat", "f8"), ("lon", "f8")])
_CONCAT_SQL = (
    "SELECT device_id, group_concat(id), group_concat(fix_ms), group_concat(CAST(round(lat * 1e6) AS INTEGER)),"
    " group_concat(CAST(round(lon * 1e6) AS INTEGER)) FROM positions"
    " WHERE device_id IN (SELECT id FROM devices) AND fix_ms >= ? AND fix_ms < ? AND id > ? AND id <= ?"
    " GROUP BY device_id ORDER BY device_id"
)  # the same index search; the order inside a group is the index's, sorted again after parsing
_SQL = (
    "SELECT device_id, fix_ms, lat, lon FROM positions"
    " WHERE device_id IN (SELECT id FROM devices) AND fix_ms >= ? AND fix_ms < ? AND id > ? AND id <= ?"
    " ORDER BY device_id, fix_ms, id"
)  # one index search per device (device_id, fix_ms), in index order: no sort, whatever the history holds


@dataclass(frozen=True, slots=True)
class Route:
    """One device's fixes in fix-time order, as columns (latitudes and longitudes rounded to ~0.1 m)."""

    device_id: str
    fix_ms: list[int]
    lat: list[float]
    lon: list[float]


@dataclass(frozen=True, slots=True)
class Routes:
    """Every device's route, and the newest position id read (the next read asks for what is newer)."""

    routes: list[Route]
    after_id: int
    fixes_read: int  # before simplification

    @property
    def points(self) -> int:
        return sum(len(route.fix_ms) for route in self.routes)


def read_routes(conn: Connection, since_ms: int, until_ms: int, after_id: int = 0,
                tolerance_m: float | None = None) -> Routes:
    """Fixes taken in [since_ms, until_ms) and stored after position `after_id`, per device in fix-time
    order (ties by storage order); routes of SIMPLIFY_FROM fixes or more simplified to `tolerance_m` metres
    when given."""
    # The newest id first, then the fixes up to it: one more column in 200k rows costs more than this query.
    newest = max(after_id, conn.exec_driver_sql("SELECT max(id) FROM positions").scalar() or 0)
    params = (since_ms, until_ms, after_id, newest)
    parts = _fetch_concat(conn, params) if conn.dialect.name == "sqlite" else _fetch(conn, params)
    routes = []
    for part in parts:
        long = tolerance_m and len(part) >= SIMPLIFY_FROM
        keep = _simplified(part["lat"], part["lon"], tolerance_m) if long else slice(None)
        routes.append(Route(
            device_id=str(int(part["device_id"][0])),
            fix_ms=part["fix_ms"][keep].tolist(),
            lat=np.round(part["lat"][keep], 6).tolist(),
            lon=np.round(part["lon"][keep], 6).tolist(),
        ))
    return Routes(routes=routes, after_id=newest, fixes_read=sum(len(part) for part in parts))


def _fetch(conn: Connection, params: tuple[int, int, int, int]) -> list[np.ndarray]:
    """Straight from the DB-API cursor into a structured array (no row objects), split by device."""
    sql = _SQL if conn.dialect.paramstyle == "qmark" else _SQL.replace("?", "%s")
    cursor = conn.connection.cursor()
    try:
        cursor.execute(sql, params)
        rows = np.fromiter(cursor, dtype=_ROW)
    finally:
        cursor.close()
    rows["lat"], rows["lon"] = np.round(rows["lat"], 6), np.round(rows["lon"], 6)  # microdegrees, as on SQLite
    return np.split(rows, np.flatnonzero(np.diff(rows["device_id"])) + 1) if len(rows) else []


def _fetch_concat(conn: Connection, params: tuple[int, int, int, int]) -> list[np.ndarray]:
    """SQLite: one row of comma-separated integers per device, parsed by numpy, in _fetch's order."""
    cursor = conn.connection.cursor()
    parts = []
    try:
        cursor.execute(_CONCAT_SQL, params)
        for device_id, *columns in cursor:
            ids, fix_ms, lat, lon = (np.fromstring(column, dtype=np.int64, sep=",") for column in columns)
            order = np.lexsort((ids, fix_ms))  # fix time, ties by storage order, as _SQL's ORDER BY
            part = np.empty(len(order), dtype=_ROW)
            part["device_id"], part["fix_ms"] = device_id, fix_ms[order]
            part["lat"], part["lon"] = lat[order] / 1e6, lon[order] / 1e6
            parts.append(part)
    finally:
        cursor.close()
    return parts


def _simplified(lat: np.ndarray, lon: np.ndarray, tolerance_m: float) -> np.ndarray:
    """Indices of the fixes Douglas-Peucker keeps, on a local metric projection (equirectangular
    around the route's mean latitude: metre-accurate over a city)."""
    count = len(lat)
    if count < 3:
        return np.arange(count)
    x = lon * (_M_PER_DEG_LON * math.cos(math.radians(float(lat.mean()))))
    y = lat * _M_PER_DEG_LAT
    # The fix's index rides along as Z: DP keeps original vertices, so Z says which ones it kept.
    line = shapely.linestrings(x, y, np.arange(count, dtype=np.float64))
    kept = shapely.get_coordinates(shapely.simplify(line, tolerance_m, preserve_topology=False), include_z=True)
    if len(kept) < 2:
        return np.arange(count)
    return kept[:, 2].astype(np.int64)

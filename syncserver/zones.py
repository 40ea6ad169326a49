"""A zone drawn on the map: which located accounts lie inside it (shapely), their count and balances."""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

import numpy as np
import shapely
from shapely.geometry import Polygon
from sqlalchemy import Connection, Engine, select

from .admin import AdminError, reading
from .db.models import Account

MAX_VERTICES = 5000
MIN_AREA_DEG2 = 1e-12  # about a square centimetre: less is a line drawn by rounding
_accounts = Account.__table__


class ZoneError(AdminError):
    """The zone cannot be used (too few corners, out of range, no area); str() says what."""


@dataclass(frozen=True, slots=True)
class ZoneAccounts:
    """The accounts inside a zone: ids, how many each agent holds now (None: unassigned), balances by currency."""

    account_ids: list[int]
    holders: dict[int | None, int]
    balances: dict[str, Decimal]

    @property
    def count(self) -> int:
        """How many accounts lie inside."""
        return len(self.account_ids)


def zone_polygon(ring: Sequence[Sequence[float]]) -> Polygon:
    """A valid polygon from [[lat, lon], ...] (closed or not); a self-crossing outline is mended."""
    points = [tuple(point) for point in ring]
    if len(points) > MAX_VERTICES:
        raise ZoneError(f"the zone has {len(points)} corners; at most {MAX_VERTICES}")
    for point in points:
        if len(point) != 2 or not all(isinstance(v, (int, float)) and math.isfinite(v) for v in point):
            raise ZoneError(f"each corner must be [lat, lon] in degrees, not {list(point)!r}")
        if not (-90 <= point[0] <= 90 and -180 <= point[1] <= 180):
            raise ZoneError(f"corner {list(point)!r} is outside lat -90..90, lon -180..180")
    if len(points) >= 2 and points[0] == points[-1]:
        points = points[:-1]
    if len(set(points)) < 3:
        raise ZoneError("a zone needs at least 3 different corners")
    polygon = Polygon([(lon, lat) for lat, lon in points])  # shapely works in (x, y) = (lon, lat)
    if not polygon.is_valid:
        polygon = shapely.make_valid(polygon)
    if polygon.area < MIN_AREA_DEG2:
        raise ZoneError("the zone has no area: its corners lie on a line")
    return polygon


def accounts_in_zone(bind: Engine | Connection, ring: Sequence[Sequence[float]]) -> ZoneAccounts:
    """The located accounts inside the zone (its border included), with their holders and balances."""
    polygon = zone_polygon(ring)
    west, south, east, north = polygon.bounds
    a = _accounts.c
    with reading(bind) as conn:
        rows = conn.execute(select(a.id, a.lat, a.lon, a.agent_id, a.balance, a.currency).where(
            a.lat.between(south, north), a.lon.between(west, east)).order_by(a.id)).all()
    if not rows:
        return ZoneAccounts([], {}, {})
    lon = np.array([row.lon for row in rows], float)
    lat = np.array([row.lat for row in rows], float)
    inside = shapely.intersects_xy(polygon, lon, lat)  # a point on the border counts as inside
    chosen = [row for row, keep in zip(rows, inside, strict=True) if keep]
    balances: dict[str, Decimal] = defaultdict(Decimal)
    for row in chosen:
        balances[row.currency] += row.balance
    return ZoneAccounts([row.id for row in chosen], dict(Counter(row.agent_id for row in chosen)), dict(balances))

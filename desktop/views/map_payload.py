"""What the map page receives, as ready JSON messages (kind, payload): encoded by msgspec on the worker
thread that read the data, so the GUI thread only hands strings to the web channel."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

import msgspec
import numpy as np
from sqlalchemy import Engine

from syncserver.map_queries import ACCOUNT_FIELDS, MapAccounts, MapData, load_map, today_routes
from syncserver.map_routes import Route, Routes, read_routes

BATCH_ROWS = 2000  # agents and visits per message: big enough to be quick, small enough to keep the page responsive
# Accounts and routes are each drawn on one canvas, redrawn after every message: with software rendering a
# redraw of 20k dots or 150k route points takes a frame or more, so fewer, bigger messages draw less in all
# (bench/desktop.py, 2026-12-03: medians 1.95-1.96 s against 2.0-2.4 s with 5,000 and 50,000).
ACCOUNTS_PER_MESSAGE = 20_000  # accounts go as columns
POINTS_PER_MESSAGE = 200_000  # route points per message, whole devices
_encode = msgspec.json.Encoder().encode

Message = tuple[str, str]


@dataclass(frozen=True, slots=True)
class MapLoad:
    """Accounts, latest positions and today's visits for the page: what the page needs to know, and the
    messages in sending order."""

    since: datetime
    until: datetime
    timezone: str
    device_ids: list[str]  # devices with a latest fix
    messages: list[Message]


@dataclass(frozen=True, slots=True)
class RoutesLoad:
    """Today's routes for the page (read alongside MapLoad: the slowest part, so the rest shows meanwhile)."""

    since_ms: int
    until_ms: int
    after_id: int  # newest position id the routes hold
    messages: list[Message]
    points: int  # route points sent (long routes simplified) of `fixes_read`
    fixes_read: int


def rows(kind: str, found: Sequence[Any]) -> list[Message]:
    """Rows (dataclasses or dicts) in batches of BATCH_ROWS."""
    return [(kind, _encode(found[start:start + BATCH_ROWS]).decode())
            for start in range(0, len(found), BATCH_ROWS)]


def accounts(columns: MapAccounts) -> list[Message]:
    """Accounts as lists of columns, ACCOUNTS_PER_MESSAGE rows a message."""
    return [("accounts", _encode([{name: getattr(columns, name)[start:start + ACCOUNTS_PER_MESSAGE]
                                   for name in ACCOUNT_FIELDS}]).decode())
            for start in range(0, len(columns), ACCOUNTS_PER_MESSAGE)]


def route_wire(route: Route) -> dict[str, Any]:
    """A route as the page reads it: integers (ms, microdegrees), each the difference from the one before
    (a fix is ~15 bytes of JSON instead of ~35: the GUI thread, the channel and the page handle half as much)."""
    lat = np.rint(np.asarray(route.lat, dtype=np.float64) * 1e6).astype(np.int64)
    lon = np.rint(np.asarray(route.lon, dtype=np.float64) * 1e6).astype(np.int64)
    return {"device_id": route.device_id, "fix_ms": _deltas(np.asarray(route.fix_ms, dtype=np.int64)),
            "lat": _deltas(lat), "lon": _deltas(lon)}


def _deltas(values: np.ndarray) -> list[int]:
    return np.diff(values, prepend=0).tolist()


def routes(found: Routes) -> list[Message]:
    """Routes (columns per device, see route_wire), whole devices per message, ~POINTS_PER_MESSAGE points each."""
    messages: list[Message] = []
    batch: list[dict[str, Any]] = []
    size = 0
    for route in found.routes:
        batch.append(route_wire(route))
        size += len(route.fix_ms)
        if size >= POINTS_PER_MESSAGE:
            messages.append(("routes", _encode(batch).decode()))
            batch, size = [], 0
    if batch:
        messages.append(("routes", _encode(batch).decode()))
    return messages


def load(engine: Engine) -> MapLoad:
    """Read and encode accounts, latest positions and today's visits (worker thread)."""
    data: MapData = load_map(engine, with_routes=False)
    return MapLoad(
        since=data.since, until=data.until, timezone=data.timezone,
        device_ids=[agent.device_id for agent in data.agents],
        messages=accounts(data.accounts) + rows("visits", data.visits) + rows("agents", data.agents),
    )


def load_routes(engine: Engine) -> RoutesLoad:
    """Read and encode today's routes, long ones simplified for the overview (worker thread)."""
    since_ms, until_ms, found = today_routes(engine)
    return RoutesLoad(since_ms=since_ms, until_ms=until_ms, after_id=found.after_id, messages=routes(found),
                      points=found.points, fixes_read=found.fixes_read)


def new_route_points(engine: Engine, since_ms: int, until_ms: int, after_id: int) -> tuple[int, list[Message]]:
    """Fixes stored after `after_id` (all of them: live additions are few), encoded (worker thread)."""
    with engine.connect() as conn:
        found = read_routes(conn, since_ms, until_ms, after_id)
    return found.after_id, routes(found)

"""What the map page receives, as ready JSON messages (kind, payload): encoded by msgspec on the worker
thread that read the data, so the GUI thread only hands strings to the web channel."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

import msgspec
from sqlalchemy import Engine

from syncserver.map_queries import MapAccounts, MapData, load_map
from syncserver.map_routes import Route, Routes, read_routes

BATCH_ROWS = 2000  # agents and visits per message: big enough to be quick, small enough to keep the page responsive
ACCOUNTS_PER_MESSAGE = 5000  # accounts go as columns, drawn on one canvas: a few big messages are fine
POINTS_PER_MESSAGE = 50_000  # route points per message
_encode = msgspec.json.Encoder().encode

Message = tuple[str, str]


@dataclass(frozen=True, slots=True)
class MapLoad:
    """A load for the page: what the page needs to know about it, and its messages in sending order."""

    since: datetime
    until: datetime
    timezone: str
    device_ids: list[str]  # devices with a latest fix
    route_after: int  # newest position id the routes hold
    messages: list[Message]
    route_points: int  # route points sent (after simplification) of `fixes_read`
    fixes_read: int


def rows(kind: str, found: Sequence[Any]) -> list[Message]:
    """Rows (dataclasses or dicts) in batches of BATCH_ROWS."""
    return [(kind, _encode(found[start:start + BATCH_ROWS]).decode())
            for start in range(0, len(found), BATCH_ROWS)]


def accounts(columns: MapAccounts) -> list[Message]:
    """Accounts as lists of columns, ACCOUNTS_PER_MESSAGE rows a message."""
    return [("accounts", _encode([columns.sliced(start, start + ACCOUNTS_PER_MESSAGE)]).decode())
            for start in range(0, len(columns), ACCOUNTS_PER_MESSAGE)]


def routes(found: Routes) -> list[Message]:
    """Routes (columns per device), whole devices per message, about POINTS_PER_MESSAGE points each."""
    messages: list[Message] = []
    batch: list[Route] = []
    size = 0
    for route in found.routes:
        batch.append(route)
        size += len(route.fix_ms)
        if size >= POINTS_PER_MESSAGE:
            messages.append(("routes", _encode(batch).decode()))
            batch, size = [], 0
    if batch:
        messages.append(("routes", _encode(batch).decode()))
    return messages


def load(engine: Engine) -> MapLoad:
    """Read everything the map shows when it opens and encode it (worker thread)."""
    data: MapData = load_map(engine)
    return MapLoad(
        since=data.since, until=data.until, timezone=data.timezone,
        device_ids=[agent.device_id for agent in data.agents],
        route_after=data.routes.after_id,
        messages=accounts(data.accounts) + rows("visits", data.visits) + rows("agents", data.agents)
        + routes(data.routes),
        route_points=data.routes.points, fixes_read=data.routes.fixes_read,
    )


def new_route_points(engine: Engine, since_ms: int, until_ms: int, after_id: int) -> tuple[int, list[Message]]:
    """Fixes stored after `after_id` (all of them: live additions are few), encoded (worker thread)."""
    with engine.connect() as conn:
        found = read_routes(conn, since_ms, until_ms, after_id)
    return found.after_id, routes(found)

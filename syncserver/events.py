"""An in-process event bus on the server's asyncio loop (no Qt: the desktop bridges it)."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

log = logging.getLogger(__name__)


class Compact:
    """Pickles a frozen slots dataclass as its constructor's arguments (any thread).

    The writer process sends its events and outcomes back pickled; dataclasses' own pickling
    of frozen slots classes calls `fields()` for every object and took several per cent of the
    server's time. A subclass must take all its fields positionally (tests check this).
    """

    __slots__ = ()

    def __reduce__(self) -> tuple[type, tuple[Any, ...]]:
        return type(self), tuple(map(self.__getattribute__, self.__match_args__))


@dataclass(frozen=True, slots=True)
class DevicePaired(Compact):
    device_id: str
    agent_id: str
    agent_code: str
    agent_name: str
    model: str | None


@dataclass(frozen=True, slots=True)
class DeviceRevoked(Compact):
    device_id: str


@dataclass(frozen=True, slots=True)
class DeviceSeen(Compact):
    device_id: str
    agent_id: str
    seen_at: datetime


@dataclass(frozen=True, slots=True)
class LatestPosition(Compact):
    seq: int
    fix_time: datetime
    lat: float
    lon: float
    accuracy_m: float
    battery_pct: int | None
    charging: bool | None


@dataclass(frozen=True, slots=True)
class PositionsStored(Compact):
    device_id: str
    agent_id: str
    accepted: int
    latest: LatestPosition | None
    flagged: dict[int, list[str]]


@dataclass(frozen=True, slots=True)
class VisitStored(Compact):
    visit_id: str
    device_id: str
    agent_id: str
    account_id: str
    outcome: str
    verdict: str
    distance_m: float | None
    flags: list[str]
    started_at: datetime
    finished_at: datetime
    lat: float
    lon: float
    corrects: str | None


@dataclass(frozen=True, slots=True)
class SyncServed(Compact):
    device_id: str
    agent_id: str
    full: bool
    accounts: int
    removed: int


@dataclass(frozen=True, slots=True)
class RoutesPlanned(Compact):
    """Visit plans were stored for a day (syncserver/route_plans.py): which agents, stops and km in all."""

    day: date
    agent_ids: tuple[str, ...]
    stops: int
    km: float
    accounts_changed: int  # accounts whose visit_order changed (devices get them on their next sync)


@dataclass(frozen=True, slots=True)
class RemindersChanged(Compact):
    """Debtor reminders were planned or one was settled (sent, failed, retried, skipped)."""

    planned: int
    settled: int


Subscriber = Callable[[Any], Any]


class EventBus:
    """Fan-out of server events to subscribers; runs on the server's event loop thread.

    Subscribers are plain callables (or coroutine functions) called with the event. They
    must be quick; a failing subscriber is logged and never breaks the server. Other
    threads publish with `publish_threadsafe`.
    """

    def __init__(self) -> None:
        self._subscribers: list[Subscriber] = []
        self._loop: asyncio.AbstractEventLoop | None = None

    def bind(self, loop: asyncio.AbstractEventLoop) -> None:
        """Remember the loop that owns this bus (set when the app starts)."""
        self._loop = loop

    def subscribe(self, subscriber: Subscriber) -> Callable[[], None]:
        """Add a subscriber; returns a function that removes it."""
        self._subscribers.append(subscriber)
        return lambda: self._subscribers.remove(subscriber) if subscriber in self._subscribers else None

    def publish(self, event: Any) -> None:
        """Deliver an event to every subscriber (call on the loop's thread)."""
        for subscriber in list(self._subscribers):
            try:
                result = subscriber(event)
                if asyncio.iscoroutine(result):
                    asyncio.ensure_future(result)
            except Exception:  # noqa: BLE001 - a subscriber's bug must not stop ingest
                log.exception("event subscriber %r failed on %r", subscriber, event)

    def publish_threadsafe(self, event: Any) -> None:
        """Deliver an event from any thread, on the bus's loop."""
        if self._loop is None:
            self.publish(event)
        else:
            self._loop.call_soon_threadsafe(self.publish, event)


@dataclass(frozen=True, slots=True)
class AlertsChanged(Compact):
    """Alerts were raised, resolved or acknowledged (the office re-reads its open list)."""

    raised: int
    resolved: int
    acknowledged: int = 0

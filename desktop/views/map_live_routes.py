"""Today's routes after the first load: only the positions stored since the last read go to the page."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject

from ..server_host import ServerHost
from ..worker import run_in_background
from . import map_payload
from .map_payload import Message, RoutesLoad


class LiveRoutes(QObject):
    """GUI thread only (reads run in background workers); one read at a time, another after it if needed."""

    def __init__(self, host: ServerHost, post: Callable[[str, str], None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.host = host
        self._post = post  # (kind, JSON payload) to the page
        self._after: int | None = None  # newest position id the page holds; None while a load brings them
        self._span = (0, 0)  # today in epoch ms, as the load read it
        self._generation = 0
        self._reading = False
        self._stale = False  # positions arrived during a read: read again after it

    def reset(self) -> None:
        """A reload started: its routes replace everything, reads in flight are dropped."""
        self._generation += 1
        self._after = None

    def loaded(self, found: RoutesLoad) -> None:
        """The load's routes: sent to the page, then whatever was stored while they were read."""
        for message in found.messages:
            self._post(*message)
        self._after, self._span = found.after_id, (found.since_ms, found.until_ms)
        self.read()

    def read(self) -> None:
        """New positions were stored: send the page what it does not hold yet."""
        if self._after is None:
            return  # the load in progress brings them
        if self._reading:
            self._stale = True
            return
        self._reading, self._stale = True, False
        engine, generation, after = self.host.engine, self._generation, self._after
        since, until = self._span
        run_in_background(lambda: map_payload.new_route_points(engine, since, until, after),
                          lambda found: self._read(generation, *found),
                          lambda _error: self._read(generation, after, []))

    def _read(self, generation: int, after_id: int, messages: list[Message]) -> None:
        self._reading = False
        if generation != self._generation or self._after is None:
            return  # a reload replaced the routes meanwhile
        for message in messages:
            self._post(*message)
        self._after = max(self._after, after_id)
        if self._stale:
            self.read()

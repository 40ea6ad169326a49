"""The replay glue between the bar under the map and the page: a device's day read in the background,
sent to the page as replay messages, the bar's time following."""

from __future__ import annotations

import json
from collections.abc import Callable

from PySide6.QtCore import QObject, Signal, Slot

from syncserver.map_queries import trace, visits_of_day

from ..server_host import ServerHost
from ..worker import run_in_background
from . import map_payload
from .replay_bar import ReplayBar


class MapReplay(QObject):
    """GUI thread only (reads run in background workers). Only the newest request's answer is shown."""

    shown = Signal()  # a replayed day reached the page
    failed = Signal(object)  # the exception of a read that failed

    def __init__(self, host: ServerHost, bar: ReplayBar, post: Callable[[str, str], None],
                 timezone: Callable[[], str], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.host = host
        self.bar = bar
        self._post = post  # (kind, JSON payload) to the page
        self._timezone = timezone  # the branch's, as the map knows it
        self._generation = 0
        bar.replay_requested.connect(self.start)
        bar.closed.connect(self.stop)

    @Slot(str, object)
    def start(self, device_id: str, day) -> None:
        """Read the device's fixes and visits of that local day (background), then show them instead of live data."""
        engine, tz = self.host.engine, self._timezone()
        self._generation += 1
        generation = self._generation

        def read():
            fixes = trace(engine, int(device_id), day, tz)
            visits = visits_of_day(engine, int(device_id), day, tz)
            moments = [fix[0] for fix in fixes] + [visit.fix_ms for visit in visits]
            messages = map_payload.rows("replay_trace", [list(fix) for fix in fixes]) \
                + map_payload.rows("replay_visits", visits)
            return messages, min(moments, default=None), max(moments, default=None)

        run_in_background(read, lambda found: self._read(generation, device_id, *found),
                          lambda error: self._failed(generation, error))

    @Slot()
    def stop(self) -> None:
        """Back to the live map."""
        self._generation += 1
        self._post("replay_end", "[]")
        if self.bar.replaying:
            self.bar.leave()

    def _read(self, generation: int, device_id: str, messages, first_ms, last_ms) -> None:
        if generation != self._generation:
            return
        index = self.bar.agent_combo.findData(device_id)
        name = self.bar.agent_combo.itemText(index) if index >= 0 else ""
        self._post("replay_begin", json.dumps([{"device_id": device_id, "agent_name": name}]))
        for message in messages:
            self._post(*message)
        self._post("replay_show", "[]")
        self.bar.set_span(first_ms, last_ms)
        self.shown.emit()

    def _failed(self, generation: int, error: Exception) -> None:
        if generation == self._generation:
            self.bar.set_span(None, None)
            self.failed.emit(error)

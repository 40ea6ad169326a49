"""Server events as Qt signals: the bus calls in on the server's loop, Qt delivers on the GUI thread."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from syncserver.events import (
    AlertsChanged,
    DevicePaired,
    DeviceRevoked,
    DeviceSeen,
    EventBus,
    PositionsStored,
    RoutesPlanned,
    RemindersChanged,
    SyncServed,
    VisitStored,
)


class EventBridge(QObject):
    """Lives on the GUI thread; `deliver` is called on the server loop thread and only emits.

    Signals emitted from another thread reach slots of GUI-thread objects as queued calls, so
    every slot connected here runs on the GUI thread with the event as a plain value.
    """

    visit_stored = Signal(object)
    positions_stored = Signal(object)
    device_paired = Signal(object)
    device_revoked = Signal(object)
    device_seen = Signal(object)
    sync_served = Signal(object)
    routes_planned = Signal(object)
    reminders_changed = Signal(object)
    alerts_changed = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._routes = {
            VisitStored: self.visit_stored,
            PositionsStored: self.positions_stored,
            DevicePaired: self.device_paired,
            DeviceRevoked: self.device_revoked,
            DeviceSeen: self.device_seen,
            SyncServed: self.sync_served,
            RoutesPlanned: self.routes_planned,
            RemindersChanged: self.reminders_changed,
            AlertsChanged: self.alerts_changed,
        }
        self._unsubscribe = None

    def attach(self, bus: EventBus) -> None:
        """Start forwarding the bus's events."""
        self._unsubscribe = bus.subscribe(self.deliver)

    def detach(self) -> None:
        """Stop forwarding."""
        if self._unsubscribe is not None:
            self._unsubscribe()
            self._unsubscribe = None

    def deliver(self, event: object) -> None:
        """Emit the signal for an event (server loop thread; never touches widgets)."""
        signal = self._routes.get(type(event))
        if signal is not None:
            signal.emit(event)

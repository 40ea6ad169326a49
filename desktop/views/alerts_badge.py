"""The "Alertas" page in the navigation, with the open count on its item and in the status bar (GUI thread).

The page itself is built the first time it is shown; until then `OpenAlertsCounter` keeps the count
live from the bridge's `alerts_changed`, so the badge never waits for the page.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QLabel

from syncserver.alerts.office import open_count

from ..worker import run_in_background


class OpenAlertsCounter(QObject):
    """GUI thread only. Counts open alerts on a pool thread at the start and whenever they change."""

    counted = Signal(int)

    def __init__(self, host, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.host = host
        self._reading = self._again = False
        self._stopped = False
        host.bridge.alerts_changed.connect(self._changed)
        if host.port is None:
            host.started.connect(self._changed)
        else:
            self.count()

    def _changed(self, _what) -> None:
        self.count()

    def count(self) -> None:
        """Read the count (once more after the read on its way, when asked meanwhile)."""
        if self._stopped:
            return
        if self._reading:
            self._again = True
            return
        self._reading, self._again = True, False
        engine = self.host.engine
        run_in_background(lambda: open_count(engine), self._counted, self._failed)

    def stop(self) -> None:
        """The page counts from now on."""
        self._stopped = True
        self.host.bridge.alerts_changed.disconnect(self._changed)

    def _counted(self, count: int) -> None:
        self._reading = False
        if self._stopped:
            return
        self.counted.emit(count)
        if self._again:
            self.count()

    def _failed(self, _error: Exception) -> None:
        self._reading = False  # the page, once built, says why


def add_alerts_page(window, host, lazy, *, show_visit) -> None:
    """Add the page (built when first shown); the open count updates the navigation item and a status bar label."""
    badge = QLabel()
    badge.setObjectName("alerts_badge")
    window.statusBar().addPermanentWidget(badge)
    window.alerts_badge = badge
    counter = OpenAlertsCounter(host, window)

    def show_count(count: int) -> None:
        item.setText(window.tr("Alertas (%d)") % count if count else window.tr("Alertas"))
        badge.setText(window.tr("Alertas abiertas: %d") % count)
        badge.setStyleSheet("color: #b3261e; font-weight: bold;" if count else "")

    def go_to(kind: str, item_id) -> None:
        if kind == "agent":
            window.show_page("agents").select_agent(str(item_id))
        elif kind == "account":
            window.show_page("accounts").show_accounts([int(item_id)])
        elif kind == "agreement":
            window.show_page("agreements").reload(show=int(item_id))
        elif kind == "visit":
            show_visit(item_id)

    def wire(page) -> None:
        counter.stop()
        page.open_count_changed.connect(show_count)
        page.go_to.connect(go_to)

    window.add_page("alerts", window.tr("Alertas"), lazy("alerts_page", "AlertsPage", host, wire))
    item = window.navigation.item(window.navigation.count() - 1)
    counter.counted.connect(show_count)
    show_count(0)

"""The map page's view of Python over QWebChannel: signals carry data in, slots carry the user's clicks out."""

from __future__ import annotations

import json
from typing import Any

from PySide6.QtCore import QObject, Signal, Slot


class MapBridge(QObject):
    """GUI thread only; the page calls the slots through the web channel."""

    # camelCase names: these are what the page's JavaScript sees.
    batch = Signal(str, str)  # kind ("accounts", "agents", "visits", "routes", "replay_…", "clear"), JSON
    centerRequested = Signal(float, float)
    tileUrlChanged = Signal(str)
    fitRequested = Signal()
    replayTime = Signal(float)  # epoch ms the replay shows
    selected = Signal(str, str)
    pageReady = Signal()

    def __init__(self, setup: dict[str, Any], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.settings = setup  # read by the page when it starts; later changes go by signal
        self.is_ready = False

    @Slot(result=str)
    def setup(self) -> str:
        """Labels, tile URL and first view, asked for by the page once its channel is up."""
        return json.dumps(self.settings)

    @Slot()
    def ready(self) -> None:
        """The page built its map and listens to `batch`."""
        self.is_ready = True
        self.pageReady.emit()

    @Slot(str, str)
    def select(self, kind: str, ident: str) -> None:
        """The user clicked a marker."""
        self.selected.emit(kind, ident)

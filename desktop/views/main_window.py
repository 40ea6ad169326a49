"""The main window: navigation between pages, and a status bar that says how the server is doing."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QHBoxLayout, QLabel, QListWidget, QMainWindow, QStackedWidget, QWidget

from ..server_host import ServerHost

ONLINE_WINDOW = timedelta(minutes=5)


class MainWindow(QMainWindow):
    """GUI thread only. Pages are widgets added with `add_page`; the status bar follows the bridge."""

    def __init__(self, host: ServerHost) -> None:
        super().__init__()
        self.host = host
        self.setWindowTitle(self.tr("Campo — supervisión de campo"))
        self.resize(1280, 800)
        self.navigation = QListWidget()
        self.navigation.setFixedWidth(190)
        self.pages = QStackedWidget()
        self.navigation.currentRowChanged.connect(self.pages.setCurrentIndex)
        body = QWidget()
        layout = QHBoxLayout(body)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.navigation)
        layout.addWidget(self.pages, 1)
        self.setCentralWidget(body)
        self._page_keys: list[str] = []
        self._last_seen: dict[str, datetime] = {}
        self._last_data: datetime | None = None
        self._build_status_bar()
        host.started.connect(self._server_started)
        host.failed.connect(self._server_failed)
        host.bridge.device_seen.connect(self._device_seen)
        host.bridge.positions_stored.connect(self._data_received)
        host.bridge.visit_stored.connect(self._data_received)
        self._clock = QTimer(self)  # refreshes ages shown in the status bar, not data
        self._clock.timeout.connect(self._refresh_status)
        self._clock.start(15_000)

    def add_page(self, key: str, title: str, widget: QWidget) -> None:
        """Add a page to the navigation."""
        self._page_keys.append(key)
        self.navigation.addItem(title)
        self.pages.addWidget(widget)
        if self.navigation.currentRow() < 0:
            self.navigation.setCurrentRow(0)

    @property
    def pages_by_key(self) -> dict[str, QWidget]:
        """The page widgets by key."""
        return {key: self.pages.widget(i) for i, key in enumerate(self._page_keys)}

    def show_page(self, key: str) -> QWidget:
        """Switch to a page by its key and return its widget."""
        index = self._page_keys.index(key)
        self.navigation.setCurrentRow(index)
        return self.pages.widget(index)

    def _build_status_bar(self) -> None:
        self.urls_label = QLabel(self.tr("Iniciando el servidor…"))
        self.urls_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.discovery_label = QLabel()
        self.online_label = QLabel()
        self.last_data_label = QLabel()
        bar = self.statusBar()
        bar.addWidget(self.urls_label, 1)
        for label in (self.discovery_label, self.online_label, self.last_data_label):
            bar.addPermanentWidget(label)
        self._refresh_status()

    def _server_started(self, port: int) -> None:
        urls = self.host.urls()
        self.urls_label.setText(self.tr("Servidor: %s") % "  ·  ".join(urls))
        self._refresh_status()

    def _server_failed(self, message: str) -> None:
        self.urls_label.setText(self.tr("El servidor no arrancó: %s") % message)

    def _device_seen(self, event) -> None:
        self._last_seen[event.device_id] = event.seen_at
        self._refresh_status()

    def _data_received(self, _event) -> None:
        self._last_data = datetime.now(timezone.utc)
        self._refresh_status()

    def _refresh_status(self) -> None:
        discovery = self.tr("Descubrimiento en la red: activo") if self.host.config.discovery else self.tr(
            "Descubrimiento en la red: apagado")
        self.discovery_label.setText(discovery)
        now = datetime.now(timezone.utc)
        online = sum(1 for seen in self._last_seen.values() if now - seen <= ONLINE_WINDOW)
        self.online_label.setText(self.tr("Dispositivos en línea: %d") % online)
        if self._last_data is None:
            self.last_data_label.setText(self.tr("Sin datos recibidos aún"))
        else:
            self.last_data_label.setText(self.tr("Últimos datos: %s") % self._last_data.astimezone().strftime("%H:%M:%S"))

    def closeEvent(self, event) -> None:  # noqa: N802 - Qt override
        """Stop the server gracefully before the window goes."""
        self._clock.stop()
        self.host.stop()
        super().closeEvent(event)

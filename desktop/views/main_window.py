"""The main window: navigation between pages, and a status bar that says how the server is doing."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from datetime import datetime, timedelta, timezone

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QListWidget, QMainWindow, QStackedWidget, QStatusBar, QWidget

from ..branch_day import local
from ..server_host import ServerHost

ONLINE_WINDOW = timedelta(minutes=5)

PageBuilder = Callable[[], QWidget]


class _Pages(Mapping):
    """The window's pages by key; looking one up builds it if it was not built yet (GUI thread)."""

    def __init__(self, window: MainWindow) -> None:
        self._window = window

    def __getitem__(self, key: str) -> QWidget:
        return self._window.page(key)

    def __iter__(self) -> Iterator[str]:
        return iter(self._window._page_keys)

    def __len__(self) -> int:
        return len(self._window._page_keys)


class MainWindow(QMainWindow):
    """GUI thread only. Pages are widgets added with `add_page`; the status bar follows the bridge.

    A page may be given as a builder: a placeholder stands in the stack until the page is first
    shown or looked up, so start-up pays only for the page the user sees first.
    """

    page_built = Signal(str, QWidget)  # key, the page just built (builders only)

    def __init__(self, host: ServerHost) -> None:
        super().__init__()
        self.host = host
        self.setWindowTitle(self.tr("Campo — supervisión de campo"))
        self.resize(1280, 800)
        self.navigation = QListWidget()
        self.navigation.setFixedWidth(190)
        self.pages = QStackedWidget()
        self.navigation.currentRowChanged.connect(self._show_index)
        body = QWidget()
        layout = QHBoxLayout(body)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.navigation)
        layout.addWidget(self.pages, 1)
        self.setCentralWidget(body)
        self._page_keys: list[str] = []
        self._builders: dict[str, PageBuilder] = {}
        self._last_seen: dict[str, datetime] = {}
        self._last_data: datetime | None = None
        self._build_status_bar()
        host.started.connect(self._server_started)
        host.branch_zone_changed.connect(lambda _zone: self._refresh_status())
        host.failed.connect(self._server_failed)
        host.bridge.device_seen.connect(self._device_seen)
        host.bridge.positions_stored.connect(self._data_received)
        host.bridge.visit_stored.connect(self._data_received)
        self._clock = QTimer(self)  # refreshes ages shown in the status bar, not data
        self._clock.timeout.connect(self._refresh_status)
        self._clock.start(15_000)

    def add_page(self, key: str, title: str, page: QWidget | PageBuilder) -> None:
        """Add a page to the navigation: a widget, or a builder called when the page is first needed."""
        self._page_keys.append(key)
        self.navigation.addItem(title)
        if isinstance(page, QWidget):
            self.pages.addWidget(page)
        else:
            self._builders[key] = page
            self.pages.addWidget(QWidget())  # placeholder until built
            if self.pages.count() == 1:  # the first page is shown at once: no point in waiting
                self.page(key)
        if self.navigation.currentRow() < 0:
            self.navigation.setCurrentRow(0)

    @property
    def pages_by_key(self) -> Mapping[str, QWidget]:
        """The page widgets by key (looking one up builds it)."""
        return _Pages(self)

    def page(self, key: str) -> QWidget:
        """The page of `key`, built now if it was not yet."""
        index = self._page_keys.index(key)
        builder = self._builders.pop(key, None)
        if builder is None:
            return self.pages.widget(index)
        placeholder = self.pages.widget(index)
        try:
            widget = builder()
        except BaseException:
            self._builders[key] = builder  # tried again the next time the page is needed
            raise
        self.pages.insertWidget(index, widget)  # the placeholder moves to index + 1
        if self.pages.currentWidget() is placeholder:
            self.pages.setCurrentIndex(index)
        self.pages.removeWidget(placeholder)
        placeholder.deleteLater()
        self.page_built.emit(key, widget)
        return widget

    def built_page(self, key: str) -> QWidget | None:
        """The page of `key` if it was built already, else None (nothing to refresh then)."""
        return None if key in self._builders else self.pages.widget(self._page_keys.index(key))

    @property
    def alerts_page(self) -> QWidget:
        """The Alertas page (built now if it was not yet)."""
        return self.page("alerts")

    def show_page(self, key: str) -> QWidget:
        """Switch to a page by its key and return its widget."""
        widget = self.page(key)
        self.navigation.setCurrentRow(self._page_keys.index(key))
        return widget

    def _show_index(self, index: int) -> None:
        if 0 <= index < len(self._page_keys):
            self.page(self._page_keys[index])
        self.pages.setCurrentIndex(index)

    def _build_status_bar(self) -> None:
        self.urls_label = QLabel(self.tr("Iniciando el servidor…"))
        self.urls_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.discovery_label = QLabel()
        self.online_label = QLabel()
        self.last_data_label = QLabel()
        # Made here, not by statusBar(): shiboken can hand back a stale wrapper of an object freed
        # at the same address (a test's status bar once came back as a QListWidgetItem).
        bar = QStatusBar(self)
        self.setStatusBar(bar)
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
            branch_time = local(self._last_data)  # the branch's clock
            self.last_data_label.setText(self.tr("Últimos datos: %s") % branch_time.strftime("%H:%M:%S"))

    def closeEvent(self, event) -> None:  # noqa: N802 - Qt override
        """Stop the server gracefully before the window goes."""
        self._clock.stop()
        self.host.stop()
        super().closeEvent(event)

"""The dashboard ("Indicadores"): filters, KPI tiles, funnel, trends, per-agent bars, hours, segments, productivity."""

from __future__ import annotations

import time
from datetime import date, datetime

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QScrollArea,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from syncserver.kpis.dashboard import (
    Dashboard,
    DashboardDetails,
    DashboardQuery,
    branch_today,
    load_dashboard,
    load_details,
)
from syncserver.kpis.days import zone_of

from ..models.kpi_format import kpi_labels
from ..models.kpi_groups_model import COLUMNS, KpiGroupsModel, sorted_proxy
from ..models.kpi_productivity_model import ProductivityModel
from ..server_host import ServerHost
from ..worker import run_in_background
from .dashboard_charts import AgentBars, HourHeatmap, TrendChart
from .dashboard_exports import DashboardExports
from .dashboard_filters import DashboardFilters, period_of
from .dashboard_tiles import FunnelChart, KpiTiles
from .payments_page import PaymentsPage

LIVE_DEBOUNCE_MS = 2000
TREND_COUNTS = ("attempts", "contacts", "rpc", "promises")
TREND_RATES = ("hits", "rpc_rate", "ptp_rate")


def _table(model) -> QTableView:
    table = QTableView()
    table.setModel(model)
    table.setSortingEnabled(True)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().setVisible(False)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    return table


class DashboardPage(QWidget):
    """GUI thread only. Reads run on pool threads (run_in_background); new visits arrive via host.bridge."""

    loaded = Signal(object)  # the Dashboard shown
    details_loaded = Signal(object)  # the DashboardDetails of the same query, read after it
    open_visits = Signal(object, object, object, object)  # first, last, agent id or None, (weekday, hour) or None

    def __init__(self, host: ServerHost, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.host = host
        self.board: Dashboard | None = None
        self.last_refresh_ms: float | None = None
        self._generation = 0
        self._stale = True
        self._live = QTimer(self)
        self._live.setSingleShot(True)
        self._live.setInterval(LIVE_DEBOUNCE_MS)
        self._live.timeout.connect(self.reload)
        self._build()
        self.filters.changed.connect(self.reload)
        host.bridge.visit_stored.connect(self._visit_stored)

    def _build(self) -> None:
        self.filters = DashboardFilters()
        self.status_label = QLabel(self.tr("Cargando indicadores…"))
        self.status_label.setStyleSheet("color: #57606a;")
        self.tiles = KpiTiles()
        self.trend = TrendChart()
        self.trend.setMinimumHeight(230)
        self.trend_combo = QComboBox()
        self.trend_combo.addItem(self.tr("Visitas, contactos y promesas"), TREND_COUNTS)
        self.trend_combo.addItem(self.tr("Tasas diarias (%)"), TREND_RATES)
        self.trend_combo.currentIndexChanged.connect(lambda _: self._show_trend())
        self.funnel = FunnelChart()
        self.agent_bars = AgentBars()
        self.bar_measure = QComboBox()
        for name in COLUMNS:
            self.bar_measure.addItem(kpi_labels()[name], name)
        self.bar_measure.setCurrentIndex(COLUMNS.index("hits"))
        self.bar_order = QComboBox()
        self.bar_order.addItem(self.tr("De mayor a menor"), True)
        self.bar_order.addItem(self.tr("De menor a mayor"), False)
        for combo in (self.bar_measure, self.bar_order):
            combo.currentIndexChanged.connect(lambda _: self._show_bars())
        self.heatmap = HourHeatmap()
        self.segments_model = KpiGroupsModel(self.tr("Segmento"), self)
        self.productivity_model = ProductivityModel(self)
        self.segments_table = _table(sorted_proxy(self.segments_model, self))
        self.productivity_table = _table(sorted_proxy(self.productivity_model, self))  # same sort role
        self.agent_bars.agent_clicked.connect(self._agent_clicked)
        self.heatmap.cell_clicked.connect(self._cell_clicked)

        body = QWidget()
        column = QVBoxLayout(body)
        column.addWidget(self.tiles)
        middle = QHBoxLayout()
        middle.addWidget(self._card(self.tr("Tendencia diaria"), self.trend, self.trend_combo), 3)
        middle.addWidget(self._card(self.tr("Embudo de gestión"), self.funnel), 2)
        column.addLayout(middle)
        self.tabs = QTabWidget()
        self.tabs.setMinimumHeight(300)
        bars = QWidget()
        bars_layout = QVBoxLayout(bars)
        controls = QHBoxLayout()
        for widget in (QLabel(self.tr("Indicador")), self.bar_measure, self.bar_order):
            controls.addWidget(widget)
        controls.addStretch(1)
        controls.addWidget(QLabel(self.tr("Clic en una barra: ver sus visitas")))
        bars_layout.addLayout(controls)
        bars_layout.addWidget(self.agent_bars, 1)
        self.tabs.addTab(bars, self.tr("Por gestor"))
        hours = QWidget()
        hours_layout = QVBoxLayout(hours)
        caption = QHBoxLayout()
        caption.addWidget(QLabel(self.tr(
            "Tasa de contacto (contactos / visitas) por día y hora local; el número es la cantidad de visitas. "
            "Clic en una celda: ver sus visitas.")), 1)
        scale = QLabel()
        scale.setFixedSize(140, 14)
        scale.setStyleSheet("background: qlineargradient(x1:0, y1:0, x2:1, y2:0, stop:0 rgb(255,247,236), "
                            "stop:1 rgb(27,135,63)); border: 1px solid #d0d7de;")
        for widget in (QLabel("0 %"), scale, QLabel("100 %"), QLabel(self.tr("· gris: sin visitas"))):
            caption.addWidget(widget)
        hours_layout.addLayout(caption)
        hours_layout.addWidget(self.heatmap, 1)
        self.tabs.addTab(hours, self.tr("Mejores horas para visitar"))
        self.tabs.addTab(self.segments_table, self.tr("Por segmento"))
        self.tabs.addTab(self.productivity_table, self.tr("Productividad"))
        self.payments = PaymentsPage(self.host)
        self.payments.imported.connect(lambda _result: self.reload())
        self.tabs.addTab(self.payments, self.tr("Pagos"))
        column.addWidget(self.tabs, 1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(body)
        self.exports = DashboardExports(self)
        top = QHBoxLayout()
        top.addWidget(self.filters, 1)
        top.addWidget(self.status_label)
        top.addWidget(self.exports)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(scroll, 1)

    def _card(self, title: str, widget: QWidget, extra: QWidget | None = None) -> QFrame:
        card = QFrame()
        card.setObjectName("card")
        card.setStyleSheet("#card { background: white; border: 1px solid #d8dee4; border-radius: 8px; }")
        layout = QVBoxLayout(card)
        header = QHBoxLayout()
        label = QLabel(title)
        label.setStyleSheet("font-weight: bold; color: #1f2328;")
        header.addWidget(label)
        header.addStretch(1)
        if extra is not None:
            header.addWidget(extra)
        layout.addLayout(header)
        layout.addWidget(widget, 1)
        return card

    # --- loading ----------------------------------------------------------------------------

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._stale and self.host.port is not None:
            self.reload()

    def reload(self) -> None:
        """Read every figure for the filters again on a pool thread; the charts update together when it answers."""
        self._live.stop()
        self._stale = False
        self._generation += 1
        generation, host, filters = self._generation, self.host, self.filters
        custom = (filters.date_from.date().toPython(), filters.date_to.date().toPython())
        preset, agent_id, segment = filters.preset, filters.agent_combo.currentData(), filters.segment_combo.currentData()

        def load() -> tuple[int, float, Dashboard]:  # pool thread
            started = time.perf_counter()
            first, last = period_of(preset, branch_today(host.engine), custom)
            board = load_dashboard(host.engine, DashboardQuery(first, last, agent_id, segment), details=False)
            return generation, (time.perf_counter() - started) * 1000, board

        self.status_label.setText(self.tr("Actualizando…"))
        run_in_background(load, self._loaded, self._failed)

    def _loaded(self, answer: tuple[int, float, Dashboard]) -> None:
        generation, elapsed_ms, board = answer
        if generation != self._generation:
            return  # the filters changed meanwhile; a newer read follows
        self.board, self.last_refresh_ms = board, elapsed_ms
        self.filters.set_agents(board.agent_choices)
        self.tiles.show_values(board.total, board.previous)
        self.funnel.show_group(board.total)
        self._show_trend()
        self._show_bars()
        self.heatmap.show_cells(board.hours, self.weekday_names())
        self._load_details(generation, board.query)
        q = board.query
        self.status_label.setText(self.tr("%s – %s · hora local (%s) · actualizado a las %s") % (
            q.first.strftime("%d/%m/%Y"), q.last.strftime("%d/%m/%Y"), board.timezone,
            datetime.now(zone_of(board.timezone)).strftime("%H:%M:%S")))
        self.loaded.emit(board)

    def _load_details(self, generation: int, query: DashboardQuery) -> None:
        host = self.host
        run_in_background(lambda: (generation, load_details(host.engine, query)), self._details_loaded, self._failed)

    def _details_loaded(self, answer: tuple[int, DashboardDetails]) -> None:
        generation, details = answer
        if generation == self._generation:
            self.filters.set_segments(details.segment_choices)
            self.segments_model.set_groups(details.segments)
            self.productivity_model.set_agents(details.productivity)
            self.details_loaded.emit(details)

    def _failed(self, error: Exception) -> None:
        self.status_label.setText(self.tr("No se pudieron leer los indicadores: %s") % (str(error) or type(error).__name__))

    def weekday_names(self) -> list[str]:
        """Monday first, abbreviated."""
        return [self.tr("Lun"), self.tr("Mar"), self.tr("Mié"), self.tr("Jue"), self.tr("Vie"), self.tr("Sáb"),
                self.tr("Dom")]

    def _show_trend(self) -> None:
        if self.board is not None:
            labels = kpi_labels()
            self.trend.show_days(self.board.days, {name: labels[name] for name in self.trend_combo.currentData()})

    def _show_bars(self) -> None:
        if self.board is not None:
            self.agent_bars.show_agents(self.board.agents, self.bar_measure.currentData(), self.bar_order.currentData())

    # --- live and clicks --------------------------------------------------------------------

    def _visit_stored(self, event) -> None:
        """A visit was committed: if it falls in the period shown, refresh, at most once per LIVE_DEBOUNCE_MS."""
        board = self.board
        if board is not None:
            day = event.started_at.astimezone(zone_of(board.timezone)).date()
            if not board.query.first <= day <= board.query.last:
                return  # another period's (a late upload, or a period that ended)
        if not self.isVisible():
            self._stale = True
            return
        if not self._live.isActive():
            self._live.start()

    def _agent_id(self, code: str) -> int | None:
        return next((a.id for a in self.board.agent_choices if a.code == code), None) if self.board else None

    def _agent_clicked(self, code: str) -> None:
        if self.board is not None:
            q = self.board.query
            self.open_visits.emit(q.first, q.last, self._agent_id(code), None)

    def _cell_clicked(self, weekday: int, hour: int) -> None:
        if self.board is not None:
            q = self.board.query
            self.open_visits.emit(q.first, q.last, q.agent_id, (weekday, hour))

    def period(self) -> tuple[date, date] | None:
        """The period shown."""
        return (self.board.query.first, self.board.query.last) if self.board else None

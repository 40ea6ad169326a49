"""The visits inbox ("Visitas"): filter bar, the table of visits as they arrive, one visit's details."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, tzinfo

from PySide6.QtCore import QDate, QModelIndex, QSettings, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QStyle,
    QSystemTrayIcon,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from syncserver.agents import AgentInfo, list_agents
from syncserver.branch import load_branch
from syncserver.permissions import AGREEMENTS_MANAGE
from syncserver.visit_queries import VisitDetail, VisitRow, get_visit, list_visits

from ..branch_day import qdate, zone_named
from ..models.kpi_visits_filter import SlotVisitsFilter, slot_label
from ..models.visits_model import VisitsModel
from ..server_host import ServerHost
from ..visit_labels import outcome_label, outcome_labels, verdict_labels
from ..worker import run_in_background
from .agreement_dialog import AgreementDialog
from .permission_ui import guard
from .visit_details import VisitDetails
from .visits_export import VisitsExport

NOTIFY_KEY = "visits/notify"
DEFAULT_DAYS = 7
LOAD_LIMIT = 5000
COLUMN_CHARACTERS = (18, 10, 24, 20, 25, 30, 22)  # the last column (flags) takes the rest


@dataclass(frozen=True, slots=True)
class _Loaded:
    """What one background load of the inbox read."""

    generation: int
    zone: tzinfo | None
    since: datetime
    until: datetime | None
    today: date  # the branch's local date when read
    agents: list[AgentInfo]
    rows: list[VisitRow]


def _midnight(day: date, zone: tzinfo | None) -> datetime:
    """The start of a local day as an aware moment (system local time when zone is None)."""
    moment = datetime.combine(day, time(0))
    return moment.replace(tzinfo=zone) if zone is not None else moment.astimezone()


class VisitsPage(QWidget):
    """GUI thread only. Reads run on pool threads (run_in_background); server events arrive via host.bridge."""

    center_on_visit = Signal(float, float, str)  # lat, lon, visit id: the map page centres there
    notification = Signal(str, str)  # title, message: each desktop notice about a new visit
    agreement_created = Signal(int)

    def __init__(self, host: ServerHost, parent: QWidget | None = None, *, settings: QSettings | None = None) -> None:
        super().__init__(parent)
        self.host = host
        self.settings = settings if settings is not None else QSettings("Campo", "Campo")
        self.model = VisitsModel(self)
        self.proxy = SlotVisitsFilter(self)
        self.proxy.setSourceModel(self.model)
        self._generation = 0
        self._loading = False
        self._truncated = False
        self._default_dates = True  # the last DEFAULT_DAYS of the branch's calendar until someone picks dates
        self._live: dict[str, VisitRow] = {}  # rows that arrived while a load was under way
        self._tray: QSystemTrayIcon | None = None
        self._build()
        for signal in (self.proxy.rowsInserted, self.proxy.rowsRemoved, self.proxy.modelReset):
            signal.connect(self._count_rows)
        host.bridge.visit_stored.connect(self._visit_stored)
        if host.port is None:
            host.started.connect(self._server_started)
        else:
            self.reload()

    def _build(self) -> None:
        today = qdate(self.host.branch_today())
        self.date_from = QDateEdit(today.addDays(1 - DEFAULT_DAYS))
        self.date_to = QDateEdit(today)
        for edit in (self.date_from, self.date_to):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("dd/MM/yyyy")
            edit.dateChanged.connect(self._dates_chosen)
        self.agent_combo = QComboBox()
        self.agent_combo.addItem(self.tr("Todos los gestores"), None)
        self.outcome_combo = QComboBox()
        self.outcome_combo.addItem(self.tr("Todos los resultados"), None)
        for code, label in outcome_labels().items():
            self.outcome_combo.addItem(label, code)
        self.verdict_combo = QComboBox()
        self.verdict_combo.addItem(self.tr("Toda geocerca"), None)
        for code, label in verdict_labels().items():
            self.verdict_combo.addItem(label, code)
        self.flagged_check = QCheckBox(self.tr("Solo con alertas"))
        self.slot_check = QCheckBox()  # shown while the dashboard's weekday × hour applies
        self.slot_check.setVisible(False)
        self.slot_check.toggled.connect(lambda on: on or (self.proxy.set_local_slot(None), self.slot_check.hide()))
        self.notify_check = QCheckBox(self.tr("Avisar cada visita"))
        self.notify_check.setChecked(self.settings.value(NOTIFY_KEY, True, type=bool))
        self.notify_check.toggled.connect(lambda on: self.settings.setValue(NOTIFY_KEY, on))
        self.agent_combo.currentIndexChanged.connect(lambda _: self.proxy.set_agent(self.agent_combo.currentData()))
        self.outcome_combo.currentIndexChanged.connect(
            lambda _: self.proxy.set_outcome(self.outcome_combo.currentData()))
        self.verdict_combo.currentIndexChanged.connect(
            lambda _: self.proxy.set_verdict(self.verdict_combo.currentData()))
        self.flagged_check.toggled.connect(self.proxy.set_flagged_only)
        bar = QHBoxLayout()
        for caption, widget in ((self.tr("Desde"), self.date_from), (self.tr("Hasta"), self.date_to)):
            bar.addWidget(QLabel(caption))
            bar.addWidget(widget)
        for widget in (self.agent_combo, self.outcome_combo, self.verdict_combo, self.flagged_check, self.slot_check):
            bar.addWidget(widget)
        bar.addStretch(1)
        bar.addWidget(self.notify_check)
        self.exporter = VisitsExport(self)
        bar.addWidget(self.exporter.button)
        self.status_label = QLabel(self.tr("Cargando visitas…"))

        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 8)
        characters = self.table.fontMetrics().averageCharWidth()
        for column, width in enumerate(COLUMN_CHARACTERS):  # fixed widths: measuring 5,000 rows is not free
            self.table.setColumnWidth(column, width * characters)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        self.table.doubleClicked.connect(self._double_clicked)
        self.details = VisitDetails(host=self.host)
        self.agreement_button = QPushButton(self.tr("Nuevo convenio…"))
        self.agreement_tip = self.tr("Un convenio de pago a partir de la promesa de esta visita")
        self.agreement_button.setToolTip(self.agreement_tip)
        self.agreement_button.setEnabled(False)
        self.agreement_button.clicked.connect(self.open_agreement)
        details = QWidget()
        details_layout = QVBoxLayout(details)
        details_layout.setContentsMargins(0, 0, 0, 0)
        details_layout.addWidget(self.details, 1)
        details_layout.addWidget(self.agreement_button, 0, Qt.AlignmentFlag.AlignRight)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.table)
        splitter.addWidget(details)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.status_label)

    def show_visits(self, first: date, last: date, agent_id: int | None = None, slot=None) -> None:
        """Show the visits of local dates first..last, of an agent and/or a local (weekday, hour): the dashboard's."""
        if agent_id is not None and self.agent_combo.findData(agent_id) < 0:
            self.agent_combo.addItem(str(agent_id), agent_id)  # named when the load lists the agents
        self.agent_combo.setCurrentIndex(max(0, self.agent_combo.findData(agent_id)))
        self.proxy.set_local_slot(slot)
        self.slot_check.setText(slot_label(slot))
        self.slot_check.setChecked(slot is not None)
        self.slot_check.setVisible(slot is not None)
        self._set_dates(first, last)
        self._default_dates = False
        self.reload()

    def _set_dates(self, first: date, last: date) -> None:
        for edit, day in ((self.date_to, last), (self.date_from, first)):
            edit.blockSignals(True)
            edit.setDate(QDate(day.year, day.month, day.day))
            edit.blockSignals(False)

    def _dates_chosen(self) -> None:
        self._default_dates = False
        self.reload()

    # --- loading ----------------------------------------------------------------------------

    def _server_started(self, _port: int) -> None:
        self.reload()

    def reload(self) -> None:
        """Read the visits of the chosen days again (on a pool thread), with the branch's zone and agents."""
        self._generation += 1
        self._loading = True
        self._live.clear()
        generation, host = self._generation, self.host
        first, last = self.date_from.date().toPython(), self.date_to.date().toPython()

        def load() -> _Loaded:  # pool thread
            engine = host.engine
            with engine.connect() as conn:
                zone = zone_named(load_branch(conn).timezone)
            today = datetime.now(zone).date() if zone is not None else date.today()
            # Up to today means up to now and on: an inbox left open past midnight keeps showing what arrives.
            open_end = last >= today
            since = _midnight(first, zone)
            until = None if open_end else _midnight(last + timedelta(days=1), zone)
            rows = list_visits(engine, since=since, until=until, limit=LOAD_LIMIT)
            return _Loaded(generation, zone, since, until, today, list_agents(engine), rows)

        self.status_label.setText(self.tr("Cargando visitas…"))
        run_in_background(load, self._loaded, self._load_failed)

    def _loaded(self, loaded: _Loaded) -> None:
        if loaded.generation != self._generation:
            return  # the dates changed meanwhile; a newer load follows
        shown_today = self.date_to.date().toPython()
        if self._default_dates and loaded.today != shown_today:
            # This computer's calendar is not the branch's (another time zone, or past local midnight).
            self._set_dates(loaded.today - timedelta(days=DEFAULT_DAYS - 1), loaded.today)
            self.reload()
            return
        self.model.set_time_zone(loaded.zone)
        self.proxy.set_range(loaded.since, loaded.until)
        self.model.set_rows(loaded.rows)
        for visit in self._live.values():  # their events came after the load had read the table
            self.model.add_row(visit)
        self._live.clear()
        self._loading = False
        self._truncated = len(loaded.rows) >= LOAD_LIMIT
        self._fill_agents(loaded.agents)
        self.details.clear()
        self._count_rows()

    def _load_failed(self, error: Exception) -> None:
        self._loading = False
        self._failed(error)

    def _failed(self, error: Exception) -> None:
        self.status_label.setText(self.tr("No se pudieron leer las visitas: %s") % (str(error) or type(error).__name__))

    def _fill_agents(self, agents: list[AgentInfo]) -> None:
        chosen = self.agent_combo.currentData()
        self.agent_combo.blockSignals(True)
        self.agent_combo.clear()
        self.agent_combo.addItem(self.tr("Todos los gestores"), None)
        for agent in agents:
            self.agent_combo.addItem(f"{agent.name} ({agent.code})", agent.id)
        self.agent_combo.setCurrentIndex(max(0, self.agent_combo.findData(chosen)))
        self.agent_combo.blockSignals(False)
        self.proxy.set_agent(self.agent_combo.currentData())

    def _count_rows(self, *_args) -> None:
        text = self.tr("%d de %d visitas") % (self.proxy.rowCount(), self.model.rowCount())
        if self._truncated:
            text += self.tr(" (solo las %d más recientes: acote las fechas para ver las demás)") % LOAD_LIMIT
        self.status_label.setText(text)

    # --- live visits ------------------------------------------------------------------------

    def _visit_stored(self, event) -> None:
        """A device's visit was committed: read its row on a pool thread, then show it."""
        host, visit_id = self.host, event.visit_id
        run_in_background(lambda: get_visit(host.engine, visit_id), self._visit_fetched, self._failed)

    def _visit_fetched(self, visit: VisitDetail | None) -> None:
        if visit is None or not self._keep(visit):
            return
        if self.agent_combo.findData(visit.agent_id) < 0:
            self.agent_combo.addItem(f"{visit.agent_name} ({visit.agent_code})", visit.agent_id)
        self._notify(visit)

    def _keep(self, visit: VisitDetail) -> bool:
        """Show a visit read in full (a new row, or its row in place, and the details pane when it shows it);
        True when the row is new."""
        if self._loading:
            self._live[visit.id] = visit
        _row, new = self.model.add_row(visit)
        if visit.id == self.details.visit_id:
            self.details.show_visit(visit, self.model.local_time)
        return new

    def _notify(self, visit: VisitRow) -> None:
        if not self.notify_check.isChecked():
            return
        title = self.tr("Visita de %s") % visit.agent_name
        message = f"{visit.debtor_name} · {outcome_label(visit.outcome)}"
        self.notification.emit(title, message)
        if not QSystemTrayIcon.isSystemTrayAvailable():
            return
        if self._tray is None:
            icon = QApplication.windowIcon()
            if icon.isNull():
                icon = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxInformation)
            self._tray = QSystemTrayIcon(icon, self)
            self._tray.show()
        self._tray.showMessage(title, message, QSystemTrayIcon.MessageIcon.Information, 8000)

    # --- selection --------------------------------------------------------------------------

    def _visit_of(self, index: QModelIndex) -> VisitRow | None:
        if not index.isValid():
            return None
        return self.model.visit_at(self.proxy.mapToSource(index).row())

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        visit = self._visit_of(current)
        guard(self.agreement_button, self.host.session, AGREEMENTS_MANAGE,
              visit is not None and visit.promise_amount is not None, self.agreement_tip)
        if visit is None:
            self.details.clear()
            return
        self.details.show_visit(visit, self.model.local_time)
        if not isinstance(visit, VisitDetail):
            host, visit_id = self.host, visit.id
            run_in_background(lambda: get_visit(host.engine, visit_id), self._detail_fetched, self._failed)

    def _detail_fetched(self, visit: VisitDetail | None) -> None:
        if visit is not None:
            self._keep(visit)  # the model keeps the full visit: selecting it again needs no read

    def open_agreement(self) -> AgreementDialog | None:
        """The "Nuevo convenio…" dialog from the selected visit and its promise."""
        visit = self._visit_of(self.table.currentIndex())
        if visit is None:
            return None
        dialog = AgreementDialog(self.host, visit.account_id, visit.id, self)
        dialog.created.connect(self.agreement_created)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def _double_clicked(self, index: QModelIndex) -> None:
        visit = self._visit_of(index)
        if visit is not None:
            self.center_on_visit.emit(visit.lat, visit.lon, visit.id)

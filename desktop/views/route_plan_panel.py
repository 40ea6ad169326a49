"""The route-plan panel beside the map: pick an agent and a day, plan the routes, see the stops, km and time."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from syncserver.agents import list_agents
from syncserver.permissions import ACCOUNTS_ASSIGN
from syncserver.route_plans import DayTotal, RoutePlan, branch_today, day_totals, plan_routes_on_server, route_plan

from ..branch_day import DATE_FORMAT, qdate
from ..models.kpi_format import group_number
from ..models.route_stops_model import RouteStopsModel
from ..server_host import ServerHost
from ..worker import run_in_background
from .map_plan import duration_text
from .permission_ui import denied_text, guard


class RoutePlanPanel(QWidget):
    """GUI thread only. Reads run on pool threads; planning runs on the server loop (its writer stores it).

    `plan_shown(plan or None, agent name)` follows each plan read, for the map; `planned(int)` each planning,
    with how many accounts changed visit order.
    """

    plan_shown = Signal(object, str)
    planned = Signal(int)
    NameRole = Qt.ItemDataRole.UserRole + 1  # the agent's name and code, as the map titles the route

    def __init__(self, host: ServerHost, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.host = host
        self.agent_combo = QComboBox()
        self.agent_combo.setEnabled(False)
        self.agent_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.agent_combo.setMinimumContentsLength(18)  # the list opens wider: each agent's stops, km and time
        self.day_edit = QDateEdit()
        self.day_edit.setCalendarPopup(True)
        self.day_edit.setDisplayFormat(DATE_FORMAT)
        self._auto_day = host.branch_today()  # the day shown until the user picks one: the branch's today
        self.day_edit.setDate(qdate(self._auto_day))
        self.plan_button = QPushButton(self.tr("Planificar rutas"))
        self.plan_button.setToolTip(self.tr("Ordena las visitas del día de cada gestor; los teléfonos reciben el "
                                            "orden en su próxima sincronización."))
        self.day_label = QLabel()  # every agent's routes of the day together
        self.day_label.setWordWrap(True)
        self.day_label.setStyleSheet("color: #57606a;")
        self.summary_label = QLabel(self.tr("Sin ruta planificada."))
        self.summary_label.setWordWrap(True)
        self.summary_label.setTextFormat(Qt.TextFormat.PlainText)
        self.model = RouteStopsModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        form = QFormLayout()
        form.addRow(self.tr("Gestor"), self.agent_combo)
        form.addRow(self.tr("Día"), self.day_edit)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.plan_button)
        layout.addWidget(self.day_label)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.table, 1)
        self.plan: RoutePlan | None = None
        self.agent_combo.currentIndexChanged.connect(lambda _index: self.read_plan())
        self.day_edit.dateChanged.connect(lambda _day: self.read_plan())
        self.plan_button.clicked.connect(self.plan_routes)
        host.bridge.routes_planned.connect(lambda _event: self.read_plan())  # the nightly run, or another window
        host.session_changed.connect(lambda _session: self._guard())
        self._guard()
        if host.port is None:  # the server migrates the database as it starts: read after that
            host.started.connect(lambda _port: self.reload())
        else:
            self.reload()

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        """Tall enough for a day's stops: the dock shares the map's side with the details panel."""
        return QSize(super().sizeHint().width(), 560)

    def showEvent(self, event) -> None:  # noqa: N802 - Qt's name
        """Shown again with the map: agents added or deactivated meanwhile are listed as they are now."""
        super().showEvent(event)
        if self.host.port is not None and not event.spontaneous():
            self.reload()

    def _guard(self) -> None:
        guard(self.plan_button, self.host.session, ACCOUNTS_ASSIGN, enabled=self.host.port is not None,
              tooltip=self.plan_button.toolTip())

    def reload(self) -> None:
        """Read the active agents and the branch's today (pool thread), then the chosen agent's plan."""
        engine = self.host.engine
        self._guard()
        run_in_background(lambda: (list_agents(engine, include_inactive=False), branch_today(engine)),
                          self._agents_read, self._failed)

    def _agents_read(self, answer) -> None:
        agents, today = answer
        chosen = self.agent_combo.currentData()
        self.agent_combo.blockSignals(True)
        self.agent_combo.clear()
        for agent in agents:
            self.agent_combo.addItem(f"{agent.name} ({agent.code})", agent.code)
            self.agent_combo.setItemData(self.agent_combo.count() - 1, f"{agent.name} ({agent.code})", self.NameRole)
        self.agent_combo.setCurrentIndex(max(0, self.agent_combo.findData(chosen)))
        self.agent_combo.blockSignals(False)
        self.agent_combo.setEnabled(bool(agents))
        self.day_edit.blockSignals(True)
        follow = self.day == self._auto_day  # not picked by the user: it follows the branch's today
        self.day_edit.setMinimumDate(qdate(today))  # a day over is not planned
        if follow:
            self._auto_day = today
            self.day_edit.setDate(qdate(today))
        self.day_edit.blockSignals(False)
        self.read_plan()

    @property
    def day(self) -> date:
        """The day chosen."""
        return self.day_edit.date().toPython()

    def choose(self, agent_code: str, day: date | None = None) -> None:
        """Pick the agent (and the day) as a user would."""
        if day is not None:
            self.day_edit.setDate(qdate(day))
        self.agent_combo.setCurrentIndex(max(0, self.agent_combo.findData(agent_code)))

    def read_plan(self) -> None:
        """Read the chosen agent's stored plan for the chosen day (pool thread)."""
        code = self.agent_combo.currentData()
        if code is None:
            self.day_label.setText("")
            self._show(None)
            return
        engine, day = self.host.engine, self.day
        run_in_background(lambda: (code, day, route_plan(engine, code, day), day_totals(engine, day)),
                          self._plan_read, self._failed)

    def _plan_read(self, found) -> None:
        code, day, plan, totals = found
        if (code, day) != (self.agent_combo.currentData(), self.day):
            return  # another agent or day was chosen meanwhile
        self._show_totals(totals)
        self._show(plan)

    def _show_totals(self, totals: dict[str, DayTotal]) -> None:
        """Each agent's stops, km and time in the agent list; all of them together above the stops."""
        combo = self.agent_combo
        for row in range(combo.count()):
            name, total = combo.itemData(row, self.NameRole), totals.get(combo.itemData(row))
            combo.setItemText(row, name if total is None else self.tr("%s — %d paradas · %s km · %s") % (
                name, total.stops, group_number(total.km, 1), duration_text(total.minutes)))
        combo.view().setMinimumWidth(combo.view().sizeHintForColumn(0) + 24)
        if not totals:
            self.day_label.setText("")
            return
        values = totals.values()
        self.day_label.setText(self.tr("Todas las rutas del día: %d gestores · %d paradas · %s km · %s") % (
            len(totals), sum(t.stops for t in values), group_number(sum(t.km for t in values), 1),
            duration_text(sum(t.minutes for t in values))))

    def plan_routes(self) -> None:
        """Plan every active agent's day on the server; the stored plan is read back when it is done."""
        if not self.plan_button.isEnabled() or self.host.port is None:
            return
        self.plan_button.setEnabled(False)
        self.summary_label.setText(self.tr("Planificando las rutas…"))
        app, day, actor = self.host.server.app, self.day, self.host.actor
        self.host.call(plan_routes_on_server(app, day, actor=actor), self._planned, self._failed)

    def _planned(self, answer) -> None:
        _planned, changed = answer
        self._guard()
        self.planned.emit(changed)
        self.read_plan()

    def _show(self, plan: RoutePlan | None) -> None:
        self.plan = plan
        self.model.set_stops(plan.stops if plan else [])
        if plan is None:
            self.summary_label.setText(self.tr("Sin ruta planificada para este día."))
        else:
            self.summary_label.setText(self.tr("%d paradas · %s km · %s estimados (viaje y visitas)") % (
                len(plan.stops), group_number(plan.km, 1), duration_text(plan.minutes)))
        self.plan_shown.emit(plan, self.agent_combo.currentData(self.NameRole) if plan else "")

    def _failed(self, error: Exception) -> None:
        self._guard()
        self.summary_label.setText(denied_text(error) or self.tr("No se pudo planificar: %s") % (
            str(error) or type(error).__name__))

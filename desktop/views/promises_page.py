"""The "Promesas" page: promises from visits with their status as of a date, filtered by status and agent; the broken
ones can be reassigned for a revisit in one action, or turned into an agreement."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from syncserver.agents import AgentInfo, list_agents
from syncserver.permissions import ACCOUNTS_ASSIGN, AGREEMENTS_MANAGE
from syncserver.promises import PROMISE_STATUSES, PromiseInfo, list_promises

from ..agreement_labels import promise_status_labels
from ..branch_day import qdate
from ..models.accounts_model import format_money
from ..models.promises_model import PromisesFilter, PromisesModel
from ..server_host import ServerHost
from ..worker import run_in_background
from .agreement_dialog import AgreementDialog
from .permission_ui import guard
from .revisit_dialog import RevisitDialog

LIVE_DEBOUNCE_MS = 1000  # new promises read at most once a second while uploads come in


class PromisesPage(QWidget):
    """GUI thread only. Reads and the reassignment run on pool threads (run_in_background)."""

    loaded = Signal(int)  # how many promises were read
    reassigned = Signal(object)  # a RevisitResult: accounts moved
    agreement_created = Signal(int)

    def __init__(self, host: ServerHost, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.host = host
        self.model = PromisesModel(self)
        self.proxy = PromisesFilter(self)
        self.proxy.setSourceModel(self.model)
        self.agents: list[AgentInfo] = []
        self._generation = 0  # only the newest reading is shown
        if host.port is None:
            host.started.connect(self._server_started)
        # A promise made (or corrected) at a visit shows at once while the page is open; a burst of
        # uploads reads once. Hidden, the page reads when it is shown again anyway.
        self._live = QTimer(self)
        self._live.setSingleShot(True)
        self._live.setInterval(LIVE_DEBOUNCE_MS)
        self._live.timeout.connect(self.reload)
        host.bridge.visit_stored.connect(self._visit_stored)
        self.status_combo = QComboBox()
        self.status_combo.addItem(self.tr("Todos los estados"), None)
        for code in PROMISE_STATUSES:
            self.status_combo.addItem(promise_status_labels()[code], code)
        self.status_combo.setCurrentIndex(self.status_combo.findData("broken"))  # the follow-up list
        self.proxy.set_status("broken")
        self.status_combo.currentIndexChanged.connect(lambda _: self.proxy.set_status(self.status_combo.currentData()))
        self.agent_combo = QComboBox()
        self.agent_combo.addItem(self.tr("Todos los gestores"), None)
        self.agent_combo.currentIndexChanged.connect(lambda _: self.proxy.set_agent(self.agent_combo.currentData()))
        self.as_of_edit = QDateEdit(qdate(host.branch_today()))
        self.as_of_edit.setCalendarPopup(True)
        self.as_of_edit.setDisplayFormat("dd/MM/yyyy")
        self.as_of_edit.dateChanged.connect(lambda _: self.reload())
        self.revisit_button = QPushButton(self.tr("Reasignar para revisita…"))
        self.revisit_button.clicked.connect(self.open_revisit)
        self.agreement_button = QPushButton(self.tr("Nuevo convenio…"))
        self.agreement_button.clicked.connect(self.open_agreement)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.status_label = QLabel(self.tr("Cargando promesas…"))
        bar = QHBoxLayout()
        for caption, widget in ((self.tr("Estado"), self.status_combo), (self.tr("Gestor"), self.agent_combo),
                                (self.tr("Al"), self.as_of_edit)):
            bar.addWidget(QLabel(caption))
            bar.addWidget(widget)
        bar.addStretch(1)
        bar.addWidget(self.agreement_button)
        bar.addWidget(self.revisit_button)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status_label)
        for signal in (self.proxy.rowsInserted, self.proxy.rowsRemoved, self.proxy.modelReset, self.proxy.layoutChanged):
            signal.connect(self._count)
        self._selection_changed()

    def showEvent(self, event) -> None:
        """Each time the page comes into view, read again: payments, visits or reassignments may have come since."""
        super().showEvent(event)
        if self.host.port is not None:
            self.reload()

    def _visit_stored(self, event) -> None:
        if (event.outcome == "promise_to_pay" or event.corrects) and self.isVisible() and not self._live.isActive():
            self._live.start()

    def _server_started(self, _port: int) -> None:
        if self.isVisible():  # shown before the server had migrated the database
            self.reload()

    def reload(self) -> None:
        """Read the promises as of the chosen date, and the agents, on a pool thread."""
        self._generation += 1
        engine, as_of, generation = self.host.engine, self.as_of_edit.date().toPython(), self._generation
        self.status_label.setText(self.tr("Cargando promesas…"))
        run_in_background(lambda: (generation, list_promises(engine, as_of=as_of), list_agents(engine)),
                          self._loaded, self._failed)

    def _loaded(self, answer) -> None:
        generation, promises, agents = answer
        if generation != self._generation:
            return  # the date changed meanwhile: a newer reading is on its way
        self.agents = agents
        chosen = self.agent_combo.currentData()
        self.agent_combo.blockSignals(True)
        self.agent_combo.clear()
        self.agent_combo.addItem(self.tr("Todos los gestores"), None)
        for agent in agents:
            self.agent_combo.addItem(f"{agent.name} ({agent.code})", agent.id)
        self.agent_combo.setCurrentIndex(max(0, self.agent_combo.findData(chosen)))
        self.agent_combo.blockSignals(False)
        self.proxy.set_agent(self.agent_combo.currentData())
        self.model.set_promises(promises)
        self._count()
        self._selection_changed()
        self.loaded.emit(len(promises))

    def _failed(self, error: Exception) -> None:
        self.status_label.setText(self.tr("No se pudieron leer las promesas: %s") % (str(error) or type(error).__name__))

    def _count(self, *_args) -> None:
        shown = [self.model.promise_at(self.proxy.mapToSource(self.proxy.index(row, 0)).row())
                 for row in range(self.proxy.rowCount())]
        currency = shown[0].currency if shown else ""
        promised = sum((p.amount for p in shown), Decimal(0))
        remaining = sum((p.remaining for p in shown), Decimal(0))
        self.status_label.setText(self.tr("%d de %d promesas · prometido %s · falta %s") % (
            len(shown), self.model.rowCount(), format_money(promised, currency), format_money(remaining, currency)))

    def selected_promises(self) -> list[PromiseInfo]:
        """The promises of the selected rows, in table order."""
        rows = sorted(index.row() for index in self.table.selectionModel().selectedRows())
        return [self.model.promise_at(self.proxy.mapToSource(self.proxy.index(row, 0)).row()) for row in rows]

    def _selection_changed(self, *_args) -> None:
        chosen = self.selected_promises()
        guard(self.revisit_button, self.host.session, ACCOUNTS_ASSIGN, bool(chosen))
        guard(self.agreement_button, self.host.session, AGREEMENTS_MANAGE, len(chosen) == 1)

    def open_revisit(self) -> RevisitDialog:
        """Ask for the agent to give the selected promises' accounts to, for a revisit."""
        dialog = RevisitDialog(self.host, self.selected_promises(), self.agents, self)
        dialog.reassigned.connect(self._reassigned)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def _reassigned(self, result) -> None:
        self.reassigned.emit(result)
        self.reload()

    def open_agreement(self) -> AgreementDialog:
        """A new agreement from the selected promise's visit."""
        promise = self.selected_promises()[0]
        dialog = AgreementDialog(self.host, promise.account_id, promise.visit_id, self)
        dialog.created.connect(self.agreement_created)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

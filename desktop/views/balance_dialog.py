"""The "Autobalancear…" dialog: choose agents and caps, preview each agent's accounts and minutes, then commit."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from syncserver.agents import list_agents
from syncserver.balance_plan import BalancePlan, commit_balance, plan_balance
from syncserver.permissions import ACCOUNTS_ASSIGN

from ..models.balance_model import BalanceModel
from ..models.kpi_format import group_number
from ..worker import run_in_background
from .error_label import error_label
from .permission_ui import denied_text, guard


class BalanceDialog(QDialog):
    """GUI thread only. Agents are read, plans computed and committed on pool threads.

    `planned(BalancePlan)` follows each preview; `balanced(AssignmentResult)` follows the commit.
    """

    agents_loaded = Signal()
    planned = Signal(object)
    balanced = Signal(object)

    def __init__(self, host, account_ids: list[int] | None, scope: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.host, self.account_ids = host, account_ids
        self.plan: BalancePlan | None = None
        self._asked = 0  # only the newest preview asked for is shown
        self.setWindowTitle(self.tr("Autobalancear la cartera"))
        self.resize(760, 620)
        scope_label = QLabel(scope)
        scope_label.setWordWrap(True)
        self.agent_list = QListWidget()
        self.agent_list.setMaximumHeight(150)
        self.agent_list.itemChanged.connect(self._inputs_changed)
        self.max_accounts = QSpinBox()
        self.max_accounts.setRange(0, 1_000_000)
        self.max_accounts.setSpecialValueText(self.tr("sin tope"))
        self.max_accounts.setSuffix(self.tr(" cuentas"))
        self.max_minutes = QSpinBox()
        self.max_minutes.setRange(0, 10_000_000)
        self.max_minutes.setSingleStep(60)
        self.max_minutes.setSpecialValueText(self.tr("sin tope"))
        self.max_minutes.setSuffix(self.tr(" min"))
        for spin in (self.max_accounts, self.max_minutes):
            spin.valueChanged.connect(self._inputs_changed)
        self.preview_button = QPushButton(self.tr("Vista previa"))
        self.preview_button.clicked.connect(self.preview)
        form = QFormLayout()
        form.addRow(self.tr("Gestores"), self.agent_list)
        form.addRow(self.tr("Tope por gestor"), self.max_accounts)
        form.addRow(self.tr("Tope de minutos esperados por gestor"), self.max_minutes)
        self.model = BalanceModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.summary_label = QLabel(self.tr("Elija los gestores y los topes, y pulse «Vista previa»: nada se guarda "
                                            "hasta «Asignar»."))
        self.summary_label.setTextFormat(Qt.TextFormat.PlainText)
        self.summary_label.setWordWrap(True)
        self.error_label = error_label()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Asignar"))
        self.ok_button.setEnabled(False)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancelar"))
        self.buttons.accepted.connect(self.commit)
        self.buttons.rejected.connect(self.reject)
        preview_row = QHBoxLayout()
        preview_row.addStretch(1)
        preview_row.addWidget(self.preview_button)
        layout = QVBoxLayout(self)
        layout.addWidget(scope_label)
        layout.addLayout(form)
        layout.addLayout(preview_row)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self.preview_button.setEnabled(False)
        engine = host.engine
        run_in_background(lambda: list_agents(engine, include_inactive=False), self._agents_read, self._failed)

    def _agents_read(self, agents) -> None:
        self.agent_list.blockSignals(True)
        for agent in agents:
            item = QListWidgetItem(f"{agent.name} ({agent.code})")
            item.setData(Qt.ItemDataRole.UserRole, agent.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
            self.agent_list.addItem(item)
        self.agent_list.blockSignals(False)
        self.preview_button.setEnabled(bool(agents))
        if not agents:
            self.error_label.setText(self.tr("No hay gestores activos entre quienes repartir."))
        self.agents_loaded.emit()

    def chosen_agents(self) -> list[int]:
        """The ids of the agents ticked."""
        items = (self.agent_list.item(row) for row in range(self.agent_list.count()))
        return [item.data(Qt.ItemDataRole.UserRole) for item in items if item.checkState() == Qt.CheckState.Checked]

    def set_agents(self, agent_ids: list[int]) -> None:
        """Tick exactly these agents (as a user would)."""
        for row in range(self.agent_list.count()):
            item = self.agent_list.item(row)
            wanted = item.data(Qt.ItemDataRole.UserRole) in agent_ids
            item.setCheckState(Qt.CheckState.Checked if wanted else Qt.CheckState.Unchecked)

    def _inputs_changed(self, *_args) -> None:
        """A preview stands for the inputs it was made with: another choice needs another preview."""
        self.plan = None
        self.ok_button.setEnabled(False)
        self.model.set_loads([])
        self.summary_label.setText(self.tr("Cambió la elección: pulse «Vista previa» otra vez."))

    def preview(self) -> None:
        """Compute the plan on a pool thread (nothing is written)."""
        agents = self.chosen_agents()
        if not agents:
            self.error_label.setText(self.tr("Marque al menos un gestor."))
            return
        self._asked += 1
        asked, engine, ids = self._asked, self.host.engine, self.account_ids
        max_accounts, max_minutes = self.max_accounts.value() or None, self.max_minutes.value() or None
        self.error_label.setText("")
        self.summary_label.setText(self.tr("Calculando territorios…"))
        self.preview_button.setEnabled(False)
        run_in_background(lambda: (asked, plan_balance(engine, agents, account_ids=ids, max_accounts=max_accounts,
                                                       max_minutes=max_minutes)), self._planned, self._failed)

    def _planned(self, answer: tuple[int, BalancePlan]) -> None:
        asked, plan = answer
        if asked != self._asked:
            return
        self.preview_button.setEnabled(True)
        self.plan = plan
        self.model.set_loads(plan.loads)
        self.summary_label.setText(self.describe(plan))
        guard(self.ok_button, self.host.session, ACCOUNTS_ASSIGN, enabled=bool(plan.holders))
        self.planned.emit(plan)

    def describe(self, plan: BalancePlan) -> str:
        """The preview in words: spread, moves, what is left out and where the minutes come from."""
        counts = [load.accounts for load in plan.loads] or [0]
        minutes = [load.minutes for load in plan.loads] or [0]
        lines = [self.tr("%s cuentas entre %d gestores: de %s a %s cuentas y de %s a %s minutos cada uno; "
                         "dispersión de la carga %s %%.") % (
            group_number(len(plan.holders) - len(plan.unplaced)), len(plan.loads), group_number(min(counts)),
            group_number(max(counts)), group_number(min(minutes)), group_number(max(minutes)),
            group_number(plan.spread * 100, 1)),
            self.tr("%s cuentas cambiarían de gestor.") % group_number(plan.moves)]
        if plan.unplaced:
            lines.append(self.tr("%s cuentas no caben en los topes: quedarían sin gestor.") %
                         group_number(len(plan.unplaced)))
        if plan.unlocated:
            lines.append(self.tr("%s cuentas sin ubicación quedan como están.") % group_number(plan.unlocated))
        if plan.run_id is not None:
            lines.append(self.tr("Minutos esperados: el costo de cobro de la corrida #%d.") % plan.run_id)
        else:
            lines.append(self.tr("Minutos esperados: los minutos de servicio de la sucursal (aún no hay corrida "
                                 "de estrategia)."))
        return "\n".join(lines)

    def commit(self) -> None:
        """Write the plan previewed, in one transaction, on a pool thread."""
        if self.plan is None or not self.ok_button.isEnabled():
            return
        self.ok_button.setEnabled(False)
        self.preview_button.setEnabled(False)
        self.error_label.setText(self.tr("Asignando…"))
        engine, plan, actor = self.host.engine, self.plan, self.host.session.actor
        run_in_background(lambda: commit_balance(engine, plan, actor=actor), self._committed, self._failed)

    def _committed(self, result) -> None:
        self.balanced.emit(result)
        self.accept()

    def _failed(self, error: Exception) -> None:
        self.preview_button.setEnabled(self.agent_list.count() > 0)
        if self.plan is not None:
            guard(self.ok_button, self.host.session, ACCOUNTS_ASSIGN)
        self.error_label.setText(denied_text(error) or self.tr("No se pudo completar: %s") % (
            str(error) or type(error).__name__))

"""The "Asignar a…" dialog: the accounts chosen (a selection, a strategy cell, a map zone) go to one agent or none."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from syncserver.agents import list_agents
from syncserver.assignments import MANUAL, AssignmentResult, assign_accounts
from syncserver.permissions import ACCOUNTS_ASSIGN

from ..models.accounts_model import format_money
from ..models.kpi_format import group_number
from ..worker import run_in_background
from .error_label import error_label
from .permission_ui import denied_text, guard

NO_AGENT = -1  # the combo's data for "no agent": unassign


def balances_text(balances: Mapping[str, Decimal]) -> str:
    """Total balances by currency: "1.250.000,50 COP + 7,25 USD"."""
    return " + ".join(format_money(amount, currency) for currency, amount in sorted(balances.items())) or "0"


class AssignDialog(QDialog):
    """GUI thread only. Agents are read and the accounts assigned on pool threads.

    `assigned(AssignmentResult)` follows a committed assignment; `agents_loaded` follows the agent list.
    """

    assigned = Signal(object)
    agents_loaded = Signal()

    def __init__(self, host, account_ids: list[int], summary: str, *, source: str = MANUAL,
                 details: Mapping[str, Any] | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.host, self.account_ids = host, list(account_ids)
        self.source, self.details = source, dict(details or {})
        self.result_: AssignmentResult | None = None
        self.setWindowTitle(self.tr("Asignar cuentas"))
        self.setModal(True)
        self.setMinimumWidth(460)
        self.summary_label = QLabel(summary)
        self.summary_label.setTextFormat(Qt.TextFormat.PlainText)
        self.summary_label.setWordWrap(True)
        self.agent_combo = QComboBox()
        self.agent_combo.addItem(self.tr("Cargando gestores…"))
        self.agent_combo.setEnabled(False)
        note = QLabel(self.tr("Los teléfonos lo sabrán en su próxima sincronización: el gestor anterior deja de "
                              "ver estas cuentas y el nuevo las recibe. Queda en el historial de asignación y en la "
                              "auditoría."))
        note.setWordWrap(True)
        note.setStyleSheet("color: #57606a;")
        self.error_label = error_label()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Asignar"))
        self.ok_button.setEnabled(False)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancelar"))
        self.buttons.accepted.connect(self.assign)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("Gestor"), self.agent_combo)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary_label)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        engine = host.engine
        run_in_background(lambda: list_agents(engine, include_inactive=False), self._agents_read, self._failed)

    def _agents_read(self, agents) -> None:
        self.agent_combo.clear()
        for agent in agents:
            self.agent_combo.addItem(f"{agent.name} ({agent.code})", agent.id)
        self.agent_combo.addItem(self.tr("Sin gestor (quitar la asignación)"), NO_AGENT)
        self.agent_combo.setEnabled(True)
        guard(self.ok_button, self.host.session, ACCOUNTS_ASSIGN, enabled=bool(self.account_ids))
        if not self.account_ids:
            self.error_label.setText(self.tr("No hay cuentas que asignar."))
        self.agents_loaded.emit()

    def choose_agent(self, agent_id: int | None) -> None:
        """Pick the agent, or None for no agent (as a user would in the list)."""
        self.agent_combo.setCurrentIndex(max(0, self.agent_combo.findData(NO_AGENT if agent_id is None else agent_id)))

    def assign(self) -> None:
        """Assign on a pool thread; the dialog closes when it is done."""
        chosen = self.agent_combo.currentData()
        if chosen is None or not self.ok_button.isEnabled():
            return
        agent_id = None if chosen == NO_AGENT else int(chosen)
        self.ok_button.setEnabled(False)
        self.error_label.setText(self.tr("Asignando %s cuentas…") % group_number(len(self.account_ids)))
        engine, ids, actor = self.host.engine, self.account_ids, self.host.session.actor
        source, details = self.source, self.details
        run_in_background(lambda: assign_accounts(engine, ids, agent_id, actor=actor, source=source, details=details),
                          self._done, self._failed)

    def _done(self, result: AssignmentResult) -> None:
        self.result_ = result
        self.assigned.emit(result)
        self.accept()

    def _failed(self, error: Exception) -> None:
        self.error_label.setText(denied_text(error) or self.tr("No se pudo asignar: %s") % (
            str(error) or type(error).__name__))
        self.ok_button.setEnabled(self.agent_combo.isEnabled() and self.host.session.can(ACCOUNTS_ASSIGN))

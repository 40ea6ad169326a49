"""The "Reasignar para revisita…" dialog: choose the agent; the promises' accounts go to it, marked for a revisit."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from syncserver.agents import AgentInfo
from syncserver.permissions import ACCOUNTS_ASSIGN
from syncserver.promises import PromiseInfo
from syncserver.revisits import RevisitResult, reassign_for_revisit

from ..worker import run_in_background
from .error_label import error_label
from .permission_ui import error_text, guard

LISTED = 6  # debtors named in the dialog; the rest are counted


class RevisitDialog(QDialog):
    """GUI thread only. The reassignment runs on a pool thread; `reassigned` carries its RevisitResult."""

    reassigned = Signal(object)

    def __init__(self, host, promises: list[PromiseInfo], agents: list[AgentInfo], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.host, self.promises = host, list(promises)
        self.setWindowTitle(self.tr("Reasignar para revisita"))
        self.setModal(True)
        accounts = list(dict.fromkeys((p.external_ref, p.debtor_name) for p in self.promises))
        names = "\n".join(f"• {name} ({ref})" for ref, name in accounts[:LISTED])
        if len(accounts) > LISTED:
            names += "\n" + self.tr("… y %d más") % (len(accounts) - LISTED)
        intro = QLabel(self.tr("%d cuenta(s) pasarán al gestor elegido, que las verá en su próxima sincronización, "
                               "marcadas para revisita:") % len(accounts) + "\n" + names)
        intro.setTextFormat(Qt.TextFormat.PlainText)
        intro.setWordWrap(True)
        self.agent_combo = QComboBox()
        for agent in agents:
            if agent.active:
                self.agent_combo.addItem(f"{agent.name} ({agent.code})", agent.id)
        self.error_label = error_label()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Reasignar"))
        guard(self.ok_button, host.session, ACCOUNTS_ASSIGN, self.agent_combo.count() > 0 and bool(self.promises))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancelar"))
        self.buttons.accepted.connect(self.reassign)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("Gestor"), self.agent_combo)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        if self.agent_combo.count() == 0:
            self.error_label.setText(self.tr("No hay gestores activos a quienes reasignar."))

    def choose_agent(self, agent_id: int) -> None:
        """Pick the agent (as a user would in the list)."""
        self.agent_combo.setCurrentIndex(max(0, self.agent_combo.findData(agent_id)))

    def reassign(self) -> None:
        """Reassign on a pool thread; the dialog closes when it is done."""
        agent_id = self.agent_combo.currentData()
        if agent_id is None:
            return
        self.ok_button.setEnabled(False)
        engine, visits, actor = self.host.engine, [p.visit_id for p in self.promises], self.host.actor
        run_in_background(lambda: reassign_for_revisit(engine, visits, agent_id, actor=actor), self._done,
                          self._failed)

    def _done(self, result: RevisitResult) -> None:
        self.reassigned.emit(result)
        self.accept()

    def _failed(self, error: Exception) -> None:
        self.error_label.setText(self.tr("No se pudo reasignar: %s") % error_text(error))
        guard(self.ok_button, self.host.session, ACCOUNTS_ASSIGN)

"""The "Anular convenio…" dialog: say why; the agreement is cancelled (audited) and stays listed as such."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from syncserver.agreements import AgreementError, AgreementSummary, Cancellation, cancel_agreement
from syncserver.agreements.cancel import REASON_MAX
from syncserver.permissions import AGREEMENTS_MANAGE

from ..agreement_labels import error_text as agreement_error_text
from ..worker import run_in_background
from .error_label import error_label
from .permission_ui import error_text, guard


class AgreementCancelDialog(QDialog):
    """GUI thread only. The cancellation runs on a pool thread; `cancelled` carries its Cancellation."""

    cancelled = Signal(object)

    def __init__(self, host, summary: AgreementSummary, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.host, self.summary = host, summary
        self.setWindowTitle(self.tr("Anular convenio"))
        self.setModal(True)
        intro = QLabel(self.tr("El convenio N.º %d de %s (%s) quedará anulado: deja de estar vigente, no genera "
                               "alertas ni recordatorios y se puede hacer otro para la cuenta. Lo pagado hasta hoy "
                               "queda a la vista. Escriba el motivo (queda en la auditoría).")
                       % (summary.id, summary.debtor_name, summary.external_ref))
        intro.setTextFormat(Qt.TextFormat.PlainText)
        intro.setWordWrap(True)
        self.reason_edit = QPlainTextEdit()
        self.reason_edit.setPlaceholderText(self.tr("Motivo de la anulación"))
        self.reason_edit.textChanged.connect(self._reason_changed)
        self.error_label = error_label()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Anular convenio"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cerrar"))
        self.buttons.accepted.connect(self.cancel_agreement)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.reason_edit, 1)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self._reason_changed()

    def _reason_changed(self) -> None:
        reason = self.reason_edit.toPlainText().strip()
        too_long = len(reason) > REASON_MAX
        self.error_label.setText(self.tr("El motivo admite a lo sumo %d caracteres.") % REASON_MAX if too_long else "")
        guard(self.ok_button, self.host.session, AGREEMENTS_MANAGE, bool(reason) and not too_long)

    def cancel_agreement(self) -> None:
        """Cancel on a pool thread; the dialog closes when it is done."""
        reason = self.reason_edit.toPlainText()
        if not reason.strip():
            return
        self.ok_button.setEnabled(False)
        engine, agreement, actor = self.host.engine, self.summary.id, self.host.actor
        run_in_background(lambda: cancel_agreement(engine, agreement, reason, actor=actor), self._done, self._failed)

    def _done(self, result: Cancellation) -> None:
        self.cancelled.emit(result)
        self.accept()

    def _failed(self, error: Exception) -> None:
        text = agreement_error_text(error) if isinstance(error, AgreementError) else error_text(error)
        self.error_label.setText(text)
        self._reason_changed()
        self.error_label.setText(text)

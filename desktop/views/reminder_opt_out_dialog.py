"""The account's reminder opt-outs: on which channels the debtor asked for no reminders."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QCheckBox, QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget
from shiboken6 import isValid

from syncserver.permissions import AGREEMENTS_MANAGE
from syncserver.reminder_optouts import opted_out_channels, set_opt_out

from ..reminder_labels import channel_labels
from ..server_host import ServerHost
from ..worker import run_in_background
from .permission_ui import denied_text, guard


class ReminderOptOutDialog(QDialog):
    """GUI thread only. Reads and stores the opt-outs of one account in the background."""

    saved = Signal(tuple)  # the channels opted out

    def __init__(self, host: ServerHost, account_id: int, debtor: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.host, self.account_id = host, account_id
        self.setWindowTitle(self.tr("Recordatorios de %s") % debtor)
        self.checks = {code: QCheckBox(self.tr("No enviar por %s") % label) for code, label in channel_labels().items()}
        self.error_label = QLabel()
        self.error_label.setTextFormat(Qt.TextFormat.PlainText)
        self.error_label.setStyleSheet("color: #b00020;")
        self.error_label.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(self.tr("Guardar"))
        self.save_button.setEnabled(False)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancelar"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        note = QLabel(self.tr("El deudor pidió no recibir recordatorios por:"))
        layout.addWidget(note)
        for check in self.checks.values():
            layout.addWidget(check)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        run_in_background(lambda: opted_out_channels(host.engine, account_id), self._read, self._failed)

    def _read(self, channels: tuple[str, ...]) -> None:
        if not isValid(self):
            return
        for code, check in self.checks.items():
            check.setChecked(code in channels)
        guard(self.save_button, self.host.session, AGREEMENTS_MANAGE)

    def chosen(self) -> tuple[str, ...]:
        """The channels ticked."""
        return tuple(code for code, check in self.checks.items() if check.isChecked())

    def save(self) -> None:
        """Store the opt-outs (queued messages of those channels are skipped at once)."""
        self.save_button.setEnabled(False)
        host, actor, chosen = self.host, self.host.actor, self.chosen()
        run_in_background(lambda: set_opt_out(host.engine, self.account_id, chosen, actor=actor), self._saved,
                          self._failed)

    def _saved(self, channels: tuple[str, ...]) -> None:
        if isValid(self):
            self.saved.emit(channels)
            self.accept()

    def _failed(self, error: Exception) -> None:
        if isValid(self):
            self.save_button.setEnabled(True)
            self.error_label.setText(denied_text(error) or self.tr("No se pudo guardar: %s") % error)

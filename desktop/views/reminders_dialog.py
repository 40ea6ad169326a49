"""Recordatorios: the debtor-reminder settings and the message log, with "Enviar ahora" to run the planner."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPushButton, QTabWidget, QVBoxLayout, QWidget
from shiboken6 import isValid

from syncserver.permissions import AGREEMENTS_MANAGE, SETTINGS_BRANCH
from syncserver.reminder_planner import PlanResult, plan_reminders
from syncserver.reminder_sender import reminder_settings_changed, run_reminders_now
from syncserver.reminder_settings import (
    ReminderSettingsError,
    ReminderSettingsInfo,
    read_reminder_settings,
    update_reminder_settings,
    validate_reminders,
)

from ..server_host import ServerHost
from ..worker import run_in_background
from .permission_ui import denied_text, guard
from .reminders_log import RemindersLog
from .reminders_settings import RemindersSettingsForm


class RemindersDialog(QDialog):
    """GUI thread only. Reads, saves and runs the planner in the background (or on the server loop)."""

    saved = Signal(object)  # the ReminderSettingsInfo stored
    planned = Signal(object)  # the PlanResult of "Enviar ahora"

    def __init__(self, host: ServerHost, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.host = host
        self.setWindowTitle(self.tr("Recordatorios a deudores"))
        self.resize(980, 680)
        self.form = RemindersSettingsForm()
        self.log = RemindersLog(host)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.form, self.tr("Configuración"))
        self.tabs.addTab(self.log, self.tr("Mensajes"))
        self.message_label = QLabel()
        self.message_label.setTextFormat(Qt.TextFormat.PlainText)
        self.message_label.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Close)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(self.tr("Guardar"))
        self.save_button.setEnabled(False)  # until the settings are read
        self.buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Cerrar"))
        self.send_button = QPushButton(self.tr("Enviar ahora"))
        self._send_tip = self.tr("Planificar los recordatorios de hoy y enviar los que corresponden")
        self.buttons.addButton(self.send_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.send_button.clicked.connect(self.send_now)
        guard(self.send_button, host.session, AGREEMENTS_MANAGE, tooltip=self._send_tip)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.message_label)
        layout.addWidget(self.buttons)
        run_in_background(lambda: read_reminder_settings(host.engine), self._read, self._failed)
        self.log.reload()

    def _read(self, info: ReminderSettingsInfo) -> None:
        if not isValid(self):
            return
        self.form.show_settings(info)
        guard(self.save_button, self.host.session, SETTINGS_BRANCH)

    def say(self, text: str, error: bool = False) -> None:
        """Show what the last action did (in red when it failed)."""
        self.message_label.setStyleSheet("color: #b00020;" if error else "color: #1b5e20;")
        self.message_label.setText(text)

    def _failed(self, error: Exception) -> None:
        if isValid(self):
            guard(self.save_button, self.host.session, SETTINGS_BRANCH)
            guard(self.send_button, self.host.session, AGREEMENTS_MANAGE, tooltip=self._send_tip)
            self.say(denied_text(error) or self.explain(error), error=True)

    def explain(self, error: Exception) -> str:
        """Words for a refused setting, naming the field."""
        if not isinstance(error, ReminderSettingsError):
            return self.tr("No se pudo completar: %s") % error
        fields = {"days_before": self.tr("Días antes"), "quiet_start": self.tr("Horas de silencio"),
                  "quiet_end": self.tr("Horas de silencio"), "provider": self.tr("Proveedor"),
                  "provider_url": self.tr("URL del proveedor"), "language": self.tr("Idioma"),
                  "templates": self.tr("Textos")}
        return self.tr("%s: %s") % (fields.get(error.field, error.field), error)

    def save(self) -> None:
        """Check and store the settings (background); the running server looks at the queue again."""
        try:
            info = validate_reminders(self.form.typed())
        except ReminderSettingsError as error:
            self.say(self.explain(error), error=True)
            return
        self.save_button.setEnabled(False)
        host, actor = self.host, self.host.actor
        run_in_background(lambda: update_reminder_settings(host.engine, info, actor=actor), self._saved, self._failed)

    def _saved(self, info: ReminderSettingsInfo) -> None:
        if not isValid(self):
            return
        self.form.show_settings(info)
        guard(self.save_button, self.host.session, SETTINGS_BRANCH)
        self.say(self.tr("Configuración de recordatorios guardada."))
        if self.host.port is not None:
            self.host.call(reminder_settings_changed(self.host.server.app))
        self.saved.emit(info)

    def send_now(self) -> None:
        """Run the planner now; the running server then sends what is due (quiet hours permitting)."""
        self.send_button.setEnabled(False)
        self.say(self.tr("Planificando los recordatorios de hoy…"))
        if self.host.port is not None:
            self.host.call(run_reminders_now(self.host.server.app), self._planned, self._failed)
        else:  # not serving: plan now, the server sends when it starts
            host = self.host
            run_in_background(lambda: plan_reminders(host.engine), self._planned, self._failed)

    def _planned(self, result: PlanResult) -> None:
        if not isValid(self):
            return
        guard(self.send_button, self.host.session, AGREEMENTS_MANAGE, tooltip=self._send_tip)
        skipped = sum(result.skipped.values())
        self.say(self.tr("%d mensajes en cola, %d no se enviarán (ver el motivo en Mensajes), %d ya planificados "
                         "antes.") % (result.queued, skipped, result.already))
        self.log.reload()
        self.planned.emit(result)

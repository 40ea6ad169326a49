"""Alert thresholds: silence during working hours, low battery, and which kinds also go by e-mail."""

from __future__ import annotations

from PySide6.QtCore import QTime, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from syncserver.alerts.kinds import KINDS
from syncserver.alerts.settings import AlertSettingsError, AlertSettingsInfo, read_alert_settings, update_alert_settings
from syncserver.permissions import SETTINGS_BRANCH

from ..alert_labels import kind_labels
from ..worker import run_in_background
from .permission_ui import denied_text, guard


class AlertSettingsDialog(QDialog):
    """GUI thread only. Reads and saves on pool threads; `saved` carries the AlertSettingsInfo stored."""

    saved = Signal(object)
    ready = Signal()

    def __init__(self, host, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.host = host
        self.setWindowTitle(self.tr("Umbrales de las alertas"))
        self.setModal(True)
        self.silent_spin, self.battery_spin = QSpinBox(), QSpinBox()
        self.silent_spin.setRange(5, 24 * 60)
        self.silent_spin.setSuffix(self.tr(" minutos"))
        self.battery_spin.setRange(1, 99)
        self.battery_spin.setSuffix(" %")
        self.start_edit, self.end_edit = QTimeEdit(), QTimeEdit()
        for edit in (self.start_edit, self.end_edit):
            edit.setDisplayFormat("HH:mm")
        day_names = [self.tr("lun"), self.tr("mar"), self.tr("mié"), self.tr("jue"), self.tr("vie"), self.tr("sáb"),
                     self.tr("dom")]
        self.day_checks = [QCheckBox(name) for name in day_names]
        days = QHBoxLayout()
        for check in self.day_checks:
            days.addWidget(check)
        labels = kind_labels()
        self.mail_checks = {kind: QCheckBox(labels[kind]) for kind in KINDS}
        mail = QGridLayout()
        for index, check in enumerate(self.mail_checks.values()):
            mail.addWidget(check, index // 2, index % 2)
        self.error_label = QLabel()
        self.error_label.setStyleSheet("color: #b3261e;")
        form = QFormLayout()
        form.addRow(self.tr("Dispositivo sin señal tras"), self.silent_spin)
        form.addRow(self.tr("Jornada desde"), self.start_edit)
        form.addRow(self.tr("hasta"), self.end_edit)
        form.addRow(self.tr("Días de trabajo"), days)
        form.addRow(self.tr("Batería baja por debajo de"), self.battery_spin)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(self.tr("Guardar"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancelar"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("También por correo (si las notificaciones por correo están activas):")))
        layout.addLayout(mail)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self.save_button.setEnabled(False)
        engine = host.engine
        run_in_background(lambda: read_alert_settings(engine), self._loaded, self._failed)

    def _loaded(self, info: AlertSettingsInfo) -> None:
        self.silent_spin.setValue(info.silent_minutes)
        self.battery_spin.setValue(info.battery_pct)
        self.start_edit.setTime(QTime.fromString(info.work_start, "HH:mm"))
        self.end_edit.setTime(QTime.fromString(info.work_end, "HH:mm"))
        for day, check in enumerate(self.day_checks, start=1):
            check.setChecked(day in info.work_days)
        for kind, check in self.mail_checks.items():
            check.setChecked(kind in info.mail_kinds)
        guard(self.save_button, self.host.session, SETTINGS_BRANCH)
        self.ready.emit()

    def info(self) -> AlertSettingsInfo:
        """The thresholds as the dialog shows them."""
        return AlertSettingsInfo(
            self.silent_spin.value(), self.battery_spin.value(), self.start_edit.time().toString("HH:mm"),
            self.end_edit.time().toString("HH:mm"),
            tuple(day for day, check in enumerate(self.day_checks, start=1) if check.isChecked()),
            tuple(kind for kind, check in self.mail_checks.items() if check.isChecked()))

    def save(self) -> None:
        """Store the thresholds (checked and audited by the server's rules)."""
        engine, actor, info = self.host.engine, self.host.actor, self.info()
        self.save_button.setEnabled(False)
        run_in_background(lambda: update_alert_settings(engine, info, actor=actor), self._saved, self._failed)

    def _saved(self, info: AlertSettingsInfo) -> None:
        self.saved.emit(info)
        self.accept()

    def _failed(self, error: Exception) -> None:
        problems = {"work_end": self.tr("La jornada debe terminar después de empezar."),
                    "work_days": self.tr("Elija al menos un día de trabajo.")}
        field = error.field if isinstance(error, AlertSettingsError) else None
        self.error_label.setText(denied_text(error) or problems.get(field) or str(error))
        guard(self.save_button, self.host.session, SETTINGS_BRANCH)

"""Agreement settings: the terms template with its placeholders, when an agreement breaks, the company's data."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from syncserver.agreements import (
    AgreementError,
    AgreementSettingsInfo,
    read_agreement_settings,
    save_agreement_settings,
)
from syncserver.agreements.template import DEFAULT_TEMPLATE, PLACEHOLDERS
from syncserver.permissions import SETTINGS_BRANCH

from ..agreement_labels import error_text
from ..worker import run_in_background
from .error_label import error_label
from .permission_ui import denied_text, guard


class AgreementSettingsDialog(QDialog):
    """GUI thread only. Reads and saves on pool threads; `saved` carries the AgreementSettingsInfo stored."""

    saved = Signal(object)
    ready = Signal()

    def __init__(self, host, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.host = host
        self.info: AgreementSettingsInfo | None = None
        self.setWindowTitle(self.tr("Convenios: plantilla y datos de la empresa"))
        self.setModal(True)
        self.resize(720, 620)
        self.company_name, self.company_id = QLineEdit(), QLineEdit()
        self.company_address, self.company_phone = QLineEdit(), QLineEdit()
        self.missed_spin, self.days_spin = QSpinBox(), QSpinBox()
        self.missed_spin.setRange(1, 24)
        self.missed_spin.setSuffix(self.tr(" cuotas incumplidas"))
        self.days_spin.setRange(1, 720)
        self.days_spin.setSuffix(self.tr(" días de atraso"))
        self.template_edit = QPlainTextEdit()
        help_text = QLabel(self.tr("Campos que se llenan con los datos del convenio: %s. "
                                   "Para escribir una llave, dóblela: {{ o }}.")
                           % ", ".join("{" + name + "}" for name in PLACEHOLDERS))
        help_text.setTextFormat(Qt.TextFormat.PlainText)
        help_text.setWordWrap(True)
        self.error_label = error_label()
        form = QFormLayout()
        form.addRow(self.tr("Empresa"), self.company_name)
        form.addRow(self.tr("NIT / RUC"), self.company_id)
        form.addRow(self.tr("Dirección"), self.company_address)
        form.addRow(self.tr("Teléfono"), self.company_phone)
        form.addRow(self.tr("Se rompe con"), self.missed_spin)
        form.addRow(self.tr("o con una cuota de"), self.days_spin)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
                                        | QDialogButtonBox.StandardButton.RestoreDefaults)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Guardar"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancelar"))
        restore = self.buttons.button(QDialogButtonBox.StandardButton.RestoreDefaults)
        restore.setText(self.tr("Texto de ejemplo"))
        restore.clicked.connect(lambda: self.template_edit.setPlainText(DEFAULT_TEMPLATE))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("Texto del convenio (los convenios ya hechos conservan el suyo)")))
        layout.addWidget(self.template_edit, 1)
        layout.addWidget(help_text)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self.setEnabled(False)
        engine = host.engine
        run_in_background(lambda: read_agreement_settings(engine), self._loaded, self._failed)

    def _loaded(self, info: AgreementSettingsInfo) -> None:
        self.info = info
        self.company_name.setText(info.company_name)
        self.company_id.setText(info.company_id)
        self.company_address.setText(info.company_address)
        self.company_phone.setText(info.company_phone)
        self.missed_spin.setValue(info.broken_after_missed)
        self.days_spin.setValue(info.broken_after_days)
        self.template_edit.setPlainText(info.terms_template)
        self.setEnabled(True)
        guard(self.buttons.button(QDialogButtonBox.StandardButton.Save), self.host.session, SETTINGS_BRANCH)
        self.ready.emit()

    def _failed(self, error: Exception) -> None:
        self.setEnabled(True)
        message = (error_text(error) if isinstance(error, AgreementError) else denied_text(error) or str(error)
                   or type(error).__name__)
        self.error_label.setText(message)

    def save(self) -> None:
        """Check and store the settings on a pool thread; the dialog closes once they are stored."""
        info = replace(self.info or AgreementSettingsInfo(), terms_template=self.template_edit.toPlainText(),
                       broken_after_missed=self.missed_spin.value(), broken_after_days=self.days_spin.value(),
                       company_name=self.company_name.text(), company_id=self.company_id.text(),
                       company_address=self.company_address.text(), company_phone=self.company_phone.text())
        engine, actor = self.host.engine, self.host.actor
        self.setEnabled(False)
        run_in_background(lambda: save_agreement_settings(engine, info, actor=actor), self._saved, self._failed)

    def _saved(self, info: AgreementSettingsInfo) -> None:
        self.saved.emit(info)
        self.accept()

"""The reminder settings form: channels, days before, quiet hours, provider, sender and templates with a preview."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta
from decimal import Decimal

from PySide6.QtCore import Qt, QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from syncserver.agreements.template import date_text, money_text
from syncserver.reminder_settings import (
    DEFAULT_TEMPLATES,
    MAX_DAYS_BEFORE,
    ReminderSettingsInfo,
    fill,
    template_problems,
)

EXAMPLE_AMOUNT = Decimal("120000.00")


class RemindersSettingsForm(QWidget):
    """GUI thread only. Shows settings (`show_settings`) and gives back what is typed (`typed`)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.stored = ReminderSettingsInfo()
        self.templates = dict(DEFAULT_TEMPLATES)
        self.email_check = QCheckBox(self.tr("Correo (con el servidor SMTP de «Correo…»)"))
        self.sms_check = QCheckBox(self.tr("SMS"))
        self.whatsapp_check = QCheckBox(self.tr("WhatsApp"))
        self.days_spin = QSpinBox()
        self.days_spin.setRange(0, MAX_DAYS_BEFORE)
        self.days_spin.setSuffix(self.tr(" días antes"))
        self.quiet_start_edit, self.quiet_end_edit = QTimeEdit(), QTimeEdit()
        for edit in (self.quiet_start_edit, self.quiet_end_edit):
            edit.setDisplayFormat("HH:mm")
        quiet = QHBoxLayout()
        quiet.addWidget(QLabel(self.tr("de")))
        quiet.addWidget(self.quiet_start_edit)
        quiet.addWidget(QLabel(self.tr("a")))
        quiet.addWidget(self.quiet_end_edit)
        quiet.addStretch(1)
        self.provider_combo = QComboBox()
        self.provider_combo.addItem(self.tr("Archivo en la carpeta de datos (pruebas, sin envío real)"), "file")
        self.provider_combo.addItem(self.tr("Proveedor HTTP (JSON con token)"), "http")
        self.provider_combo.currentIndexChanged.connect(self._provider_chosen)
        self.url_edit = QLineEdit()
        self.url_edit.setPlaceholderText(self.tr("https://proveedor.ejemplo.com/mensajes"))
        self.token_edit = QLineEdit()
        self.token_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.inbound_edit = QLineEdit()
        self.inbound_edit.setPlaceholderText(self.tr("Vacío: no se aceptan respuestas STOP"))
        self.sender_edit = QLineEdit()
        self.sender_edit.setPlaceholderText(self.tr("Vacío: la empresa de los convenios"))
        self.sender_edit.textChanged.connect(self._preview)
        self.language_combo = QComboBox()
        self.language_combo.addItem(self.tr("Español"), "es")
        self.language_combo.addItem(self.tr("Inglés"), "en")

        self.template_combo = QComboBox()
        for key, label in (("before_due", self.tr("Antes del vencimiento (español)")),
                           ("after_miss", self.tr("Pago no recibido (español)")),
                           ("before_due_en", self.tr("Antes del vencimiento (inglés)")),
                           ("after_miss_en", self.tr("Pago no recibido (inglés)"))):
            self.template_combo.addItem(label, key)
        self.template_combo.currentIndexChanged.connect(self._template_chosen)
        self.template_edit = QPlainTextEdit()
        self.template_edit.setFixedHeight(80)
        self.template_edit.textChanged.connect(self._template_typed)
        self.preview_label = QLabel()
        self.preview_label.setTextFormat(Qt.TextFormat.PlainText)
        self.preview_label.setWordWrap(True)
        self.preview_label.setStyleSheet("background: #f6f8fa; padding: 6px;")

        channels = QGroupBox(self.tr("Canales"))
        row = QHBoxLayout(channels)
        for check in (self.email_check, self.sms_check, self.whatsapp_check):
            row.addWidget(check)
        form = QFormLayout()
        form.addRow(self.tr("Recordar"), self.days_spin)
        form.addRow(self.tr("Horas de silencio"), quiet)
        form.addRow(self.tr("Proveedor de SMS y WhatsApp"), self.provider_combo)
        form.addRow(self.tr("URL del proveedor"), self.url_edit)
        form.addRow(self.tr("Token del proveedor"), self.token_edit)
        form.addRow(self.tr("Token de respuestas (STOP)"), self.inbound_edit)
        form.addRow(self.tr("Remitente"), self.sender_edit)
        form.addRow(self.tr("Idioma de los mensajes"), self.language_combo)
        texts = QGroupBox(self.tr("Textos: {nombre}, {monto}, {fecha} y {empresa} se reemplazan"))
        text_layout = QVBoxLayout(texts)
        text_layout.addWidget(self.template_combo)
        text_layout.addWidget(self.template_edit)
        text_layout.addWidget(QLabel(self.tr("Vista previa")))
        text_layout.addWidget(self.preview_label)
        note = QLabel(self.tr("Solo se envía a deudores que lo autorizaron, con correo o teléfono, y que no pidieron "
                              "dejar de recibirlos. En las horas de silencio los mensajes esperan."))
        note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(channels)
        layout.addLayout(form)
        layout.addWidget(texts)
        layout.addWidget(note)
        self._template_chosen(0)
        self._provider_chosen(0)

    def show_settings(self, info: ReminderSettingsInfo) -> None:
        """Fill the form with stored settings."""
        self.stored = info
        self.email_check.setChecked(info.email_on)
        self.sms_check.setChecked(info.sms_on)
        self.whatsapp_check.setChecked(info.whatsapp_on)
        self.days_spin.setValue(info.days_before)
        self.quiet_start_edit.setTime(QTime(info.quiet_start // 60, info.quiet_start % 60))
        self.quiet_end_edit.setTime(QTime(info.quiet_end // 60, info.quiet_end % 60))
        self.provider_combo.setCurrentIndex(max(0, self.provider_combo.findData(info.provider)))
        self.url_edit.setText(info.provider_url)
        self.token_edit.setText(info.provider_token)
        self.inbound_edit.setText(info.inbound_token)
        self.sender_edit.setText(info.sender_name)
        self.language_combo.setCurrentIndex(max(0, self.language_combo.findData(info.language)))
        self.templates = {**DEFAULT_TEMPLATES, **info.templates}
        self._template_chosen(self.template_combo.currentIndex())

    def typed(self) -> ReminderSettingsInfo:
        """The settings as typed (not checked yet)."""
        def minutes(edit: QTimeEdit) -> int:
            return edit.time().hour() * 60 + edit.time().minute()

        return replace(self.stored, email_on=self.email_check.isChecked(), sms_on=self.sms_check.isChecked(),
                       whatsapp_on=self.whatsapp_check.isChecked(), days_before=self.days_spin.value(),
                       quiet_start=minutes(self.quiet_start_edit), quiet_end=minutes(self.quiet_end_edit),
                       provider=self.provider_combo.currentData(), provider_url=self.url_edit.text().strip(),
                       provider_token=self.token_edit.text().strip(), inbound_token=self.inbound_edit.text().strip(),
                       sender_name=self.sender_edit.text().strip(), language=self.language_combo.currentData(),
                       templates=dict(self.templates))

    def _provider_chosen(self, _index: int) -> None:
        http = self.provider_combo.currentData() == "http"
        self.url_edit.setEnabled(http)
        self.token_edit.setEnabled(http)

    def _template_chosen(self, _index: int) -> None:
        key = self.template_combo.currentData()
        self.template_edit.blockSignals(True)
        self.template_edit.setPlainText(self.templates.get(key, ""))
        self.template_edit.blockSignals(False)
        self._preview()

    def _template_typed(self) -> None:
        self.templates[self.template_combo.currentData()] = self.template_edit.toPlainText()
        self._preview()

    def preview_text(self) -> str:
        """The chosen template filled with an example debtor."""
        key = self.template_combo.currentData()
        text = self.templates.get(key) or DEFAULT_TEMPLATES[key]
        if problems := template_problems(text):
            return self.tr("Marcadores desconocidos: %s") % ", ".join("{" + p + "}" for p in problems)
        ahead = self.days_spin.value() if key.startswith("before") else -1
        due = date.today() + timedelta(days=ahead)
        return fill(text, {"nombre": "Ana Pérez", "monto": money_text(EXAMPLE_AMOUNT, "COP"),
                           "fecha": date_text(due),
                           "empresa": self.sender_edit.text().strip() or self.tr("Su empresa")})

    def _preview(self) -> None:
        self.preview_label.setText(self.preview_text())

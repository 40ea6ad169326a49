"""Correo: the branch's e-mail notifications (SMTP server, recipients, rules) and the test e-mail button."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from syncserver.mail_sender import mail_settings_changed
from syncserver.mail_settings import (
    VISIT_FLAGS,
    MailSettingsError,
    MailSettingsInfo,
    read_mail_settings,
    split_addresses,
    update_mail_settings,
    validate_mail,
)
from syncserver.mail_trial import send_trial
from syncserver.permissions import SETTINGS_MAIL

from ..server_host import ServerHost
from ..visit_labels import flag_short, outcome_labels
from ..worker import run_in_background
from .mail_errors import explain_mail_error, explain_setting
from .permission_ui import denied_text, guard

DEFAULT_PORTS = {"none": 25, "starttls": 587, "tls": 465}


class MailDialog(QDialog):
    """GUI thread only. Reads, saves and sends the test e-mail in the background; never blocks."""

    saved = Signal(object)  # the MailSettingsInfo stored
    trial_finished = Signal(bool, str)  # sent?, the words shown

    def __init__(self, host: ServerHost, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.host = host
        self.stored: MailSettingsInfo | None = None
        self.setWindowTitle(self.tr("Correo"))

        self.enabled_check = QCheckBox(self.tr("Enviar un correo a los supervisores cuando termina una visita"))
        self.host_edit = QLineEdit()
        self.host_edit.setPlaceholderText(self.tr("smtp.ejemplo.com"))
        self.port_spin = QSpinBox()
        self.port_spin.setRange(1, 65535)
        self.security_combo = QComboBox()
        self.security_combo.addItem(self.tr("STARTTLS (puerto 587)"), "starttls")
        self.security_combo.addItem(self.tr("TLS desde el inicio (puerto 465)"), "tls")
        self.security_combo.addItem(self.tr("Sin cifrado (solo en la red local)"), "none")
        self.security_combo.activated.connect(self._security_chosen)
        self.user_edit = QLineEdit()
        self.password_edit = QLineEdit()
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.from_edit = QLineEdit()
        self.from_edit.setPlaceholderText(self.tr("campo@sucursal.com"))
        self.recipients_edit = QPlainTextEdit()
        self.recipients_edit.setPlaceholderText(self.tr("Una dirección por línea"))
        self.recipients_edit.setFixedHeight(70)
        self.language_combo = QComboBox()
        self.language_combo.addItem(self.tr("Español"), "es")
        self.language_combo.addItem(self.tr("Inglés"), "en")
        server_box = QGroupBox(self.tr("Servidor de correo (SMTP)"))
        form = QFormLayout(server_box)
        form.addRow(self.enabled_check)
        form.addRow(self.tr("Servidor"), self.host_edit)
        form.addRow(self.tr("Puerto"), self.port_spin)
        form.addRow(self.tr("Seguridad"), self.security_combo)
        form.addRow(self.tr("Usuario"), self.user_edit)
        form.addRow(self.tr("Contraseña"), self.password_edit)
        form.addRow(self.tr("Remitente"), self.from_edit)
        form.addRow(self.tr("Destinatarios"), self.recipients_edit)
        form.addRow(self.tr("Idioma de los correos"), self.language_combo)
        note = QLabel(self.tr("La contraseña se guarda sin cifrar en la base de datos de la sucursal."))
        note.setWordWrap(True)
        form.addRow(note)

        self.outcome_checks = {code: QCheckBox(label) for code, label in outcome_labels().items()}
        self.flag_checks = {code: QCheckBox(flag_short(code)) for code in VISIT_FLAGS}
        rules_box = QGroupBox(self.tr("Qué visitas se envían: las de estos resultados, y las que tengan alguna de estas alertas"))
        rules = QGridLayout(rules_box)
        rules.addWidget(QLabel(self.tr("Resultados")), 0, 0)
        rules.addWidget(QLabel(self.tr("Alertas")), 0, 1)
        for row, check in enumerate(self.outcome_checks.values(), start=1):
            rules.addWidget(check, row, 0)
        for row, check in enumerate(self.flag_checks.values(), start=1):
            rules.addWidget(check, row, 1)

        self.trial_to_edit = QLineEdit()
        self.trial_to_edit.setPlaceholderText(self.tr("supervisor@sucursal.com"))
        self.trial_button = QPushButton(self.tr("Enviar correo de prueba"))
        self.trial_button.clicked.connect(self.send_trial)
        guard(self.trial_button, host.session, SETTINGS_MAIL)
        self.trial_label = QLabel()
        self.trial_label.setTextFormat(Qt.TextFormat.PlainText)  # the SMTP server's words, quoted
        self.trial_label.setWordWrap(True)
        trial_row = QHBoxLayout()
        trial_row.addWidget(QLabel(self.tr("Enviar a")))
        trial_row.addWidget(self.trial_to_edit, 1)
        trial_row.addWidget(self.trial_button)

        self.error_label = QLabel()
        self.error_label.setTextFormat(Qt.TextFormat.PlainText)
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #b00020;")
        self.error_label.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Guardar"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancelar"))
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(False)  # until the settings are read
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(server_box)
        layout.addWidget(rules_box)
        layout.addLayout(trial_row)
        layout.addWidget(self.trial_label)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)

        engine_of = lambda: host.engine
        run_in_background(lambda: read_mail_settings(engine_of()), self._read, self._read_failed)

    def _security_chosen(self, _index: int) -> None:
        # A port that was a default follows the security chosen; one the user typed stays.
        if self.port_spin.value() in DEFAULT_PORTS.values():
            self.port_spin.setValue(DEFAULT_PORTS[self.security_combo.currentData()])

    def _read(self, info: MailSettingsInfo) -> None:
        if not isValid(self):  # closed and deleted before the answer came
            return
        self.stored = info
        self.enabled_check.setChecked(info.enabled)
        self.host_edit.setText(info.host)
        self.port_spin.setValue(info.port)
        self.security_combo.setCurrentIndex(max(0, self.security_combo.findData(info.security)))
        self.user_edit.setText(info.username)
        self.password_edit.setText(info.password if self.host.session.can(SETTINGS_MAIL) else "")
        self.from_edit.setText(info.from_address)
        self.recipients_edit.setPlainText("\n".join(info.recipients))
        self.language_combo.setCurrentIndex(max(0, self.language_combo.findData(info.language)))
        for code, check in self.outcome_checks.items():
            check.setChecked(code in info.outcomes)
        for code, check in self.flag_checks.items():
            check.setChecked(code in info.flags)
        if info.recipients and not self.trial_to_edit.text():
            self.trial_to_edit.setText(info.recipients[0])
        guard(self.buttons.button(QDialogButtonBox.StandardButton.Save), self.host.session, SETTINGS_MAIL)

    def _read_failed(self, error: Exception) -> None:
        if isValid(self):
            self.show_error(self.tr("No se pudo leer la configuración de correo: %s") % error)

    def typed(self) -> MailSettingsInfo:
        """The settings as typed (not checked yet)."""
        return MailSettingsInfo(
            enabled=self.enabled_check.isChecked(), host=self.host_edit.text().strip(), port=self.port_spin.value(),
            security=self.security_combo.currentData(), username=self.user_edit.text().strip(),
            password=self.password_edit.text(), from_address=self.from_edit.text().strip(),
            recipients=split_addresses(self.recipients_edit.toPlainText()), language=self.language_combo.currentData(),
            outcomes=tuple(code for code, check in self.outcome_checks.items() if check.isChecked()),
            flags=tuple(code for code, check in self.flag_checks.items() if check.isChecked()),
        )

    # --- saving ---

    def save(self) -> None:
        """Check the settings; store them (background), then have the running server apply them at once."""
        try:
            info = validate_mail(self.typed())
        except MailSettingsError as error:
            self.show_error(explain_setting(error))
            return
        self.error_label.hide()
        self.buttons.setEnabled(False)
        engine_of, actor = (lambda: self.host.engine), self.host.actor
        run_in_background(lambda: update_mail_settings(engine_of(), info, actor=actor), self._saved, self._save_failed)

    def _saved(self, info: MailSettingsInfo) -> None:
        if not isValid(self):
            return
        self.stored = info
        if self.host.port is None:  # not serving: the server reads the settings when it starts
            self._applied(info)
            return
        self.host.call(mail_settings_changed(self.host.server.app), lambda _: self._applied(info), self._save_failed)

    def _applied(self, info: MailSettingsInfo) -> None:
        if not isValid(self):
            return
        self.buttons.setEnabled(True)
        self.saved.emit(info)
        self.accept()

    def _save_failed(self, error: Exception) -> None:
        if not isValid(self):
            return
        self.buttons.setEnabled(True)
        self.show_error(explain_setting(error) if isinstance(error, MailSettingsError) else denied_text(error)
                        or self.tr("No se pudo guardar la configuración de correo: %s") % error)

    # --- the test e-mail ---

    def send_trial(self) -> None:
        """Send a test e-mail with the settings as typed (not yet saved), in the background."""
        to = self.trial_to_edit.text().strip()
        settings = replace(self.typed(), enabled=False)  # a test needs no recipients list
        self.trial_button.setEnabled(False)
        self.trial_label.setStyleSheet("")
        self.trial_label.setText(self.tr("Enviando el correo de prueba a %s…") % to)
        engine_of, actor = (lambda: self.host.engine), self.host.actor
        run_in_background(lambda: send_trial(engine_of(), to, settings, actor=actor), lambda _id: self._trial_done(to),
                          self._trial_failed)

    def _trial_done(self, to: str) -> None:
        if not isValid(self):
            return
        self._show_trial(True, self.tr("Correo de prueba enviado a %s. Revise su bandeja de entrada.") % to)

    def _trial_failed(self, error: Exception) -> None:
        if not isValid(self):
            return
        if isinstance(error, MailSettingsError):
            words = explain_setting(error)
        elif (refused := denied_text(error)) is not None:
            words = refused
        else:
            words = explain_mail_error(error)
        self._show_trial(False, words)

    def _show_trial(self, sent: bool, words: str) -> None:
        guard(self.trial_button, self.host.session, SETTINGS_MAIL)
        self.trial_label.setStyleSheet("color: #1b5e20;" if sent else "color: #b00020;")
        self.trial_label.setText(words)
        self.trial_finished.emit(sent, words)

    def show_error(self, message: str) -> None:
        self.error_label.setText(message)
        self.error_label.show()

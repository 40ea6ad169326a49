"""The dialog that adds a desktop user (with a password) or changes one's name and role."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from syncserver.passwords import MIN_LENGTH, UserError
from syncserver.permissions import ADMINISTRATOR
from syncserver.users import LOGIN_PATTERN, UserInfo, create_user, normalize_login, update_user

from ..security_labels import new_password_problem, role_labels, user_error_text
from ..server_host import ServerHost
from ..worker import run_in_background
from .permission_ui import denied_text


class UserDialog(QDialog):
    """GUI thread only; saving runs on a pool thread (hashing takes a moment). `saved(UserInfo)` after a save.

    `first`: the branch has no users yet, so this one must be an administrator.
    """

    saved = Signal(object)

    def __init__(self, host: ServerHost, user: UserInfo | None = None, *, first: bool = False,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.host = host
        self.user = user
        self.setMinimumWidth(420)
        self.setWindowTitle(self.tr("Editar usuario") if user else self.tr("Nuevo usuario"))
        self.login_edit = QLineEdit(user.login if user else "")
        self.login_edit.setPlaceholderText(self.tr("p. ej. ana.perez"))
        self.login_edit.setMaxLength(64)
        self.login_edit.setEnabled(user is None)  # the audit log knows people by their login
        self.name_edit = QLineEdit(user.display_name if user else "")
        self.name_edit.setMaxLength(200)
        self.role_combo = QComboBox()
        for code, label in role_labels().items():
            if not first or code == ADMINISTRATOR:
                self.role_combo.addItem(label, code)
        if user is not None:
            self.role_combo.setCurrentIndex(max(0, self.role_combo.findData(user.role)))
        self.password_edit = QLineEdit()
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_edit.setPlaceholderText(self.tr("al menos %d caracteres") % MIN_LENGTH)
        self.repeat_edit = QLineEdit()
        self.repeat_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.error_label = QLabel()
        self.error_label.setTextFormat(Qt.TextFormat.PlainText)
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #b00020;")
        self.error_label.hide()
        form = QFormLayout()
        form.addRow(self.tr("Usuario"), self.login_edit)
        form.addRow(self.tr("Nombre"), self.name_edit)
        form.addRow(self.tr("Rol"), self.role_combo)
        if user is None:
            form.addRow(self.tr("Contraseña"), self.password_edit)
            form.addRow(self.tr("Repetir la contraseña"), self.repeat_edit)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Guardar"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancelar"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        if first:
            note = QLabel(self.tr("Es el primer usuario: será administrador. Desde ahora Campo pedirá usuario y "
                                  "contraseña al abrirse."))
            note.setWordWrap(True)
            layout.addWidget(note)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)

    def problem(self) -> str | None:
        """What is wrong with the typed values, in words, or None (the rules are syncserver's)."""
        login = normalize_login(self.login_edit.text())
        if self.user is None and not LOGIN_PATTERN.match(login):
            return user_error_text("login_invalid")
        if not " ".join(self.name_edit.text().split()):
            return user_error_text("name_empty")
        if self.user is None:
            return new_password_problem(self.password_edit.text(), self.repeat_edit.text(), login)
        return None

    def save(self) -> None:
        """Check, then add or change the user in the background."""
        problem = self.problem()
        if problem is not None:
            self.show_error(problem)
            return
        engine_of, actor = (lambda: self.host.engine), self.host.actor
        name, role = self.name_edit.text(), self.role_combo.currentData()
        if self.user is None:
            login, password = self.login_edit.text(), self.password_edit.text()
            work = lambda: create_user(engine_of(), login, name, role, password, actor=actor)
        else:
            login = self.user.login
            work = lambda: update_user(engine_of(), login, display_name=name, role=role, actor=actor)
        self.buttons.setEnabled(False)
        run_in_background(work, self._saved, self._failed)

    def show_error(self, message: str) -> None:
        self.error_label.setText(message)
        self.error_label.show()

    def _saved(self, user: UserInfo) -> None:
        self.buttons.setEnabled(True)
        self.user = user
        self.saved.emit(user)
        self.accept()

    def _failed(self, error: Exception) -> None:
        self.buttons.setEnabled(True)
        text = denied_text(error) or (user_error_text(error.code) if isinstance(error, UserError) else None)
        self.show_error(text or self.tr("No se pudo guardar el usuario: %s") % error)

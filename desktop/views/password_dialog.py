"""A new password, typed twice: an administrator's reset of someone's, or one's own change (with the current one)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from syncserver.passwords import MIN_LENGTH, UserError
from syncserver.users import UserInfo, change_own_password, set_password

from ..security_labels import new_password_problem, user_error_text
from ..server_host import ServerHost
from ..worker import run_in_background
from .permission_ui import denied_text


def _password_edit() -> QLineEdit:
    edit = QLineEdit()
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    edit.setMaxLength(1024)
    return edit


class PasswordDialog(QDialog):
    """GUI thread only; hashing runs on a pool thread. `saved(UserInfo)` once the new password is stored.

    `own`: the signed-in user changes their own password, so the current one is asked for too.
    """

    saved = Signal(object)

    def __init__(self, host: ServerHost, login: str, *, own: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.host, self.login, self.own = host, login, own
        self.setMinimumWidth(420)
        self.setWindowTitle(self.tr("Cambiar mi contraseña") if own else self.tr("Restablecer la contraseña"))
        intro = QLabel(self.tr("Nueva contraseña para %s (al menos %d caracteres, distinta del usuario).")
                       % (login, MIN_LENGTH))
        intro.setTextFormat(Qt.TextFormat.PlainText)
        intro.setWordWrap(True)
        self.current_edit = _password_edit()
        self.password_edit = _password_edit()
        self.repeat_edit = _password_edit()
        self.error_label = QLabel()
        self.error_label.setTextFormat(Qt.TextFormat.PlainText)
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #b00020;")
        self.error_label.hide()
        form = QFormLayout()
        if own:
            form.addRow(self.tr("Contraseña actual"), self.current_edit)
        form.addRow(self.tr("Contraseña nueva"), self.password_edit)
        form.addRow(self.tr("Repetir la contraseña"), self.repeat_edit)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Guardar"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancelar"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)

    def problem(self) -> str | None:
        """What is wrong with the typed passwords, in words, or None."""
        return new_password_problem(self.password_edit.text(), self.repeat_edit.text(), self.login)

    def save(self) -> None:
        """Check, then store the new password in the background."""
        problem = self.problem()
        if problem is not None:
            self.show_error(problem)
            return
        engine_of, actor, login = (lambda: self.host.engine), self.host.actor, self.login
        new, current = self.password_edit.text(), self.current_edit.text()
        if self.own:
            work = lambda: change_own_password(engine_of(), login, current, new)
        else:
            work = lambda: set_password(engine_of(), login, new, actor=actor)
        self.buttons.setEnabled(False)
        run_in_background(work, self._saved, self._failed)

    def show_error(self, message: str) -> None:
        self.error_label.setText(message)
        self.error_label.show()

    def _saved(self, user: UserInfo) -> None:
        self.buttons.setEnabled(True)
        self.saved.emit(user)
        self.accept()

    def _failed(self, error: Exception) -> None:
        self.buttons.setEnabled(True)
        text = denied_text(error) or (user_error_text(error.code) if isinstance(error, UserError) else None)
        self.show_error(text or self.tr("No se pudo cambiar la contraseña: %s") % error)

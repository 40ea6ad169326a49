"""The login dialog shown before the main window when the branch has users."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from syncserver.logins import INACTIVE, LOCKED, LoginRefused, authenticate
from syncserver.users import UserInfo

from ..branch_day import local
from ..server_host import ServerHost
from ..worker import run_in_background

FEW_ATTEMPTS_LEFT = 2


class LoginDialog(QDialog):
    """GUI thread only; the password is checked on a pool thread. `signed_in(UserInfo)` when it is right.

    After a refusal the button stays disabled for `retry_delay_ms`: guessing is slow even before the lockout.
    """

    signed_in = Signal(object)
    retry_delay_ms = 2000

    def __init__(self, host: ServerHost, branch_name: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.host = host
        self.checking = False
        self.setWindowTitle(self.tr("Campo — iniciar sesión"))
        self.setMinimumWidth(420)
        heading = QLabel(branch_name or "Campo")
        heading.setTextFormat(Qt.TextFormat.PlainText)  # a branch name as typed
        font = heading.font()
        font.setPointSize(font.pointSize() + 4)
        font.setBold(True)
        heading.setFont(font)
        intro = QLabel(self.tr("Varias personas usan Campo en esta sucursal: escriba su usuario y su contraseña."))
        intro.setWordWrap(True)
        self.login_edit = QLineEdit()
        self.login_edit.setMaxLength(64)
        self.password_edit = QLineEdit()
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_edit.setMaxLength(1024)
        self.message_label = QLabel()
        self.message_label.setTextFormat(Qt.TextFormat.PlainText)
        self.message_label.setWordWrap(True)
        self.message_label.setStyleSheet("color: #b00020;")
        self.buttons = QDialogButtonBox()
        self.enter_button = self.buttons.addButton(self.tr("Entrar"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.quit_button = self.buttons.addButton(self.tr("Salir"), QDialogButtonBox.ButtonRole.RejectRole)
        self.enter_button.setDefault(True)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("Usuario"), self.login_edit)
        form.addRow(self.tr("Contraseña"), self.password_edit)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.message_label)
        layout.addWidget(self.buttons)
        self.login_edit.setFocus()

    def submit(self) -> None:
        """Check the login and password in the background."""
        if self.checking or not self.enter_button.isEnabled():
            return
        login, password = self.login_edit.text().strip(), self.password_edit.text()
        if not login or not password:
            self.message_label.setText(self.tr("Escriba su usuario y su contraseña."))
            return
        self.checking = True
        self.enter_button.setEnabled(False)
        self.message_label.setStyleSheet("color: palette(text);")
        self.message_label.setText(self.tr("Comprobando…"))
        host = self.host
        run_in_background(lambda: authenticate(host.engine, login, password), self._accepted, self._refused)

    def _accepted(self, user: UserInfo) -> None:
        self.checking = False
        self.password_edit.clear()
        self.signed_in.emit(user)  # the main window opens first, so closing this never leaves no window
        self.accept()

    def _refused(self, error: Exception) -> None:
        self.checking = False
        self.password_edit.clear()
        self.password_edit.setFocus()
        self.message_label.setStyleSheet("color: #b00020;")
        self.message_label.setText(self.explain(error))
        QTimer.singleShot(self.retry_delay_ms, lambda: self.enter_button.setEnabled(True))

    def explain(self, error: Exception) -> str:
        """Why the login failed, in words the person can act on."""
        if not isinstance(error, LoginRefused):
            return self.tr("No se pudo comprobar la contraseña: %s") % error
        if error.reason == LOCKED and error.locked_until is not None:
            until = local(error.locked_until).strftime("%H:%M")
            return self.tr("Demasiados intentos fallidos: este usuario queda bloqueado hasta las %s. "
                           "Un administrador puede desbloquearlo dándole una contraseña nueva.") % until
        if error.reason == INACTIVE:
            return self.tr("Este usuario está desactivado. Pida a un administrador que lo active.")
        text = self.tr("Usuario o contraseña incorrectos.")
        if error.attempts_left is not None and error.attempts_left <= FEW_ATTEMPTS_LEFT:
            text += " " + self.tr("Tras %d intento(s) fallido(s) más, el usuario quedará bloqueado un rato.") \
                % error.attempts_left
        return text

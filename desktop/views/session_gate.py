"""How the desktop opens: at once in single-user mode (no users), else after the login dialog."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QMessageBox

from syncserver.settings import read_settings
from syncserver.users import has_users

from ..server_host import ServerHost
from ..session import Session
from ..worker import run_in_background
from .login_dialog import LoginDialog


class SessionGate(QObject):
    """GUI thread only; the database is read on a pool thread. `ready(Session)` once someone may use the app,
    `cancelled` when they quit the login (or the database cannot be read)."""

    ready = Signal(object)
    cancelled = Signal()

    def __init__(self, host: ServerHost, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.host = host
        self.dialog: LoginDialog | None = None

    def start(self) -> None:
        """Find out whether the branch has users (which opens and, if need be, upgrades the database)."""
        host = self.host

        def look() -> tuple[bool, str]:  # pool thread
            return has_users(host.engine), read_settings(host.engine).name

        run_in_background(look, self._looked, self._failed)

    def _looked(self, answer: tuple[bool, str]) -> None:
        users, branch_name = answer
        if not users:
            self.ready.emit(Session.single_user())
            return
        self.dialog = LoginDialog(self.host, branch_name)
        self.dialog.signed_in.connect(lambda user: self.ready.emit(Session.for_user(user)))
        self.dialog.rejected.connect(self.cancelled.emit)
        self.dialog.show()

    def _failed(self, error: Exception) -> None:
        reason = str(error).splitlines()[0] if str(error) else type(error).__name__
        box = QMessageBox(QMessageBox.Icon.Critical, self.tr("Campo"), self.tr("No se pudo abrir la base de datos: %s") % reason)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.finished.connect(lambda _result: self.cancelled.emit())
        self.error_box = box
        box.open()

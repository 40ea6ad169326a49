"""The Archivo menu's Usuarios…, Auditoría… and Cambiar mi contraseña…, and who is signed in, in the status bar."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel, QMainWindow, QMenu

from syncserver.permissions import USERS_MANAGE

from ..security_labels import role_name
from ..server_host import ServerHost
from ..session import Session
from .audit_dialog import AuditDialog
from .password_dialog import PasswordDialog
from .permission_ui import guard
from .users_dialog import UsersDialog


def session_text(session: Session) -> str:
    """Who is using Campo, for the status bar."""
    if session.single:
        return QCoreApplication.translate("SecurityMenu", "Sin inicio de sesión (un solo usuario)")
    return QCoreApplication.translate("SecurityMenu", "Sesión: %s (%s)") % (session.display_name, role_name(session.role))


class SecurityMenu:
    """GUI thread only. Holds the actions it added to `menu` and the dialogs they opened (one of each at a time)."""

    def __init__(self, window: QMainWindow, host: ServerHost, menu: QMenu) -> None:
        self.window, self.host = window, host
        self.users_dialog: UsersDialog | None = None
        self.audit_dialog: AuditDialog | None = None
        self.password_dialog: PasswordDialog | None = None
        translate = QCoreApplication.translate
        self.users_action = QAction(translate("SecurityMenu", "Usuarios…"), window)
        self.audit_action = QAction(translate("SecurityMenu", "Auditoría…"), window)
        self.password_action = QAction(translate("SecurityMenu", "Cambiar mi contraseña…"), window)
        self.users_action.triggered.connect(self.open_users)
        self.audit_action.triggered.connect(self.open_audit)
        self.password_action.triggered.connect(self.change_password)
        menu.addSeparator()
        for action in (self.users_action, self.audit_action, self.password_action):
            menu.addAction(action)
        self.session_label = QLabel()
        window.statusBar().addPermanentWidget(self.session_label)
        host.session_changed.connect(lambda _session: self.refresh())
        self.refresh()

    def refresh(self) -> None:
        """Follow the session: what its role allows, and who it is."""
        session = self.host.session
        guard(self.users_action, session, USERS_MANAGE)
        self.password_action.setEnabled(not session.single)
        self.session_label.setText(session_text(session))

    def open_users(self) -> UsersDialog | None:
        """Open Usuarios (administrators only)."""
        if not self.host.session.can(USERS_MANAGE):
            return None
        return self._open("users_dialog", lambda: UsersDialog(self.host, self.window))

    def open_audit(self) -> AuditDialog:
        """Open Auditoría."""
        return self._open("audit_dialog", lambda: AuditDialog(self.host, self.window))

    def change_password(self) -> PasswordDialog | None:
        """Let the signed-in user change their own password."""
        login = self.host.session.login
        if login is None:
            return None
        return self._open("password_dialog", lambda: PasswordDialog(self.host, login, own=True, parent=self.window))

    def _open(self, name: str, make):
        dialog = getattr(self, name)
        if dialog is None:
            dialog = make()
            setattr(self, name, dialog)
            dialog.finished.connect(lambda _result: (dialog.deleteLater(), setattr(self, name, None)))
        dialog.open()
        return dialog

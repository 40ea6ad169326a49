"""Usuarios (Archivo menu, administrators): who may sign in to Campo, with which role; add, edit, reset, deactivate."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from syncserver.passwords import UserError
from syncserver.permissions import USERS_MANAGE
from syncserver.users import UserInfo, list_users, update_user

from ..models.users_model import NAME, UsersModel
from ..security_labels import user_error_text
from ..server_host import ServerHost
from ..session import Session
from ..worker import run_in_background
from .password_dialog import PasswordDialog
from .permission_ui import denied_text, guard
from .user_dialog import UserDialog


class UsersDialog(QDialog):
    """GUI thread only; reads and writes run on pool threads. `changed(UserInfo)` after every saved change.

    In single-user mode the first user made here (an administrator) becomes the session, so what
    follows is done, and audited, under their login.
    """

    changed = Signal(object)

    def __init__(self, host: ServerHost, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.host = host
        self.loaded = False
        self.child: QDialog | None = None
        self.setWindowTitle(self.tr("Usuarios"))
        self.resize(720, 420)
        self.model = UsersModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(lambda _index: self.edit_user())
        self.intro_label = QLabel()
        self.intro_label.setWordWrap(True)
        self.notice_label = QLabel()
        self.notice_label.setTextFormat(Qt.TextFormat.PlainText)
        self.notice_label.setWordWrap(True)
        self.add_button = QPushButton(self.tr("Nuevo usuario…"))
        self.edit_button = QPushButton(self.tr("Editar…"))
        self.password_button = QPushButton(self.tr("Restablecer la contraseña…"))
        self.active_button = QPushButton(self.tr("Desactivar"))
        self.close_button = QPushButton(self.tr("Cerrar"))
        self.add_button.clicked.connect(self.add_user)
        self.edit_button.clicked.connect(self.edit_user)
        self.password_button.clicked.connect(self.reset_password)
        self.active_button.clicked.connect(self.toggle_active)
        self.close_button.clicked.connect(self.accept)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._update_buttons())
        buttons = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.password_button, self.active_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro_label)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.notice_label)
        layout.addLayout(buttons)
        self._update_buttons()
        self.load()

    def load(self) -> None:
        """Read the users in the background."""
        host = self.host
        run_in_background(lambda: list_users(host.engine), self._loaded, self._failed)

    def _loaded(self, users: list[UserInfo]) -> None:
        self.model.set_users(users)
        self.loaded = True
        self._show_intro()
        self._update_buttons()

    def _show_intro(self) -> None:
        if self.model.rowCount():
            self.intro_label.setText(self.tr("Quienes pueden entrar a Campo en esta sucursal. Administrador: todo. "
                                             "Supervisor: el trabajo de cobranza, sin usuarios ni configuración. "
                                             "Consulta: ve todo, no cambia nada."))
        else:
            self.intro_label.setText(self.tr("Campo funciona ahora sin usuarios: no pide contraseña al abrirse. "
                                             "Cree un usuario (el primero será administrador) para que cada persona "
                                             "entre con el suyo y quede registrado quién hace qué."))

    def selected_user(self) -> UserInfo | None:
        """The user of the current row."""
        index = self.table.currentIndex()
        return self.model.user_at(index.row()) if index.isValid() else None

    def select_user(self, login: str) -> None:
        """Make this user the current row."""
        row = self.model.row_of(login)
        if row is not None:
            self.table.setCurrentIndex(self.model.index(row, 0))

    def _update_buttons(self) -> None:
        user, session = self.selected_user(), self.host.session
        guard(self.add_button, session, USERS_MANAGE, self.loaded)
        for button in (self.edit_button, self.password_button, self.active_button):
            guard(button, session, USERS_MANAGE, user is not None)
        self.active_button.setText(self.tr("Activar") if user and not user.active else self.tr("Desactivar"))

    def add_user(self) -> UserDialog:
        """Open the dialog for a new user (the first one is an administrator)."""
        return self._open(UserDialog(self.host, first=self.model.rowCount() == 0, parent=self))

    def edit_user(self) -> UserDialog | None:
        """Open the dialog for the selected user's name and role."""
        user = self.selected_user()
        if user is None or not self.host.session.can(USERS_MANAGE):
            return None
        return self._open(UserDialog(self.host, user, parent=self))

    def reset_password(self) -> PasswordDialog | None:
        """Give the selected user a new password (also unlocks them)."""
        user = self.selected_user()
        if user is None or not self.host.session.can(USERS_MANAGE):
            return None
        dialog = PasswordDialog(self.host, user.login, parent=self)
        dialog.saved.connect(lambda saved: self.notice_label.setText(
            self.tr("Contraseña nueva guardada para %s.") % saved.login))
        return self._open(dialog)

    def _open(self, dialog: QDialog) -> QDialog:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(self._saved)
        self.child = dialog
        dialog.open()
        return dialog

    def toggle_active(self) -> None:
        """Deactivate the selected user (they can no longer sign in), or activate them again."""
        user = self.selected_user()
        if user is None:
            return
        host, login, active, actor = self.host, user.login, not user.active, self.host.actor
        run_in_background(lambda: update_user(host.engine, login, active=active, actor=actor), self._saved,
                          self._failed)

    def _saved(self, user: UserInfo) -> None:
        first = self.model.rowCount() == 0
        self.model.upsert(user)
        self.select_user(user.login)
        if first and self.host.session.single:  # from now on this is who acts here
            self.host.set_session(Session.for_user(user))
            self.notice_label.setText(self.tr("Usuario %s creado. Usted sigue trabajando como %s; la próxima vez "
                                              "Campo pedirá usuario y contraseña.") % (user.login, user.login))
        self._show_intro()
        self._update_buttons()
        self.changed.emit(user)

    def _failed(self, error: Exception) -> None:
        text = denied_text(error) or (user_error_text(error.code) if isinstance(error, UserError) else None)
        self.notice_label.setText(text or self.tr("Error: %s") % error)

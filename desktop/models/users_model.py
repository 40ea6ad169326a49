"""The desktop users as a table: login, name, role, state, last login."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from syncserver.users import UserInfo

from ..branch_day import local
from ..security_labels import role_name
from .table import RowsTableModel

ModelIndex = QModelIndex | QPersistentModelIndex

LOGIN, NAME, ROLE, STATE, LAST_LOGIN = range(5)


class UsersModel(RowsTableModel):
    """GUI thread only. Rows are `UserInfo` values ordered by login; a saved user replaces or inserts one row."""

    UserRole = Qt.ItemDataRole.UserRole + 1

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._headers = [self.tr("Usuario"), self.tr("Nombre"), self.tr("Rol"), self.tr("Estado"),
                         self.tr("Último ingreso")]

    def state_text(self, user: UserInfo, now: datetime | None = None) -> str:
        """Active, inactive, or locked until when."""
        if not user.active:
            return self.tr("Inactivo")
        if user.locked_until is not None and user.locked_until > (now or datetime.now(UTC)):
            return self.tr("Bloqueado hasta las %s") % local(user.locked_until).strftime("%H:%M")
        return self.tr("Activo")

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        user: UserInfo = self._rows[index.row()]
        column = index.column()
        if role == self.UserRole:
            return user
        if role == Qt.ItemDataRole.DisplayRole:
            if column == LOGIN:
                return user.login
            if column == NAME:
                return user.display_name
            if column == ROLE:
                return role_name(user.role)
            if column == STATE:
                return self.state_text(user)
            if column == LAST_LOGIN:
                return local(user.last_login_at).strftime("%d/%m/%Y %H:%M") if user.last_login_at else \
                    self.tr("nunca")
        if role == Qt.ItemDataRole.ForegroundRole and not user.active:
            return QColor(Qt.GlobalColor.gray)
        return None

    def set_users(self, users: list[UserInfo]) -> None:
        """Show a freshly loaded list."""
        self.beginResetModel()
        self._rows = sorted(users, key=lambda user: user.login)
        self.endResetModel()

    def upsert(self, user: UserInfo) -> int:
        """Replace the user's row (one dataChanged) or insert it in login order (one rowsInserted); its row."""
        for row, existing in enumerate(self._rows):
            if existing.login == user.login:
                self._rows[row] = user
                self.dataChanged.emit(self.index(row, 0), self.index(row, len(self._headers) - 1))
                return row
        row = sum(1 for existing in self._rows if existing.login < user.login)
        self.beginInsertRows(QModelIndex(), row, row)
        self._rows.insert(row, user)
        self.endInsertRows()
        return row

    def user_at(self, row: int) -> UserInfo:
        """The user shown in a row."""
        return self._rows[row]

    def row_of(self, login: str) -> int | None:
        """The row of a login, or None."""
        return next((row for row, user in enumerate(self._rows) if user.login == login), None)

"""The field agents as a table: code, name, email, active or not."""

from __future__ import annotations

import bisect
from typing import Any

from PySide6.QtCore import (
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor

from syncserver.agents import AgentInfo

from .table import RowsTableModel

ModelIndex = QModelIndex | QPersistentModelIndex

CODE, NAME, EMAIL, STATE = range(4)


class AgentsModel(RowsTableModel):
    """GUI thread only. Rows are `AgentInfo` values ordered by code; a saved agent replaces or inserts one row."""

    AgentRole = Qt.ItemDataRole.UserRole + 1

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._headers = [self.tr("Código"), self.tr("Nombre"), self.tr("Correo"), self.tr("Estado")]

    # --- Qt model interface -------------------------------------------------------------


    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        agent = self._rows[index.row()]
        column = index.column()
        if role == self.AgentRole:
            return agent
        if role == Qt.ItemDataRole.DisplayRole:
            if column == CODE:
                return agent.code
            if column == NAME:
                return agent.name
            if column == EMAIL:
                return agent.email or ""
            if column == STATE:
                return self.tr("Activo") if agent.active else self.tr("Inactivo")
        if role == Qt.ItemDataRole.ForegroundRole and not agent.active:
            return QColor(Qt.GlobalColor.gray)
        return None

    # --- changes --------------------------------------------------------------------------

    def set_agents(self, agents: list[AgentInfo]) -> None:
        """Show a freshly loaded list (the page's first load, not a per-event update)."""
        self.beginResetModel()
        self._rows = sorted(agents, key=lambda agent: agent.code)
        self.endResetModel()

    def upsert(self, agent: AgentInfo) -> int:
        """Show a saved agent: its row changes in place, or a new row appears in code order; returns the row."""
        row = self.row_of(agent.code)
        if row is not None:
            self._rows[row] = agent
            self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))
            return row
        row = bisect.bisect_left([known.code for known in self._rows], agent.code)
        self.beginInsertRows(QModelIndex(), row, row)
        self._rows.insert(row, agent)
        self.endInsertRows()
        return row

    # --- reading ----------------------------------------------------------------------------

    def agent_at(self, row: int) -> AgentInfo | None:
        """The agent shown in this row, if any."""
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, code: str) -> int | None:
        """The row of the agent with this code, if shown."""
        for row, agent in enumerate(self._rows):
            if agent.code == code:
                return row
        return None

    def agents(self) -> list[AgentInfo]:
        """Every agent shown, in code order."""
        return list(self._rows)

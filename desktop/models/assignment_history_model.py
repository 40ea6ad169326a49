"""An account's assignment history as a table: agent, from, until (newest first), in the branch's time zone."""

from __future__ import annotations

from zoneinfo import ZoneInfo

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, Qt

from syncserver.assignment_history import Holding

from .table import RowsTableModel

AGENT, SINCE, UNTIL = range(3)
TIME_FORMAT = "%d/%m/%Y %H:%M"


class AssignmentHistoryModel(RowsTableModel):
    """GUI thread only. Rows are `Holding` values; `set_history` shows another account's (a reset: all rows change)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._headers = [self.tr("Gestor"), self.tr("Desde"), self.tr("Hasta")]
        self._zone = ZoneInfo("UTC")

    def set_history(self, holdings: list[Holding], zone: ZoneInfo) -> None:
        """Show these holdings (newest first) with times in `zone`."""
        self.beginResetModel()
        self._rows, self._zone = list(holdings), zone
        self.endResetModel()

    def holding(self, row: int) -> Holding:
        """The holding shown on a row."""
        return self._rows[row]

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows) or role != Qt.ItemDataRole.DisplayRole:
            return None
        holding, column = self._rows[index.row()], index.column()
        if column == AGENT:
            return f"{holding.agent_name} ({holding.agent_code})"
        if column == SINCE:
            return holding.since.astimezone(self._zone).strftime(TIME_FORMAT)
        if column == UNTIL:
            if holding.until is None:
                return self.tr("hoy (la tiene)")
            return holding.until.astimezone(self._zone).strftime(TIME_FORMAT)
        return None

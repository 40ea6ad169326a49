"""Open alerts as a table (kind, subject, since, detail), merged row by row when a new reading arrives."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from syncserver.alerts.office import AlertInfo

from ..alert_labels import detail_text, kind_labels, subject_text
from ..branch_day import local
from .table import RowsTableModel

ModelIndex = QModelIndex | QPersistentModelIndex
KIND, SUBJECT, SINCE, DETAIL = range(4)
KIND_COLOURS = {"silent_device": "#b3261e", "mock_location": "#b3261e", "low_battery": "#9a6700"}


class AlertsModel(RowsTableModel):
    """GUI thread only. Rows are AlertInfo values, newest first; `merge` inserts, removes and updates single rows."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._headers = [self.tr("Tipo"), self.tr("Sobre"), self.tr("Desde"), self.tr("Detalle")]
        self._kinds = kind_labels()

    def alert_at(self, row: int) -> AlertInfo:
        """The alert shown in a row."""
        return self._rows[row]

    def ids(self) -> list[int]:
        """The ids shown, in row order."""
        return [alert.id for alert in self._rows]

    def merge(self, alerts: list[AlertInfo]) -> None:
        """Show exactly these alerts (newest first): rows that went are removed, new ones inserted, changed ones updated.

        A new reading after one alert was raised inserts one row: views keep their selection and scroll.
        """
        wanted = {alert.id for alert in alerts}
        for row in range(len(self._rows) - 1, -1, -1):
            if self._rows[row].id not in wanted:
                self.beginRemoveRows(QModelIndex(), row, row)
                del self._rows[row]
                self.endRemoveRows()
        for position, alert in enumerate(alerts):
            if position < len(self._rows) and self._rows[position].id == alert.id:
                if self._rows[position] != alert:
                    self._rows[position] = alert
                    self.dataChanged.emit(self.index(position, 0), self.index(position, len(self._headers) - 1))
                continue
            # Not at its place: it is new (merged lists keep their order, newest first).
            self.beginInsertRows(QModelIndex(), position, position)
            self._rows.insert(position, alert)
            self.endInsertRows()

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        alert, column = self._rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == KIND:
                return self._kinds.get(alert.kind, alert.kind)
            if column == SUBJECT:
                return subject_text(alert)
            if column == SINCE:
                return local(alert.raised_at).strftime("%d/%m/%Y %H:%M")
            return detail_text(alert)
        if role == Qt.ItemDataRole.ForegroundRole and column == KIND and alert.kind in KIND_COLOURS:
            return QColor(KIND_COLOURS[alert.kind])
        if role == Qt.ItemDataRole.UserRole:
            return alert.id
        return None

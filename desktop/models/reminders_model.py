"""The reminder message log as a table: when, debtor, channel, kind, due date, to, status, attempts, error."""

from __future__ import annotations

from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from syncserver.reminder_outbox import ReminderEntry

from ..reminder_labels import channel_labels, kind_labels, reason_labels, source_labels, status_labels
from .table import RowsTableModel

ModelIndex = QModelIndex | QPersistentModelIndex
CREATED, DEBTOR, CHANNEL, KIND, DUE, ADDRESS, STATUS, ATTEMPTS, SENT, ERROR = range(10)
_COLOURS = {"failed": "#b00020", "sent": "#1b5e20", "skipped": "#57606a"}


class RemindersModel(RowsTableModel):
    """GUI thread only. Rows are `ReminderEntry` values, newest first, times in the branch's zone."""

    RowRole = Qt.ItemDataRole.UserRole + 1

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._headers = [self.tr("Creado"), self.tr("Deudor"), self.tr("Canal"), self.tr("Tipo"), self.tr("Vence"),
                         self.tr("Para"), self.tr("Estado"), self.tr("Intentos"), self.tr("Enviado"),
                         self.tr("Último error")]
        self._zone = ZoneInfo("UTC")
        self._channels, self._kinds, self._statuses = channel_labels(), kind_labels(), status_labels()
        self._reasons, self._sources = reason_labels(), source_labels()

    def _when(self, moment) -> str:
        return moment.astimezone(self._zone).strftime("%d/%m/%Y %H:%M") if moment else ""

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row: ReminderEntry = self._rows[index.row()]
        column = index.column()
        if role == self.RowRole:
            return row
        if role == Qt.ItemDataRole.DisplayRole:
            if column == CREATED:
                return self._when(row.created_at)
            if column == DEBTOR:
                return f"{row.external_ref} · {row.debtor_name}"
            if column == CHANNEL:
                return self._channels.get(row.channel, row.channel)
            if column == KIND:
                return f"{self._kinds.get(row.kind, row.kind)} ({self._sources.get(row.source_kind, row.source_kind)})"
            if column == DUE:
                return row.due_on.strftime("%d/%m/%Y")
            if column == ADDRESS:
                return row.address or "—"
            if column == STATUS:
                status = self._statuses.get(row.status, row.status)
                return f"{status}: {self._reasons.get(row.reason, row.reason)}" if row.reason else status
            if column == ATTEMPTS:
                return str(row.attempts)
            if column == SENT:
                return self._when(row.sent_at)
            if column == ERROR:
                return row.last_error or ""
        if role == Qt.ItemDataRole.ToolTipRole and column in (KIND, DEBTOR, ERROR):
            return row.body if column != ERROR else row.last_error
        if role == Qt.ItemDataRole.ForegroundRole and column == STATUS and row.status in _COLOURS:
            return QColor(_COLOURS[row.status])
        return None

    def set_rows(self, rows: list[ReminderEntry], zone: ZoneInfo) -> None:
        """Show a freshly read log (a new filter or a reload: the whole table changes)."""
        self.beginResetModel()
        self._rows = list(rows)
        self._zone = zone
        self.endResetModel()

    def row_at(self, row: int) -> ReminderEntry:
        """The message shown in a row."""
        return self._rows[row]

"""The import wizard's tables: a file's cells as text, and the rows that will not be imported."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt

from .table import RowsTableModel

_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


class CellsModel(RowsTableModel):
    """GUI thread only. Rows of text under headers; a new table replaces the old one (a new file, a new check)."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._right: set[int] = set()

    def set_table(self, headers: Sequence[str], rows: Sequence[Sequence[str]], right: Sequence[int] = ()) -> None:
        """Show these rows (each as long as headers); columns in `right` are aligned right (amounts)."""
        self.beginResetModel()
        self._headers = list(headers)
        self._rows = [list(row) for row in rows]
        self._right = set(right)
        self.endResetModel()

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        inside = 0 <= index.row() < len(self._rows) and 0 <= index.column() < len(self._headers)
        if not index.isValid() or not inside:
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._rows[index.row()][index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() in self._right:
            return int(_RIGHT.value)
        return None


class RowErrorsModel(RowsTableModel):
    """GUI thread only. One row per error: the file's line, its column as the file names it, the reason."""

    LINE, COLUMN, REASON = range(3)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._headers = [self.tr("Línea"), self.tr("Columna"), self.tr("Problema")]

    def set_errors(self, errors: Sequence[tuple[int, str, str]]) -> None:
        """Show (line, column, reason) triples, in the order given."""
        self.beginResetModel()
        self._rows = list(errors)
        self.endResetModel()

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        line, column, reason = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return (str(line), column, reason)[index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == self.LINE:
            return int(_RIGHT.value)
        return None

    def error_texts(self) -> list[str]:
        """Each error as one line of text (for tests and copying)."""
        return [self.tr("línea %d, columna %s: %s") % row for row in self._rows]

"""A custom report's flat table (PivotTable) as a Qt table, and a sort that keeps the totals row last."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from syncserver.kpis.pivot_result import PivotColumn, PivotResult, PivotRow

from .report_labels import dimension_labels, format_cell, key_text, measure_labels
from .table import RowsTableModel

ModelIndex = QModelIndex | QPersistentModelIndex
SortRole = Qt.ItemDataRole.UserRole + 1  # the raw value (None first), or the key's text
TotalRole = Qt.ItemDataRole.UserRole + 2  # True in the totals row
RawRole = Qt.ItemDataRole.UserRole + 3  # the raw value or key
TOTAL_BACKGROUND = QColor("#eef2f6")


class PivotModel(RowsTableModel):
    """GUI thread only. Rows are PivotRow values of one PivotResult; headers name the keys and measures."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.result: PivotResult | None = None
        self._columns: list[PivotColumn] = []
        self._bold = QFont()
        self._bold.setBold(True)

    def set_result(self, result: PivotResult | None) -> None:
        """Show a report's answer (None: nothing)."""
        self.beginResetModel()
        self.result = result
        table = result.table() if result is not None else None
        self._rows = list(table.rows) if table else []
        self._columns = list(table.columns) if table else []
        self._headers = [self._header(column) for column in self._columns]
        self.endResetModel()

    def column_at(self, column: int) -> PivotColumn:
        """The typed column shown at this position."""
        return self._columns[column]

    def row_at(self, row: int) -> PivotRow:
        """The row shown at this position."""
        return self._rows[row]

    def _header(self, column: PivotColumn) -> str:
        if column.measure is None:
            return dimension_labels()[column.name]
        label = measure_labels()[column.measure]
        if self.result is None or self.result.definition.column is None:
            return label
        return f"{key_text(self.result.definition.column, column.column_key, self.result.agent_names)}\n{label}"

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self._columns):
            column = self._columns[section]
            if role == Qt.ItemDataRole.FontRole and column.is_total:
                return self._bold
            if role == Qt.ItemDataRole.ToolTipRole and column.is_total:
                return self.tr("Total de todas las columnas, calculado sobre todas las visitas (no es una suma: "
                               "las cuentas distintas se cuentan una vez)")
        return super().headerData(section, orientation, role)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows) or self.result is None:
            return None
        row, column = self._rows[index.row()], self._columns[index.column()]
        dimension = column.measure is None
        value = row.keys[index.column()] if dimension else row.values[index.column() - len(row.keys)]
        if role == Qt.ItemDataRole.DisplayRole:
            if dimension:
                if row.total and index.column() > 0:
                    return ""
                return key_text(column.name, value, self.result.agent_names)
            return format_cell(column.kind, value)
        if role == SortRole:  # the totals row never compares (PivotSortProxy keeps it last)
            if dimension:
                return key_text(column.name, value, self.result.agent_names) if column.kind == "text" else value
            return float(value) if value is not None else float("-inf")
        if role == RawRole:
            return value
        if role == TotalRole:
            return row.total
        if role == Qt.ItemDataRole.TextAlignmentRole and not dimension:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole and (row.total or column.is_total):
            return self._bold
        if role == Qt.ItemDataRole.BackgroundRole and (row.total or column.is_total):
            return QBrush(TOTAL_BACKGROUND)
        if role == Qt.ItemDataRole.ToolTipRole and not dimension and value is None:
            return self.tr("Sin denominador: la tasa no está definida")
        return None


class PivotSortProxy(QSortFilterProxyModel):
    """GUI thread only. Sorts by the raw values of a column; the totals row stays last either way."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setSortRole(SortRole)

    def lessThan(self, left: ModelIndex, right: ModelIndex) -> bool:
        left_total, right_total = bool(left.data(TotalRole)), bool(right.data(TotalRole))
        if left_total != right_total:  # "greatest" ascending, "smallest" descending: last both ways
            return right_total if self.sortOrder() == Qt.SortOrder.AscendingOrder else left_total
        a, b = left.data(SortRole), right.data(SortRole)
        try:
            return a < b
        except TypeError:  # a key against a missing one (no segment)
            return (a is None, str(a)) < (b is None, str(b))

"""KPI groups (per agent or per segment) as a table: one row per group, one column per measure."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from syncserver.kpis.report import KpiGroup

from .kpi_format import format_value, kpi_labels
from .table import RowsTableModel

ModelIndex = QModelIndex | QPersistentModelIndex
COLUMNS = ("assigned_accounts", "attempts", "contacts", "penetration", "intensity", "hits", "rpc_rate", "ptp_rate",
           "kept_rate", "promised_amount", "collected_amount")
SortRole = Qt.ItemDataRole.UserRole + 1  # the raw number (None sorts first)
KeyRole = Qt.ItemDataRole.UserRole + 2  # the group's key


class KpiGroupsModel(RowsTableModel):
    """GUI thread only. Rows are KpiGroup values; the first column names the group."""

    def __init__(self, key_title: str, parent: QObject | None = None, *, names: dict[Any, str] | None = None) -> None:
        super().__init__(parent)
        labels = kpi_labels()
        self._headers = [key_title, *(labels[name] for name in COLUMNS)]
        self._names = names or {}

    def set_groups(self, groups: tuple[KpiGroup, ...] | list[KpiGroup], names: dict[Any, str] | None = None) -> None:
        """Show these groups (a new reading of the whole table)."""
        self.beginResetModel()
        self._rows = list(groups)
        if names is not None:
            self._names = names
        self.endResetModel()

    def group_at(self, row: int) -> KpiGroup:
        """The group shown in a row."""
        return self._rows[row]

    def key_text(self, key: Any) -> str:
        """The group's name as shown ("Sin segmento" for accounts without one)."""
        if key is None:
            return self.tr("Sin segmento")
        return self._names.get(key, str(key))

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        group, column = self._rows[index.row()], index.column()
        if role == KeyRole:
            return group.key
        if column == 0:
            if role in (Qt.ItemDataRole.DisplayRole, SortRole):
                return self.key_text(group.key)
            return None
        name = COLUMNS[column - 1]
        value = getattr(group, name)
        if role == Qt.ItemDataRole.DisplayRole:
            return format_value(name, value)
        if role == SortRole:
            return float(value) if value is not None else float("-inf")
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and value is None:
            return self.tr("Sin denominador: la tasa no está definida")
        return None


def sorted_proxy(model: KpiGroupsModel, parent: QObject | None = None) -> QSortFilterProxyModel:
    """A proxy that sorts the groups by the raw value of any column."""
    proxy = QSortFilterProxyModel(parent)
    proxy.setSortRole(SortRole)
    proxy.setSourceModel(model)
    return proxy

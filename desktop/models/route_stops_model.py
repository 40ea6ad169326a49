"""A planned route's stops as a table: order, account, debtor, priority and arrival time."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, Qt

from syncserver.route_plans import RouteStop

from .table import RowsTableModel

ModelIndex = QModelIndex | QPersistentModelIndex

ORDER, ACCOUNT, DEBTOR, PRIORITY, ARRIVAL = range(5)


class RouteStopsModel(RowsTableModel):
    """GUI thread only. Rows are `RouteStop` values in visiting order; a new plan replaces them all."""

    StopRole = Qt.ItemDataRole.UserRole + 1

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._headers = [self.tr("N.º"), self.tr("Cuenta"), self.tr("Deudor"), self.tr("Prioridad"),
                         self.tr("Llegada")]
        self._tiers = {1: self.tr("Visita de campo"), 2: self.tr("Oferta de convenio"),
                       3: self.tr("Recordatorio o escalamiento")}

    def set_stops(self, stops: list[RouteStop]) -> None:
        """Show another plan's stops (the whole list changes)."""
        self.beginResetModel()
        self._rows = list(stops)
        self.endResetModel()

    def stops(self) -> list[RouteStop]:
        """The stops shown, in order."""
        return list(self._rows)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        stop = self._rows[index.row()]
        column = index.column()
        if role == self.StopRole:
            return stop
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (ORDER, ARRIVAL):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if column == ORDER:
            return stop.order
        if column == ACCOUNT:
            return stop.external_ref
        if column == DEBTOR:
            return stop.debtor_name
        if column == PRIORITY:
            return self._tiers.get(stop.tier, str(stop.tier))
        if column == ARRIVAL:
            hours, rest = divmod(round(stop.arrival_min), 60)
            return f"+{hours}:{rest:02d}"
        return None

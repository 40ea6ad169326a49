"""An auto-balance preview as a table: per agent, accounts now and after, minutes, target and the gap to it."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, Qt

from syncserver.balance_plan import AgentLoad

from .kpi_format import group_number
from .table import RowsTableModel

AGENT, BEFORE, AFTER, MINUTES, TARGET, GAP = range(6)
_RIGHT = int((Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter).value)


class BalanceModel(RowsTableModel):
    """GUI thread only. Rows are `AgentLoad` values of one plan; `set_loads` shows another plan's (a reset)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._headers = [self.tr("Gestor"), self.tr("Cuentas ahora"), self.tr("Cuentas después"), self.tr("Minutos"),
                         self.tr("Meta (min)"), self.tr("Frente a la meta")]

    def set_loads(self, loads: list[AgentLoad]) -> None:
        """Show a plan's agents (every row changes with a new plan)."""
        self.beginResetModel()
        self._rows = list(loads)
        self.endResetModel()

    def load(self, row: int) -> AgentLoad:
        """The agent's load shown on a row."""
        return self._rows[row]

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        load, column = self._rows[index.row()], index.column()
        if role == Qt.ItemDataRole.TextAlignmentRole and column != AGENT:
            return _RIGHT
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if column == AGENT:
            return f"{load.name} ({load.code})"
        if column == BEFORE:
            return group_number(load.accounts_before)
        if column == AFTER:
            return group_number(load.accounts)
        if column == MINUTES:
            return group_number(load.minutes)
        if column == TARGET:
            return group_number(load.target_minutes)
        if column == GAP:
            if load.target_minutes <= 0:
                return "—"
            return f"{(load.minutes / load.target_minutes - 1) * 100:+.1f} %".replace(".", ",")
        return None

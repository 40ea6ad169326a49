"""Agent productivity as a table: visits per day, hours in the field, kilometres, geofence compliance, flags."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, Qt

from syncserver.kpis.productivity import AgentProductivity

from .kpi_format import NONE_TEXT, group_number
from .kpi_groups_model import KeyRole, SortRole
from .table import RowsTableModel

ModelIndex = QModelIndex | QPersistentModelIndex
AGENT, VISITS, PER_DAY, HOURS, KM, KM_PER_DAY, INSIDE, FLAGGED = range(8)


def _number(value: float | None, decimals: int, suffix: str = "") -> str:
    return NONE_TEXT if value is None else group_number(value, decimals) + suffix


class ProductivityModel(RowsTableModel):
    """GUI thread only. Rows are AgentProductivity values, one per agent."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._headers = [self.tr("Gestor"), self.tr("Visitas"), self.tr("Visitas por día"),
                         self.tr("Horas en campo por día"), self.tr("Km recorridos"), self.tr("Km por día"),
                         self.tr("Dentro de la geocerca"), self.tr("Visitas con alertas")]

    def set_agents(self, rows: tuple[AgentProductivity, ...] | list[AgentProductivity]) -> None:
        """Show these agents (a new reading of the whole table)."""
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def agent_at(self, row: int) -> AgentProductivity:
        """The agent shown in a row."""
        return self._rows[row]

    def _values(self, agent: AgentProductivity) -> list[Any]:
        km_per_day = agent.km / agent.field_days if agent.field_days else None
        return [f"{agent.name} ({agent.code})", agent.visits, agent.visits_per_day, agent.field_hours_per_day,
                agent.km if agent.field_days else None, km_per_day, agent.compliance, agent.flagged]

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        agent, column = self._rows[index.row()], index.column()
        value = self._values(agent)[column]
        if role == KeyRole:
            return agent.agent_id
        if role == SortRole:
            return value if column == AGENT else float(value) if value is not None else float("-inf")
        if role == Qt.ItemDataRole.TextAlignmentRole and column != AGENT:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if column in (AGENT,):
            return value
        if column in (VISITS, FLAGGED):
            return group_number(value, 0)
        if column == INSIDE:
            return _number(None if value is None else value * 100, 1, " %")
        return _number(value, 1)

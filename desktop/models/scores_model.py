"""The accounts of one strategy cell as a table: probability, cost, action and the top factors in words."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, QSortFilterProxyModel, Qt

from syncserver.scoring.run_queries import ScoredAccount

from .accounts_model import format_money
from .kpi_format import group_number
from .scoring_words import action_names, factors_text, percent
from .table import RowsTableModel

REF, DEBTOR, BALANCE, DAYS, PROBABILITY, FACTORS, COST, ACTION, AGENT = range(9)
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
_RIGHT = int((Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter).value)
_NUMERIC = (BALANCE, DAYS, PROBABILITY, COST)


class ScoresModel(RowsTableModel):
    """GUI thread only. Rows are (ScoredAccount, action) pairs: the action under the rules on screen."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._headers = [self.tr("Referencia"), self.tr("Deudor"), self.tr("Saldo"), self.tr("Mora (días)"),
                         self.tr("Prob. pago"), self.tr("Por qué (factores principales)"), self.tr("Costo (min)"),
                         self.tr("Acción"), self.tr("Gestor")]
        self._actions = action_names()

    def set_accounts(self, rows: list[tuple[ScoredAccount, str]]) -> None:
        """Show another selection (a new cell: the whole list changes, so the model resets)."""
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row(self, row: int) -> tuple[ScoredAccount, str]:
        """The account shown on a row, with its action."""
        return self._rows[row]

    def set_agents(self, codes: dict[int, str | None]) -> None:
        """Show new holders' codes (account id -> code, None: no agent) in place: dataChanged per row changed."""
        for row, (account, action) in enumerate(self._rows):
            if account.account_id in codes and codes[account.account_id] != account.agent_code:
                self._rows[row] = (replace(account, agent_code=codes[account.account_id]), action)
                self.dataChanged.emit(self.index(row, AGENT), self.index(row, AGENT))

    def account_ids(self) -> list[int]:
        """The ids of the accounts shown, in row order."""
        return [account.account_id for account, _action in self._rows]

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        account, action = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(account, action, column)
        if role == SORT_ROLE:
            return self._sort_key(account, column) if column in _NUMERIC else self._display(account, action, column)
        if role == Qt.ItemDataRole.ToolTipRole and column == FACTORS:
            return factors_text(account.factors).replace("; ", "\n")
        if role == Qt.ItemDataRole.TextAlignmentRole and column in _NUMERIC:
            return _RIGHT
        return None

    @staticmethod
    def _sort_key(account: ScoredAccount, column: int) -> float:
        if column == BALANCE:
            return float(account.balance)
        if column == DAYS:
            return float(account.days_past_due)
        if column == PROBABILITY:
            return account.probability
        return float("inf") if account.cost_minutes is None else account.cost_minutes

    def _display(self, account: ScoredAccount, action: str, column: int) -> str | None:
        if column == REF:
            return account.external_ref
        if column == DEBTOR:
            return account.debtor_name
        if column == AGENT:
            return account.agent_code or ""
        if column == BALANCE:
            return format_money(account.balance, account.currency)
        if column == DAYS:
            return str(account.days_past_due)
        if column == PROBABILITY:
            return percent(account.probability)
        if column == COST:
            return self.tr("sin ubicación") if account.cost_minutes is None else group_number(account.cost_minutes)
        if column == ACTION:
            return self._actions.get(action, action)
        if column == FACTORS:
            return factors_text(account.factors)
        return None


def sorted_scores(model: ScoresModel, parent: QObject | None = None) -> QSortFilterProxyModel:
    """A proxy sorting by numbers where the column is numeric."""
    proxy = QSortFilterProxyModel(parent)
    proxy.setSourceModel(model)
    proxy.setSortRole(SORT_ROLE)
    return proxy

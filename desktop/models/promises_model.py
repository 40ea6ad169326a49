"""Promises from visits as a table: account, debtor, agent, dates, amounts, status, revisit; filtered by status and agent."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtGui import QColor

from syncserver.promises import PromiseInfo

from ..agreement_labels import promise_status_labels
from ..branch_day import local
from .accounts_model import format_money
from .table import RowsTableModel

ModelIndex = QModelIndex | QPersistentModelIndex
ACCOUNT, DEBTOR, AGENT, VISITED, DUE, AMOUNT, PAID, REMAINING, STATUS, REVISIT = range(10)
SortRole = Qt.ItemDataRole.UserRole + 1
MONEY_COLUMNS = (AMOUNT, PAID, REMAINING)
STATUS_COLOURS = {"broken": "#b3261e", "partial": "#9a6700", "kept": "#1e7b34", "pending": "#44546a"}


class PromisesModel(RowsTableModel):
    """GUI thread only. Rows are PromiseInfo values in the order read (newest visit first)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._headers = [self.tr("Cuenta"), self.tr("Deudor"), self.tr("Gestor"), self.tr("Visita"),
                         self.tr("Vence"), self.tr("Prometido"), self.tr("Pagado"), self.tr("Falta"),
                         self.tr("Estado"), self.tr("Revisita")]
        self._status_words = promise_status_labels()

    def set_promises(self, promises: list[PromiseInfo]) -> None:
        """Show these promises (a new reading of the whole list)."""
        self.beginResetModel()
        self._rows = list(promises)
        self.endResetModel()

    def promise_at(self, row: int) -> PromiseInfo:
        """The promise shown in a row."""
        return self._rows[row]

    def _revisit(self, promise: PromiseInfo) -> str:
        if promise.revisit is None:
            return ""
        when = local(promise.revisit.requested_at).strftime("%d/%m/%Y")
        if promise.revisit.done:
            return self.tr("%s, visitada (pedida el %s)") % (promise.revisit.agent_code, when)
        return self.tr("%s, pedida el %s") % (promise.revisit.agent_code, when)

    def _display(self, promise: PromiseInfo, column: int) -> str:
        if column == ACCOUNT:
            return promise.external_ref
        if column == DEBTOR:
            return promise.debtor_name
        if column == AGENT:
            return f"{promise.agent_name} ({promise.agent_code})"
        if column == VISITED:
            return promise.visited_on.strftime("%d/%m/%Y")
        if column == DUE:
            return promise.due_on.strftime("%d/%m/%Y")
        if column in MONEY_COLUMNS:
            amount = {AMOUNT: promise.amount, PAID: promise.paid, REMAINING: promise.remaining}[column]
            return format_money(amount, promise.currency)
        if column == STATUS:
            return self._status_words.get(promise.status, promise.status)
        return self._revisit(promise)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        promise, column = self._rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(promise, column)
        if role == SortRole:
            if column in MONEY_COLUMNS:
                return float({AMOUNT: promise.amount, PAID: promise.paid, REMAINING: promise.remaining}[column])
            if column in (VISITED, DUE):
                return (promise.visited_on if column == VISITED else promise.due_on).toordinal()
            return self._display(promise, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in MONEY_COLUMNS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and column == STATUS:
            return QColor(STATUS_COLOURS.get(promise.status, "#000000"))
        if role == Qt.ItemDataRole.ToolTipRole and column == DUE:
            return self.tr("Con los días de gracia, hasta el %s") % promise.settles_by.strftime("%d/%m/%Y")
        return None


class PromisesFilter(QSortFilterProxyModel):
    """GUI thread only. Promises of one status (None: any) and one agent (None: any); sorts by raw values."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.status: str | None = None
        self.agent_id: int | None = None
        self.setSortRole(SortRole)

    def set_status(self, status: str | None) -> None:
        """Only promises of this status."""
        self.beginFilterChange()
        self.status = status
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_agent(self, agent_id: int | None) -> None:
        """Only promises this agent got."""
        self.beginFilterChange()
        self.agent_id = agent_id
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: ModelIndex) -> bool:
        promise = self.sourceModel().promise_at(source_row)
        return ((self.status is None or promise.status == self.status)
                and (self.agent_id is None or promise.agent_id == self.agent_id))

"""Agreements as tables: the list with statuses, a schedule (previewed or matched), the payments matched."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtGui import QColor

from syncserver.agreements import AgreementSummary
from syncserver.agreements.matching import AppliedPayment

from ..agreement_labels import agreement_status_labels
from .accounts_model import format_money
from .table import RowsTableModel

ModelIndex = QModelIndex | QPersistentModelIndex
SortRole = Qt.ItemDataRole.UserRole + 1
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
STATUS_COLOURS = {"broken": "#b3261e", "late": "#9a6700", "completed": "#1e7b34", "current": "#44546a",
                  "cancelled": "#6b6b6b"}
NUMBER, ACCOUNT, DEBTOR, SIGNED, TO_PAY, PAID, OWED, NEXT_DUE, STATUS = range(9)


def _day(value) -> str:
    return value.strftime("%d/%m/%Y") if value is not None else ""


class AgreementsModel(RowsTableModel):
    """GUI thread only. Rows are AgreementSummary values, newest first."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._headers = [self.tr("N.º"), self.tr("Cuenta"), self.tr("Deudor"), self.tr("Firmado"),
                         self.tr("Total a pagar"), self.tr("Pagado"), self.tr("Saldo"), self.tr("Próximo vencimiento"),
                         self.tr("Estado")]
        self._words = agreement_status_labels()

    def set_agreements(self, agreements: list[AgreementSummary]) -> None:
        """Show these agreements (a new reading of the list)."""
        self.beginResetModel()
        self._rows = list(agreements)
        self.endResetModel()

    def agreement_at(self, row: int) -> AgreementSummary:
        """The agreement shown in a row."""
        return self._rows[row]

    def row_of(self, agreement_id: int) -> int | None:
        """The row showing an agreement, if listed."""
        return next((i for i, row in enumerate(self._rows) if row.id == agreement_id), None)

    def _display(self, a: AgreementSummary, column: int) -> str:
        values = {NUMBER: str(a.id), ACCOUNT: a.external_ref, DEBTOR: a.debtor_name, SIGNED: _day(a.signed_on),
                  TO_PAY: format_money(a.total_to_pay, a.currency), PAID: format_money(a.paid, a.currency),
                  OWED: format_money(a.owed, a.currency), NEXT_DUE: _day(a.next_due_on),
                  STATUS: self._words.get(a.status, a.status)}
        return values[column]

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        agreement, column = self._rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(agreement, column)
        if role == SortRole:
            raw = {NUMBER: agreement.id, SIGNED: agreement.signed_on.toordinal(), TO_PAY: float(agreement.total_to_pay),
                   PAID: float(agreement.paid), OWED: float(agreement.owed),
                   NEXT_DUE: agreement.next_due_on.toordinal() if agreement.next_due_on else 0}
            return raw.get(column, self._display(agreement, column))
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (NUMBER, TO_PAY, PAID, OWED):
            return _RIGHT
        if role == Qt.ItemDataRole.ForegroundRole and column == STATUS:
            return QColor(STATUS_COLOURS.get(agreement.status, "#000000"))
        return None


class AgreementsFilter(QSortFilterProxyModel):
    """GUI thread only. Agreements of one status (None: any)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.status: str | None = None
        self.setSortRole(SortRole)

    def set_status(self, status: str | None) -> None:
        """Only agreements of this status."""
        self.beginFilterChange()
        self.status = status
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: ModelIndex) -> bool:
        return self.status is None or self.sourceModel().agreement_at(source_row).status == self.status


class ScheduleModel(RowsTableModel):
    """GUI thread only. Schedule rows: ScheduledRow (a preview: number, due date, amount) or RowState (matched)."""

    def __init__(self, parent: QObject | None = None, *, matched: bool = False) -> None:
        super().__init__(parent)
        self.matched = matched
        self.currency = ""
        self._headers = [self.tr("Cuota"), self.tr("Vence"), self.tr("Monto")]
        if matched:
            self._headers += [self.tr("Penalidad"), self.tr("Pagado"), self.tr("Pagada el"), self.tr("Debe"),
                              self.tr("Días de atraso")]

    def set_rows(self, rows: list, currency: str) -> None:
        """Show these rows (a new schedule)."""
        self.beginResetModel()
        self._rows, self.currency = list(rows), currency
        self.endResetModel()

    def row_at(self, row: int):
        """The schedule row shown in a row."""
        return self._rows[row]

    def _display(self, line, column: int) -> str:
        if column == 0:
            return self.tr("Inicial") if line.number == 0 else str(line.number)
        if column == 1:
            return _day(line.due_on)
        money = {2: "amount", 3: "penalty", 4: "paid", 6: "owed"}
        if column in money:
            return format_money(getattr(line, money[column]), self.currency)
        if column == 5:
            return _day(line.paid_on)
        return str(line.days_late) if line.days_late else ""

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        line, column = self._rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(line, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column != 1:
            return _RIGHT
        if role == Qt.ItemDataRole.ForegroundRole and self.matched and getattr(line, "missed", False):
            return QColor(STATUS_COLOURS["broken"])
        return None


class MatchedPaymentsModel(RowsTableModel):
    """GUI thread only. The payments an agreement took, each with the instalments it paid."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.currency = ""
        self._headers = [self.tr("Fecha"), self.tr("Referencia"), self.tr("Monto"), self.tr("Aplicado a")]

    def set_payments(self, payments: list[AppliedPayment], currency: str) -> None:
        """Show these payments."""
        self.beginResetModel()
        self._rows, self.currency = list(payments), currency
        self.endResetModel()

    def _applied(self, payment: AppliedPayment) -> str:
        parts = [(self.tr("inicial") if number == 0 else self.tr("cuota %d") % number)
                 + f" {format_money(amount, self.currency)}" for number, amount in payment.applied]
        if payment.surplus:
            parts.append(self.tr("sobrante %s") % format_money(payment.surplus, self.currency))
        return ", ".join(parts)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        payment, column = self._rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return (_day(payment.paid_on), payment.reference, format_money(payment.amount, self.currency),
                    self._applied(payment))[column]
        if role == Qt.ItemDataRole.TextAlignmentRole and column == 2:
            return _RIGHT
        return None

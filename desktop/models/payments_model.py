"""The imported payments as a table: date, account, amount, reference, when imported."""

from __future__ import annotations

from datetime import datetime, tzinfo
from typing import Any

from PySide6.QtCore import (
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from syncserver.payments import PaymentInfo

from .kpi_format import group_number
from .table import RowsTableModel

ModelIndex = QModelIndex | QPersistentModelIndex
PAID_ON, ACCOUNT, AMOUNT, REFERENCE, IMPORTED = range(5)
SortRole = Qt.ItemDataRole.UserRole + 1


class PaymentsModel(RowsTableModel):
    """GUI thread only. Rows are PaymentInfo values in the order read (newest date first)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._headers = [self.tr("Fecha de pago"), self.tr("Cuenta"), self.tr("Monto"), self.tr("Referencia"),
                         self.tr("Importado")]
        self._zone: tzinfo | None = None

    def set_payments(self, payments: list[PaymentInfo], zone: tzinfo | None = None) -> None:
        """Show these payments (a new reading of the whole table); import times in `zone`."""
        self.beginResetModel()
        self._rows = list(payments)
        self._zone = zone
        self.endResetModel()

    def payment_at(self, row: int) -> PaymentInfo:
        """The payment shown in a row."""
        return self._rows[row]

    def _imported(self, moment: datetime) -> str:
        return moment.astimezone(self._zone).strftime("%d/%m/%Y %H:%M")

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        payment, column = self._rows[index.row()], index.column()
        if role == SortRole:
            return (payment.paid_on.toordinal(), payment.external_ref, float(payment.amount), payment.reference,
                    payment.imported_at.timestamp())[column]
        if role == Qt.ItemDataRole.TextAlignmentRole and column == AMOUNT:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if column == PAID_ON:
            return payment.paid_on.strftime("%d/%m/%Y")
        if column == ACCOUNT:
            return payment.external_ref
        if column == AMOUNT:
            return f"$ {group_number(payment.amount, 2)}"
        if column == REFERENCE:
            return payment.reference
        return self._imported(payment.imported_at)


class PaymentsFilter(QSortFilterProxyModel):
    """GUI thread only. Payments whose account or reference contains the search text; sorts by raw values."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.text = ""
        self.setSortRole(SortRole)

    def set_text(self, text: str) -> None:
        """Only rows whose account or reference contains `text` (any case)."""
        self.beginFilterChange()
        self.text = text.strip().casefold()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: ModelIndex) -> bool:
        if not self.text:
            return True
        payment = self.sourceModel().payment_at(source_row)
        return self.text in payment.external_ref.casefold() or self.text in payment.reference.casefold()

"""The payments ("Pagos"): every imported payment, a search by account or reference, and the import."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from syncserver.branch import load_branch
from syncserver.kpis.days import zone_of
from syncserver.payments import list_payments
from syncserver.permissions import PAYMENTS_IMPORT

from ..models.kpi_format import group_number
from ..models.payments_model import PaymentsFilter, PaymentsModel
from ..server_host import ServerHost
from ..worker import run_in_background
from .payments_import import PaymentsImportDialog
from .permission_ui import guard


class PaymentsPage(QWidget):
    """GUI thread only. Reads run on pool threads (run_in_background)."""

    loaded = Signal(int)  # how many payments are shown
    imported = Signal(object)  # an import's ImportedPayments: the KPIs changed

    def __init__(self, host: ServerHost, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.host = host
        self.model = PaymentsModel(self)
        self.proxy = PaymentsFilter(self)
        self.proxy.setSourceModel(self.model)
        self._stale = True
        self.search_edit = QLineEdit()
        self.search_edit.setPlaceholderText(self.tr("Buscar por cuenta o referencia"))
        self.search_edit.textChanged.connect(self._search)
        self.import_button = QPushButton(self.tr("Importar pagos…"))
        self.import_button.clicked.connect(self.open_import)
        guard(self.import_button, host.session, PAYMENTS_IMPORT)
        self.status_label = QLabel(self.tr("Cargando pagos…"))
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        bar = QHBoxLayout()
        bar.addWidget(self.search_edit, 1)
        bar.addWidget(self.import_button)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status_label)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._stale and self.host.port is not None:
            self.reload()

    def reload(self) -> None:
        """Read every payment again on a pool thread."""
        self._stale = False
        host = self.host

        def load():  # pool thread
            with host.engine.connect() as conn:
                zone = zone_of(load_branch(conn).timezone)
            return list_payments(host.engine), zone

        run_in_background(load, self._loaded, self._failed)

    def _loaded(self, answer) -> None:
        payments, zone = answer
        self.model.set_payments(payments, zone)
        self._count()
        self.loaded.emit(len(payments))

    def _failed(self, error: Exception) -> None:
        self.status_label.setText(self.tr("No se pudieron leer los pagos: %s") % (str(error) or type(error).__name__))

    def _search(self, text: str) -> None:
        self.proxy.set_text(text)
        self._count()

    def _count(self) -> None:
        shown = [self.model.payment_at(self.proxy.mapToSource(self.proxy.index(row, 0)).row())
                 for row in range(self.proxy.rowCount())]
        total = sum((payment.amount for payment in shown), start=0)
        self.status_label.setText(self.tr("%d de %d pagos · total $ %s") % (
            len(shown), self.model.rowCount(), group_number(total, 2)))

    def open_import(self) -> PaymentsImportDialog | None:
        """Open the import dialog; the table reads again after an import."""
        if not self.host.session.can(PAYMENTS_IMPORT):
            return None
        dialog = PaymentsImportDialog(self.host, self)
        dialog.imported.connect(lambda result: (self.reload(), self.imported.emit(result)))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

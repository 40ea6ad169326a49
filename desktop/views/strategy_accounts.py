"""The accounts of the strategy cell picked: a sortable table, an account's factors in words, "Ver en Cartera"."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from syncserver.scoring.run_queries import ScoredAccount
from syncserver.scoring.strategy import Cell

from ..models.kpi_format import group_number
from ..models.scores_model import (
    ACTION,
    AGENT,
    BALANCE,
    COST,
    DAYS,
    DEBTOR,
    FACTORS,
    PROBABILITY,
    REF,
    ScoresModel,
    sorted_scores,
)
from ..models.scoring_words import action_names, factor_text, percent

COLUMN_WIDTHS = {REF: 80, DEBTOR: 150, AGENT: 60, BALANCE: 130, DAYS: 100, PROBABILITY: 75, COST: 85, ACTION: 160}


class CellAccounts(QWidget):
    """GUI thread only. `show_cell` lists a cell's accounts; `show_in_accounts(ids)` follows "Ver en Cartera";
    `assign_requested(ids)` follows "Asignar a…" (the rows selected, else every account of the cell)."""

    show_in_accounts = Signal(list)
    assign_requested = Signal(list)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = ScoresModel(self)
        self.table = QTableView()
        self.table.setModel(sorted_scores(self.model, self))
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(BALANCE, Qt.SortOrder.DescendingOrder)  # the largest balances first
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(FACTORS, QHeaderView.ResizeMode.Stretch)
        for column, width in COLUMN_WIDTHS.items():
            header.resizeSection(column, width)
        self.table.selectionModel().currentRowChanged.connect(self._row_chosen)
        self.title_label = QLabel(self.tr("Haga clic en una celda de la matriz para ver sus cuentas."))
        self.title_label.setStyleSheet("font-weight: bold; color: #1f2328;")
        self.why_label = QLabel()
        self.why_label.setWordWrap(True)
        self.why_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.why_label.setStyleSheet("color: #57606a;")
        self.open_button = QPushButton(self.tr("Ver en Cartera"))
        self.open_button.setToolTip(self.tr("Abrir la Cartera mostrando solo estas cuentas"))
        self.open_button.setEnabled(False)
        self.open_button.clicked.connect(lambda: self.show_in_accounts.emit(self.model.account_ids()))
        self.assign_button = QPushButton(self.tr("Asignar a…"))
        self.assign_button.setEnabled(False)
        self.assign_button.clicked.connect(lambda: self.assign_requested.emit(self.chosen_ids()))
        bar = QHBoxLayout()
        bar.addWidget(self.title_label, 1)
        bar.addWidget(self.assign_button)
        bar.addWidget(self.open_button)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.why_label)

    def show_cell(self, cell: Cell, accounts: list[ScoredAccount]) -> None:
        """List the cell's accounts (in the cell's order), each under the cell's action."""
        self.model.set_accounts([(account, cell.action) for account in accounts])
        self.title_label.setText(self.tr("%s: %s cuentas") % (action_names()[cell.action], group_number(cell.count)))
        self.open_button.setEnabled(cell.count > 0)
        self.why_label.setText(self.tr("Seleccione una cuenta para ver por qué tiene esa probabilidad; «sube» o "
                                       "«baja» dice hacia dónde empuja cada factor la probabilidad frente a una "
                                       "cuenta promedio."))

    def chosen_ids(self) -> list[int]:
        """The accounts of the rows selected, or every account of the cell when none is."""
        proxy = self.table.model()
        rows = sorted(index.row() for index in self.table.selectionModel().selectedRows())
        if not rows:
            return self.model.account_ids()
        return [self.model.row(proxy.mapToSource(proxy.index(row, 0)).row())[0].account_id for row in rows]

    def _row_chosen(self, current, _previous) -> None:
        if not current.isValid():
            return
        account, _action = self.model.row(self.table.model().mapToSource(current).row())
        self.why_label.setText(self.tr("%s · %s: probabilidad de pago %s. Lo que más pesa: %s.") % (
            account.external_ref, account.debtor_name, percent(account.probability),
            "; ".join(factor_text(f) for f in account.factors)))

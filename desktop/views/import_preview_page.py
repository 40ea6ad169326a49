"""Step 3 of the import: every row checked with the chosen columns; first accounts and all errors before committing."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHeaderView,
    QLabel,
    QProgressBar,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWizard,
    QWizardPage,
)

from syncserver.account_fields import FIELD_NAMES
from syncserver.accounts_import import AccountRow, ImportFileError, ImportPlan

from ..models.accounts_model import format_money
from ..models.import_models import CellsModel, RowErrorsModel
from .import_fields import field_label
from .import_messages import row_message

if TYPE_CHECKING:
    from .import_wizard import ImportWizard

PREVIEW_ROWS = 50
_AMOUNTS = ("balance", "original_amount")


def _table(model) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.verticalHeader().setVisible(False)
    return view


class PreviewPage(QWizardPage):
    """GUI thread only. Complete once the check has finished with at least one valid row; "Importar" commits."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self.owner = wizard
        self.setTitle(self.tr("3. Revisión antes de importar"))
        self.setSubTitle(self.tr("Así quedarán las primeras cuentas. Las filas con errores no se importarán: "
                                 "corrija el archivo y vuelva a elegirlo, o importe las demás."))
        self.setCommitPage(True)
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("Importar"))
        self.summary_label = QLabel()
        self.summary_label.setTextFormat(Qt.TextFormat.PlainText)
        self.summary_label.setWordWrap(True)
        self.progress = QProgressBar()
        self.preview_model, self.errors_model = CellsModel(self), RowErrorsModel(self)
        self.preview_table, self.errors_table = _table(self.preview_model), _table(self.errors_model)
        self.errors_table.horizontalHeader().setStretchLastSection(True)
        self.preview_box = QGroupBox(self.tr("Primeras cuentas"))
        QVBoxLayout(self.preview_box).addWidget(self.preview_table)
        self.errors_box = QGroupBox(self.tr("Filas con errores"))
        QVBoxLayout(self.errors_box).addWidget(self.errors_table)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.preview_box)
        splitter.addWidget(self.errors_box)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.progress)
        layout.addWidget(splitter, 1)
        wizard.relay.progressed.connect(self._progressed)

    def initializePage(self) -> None:
        self.preview_model.set_table([], [])
        self.errors_model.set_errors([])
        self.progress.setRange(0, 0)
        self.progress.setVisible(True)
        self.summary_label.setText(self.tr("Revisando cada fila de %s…") % self.owner.peek.path.name)
        self.owner.check()

    def cleanupPage(self) -> None:
        self.owner.drop_background()  # back to the columns: the check in flight is not wanted any more

    def _progressed(self, done: int, total: int) -> None:
        if self.owner.currentPage() is self and self.owner.plan is None:
            self.progress.setRange(0, total)  # 0: a workbook, of unknown length: a busy bar
            self.progress.setValue(done if total else 0)

    def show_plan(self, plan: ImportPlan) -> None:
        """The first valid rows as they will be stored, and every row error."""
        self.progress.setVisible(False)
        fields = [f for f in FIELD_NAMES if f in plan.columns or f == "currency"]
        self.preview_model.set_table([field_label(f) for f in fields],
                                     [row_cells(row, fields) for row in plan.rows[:PREVIEW_ROWS]],
                                     right=[i for i, f in enumerate(fields) if f in _AMOUNTS])
        self.preview_table.resizeColumnsToContents()
        self.errors_model.set_errors([(e.line, e.column, row_message(e.message)) for e in plan.errors])
        self.errors_table.resizeColumnToContents(RowErrorsModel.LINE)
        self.errors_table.resizeColumnToContents(RowErrorsModel.COLUMN)
        self.preview_box.setTitle(self.tr("Primeras cuentas (%d de %d)") % (min(PREVIEW_ROWS, len(plan.rows)),
                                                                           len(plan.rows)))
        self.errors_box.setTitle(self.tr("Filas con errores: %d (no se importarán)") % plan.invalid_lines)
        text = self.tr("%d filas listas para importar; %d filas con errores.") % (len(plan.rows), plan.invalid_lines)
        if not plan.rows:
            text += " " + self.tr("No hay nada que importar: revise las columnas o el archivo.")
        self.summary_label.setText(text)
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("Importar %d cuentas") % len(plan.rows))
        self.completeChanged.emit()

    def show_failure(self, error: Exception) -> None:
        """Why the file could not be checked."""
        self.progress.setVisible(False)
        reason = str(error) if isinstance(error, ImportFileError) else f"{type(error).__name__}: {error}"
        self.summary_label.setText(self.tr("No se puede importar este archivo: %s") % reason)
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return self.owner.plan is not None and bool(self.owner.plan.rows)

    def validatePage(self) -> bool:
        return self.isComplete()


def row_cells(row: AccountRow, fields: list[str]) -> list[str]:
    """One checked row as the preview shows it."""
    yes, no = QCoreApplication.translate("PreviewPage", "Sí"), QCoreApplication.translate("PreviewPage", "No")
    cells = []
    for field in fields:
        value = getattr(row, field)
        if field in _AMOUNTS:
            cells.append("" if value is None else format_money(value, row.currency))
        elif field == "phones":
            cells.append(", ".join(value))
        elif field == "instalment_due_dates":
            cells.append(", ".join(day.strftime("%d/%m/%Y") for day in value))
        elif isinstance(value, bool):
            cells.append(yes if value else no)
        elif isinstance(value, float):
            cells.append(f"{value:.6f}".rstrip("0").rstrip("."))
        else:
            cells.append("" if value is None else str(value))
    return cells

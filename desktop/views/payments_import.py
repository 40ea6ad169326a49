"""Import payments from a .csv/.xlsx like the portfolio: check every row first, list the errors, then commit."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from syncserver.accounts_import import ImportFileError
from syncserver.payments import ImportedPayments, import_payments, plan_payments
from syncserver.payments_file import PaymentsPlan

from ..server_host import ServerHost
from ..worker import run_in_background
from .permission_ui import denied_text


class PaymentsImportDialog(QDialog):
    """GUI thread only; checking and committing run on pool threads. `imported(ImportedPayments)` after a commit."""

    checked = Signal(object)
    imported = Signal(object)

    def __init__(self, host: ServerHost, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.host = host
        self.plan: PaymentsPlan | None = None
        self.committing = False
        self.setWindowTitle(self.tr("Importar pagos"))
        self.resize(620, 420)
        self.path_edit = QLineEdit()
        self.path_edit.setReadOnly(True)
        self.choose_button = QPushButton(self.tr("Elegir archivo…"))
        self.choose_button.clicked.connect(self.choose_file)
        self.summary_label = QLabel(self.tr("Elija un archivo .csv o .xlsx con las columnas external_ref, paid_on, "
                                            "amount, reference."))
        self.summary_label.setWordWrap(True)
        self.error_list = QListWidget()
        self.buttons = QDialogButtonBox()
        self.import_button = self.buttons.addButton(self.tr("Importar"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.import_button.setEnabled(False)
        self.close_button = self.buttons.addButton(self.tr("Cerrar"), QDialogButtonBox.ButtonRole.RejectRole)
        self.import_button.clicked.connect(self.commit)
        self.close_button.clicked.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(self.path_edit, 1)
        row.addWidget(self.choose_button)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.summary_label)
        layout.addWidget(QLabel(self.tr("Filas que no se importarán:")))
        layout.addWidget(self.error_list, 1)
        layout.addWidget(self.buttons)

    def choose_file(self) -> None:
        """Ask for a file, then check it."""
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Elegir el archivo de pagos"), "", self.tr("Pagos (*.csv *.xlsx);;Todos los archivos (*)"))
        if path:
            self.load(path)

    def load(self, path: str | Path) -> None:
        """Check a file in the background; nothing is written until `commit`."""
        if self.committing:
            return
        path, host = Path(path), self.host
        self.plan = None
        self.path_edit.setText(str(path))
        self.import_button.setEnabled(False)
        self.error_list.clear()
        self.summary_label.setText(self.tr("Revisando %s…") % path.name)
        run_in_background(lambda: plan_payments(path, host.engine), self._checked, self._check_failed)

    def _checked(self, plan: PaymentsPlan) -> None:
        self.plan = plan
        self.summary_label.setText(self.tr("%d pagos válidos para importar; %d filas con errores.")
                                   % (len(plan.rows), len(plan.errors)))
        self._show_errors(plan.errors)
        self.import_button.setEnabled(bool(plan.rows))
        self.checked.emit(plan)

    def _check_failed(self, error: Exception) -> None:
        reason = str(error) if isinstance(error, ImportFileError) else f"{type(error).__name__}: {error}"
        self.summary_label.setText(self.tr("No se puede importar este archivo: %s") % reason)
        self.checked.emit(None)

    def _show_errors(self, errors) -> None:
        self.error_list.clear()
        for error in errors:
            self.error_list.addItem(self.tr("línea %d, columna %s: %s") % (error.line, error.column, error.message))

    def error_texts(self) -> list[str]:
        """The row errors as listed."""
        return [self.error_list.item(i).text() for i in range(self.error_list.count())]

    def commit(self) -> None:
        """Store the valid payments in one transaction (a reference already stored is left as it is)."""
        plan, host, actor = self.plan, self.host, self.host.actor
        if plan is None or not plan.rows or self.committing:
            return
        self.committing = True
        self.import_button.setEnabled(False)
        self.summary_label.setText(self.tr("Importando %d pagos…") % len(plan.rows))
        run_in_background(lambda: import_payments(host.engine, plan, actor=actor), self._committed, self._commit_failed)

    def _committed(self, result: ImportedPayments) -> None:
        self.committing, self.plan = False, None
        self.summary_label.setText(self.tr("Importación terminada: %d pagos nuevos, %d ya estaban.")
                                   % (result.created, result.unchanged))
        self._show_errors(result.errors)
        self.imported.emit(result)

    def _commit_failed(self, error: Exception) -> None:
        self.committing = False
        self.summary_label.setText(self.tr("La importación falló y no se guardó nada: %s") % (denied_text(error) or error))
        self.import_button.setEnabled(self.plan is not None)

    def reject(self) -> None:
        """Closing waits for a running commit: its outcome must be seen."""
        if not self.committing:
            super().reject()

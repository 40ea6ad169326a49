"""Import the portfolio from a .csv/.xlsx: check every row first, show the errors, then commit."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from syncserver.accounts_import import (
    ImportFileError,
    ImportPlan,
    ImportResult,
    RowError,
    apply_import,
    parse_accounts_file,
)

from ..server_host import ServerHost
from ..worker import run_in_background
from .permission_ui import denied_text


class _ProgressRelay(QObject):
    """Lives on the GUI thread; the import's worker thread emits, the progress bar listens."""

    progressed = Signal(int, int)


class ImportDialog(QDialog):
    """GUI thread only; parsing and committing run on pool threads (run_in_background).

    `load(path)` checks a file (the "Elegir archivo…" button calls it after a QFileDialog);
    `commit()` writes the valid rows; `imported(ImportResult)` follows a successful commit.
    """

    imported = Signal(object)
    checked = Signal(object)

    def __init__(self, host: ServerHost, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.host = host
        self.plan: ImportPlan | None = None
        self.result: ImportResult | None = None
        self.committing = False
        self._checking: Path | None = None  # the file whose check is awaited; later answers are stale
        self._relay = _ProgressRelay(self)
        self._relay.progressed.connect(self._progressed)
        self.setWindowTitle(self.tr("Importar cartera"))
        self.resize(640, 480)
        self.path_edit = QLineEdit()
        self.path_edit.setReadOnly(True)
        self.path_edit.setPlaceholderText(self.tr("Ningún archivo elegido"))
        self.choose_button = QPushButton(self.tr("Elegir archivo…"))
        self.choose_button.clicked.connect(self.choose_file)
        self.summary_label = QLabel(self.tr("Elija un archivo .csv o .xlsx con la cartera."))
        self.summary_label.setTextFormat(Qt.TextFormat.PlainText)
        self.summary_label.setWordWrap(True)
        self.error_list = QListWidget()
        self.progress = QProgressBar()
        self.progress.setVisible(False)
        self.buttons = QDialogButtonBox()
        self.import_button = self.buttons.addButton(self.tr("Importar"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.import_button.setEnabled(False)
        self.close_button = self.buttons.addButton(self.tr("Cancelar"), QDialogButtonBox.ButtonRole.RejectRole)
        self.import_button.clicked.connect(self.commit)
        self.close_button.clicked.connect(self.reject)
        chooser = QHBoxLayout()
        chooser.addWidget(self.path_edit, 1)
        chooser.addWidget(self.choose_button)
        layout = QVBoxLayout(self)
        layout.addLayout(chooser)
        layout.addWidget(self.summary_label)
        layout.addWidget(QLabel(self.tr("Filas que no se importarán:")))
        layout.addWidget(self.error_list, 1)
        layout.addWidget(self.progress)
        layout.addWidget(self.buttons)

    def choose_file(self) -> None:
        """Ask for a file, then check it."""
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Elegir la cartera"), "", self.tr("Cartera (*.csv *.xlsx);;Todos los archivos (*)"))
        if path:
            self.load(path)

    def load(self, path: str | Path) -> None:
        """Check a file in the background; nothing is written until `commit`."""
        if self.committing:
            return
        path = Path(path)
        self.plan = None
        self.result = None
        self._checking = path
        self.path_edit.setText(str(path))
        self.import_button.setEnabled(False)
        self.choose_button.setEnabled(False)
        self.error_list.clear()
        self.summary_label.setText(self.tr("Revisando %s…") % path.name)
        host = self.host  # its engine is opened and used on the pool thread only
        run_in_background(lambda: parse_accounts_file(path, host.engine),
                          lambda plan: self._checked(path, plan), lambda error: self._check_failed(path, error))

    def _checked(self, path: Path, plan: ImportPlan) -> None:
        if path != self._checking:
            return
        self._checking = None
        self.plan = plan
        self.choose_button.setEnabled(True)
        lines = self.tr("%d filas válidas para importar; %d filas con errores.") % (len(plan.rows), plan.invalid_lines)
        if plan.ignored_columns:
            lines += "\n" + self.tr("Columnas ignoradas: %s") % ", ".join(plan.ignored_columns)
        self.summary_label.setText(lines)
        self._show_errors(plan.errors)
        self.import_button.setEnabled(bool(plan.rows))
        self.checked.emit(plan)

    def _check_failed(self, path: Path, error: Exception) -> None:
        if path != self._checking:
            return
        self._checking = None
        self.choose_button.setEnabled(True)
        reason = str(error) if isinstance(error, ImportFileError) else f"{type(error).__name__}: {error}"
        self.summary_label.setText(self.tr("No se puede importar este archivo: %s") % reason)
        self.checked.emit(None)

    def error_texts(self) -> list[str]:
        """The row errors as listed."""
        return [self.error_list.item(i).text() for i in range(self.error_list.count())]

    def _show_errors(self, errors: tuple[RowError, ...]) -> None:
        self.error_list.clear()
        for error in errors:
            self.error_list.addItem(self.tr("línea %d, columna %s: %s") % (error.line, error.column, error.message))

    def commit(self) -> None:
        """Write the valid rows in one transaction, in the background, with progress."""
        plan = self.plan
        if plan is None or not plan.rows or self.committing:
            return
        self.committing = True
        self.import_button.setEnabled(False)
        self.choose_button.setEnabled(False)
        self.close_button.setEnabled(False)
        self.progress.setRange(0, len(plan.rows))
        self.progress.setValue(0)
        self.progress.setVisible(True)
        self.summary_label.setText(self.tr("Importando %d filas…") % len(plan.rows))
        host, relay, actor = self.host, self._relay, self.host.actor
        run_in_background(lambda: apply_import(host.engine, plan, progress=relay.progressed.emit, actor=actor),
                          self._committed, self._commit_failed)

    def _progressed(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(1, total))
        self.progress.setValue(done)

    def _committed(self, result: ImportResult) -> None:
        self.committing = False
        self.result = result
        self.plan = None
        self.progress.setValue(self.progress.maximum())
        self.summary_label.setText(
            self.tr("Importación terminada: %d creadas, %d actualizadas, %d movidas de gestor, %d sin cambios.")
            % (result.created, result.updated, result.moved, result.unchanged))
        self._show_errors(result.errors)
        self.close_button.setText(self.tr("Cerrar"))
        self.close_button.setEnabled(True)
        self.choose_button.setEnabled(True)
        self.imported.emit(result)

    def _commit_failed(self, error: Exception) -> None:
        self.committing = False
        self.progress.setVisible(False)
        self.summary_label.setText(self.tr("La importación falló y no se guardó nada: %s") % (denied_text(error) or error))
        self.close_button.setEnabled(True)
        self.choose_button.setEnabled(True)
        self.import_button.setEnabled(self.plan is not None)

    def reset(self) -> None:
        """Back to an empty dialog for the next file (not while a commit runs)."""
        if self.committing:
            return
        self.plan, self.result, self._checking = None, None, None
        self.path_edit.clear()
        self.error_list.clear()
        self.progress.setVisible(False)
        self.summary_label.setText(self.tr("Elija un archivo .csv o .xlsx con la cartera."))
        self.import_button.setEnabled(False)
        self.choose_button.setEnabled(True)
        self.close_button.setText(self.tr("Cancelar"))

    def reject(self) -> None:
        """Closing waits for a running commit: its outcome must be seen."""
        if not self.committing:
            super().reject()

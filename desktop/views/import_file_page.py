"""Step 1 of the import: choose the lender's file and see its first rows as they are."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWizardPage,
)

from syncserver.accounts_import import FilePeek, ImportFileError

from ..models.import_models import CellsModel

if TYPE_CHECKING:
    from .import_wizard import ImportWizard


def cell_text(value: Any) -> str:
    """A raw cell as the file has it (numbers without a trailing .0, dates as dd/mm/yyyy)."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if hasattr(value, "strftime"):
        return value.strftime("%d/%m/%Y")
    return str(value)


class FilePage(QWizardPage):
    """GUI thread only. Complete once the chosen file's header and first rows have been read."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self.owner = wizard
        self.path: Path | None = None
        self.setTitle(self.tr("1. Archivo de la cartera"))
        self.setSubTitle(self.tr("Elija el archivo .csv o .xlsx que envió la entidad, con una fila de encabezados. "
                                 "Nada se guarda hasta el último paso."))
        self.path_edit = QLineEdit()
        self.path_edit.setReadOnly(True)
        self.path_edit.setPlaceholderText(self.tr("Ningún archivo elegido"))
        self.choose_button = QPushButton(self.tr("Elegir archivo…"))
        self.choose_button.clicked.connect(self.choose_file)
        self.info_label = QLabel()
        self.info_label.setTextFormat(Qt.TextFormat.PlainText)
        self.info_label.setWordWrap(True)
        self.sample_model = CellsModel(self)
        self.sample_table = QTableView()
        self.sample_table.setModel(self.sample_model)
        self.sample_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.sample_table.verticalHeader().setVisible(False)
        self.sample_table.setWordWrap(False)
        row = QHBoxLayout()
        row.addWidget(self.path_edit, 1)
        row.addWidget(self.choose_button)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.info_label)
        layout.addWidget(self.sample_table, 1)

    def choose_file(self) -> None:
        """Ask for a file, then read its beginning."""
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Elegir la cartera"), "", self.tr("Cartera (*.csv *.xlsx);;Todos los archivos (*)"))
        if path:
            self.load(path)

    def load(self, path: str | Path) -> None:
        """Read the header and first rows in the background; nothing is written."""
        self.path = Path(path)
        self.path_edit.setText(str(self.path))
        self.info_label.setText(self.tr("Leyendo %s…") % self.path.name)
        self.sample_model.set_table([], [])
        self.completeChanged.emit()
        self.owner.read_file(self.path)

    def show_peek(self, peek: FilePeek) -> None:
        """The file's headers and first rows."""
        self.info_label.setText(
            self.tr("%s: %d columnas; los encabezados están en la línea %d. Primeras filas del archivo:")
            % (peek.path.name, len(peek.headers), peek.header_line))
        self.sample_model.set_table(peek.headers, [[cell_text(c) for c in row] for row in peek.samples])
        self.sample_table.resizeColumnsToContents()
        self.completeChanged.emit()

    def show_failure(self, error: Exception) -> None:
        """Why the file cannot be read."""
        reason = str(error) if isinstance(error, ImportFileError) else f"{type(error).__name__}: {error}"
        self.info_label.setText(self.tr("No se puede leer este archivo: %s") % reason)
        self.completeChanged.emit()

    def clear(self) -> None:
        """No file chosen."""
        self.path = None
        self.path_edit.clear()
        self.info_label.setText(self.tr("Elija un archivo para ver sus primeras filas."))
        self.sample_model.set_table([], [])

    def isComplete(self) -> bool:
        peek = self.owner.peek
        return peek is not None and self.path is not None and peek.path == self.path

    def validatePage(self) -> bool:
        return self.isComplete()

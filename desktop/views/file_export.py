"""What every "Exportar…" button shares: the button, the answer once the file is written, the failure in words."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QMessageBox, QPushButton

from .dashboard_exports import error_text


class FileExport(QObject):
    """GUI thread only. Its own strings name their context (self.tr would look them up under the subclass's). Subclasses ask for the file and write it on a pool thread, then call `_wrote` or `_failed`."""

    finished = Signal(str)  # the file written
    failed = Signal(str)  # what went wrong, as shown

    def __init__(self, page, tooltip: str, title: str) -> None:
        super().__init__(page)
        self.page = page
        self.title = title  # of the message boxes
        self.message: QMessageBox | None = None
        self.button = QPushButton(QCoreApplication.translate("FileExport", "Exportar…"))
        self.button.setToolTip(tooltip)
        self.button.clicked.connect(self.choose)

    def choose(self) -> None:
        """Ask for the file and export to it."""
        raise NotImplementedError

    def _wrote(self, path: Path, text: str) -> None:
        self.button.setEnabled(True)
        self._show(QMessageBox.Icon.Information, text)
        self.finished.emit(str(path))

    def _failed(self, error: Exception) -> None:
        self.button.setEnabled(True)
        text = QCoreApplication.translate("FileExport", "No se pudo exportar: %s") % error_text(error)
        self._show(QMessageBox.Icon.Warning, text)
        self.failed.emit(text)

    def _show(self, icon: QMessageBox.Icon, text: str) -> None:
        if self.message is not None:
            self.message.close()
        self.message = QMessageBox(icon, self.title, text, QMessageBox.StandardButton.Ok, self.page)
        self.message.open()

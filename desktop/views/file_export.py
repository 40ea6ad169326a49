"""What every "Exportar…" button shares: the button, the answer once the file is written, the failure in words."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QMessageBox, QPushButton

from syncserver.export_audit import audited_export
from syncserver.permissions import DATA_EXPORT

from .dashboard_exports import error_text
from .permission_ui import denied_text, guard


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
        self.tooltip = tooltip
        self.button.clicked.connect(self.choose)
        self._wanted = True  # what the export's own state says (a report shown, no export running)
        self._enable()
        page.host.session_changed.connect(lambda _session: self._enable(self._wanted))

    @property
    def allowed(self) -> bool:
        """Whether the session's role may export data."""
        return self.page.host.session.can(DATA_EXPORT)

    def _enable(self, enabled: bool = True) -> None:
        """Enable the button when `enabled` and the role may export; else its tooltip says which role is needed."""
        self._wanted = enabled
        guard(self.button, self.page.host.session, DATA_EXPORT, enabled, self.tooltip)

    def audited(self, what: str, path: Path, write: Callable[[], int], **details: Any) -> Callable[[], int]:
        """For a pool thread: check the role, `write()` the file (its rows), then audit it as data.exported."""
        engine, actor = self.page.host.engine, self.page.host.actor
        return lambda: audited_export(engine, actor=actor, what=what, path=path, write=write, details=details)

    def choose(self) -> None:
        """Ask for the file and export to it."""
        raise NotImplementedError

    def _wrote(self, path: Path, text: str) -> None:
        self._enable()
        self._show(QMessageBox.Icon.Information, text)
        self.finished.emit(str(path))

    def _failed(self, error: Exception) -> None:
        self._enable()
        text = QCoreApplication.translate("FileExport", "No se pudo exportar: %s") % (
            denied_text(error) or error_text(error))
        self._show(QMessageBox.Icon.Warning, text)
        self.failed.emit(text)

    def _show(self, icon: QMessageBox.Icon, text: str) -> None:
        if self.message is not None:
            self.message.close()
        self.message = QMessageBox(icon, self.title, text, QMessageBox.StandardButton.Ok, self.page)
        self.message.open()

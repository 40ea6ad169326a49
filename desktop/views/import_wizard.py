"""Importing the portfolio step by step: file, columns, review of rows and errors, import with progress, summary."""

from __future__ import annotations

import itertools
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QSettings, Signal
from PySide6.QtWidgets import QWidget, QWizard

from syncserver.accounts_import import (
    FilePeek,
    ImportCancelled,
    ImportPlan,
    ImportResult,
    apply_import,
    branch_country,
    parse_accounts_file,
    peek_file,
)
from syncserver.phones import Country

from ..server_host import ServerHost
from ..worker import run_in_background
from .import_file_page import FilePage
from .import_mapping_page import MappingPage
from .import_memory import MappingMemory
from .import_preview_page import PreviewPage
from .import_run_page import RunPage
from ..app_settings import app_settings


class _ProgressRelay(QObject):
    """Lives on the GUI thread; the worker thread emits (done, total), the page's progress bar listens."""

    progressed = Signal(int, int)


class ImportWizard(QWizard):
    """GUI thread only; reading, checking and importing run on pool threads (run_in_background).

    Nothing is written before the last page. Cancel during the import sets a threading.Event the
    importer checks between chunks; its one transaction is then rolled back, so nothing is kept.
    """

    peeked = Signal(object)  # FilePeek, or None when the file cannot be read
    checked = Signal(object)  # ImportPlan, or None
    imported = Signal(object)  # ImportResult after a commit
    finished_import = Signal(str)  # "done", "cancelled" or "failed"

    FILE, MAPPING, PREVIEW, RUN = range(4)

    def __init__(self, host: ServerHost, parent: QWidget | None = None, *, settings: QSettings | None = None) -> None:
        super().__init__(parent)
        self.host = host
        self.memory = MappingMemory(settings if settings is not None else app_settings())
        self.peek: FilePeek | None = None
        self.country: Country | None = None
        self.mapping: dict[str, tuple[str, ...]] = {}
        self.plan: ImportPlan | None = None
        self.result: ImportResult | None = None
        self.importing = False
        self._cancel = threading.Event()
        self._tokens = itertools.count(1)
        self._token = 0
        self.relay = _ProgressRelay(self)
        self.setWindowTitle(self.tr("Importar cartera"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("Siguiente >"))
        self.setButtonText(QWizard.WizardButton.BackButton, self.tr("< Atrás"))
        self.setButtonText(QWizard.WizardButton.CancelButton, self.tr("Cancelar"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("Cerrar"))
        self.resize(980, 720)
        self.file_page, self.mapping_page = FilePage(self), MappingPage(self)
        self.preview_page, self.run_page = PreviewPage(self), RunPage(self)
        for page_id, page in enumerate((self.file_page, self.mapping_page, self.preview_page, self.run_page)):
            self.setPage(page_id, page)

    # --- background work: one at a time, later answers replace earlier ones -------------------------

    def _start(self, work: Callable[[threading.Event], Any], done: Callable[[Any], None],
               failed: Callable[[Exception], None]) -> None:
        self._cancel.set()  # whatever ran before is no longer wanted
        cancel = self._cancel = threading.Event()
        token = self._token = next(self._tokens)
        run_in_background(lambda: work(cancel), lambda value: token == self._token and done(value),
                          lambda error: token == self._token and failed(error))

    def read_file(self, path: Path) -> None:
        """Read the header and first rows of a file, and the branch's country; `peeked` follows."""
        host = self.host
        self.peek, self.plan = None, None
        self._start(lambda _cancel: (peek_file(path), branch_country(host.engine)), self._peeked,
                    lambda error: (self.file_page.show_failure(error), self.peeked.emit(None)))

    def _peeked(self, answer: tuple[FilePeek, Country | None]) -> None:
        self.peek, self.country = answer
        self.file_page.show_peek(self.peek)
        self.peeked.emit(self.peek)

    def check(self) -> None:
        """Read and check every row with the chosen mapping; `checked` follows."""
        path, mapping, host, relay = self.peek.path, dict(self.mapping), self.host, self.relay
        self.plan = None
        self._start(lambda cancel: parse_accounts_file(path, host.engine, mapping, progress=relay.progressed.emit,
                                                       cancel=cancel),
                    self._checked, self._check_failed)

    def _checked(self, plan: ImportPlan) -> None:
        self.plan = plan
        self.preview_page.show_plan(plan)
        self.checked.emit(plan)

    def _check_failed(self, error: Exception) -> None:
        if not isinstance(error, ImportCancelled):
            self.preview_page.show_failure(error)
        self.checked.emit(None)

    def commit(self) -> None:
        """Import the checked rows in one transaction; `imported` and `finished_import` follow."""
        plan, host, relay, actor = self.plan, self.host, self.relay, self.host.actor
        self.importing, self.result = True, None
        self._start(lambda cancel: apply_import(host.engine, plan, relay.progressed.emit, cancel=cancel, actor=actor),
                    self._committed, self._commit_failed)

    def _committed(self, result: ImportResult) -> None:
        self.importing, self.result, self.plan = False, result, None
        self.run_page.show_result(result)
        self.imported.emit(result)
        self.finished_import.emit("done")

    def _commit_failed(self, error: Exception) -> None:
        self.importing = False
        cancelled = isinstance(error, ImportCancelled)
        self.run_page.show_failure(None if cancelled else error)
        self.finished_import.emit("cancelled" if cancelled else "failed")

    # --- closing -----------------------------------------------------------------------------------

    def cancel_import(self) -> bool:
        """Ask a running import to stop (it rolls back); True if one was running."""
        if not self.importing:
            return False
        self._cancel.set()
        self.run_page.show_cancelling()
        return True

    def drop_background(self) -> None:
        """Stop waiting for a read or check in flight (its answer is ignored; it stops at its next check)."""
        if not self.importing:
            self._cancel.set()
            self._token = next(self._tokens)

    def reject(self) -> None:
        """Cancel: a running import is stopped first and the wizard stays to say so; a check is just dropped."""
        if self.cancel_import():
            return
        self.drop_background()
        super().reject()

    def start_over(self) -> None:
        """Back to the first page with nothing chosen (not while an import runs)."""
        if self.importing:
            return
        self._token = next(self._tokens)
        self.peek, self.plan, self.result, self.mapping = None, None, None, {}
        self.file_page.clear()
        self.restart()

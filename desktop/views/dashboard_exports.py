"""The Indicadores page's "Imprimir informe…" (PDF) and "Exportar…" (XLSX/CSV tables) for its current filters."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, QStandardPaths, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QMessageBox, QPushButton, QWidget

from syncserver.export_audit import DASHBOARD_PDF, DASHBOARD_TABLE, audited_export, check_export, record_export
from syncserver.kpis.dashboard import DashboardQuery, branch_today
from syncserver.kpis.printable import load_printable
from syncserver.kpis.tables import TABLES, dashboard_table
from syncserver.permissions import DATA_EXPORT
from syncserver.table_export import export_table

from ..models.kpi_format import kpi_labels
from ..worker import run_in_background
from .dashboard_filters import period_of
from .permission_ui import guard
from .report_pdf import write_report_pdf

PAGE_SIZE_KEY = "reports/page_size"


def with_suffix(path: str, known: tuple[str, ...], default: str) -> Path:
    """The path as typed when it ends in one of the known suffixes, else with `default` added."""
    return Path(path) if Path(path).suffix.lower() in known else Path(path + default)


def error_text(error: Exception) -> str:
    """An exception as the user reads it."""
    return str(error) or type(error).__name__


class DashboardExports(QWidget):
    """GUI thread only. Reads and file writes run on pool threads; the PDF is drawn on the GUI thread."""

    finished = Signal(str)  # the file written
    failed = Signal(str)  # what went wrong, as shown

    def __init__(self, page, parent: QWidget | None = None, *, settings: QSettings | None = None) -> None:
        super().__init__(parent)
        self.page = page
        self.settings = settings if settings is not None else QSettings("Campo", "Campo")
        self.message: QMessageBox | None = None
        self.print_button = QPushButton(self.tr("Imprimir informe…"))
        self.print_button.setToolTip(self.tr("Informe PDF del periodo y los filtros elegidos"))
        self.print_button.clicked.connect(self.choose_report)
        self.export_button = QPushButton(self.tr("Exportar…"))
        self.export_button.setToolTip(self.tr("Una tabla de indicadores en Excel o CSV"))
        self.export_button.clicked.connect(self.choose_export)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.print_button)
        layout.addWidget(self.export_button)
        self.tooltips = {button: button.toolTip() for button in (self.print_button, self.export_button)}
        self._busy(False)
        page.host.session_changed.connect(lambda _session: self._busy(False))

    def table_names(self) -> dict[str, str]:
        """Each exportable table and its name in the file dialog."""
        return {"agents": self.tr("Indicadores por gestor"), "segments": self.tr("Indicadores por segmento"),
                "days": self.tr("Indicadores por día"), "productivity": self.tr("Productividad por gestor")}

    # --- dialogs (thin: they only choose a path) --------------------------------------------

    def _folder(self) -> str:
        return QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)

    def _stem(self) -> str:
        query = self.page.board.query if self.page.board else None
        return f"{query.first.isoformat()}_{query.last.isoformat()}" if query else "periodo"

    def choose_report(self) -> None:
        """Ask where to save the PDF and on which paper, then write it."""
        sizes = {self.tr("PDF, tamaño A4 (*.pdf)"): "a4", self.tr("PDF, tamaño carta (*.pdf)"): "letter"}
        chosen = str(self.settings.value(PAGE_SIZE_KEY, "letter"))
        current = next((name for name, size in sizes.items() if size == chosen), next(iter(sizes)))
        path, name = QFileDialog.getSaveFileName(self, self.tr("Imprimir informe"),
                                                 str(Path(self._folder()) / f"informe_{self._stem()}.pdf"),
                                                 ";;".join(sizes), current)
        if path:
            self.settings.setValue(PAGE_SIZE_KEY, sizes.get(name, "letter"))
            self.write_report(with_suffix(path, (".pdf",), ".pdf"), sizes.get(name, "letter"))

    def choose_export(self) -> None:
        """Ask for the table and the format (by the dialog's file type) and the file, then write it."""
        choices = {}
        for table, label in self.table_names().items():
            choices[self.tr("%s · Excel (*.xlsx)") % label] = (table, ".xlsx")
            choices[self.tr("%s · CSV (*.csv)") % label] = (table, ".csv")
        path, name = QFileDialog.getSaveFileName(self, self.tr("Exportar indicadores"),
                                                 str(Path(self._folder()) / f"indicadores_{self._stem()}.xlsx"),
                                                 ";;".join(choices))
        if path and name in choices:
            table, suffix = choices[name]
            self.export_to(with_suffix(path, (".xlsx", ".csv"), suffix), table)

    # --- the work ---------------------------------------------------------------------------

    def _query_reader(self):
        """A function for a pool thread that returns the page's query: the one shown, else its filters'."""
        page, host = self.page, self.page.host
        if page.board is not None:
            query = page.board.query
            return lambda: query
        filters = page.filters
        custom = (filters.date_from.date().toPython(), filters.date_to.date().toPython())
        preset, agent_id = filters.preset, filters.agent_combo.currentData()
        segment = filters.segment_combo.currentData()
        return lambda: DashboardQuery(*period_of(preset, branch_today(host.engine), custom), agent_id, segment)

    def write_report(self, path: Path | str, page_size: str = "a4") -> None:
        """Read the report of the page's filters on a pool thread, then draw it into `path` ("a4" or "letter")."""
        engine, actor, query_of = self.page.host.engine, self.page.host.actor, self._query_reader()
        self._busy(True)

        def read():  # pool thread
            check_export(engine, actor)
            return load_printable(engine, query_of())

        run_in_background(read, lambda report: self._draw(report, Path(path), page_size), self._failed)

    def _draw(self, report, path: Path, page_size: str) -> None:
        try:
            pages = write_report_pdf(report, path, page_size)
        except OSError as error:
            self._failed(error)
            return
        engine, actor = self.page.host.engine, self.page.host.actor
        query = report.board.query
        details = {"from": query.first, "to": query.last, "agent": query.agent_id, "segment": query.segment}
        run_in_background(lambda: record_export(engine, actor=actor, what=DASHBOARD_PDF, path=path, rows=pages,
                                                details={**details, "pages": pages}),
                          lambda _none: self._done(path, self.tr("Informe guardado (%d páginas):\n%s")
                                                   % (pages, path)),
                          self._failed)

    def export_to(self, path: Path | str, table: str) -> None:
        """Write one of TABLES for the page's filters to `path` (.xlsx or .csv) on a pool thread."""
        if table not in TABLES:
            raise ValueError(f"table must be one of {', '.join(TABLES)}")
        path, engine, actor, query_of = Path(path), self.page.host.engine, self.page.host.actor, self._query_reader()
        labels, title = kpi_labels(), self.table_names()[table]
        titles = {
            "agent": self.tr("Gestor"), "segment": self.tr("Segmento"), "day": self.tr("Día"),
            "name": self.tr("Nombre"), "no_segment": self.tr("Sin segmento"),
            "code": self.tr("Gestor"), "visits": self.tr("Visitas"), "visit_days": self.tr("Días con visitas"),
            "visits_per_day": self.tr("Visitas por día"), "field_hours_per_day": self.tr("Horas en campo por día"),
            "km": self.tr("Km recorridos"), "km_per_day": self.tr("Km por día"),
            "compliance": self.tr("Dentro de la geocerca"), "flagged": self.tr("Visitas con alertas")}

        def write() -> int:  # pool thread
            query = query_of()
            columns, rows = dashboard_table(engine, query, table, labels=labels, titles=titles)
            return audited_export(engine, actor=actor, what=DASHBOARD_TABLE, path=path,
                                  write=lambda: export_table(path, title, columns, rows),
                                  details={"table": table, "from": query.first, "to": query.last,
                                           "agent": query.agent_id, "segment": query.segment})

        self._busy(True)
        run_in_background(write, lambda count: self._done(path, self.tr("%d filas exportadas a:\n%s") % (count, path)),
                          self._failed)

    # --- answers ----------------------------------------------------------------------------

    def _busy(self, busy: bool) -> None:
        for button, tooltip in self.tooltips.items():
            guard(button, self.page.host.session, DATA_EXPORT, not busy, tooltip)

    def _done(self, path: Path, text: str) -> None:
        self._busy(False)
        box = self._show(QMessageBox.Icon.Information, text)
        opener = box.addButton(self.tr("Abrir"), QMessageBox.ButtonRole.ActionRole)
        opener.clicked.connect(lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))))
        self.finished.emit(str(path))

    def _failed(self, error: Exception) -> None:
        self._busy(False)
        text = self.tr("No se pudo guardar el archivo: %s") % error_text(error)
        self._show(QMessageBox.Icon.Warning, text)
        self.failed.emit(text)

    def _show(self, icon: QMessageBox.Icon, text: str) -> QMessageBox:
        """A message that does not block (open(), not exec())."""
        if self.message is not None:
            self.message.close()
        self.message = QMessageBox(icon, self.tr("Indicadores"), text, QMessageBox.StandardButton.Ok, self)
        self.message.open()
        return self.message

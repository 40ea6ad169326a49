"""The report builder's "Exportar…": the pivot shown, to .xlsx or .csv with typed cells."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths, Qt
from PySide6.QtWidgets import QFileDialog

from syncserver.export_audit import REPORT_TABLE
from syncserver.kpis.pivot_result import PivotResult
from syncserver.table_export import Column, export_table

from ..models.report_labels import key_text
from ..worker import run_in_background
from .dashboard_exports import with_suffix
from .file_export import FileExport


def pivot_rows(result: PivotResult, headers: list[str], total_label: str) -> tuple[list[Column], list[list]]:
    """The report's flat table as export columns and rows: dates stay dates, other keys as the page words them."""
    table = result.table()
    columns, dimensions = [], 0
    for header, column in zip(headers, table.columns, strict=True):
        if column.measure is None:
            dimensions += 1
            columns.append(Column(header, "date" if column.kind == "date" else "text", 18))
        else:
            columns.append(Column(header, column.kind, 14))
    rows = []
    for row in table.rows:
        if row.total:
            keys = [total_label] + [""] * (dimensions - 1)
        else:
            keys = [key if column.kind == "date" else key_text(column.name, key, result.agent_names)
                    for column, key in zip(table.columns[:dimensions], row.keys, strict=True)]
        rows.append([*keys, *row.values])
    return columns, rows


class ReportExport(FileExport):
    """GUI thread only: the button and its messages; the file is written on a pool thread."""

    def __init__(self, page) -> None:
        super().__init__(page, QCoreApplication.translate("ReportExport", "El informe mostrado en Excel o CSV"),
                         QCoreApplication.translate("ReportExport", "Informes"))
        self._enable(False)  # until a report is shown
        page.shown.connect(lambda _result: self._enable())

    def choose(self) -> None:
        """Ask for the file; its type (Excel or CSV) picks the format."""
        types = {self.tr("Excel (*.xlsx)"): ".xlsx", self.tr("CSV (*.csv)"): ".csv"}
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        name = (self.page.result.definition.name if self.page.result is not None else "") or self.tr("informe")
        path, chosen = QFileDialog.getSaveFileName(self.page, self.tr("Exportar informe"),
                                                   str(Path(folder) / f"{name}.xlsx"), ";;".join(types))
        if path:
            self.export_to(with_suffix(path, (".xlsx", ".csv"), types.get(chosen, ".xlsx")))

    def export_to(self, path: Path | str) -> None:
        """Write the report shown now to `path` (in the background)."""
        result, path = self.page.result, Path(path)
        if result is None:
            return
        model = self.page.model
        headers = [str(model.headerData(i, Qt.Orientation.Horizontal)) for i in range(model.columnCount())]
        columns, rows = pivot_rows(result, headers, self.tr("Total"))
        title = result.definition.name or self.tr("Informe")
        self._enable(False)
        write = self.audited(REPORT_TABLE, path, lambda: export_table(path, title, columns, rows),
                             report=result.definition.name or None)
        run_in_background(write, lambda count: self._done(path, count), self._failed)

    def _done(self, path: Path, count: int) -> None:
        self._wrote(path, self.tr("%d filas exportadas a:\n%s") % (count, path))

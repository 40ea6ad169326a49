"""The visits inbox's "Exportar…": the visits of its current filter to .xlsx or .csv, typed."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths
from PySide6.QtWidgets import QFileDialog

from syncserver.export_audit import VISITS
from syncserver.table_export import Column, export_table
from syncserver.visit_queries import VisitRow, list_visits

from ..visit_labels import flag_words, outcome_labels, verdict_labels
from ..worker import run_in_background
from .dashboard_exports import with_suffix
from .file_export import FileExport

EXPORT_LIMIT = 100_000


class VisitsExport(FileExport):
    """GUI thread only: the button and its messages. The read and the write run on a pool thread."""

    def __init__(self, page) -> None:
        super().__init__(page, QCoreApplication.translate("VisitsExport", "Las visitas del filtro actual en Excel o CSV"),
                         QCoreApplication.translate("VisitsExport", "Visitas"))

    def columns(self) -> list[Column]:
        """The exported columns, typed."""
        return [Column(self.tr("Inicio"), "datetime"), Column(self.tr("Gestor"), "text"),
                Column(self.tr("Nombre del gestor"), "text", 22), Column(self.tr("Cuenta"), "text"),
                Column(self.tr("Deudor"), "text", 24), Column(self.tr("Resultado"), "text", 22),
                Column(self.tr("Monto prometido"), "money"), Column(self.tr("Vence"), "date"),
                Column(self.tr("Moneda"), "text"), Column(self.tr("Geocerca"), "text", 22),
                Column(self.tr("Distancia (m)"), "number"), Column(self.tr("Alertas"), "text", 30),
                Column(self.tr("Corrige a"), "text"), Column(self.tr("Visita"), "text"),
                Column(self.tr("Recibida"), "datetime")]

    def choose(self) -> None:
        """Ask for the file; its type (Excel or CSV) picks the format."""
        types = {self.tr("Excel (*.xlsx)"): ".xlsx", self.tr("CSV (*.csv)"): ".csv"}
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        path, name = QFileDialog.getSaveFileName(self.page, self.tr("Exportar visitas"),
                                                 str(Path(folder) / "visitas.xlsx"), ";;".join(types))
        if path:
            self.export_to(with_suffix(path, (".xlsx", ".csv"), types.get(name, ".xlsx")))

    def export_to(self, path: Path | str) -> None:
        """Read the visits of the inbox's filter again (all of them, up to EXPORT_LIMIT) and write them to `path`."""
        proxy, engine, path = self.page.proxy, self.page.host.engine, Path(path)
        zone = self.page.model.time_zone
        filters = {"since": proxy.since, "until": proxy.until, "agent_id": proxy.agent_id, "outcome": proxy.outcome,
                   "verdict": proxy.verdict, "flagged_only": proxy.flagged_only}
        slot = proxy.local_slot
        outcomes, verdicts = outcome_labels(), verdict_labels()
        flags = {code: short for code, (short, _sentence) in flag_words().items()}
        columns, title = self.columns(), self.tr("Visitas")

        def local(moment):
            return moment.astimezone(zone) if zone is not None else moment.astimezone()

        def row(v: VisitRow) -> list:
            return [local(v.started_at), v.agent_code, v.agent_name, v.external_ref, v.debtor_name,
                    outcomes.get(v.outcome, v.outcome), v.promise_amount, v.promise_due, v.currency,
                    verdicts.get(v.verdict, v.verdict), v.distance_m,
                    ", ".join(flags.get(code, code) for code in v.flags), v.corrects, v.id,
                    local(v.received_at)]

        cut = []

        def write() -> int:  # pool thread
            visits = list_visits(engine, **filters, limit=EXPORT_LIMIT + 1)
            cut.append(len(visits) > EXPORT_LIMIT)
            if slot is not None:
                visits = [v for v in visits if (local(v.started_at).weekday(), local(v.started_at).hour) == slot]
            return export_table(path, title, columns, (row(v) for v in visits[:EXPORT_LIMIT]))

        self._enable(False)
        run_in_background(self.audited(VISITS, path, write, filter={**filters, "slot": slot}),
                          lambda count: self._done(path, count, bool(cut and cut[0])), self._failed)

    def _done(self, path: Path, count: int, cut: bool) -> None:
        text = self.tr("%d visitas exportadas a:\n%s") % (count, path)
        if cut:
            text += "\n" + self.tr("Solo las %d más recientes: acote las fechas para exportar las demás.") % EXPORT_LIMIT
        self._wrote(path, text)

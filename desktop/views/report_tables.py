"""The printed report's tables: KPIs with definitions, per agent, per segment, productivity, flagged visits."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt

from syncserver.kpis.days import zone_of
from syncserver.kpis.printable import PrintableReport
from syncserver.kpis.report import KpiGroup

from ..models.kpi_format import KPIS, SPECS, format_change, format_value, group_number, kpi_labels
from ..models.kpi_groups_model import KpiGroupsModel
from ..models.kpi_productivity_model import ProductivityModel
from ..models.table import RowsTableModel
from ..visit_labels import flag_sentence, flag_short, outcome_label
from .report_canvas import MUTED, ReportCanvas, TableColumn
from .report_texts import kpi_definitions

FLAGGED = "#b00020"


def kpi_table(canvas: ReportCanvas, now: KpiGroup, before: KpiGroup) -> None:
    """Every measure: its value, the previous period's, the change, and what it means."""
    definitions, labels = kpi_definitions(), kpi_labels()
    columns = [TableColumn(QCoreApplication.translate("ReportPdf", "Indicador"), 1.8, wrap=True),
               TableColumn(QCoreApplication.translate("ReportPdf", "Valor"), 1.15, "right"),
               TableColumn(QCoreApplication.translate("ReportPdf", "Periodo anterior"), 1.15, "right"),
               TableColumn(QCoreApplication.translate("ReportPdf", "Cambio"), 0.85, "right"),
               TableColumn(QCoreApplication.translate("ReportPdf", "Definición"), 3.6, wrap=True, color=MUTED,
                           emphasis=False)]
    rows = []
    for spec in KPIS:
        value, old = getattr(now, spec.name), getattr(before, spec.name)
        rows.append([labels[spec.name], format_value(spec.name, value), format_value(spec.name, old),
                     format_change(spec.name, value, old), definitions[spec.name]])
    canvas.table(columns, rows, bold_rows=frozenset(range(8)))  # the rates and amounts first, in bold


def _model_table(model: RowsTableModel, weights: list[float]) -> tuple[list[TableColumn], list[list[str]]]:
    """A dashboard table model's headers and display texts: the report formats exactly as the page does."""
    columns = [TableColumn(str(model.headerData(c, Qt.Orientation.Horizontal)), weights[c],
                           "left" if c == 0 else "right", wrap=c == 0) for c in range(model.columnCount())]
    rows = [[str(model.index(r, c).data() or "") for c in range(model.columnCount())] for r in range(model.rowCount())]
    return columns, rows


REACH = ("assigned_accounts", "accounts_attempted", "accounts_contacted", "attempts", "contacts", "penetration",
         "intensity", "hits")
RESULTS = ("rpc", "rpc_rate", "promises", "ptp_rate", "promises_matured", "promises_kept", "kept_rate",
           "promised_amount", "collected_amount")


def _groups(canvas: ReportCanvas, title: str, key_title: str, groups, total: KpiGroup | None,
            names: dict | None = None) -> None:
    """The groups in two tables (reach and contact; promises and money), a total row last when given."""
    canvas.heading(title, keep_with=100)
    if not groups:
        canvas.paragraph(QCoreApplication.translate("ReportPdf", "Sin datos en el periodo."), color=MUTED)
        return
    labels, key_text = kpi_labels(), KpiGroupsModel(key_title, names=names).key_text
    keyed = [(key_text(group.key), group) for group in groups]
    if total is not None:
        keyed.append((QCoreApplication.translate("ReportPdf", "Total"), total))
    parts = ((QCoreApplication.translate("ReportPdf", "Cobertura y contacto"), REACH),
             (QCoreApplication.translate("ReportPdf", "Promesas y recaudo"), RESULTS))
    for caption, measures in parts:
        columns = [TableColumn(key_title, 1.9, wrap=True)] + [
            TableColumn(labels[name], 1.45 if SPECS[name].kind == "money" else 1.0, "right") for name in measures]
        rows = [[text] + [format_value(name, getattr(group, name)) for name in measures] for text, group in keyed]
        canvas.paragraph(caption, size=8, color=MUTED, bold=True, keep_with=60)
        canvas.table(columns, rows, size=7, bold_rows=frozenset({len(rows) - 1}) if total is not None else frozenset())


def agent_tables(canvas: ReportCanvas, report: PrintableReport) -> None:
    """Per agent, per segment, and the agents' field work."""
    board = report.board
    names = {a.code: f"{a.name} ({a.code})" for a in board.agent_choices}
    _groups(canvas, QCoreApplication.translate("ReportPdf", "Indicadores por gestor"),
            QCoreApplication.translate("ReportPdf", "Gestor"), board.agents, board.total, names)
    canvas.paragraph(QCoreApplication.translate(
        "ReportPdf", "El recaudo de cada gestor son los pagos de las cuentas que tenía asignadas el día del pago; "
                     "por eso la suma por gestores puede diferir del total."), size=7, color=MUTED)
    _groups(canvas, QCoreApplication.translate("ReportPdf", "Indicadores por segmento"),
            QCoreApplication.translate("ReportPdf", "Segmento"), board.segments, None)
    model = ProductivityModel()
    model.set_agents(list(board.productivity))
    canvas.heading(QCoreApplication.translate("ReportPdf", "Productividad en campo"))
    if not board.productivity:
        canvas.paragraph(QCoreApplication.translate("ReportPdf", "Sin datos en el periodo."), color=MUTED)
        return
    columns, rows = _model_table(model, [2.2] + [1.0] * (model.columnCount() - 1))
    canvas.table(columns, rows, size=7)


def flagged_section(canvas: ReportCanvas, report: PrintableReport) -> None:
    """The period's flagged visits, the flags in words, and whether the list was cut."""
    heading = QCoreApplication.translate("ReportPdf", "Visitas con alertas (%s)")
    canvas.heading(heading % group_number(report.flagged_total))
    if not report.flagged:
        none = QCoreApplication.translate("ReportPdf", "Ninguna visita del periodo tiene alertas.")
        canvas.paragraph(none, color=MUTED)
        return
    if report.flagged_cut:
        canvas.paragraph(QCoreApplication.translate(
            "ReportPdf", "Lista cortada: se muestran las primeras %s de %s visitas con alertas. Las demás están en la "
                         "bandeja de Visitas, con «Solo con alertas».")
            % (group_number(len(report.flagged)), group_number(report.flagged_total)), size=8, color=FLAGGED, bold=True)
    zone = zone_of(report.timezone)
    columns = [TableColumn(QCoreApplication.translate("ReportPdf", "Fecha y hora"), 1.15),
               TableColumn(QCoreApplication.translate("ReportPdf", "Gestor"), 1.5, wrap=True),
               TableColumn(QCoreApplication.translate("ReportPdf", "Cuenta"), 0.9),
               TableColumn(QCoreApplication.translate("ReportPdf", "Deudor"), 1.45, wrap=True),
               TableColumn(QCoreApplication.translate("ReportPdf", "Resultado"), 1.35, wrap=True),
               TableColumn(QCoreApplication.translate("ReportPdf", "Alertas"), 2.2, wrap=True, color=FLAGGED)]
    rows = [[visit.started_at.astimezone(zone).strftime("%d/%m/%Y %H:%M"), f"{visit.agent_name} ({visit.agent_code})",
             visit.external_ref, visit.debtor_name, outcome_label(visit.outcome),
             ", ".join(flag_short(code) for code in visit.flags)] for visit in report.flagged]
    canvas.table(columns, rows, size=7)
    codes = sorted({code for visit in report.flagged for code in visit.flags})
    canvas.paragraph(QCoreApplication.translate("ReportPdf", "Qué significa cada alerta"), size=8, bold=True,
                     keep_with=12)
    for code in codes:
        canvas.paragraph(f"• {flag_sentence(code)}", size=7.5, color=MUTED)

"""The printable report of a period as a PDF: branch header, KPIs with definitions, charts, tables, flagged visits."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, QRectF, Qt
from PySide6.QtGui import QColor

from syncserver.kpis.days import zone_of
from syncserver.kpis.printable import PrintableReport

from ..models.kpi_format import kpi_labels
from .dashboard_tiles import FUNNEL
from .report_canvas import MUTED, NAVY, ReportCanvas
from .report_charts import draw_funnel, draw_heatmap, draw_trend
from .report_tables import agent_tables, flagged_section, kpi_table
from .report_texts import funnel_stages, weekday_names

TREND_COUNTS = ("attempts", "contacts", "rpc", "promises")
TREND_RATES = ("hits", "rpc_rate", "ptp_rate")


def day_text(day: date) -> str:
    """A date as the report writes it."""
    return day.strftime("%d/%m/%Y")


def period_text(first: date, last: date) -> str:
    """01/03/2026 – 31/03/2026."""
    return f"{day_text(first)} – {day_text(last)}"


def report_title() -> str:
    """The report's title."""
    return QCoreApplication.translate("ReportPdf", "Informe de gestión de cobranza")


def write_report_pdf(report: PrintableReport, path: Path | str, page_size: str = "a4") -> int:
    """Write the report to `path` ("a4" or "letter"); returns its number of pages (OSError if it cannot be saved).

    It is drawn twice: the first time only to count the pages each footer's "page n of N" needs.
    """
    _draft, pages = _render(report, page_size, None)
    data, count = _render(report, page_size, pages)
    Path(path).write_bytes(data)
    return count


def _render(report: PrintableReport, page_size: str, total_pages: int | None) -> tuple[bytes, int]:
    """The PDF's bytes and its page count."""
    array = QByteArray()
    buffer = QBuffer(array)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    q = report.query
    zone = zone_of(report.timezone)
    generated = report.generated_at.astimezone(zone).strftime("%d/%m/%Y %H:%M")
    canvas = ReportCanvas(
        buffer, page_size, title=f"{report_title()} · {report.branch_name}",
        running_head=f"{report.branch_name} · {report_title()} · {period_text(q.first, q.last)}",
        footer=QCoreApplication.translate("ReportPdf", "Campo · generado el %s (%s)") % (generated, report.timezone),
        total_pages=total_pages)
    _header(canvas, report, generated)
    _summary(canvas, report)
    _charts(canvas, report)
    agent_tables(canvas, report)
    flagged_section(canvas, report)
    count = canvas.finish()
    buffer.close()
    return bytes(array.data()), count


def _header(canvas: ReportCanvas, report: PrintableReport, generated: str) -> None:
    p, q = canvas.painter, report.query
    p.setFont(canvas.font(18, bold=True))
    p.setPen(QColor(NAVY))
    p.drawText(QRectF(canvas.left, canvas.y, canvas.width, 26), Qt.AlignmentFlag.AlignLeft, report_title())
    canvas.y += 26
    p.setFont(canvas.font(13))
    p.setPen(QColor("#1f2328"))
    p.drawText(QRectF(canvas.left, canvas.y, canvas.width, 20), Qt.AlignmentFlag.AlignLeft,
               report.branch_name or QCoreApplication.translate("ReportPdf", "Sucursal sin nombre"))
    canvas.y += 26
    days = (q.last - q.first).days + 1
    everyone = QCoreApplication.translate("ReportPdf", "Todos")
    facts = [
        (QCoreApplication.translate("ReportPdf", "Periodo"),
         QCoreApplication.translate("ReportPdf", "%s (%d días)") % (period_text(q.first, q.last), days)),
        (QCoreApplication.translate("ReportPdf", "Comparado con"), period_text(*q.previous)),
        (QCoreApplication.translate("ReportPdf", "Gestor"), report.agent_name or everyone),
        (QCoreApplication.translate("ReportPdf", "Segmento"), q.segment or everyone),
        (QCoreApplication.translate("ReportPdf", "Zona horaria"), report.timezone),
        (QCoreApplication.translate("ReportPdf", "Generado"), generated),
    ]
    box = QRectF(canvas.left, canvas.y, canvas.width, 3 * 15 + 10)
    p.fillRect(box, QColor("#f4f6f8"))
    half = canvas.width / 2
    for i, (label, value) in enumerate(facts):
        x, y = canvas.left + 10 + (i % 2) * half, canvas.y + 6 + (i // 2) * 15
        p.setFont(canvas.font(8, bold=True))
        p.setPen(QColor(MUTED))
        p.drawText(QRectF(x, y, 80, 14), Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, label)
        p.setFont(canvas.font(8.5))
        p.setPen(QColor("#1f2328"))
        p.drawText(QRectF(x + 82, y, half - 96, 14), Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, value)
    canvas.y += box.height() + 4


def _summary(canvas: ReportCanvas, report: PrintableReport) -> None:
    board = report.board
    canvas.heading(QCoreApplication.translate("ReportPdf", "Indicadores del periodo"), keep_with=120)
    kpi_table(canvas, board.total, board.previous)
    canvas.paragraph(QCoreApplication.translate(
        "ReportPdf", "«—»: la tasa no está definida porque su denominador es 0. Promesas vencidas y cumplidas a la "
                     "fecha de corte %s. Cambio: en puntos porcentuales (pp) para las tasas, en %% para lo demás.")
        % day_text(board.today), size=7, color=MUTED)
    canvas.heading(QCoreApplication.translate("ReportPdf", "Embudo de gestión"), keep_with=130)
    steps = [(label, getattr(board.total, name)) for label, name in zip(funnel_stages(), FUNNEL, strict=True)]
    canvas.space(12)
    canvas.figure(110, lambda painter, rect: draw_funnel(
        painter, rect, steps, QCoreApplication.translate("ReportPdf", "del paso anterior")))
    canvas.paragraph(QCoreApplication.translate(
        "ReportPdf", "Asignadas, gestionadas y contactadas cuentan cuentas distintas; titular, promesas y cumplidas "
                     "cuentan visitas (una cuenta puede tener varias)."), size=7, color=MUTED)


def _charts(canvas: ReportCanvas, report: PrintableReport) -> None:
    board, labels = report.board, kpi_labels()
    canvas.heading(QCoreApplication.translate("ReportPdf", "Tendencia diaria"), keep_with=150)
    counts = {name: labels[name] for name in TREND_COUNTS}
    canvas.figure(150, lambda painter, rect: draw_trend(painter, rect, board.days, counts))
    rates = {name: labels[name] for name in TREND_RATES}
    canvas.figure(125, lambda painter, rect: draw_trend(painter, rect, board.days, rates, percent=True))
    canvas.heading(QCoreApplication.translate("ReportPdf", "Mejores horas para visitar"), keep_with=155)
    canvas.paragraph(QCoreApplication.translate(
        "ReportPdf", "Tasa de contacto (contactos / visitas) por día de la semana y hora local; el número de cada "
                     "celda es la cantidad de visitas."), size=7.5, color=MUTED)
    legend = (QCoreApplication.translate("ReportPdf", "gris: sin visitas"),
              QCoreApplication.translate("ReportPdf", "número: visitas"))
    canvas.figure(140, lambda painter, rect: draw_heatmap(painter, rect, board.hours, weekday_names(), legend))

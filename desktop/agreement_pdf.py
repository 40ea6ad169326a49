"""The printable agreement: a Letter-size PDF with the company, the debtor, the schedule, the terms and signature lines.

Built as HTML in a QTextDocument (every value escaped: names and terms are data, not markup), laid
out in pages at the PDF's resolution (a heading never stays alone at a page's foot, the signature
lines never split) and painted page by page with QPdfWriter, numbered at the foot. The labels follow the interface
language (Spanish unless the app runs in English); the terms text is printed as it was made.
GUI thread (QTextDocument and fonts).
"""

from __future__ import annotations

from html import escape
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMarginsF, QRectF, QSizeF, Qt, QUrl
from PySide6.QtGui import (
    QColor,
    QFont,
    QImage,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextCursor,
    QTextDocument,
    QTextFormat,
)

from syncserver.agreements import AgreementDetail

from .agreement_labels import frequency_labels
from .models.accounts_model import format_money

SIGNATURE_URL = "campo://signature"
RESOLUTION = 300
_STYLE = """
body { font-family: 'DejaVu Serif', serif; font-size: 10pt; color: #111; }
h1 { font-size: 15pt; text-align: center; margin: 8px 0 2px 0; letter-spacing: 1px; }
h2 { font-size: 11pt; margin: 14px 0 4px 0; border-bottom: 1px solid #555; }
.company { font-size: 13pt; font-weight: bold; }
.muted { color: #444; font-size: 9pt; }
table.data td { padding: 2px 6px 2px 0; }
table.schedule { border-collapse: collapse; }
table.schedule th { background: #e8e8e8; border: 1px solid #777; padding: 3px 6px; font-size: 9pt; }
table.schedule td { border: 1px solid #999; padding: 3px 6px; font-size: 9pt; }
.num { text-align: right; }
.terms { text-align: justify; }
"""


def _day(value) -> str:
    return value.strftime("%d/%m/%Y")


def pdf_labels() -> dict[str, str]:
    """The document's words in the interface language."""
    return {
        "nit": QCoreApplication.translate("AgreementPdf", "NIT"),
        "tel": QCoreApplication.translate("AgreementPdf", "Tel."),
        "convenio_n": QCoreApplication.translate("AgreementPdf", "Convenio N.º"),
        "fecha": QCoreApplication.translate("AgreementPdf", "Fecha"),
        "inicial": QCoreApplication.translate("AgreementPdf", "Inicial"),
        "total": QCoreApplication.translate("AgreementPdf", "Total"),
        "signed_on": QCoreApplication.translate("AgreementPdf", "En constancia se firma el %s."),
        "el_deudor": QCoreApplication.translate("AgreementPdf", "El deudor"),
        "documento_de_identidad": QCoreApplication.translate("AgreementPdf", "Documento de identidad"),
        "por_la_empresa": QCoreApplication.translate("AgreementPdf", "Por la empresa"),
        "nombre_y_cargo": QCoreApplication.translate("AgreementPdf", "Nombre y cargo"),
        "convenio_de_pago": QCoreApplication.translate("AgreementPdf", "CONVENIO DE PAGO"),
        "datos_del_deudor": QCoreApplication.translate("AgreementPdf", "Datos del deudor"),
        "condiciones": QCoreApplication.translate("AgreementPdf", "Condiciones"),
        "plan_de_pagos": QCoreApplication.translate("AgreementPdf", "Plan de pagos"),
        "cuota": QCoreApplication.translate("AgreementPdf", "Cuota"),
        "vencimiento": QCoreApplication.translate("AgreementPdf", "Vencimiento"),
        "monto": QCoreApplication.translate("AgreementPdf", "Monto"),
        "recibido_firma_y_fecha": QCoreApplication.translate("AgreementPdf", "Recibido (firma y fecha)"),
        "terms": QCoreApplication.translate("AgreementPdf", "Términos"),
        "deudor": QCoreApplication.translate("AgreementPdf", "Deudor"),
        "obligation": QCoreApplication.translate("AgreementPdf", "Obligación"),
        "address": QCoreApplication.translate("AgreementPdf", "Dirección"),
        "monto_total_de_la_deuda": QCoreApplication.translate("AgreementPdf", "Monto total de la deuda"),
        "cuota_inicial": QCoreApplication.translate("AgreementPdf", "Cuota inicial"),
        "interest_pct": QCoreApplication.translate("AgreementPdf", "Interés simple (%s %%)"),
        "discount_pct": QCoreApplication.translate("AgreementPdf", "Descuento (%s %%)"),
        "total_a_pagar": QCoreApplication.translate("AgreementPdf", "Total a pagar"),
        "cuotas": QCoreApplication.translate("AgreementPdf", "Cuotas"),
        "penalidad_por_atraso": QCoreApplication.translate("AgreementPdf", "Penalidad por atraso"),
        "fixed_penalty": QCoreApplication.translate("AgreementPdf", "%s por cuota pagada después de %d días de gracia"),
        "percent_penalty": QCoreApplication.translate("AgreementPdf", "%s %% de la cuota pagada después de %d días de gracia"),
        "cancelled": QCoreApplication.translate("AgreementPdf", "ANULADO el %s. Motivo: %s"),
    }


def agreement_html(detail: AgreementDetail, *, with_signature: bool) -> str:
    """The document as HTML; every value from the database is escaped."""
    s, terms, company = detail.summary, detail.terms, detail.company
    words = pdf_labels()
    money = lambda amount: escape(format_money(amount, s.currency))  # noqa: E731
    company_lines = [line for line in (
        company.company_id and f"{words['nit']} {company.company_id}", company.company_address,
        company.company_phone and f"{words['tel']} {company.company_phone}") if line]
    header = (f"<table width='100%'><tr><td><span class='company'>{escape(company.company_name or detail.branch_name)}"
              f"</span><br/><span class='muted'>{'<br/>'.join(escape(line) for line in company_lines)}</span></td>"
              f"<td align='right' class='muted'>{escape(words['convenio_n'])} {s.id}<br/>"
              f"{escape(words['fecha'])}: {_day(s.signed_on)}<br/>{escape(detail.branch_name)}</td></tr></table>")
    data = [(words["deudor"], s.debtor_name), (words["obligation"], s.external_ref), (words["address"], detail.address)]
    plan = [(words["monto_total_de_la_deuda"], format_money(terms.total, s.currency)),
            (words["cuota_inicial"], format_money(terms.down_payment, s.currency))]
    if detail.interest_amount:
        plan.append((words["interest_pct"] % f"{terms.interest_pct:.2f}".replace(".", ","),
                     format_money(detail.interest_amount, s.currency)))
    if detail.discount_amount:
        plan.append((words["discount_pct"] % f"{terms.discount_pct:.2f}".replace(".", ","),
                     format_money(detail.discount_amount, s.currency)))
    plan += [(words["total_a_pagar"], format_money(s.total_to_pay, s.currency)),
             (words["cuotas"], f"{terms.instalments} · {frequency_labels()[terms.frequency]}")]
    if terms.penalty_kind == "fixed":
        plan.append((words["penalidad_por_atraso"], words["fixed_penalty"]
                     % (format_money(terms.penalty_value, s.currency), terms.grace_days)))
    elif terms.penalty_kind == "percent":
        plan.append((words["penalidad_por_atraso"], words["percent_penalty"]
                     % (f"{terms.penalty_value:.2f}".replace(".", ","), terms.grace_days)))

    def rows(pairs) -> str:
        return "".join(f"<tr><td><b>{escape(k)}</b></td><td>{escape(v)}</td></tr>" for k, v in pairs)

    schedule = "".join(
        f"<tr><td>{escape(words['inicial'] if row.number == 0 else str(row.number))}</td><td>{_day(row.due_on)}</td>"
        f"<td class='num'>{money(row.amount)}</td><td width='35%'></td></tr>" for row in detail.state.rows)
    schedule += (f"<tr><td colspan='2'><b>{escape(words['total'])}</b></td>"
                 f"<td class='num'><b>{money(s.total_to_pay)}</b></td><td></td></tr>")
    paragraphs = "".join(f"<p class='terms'>{escape(part).replace(chr(10), '<br/>')}</p>"
                         for part in detail.terms_text.split("\n\n") if part.strip())
    paragraphs += f"<p>{escape(words['signed_on'] % _day(s.signed_on))}</p>"
    image = f"<img src='{SIGNATURE_URL}' height='70'/>" if with_signature else "<br/><br/><br/>"
    signatures = (
        "<table width='100%' style='margin-top: 30px;'><tr>"
        f"<td width='44%' valign='bottom' align='center'>{image}</td><td width='12%'></td>"
        "<td width='44%' valign='bottom'><br/><br/><br/></td></tr>"
        "<tr><td><hr/></td><td></td><td><hr/></td></tr><tr>"
        f"<td align='center'><b>{escape(s.debtor_name)}</b><br/><span class='muted'>{escape(words['el_deudor'])}</span>"
        f"<br/><span class='muted'>{escape(words['documento_de_identidad'])}: ______________</span></td><td></td>"
        f"<td align='center'><b>{escape(company.company_name or detail.branch_name)}</b><br/>"
        f"<span class='muted'>{escape(words['por_la_empresa'])}</span><br/><span class='muted'>"
        f"{escape(words['nombre_y_cargo'])}: ______________</span></td></tr></table>")
    cancelled = ""
    if detail.cancellation is not None:  # state.as_of of a cancelled agreement is the (local) day it ended
        notice = words["cancelled"] % (_day(detail.state.as_of), detail.cancellation.reason)
        cancelled = f"<p style='color: #b3261e; font-weight: bold;'>{escape(notice)}</p>"
    return (f"<html><head><style>{_STYLE}</style></head><body>{header}"
            f"<h1>{escape(words['convenio_de_pago'])}</h1>{cancelled}"
            f"<h2>{escape(words['datos_del_deudor'])}</h2><table class='data'>{rows(data)}</table>"
            f"<h2>{escape(words['condiciones'])}</h2><table class='data'>{rows(plan)}</table>"
            f"<h2>{escape(words['plan_de_pagos'])}</h2><table class='schedule' width='100%'><thead><tr>"
            f"<th>{escape(words['cuota'])}</th><th>{escape(words['vencimiento'])}</th><th>{escape(words['monto'])}</th>"
            f"<th>{escape(words['recibido_firma_y_fecha'])}</th></tr></thead>{schedule}</table>"
            f"<h2>{escape(words['terms'])}</h2>{paragraphs}{signatures}</body></html>")


def _keep_together(document: QTextDocument, page_height: float, room: float) -> None:
    """Move a section heading left at the foot of a page, and a signature table split by a page, to the next page."""
    layout = document.documentLayout()
    for _ in range(4):  # each move shifts what follows: look again
        moved = False
        block = document.begin()
        while block.isValid():
            rect = layout.blockBoundingRect(block)
            if block.blockFormat().headingLevel() == 2 and page_height - rect.top() % page_height < rect.height() + room:
                if block.blockFormat().pageBreakPolicy() != QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore:
                    fmt = block.blockFormat()
                    fmt.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
                    QTextCursor(block).setBlockFormat(fmt)
                    moved = True
            block = block.next()
        frames = document.rootFrame().childFrames()
        if frames:
            signatures = frames[-1]
            rect = layout.frameBoundingRect(signatures)
            if int(rect.top() // page_height) != int((rect.bottom() - 1) // page_height):
                fmt = signatures.frameFormat()
                if fmt.pageBreakPolicy() != QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore:
                    fmt.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
                    signatures.setFrameFormat(fmt)
                    moved = True
        if not moved:
            return


def write_agreement_pdf(detail: AgreementDetail, path: Path | str, signature: QImage | None = None) -> Path:
    """Write the agreement's PDF to `path` (the debtor's signature drawn on its line when given)."""
    path = Path(path)
    writer = QPdfWriter(str(path))
    writer.setResolution(RESOLUTION)
    writer.setTitle(QCoreApplication.translate("AgreementPdf", "Convenio de pago N.º %d") % detail.summary.id)
    writer.setCreator("Campo")
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.Letter), QPageLayout.Orientation.Portrait,
                                     QMarginsF(20, 18, 20, 14), QPageLayout.Unit.Millimeter))
    document = QTextDocument()
    document.documentLayout().setPaintDevice(writer)  # fonts and images measured at the PDF's resolution
    with_signature = signature is not None and not signature.isNull()
    if with_signature:
        document.addResource(QTextDocument.ResourceType.ImageResource, QUrl(SIGNATURE_URL), signature)
    document.setHtml(agreement_html(detail, with_signature=with_signature))
    area = writer.pageLayout().paintRectPixels(RESOLUTION)
    footer = RESOLUTION * 0.3  # 0.3 inch under the text for the page number
    width, height = float(area.width()), float(area.height()) - footer
    document.setPageSize(QSizeF(width, height))
    _keep_together(document, height, RESOLUTION * 0.9)
    pages = document.pageCount()
    painter = QPainter(writer)
    try:
        font = QFont("DejaVu Serif", 8)
        for page in range(pages):
            if page:
                writer.newPage()
            painter.save()
            painter.translate(0, -page * height)
            document.drawContents(painter, QRectF(0, page * height, width, height))
            painter.restore()
            painter.setFont(font)
            painter.setPen(QColor("#555555"))
            text = QCoreApplication.translate("AgreementPdf", "Convenio de pago N.º %d · página %d de %d") % (detail.summary.id, page + 1, pages)
            painter.drawText(QRectF(0, height, width, footer), int(Qt.AlignmentFlag.AlignCenter), text)
    finally:
        painter.end()
    return path

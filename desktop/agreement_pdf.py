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


def _t(text: str) -> str:
    return QCoreApplication.translate("AgreementPdf", text)


def _day(value) -> str:
    return value.strftime("%d/%m/%Y")


def agreement_html(detail: AgreementDetail, *, with_signature: bool) -> str:
    """The document as HTML; every value from the database is escaped."""
    s, terms, company = detail.summary, detail.terms, detail.company
    money = lambda amount: escape(format_money(amount, s.currency))  # noqa: E731
    company_lines = [line for line in (
        company.company_id and f"{_t('NIT')} {company.company_id}", company.company_address,
        company.company_phone and f"{_t('Tel.')} {company.company_phone}") if line]
    header = (f"<table width='100%'><tr><td><span class='company'>{escape(company.company_name or detail.branch_name)}"
              f"</span><br/><span class='muted'>{'<br/>'.join(escape(line) for line in company_lines)}</span></td>"
              f"<td align='right' class='muted'>{escape(_t('Convenio N.º'))} {s.id}<br/>"
              f"{escape(_t('Fecha'))}: {_day(s.signed_on)}<br/>{escape(detail.branch_name)}</td></tr></table>")
    data = [(_t("Deudor"), s.debtor_name), (_t("Obligación"), s.external_ref), (_t("Dirección"), detail.address)]
    plan = [(_t("Monto total de la deuda"), format_money(terms.total, s.currency)),
            (_t("Cuota inicial"), format_money(terms.down_payment, s.currency))]
    if detail.interest_amount:
        plan.append((_t("Interés simple (%s %%)") % f"{terms.interest_pct:.2f}".replace(".", ","),
                     format_money(detail.interest_amount, s.currency)))
    if detail.discount_amount:
        plan.append((_t("Descuento (%s %%)") % f"{terms.discount_pct:.2f}".replace(".", ","),
                     format_money(detail.discount_amount, s.currency)))
    plan += [(_t("Total a pagar"), format_money(s.total_to_pay, s.currency)),
             (_t("Cuotas"), f"{terms.instalments} · {frequency_labels()[terms.frequency]}")]
    if terms.penalty_kind == "fixed":
        plan.append((_t("Penalidad por atraso"), _t("%s por cuota pagada después de %d días de gracia")
                     % (format_money(terms.penalty_value, s.currency), terms.grace_days)))
    elif terms.penalty_kind == "percent":
        plan.append((_t("Penalidad por atraso"), _t("%s %% de la cuota pagada después de %d días de gracia")
                     % (f"{terms.penalty_value:.2f}".replace(".", ","), terms.grace_days)))

    def rows(pairs) -> str:
        return "".join(f"<tr><td><b>{escape(k)}</b></td><td>{escape(v)}</td></tr>" for k, v in pairs)

    schedule = "".join(
        f"<tr><td>{escape(_t('Inicial') if row.number == 0 else str(row.number))}</td><td>{_day(row.due_on)}</td>"
        f"<td class='num'>{money(row.amount)}</td><td width='35%'></td></tr>" for row in detail.state.rows)
    schedule += (f"<tr><td colspan='2'><b>{escape(_t('Total'))}</b></td>"
                 f"<td class='num'><b>{money(s.total_to_pay)}</b></td><td></td></tr>")
    paragraphs = "".join(f"<p class='terms'>{escape(part).replace(chr(10), '<br/>')}</p>"
                         for part in detail.terms_text.split("\n\n") if part.strip())
    paragraphs += f"<p>{escape(_t('En constancia se firma el %s.') % _day(s.signed_on))}</p>"
    image = f"<img src='{SIGNATURE_URL}' height='70'/>" if with_signature else "<br/><br/><br/>"
    signatures = (
        "<table width='100%' style='margin-top: 30px;'><tr>"
        f"<td width='44%' valign='bottom' align='center'>{image}</td><td width='12%'></td>"
        "<td width='44%' valign='bottom'><br/><br/><br/></td></tr>"
        "<tr><td><hr/></td><td></td><td><hr/></td></tr><tr>"
        f"<td align='center'><b>{escape(s.debtor_name)}</b><br/><span class='muted'>{escape(_t('El deudor'))}</span>"
        f"<br/><span class='muted'>{escape(_t('Documento de identidad'))}: ______________</span></td><td></td>"
        f"<td align='center'><b>{escape(company.company_name or detail.branch_name)}</b><br/>"
        f"<span class='muted'>{escape(_t('Por la empresa'))}</span><br/><span class='muted'>"
        f"{escape(_t('Nombre y cargo'))}: ______________</span></td></tr></table>")
    return (f"<html><head><style>{_STYLE}</style></head><body>{header}<h1>{escape(_t('CONVENIO DE PAGO'))}</h1>"
            f"<h2>{escape(_t('Datos del deudor'))}</h2><table class='data'>{rows(data)}</table>"
            f"<h2>{escape(_t('Condiciones'))}</h2><table class='data'>{rows(plan)}</table>"
            f"<h2>{escape(_t('Plan de pagos'))}</h2><table class='schedule' width='100%'><thead><tr>"
            f"<th>{escape(_t('Cuota'))}</th><th>{escape(_t('Vencimiento'))}</th><th>{escape(_t('Monto'))}</th>"
            f"<th>{escape(_t('Recibido (firma y fecha)'))}</th></tr></thead>{schedule}</table><h2>{escape(_t('Términos'))}</h2>{paragraphs}{signatures}</body></html>")


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
    writer.setTitle(_t("Convenio de pago N.º %d") % detail.summary.id)
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
            text = _t("Convenio de pago N.º %d · página %d de %d") % (detail.summary.id, page + 1, pages)
            painter.drawText(QRectF(0, height, width, footer), int(Qt.AlignmentFlag.AlignCenter), text)
    finally:
        painter.end()
    return path

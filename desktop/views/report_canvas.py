"""A PDF being written page by page, in points: text, headings and tables that continue on the next page."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QIODevice, QMarginsF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPageLayout, QPageSize, QPainter, QPdfWriter, QPen
from PySide6.QtWidgets import QApplication

PAGE_SIZES = {"a4": QPageSize.PageSizeId.A4, "letter": QPageSize.PageSizeId.Letter}
MARGIN = 42.0  # points (about 15 mm)
FOOTER = 22.0
INK, MUTED, RULE, NAVY, ZEBRA = "#1f2328", "#57606a", "#d0d7de", "#1f3a5f", "#f4f6f8"
_ALIGN = {"left": Qt.AlignmentFlag.AlignLeft, "right": Qt.AlignmentFlag.AlignRight,
          "center": Qt.AlignmentFlag.AlignHCenter}


@dataclass(frozen=True, slots=True)
class TableColumn:
    """A column of a drawn table: title, relative width, alignment, whether its text wraps, its colour, and
    whether a bold row is bold in it."""

    title: str
    weight: float = 1.0
    align: str = "left"
    wrap: bool = False
    color: str | None = None
    emphasis: bool = True


class ReportCanvas:
    """GUI thread only (QPainter on a QPdfWriter). Coordinates are points: the writer's resolution is 72 dpi."""

    def __init__(self, device: QIODevice | str, page_size: str, *, title: str, running_head: str, footer: str,
                 total_pages: int | None = None) -> None:
        self.writer = QPdfWriter(device)
        self.writer.setResolution(72)
        self.writer.setPageSize(QPageSize(PAGE_SIZES[page_size]))
        self.writer.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout.Unit.Point)
        self.writer.setTitle(title)
        self.writer.setCreator("Campo")
        self.painter = QPainter(self.writer)
        self.painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.family = QApplication.font().family()
        self.page_width, self.page_height = float(self.writer.width()), float(self.writer.height())
        self.left, self.right = MARGIN, self.page_width - MARGIN
        self.top, self.bottom = MARGIN + 14, self.page_height - MARGIN - FOOTER
        self.running_head, self.footer, self.total_pages = running_head, footer, total_pages
        self.page = 1
        self.y = self.top
        self._decorate()

    @property
    def width(self) -> float:
        """The width between the margins."""
        return self.right - self.left

    def font(self, size: float, bold: bool = False) -> QFont:
        """The report's font at `size` points."""
        font = QFont(self.family)
        font.setPointSizeF(size)
        font.setBold(bold)
        return font

    def metrics(self, font: QFont) -> QFontMetricsF:
        """Font metrics on the PDF itself (not the screen)."""
        return QFontMetricsF(font, self.writer)

    def text_height(self, text: str, font: QFont, width: float) -> float:
        """The height of `text` wrapped to `width`."""
        flags = int(Qt.TextFlag.TextWordWrap)
        return self.metrics(font).boundingRect(QRectF(0, 0, width, 1e6), flags, text).height()

    # --- pages ------------------------------------------------------------------------------

    def new_page(self) -> None:
        """Start the next page, with its running head and footer."""
        self.writer.newPage()
        self.page += 1
        self.y = self.top
        self._decorate()

    def ensure(self, height: float) -> None:
        """Go to the next page unless `height` points still fit on this one."""
        if self.y + height > self.bottom and self.y > self.top:
            self.new_page()

    def finish(self) -> int:
        """Close the PDF; returns its number of pages."""
        self.painter.end()
        return self.page

    def _decorate(self) -> None:
        p = self.painter
        p.setPen(QPen(QColor(NAVY), 2))
        p.drawLine(self.left, MARGIN - 8, self.right, MARGIN - 8)
        p.setFont(self.font(7.5))
        p.setPen(QColor(MUTED))
        if self.page > 1:
            p.drawText(QRectF(self.left, MARGIN - 6, self.width, 12), Qt.AlignmentFlag.AlignLeft, self.running_head)
        y = self.page_height - MARGIN - 10
        p.setPen(QPen(QColor(RULE), 0.5))
        p.drawLine(self.left, y - 4, self.right, y - 4)
        p.setPen(QColor(MUTED))
        p.drawText(QRectF(self.left, y, self.width, 12), Qt.AlignmentFlag.AlignLeft, self.footer)
        if self.total_pages is None:
            number = QCoreApplication.translate("ReportPdf", "Página %d") % self.page
        else:
            number = QCoreApplication.translate("ReportPdf", "Página %d de %d") % (self.page, self.total_pages)
        p.drawText(QRectF(self.left, y, self.width, 12), Qt.AlignmentFlag.AlignRight, number)

    # --- blocks -----------------------------------------------------------------------------

    def space(self, points: float) -> None:
        """Leave vertical space (nothing at the top of a page)."""
        if self.y > self.top:
            self.y = min(self.bottom, self.y + points)

    def heading(self, text: str, keep_with: float = 60.0) -> None:
        """A section title with a rule under it, kept on one page with the next `keep_with` points."""
        font = self.font(12, bold=True)
        height = self.metrics(font).height() + 8
        self.space(10)
        self.ensure(height + keep_with)
        self.painter.setFont(font)
        self.painter.setPen(QColor(NAVY))
        self.painter.drawText(QRectF(self.left, self.y, self.width, height), Qt.AlignmentFlag.AlignLeft, text)
        self.painter.setPen(QPen(QColor(RULE), 0.8))
        self.painter.drawLine(self.left, self.y + height - 3, self.right, self.y + height - 3)
        self.y += height + 4

    def paragraph(self, text: str, size: float = 8.5, color: str = INK, bold: bool = False,
                  keep_with: float = 0.0) -> None:
        """Wrapped text across the page's width, on one page with the next `keep_with` points."""
        font = self.font(size, bold)
        height = self.text_height(text, font, self.width)
        self.ensure(height + keep_with)
        self.painter.setFont(font)
        self.painter.setPen(QColor(color))
        self.painter.drawText(QRectF(self.left, self.y, self.width, height), int(Qt.TextFlag.TextWordWrap), text)
        self.y += height + 3

    def figure(self, height: float, draw: Callable[[QPainter, QRectF], None]) -> None:
        """A chart of `height` points across the page, drawn by draw(painter, rect)."""
        self.ensure(height)
        self.painter.save()
        draw(self.painter, QRectF(self.left, self.y, self.width, height))
        self.painter.restore()
        self.y += height + 6

    def table(self, columns: Sequence[TableColumn], rows: Sequence[Sequence[str]], *, size: float = 7.5,
              bold_rows: frozenset[int] = frozenset()) -> None:
        """A table; when it reaches the bottom of a page it goes on at the top of the next, header repeated."""
        pad = 3.0
        body_font, bold_font = self.font(size), self.font(size, bold=True)
        widths = self._widths(columns, rows, self.font(size, bold=True), bold_font, pad)
        head_font = min((self._fitting(c.title.split(), size, w - 2 * pad, bold=True) for c, w in
                         zip(columns, widths, strict=True)), key=lambda font: font.pointSizeF())
        head_fonts = [head_font] * len(columns)
        head_height = 2 * pad + max(self.text_height(c.title, head_font, w - 2 * pad)
                                    for c, w in zip(columns, widths, strict=True))
        line = self.metrics(body_font).height()

        def fonts_of(number: int) -> list[QFont]:
            return [bold_font if number in bold_rows and c.emphasis else body_font for c in columns]

        def row_height(row: Sequence[str], fonts: list[QFont]) -> float:
            heights = [self.text_height(text, font, w - 2 * pad) if c.wrap else line
                       for c, w, text, font in zip(columns, widths, row, fonts, strict=True)]
            return max(heights) + 2 * pad

        def header() -> None:
            self.painter.fillRect(QRectF(self.left, self.y, self.width, head_height), QColor(NAVY))
            self._cells(columns, widths, [c.title for c in columns], head_height, head_fonts, pad, "#ffffff", wrap=True)
            self.y += head_height

        first = row_height(rows[0], fonts_of(0)) if rows else 0.0
        self.ensure(head_height + first)
        header()
        for number, row in enumerate(rows):
            fonts = fonts_of(number)
            height = row_height(row, fonts)
            if self.y + height > self.bottom:
                self.new_page()
                header()
            if number % 2:
                self.painter.fillRect(QRectF(self.left, self.y, self.width, height), QColor(ZEBRA))
            self._cells(columns, widths, row, height, fonts, pad, None)
            self.painter.setPen(QPen(QColor(RULE), 0.4))
            self.painter.drawLine(self.left, self.y + height, self.right, self.y + height)
            self.y += height
        self.y += 6

    def _widths(self, columns, rows, head_font, body_font, pad) -> list[float]:
        """Each column's share of the width by weight, widened to its longest header word and (one-line columns)
        its widest text, taking the room from columns that have some to spare."""
        def widest(texts, font) -> float:
            return max((self.metrics(font).horizontalAdvance(text) for text in texts), default=0.0)

        natural = [max(widest(c.title.split(), head_font), 0.0 if c.wrap else widest([r[i] for r in rows], body_font))
                   + 2 * pad + 1 for i, c in enumerate(columns)]
        total = sum(c.weight for c in columns)
        widths = [max(self.width * c.weight / total, need) for c, need in zip(columns, natural, strict=True)]
        excess = sum(widths) - self.width
        slack = [w - need for w, need in zip(widths, natural, strict=True)]
        if excess > 0 and sum(slack) > 0:
            share = min(1.0, excess / sum(slack))
            widths = [w - s * share for w, s in zip(widths, slack, strict=True)]
        scale = self.width / sum(widths)  # still too wide: everything narrower, and the fonts shrink to fit
        return [w * min(1.0, scale) for w in widths]

    def _fitting(self, words: Sequence[str], size: float, width: float, bold: bool = False) -> QFont:
        """The font at `size`, smaller (down to 70 %) until the widest of `words` fits `width`."""
        font = self.font(size, bold)
        smallest = size * 0.7
        while size > smallest and max((self.metrics(font).horizontalAdvance(w) for w in words), default=0) > width:
            size -= 0.25
            font = self.font(size, bold)
        return font

    def _cells(self, columns, widths, texts, height, fonts, pad, color, wrap=False) -> None:
        p = self.painter
        x = self.left
        for column, width, text, font in zip(columns, widths, texts, fonts, strict=True):
            p.setPen(QColor(color or column.color or INK))
            rect = QRectF(x + pad, self.y + pad, width - 2 * pad, height - 2 * pad)
            if wrap or column.wrap:
                p.setFont(font)
                flags = _ALIGN[column.align] | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap
                p.drawText(rect, int(flags), text)
            else:  # one line: a little smaller if need be, then cut with "…"
                font = self._fitting([text], font.pointSizeF(), rect.width(), font.bold())
                p.setFont(font)
                shown = self.metrics(font).elidedText(text, Qt.TextElideMode.ElideRight, rect.width())
                p.drawText(rect, int(_ALIGN[column.align] | Qt.AlignmentFlag.AlignTop), shown)
            x += width

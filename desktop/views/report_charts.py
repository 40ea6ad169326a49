"""The printed report's charts, drawn with QPainter straight into the PDF (vector): funnel, trends, hours heatmap."""

from __future__ import annotations

import math
from collections.abc import Sequence

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QLinearGradient, QPainter, QPainterPath, QPen

from syncserver.kpis.hours import HourCell
from syncserver.kpis.report import KpiGroup

from ..models.kpi_format import group_number
from .dashboard_charts import PALETTE, rate_color

INK, MUTED, GRID, ACCENT = "#1f2328", "#57606a", "#e1e4e8", "#1f6feb"
LEFT, RIGHT = Qt.AlignmentFlag.AlignLeft, Qt.AlignmentFlag.AlignRight
MIDDLE, CENTER = Qt.AlignmentFlag.AlignVCenter, Qt.AlignmentFlag.AlignCenter


def _font(painter: QPainter, size: float, bold: bool = False) -> QFont:
    font = QFont(painter.font())
    font.setPointSizeF(size)
    font.setBold(bold)
    painter.setFont(font)
    return font


def nice_top(value: float) -> tuple[float, float]:
    """A round axis top at or above `value` and its tick step (1, 2 or 5 times a power of ten)."""
    if value <= 0:
        return 1.0, 0.25
    raw = value / 4
    power = 10 ** math.floor(math.log10(raw))
    step = next(m * power for m in (1, 2, 2.5, 5, 10) if m * power >= raw)
    return step * math.ceil(value / step - 1e-9), step


def draw_funnel(painter: QPainter, rect: QRectF, steps: Sequence[tuple[str, int]], of_previous: str) -> None:
    """Centred bars, widest first; each bar's count and its share of the previous step."""
    if not steps:
        return
    _font(painter, 8)
    label_width, share_width = 96.0, 70.0
    width = rect.width() - label_width - share_width - 12
    top = max(1, max(value for _label, value in steps))
    row = rect.height() / len(steps)
    painter.setPen(QColor(MUTED))
    painter.drawText(QRectF(rect.right() - share_width, rect.top() - 11, share_width, 10), RIGHT, of_previous)
    for i, (label, value) in enumerate(steps):
        y = rect.top() + i * row
        painter.setPen(QColor(INK))
        painter.drawText(QRectF(rect.left(), y, label_width - 8, row), RIGHT | MIDDLE, label)
        bar = max(1.5, width * value / top)
        x = rect.left() + label_width + (width - bar) / 2
        color = QColor(ACCENT)
        color.setAlphaF(1.0 - i * 0.13)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(color)
        painter.drawRoundedRect(QRectF(x, y + row * 0.14, bar, row * 0.72), 2.5, 2.5)
        text = group_number(value, 0)
        inside = bar > QFontMetricsF(painter.font()).horizontalAdvance(text) + 10
        painter.setPen(QColor("white" if inside else INK))
        painter.drawText(QRectF(x, y, bar, row) if inside else QRectF(x + bar + 4, y, 80, row),
                         (CENTER if inside else LEFT | MIDDLE), text)
        previous = steps[i - 1][1] if i else None
        share = f"{group_number(value / previous * 100, 1)} %" if previous else "—" if i else ""
        painter.setPen(QColor(MUTED))
        painter.drawText(QRectF(rect.right() - share_width, y, share_width, row), RIGHT | MIDDLE, share)


def draw_trend(painter: QPainter, rect: QRectF, days: Sequence[KpiGroup], series: dict[str, str],
               percent: bool = False) -> None:
    """One line per measure over the days, with a legend above, a value axis and date labels."""
    _font(painter, 7)
    metrics = QFontMetricsF(painter.font())
    legend_height, axis_width, date_height = 14.0, 34.0, 14.0
    x = rect.left() + axis_width
    for color, label in zip(PALETTE, series.values(), strict=False):  # the legend
        painter.setPen(QPen(QColor(color), 2))
        painter.drawLine(QPointF(x, rect.top() + 6), QPointF(x + 14, rect.top() + 6))
        painter.setPen(QColor(INK))
        painter.drawText(QRectF(x + 18, rect.top(), 200, 12), LEFT | MIDDLE, label)
        x += 18 + metrics.horizontalAdvance(label) + 16
    plot = QRectF(rect.left() + axis_width, rect.top() + legend_height + 4, rect.width() - axis_width - 6,
                  rect.height() - legend_height - 4 - date_height)
    scale = 100 if percent else 1
    values = {name: [None if getattr(day, name) is None else float(getattr(day, name)) * scale for day in days]
              for name in series}
    highest = max([v for line in values.values() for v in line if v is not None] or [0.0])
    top, step = (100.0, 25.0) if percent else nice_top(highest)
    tick = 0.0
    while tick <= top + 1e-9:  # the value axis and its grid
        y = plot.bottom() - plot.height() * tick / top
        painter.setPen(QPen(QColor(GRID), 0.5))
        painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
        painter.setPen(QColor(MUTED))
        text = group_number(tick, 0 if step >= 1 else 1) + (" %" if percent else "")
        painter.drawText(QRectF(rect.left(), y - 6, axis_width - 4, 12), RIGHT | MIDDLE, text)
        tick += step
    count = len(days)
    slot = plot.width() / max(1, count)

    def at(i: int, value: float) -> QPointF:
        return QPointF(plot.left() + slot * (i + 0.5), plot.bottom() - plot.height() * value / top)

    every = max(1, math.ceil(count / max(1, plot.width() // 34)))
    painter.setPen(QColor(MUTED))
    for i in range(0, count, every):
        painter.drawText(QRectF(at(i, 0).x() - 20, plot.bottom() + 2, 40, 12), CENTER, days[i].key.strftime("%d/%m"))
    painter.setPen(QPen(QColor(MUTED), 0.7))
    painter.drawLine(plot.bottomLeft(), plot.bottomRight())
    for color, line in zip(PALETTE, values.values(), strict=False):
        path, drawing = QPainterPath(), False
        for i, value in enumerate(line):
            if value is None:
                drawing = False  # a null rate leaves a gap
                continue
            if drawing:
                path.lineTo(at(i, value))
            else:
                path.moveTo(at(i, value))
            drawing = True
        painter.setPen(QPen(QColor(color), 1.4, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap,
                            Qt.PenJoinStyle.RoundJoin))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(path)
        if count <= 62:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(color))
            for i, value in enumerate(line):
                if value is not None:
                    painter.drawEllipse(at(i, value), 1.6, 1.6)


def draw_heatmap(painter: QPainter, rect: QRectF, cells: Sequence[HourCell], weekday_names: Sequence[str],
                 legend: tuple[str, str]) -> None:
    """Weekday rows × hour columns coloured by contact rate, each with its number of visits; a colour scale below."""
    label_width, head_height, legend_height = 30.0, 12.0, 16.0
    cell_width = (rect.width() - label_width) / 24
    cell_height = (rect.height() - head_height - legend_height) / 7
    _font(painter, 6.5)
    painter.setPen(QColor(MUTED))
    for hour in range(24):
        painter.drawText(QRectF(rect.left() + label_width + hour * cell_width, rect.top(), cell_width, head_height),
                         CENTER, f"{hour:02d}")
    for weekday, name in enumerate(weekday_names):
        painter.drawText(QRectF(rect.left(), rect.top() + head_height + weekday * cell_height, label_width - 4,
                                cell_height), RIGHT | MIDDLE, name)
    for cell in cells:
        box = QRectF(rect.left() + label_width + cell.hour * cell_width,
                     rect.top() + head_height + cell.weekday * cell_height, cell_width, cell_height)
        painter.fillRect(box.adjusted(0.4, 0.4, -0.4, -0.4), QColor(*rate_color(cell.contact_rate)))
        if cell.attempts:
            painter.setPen(QColor("white" if (cell.contact_rate or 0) > 0.55 else INK))
            painter.drawText(box, CENTER, group_number(cell.attempts))
    y = rect.bottom() - legend_height + 5
    x = rect.left() + label_width
    gradient = QLinearGradient(x + 26, 0, x + 126, 0)
    gradient.setColorAt(0, QColor(*rate_color(0.0)))
    gradient.setColorAt(1, QColor(*rate_color(1.0)))
    painter.setPen(QColor(MUTED))
    painter.drawText(QRectF(x, y, 24, 9), RIGHT | MIDDLE, "0 %")
    painter.fillRect(QRectF(x + 26, y, 100, 9), gradient)
    painter.drawText(QRectF(x + 130, y, 30, 9), LEFT | MIDDLE, "100 %")
    painter.fillRect(QRectF(x + 168, y, 12, 9), QColor(*rate_color(None)))
    painter.drawText(QRectF(x + 184, y, rect.right() - x - 184, 9), LEFT | MIDDLE, f"{legend[0]} · {legend[1]}")

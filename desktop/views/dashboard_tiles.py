"""The dashboard's KPI tiles (value and change against the previous period) and the collection funnel."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QLabel,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from syncserver.kpis.report import KpiGroup

from ..models.kpi_format import (
    change_sign,
    format_change,
    format_value,
    group_number,
    kpi_labels,
)

TILES = ("penetration", "intensity", "hits", "rpc_rate", "ptp_rate", "kept_rate", "promised_amount",
         "collected_amount")
UP, DOWN, FLAT = "#1b873f", "#c0392b", "#6b7280"
ACCENT = "#1f6feb"


class KpiTile(QFrame):
    """GUI thread only. One measure: its name, its value in the period, its change against the previous one."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.name = name
        self.setObjectName("kpiTile")
        self.setStyleSheet("#kpiTile { background: white; border: 1px solid #d8dee4; border-radius: 8px; }")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.title_label = QLabel(kpi_labels()[name])
        self.title_label.setStyleSheet("color: #57606a; font-size: 11px;")
        self.value_label = QLabel("…")
        font = QFont(self.value_label.font())
        font.setPointSizeF(font.pointSizeF() * 1.8)
        font.setBold(True)
        self.value_label.setFont(font)
        self.value_label.setStyleSheet("color: #1f2328;")
        self.change_label = QLabel("")
        self.change_label.setStyleSheet(f"color: {FLAT}; font-size: 11px;")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.setSpacing(2)
        for label in (self.title_label, self.value_label, self.change_label):
            layout.addWidget(label)

    def show_values(self, now: KpiGroup, before: KpiGroup) -> None:
        """Show the measure of `now`, and its change from `before` (the previous period of equal length)."""
        value, old = getattr(now, self.name), getattr(before, self.name)
        self.value_label.setText(format_value(self.name, value))
        sign = change_sign(value, old)
        color = UP if sign > 0 else DOWN if sign < 0 else FLAT
        self.change_label.setStyleSheet(f"color: {color}; font-size: 11px;")
        self.change_label.setText(self.tr("%s vs. periodo anterior") % format_change(self.name, value, old))
        self.setToolTip(self.tr("Periodo anterior: %s") % format_value(self.name, old))


class KpiTiles(QWidget):
    """GUI thread only. The row of tiles, two lines of four."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tiles = {name: KpiTile(name) for name in TILES}
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setSpacing(8)
        for i, tile in enumerate(self.tiles.values()):
            grid.addWidget(tile, i // 4, i % 4)

    def show_values(self, now: KpiGroup, before: KpiGroup) -> None:
        """Update every tile."""
        for tile in self.tiles.values():
            tile.show_values(now, before)

    def text_of(self, name: str) -> str:
        """A tile's value as shown."""
        return self.tiles[name].value_label.text()


FUNNEL = ("assigned_accounts", "accounts_attempted", "accounts_contacted", "rpc", "promises", "promises_kept")


class FunnelChart(QWidget):
    """GUI thread only. Assigned → attempted → contacted → RPC → PTP → kept, as centred bars with counts."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.steps: list[tuple[str, int]] = []
        self.setMinimumSize(QSize(280, 200))

    def stage_names(self) -> list[str]:
        """The funnel's stages as labelled."""
        return [self.tr("Asignadas"), self.tr("Gestionadas"), self.tr("Contactadas"), self.tr("Titular (RPC)"),
                self.tr("Promesas (PTP)"), self.tr("Cumplidas")]

    def show_group(self, group: KpiGroup) -> None:
        """Show the funnel of a group's counts."""
        self.steps = [(label, getattr(group, name)) for label, name in zip(self.stage_names(), FUNNEL, strict=True)]
        self.update()

    def paintEvent(self, _event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if not self.steps:
            return
        top = max(1, max(value for _label, value in self.steps))
        label_width, width = 110, self.width() - 110 - 8
        row = (self.height() - 8) / len(self.steps)
        for i, (label, value) in enumerate(self.steps):
            y = 4 + i * row
            painter.setPen(QColor("#1f2328"))
            painter.drawText(QRectF(0, y, label_width - 8, row), Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                             label)
            bar = max(2.0, width * value / top)
            x = label_width + (width - bar) / 2
            color = QColor(ACCENT)
            color.setAlphaF(1.0 - i * 0.12)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(color)
            painter.drawRoundedRect(QRectF(x, y + row * 0.12, bar, row * 0.76), 4, 4)
            previous = self.steps[i - 1][1] if i else None
            text = group_number(value, 0) + (f"  ({group_number(value / previous * 100, 0)} %)" if previous else "")
            if bar > painter.fontMetrics().horizontalAdvance(text) + 16:  # inside the bar
                painter.setPen(QColor("white"))
                painter.drawText(QRectF(x, y, bar, row), Qt.AlignmentFlag.AlignCenter, text)
            else:  # beside it
                painter.setPen(QColor("#1f2328"))
                painter.drawText(QRectF(x + bar + 8, y, width, row),
                                 Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, text)


"""The dashboard's pyqtgraph charts: daily trend lines, per-agent bars sortable by any KPI, the hours heatmap."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QPoint, QPointF, Signal
from PySide6.QtWidgets import QWidget

from syncserver.kpis.hours import HourCell
from syncserver.kpis.report import KpiGroup

from ..models.kpi_format import SPECS, format_value, group_number

PALETTE = ("#1f6feb", "#1b873f", "#bf8700", "#8250df", "#cf222e")
BAR = "#1f6feb"


def _style(plot: pg.PlotWidget) -> None:
    """A still chart: no menu, no mouse zoom, light axes."""
    plot.setMenuEnabled(False)
    plot.setMouseEnabled(x=False, y=False)
    plot.hideButtons()
    plot.showGrid(x=False, y=True, alpha=0.25)
    for side in ("left", "bottom"):
        plot.getAxis(side).setTextPen("#57606a")
        plot.getAxis(side).setPen("#d0d7de")


class TrendChart(pg.PlotWidget):
    """GUI thread only. One line per measure over the period's days (counts or rates, as chosen)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, background="w")
        _style(self)
        self.legend = self.addLegend(offset=(10, 2), labelTextColor="#1f2328", colCount=4)
        self.lines: dict[str, pg.PlotDataItem] = {}

    def show_days(self, days: tuple[KpiGroup, ...], measures: dict[str, str]) -> None:
        """Draw `measures` ({name: label}) for each day; rates in %, a null rate leaves a gap."""
        if list(self.lines) != list(measures):  # other measures: new lines; else the same lines get new data
            self.clear()
            self.legend.clear()
            self.lines = {name: self.plot([], [], pen=pg.mkPen(color, width=2), name=label, symbol="o", symbolSize=5,
                                          symbolBrush=color, symbolPen=None, connect="finite")
                          for color, (name, label) in zip(PALETTE, measures.items(), strict=False)}
        x = np.arange(len(days), dtype=float)
        top = 1.0
        for name, line in self.lines.items():
            scale = 100 if SPECS[name].kind == "rate" else 1
            values = [getattr(day, name) for day in days]
            y = np.array([np.nan if v is None else float(v) * scale for v in values], dtype=float)
            line.setData(x, y)
            top = max(top, float(np.nanmax(y)) if np.isfinite(y).any() else 0.0)
        step = max(1, len(days) // 10)
        self.getAxis("bottom").setTicks([[(i, days[i].key.strftime("%d/%m")) for i in range(0, len(days), step)]])
        self.setXRange(-0.5, max(0.5, len(days) - 0.5), padding=0.02)
        self.setYRange(0, top * 1.2, padding=0)  # room above the lines for the legend


class AgentBars(pg.PlotWidget):
    """GUI thread only. One bar per agent for the chosen KPI, in the chosen order; a click names the agent."""

    agent_clicked = Signal(str)  # the agent's code

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, background="w")
        _style(self)
        self.codes: list[str] = []
        self.values: list[float | None] = []
        self.bars = pg.BarGraphItem(x=[], height=[], width=0.7, brush=BAR, pen=None)
        self.addItem(self.bars)
        self.labels: list[pg.TextItem] = []  # one per bar, reused from one reading to the next
        self.scene().sigMouseClicked.connect(self._clicked)

    def show_agents(self, groups: tuple[KpiGroup, ...], measure: str, descending: bool = True) -> None:
        """Bars of `measure` per agent, sorted by it (a null rate last)."""
        rows = [(group.key, getattr(group, measure)) for group in groups]
        present = sorted((r for r in rows if r[1] is not None), key=lambda r: float(r[1]), reverse=descending)
        rows = present + [r for r in rows if r[1] is None]
        self.codes = [code for code, _value in rows]
        self.values = [value for _code, value in rows]
        scale = 100 if SPECS[measure].kind == "rate" else 1
        heights = [0.0 if v is None else float(v) * scale for v in self.values]
        self.bars.setOpts(x=np.arange(len(rows)), height=heights)
        while len(self.labels) < len(rows):
            self.labels.append(pg.TextItem("", color="#1f2328", anchor=(0.5, 1.0)))
            self.addItem(self.labels[-1])
        for i, label in enumerate(self.labels):
            label.setVisible(i < len(rows))
            if i < len(rows):
                label.setText(format_value(measure, self.values[i]))
                label.setPos(i, heights[i])
        self.getAxis("bottom").setTicks([[(i, code) for i, code in enumerate(self.codes)]])
        self.setXRange(-0.6, max(0.6, len(rows) - 0.4), padding=0)
        self.setYRange(0, max([1.0, *heights]) * 1.15, padding=0)

    def bar_center(self, index: int) -> QPoint:
        """Where bar `index` is drawn, in this widget's coordinates (half its height, at least 1 unit up)."""
        height = max(float(self.bars.opts["height"][index]), 0.0)
        scene = self.plotItem.vb.mapViewToScene(QPointF(index, max(height / 2, 1e-9)))
        return self.mapFromScene(scene)

    def _clicked(self, event) -> None:
        if not self.codes or not self.plotItem.vb.sceneBoundingRect().contains(event.scenePos()):
            return
        x = self.plotItem.vb.mapSceneToView(event.scenePos()).x()
        index = round(x)
        if 0 <= index < len(self.codes) and abs(x - index) <= 0.35:
            self.agent_clicked.emit(self.codes[index])


def rate_color(rate: float | None) -> tuple[int, int, int, int]:
    """White-to-green by contact rate; light grey without attempts."""
    if rate is None:
        return (240, 242, 245, 255)
    low, high = np.array((255, 247, 236)), np.array((27, 135, 63))
    red, green, blue = (low + (high - low) * min(1.0, max(0.0, rate))).astype(int)
    return (int(red), int(green), int(blue), 255)


class HourHeatmap(pg.PlotWidget):
    """GUI thread only. Weekday rows × hour columns coloured by contact rate, with the attempt counts; a click
    names the cell."""

    cell_clicked = Signal(int, int)  # weekday (0 = Monday), hour

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, background="w")
        _style(self)
        self.showGrid(x=False, y=False)
        self.image = pg.ImageItem()
        self.addItem(self.image)
        self.getViewBox().invertY(True)
        self.cells: dict[tuple[int, int], HourCell] = {}
        self.labels: dict[tuple[int, int], pg.TextItem] = {}
        for weekday in range(7):
            for hour in range(24):
                label = self.labels[(weekday, hour)] = pg.TextItem("", anchor=(0.5, 0.5))
                label.setPos(hour + 0.5, weekday + 0.5)
                self.addItem(label)
        self.scene().sigMouseClicked.connect(self._clicked)

    def show_cells(self, cells: tuple[HourCell, ...], weekday_names: list[str]) -> None:
        """Colour each (weekday, hour) by contacts / attempts and write its attempts."""
        self.cells = {(c.weekday, c.hour): c for c in cells}
        rgba = np.zeros((24, 7, 4), dtype=np.ubyte)  # image[x = hour, y = weekday]
        for (weekday, hour), cell in self.cells.items():
            rgba[hour, weekday] = rate_color(cell.contact_rate)
            label = self.labels[(weekday, hour)]
            label.setVisible(bool(cell.attempts))
            if cell.attempts:
                label.setColor("white" if (cell.contact_rate or 0) > 0.55 else "#1f2328")
                label.setText(group_number(cell.attempts))
        self.image.setImage(rgba, levels=None, autoLevels=False)
        self.getAxis("left").setTicks([[(d + 0.5, name) for d, name in enumerate(weekday_names)]])
        self.getAxis("bottom").setTicks([[(h + 0.5, f"{h:02d}") for h in range(24)]])
        self.setXRange(0, 24, padding=0)
        self.setYRange(0, 7, padding=0)

    def cell_center(self, weekday: int, hour: int) -> QPoint:
        """Where a cell is drawn, in this widget's coordinates."""
        return self.mapFromScene(self.plotItem.vb.mapViewToScene(QPointF(hour + 0.5, weekday + 0.5)))

    def _clicked(self, event) -> None:
        if not self.cells or not self.plotItem.vb.sceneBoundingRect().contains(event.scenePos()):
            return
        point = self.plotItem.vb.mapSceneToView(event.scenePos())
        hour, weekday = int(point.x()), int(point.y())
        if 0 <= hour < 24 and 0 <= weekday < 7 and self.cells[(weekday, hour)].attempts:
            self.cell_clicked.emit(weekday, hour)

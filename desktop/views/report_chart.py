"""A custom report's chart (pyqtgraph): bars for one dimension, lines over time, grouped bars by the column."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtWidgets import QWidget

from syncserver.kpis.pivot_result import TOTAL, PivotResult
from syncserver.kpis.report_catalog import MEASURES

from ..models.report_labels import format_cell, key_text
from .dashboard_charts import _style

SERIES_COLORS = ("#1f6feb", "#1b873f", "#bf8700", "#8250df", "#cf222e", "#0a7ea4", "#bc4c00", "#57606a")
TIME = ("day", "week", "month", "hour", "weekday")
LEGEND_COLUMNS = 4
CHAR_PX = 6  # about one character of the axis font


class ReportChart(pg.PlotWidget):
    """GUI thread only. Draws one measure of a report; `hidden` says how many series did not fit."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, background="w")
        _style(self)
        self.legend = self.addLegend(offset=(10, 2), labelTextColor="#1f2328", colCount=LEGEND_COLUMNS)
        self.mode = ""  # "bars", "lines" or "grouped"
        self.ticks: list[str] = []
        self.series: dict[str, list[float]] = {}  # label -> heights drawn (nan: no value)
        self.hidden = 0

    def show_measure(self, result: PivotResult, measure: str) -> None:
        """Draw `measure` for every row (totals left out); rates in %, a null rate leaves a gap or no bar.

        With a column dimension over time the time runs along the axis, one line per row; with rows over
        time, one line per column key; otherwise grouped bars, one colour per column key.
        """
        self.clear()
        self.legend.clear()
        d, names = result.definition, result.agent_names
        scale = 100.0 if MEASURES[measure].kind == "rate" else 1.0

        def height(row, column=TOTAL) -> float:
            value = result.value(row, measure, column)
            return np.nan if value is None else float(value) * scale

        def row_label(row, short: bool) -> str:
            return " · ".join(key_text(dim, key, names, short) for dim, key in zip(d.rows, row, strict=True))

        rows_over_time = len(d.rows) == 1 and d.rows[0] in TIME
        if d.column is None:
            self.series = {"": [height(row) for row in result.row_keys]}
            self.mode = "lines" if rows_over_time and d.rows[0] in ("day", "week", "month") else "bars"
            self.ticks = [row_label(row, True) for row in result.row_keys]
        elif d.column in TIME and len(result.row_keys) <= len(SERIES_COLORS):
            self.series = {row_label(row, False): [height(row, key) for key in result.column_keys]
                           for row in result.row_keys}
            self.mode, self.ticks = "lines", [key_text(d.column, key, names, True) for key in result.column_keys]
        else:
            self.series = {key_text(d.column, key, names): [height(row, key) for row in result.row_keys]
                           for key in result.column_keys}
            self.mode = "lines" if rows_over_time else "grouped"
            self.ticks = [row_label(row, True) for row in result.row_keys]
        self.hidden = max(0, len(self.series) - len(SERIES_COLORS))
        self.series = dict(list(self.series.items())[: len(SERIES_COLORS)])
        self._draw(measure)

    def _draw(self, measure: str) -> None:
        count, width = len(self.ticks), 0.8 / max(1, len(self.series))
        x = np.arange(count, dtype=float)
        for i, (color, (label, heights)) in enumerate(zip(SERIES_COLORS, self.series.items(), strict=False)):
            y = np.array(heights, dtype=float)
            if self.mode == "lines":
                self.plot(x, y, pen=pg.mkPen(color, width=2), name=label or None, symbol="o", symbolSize=5,
                          symbolBrush=color, symbolPen=None, connect="finite")
                continue
            grouped = self.mode == "grouped"
            offset = (i - (len(self.series) - 1) / 2) * width if grouped else 0.0
            self.addItem(pg.BarGraphItem(x=x + offset, height=np.nan_to_num(y), width=width * 0.9 if grouped else 0.7,
                                         brush=color, pen=None, name=label or None))
            if not grouped and count <= 40:
                self._value_labels(x, y, measure)
        longest = max((len(tick) for tick in self.ticks), default=1)
        fits = max(2, int((self.width() or 700) / (longest * CHAR_PX + 8)))
        step = max(1, -(-count // fits))
        self.getAxis("bottom").setTicks([[(i, self.ticks[i]) for i in range(0, count, step)]])
        finite = [float(np.nanmax(h)) for h in map(np.array, self.series.values()) if np.isfinite(h).any()]
        top = max([1.0, *finite])
        legend_rows = -(-len([s for s in self.series if s]) // LEGEND_COLUMNS)
        self.setXRange(-0.6, max(0.6, count - 0.4), padding=0)
        self.setYRange(0, top * (1.15 + 0.14 * legend_rows), padding=0)  # room for the legend and the labels

    def _value_labels(self, x, y, measure: str) -> None:
        kind, scale = MEASURES[measure].kind, 100.0 if MEASURES[measure].kind == "rate" else 1.0
        for position, value in zip(x, y, strict=True):
            text = format_cell(kind, None if np.isnan(value) else value / scale)
            label = pg.TextItem(text, color="#1f2328", anchor=(0.5, 1.0))
            label.setPos(position, 0.0 if np.isnan(value) else value)
            self.addItem(label)

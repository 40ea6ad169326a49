"""How a run's probabilities were made: method in words, AUC on held-out accounts, reliability plot, top weights."""

from __future__ import annotations

import html

import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from syncserver.scoring.run_queries import RunInfo

from ..models.kpi_format import group_number
from ..models.scoring_words import feature_names, method_text, percent, quality_text
from .dashboard_charts import _style

TOP_WEIGHTS = 6


class ReliabilityPlot(pg.PlotWidget):
    """GUI thread only. Predicted against observed payment rate per bin of held-out accounts, with the diagonal."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, background="w")
        _style(self)
        self.showGrid(x=True, y=True, alpha=0.25)
        self.setRange(xRange=(0, 100), yRange=(0, 100), padding=0.03)
        self.setLabel("bottom", self.tr("Probabilidad predicha (%)"), color="#57606a")
        self.setLabel("left", self.tr("Pagaron de verdad (%)"), color="#57606a")
        self.diagonal = self.plot([0, 100], [0, 100], pen=pg.mkPen("#8c959f", width=1, style=Qt.PenStyle.DashLine))
        self.curve = self.plot([], [], pen=pg.mkPen("#1f6feb", width=2), symbol="o", symbolSize=7,
                               symbolBrush="#1f6feb", symbolPen=None)
        self.note = pg.TextItem("", color="#57606a", anchor=(0.5, 0.5))
        self.note.setPos(50, 50)
        self.addItem(self.note)

    def show_curve(self, predicted: list[float], observed: list[float]) -> None:
        """Draw one point per bin (rates 0..1); an empty curve says there is none."""
        self.curve.setData([p * 100 for p in predicted], [o * 100 for o in observed])
        self.note.setText("" if predicted else self.tr("Sin curva: no hay modelo"))


class ModelPanel(QWidget):
    """GUI thread only. `show_run` fills it from a stored run."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.method_label = QLabel(self.tr("Aún no hay una corrida. Pulse «Recalcular»."))
        self.quality_label = QLabel()
        self.weights_label = QLabel()
        for label in (self.method_label, self.quality_label, self.weights_label):
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.method_label.setTextFormat(Qt.TextFormat.PlainText)
        self.quality_label.setTextFormat(Qt.TextFormat.PlainText)
        self.weights_label.setTextFormat(Qt.TextFormat.RichText)
        self.plot_title = QLabel(self.tr("Calibración en cuentas reservadas: si los puntos siguen la diagonal, "
                                         "«30 %» quiere decir que pagan 3 de cada 10."))
        self.plot_title.setWordWrap(True)
        self.plot_title.setStyleSheet("color: #57606a;")
        self.plot = ReliabilityPlot()
        self.plot.setMinimumSize(220, 160)
        self.weights_label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        below = QHBoxLayout()
        below.addWidget(self.plot, 3)
        below.addWidget(self.weights_label, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(self.method_label)
        layout.addWidget(self.quality_label)
        layout.addWidget(self.plot_title)
        layout.addLayout(below, 1)

    def show_run(self, run: RunInfo) -> None:
        """The run's method, quality, curve and strongest weights (or bucket probabilities for the prior)."""
        self.method_label.setText(method_text(run))
        self.quality_label.setText(quality_text(run))
        curve = run.calibration or {"predicted": [], "observed": []}
        self.plot.show_curve(curve["predicted"], curve["observed"])
        self.weights_label.setText(self._weights(run) if run.method == "model" else self._buckets(run))

    def _weights(self, run: RunInfo) -> str:
        names, up, down = feature_names(), self.tr("sube"), self.tr("baja")
        strongest = sorted(run.coefficients.items(), key=lambda item: -abs(item[1]))[:TOP_WEIGHTS]
        rows = []
        for name, value in strongest:
            colour, effect = ("#1b873f", up) if value > 0 else ("#cf222e", down)
            sign = "+" if value > 0 else "−"
            rows.append(f"<tr><td>{html.escape(names.get(name, name))}</td>"
                        f"<td align='right'>&nbsp;{sign}{group_number(abs(value), 2)}&nbsp;</td>"
                        f"<td style='color:{colour}'>{html.escape(effect)}</td></tr>")
        title = html.escape(self.tr("Factores con más peso (log-odds por desviación estándar):"))
        return f"<b>{title}</b><table>{''.join(rows)}</table>"

    def _buckets(self, run: RunInfo) -> str:
        rows = []
        for rate in run.summary["bucket_rates"]:
            bucket = self.tr("%s días") % rate["label"]
            seen = self.tr("%d cuentas, %d pagaron") % (rate["accounts"], rate["payers"])
            rows.append(f"<tr><td>{html.escape(bucket)}</td><td align='right'>&nbsp;{percent(rate['probability'])}"
                        f"&nbsp;</td><td style='color:#57606a'>{html.escape(seen)}</td></tr>")
        title = html.escape(self.tr("Probabilidad de pago por tramo de mora:"))
        return f"<b>{title}</b><table>{''.join(rows)}</table>"

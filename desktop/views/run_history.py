"""An earlier run against what happened after it (paid vs predicted by decile), and how the scores moved since."""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from syncserver.scoring.compare import RunComparison, RunOutcome
from syncserver.scoring.run_queries import RunInfo

from ..models.kpi_format import group_number
from ..models.scoring_words import percent
from .dashboard_charts import _style


def run_label(run: RunInfo) -> str:
    """A run as the combos name it: number, date, method and who made it."""
    method = (QCoreApplication.translate("RunHistory", "modelo") if run.method == "model"
              else QCoreApplication.translate("RunHistory", "a priori"))
    trigger = {"nightly": QCoreApplication.translate("RunHistory", "nocturna"),
               "cli": QCoreApplication.translate("RunHistory", "consola")}.get(
        run.trigger, QCoreApplication.translate("RunHistory", "manual"))
    return f"#{run.id} · {run.as_of.strftime('%d/%m/%Y')} · {method} · {trigger}"


class DecileChart(pg.PlotWidget):
    """GUI thread only. Per decile of predicted probability: bars of the share that paid, dots of the prediction."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, background="w")
        _style(self)
        self.setLabel("bottom", self.tr("Decil de probabilidad predicha (1 = menos probable)"), color="#57606a")
        self.setLabel("left", self.tr("% de cuentas"), color="#57606a")
        self.legend = self.addLegend(offset=(10, 2), labelTextColor="#1f2328")
        self.bars = pg.BarGraphItem(x=[], height=[], width=0.6, brush="#1b873f", pen=None)
        self.addItem(self.bars)
        self.legend.addItem(self.bars, self.tr("Pagaron"))
        self.predicted = self.plot([], [], pen=pg.mkPen("#1f6feb", width=2), symbol="o", symbolSize=7,
                                   symbolBrush="#1f6feb", symbolPen=None, name=self.tr("Predicho"))
        self.getAxis("bottom").setTicks([[(n, str(n)) for n in range(1, 11)]])

    def show_outcome(self, outcome: RunOutcome) -> None:
        """Draw the deciles of one run's outcome."""
        x = [d.decile for d in outcome.deciles]
        self.bars.setOpts(x=x, height=[d.realised * 100 for d in outcome.deciles])
        self.predicted.setData(x, [d.predicted * 100 for d in outcome.deciles])
        top = max([1.0] + [d.realised * 100 for d in outcome.deciles] + [d.predicted * 100 for d in outcome.deciles])
        self.setXRange(0.4, max(10, len(x)) + 0.6, padding=0)
        self.setYRange(0, min(100, top * 1.25), padding=0)


class RunComparisonView(QWidget):
    """GUI thread only. The page fills the combo (`set_runs`) and answers `compare_requested` with `show_result`."""

    compare_requested = Signal(int)  # the earlier run's id (or the current one's: its own outcome)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.current: RunInfo | None = None
        self.combo = QComboBox()
        self.combo.currentIndexChanged.connect(self._chosen)
        self.outcome_label = QLabel(self.tr("Elija una corrida anterior para ver qué pasó después."))
        self.moves_label = QLabel()
        for label in (self.outcome_label, self.moves_label):
            label.setWordWrap(True)
        self.chart = DecileChart()
        self.chart.setMinimumHeight(220)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Corrida a evaluar:")))
        top.addWidget(self.combo, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.outcome_label)
        layout.addWidget(self.chart, 1)
        layout.addWidget(self.moves_label)

    def set_runs(self, runs: list[RunInfo], current: RunInfo) -> None:
        """Offer every run up to the current one, the one before it first."""
        self.current = current
        earlier = [r for r in runs if (r.as_of, r.id) < (current.as_of, current.id)]
        self.combo.blockSignals(True)
        self.combo.clear()
        for run in earlier:
            self.combo.addItem(self.tr("%s (anterior)") % run_label(run), run.id)
        self.combo.addItem(self.tr("%s (esta misma corrida)") % run_label(current), current.id)
        self.combo.setCurrentIndex(0)
        self.combo.blockSignals(False)
        self._chosen()

    def _chosen(self, *_args) -> None:
        if (run_id := self.combo.currentData()) is not None:
            self.outcome_label.setText(self.tr("Leyendo…"))
            self.compare_requested.emit(int(run_id))

    def show_result(self, outcome: RunOutcome, comparison: RunComparison | None) -> None:
        """The earlier run's outcome and, when another run was chosen, the moves up to the current one."""
        self.chart.show_outcome(outcome)
        when = outcome.as_of.strftime("%d/%m/%Y")
        if outcome.days_observed == 0 or not outcome.accounts:
            self.outcome_label.setText(self.tr("La corrida del %s es de hoy: aún no hay pagos que comparar.") % when)
        else:
            window = self.tr("30 días completos") if outcome.complete else self.tr(
                "%d de 30 días observados hasta hoy") % outcome.days_observed
            auc = "" if outcome.auc is None else self.tr(" AUC real: %s.") % group_number(outcome.auc, 2)
            self.outcome_label.setText(self.tr(
                "Corrida del %s (%s): se predijo que pagaría el %s de las %s cuentas; pagó el %s.%s") % (
                when, window, percent(outcome.predicted), group_number(outcome.accounts),
                percent(outcome.realised), auc))
        if comparison is None:
            self.moves_label.setText("")
            return
        self.moves_label.setText(self.tr(
            "Hasta la corrida #%d: %s cuentas en ambas; la probabilidad media cambió %s puntos, %s cuentas subieron "
            "más de 5 puntos y %s bajaron; %s cambiaron de celda.") % (
            comparison.newer, group_number(comparison.common),
            "—" if comparison.mean_change is None else f"{comparison.mean_change * 100:+.1f}".replace(".", ","),
            group_number(comparison.rose), group_number(comparison.fell), group_number(comparison.changed_quadrant)))

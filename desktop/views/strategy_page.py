"""The "Estrategia" page: the strategy matrix of a scoring run, its rules, the model behind it and the run history."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from syncserver.permissions import STRATEGY_MANAGE
from syncserver.scoring.compare import compare_runs, run_outcome
from syncserver.scoring.run_queries import RunInfo, ScoredAccount, get_run, list_runs, run_scores
from syncserver.scoring.runs import run_scoring
from syncserver.scoring.settings import read_scoring_settings, save_scoring_settings
from syncserver.scoring.strategy import Cell, strategy_matrix
from syncserver.settings import SettingsError

from ..branch_day import local
from ..models.kpi_format import group_number
from ..server_host import ServerHost
from ..worker import run_in_background
from .model_panel import ModelPanel
from .permission_ui import error_text, follow, guard
from .strategy_assign import StrategyAssignment
from .run_history import RunComparisonView, run_label
from .strategy_accounts import CellAccounts
from .strategy_matrix import StrategyMatrix
from .strategy_rules import RulesEditor


def _card(title: str, widget: QWidget, note: QLabel | None = None) -> QFrame:
    card = QFrame()
    card.setObjectName("card")
    card.setStyleSheet("#card { background: white; border: 1px solid #d8dee4; border-radius: 8px; }")
    layout = QVBoxLayout(card)
    label = QLabel(title)
    label.setStyleSheet("font-weight: bold; color: #1f2328;")
    layout.addWidget(label)
    layout.addWidget(widget, 1)
    if note is not None:
        layout.addWidget(note)
    return card


class StrategyPage(QWidget):
    """GUI thread only. Reads, runs and saves go through run_in_background; results come back as slots here.

    `accounts_chosen(ids)` follows a click on a cell, whose "Asignar a…" gives them to an agent (strategy_assign.py);
    `show_in_accounts(ids)` follows "Ver en Cartera" (the Cartera page filters to them).
    """

    accounts_chosen = Signal(list)
    show_in_accounts = Signal(list)
    run_loaded = Signal(object)  # the RunInfo now shown, its accounts loaded
    comparison_shown = Signal(object)  # the RunOutcome the history tab shows
    rules_saved = Signal(object)  # the ScoringSettings stored

    def __init__(self, host: ServerHost, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.host = host
        self.run: RunInfo | None = None
        self.runs: list[RunInfo] = []
        self.accounts: list[ScoredAccount] = []
        self.cells: list[Cell] = []
        self.quadrant: str | None = None
        self._row_of: dict[int, int] = {}
        self._probability = self._cost = np.zeros(0)
        self._rules_loaded = False
        self._newest_shown = True  # the run shown was the newest: a newer one (the nightly's) takes its place
        self._reading = 0  # the latest run read asked for: an older answer arriving late is dropped
        self._build()
        if host.port is None:
            host.started.connect(lambda _port: (self.assignment.update(), self.isVisible() and self.refresh()))

    def _build(self) -> None:
        self.run_combo = QComboBox()
        self.run_combo.setMinimumWidth(300)
        self.run_combo.activated.connect(lambda _i: self._load_run(self.run_combo.currentData()))
        self.recalc_button = QPushButton(self.tr("Recalcular"))
        self.recalc_button.setToolTip(self.tr("Ajustar el modelo con el historial de hoy y puntuar toda la cartera "
                                              "con las reglas en pantalla"))
        self.recalc_button.clicked.connect(self.recalculate)
        self.busy_bar = QProgressBar()
        self.busy_bar.setRange(0, 0)
        self.busy_bar.setFixedWidth(120)
        self.busy_bar.hide()
        self.status_label = QLabel(self.tr("Cargando corridas…"))
        self.status_label.setStyleSheet("color: #57606a;")
        top = QHBoxLayout()
        for widget in (QLabel(self.tr("Corrida:")), self.run_combo, self.recalc_button, self.busy_bar):
            top.addWidget(widget)
        top.addWidget(self.status_label, 1)

        self.matrix = StrategyMatrix()
        self.matrix.cell_clicked.connect(self.choose_cell)
        self.matrix_note = QLabel()
        self.matrix_note.setWordWrap(True)
        self.matrix_note.setStyleSheet("color: #57606a;")
        self.rules = RulesEditor()
        follow(self.host, STRATEGY_MANAGE, self.recalc_button, self.rules.save_button, self.rules.buckets.save_button)
        self.rules.changed.connect(self._recount)
        self.rules.save_requested.connect(self.save_rules)
        self.model_panel = ModelPanel()
        self.history = RunComparisonView()
        self.history.compare_requested.connect(self._compare)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.rules, self.tr("Reglas"))
        self.tabs.addTab(self.rules.buckets, self.tr("Tramos de mora"))
        self.tabs.addTab(self.model_panel, self.tr("Modelo"))
        self.tabs.addTab(self.history, self.tr("Historial"))
        self.cell_accounts = CellAccounts()
        self.cell_accounts.show_in_accounts.connect(self.show_in_accounts)
        self.assignment = StrategyAssignment(self)

        upper = QSplitter(Qt.Orientation.Horizontal)
        upper.addWidget(_card(self.tr("Matriz de estrategia: probabilidad de pago × costo de cobro"), self.matrix,
                              self.matrix_note))
        upper.addWidget(self.tabs)
        upper.setStretchFactor(0, 5)
        upper.setStretchFactor(1, 4)
        body = QSplitter(Qt.Orientation.Vertical)
        body.addWidget(upper)
        body.addWidget(self.cell_accounts)
        body.setStretchFactor(0, 1)
        body.setStretchFactor(1, 1)
        body.setSizes([400, 400])
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(body, 1)

    # --- loading ------------------------------------------------------------------------------

    def showEvent(self, event) -> None:
        """Catch up with runs made elsewhere (the nightly run, the console) when the page comes into view."""
        super().showEvent(event)
        self.refresh()

    def refresh(self, select: int | None = None) -> None:
        """Read the run history (and, the first time, the branch's rules); then show `select` or the newest."""
        if self.host.port is None:
            return
        engine, with_rules = self.host.engine, not self._rules_loaded
        run_in_background(lambda: (list_runs(engine), read_scoring_settings(engine) if with_rules else None, select),
                          self._runs_listed, self._failed)

    def _runs_listed(self, answer) -> None:
        runs, settings, select = answer
        if settings is not None:
            self._rules_loaded = True
            self.rules.set_rules(settings.rules)
            self.rules.buckets.set_buckets(settings.buckets)
        self.runs = runs
        self.run_combo.clear()
        for run in runs:
            self.run_combo.addItem(run_label(run), run.id)
        if not runs:
            self.status_label.setText(self.tr("Aún no hay corridas: pulse «Recalcular» para puntuar la cartera."))
            self._recount()
            return
        shown = self.run.id if self.run else None
        if select is None:
            select = runs[0].id if self._newest_shown or self.run_combo.findData(shown) < 0 else shown
        self.run_combo.setCurrentIndex(max(0, self.run_combo.findData(select)))
        if self.run_combo.currentData() != shown:
            self._load_run(self.run_combo.currentData())
        elif self.run is not None:
            self.history.set_runs(runs, self.run)  # the same run: only the history may have grown

    def _load_run(self, run_id: int | None) -> None:
        if run_id is None:
            return
        engine = self.host.engine
        self._reading += 1
        reading = self._reading
        self.status_label.setText(self.tr("Leyendo la corrida #%d…") % run_id)
        run_in_background(lambda: (reading, get_run(engine, run_id), run_scores(engine, run_id)), self._run_read,
                          self._failed)

    def _run_read(self, answer: tuple[int, RunInfo, list[ScoredAccount]]) -> None:
        reading, run, accounts = answer
        if reading != self._reading:
            return
        self.run, self.accounts = run, accounts
        self._newest_shown = bool(self.runs) and run.id == self.runs[0].id
        self._row_of = {a.account_id: n for n, a in enumerate(accounts)}
        self._probability = np.array([a.probability for a in accounts], dtype=float)
        self._cost = np.array([np.nan if a.cost_minutes is None else a.cost_minutes for a in accounts], dtype=float)
        self.model_panel.show_run(run)
        self.history.set_runs(self.runs, run)
        made = local(run.created_at).strftime("%d/%m/%Y %H:%M")
        self.status_label.setText(self.tr("%s cuentas activas puntuadas al %s · calculada el %s") % (
            group_number(run.n_scored), run.as_of.strftime("%d/%m/%Y"), made))
        self._recount()
        self.run_loaded.emit(run)

    def _failed(self, error: Exception) -> None:
        self._busy(False)
        if isinstance(error, SettingsError):
            self.rules.show_error(error.field, str(error))
        self.status_label.setText(self.tr("No se pudo completar: %s") % error_text(error))

    # --- the matrix ---------------------------------------------------------------------------

    def _recount(self) -> None:
        """Count the cells again under the rules on screen (no database: the run's scores are in memory)."""
        rules = self.rules.rules()
        self.cells = strategy_matrix([a.account_id for a in self.accounts], self._probability, self._cost,
                                     [a.balance for a in self.accounts], rules)
        self.matrix.show_cells(self.cells, rules)
        if self.run is None:
            self.matrix_note.setText("")
        elif rules == self.run.rules:
            self.matrix_note.setText(self.tr("Cuentas y saldos de la corrida #%d con sus reglas.") % self.run.id)
        else:
            self.matrix_note.setText(self.tr(
                "Recuento con las reglas en pantalla; la corrida #%d usó otras. «Recalcular» guarda una corrida con "
                "ellas y «Guardar» las deja para la corrida nocturna.") % self.run.id)
        if self.quadrant is not None:
            self._fill_table()

    def choose_cell(self, quadrant: str) -> None:
        """Select a cell's accounts: the table shows them and `accounts_chosen` carries their ids."""
        self.quadrant = quadrant
        self.matrix.select(quadrant)
        self._fill_table()
        self.accounts_chosen.emit(self.cell_accounts.model.account_ids())

    def _fill_table(self) -> None:
        cell = next(c for c in self.cells if c.quadrant == self.quadrant)
        self.cell_accounts.show_cell(cell, [self.accounts[self._row_of[i]] for i in cell.account_ids])

    # --- recalculating, saving, comparing -------------------------------------------------------

    def _busy(self, busy: bool) -> None:
        guard(self.recalc_button, self.host.session, STRATEGY_MANAGE, not busy)
        self.run_combo.setEnabled(not busy)
        self.recalc_button.setText(self.tr("Calculando…") if busy else self.tr("Recalcular"))
        self.busy_bar.setVisible(busy)

    def recalculate(self) -> None:
        """Fit and score the whole portfolio now with the rules on screen, on a pool thread; then show the new run."""
        if self.host.port is None:
            return
        engine, params, actor = self.host.engine, self.rules.as_settings(), self.host.actor
        self._busy(True)
        self.status_label.setText(self.tr("Ajustando el modelo y puntuando la cartera…"))
        run_in_background(lambda: run_scoring(engine, params=params, actor=actor), self._recalculated, self._failed)

    def _recalculated(self, run_id: int) -> None:
        self._busy(False)
        self.refresh(select=run_id)

    def save_rules(self) -> None:
        """Store the rules on screen as the branch's (the nightly run follows them)."""
        engine, change, actor = self.host.engine, self.rules.as_settings(), self.host.actor
        run_in_background(lambda: save_scoring_settings(engine, change, actor=actor), self._saved, self._failed)

    def _saved(self, settings) -> None:
        self.status_label.setText(self.tr("Reglas guardadas: la corrida nocturna y «Recalcular» las usarán."))
        self.rules_saved.emit(settings)

    def _compare(self, other_id: int) -> None:
        if self.run is None:
            return
        engine, current = self.host.engine, self.run.id

        def read():  # pool thread
            if other_id == current:
                return current, run_outcome(engine, current), None
            comparison = compare_runs(engine, current, other_id)
            return current, comparison.outcome, comparison

        run_in_background(read, self._compared, self._failed)

    def _compared(self, answer) -> None:
        current, outcome, comparison = answer
        if self.run is None or current != self.run.id:
            return  # another run is shown by now
        self.history.show_result(outcome, comparison)
        self.comparison_shown.emit(outcome)

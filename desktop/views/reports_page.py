"""The report builder ("Informes"): choose dimensions, measures, filters and period; see a pivot table and a chart;
save the definition by name and open it again."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from syncserver.kpis.pivot import ReportChoices, report_choices, run_report
from syncserver.kpis.pivot_result import PivotResult
from syncserver.kpis.report_catalog import ReportError
from syncserver.kpis.report_definition import ReportDefinition
from syncserver.kpis.saved_reports import delete_report, list_reports, load_report, rename_report, save_report
from syncserver.permissions import REPORTS_SAVE

from ..models.pivot_model import PivotModel, PivotSortProxy
from ..models.report_labels import error_text, measure_labels
from ..server_host import ServerHost
from ..worker import run_in_background
from .permission_ui import denied_text, follow, refusal
from .report_builder import ReportBuilder
from .report_chart import ReportChart
from .report_export import ReportExport
from .report_saved import SavedReportsBox

BUILDER_WIDTH = 360


class ReportsPage(QWidget):
    """GUI thread only. Every read and write runs on a pool thread (run_in_background) and answers by signal."""

    shown = Signal(object)  # the PivotResult shown
    reports_listed = Signal(list)  # the saved reports, after any change
    opened = Signal(object)  # the ReportDefinition opened
    message_shown = Signal(str)  # an error or notice the page shows

    def __init__(self, host: ServerHost, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.host = host
        self.result: PivotResult | None = None
        self.current_id: int | None = None  # the saved report open (saving under its name overwrites it)
        self.confirm: QMessageBox | None = None
        self._generation = 0
        self._stale = True
        self.builder = ReportBuilder()
        self.saved = SavedReportsBox()
        self.name_edit = QLineEdit()
        self.name_edit.setPlaceholderText(self.tr("Nombre del informe"))
        self.save_button = QPushButton(self.tr("Guardar"))
        self.run_button = QPushButton(self.tr("Ver informe"))
        self.run_button.setDefault(True)
        self.run_button.setStyleSheet("QPushButton { background: #1f6feb; color: white; font-weight: bold; "
                                      "padding: 6px 14px; border-radius: 6px; }")
        self.title_label = QLabel(self.tr("Elija las dimensiones y las medidas, y pulse «Ver informe»."))
        self.title_label.setStyleSheet("font-weight: bold; font-size: 15px; color: #1f2328;")
        self.status_label = QLabel()
        self.status_label.setStyleSheet("color: #57606a;")
        self.message_label = QLabel()
        self.message_label.setWordWrap(True)
        self.message_label.setStyleSheet("color: #cf222e;")
        self.message_label.hide()
        self.chart_measure = QComboBox()
        self.chart_measure.currentIndexChanged.connect(lambda _i: self._draw_chart())
        self.chart = ReportChart()
        self.chart.setMinimumHeight(220)
        self.model = PivotModel(self)
        self.proxy = PivotSortProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.table.setAlternatingRowColors(True)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self._build()
        self.run_button.clicked.connect(self.run)
        self.save_button.clicked.connect(self.save)
        self.name_edit.returnPressed.connect(self.save)
        self.saved.open_requested.connect(self.open_report)
        self.saved.rename_requested.connect(self.rename)
        self.saved.delete_requested.connect(self.ask_delete)
        follow(host, REPORTS_SAVE, self.save_button)
        self._allow_changes()
        host.session_changed.connect(self._allow_changes)

    def _allow_changes(self, _session=None) -> None:
        self.saved.set_allowed(self.host.session.can(REPORTS_SAVE), refusal(self.host.session.role, REPORTS_SAVE))

    def _build(self) -> None:
        left = QWidget()
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 6, 0)
        column.addWidget(self.saved)
        column.addWidget(self.builder)
        column.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(left)
        actions = QHBoxLayout()
        actions.addWidget(self.name_edit, 1)
        actions.addWidget(self.save_button)
        side = QWidget()
        side.setFixedWidth(BUILDER_WIDTH)
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.addWidget(scroll, 1)
        side_layout.addLayout(actions)
        side_layout.addWidget(self.run_button)
        chart_box = QWidget()
        chart_layout = QVBoxLayout(chart_box)
        chart_layout.setContentsMargins(0, 0, 0, 0)
        chart_bar = QHBoxLayout()
        chart_bar.addWidget(QLabel(self.tr("Gráfico de")))
        chart_bar.addWidget(self.chart_measure)
        chart_bar.addStretch(1)
        self.export = ReportExport(self)
        chart_bar.addWidget(self.export.button)
        chart_layout.addLayout(chart_bar)
        chart_layout.addWidget(self.chart, 1)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(chart_box)
        splitter.addWidget(self.table)
        splitter.setSizes([300, 400])
        right = QVBoxLayout()
        right.addWidget(self.title_label)
        right.addWidget(self.status_label)
        right.addWidget(self.message_label)
        right.addWidget(splitter, 1)
        layout = QHBoxLayout(self)
        layout.addWidget(side)
        layout.addLayout(right, 1)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._stale:
            self._stale = False
            self.reload_saved()
            engine = self.host.engine
            run_in_background(lambda: report_choices(engine), self._choices, self._failed)

    def _choices(self, choices: ReportChoices) -> None:
        self.builder.filters.set_agents(list(choices.agents))
        self.builder.filters.set_segments(list(choices.segments))

    # --- running ------------------------------------------------------------------------------

    def run(self) -> None:
        """Read the report the builder describes on a pool thread; the table and chart show it when it answers."""
        definition = self.builder.definition(self.name_edit.text().strip())
        self._generation += 1
        generation, engine = self._generation, self.host.engine
        self.status_label.setText(self.tr("Calculando…"))
        run_in_background(lambda: (generation, run_report(engine, definition)), self._shown, self._failed)

    def _shown(self, answer: tuple[int, PivotResult]) -> None:
        generation, result = answer
        if generation != self._generation:
            return  # a newer run follows
        self.result = result
        self._say("")
        d = result.definition
        self.title_label.setText(d.name or self.tr("Informe sin nombre"))
        self.status_label.setText(self.tr("%s – %s · hora local (%s) · %d filas") % (
            result.first.strftime("%d/%m/%Y"), result.last.strftime("%d/%m/%Y"), result.timezone,
            len(result.row_keys)))
        self.table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)  # the engine's order
        self.model.set_result(result)
        chosen = self.chart_measure.currentData()
        self.chart_measure.blockSignals(True)
        self.chart_measure.clear()
        for name in d.measures:
            self.chart_measure.addItem(measure_labels()[name], name)
        self.chart_measure.setCurrentIndex(max(0, self.chart_measure.findData(chosen)))
        self.chart_measure.blockSignals(False)
        self._draw_chart()
        self.shown.emit(result)

    def _draw_chart(self) -> None:
        if self.result is not None and self.chart_measure.currentData():
            self.chart.show_measure(self.result, self.chart_measure.currentData())
            if self.chart.hidden:
                self.status_label.setText(self.status_label.text().split(" · +")[0] + self.tr(
                    " · +%d series fuera del gráfico (ver la tabla)") % self.chart.hidden)

    def _failed(self, error: Exception) -> None:
        self.status_label.setText("")
        self._say(denied_text(error) or error_text(error))

    def _say(self, text: str) -> None:
        self.message_label.setText(text)
        self.message_label.setVisible(bool(text))
        if text:
            self.message_shown.emit(text)

    # --- saved definitions --------------------------------------------------------------------

    def reload_saved(self) -> None:
        """List the saved reports again."""
        engine = self.host.engine
        run_in_background(lambda: list_reports(engine), self._listed, self._failed)

    def _listed(self, reports: list) -> None:
        self.saved.set_reports(reports, self.current_id)
        self.reports_listed.emit(reports)

    def save(self, overwrite: bool = False) -> None:
        """Save the builder's definition under the name typed (the open report's own name overwrites it)."""
        definition = self.builder.definition(self.name_edit.text())
        overwrite = overwrite or (self.current_id is not None
                                  and self.saved.name_of(self.current_id) == " ".join(definition.name.split()))
        engine, actor = self.host.engine, self.host.actor

        def store():  # pool thread
            return save_report(engine, definition, overwrite=overwrite, actor=actor)

        run_in_background(store, self._saved, self._save_failed)

    def _saved(self, info) -> None:
        self.current_id = info.id
        self.name_edit.setText(info.name)
        self._say("")
        self.status_label.setText(self.tr("Guardado como «%s».") % info.name)
        self.reload_saved()

    def _save_failed(self, error: Exception) -> None:
        if not (isinstance(error, ReportError) and error.code == "name_taken"):
            self._failed(error)
            return
        question = self.tr("Ya existe un informe llamado «%s». ¿Reemplazarlo por este?") % error.subject
        self.confirm = QMessageBox(QMessageBox.Icon.Question, self.tr("Reemplazar informe"), question,
                                   QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, self)
        self._on_yes(lambda: self.save(overwrite=True))

    def open_report(self, report_id: int) -> None:
        """Restore every choice of a saved report, then show it."""
        engine = self.host.engine
        run_in_background(lambda: (report_id, load_report(engine, report_id)), self._opened, self._failed)

    def _opened(self, answer: tuple[int, ReportDefinition]) -> None:
        report_id, definition = answer
        self.current_id = report_id
        self.saved.select(report_id)
        self.builder.set_definition(definition)
        self.name_edit.setText(definition.name)
        self.opened.emit(definition)
        self.run()

    def rename(self, report_id: int, name: str) -> None:
        """Give a saved report another name."""
        engine, actor = self.host.engine, self.host.actor
        run_in_background(lambda: rename_report(engine, report_id, name, actor=actor), self._renamed,
                          self._rename_failed)

    def _rename_failed(self, error: Exception) -> None:
        self._failed(error)
        self.reload_saved()  # the list shows the name it still has

    def _renamed(self, info) -> None:
        if info.id == self.current_id:
            self.name_edit.setText(info.name)
            self.title_label.setText(info.name)
        self.reload_saved()

    def ask_delete(self, report_id: int, name: str) -> None:
        """Ask before deleting a saved report."""
        self.confirm = QMessageBox(QMessageBox.Icon.Warning, self.tr("Eliminar informe"),
                                   self.tr("¿Eliminar el informe «%s»? Los datos no se borran, solo la definición.")
                                   % name, QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, self)
        self._on_yes(lambda: self.delete(report_id))

    def _on_yes(self, action) -> None:
        """Open the question (window-modal, not blocking) and run `action` if the answer is yes."""
        box = self.confirm
        box.buttonClicked.connect(
            lambda button: action() if box.standardButton(button) == QMessageBox.StandardButton.Yes else None)
        box.finished.connect(box.deleteLater)
        box.open()

    def delete(self, report_id: int) -> None:
        """Delete a saved report (no question)."""
        engine, actor = self.host.engine, self.host.actor
        if report_id == self.current_id:
            self.current_id = None
        run_in_background(lambda: delete_report(engine, report_id, actor=actor), self._deleted, self._failed)

    def _deleted(self, _none: None) -> None:
        self.reload_saved()

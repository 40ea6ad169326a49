"""The report builder's choices: period, row and column dimensions, measures and filters, as a ReportDefinition."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from syncserver.kpis.report_catalog import DIMENSIONS, dimensions_missing, filter_missing
from syncserver.kpis.report_definition import MAX_ROW_DIMENSIONS, PRESETS, ReportDefinition
from syncserver.kpis.report_definition import ReportFilters as Filters

from ..models.report_labels import MEASURE_ORDER, dimension_labels, measure_labels, preset_labels, unsupported_text
from .report_filters import FILTER_KEYS, ReportFilters

MeasureRole = Qt.ItemDataRole.UserRole + 1


class ReportBuilder(QWidget):
    """GUI thread only. Emits `changed` whenever a choice changes; measures a choice does not define are greyed."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.preset_combo = QComboBox()
        for key, label in preset_labels().items():
            self.preset_combo.addItem(label, key)
        today = QDate.currentDate()
        self.date_from, self.date_to = QDateEdit(QDate(today.year(), today.month(), 1)), QDateEdit(today)
        for edit in (self.date_from, self.date_to):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("dd/MM/yyyy")
            edit.dateChanged.connect(lambda _d: self.changed.emit())
        self.preset_combo.currentIndexChanged.connect(self._preset_changed)
        labels = dimension_labels()
        self.row_combos = []
        for i in range(MAX_ROW_DIMENSIONS):
            combo = QComboBox()
            if i:
                combo.addItem("—", None)
            for key in DIMENSIONS:
                combo.addItem(labels[key], key)
            combo.currentIndexChanged.connect(lambda _i: self._dimensions_changed())
            self.row_combos.append(combo)
        self.column_combo = QComboBox()
        self.column_combo.addItem(self.tr("Sin columnas"), None)
        for key in DIMENSIONS:
            self.column_combo.addItem(labels[key], key)
        self.column_combo.currentIndexChanged.connect(lambda _i: self._dimensions_changed())
        self.measure_list = QListWidget()
        self.measure_list.setMinimumHeight(220)
        for name in MEASURE_ORDER:
            item = QListWidgetItem(measure_labels()[name])
            item.setData(MeasureRole, name)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.measure_list.addItem(item)
        self.measure_list.itemChanged.connect(lambda _item: self._dimensions_changed())
        self.filters = ReportFilters()
        self.filters.setMinimumHeight(150)
        self.filters.changed.connect(self._dimensions_changed)
        self.note_label = QLabel()
        self.note_label.setWordWrap(True)
        self.note_label.setStyleSheet("color: #9a6700;")
        self._build()
        self.set_definition(ReportDefinition())

    def _build(self) -> None:
        period = QGroupBox(self.tr("Periodo"))
        period_form = QFormLayout(period)
        period_form.addRow(self.preset_combo)
        dates = QHBoxLayout()
        self.from_label, self.to_label = QLabel(self.tr("Desde")), QLabel(self.tr("Hasta"))
        for widget in (self.from_label, self.date_from, self.to_label, self.date_to):
            dates.addWidget(widget)
        period_form.addRow(dates)
        layout_box = QGroupBox(self.tr("Dimensiones"))
        form = QFormLayout(layout_box)
        for i, combo in enumerate(self.row_combos):
            form.addRow(self.tr("Filas") if i == 0 else self.tr("luego por"), combo)
        form.addRow(self.tr("Columnas"), self.column_combo)
        measures = QGroupBox(self.tr("Medidas"))
        measures_layout = QVBoxLayout(measures)
        measures_layout.addWidget(self.measure_list)
        measures_layout.addWidget(self.note_label)
        filters = QGroupBox(self.tr("Filtros (sin marcar: todos)"))
        QVBoxLayout(filters).addWidget(self.filters)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for box in (period, layout_box, measures, filters):
            layout.addWidget(box)

    # --- reading and restoring ------------------------------------------------------------------

    def rows(self) -> tuple[str, ...]:
        """The row dimensions chosen, in order ("—" skipped)."""
        return tuple(combo.currentData() for combo in self.row_combos if combo.currentData())

    def definition(self, name: str = "") -> ReportDefinition:
        """The choices as a definition (measures greyed out for these dimensions left out)."""
        preset = self.preset_combo.currentData()
        custom = preset == "custom"
        return ReportDefinition(
            name=name, preset=preset,
            first=self.date_from.date().toPython() if custom else None,
            last=self.date_to.date().toPython() if custom else None,
            rows=self.rows(), column=self.column_combo.currentData(),
            measures=tuple(name for name in self.checked_measures() if self._why_not(name) is None),
            filters=Filters(*(self.filters.checked(key) for key in FILTER_KEYS)),
        )

    def checked_measures(self) -> list[str]:
        """Every measure checked, greyed out or not, in list order."""
        return [self.measure_list.item(i).data(MeasureRole) for i in range(self.measure_list.count())
                if self.measure_list.item(i).checkState() == Qt.CheckState.Checked]

    def set_definition(self, definition: ReportDefinition) -> None:
        """Show every choice of a definition (emits `changed` once)."""
        widgets = [self.preset_combo, self.date_from, self.date_to, self.column_combo, self.measure_list,
                   self.filters, *self.row_combos]
        for widget in widgets:
            widget.blockSignals(True)
        self.preset_combo.setCurrentIndex(PRESETS.index(definition.preset))
        if definition.first and definition.last:
            self.date_from.setDate(_qdate(definition.first))
            self.date_to.setDate(_qdate(definition.last))
        for i, combo in enumerate(self.row_combos):
            combo.setCurrentIndex(max(0, combo.findData(definition.rows[i] if i < len(definition.rows) else None)))
        self.column_combo.setCurrentIndex(max(0, self.column_combo.findData(definition.column)))
        for i in range(self.measure_list.count()):
            item = self.measure_list.item(i)
            item.setCheckState(Qt.CheckState.Checked if item.data(MeasureRole) in definition.measures
                               else Qt.CheckState.Unchecked)
        for key in FILTER_KEYS:
            self.filters.set_checked(key, getattr(definition.filters, key))
        for widget in widgets:
            widget.blockSignals(False)
        self._show_dates()
        self._dimensions_changed()

    # --- what the choices allow ---------------------------------------------------------------

    def _why_not(self, measure: str) -> str | None:
        """Why a measure cannot be shown with the current dimensions and filters, or None."""
        dimensions = self.rows() + ((self.column_combo.currentData(),) if self.column_combo.currentData() else ())
        if (dimension := dimensions_missing(measure, dimensions)) is not None:
            return unsupported_text(measure, dimension=dimension)
        outcomes, verdicts = bool(self.filters.checked("outcomes")), bool(self.filters.checked("verdicts"))
        if (name := filter_missing(measure, outcomes, verdicts)) is not None:
            return unsupported_text(measure, filter_name=name)
        return None

    def _dimensions_changed(self) -> None:
        """Grey out the measures these dimensions and filters do not define, and say which checked ones are left out."""
        self.measure_list.blockSignals(True)
        left_out = []
        for i in range(self.measure_list.count()):
            item = self.measure_list.item(i)
            reason = self._why_not(item.data(MeasureRole))
            enabled = Qt.ItemFlag.ItemIsEnabled
            item.setFlags(item.flags() | enabled if reason is None else item.flags() & ~enabled)
            item.setToolTip(reason or "")
            if reason and item.checkState() == Qt.CheckState.Checked:
                left_out.append(reason)
        self.measure_list.blockSignals(False)
        self.note_label.setText("\n".join(left_out))
        self.note_label.setVisible(bool(left_out))
        self.changed.emit()

    def _preset_changed(self, _index: int) -> None:
        self._show_dates()
        self.changed.emit()

    def _show_dates(self) -> None:
        custom = self.preset_combo.currentData() == "custom"
        for widget in (self.from_label, self.date_from, self.to_label, self.date_to):
            widget.setVisible(custom)


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)

"""The days-past-due buckets as the supervisor edits them: each bucket's name, upper limit and prior probability.

Each bucket starts the day after the one before ends and the last one has no upper limit, so the table
cannot leave gaps; the server still checks every bucket (scoring/settings.py) and names the one at fault.
"""

from __future__ import annotations

import re
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from syncserver.scoring.buckets import DEFAULT_BUCKETS, DpdBucket

NAME, LOW, HIGH, PRIOR = range(4)
ERROR_STYLE = "border: 2px solid #cf222e;"
ERROR_FILL = "#ffebe9"
MAX_DAYS = 100_000  # the importer's own limit for days past due


class BucketsEditor(QWidget):
    """GUI thread only. `changed` follows every edit, `save_requested` its button; `buckets()` are the rows shown."""

    changed = Signal()
    save_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._loading = False
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels([self.tr("Tramo"), self.tr("Desde (días)"), self.tr("Hasta (días)"),
                                              self.tr("Probabilidad previa")])
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        self.table.itemChanged.connect(lambda _item: self._edited())
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.add_button = QPushButton(self.tr("Añadir tramo"))
        self.add_button.setToolTip(self.tr("Parte en dos el tramo seleccionado (o el último)"))
        self.add_button.clicked.connect(self.add_bucket)
        self.remove_button = QPushButton(self.tr("Quitar tramo"))
        self.remove_button.clicked.connect(self.remove_bucket)
        self.note_label = QLabel(self.tr(
            "La probabilidad previa es la que se usa mientras el historial de la sucursal es escaso; con algo de "
            "historial se combina con lo observado en el tramo. Los cambios cuentan desde la próxima corrida."))
        self.note_label.setWordWrap(True)
        self.note_label.setStyleSheet("color: #57606a;")
        self.error_label = QLabel()
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #cf222e;")
        self.error_label.hide()
        self.save_button = QPushButton(self.tr("Guardar como reglas de la sucursal"))
        self.save_button.setToolTip(self.tr("La corrida nocturna y «Recalcular» usarán estos tramos"))
        self.save_button.clicked.connect(self.save_requested)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.error_label)
        layout.addWidget(self.note_label)
        self.set_buckets(DEFAULT_BUCKETS)

    def set_buckets(self, buckets: tuple[DpdBucket, ...] | list[DpdBucket]) -> None:
        """Show these buckets (without emitting `changed`)."""
        self._loading = True
        try:
            self.table.setRowCount(0)
            for bucket in buckets:
                self._append(bucket)
            self._follow()
        finally:
            self._loading = False
        self.show_error(None)

    def _append(self, bucket: DpdBucket, row: int | None = None) -> None:
        row = self.table.rowCount() if row is None else row
        self.table.insertRow(row)
        self.table.setItem(row, NAME, QTableWidgetItem(bucket.label))
        low = QTableWidgetItem()
        low.setFlags(low.flags() & ~Qt.ItemFlag.ItemIsEditable)
        low.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.table.setItem(row, LOW, low)
        high = QSpinBox()
        high.setRange(0, MAX_DAYS)
        high.setValue(bucket.high if bucket.high is not None else 0)
        high.valueChanged.connect(lambda _value: self._edited())
        self.table.setCellWidget(row, HIGH, high)
        prior = QSpinBox()
        prior.setRange(1, 99)
        prior.setSuffix(" %")
        prior.setValue(round(bucket.prior * 100))
        prior.valueChanged.connect(lambda _value: self._edited())
        self.table.setCellWidget(row, PRIOR, prior)

    def _spin(self, row: int, column: int) -> QSpinBox:
        return self.table.cellWidget(row, column)

    def _follow(self) -> None:
        """Each bucket starts after the one before; only the last is open-ended."""
        low = 0
        last = self.table.rowCount() - 1
        for row in range(self.table.rowCount()):
            self.table.item(row, LOW).setText(str(low))
            high = self._spin(row, HIGH)
            high.blockSignals(True)
            high.setSpecialValueText(self.tr("sin límite") if row == last else "")
            if row == last:
                high.setMinimum(0)
                high.setValue(0)  # "sin límite"
            else:
                high.setMinimum(low)
                low = high.value() + 1
            high.setEnabled(row != last)
            high.blockSignals(False)
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.remove_button.setEnabled(self.table.rowCount() > 1)

    def _edited(self) -> None:
        if self._loading:
            return
        self._loading = True
        try:
            self._follow()
        finally:
            self._loading = False
        self.show_error(None)
        self.changed.emit()

    def _chosen_row(self) -> int:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].row() if rows else self.table.rowCount() - 1

    def add_bucket(self) -> None:
        """Split the chosen bucket (or the last) in two: the new one takes the upper part."""
        row = self._chosen_row()
        buckets = self.buckets()
        chosen = buckets[row]
        if chosen.high is None:
            split = chosen.low + 30
        elif chosen.high > chosen.low:
            split = (chosen.low + chosen.high) // 2
        else:
            return  # one day wide: nothing to split
        upper = DpdBucket(f"{split + 1}-{chosen.high}" if chosen.high is not None else f">{split}", split + 1,
                          chosen.high, chosen.prior)
        self._loading = True
        try:
            self._spin(row, HIGH).setEnabled(True)
            self._spin(row, HIGH).setValue(split)
            if re.fullmatch(r"[>\d\s+-]*", self.table.item(row, NAME).text()):  # a name made of numbers follows them
                self.table.item(row, NAME).setText(f"{chosen.low}-{split}")
            self._append(upper, row + 1)
        finally:
            self._loading = False
        self._edited()
        self.table.selectRow(row + 1)

    def remove_bucket(self) -> None:
        """Take the chosen bucket away: the next one covers its days (the one before, when it was the last)."""
        if self.table.rowCount() <= 1:
            return
        self.table.removeRow(self._chosen_row())
        self._edited()

    def buckets(self) -> list[DpdBucket]:
        """The buckets on screen."""
        out, last = [], self.table.rowCount() - 1
        for row in range(self.table.rowCount()):
            high = None if row == last else self._spin(row, HIGH).value()
            out.append(DpdBucket(self.table.item(row, NAME).text().strip(), int(self.table.item(row, LOW).text()),
                                 high, self._spin(row, PRIOR).value() / 100))
        return out

    def as_settings(self) -> list[dict[str, Any]]:
        """The buckets as the scoring settings' JSON."""
        return [{"label": b.label, "low": b.low, "high": b.high, "prior": b.prior} for b in self.buckets()]

    def show_error(self, field: str | None, message: str = "") -> bool:
        """Mark the bucket a refused setting names ("buckets[2].prior"); True when the field was one of them."""
        self.error_label.setText(message)
        self.error_label.setVisible(bool(message))
        painting, self._loading = self._loading, True  # a painted item is a changed item: not an edit
        try:
            return self._paint(field)
        finally:
            self._loading = painting

    def _paint(self, field: str | None) -> bool:
        found = re.fullmatch(r"buckets(?:\[(\d+)\])?(?:\.(\w+))?", field or "")
        for row in range(self.table.rowCount()):
            for column in (HIGH, PRIOR):
                self._spin(row, column).setStyleSheet("")
            self.table.item(row, NAME).setData(Qt.ItemDataRole.BackgroundRole, None)
        if not found:
            return False
        row = int(found.group(1)) if found.group(1) else 0
        part = found.group(2) or ""
        if part == "low" and row > 0:  # a bucket starts where the one before ends
            row -= 1
        if row < self.table.rowCount():
            if part in ("low", "high", "prior"):
                self._spin(row, PRIOR if part == "prior" else HIGH).setStyleSheet(ERROR_STYLE)
            else:
                self.table.item(row, NAME).setBackground(QColor(ERROR_FILL))
        return True

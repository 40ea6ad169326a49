"""The choices of a select field as an editable table: code, Spanish label, English label."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)


class ChoicesEditor(QWidget):
    """GUI thread only. `changed(choices)` follows each finished cell edit, addition or removal."""

    changed = Signal(list)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels([self.tr("Código"), self.tr("Texto (es)"), self.tr("Texto (en)")])
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setMinimumHeight(110)
        self.table.itemChanged.connect(lambda _item: self._edited())
        self.add_button = QPushButton(self.tr("Agregar opción"))
        self.add_button.clicked.connect(self.add_choice)
        self.remove_button = QPushButton(self.tr("Quitar opción"))
        self.remove_button.clicked.connect(self.remove_choice)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        self._filling = False

    def set_choices(self, choices: list[dict[str, Any]]) -> None:
        """Show a field's choices."""
        self._filling = True
        self.table.setRowCount(0)
        for choice in choices:
            label = choice.get("label") or {}
            self._append(choice.get("code", ""), label.get("es", ""), label.get("en", ""))
        self._filling = False

    def choices(self) -> list[dict[str, Any]]:
        """The table as the format's choices (rows without a code are left out)."""
        out = []
        for row in range(self.table.rowCount()):
            code, es, en = (self.table.item(row, column).text().strip() for column in range(3))
            if code:
                label = {name: text for name, text in (("es", es), ("en", en)) if text}
                out.append({"code": code, **({"label": label} if label else {})})
        return out

    def add_choice(self) -> None:
        """Add a choice with a free code."""
        codes = {c["code"] for c in self.choices()}
        number = self.table.rowCount() + 1
        while f"opcion_{number}" in codes:
            number += 1
        self._filling = True
        self._append(f"opcion_{number}", self.tr("Opción %d") % number, "")
        self._filling = False
        self._edited()

    def remove_choice(self) -> None:
        """Remove the selected choice (the last one when none is selected)."""
        rows = sorted({index.row() for index in self.table.selectedIndexes()}) or [self.table.rowCount() - 1]
        if rows[0] < 0:
            return
        self.table.removeRow(rows[0])
        self._edited()

    def _append(self, code: str, es: str, en: str) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        for column, text in enumerate((code, es, en)):
            self.table.setItem(row, column, QTableWidgetItem(text))

    def _edited(self) -> None:
        if not self._filling:
            self.changed.emit(self.choices())

"""The strategy matrix as a 2×2 grid: probability of payment down, cost to collect across; a click picks a cell."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QButtonGroup, QGridLayout, QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from syncserver.scoring.strategy import QUADRANTS, Cell, StrategyRules

from ..models.kpi_format import group_number
from ..models.scoring_words import action_hints, action_names, percent, pesos

COLOURS = {  # background, border: the action's colour, whatever quadrant holds it
    "field_visit": ("#dafbe1", "#1b873f"),
    "reminder": ("#ddf4ff", "#1f6feb"),
    "payment_agreement": ("#fff8c5", "#bf8700"),
    "escalate": ("#ffebe9", "#cf222e"),
}
POSITION = {"likely_cheap": (1, 1), "likely_costly": (1, 2), "unlikely_cheap": (2, 1), "unlikely_costly": (2, 2)}


def _quiet(label: QLabel) -> QLabel:
    label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
    label.setWordWrap(True)
    return label


class MatrixCell(QPushButton):
    """GUI thread only. One quadrant: its action, why, how many accounts and their total balance."""

    def __init__(self, quadrant: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.quadrant = quadrant
        self.setCheckable(True)
        self.setObjectName("cell")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(180, 120)
        self.action_label = _quiet(QLabel())
        self.hint_label = _quiet(QLabel())
        self.count_label = _quiet(QLabel())
        self.balance_label = _quiet(QLabel())
        self.action_label.setStyleSheet("font-size: 15px; font-weight: bold; color: #1f2328;")
        self.hint_label.setStyleSheet("color: #57606a;")
        self.count_label.setStyleSheet("font-size: 22px; font-weight: bold; color: #1f2328;")
        self.balance_label.setStyleSheet("color: #1f2328;")
        layout = QVBoxLayout(self)
        for label in (self.action_label, self.hint_label, self.count_label, self.balance_label):
            layout.addWidget(label)
        layout.addStretch(1)

    def show_cell(self, cell: Cell, total_balance: Decimal) -> None:
        """Fill in the cell's figures, coloured by its action."""
        background, border = COLOURS[cell.action]
        self.setStyleSheet(
            f"#cell {{ background: {background}; border: 1px solid {border}; border-radius: 8px; text-align: left; }}"
            f"#cell:checked {{ border: 3px solid {border}; }}"
            f"#cell:focus {{ outline: none; }}")
        self.action_label.setText(action_names()[cell.action])
        self.hint_label.setText(action_hints()[cell.action])
        self.count_label.setText(self.tr("%s cuentas") % group_number(cell.count))
        share = float(cell.balance / total_balance) if total_balance else 0.0
        self.balance_label.setText(self.tr("Saldo %s (%s del total)") % (pesos(cell.balance), percent(share)))
        self.setAccessibleName(f"{self.action_label.text()}: {self.count_label.text()}")


class StrategyMatrix(QWidget):
    """GUI thread only. `show_cells` draws a run under some rules; `cell_clicked(quadrant)` follows a click."""

    cell_clicked = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.cells = {quadrant: MatrixCell(quadrant) for quadrant in QUADRANTS}
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        grid = QGridLayout(self)
        grid.setSpacing(8)
        self.cheap_label, self.costly_label = QLabel(), QLabel()
        self.likely_label, self.unlikely_label = QLabel(), QLabel()
        for label in (self.cheap_label, self.costly_label):
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        for label in (self.cheap_label, self.costly_label, self.likely_label, self.unlikely_label):
            label.setWordWrap(True)
            label.setStyleSheet("font-weight: bold; color: #57606a;")
        for label in (self.likely_label, self.unlikely_label):
            label.setFixedWidth(140)
        grid.addWidget(self.cheap_label, 0, 1)
        grid.addWidget(self.costly_label, 0, 2)
        grid.addWidget(self.likely_label, 1, 0)
        grid.addWidget(self.unlikely_label, 2, 0)
        for quadrant, cell in self.cells.items():
            grid.addWidget(cell, *POSITION[quadrant])
            self.group.addButton(cell)
            cell.clicked.connect(lambda _checked=False, q=quadrant: self.cell_clicked.emit(q))
        grid.setRowStretch(1, 1)
        grid.setRowStretch(2, 1)
        self.set_rules(StrategyRules())

    def set_rules(self, rules: StrategyRules) -> None:
        """Label the axes with the thresholds."""
        threshold = percent(rules.probability_threshold, 0)
        minutes = group_number(rules.cost_threshold_min)
        self.likely_label.setText(self.tr("Probable que pague\n(≥ %s)") % threshold)
        self.unlikely_label.setText(self.tr("Poco probable\n(< %s)") % threshold)
        self.cheap_label.setText(self.tr("Barato de cobrar (≤ %s min)") % minutes)
        self.costly_label.setText(self.tr("Costoso (> %s min o sin ubicación)") % minutes)

    def show_cells(self, cells: list[Cell], rules: StrategyRules) -> None:
        """The four cells' actions, counts and balances."""
        self.set_rules(rules)
        total = sum((cell.balance for cell in cells), Decimal(0))
        for cell in cells:
            self.cells[cell.quadrant].show_cell(cell, total)

    def select(self, quadrant: str | None) -> None:
        """Mark a cell as the one picked (None: none)."""
        if quadrant is None:
            self.group.setExclusive(False)
            for cell in self.cells.values():
                cell.setChecked(False)
            self.group.setExclusive(True)
        else:
            self.cells[quadrant].setChecked(True)

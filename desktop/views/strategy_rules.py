"""The strategy rules as the supervisor edits them: the two thresholds (spin boxes) and each quadrant's action;
the days-past-due buckets (strategy_buckets.py) are saved with them."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from syncserver.scoring.strategy import ACTIONS, QUADRANTS, StrategyRules

from ..models.scoring_words import action_names
from .strategy_buckets import BucketsEditor

ERROR_STYLE = "border: 2px solid #cf222e;"


class RulesEditor(QGroupBox):
    """GUI thread only. `changed` follows every edit (the matrix recounts at once); `save_requested` the button."""

    changed = Signal()
    save_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Reglas de la matriz"), parent)
        self._loading = False
        self.probability_spin = QDoubleSpinBox()
        self.probability_spin.setRange(1.0, 99.0)
        self.probability_spin.setDecimals(0)
        self.probability_spin.setSingleStep(5.0)
        self.probability_spin.setSuffix(" %")
        self.probability_spin.setToolTip(self.tr("Desde esta probabilidad de pago en 30 días una cuenta es "
                                                 "«probable que pague»"))
        self.cost_spin = QSpinBox()
        self.cost_spin.setRange(1, 10_000)
        self.cost_spin.setSingleStep(10)
        self.cost_spin.setSuffix(self.tr(" min"))
        self.cost_spin.setToolTip(self.tr("Hasta estos minutos de gestor esperados (viajes × intentos) una cuenta "
                                          "es «barata de cobrar»"))
        self.action_combos: dict[str, QComboBox] = {}
        names = action_names()
        for quadrant in QUADRANTS:
            combo = QComboBox()
            for action in ACTIONS:
                combo.addItem(names[action], action)
            combo.currentIndexChanged.connect(self._edited)
            self.action_combos[quadrant] = combo
        self.probability_spin.valueChanged.connect(self._edited)
        self.cost_spin.valueChanged.connect(self._edited)
        self.save_button = QPushButton(self.tr("Guardar como reglas de la sucursal"))
        self.save_button.setToolTip(self.tr("La corrida nocturna y «Recalcular» usarán estas reglas"))
        self.save_button.clicked.connect(self.save_requested)
        self.error_label = QLabel()
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #cf222e;")
        self.error_label.hide()
        self.buckets = BucketsEditor()  # a tab of its own (strategy_page.py); saved with the rules
        self.buckets.changed.connect(self.error_label.hide)
        self.buckets.save_requested.connect(self.save_requested)
        self.help_label = QLabel(self.tr(
            "Probabilidad: de que la cuenta registre algún pago en los próximos 30 días. Costo: minutos de gestor "
            "esperados hasta hablar con el titular = intentos esperados × (ida y vuelta desde el centro de la zona "
            "de su gestor + la visita). Una cuenta sin ubicación cuenta como costosa: primero hay que verificar la "
            "dirección."))
        self.help_label.setWordWrap(True)
        self.help_label.setStyleSheet("color: #57606a;")

        form = QFormLayout()
        form.addRow(self.tr("Probable que pague desde"), self.probability_spin)
        form.addRow(self.tr("Barato de cobrar hasta"), self.cost_spin)
        labels = {"likely_cheap": self.tr("Probable y barato"), "likely_costly": self.tr("Probable y costoso"),
                  "unlikely_cheap": self.tr("Poco probable y barato"),
                  "unlikely_costly": self.tr("Poco probable y costoso")}
        for quadrant in QUADRANTS:
            form.addRow(labels[quadrant], self.action_combos[quadrant])
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addLayout(buttons)
        layout.addStretch(1)
        layout.addWidget(self.help_label)
        self.set_rules(StrategyRules())

    def set_rules(self, rules: StrategyRules) -> None:
        """Show rules (without emitting `changed`)."""
        self._loading = True
        try:
            self.probability_spin.setValue(round(rules.probability_threshold * 100))
            self.cost_spin.setValue(round(rules.cost_threshold_min))
            for quadrant, combo in self.action_combos.items():
                combo.setCurrentIndex(combo.findData(rules.actions[quadrant]))
        finally:
            self._loading = False
        self.show_error(None)

    def rules(self) -> StrategyRules:
        """The rules on screen."""
        return StrategyRules(self.probability_spin.value() / 100, float(self.cost_spin.value()),
                             {quadrant: combo.currentData() for quadrant, combo in self.action_combos.items()})

    def as_settings(self) -> dict[str, Any]:
        """The rules as a partial scoring-settings document."""
        rules = self.rules()
        return {"probability_threshold": rules.probability_threshold, "cost_threshold_min": rules.cost_threshold_min,
                "actions": dict(rules.actions), "buckets": self.buckets.as_settings()}

    def show_error(self, field: str | None, message: str = "") -> None:
        """Point at the field a refused setting names (None clears)."""
        widgets = {"probability_threshold": self.probability_spin, "cost_threshold_min": self.cost_spin,
                   **{f"actions.{q}": combo for q, combo in self.action_combos.items()}}
        for name, widget in widgets.items():
            widget.setStyleSheet(ERROR_STYLE if name == field else "")
        self.buckets.show_error(field, message)
        self.error_label.setText(message)
        self.error_label.setVisible(bool(message))

    def _edited(self, *_args) -> None:
        if not self._loading:
            self.show_error(None)
            self.changed.emit()

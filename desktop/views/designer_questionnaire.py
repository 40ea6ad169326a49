"""The questionnaire's own properties: its title, and how the answers set the visit's outcome and promise."""

from __future__ import annotations

import copy
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ..visit_labels import outcome_labels
from .designer_logic import LogicEditor


class QuestionnaireProperties(QWidget):
    """GUI thread only. `edited(name, before, after)` for `title` or `outcome_mapping` after each finished change."""

    edited = Signal(str, object, object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.definition: dict[str, Any] = {}
        self.fields: list[dict[str, Any]] = []
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.title_edits = {lang: QLineEdit() for lang in ("es", "en")}
        for lang, edit in self.title_edits.items():
            edit.editingFinished.connect(self._title_typed)
            form.addRow(self.tr("Título (%s)") % lang, edit)
        mapping = QGroupBox(self.tr("Resultado de la visita según las respuestas"))
        self.rules_layout = QVBoxLayout()
        self.add_rule_button = QPushButton(self.tr("Agregar regla"))
        self.add_rule_button.clicked.connect(self._add_rule)
        self.otherwise_combo = self._outcome_combo(self.tr("(sin resultado)"))
        self.otherwise_combo.activated.connect(lambda _i: self._mapping_edited())
        self.amount_combo, self.date_combo = QComboBox(), QComboBox()
        for combo in (self.amount_combo, self.date_combo):
            combo.activated.connect(lambda _i: self._mapping_edited())
            _narrow(combo)
        mapping_form = QFormLayout()
        mapping_form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        mapping_form.addRow(self.tr("Si ninguna regla se cumple"), self.otherwise_combo)
        mapping_form.addRow(self.tr("Monto de la promesa"), self.amount_combo)
        mapping_form.addRow(self.tr("Fecha de la promesa"), self.date_combo)
        explain = QLabel(self.tr("La primera regla que se cumple da el resultado; el gestor no lo elige aparte."))
        explain.setWordWrap(True)
        explain.setStyleSheet("color: #5f6368;")
        mapping_layout = QVBoxLayout(mapping)
        mapping_layout.setContentsMargins(4, 6, 4, 4)  # the rules' conditions need the width of a narrow pane
        mapping_layout.addWidget(explain)
        mapping_layout.addLayout(self.rules_layout)
        mapping_layout.addWidget(self.add_rule_button)
        mapping_layout.addLayout(mapping_form)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(form)
        layout.addWidget(mapping)
        layout.addStretch(1)
        self.rules: list[tuple[QWidget, QComboBox, LogicEditor]] = []

    def _outcome_combo(self, empty: str | None = None) -> QComboBox:
        combo = QComboBox()
        if empty is not None:
            combo.addItem(empty, None)
        for code, caption in outcome_labels().items():
            combo.addItem(caption, code)
        return _narrow(combo)

    def show_definition(self, definition: dict[str, Any], fields: list[dict[str, Any]]) -> None:
        """Show the questionnaire's title and mapping; `fields` are every field, for conditions and the promise."""
        self.definition, self.fields = definition, fields
        title = definition.get("title") or {}
        for lang, edit in self.title_edits.items():
            edit.setText(title.get(lang, ""))
            edit.setCursorPosition(0)
        mapping = definition.get("outcome_mapping") or {}
        for box, _combo, _logic in self.rules:
            box.deleteLater()
        self.rules = []
        for rule in mapping.get("rules", []):
            self._append_rule(rule)
        self.otherwise_combo.setCurrentIndex(max(0, self.otherwise_combo.findData(mapping.get("otherwise"))))
        promise = mapping.get("promise") or {}
        for combo, types, chosen in ((self.amount_combo, ("money", "decimal"), promise.get("amount")),
                                     (self.date_combo, ("date",), promise.get("due_date"))):
            combo.clear()
            combo.addItem(self.tr("(ninguno)"), None)
            for field in fields:
                if field.get("type") in types:
                    combo.addItem(f"{(field.get('label') or {}).get('es') or field['key']} ({field['key']})", field["key"])
            if chosen is not None and combo.findData(chosen) < 0:
                combo.addItem(chosen, chosen)  # a key that is gone: the check before publishing says so
            combo.setCurrentIndex(max(0, combo.findData(chosen)))

    def _append_rule(self, rule: dict[str, Any]) -> None:
        box = QWidget()
        outcome = self._outcome_combo()
        outcome.setCurrentIndex(max(0, outcome.findData(rule.get("outcome"))))
        outcome.activated.connect(lambda _i: self._mapping_edited())
        remove = QToolButton()
        remove.setText("✕")
        remove.setToolTip(self.tr("Quitar esta regla"))
        logic = LogicEditor(empty_hint=self.tr("Sin condiciones: esta regla se cumple siempre."))
        logic.set_fields(self.fields)
        logic.set_expression(rule.get("when"))
        logic.changed.connect(lambda _expression: self._mapping_edited())
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Resultado:")))
        top.addWidget(outcome, 1)
        top.addWidget(remove)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 8)
        layout.addLayout(top)
        layout.addWidget(logic)
        entry = (box, outcome, logic)
        remove.clicked.connect(lambda: self._remove_rule(entry))
        self.rules.append(entry)
        self.rules_layout.addWidget(box)

    def _add_rule(self) -> None:
        self._append_rule({"outcome": "rpc", "when": None})
        self._mapping_edited()

    def _remove_rule(self, entry) -> None:
        self.rules.remove(entry)
        entry[0].deleteLater()
        self._mapping_edited()

    def mapping(self) -> dict[str, Any] | None:
        """The outcome mapping as shown (None when it says nothing)."""
        rules = [{"when": logic.expression() if logic.expression() is not None else True, "outcome": outcome.currentData()}
                 for _box, outcome, logic in self.rules]
        out: dict[str, Any] = {"rules": rules} if rules else {}
        if self.otherwise_combo.currentData() is not None:
            out["otherwise"] = self.otherwise_combo.currentData()
        amount, due = self.amount_combo.currentData(), self.date_combo.currentData()
        if amount is not None and due is not None:  # a promise needs both
            out["promise"] = {"amount": amount, "due_date": due}
        return out or None

    def _mapping_edited(self) -> None:
        before, after = copy.deepcopy(self.definition.get("outcome_mapping")), self.mapping()
        if before != after:
            self.edited.emit("outcome_mapping", before, after)

    def _title_typed(self) -> None:
        before = copy.deepcopy(self.definition.get("title"))
        after = {lang: edit.text().strip() for lang, edit in self.title_edits.items() if edit.text().strip()} or None
        if before != after:
            self.edited.emit("title", before, after)


def _narrow(combo: QComboBox) -> QComboBox:
    """A combo that may be narrower than its longest item, so the sheet fits a narrow pane."""
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(12)
    return combo

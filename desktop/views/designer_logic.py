"""The logic editor: a condition built by picking field, operator and value, or raw JSONLogic checked as typed."""

from __future__ import annotations

import json
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ..models.questionnaire_types import account_field_labels
from .designer_logic_terms import (
    Condition,
    check_raw,
    compose,
    decompose,
    operator_labels,
    parse_value,
    value_text,
)
from .error_label import error_label


class LogicEditor(QWidget):
    """GUI thread only. `changed(expression)` (None: no condition) follows each finished edit."""

    changed = Signal(object)

    def __init__(self, own_value: bool = False, parent: QWidget | None = None, *, raw_only: bool = False,
                 empty_hint: str = "") -> None:
        super().__init__(parent)
        self.own_value = own_value  # constraints may read the field's own answer as "."
        self.raw_only = raw_only  # calculations: arithmetic, not conditions
        self.fields: dict[str, dict[str, Any]] = {}  # key -> field, the variables the builder offers
        self._expression: Any = None
        self._rows: list[tuple[QComboBox, QComboBox, QComboBox, QToolButton]] = []
        self._filling = False

        self.raw_toggle = QCheckBox(self.tr("JSONLogic"))
        self.raw_toggle.setToolTip(self.tr("Escribir la expresión a mano"))
        self.raw_toggle.toggled.connect(self._show_raw)
        self.together = QComboBox()
        self.together.addItem(self.tr("todas"), "and")
        self.together.addItem(self.tr("alguna"), "or")
        self.together.setToolTip(self.tr("Si deben cumplirse todas las condiciones o basta con una"))
        self.together.currentIndexChanged.connect(self._builder_edited)
        self.add_button = QPushButton(self.tr("+ Condición"))
        self.add_button.clicked.connect(lambda: self.add_condition())
        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.together)
        top.addWidget(self.add_button)
        top.addStretch(1)
        top.addWidget(self.raw_toggle)

        builder = QWidget()
        self.grid = QGridLayout(builder)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setColumnStretch(1, 1)
        self._lines = 0
        self.empty_label = QLabel(empty_hint)  # what no condition means here, instead of a blank
        self.empty_label.setWordWrap(True)
        self.empty_label.setStyleSheet("color: #5f6368;")
        self.grid.addWidget(self.empty_label, 0, 0, 1, 3)
        self.raw_edit = QPlainTextEdit()
        self.raw_edit.setPlaceholderText('{"==": [{"var": "attended_by"}, "titular"]}')
        self.raw_edit.setMaximumHeight(90)
        self.raw_edit.textChanged.connect(self._raw_typed)
        self.apply_button = QPushButton(self.tr("Aplicar"))
        self.apply_button.clicked.connect(self._apply_raw)
        raw = QWidget()
        raw_layout = QVBoxLayout(raw)
        raw_layout.setContentsMargins(0, 0, 0, 0)
        raw_layout.addWidget(self.raw_edit)
        raw_layout.addWidget(self.apply_button, 0, Qt.AlignmentFlag.AlignRight)
        self.builder, self.raw = builder, raw
        raw.hide()
        self.error_label = error_label()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(builder)
        layout.addWidget(raw)
        layout.addWidget(self.error_label)

    def set_fields(self, fields: list[dict[str, Any]]) -> None:
        """The fields a condition may read (by key), before `set_expression`."""
        self.fields = {f["key"]: f for f in fields}

    def set_expression(self, expression: Any) -> None:
        """Show an expression: in the builder when it fits, else as raw JSONLogic."""
        self._expression = expression
        self._filling = True
        try:
            self.raw_edit.setPlainText("" if expression is None else json.dumps(expression, ensure_ascii=False))
            built = None if self.raw_only else decompose(expression)
            self._clear_rows()
            if built is not None:
                conditions, together = built
                self.together.setCurrentIndex(self.together.findData(together))
                for condition in conditions:
                    self.add_condition(condition)
            self.raw_toggle.setChecked(built is None)
            self._show_page(raw=built is None)
            self.error_label.clear()
        finally:
            self._filling = False

    def expression(self) -> Any:
        """The expression as last applied."""
        return self._expression

    # -- the builder
    def _variables(self) -> list[tuple[str, str]]:
        names = [(".", self.tr("esta respuesta"))] if self.own_value else []
        for key, field in self.fields.items():
            if field.get("type") not in ("group", "note"):
                label = (field.get("label") or {}).get("es") or key
                names.append((key, f"{label} ({key})"))
        names += [(f"account.{name}", self.tr("Cuenta: %s") % caption) for name, caption in account_field_labels().items()]
        return names + [("today", self.tr("Hoy"))]

    def add_condition(self, condition: Condition | None = None) -> None:
        """Add a row to the builder (a new one reads the first offered variable)."""
        variable, operator, value = QComboBox(), QComboBox(), QComboBox()
        for name, caption in self._variables():
            variable.addItem(caption, name)
        for op, caption in operator_labels().items():
            operator.addItem(caption, op)
        value.setEditable(True)
        for combo in (variable, value):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(6)
        operator.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)  # its words read whole
        remove = QToolButton()
        remove.setText("✕")
        remove.setToolTip(self.tr("Quitar esta condición"))
        row = (variable, operator, value, remove)
        self._rows.append(row)
        self._lines += 2  # the variable above, operator, value and ✕ below: fits a narrow panel
        self.grid.addWidget(variable, self._lines, 0, 1, 3)
        for column, widget in enumerate((operator, value, remove)):
            self.grid.addWidget(widget, self._lines + 1, column)
        filling, self._filling = self._filling, True
        if condition is not None:
            if variable.findData(condition.var) < 0:
                variable.addItem(condition.var, condition.var)
            variable.setCurrentIndex(variable.findData(condition.var))
            operator.setCurrentIndex(max(0, operator.findData(condition.op)))
        self._offer_values(row)
        if condition is not None:
            value.setEditText(self._value_caption(condition.var, condition.value))
        self._filling = filling
        variable.currentIndexChanged.connect(lambda _i: (self._offer_values(row), self._builder_edited()))
        operator.currentIndexChanged.connect(lambda _i: (self._offer_values(row), self._builder_edited()))
        value.lineEdit().editingFinished.connect(self._builder_edited)
        value.activated.connect(lambda _i: self._builder_edited())
        remove.clicked.connect(lambda: self._remove_row(row))
        self._show_empty()
        if condition is None and not self._filling:
            self._builder_edited()

    def _offer_values(self, row) -> None:
        variable, operator, value, _remove = row
        field = self.fields.get(variable.currentData(), {})
        text = value.currentText()
        value.clear()
        if field.get("type") == "yes_no":
            value.addItems([self.tr("Sí"), self.tr("No")])
        for choice in field.get("choices", []):
            value.addItem(choice["code"])
        value.setEditText(text)
        value.setEnabled(operator.currentData() not in ("answered", "blank"))
        value.lineEdit().setPlaceholderText(self.tr("a, b, c") if operator.currentData() == "in" else "")

    def _value_caption(self, var: str, value: Any) -> str:
        if isinstance(value, bool) and self.fields.get(var, {}).get("type") == "yes_no":
            return self.tr("Sí") if value else self.tr("No")
        return value_text(value)

    def _remove_row(self, row) -> None:
        self._rows.remove(row)
        for widget in row:
            self.grid.removeWidget(widget)
            widget.hide()  # at once: deletion waits for the event loop
            widget.deleteLater()
        self._show_empty()
        self._builder_edited()

    def _clear_rows(self) -> None:
        for row in self._rows:
            for widget in row:
                self.grid.removeWidget(widget)
                widget.hide()  # at once: deletion waits for the event loop
                widget.deleteLater()
        self._rows = []
        self._show_empty()

    def conditions(self) -> list[Condition]:
        """The builder's finished rows as conditions."""
        out = []
        for variable, operator, value, _remove in self._rows:
            var, op, text = variable.currentData(), operator.currentData(), value.currentText()
            kind = self.fields.get(var, {}).get("type", "text")
            if not text.strip() and op not in ("answered", "blank"):
                continue  # not finished yet: it becomes part of the expression once it has a value
            if kind == "yes_no" and text in (self.tr("Sí"), self.tr("No")):
                parsed: Any = text == self.tr("Sí")
            else:
                parsed = None if op in ("answered", "blank") else parse_value(text, kind, many=op == "in")
            out.append(Condition(var, op, parsed))
        return out

    def _builder_edited(self, *_args) -> None:
        if self._filling:
            return
        expression = compose(self.conditions(), self.together.currentData())
        self.raw_edit.blockSignals(True)
        self.raw_edit.setPlainText("" if expression is None else json.dumps(expression, ensure_ascii=False))
        self.raw_edit.blockSignals(False)
        self._commit(expression)

    # -- raw JSONLogic
    def _show_raw(self, raw: bool) -> None:
        if self._filling:
            return
        if not raw:
            built = decompose(self._expression)
            if built is None:
                self.error_label.setText(self.tr("Esta expresión no cabe en el editor de condiciones; edítela como JSONLogic."))
                self.raw_toggle.setChecked(True)
                return
            self.set_expression(self._expression)
        self._show_page(raw)

    def _show_page(self, raw: bool) -> None:
        for widget in (self.together, self.add_button, self.raw_toggle):
            widget.setVisible(not self.raw_only)
        self.builder.setVisible(not raw)
        self.raw.setVisible(raw)
        self.together.setEnabled(not raw)
        self.add_button.setEnabled(not raw)
        self._show_empty()

    def _show_empty(self) -> None:
        self.empty_label.setVisible(bool(self.empty_label.text()) and not self._rows)

    def _raw_typed(self) -> None:
        _expression, problem = check_raw(self.raw_edit.toPlainText(), set(self.fields), self.own_value)
        self.error_label.setText(problem or "")
        self.apply_button.setEnabled(problem is None)

    def _apply_raw(self) -> None:
        expression, problem = check_raw(self.raw_edit.toPlainText(), set(self.fields), self.own_value)
        if problem is None:
            self._commit(expression)

    def _commit(self, expression: Any) -> None:
        if expression != self._expression:
            self._expression = expression
            self.changed.emit(expression)

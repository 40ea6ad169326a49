"""The live preview: the form as the phone renders it, relevance and checks applied by the shared evaluator."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from mobile_protocol.questionnaire import (
    DefinitionError,
    LogicError,
    compiled,
    derive_outcome,
    validate_answers,
)
from mobile_protocol.questionnaire.compiled import base_context
from mobile_protocol.questionnaire.validate import REQUIRED, to_answer, typed_context
from mobile_protocol.questionnaire.wording import say

from ..models.accounts_model import format_money
from ..visit_labels import outcome_label
from .designer_preview_inputs import Input, field_box, make_input, pick

SAMPLE_ACCOUNT = {"balance": "1250000.00", "debtor_name": "María Gómez Rojas", "days_past_due": 35,
                  "external_ref": "CR-001", "address": "Calle 45 # 12-30", "currency": "COP", "segment": "media"}


class FormPreview(QWidget):
    """GUI thread only. Rebuilt shortly after each change of the definition; answers are kept by key.

    Which fields show, the calculated values and the errors all come from `mobile_protocol.questionnaire`,
    so the preview behaves exactly as the device and the server do. `refreshed` follows each evaluation.
    """

    refreshed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.definition: dict[str, Any] = {"fields": []}
        self.answers: dict[str, Any] = {}  # by key; a repeat item's fields as "references[1].name"
        self.items: dict[str, int] = {}  # how many items each repeat shows
        self.inputs: dict[str, Input] = {}
        self.boxes: dict[str, tuple[QWidget, QLabel]] = {}
        self.visible: dict[str, bool] = {}
        self._building = False
        self.lang = "es"  # the language the phone shows the questionnaire in
        self.lang_combo = QComboBox()
        self.lang_combo.addItem(self.tr("Teléfono en español"), "es")
        self.lang_combo.addItem(self.tr("Teléfono en inglés"), "en")
        self.lang_combo.currentIndexChanged.connect(lambda _i: self._set_lang(self.lang_combo.currentData()))
        self._rebuild_timer = QTimer(self, singleShot=True, interval=120)
        self._rebuild_timer.timeout.connect(self.rebuild)
        self.title = QLabel()
        font = self.title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.25)
        self.title.setFont(font)
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.title.setWordWrap(True)
        sample = QLabel(self.tr("Cuenta de ejemplo: %s · saldo %s · %d días de mora") % (
            SAMPLE_ACCOUNT["debtor_name"], format_money(Decimal(SAMPLE_ACCOUNT["balance"]), SAMPLE_ACCOUNT["currency"]),
            SAMPLE_ACCOUNT["days_past_due"]))
        sample.setStyleSheet("color: #5f6368;")
        sample.setWordWrap(True)
        self.form_area = QScrollArea()
        self.form_area.setWidgetResizable(True)
        self.form_area.setFrameShape(QFrame.Shape.StyledPanel)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        layout = QVBoxLayout(self)
        header = QHBoxLayout()
        header.addWidget(self.title, 1)
        header.addWidget(self.lang_combo)
        layout.addLayout(header)
        layout.addWidget(sample)
        layout.addWidget(self.form_area, 1)
        layout.addWidget(self.status)
        self.rebuild()

    def _set_lang(self, lang: str) -> None:
        self.lang = lang
        self.rebuild()

    def set_definition(self, definition: dict[str, Any]) -> None:
        """Show another state of the questionnaire (rebuilt a moment later, once edits settle)."""
        self.definition = definition
        self._rebuild_timer.start()

    def rebuild(self) -> None:
        """Make the form's widgets anew for the current definition, keeping the answers given so far."""
        self._rebuild_timer.stop()
        self.inputs, self.boxes = {}, {}
        body = QWidget()
        layout = QVBoxLayout(body)
        title = self.definition.get("title")
        self.title.setText(pick(title, self.lang, self.tr("Cuestionario sin título")))
        self._building = True
        try:
            self._add_fields(self.definition.get("fields", []), layout)
        finally:
            self._building = False
        layout.addStretch(1)
        self.form_area.setWidget(body)
        self.refresh()

    def _add_fields(self, fields: list[dict[str, Any]], layout: QVBoxLayout, prefix: str = "") -> None:
        for field in fields:
            key = prefix + field.get("key", "")  # a repeat item's fields: "references[1].name"
            if field.get("type") in ("group", "repeat"):
                box = QGroupBox(pick(field.get("label"), self.lang, field.get("key", "")))
                inner = QVBoxLayout(box)
                if field.get("type") == "repeat":
                    self._add_items(field, key, inner)
                else:
                    self._add_fields(field.get("children", []), inner, prefix)
                error = QLabel()
                error.setStyleSheet("color: #b3261e;")
                error.hide()
                inner.addWidget(error)
                layout.addWidget(box)
                self.boxes[key] = (box, error)
                continue
            box, slot, error = field_box(field, self.lang)
            answer = make_input(field, self.refresh, self.lang)
            if answer is not None:
                slot.addWidget(answer.widget)
                start = self.answers.get(key, field.get("default"))
                if start is None and (field.get("prefill") or "").startswith("account."):
                    start = SAMPLE_ACCOUNT.get(field["prefill"].removeprefix("account."))
                answer.put(start)
                self.inputs[key] = answer
            layout.addWidget(box)
            self.boxes[key] = (box, error)

    def _add_items(self, field: dict[str, Any], key: str, layout: QVBoxLayout) -> None:
        """A repeat's items, each with its fields, and the buttons that add and remove items as on the phone."""
        count = self.items.setdefault(key, max(1, field.get("min_count") or 0))
        for index in range(count):
            caption = QLabel(self.tr("Elemento %d") % (index + 1))
            caption.setStyleSheet("font-weight: bold;")
            layout.addWidget(caption)
            self._add_fields(field.get("children", []), layout, f"{key}[{index}].")
        buttons = QHBoxLayout()
        add, remove = QPushButton(self.tr("Agregar elemento")), QPushButton(self.tr("Quitar el último"))
        add.clicked.connect(lambda: self._resize_repeat(key, +1))
        remove.clicked.connect(lambda: self._resize_repeat(key, -1))
        remove.setEnabled(count > 0)
        buttons.addWidget(add)
        buttons.addWidget(remove)
        buttons.addStretch(1)
        layout.addLayout(buttons)

    def _resize_repeat(self, key: str, delta: int) -> None:
        self.items[key] = max(0, self.items.get(key, 1) + delta)
        self.rebuild()

    def _typed_answers(self, fields, shown: dict[str, bool] | None, prefix: str = "") -> dict[str, Any]:
        """The answers as a visit holds them (a repeat's as a list of items); irrelevant ones left out."""
        out: dict[str, Any] = {}
        for field in fields:
            key, kind = prefix + field.key, field.type
            if shown is not None and not shown.get(key, True):
                continue
            if kind == "group":
                out.update(self._typed_answers(field.children, shown, prefix))
            elif kind == "repeat":
                out[field.key] = [self._typed_answers(field.children, shown, f"{key}[{index}].")
                                  for index in range(self.items.get(key, 1))]
            elif kind != "calculated" and self.answers.get(key) is not None:
                out[field.key] = self.answers[key]
        return out

    def refresh(self) -> None:
        """Read the inputs and apply relevance, calculations and checks."""
        if self._building:
            return
        self.answers.update({key: answer.get() for key, answer in self.inputs.items()})
        try:
            evaluator = compiled(self.definition)
        except (DefinitionError, LogicError, ValueError, TypeError) as exc:
            self.status.setText(self.tr("La vista previa espera una definición legible: %s") % exc)
            self.refreshed.emit()
            return
        fields = evaluator.definition.fields
        shown: dict[str, bool] | None = None
        for _round in range(len(self.boxes) + 1):  # hidden answers drop out, which may hide more (the phone does so)
            context = typed_context(evaluator.top, self._typed_answers(fields, shown), base_context(SAMPLE_ACCOUNT, None))
            self.visible = {}
            self._relevance(evaluator.top, fields, context, evaluator.top.group_relevance(context), [0], True, shown)
            if self.visible == shown:
                break
            shown = self.visible
        answers = self._typed_answers(fields, self.visible)
        errors = validate_answers(evaluator.definition, answers, SAMPLE_ACCOUNT, lang=self.lang)
        by_key = {error.path.removeprefix("answers."): error.message for error in errors}
        required = say(REQUIRED, self.lang)  # not an error yet: the phone marks the question with *
        for key, (box, error_label) in self.boxes.items():
            box.setVisible(self.visible.get(key, True))
            message = by_key.get(key)
            error_label.setText(message or "")
            error_label.setVisible(bool(message) and message != required)
        missing = sum(1 for message in by_key.values() if message == required)
        if not fields:
            self.status.setText(self.tr("Agregue preguntas para verlas aquí como en el teléfono."))
        elif missing == 1:
            self.status.setText(self.tr("Falta una respuesta obligatoria."))
        elif missing:
            self.status.setText(self.tr("Faltan %d respuestas obligatorias.") % missing)
        elif errors:
            self.status.setText(self.tr("Hay %d respuestas con errores.") % len(errors))
        else:
            derived = derive_outcome(evaluator.definition, answers, SAMPLE_ACCOUNT)
            outcome = outcome_label(derived.outcome) if derived.outcome else self.tr("(sin regla de resultado)")
            self.status.setText(self.tr("Formulario completo. La visita quedaría como: %s") % outcome)
        self.refreshed.emit()

    def _relevance(self, scope, fields, context: dict[str, Any], groups: list[bool], group_counter: list[int],
                   shown: bool, before: dict[str, bool] | None, prefix: str = "") -> None:
        """Which fields apply now, walking the definition as compile_definition does (groups in document order)."""
        for field in fields:
            key = prefix + field.key
            if field.type == "group":
                index = group_counter[0]
                group_counter[0] += 1
                self.visible[key] = shown and groups[index]
                self._relevance(scope, field.children, context, groups, group_counter, self.visible[key], before, prefix)
                continue
            node = scope.by_key[field.key]
            self.visible[key] = shown and scope.is_relevant(node, context, groups)
            if field.type == "calculated" and key in self.inputs:
                value = context.get(field.key)
                self.inputs[key].put(None if value is None else to_answer(value))
            elif field.type == "repeat":
                for index in range(self.items.get(key, 1)):
                    item_prefix = f"{key}[{index}]."
                    item = self._typed_answers(field.children, before, item_prefix)
                    item_context = typed_context(node.scope, item, context)
                    self._relevance(node.scope, field.children, item_context, node.scope.group_relevance(item_context),
                                    [0], self.visible[key], before, item_prefix)

    def is_shown(self, key: str) -> bool:
        """Whether the field `key` is on the form now (its relevance holds)."""
        return key in self.boxes and not self.boxes[key][0].isHidden()

"""The property editor of the selected field: key, type, texts, rules, choices, ranges, logic."""

from __future__ import annotations

import copy
import re
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from ..models.questionnaire_types import (
    ANSWERLESS,
    CONTAINERS,
    NO_DEFAULT,
    RANGED,
    SELECTS,
    TEXTUAL,
    account_field_labels,
    type_labels,
)
from .designer_choices import ChoicesEditor
from .designer_logic import LogicEditor
from .designer_logic_terms import parse_value, value_text

KEY_PATTERN = re.compile(r"^[A-Za-z_][A-Za-z0-9_]{0,63}$")
TEXTS = ("label", "hint", "constraint_message")
COUNTS = ("min_length", "max_length", "min_count", "max_count")


class FieldProperties(QWidget):
    """GUI thread only. `edited(before, after)` follows each finished change of the shown field."""

    edited = Signal(dict, dict)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.field: dict[str, Any] = {}
        self._others: list[dict[str, Any]] = []
        self.form = QFormLayout(self)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.placeholder = QLabel(self.tr("Seleccione una pregunta en el árbol, o agregue una con «Agregar»."))
        self.placeholder.setWordWrap(True)
        self.placeholder.setStyleSheet("color: #5f6368;")
        self.form.addRow(self.placeholder)
        self.key_edit = self._line("key", self.tr("Clave"))
        self.type_combo = QComboBox()
        self.type_combo.activated.connect(lambda _i: self._change_type(self.type_combo.currentData()))
        self.form.addRow(self.tr("Tipo"), self.type_combo)
        self.text_edits: dict[tuple[str, str], QLineEdit] = {}
        captions = {"label": self.tr("Pregunta"), "hint": self.tr("Ayuda"), "constraint_message": self.tr("Mensaje de error")}
        for name in ("label", "hint"):
            for lang in ("es", "en"):
                self.text_edits[name, lang] = self._line(f"{name}.{lang}", f"{captions[name]} ({lang})")
        self.required_box = QCheckBox(self.tr("Obligatoria"))
        self.required_box.clicked.connect(lambda on: self._set("required", True if on else None))
        self.form.addRow("", self.required_box)
        self.default_edit = self._line("default", self.tr("Valor inicial"))
        self.prefill_combo = QComboBox()
        self.prefill_combo.addItem(self.tr("(ninguno)"), None)
        for name, caption in account_field_labels().items():
            self.prefill_combo.addItem(self.tr("%s de la cuenta") % caption, f"account.{name}")
            self.prefill_combo.setItemData(self.prefill_combo.count() - 1, f"account.{name}", Qt.ItemDataRole.ToolTipRole)
        self.prefill_combo.activated.connect(lambda _i: self._set("prefill", self.prefill_combo.currentData()))
        self.form.addRow(self.tr("Tomar de la cuenta"), self.prefill_combo)
        self.choices = ChoicesEditor()
        self.choices.changed.connect(lambda choices: self._set("choices", choices or None))
        self.form.addRow(self.tr("Opciones"), self.choices)
        self.min_edit = self._line("min", self.tr("Mínimo"))
        self.max_edit = self._line("max", self.tr("Máximo"))
        count_captions = (self.tr("Largo mínimo"), self.tr("Largo máximo"), self.tr("Mínimo de elementos"), self.tr("Máximo de elementos"))
        self.count_edits = {name: self._line(name, caption) for name, caption in zip(COUNTS, count_captions, strict=True)}
        self.relevant_editor = LogicEditor(empty_hint=self.tr("Sin condiciones: la pregunta se muestra siempre."))
        self.relevant_editor.changed.connect(lambda expression: self._set("relevant", expression))
        self.form.addRow(self.tr("Mostrar solo"), self.relevant_editor)
        self.constraint_editor = LogicEditor(own_value=True, empty_hint=self.tr(
            "Sin restricción: sirve cualquier respuesta de su tipo y rango."))
        self.constraint_editor.changed.connect(lambda expression: self._set("constraint", expression))
        self.form.addRow(self.tr("Restricción"), self.constraint_editor)
        for lang in ("es", "en"):
            self.text_edits["constraint_message", lang] = self._line(f"constraint_message.{lang}", f"{captions['constraint_message']} ({lang})")
        self.calculation_editor = LogicEditor(raw_only=True)
        self.calculation_editor.changed.connect(lambda expression: self._set("calculation", expression))
        self.form.addRow(self.tr("Cálculo"), self.calculation_editor)
        self.error_label = QLabel()
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #b3261e;")
        self.form.addRow(self.error_label)
        self.show_field(None, [])

    def _line(self, name: str, caption: str) -> QLineEdit:
        edit = QLineEdit()
        edit.editingFinished.connect(lambda: self._typed(name, edit.text()))
        self.form.addRow(caption, edit)
        return edit

    def show_field(self, field: dict[str, Any] | None, others: list[dict[str, Any]]) -> None:
        """Show a field (None: nothing selected); `others` are every field, for the logic editors."""
        self.field = copy.deepcopy(field) if field else {}
        self._others = others
        self.setEnabled(field is not None)
        self.error_label.clear()
        field = self.field
        kind = field.get("type", "text")
        self.key_edit.setText(field.get("key", ""))
        self.type_combo.clear()
        for code, caption in type_labels().items():
            if (code in CONTAINERS) == (kind in CONTAINERS):
                self.type_combo.addItem(caption, code)
        self.type_combo.setCurrentIndex(max(0, self.type_combo.findData(kind)))
        for (name, lang), edit in self.text_edits.items():
            edit.setText((field.get(name) or {}).get(lang, ""))
            edit.setCursorPosition(0)  # a long text reads from its start, not its end
        self.required_box.setChecked(bool(field.get("required")))
        self.default_edit.setText(value_text(field.get("default")))
        self.prefill_combo.setCurrentIndex(max(0, self.prefill_combo.findData(field.get("prefill"))))
        self.choices.set_choices(field.get("choices", []))
        self.min_edit.setText(value_text(field.get("min")))
        self.max_edit.setText(value_text(field.get("max")))
        for name, edit in self.count_edits.items():
            edit.setText(value_text(field.get(name)))
        readable = [f for f in others if f.get("key") != field.get("key")]
        for editor, name in ((self.relevant_editor, "relevant"), (self.constraint_editor, "constraint"),
                             (self.calculation_editor, "calculation")):
            editor.set_fields(readable)
            editor.set_expression(field.get(name))
        self._show_rows(kind if field else None)

    def _show_rows(self, kind: str | None) -> None:
        self.form.setRowVisible(self.placeholder, kind is None)
        for row in range(1, self.form.rowCount()):
            self.form.setRowVisible(row, kind is not None)
        if kind is None:
            return
        shown = {
            self.required_box: kind not in ANSWERLESS,
            self.default_edit: kind not in NO_DEFAULT, self.prefill_combo: kind not in NO_DEFAULT,
            self.choices: kind in SELECTS, self.min_edit: kind in RANGED, self.max_edit: kind in RANGED,
            self.count_edits["min_length"]: kind in TEXTUAL, self.count_edits["max_length"]: kind in TEXTUAL,
            self.count_edits["min_count"]: kind in ("repeat", "select_multiple"),
            self.count_edits["max_count"]: kind in ("repeat", "select_multiple"),
            self.constraint_editor: kind not in ANSWERLESS, self.calculation_editor: kind == "calculated",
            self.text_edits["constraint_message", "es"]: kind not in ANSWERLESS,
            self.text_edits["constraint_message", "en"]: kind not in ANSWERLESS,
        }
        for widget, visible in shown.items():
            self.form.setRowVisible(widget, visible)

    def _typed(self, name: str, text: str) -> None:
        if not self.field:
            return
        self.error_label.clear()
        if name == "key":
            if not KEY_PATTERN.match(text) or text in ("account", "today"):
                self.error_label.setText(self.tr("La clave «%s» no sirve: letras sin tilde, números y _, sin empezar por número "
                                                 "(«account» y «today» están reservadas).") % text)
                self.key_edit.setText(self.field.get("key", ""))
                return
            self._set("key", text)
        elif "." in name:
            part, lang = name.split(".")
            texts = dict(self.field.get(part) or {})
            texts[lang] = text.strip()
            texts = {code: words for code, words in texts.items() if words}
            self._set(part, texts or None)
        elif name == "default":
            kind = self.field.get("type", "text")
            if kind in ("money", "decimal"):  # exact: kept as decimal text, never a float
                self._set("default", text.strip().replace(",", ".") or None)
            else:
                self._set("default", None if not text.strip() else parse_value(text, kind, many=kind == "select_multiple"))
        elif name in ("min", "max"):
            self._set(name, text.strip() or None)
        else:
            try:
                self._set(name, int(text) if text.strip() else None)
            except ValueError:
                self.error_label.setText(self.tr("«%s» no es un número entero") % text)
                self.count_edits[name].setText(value_text(self.field.get(name)))

    def _change_type(self, kind: str) -> None:
        if not self.field or kind == self.field.get("type"):
            return
        after = dict(self.field, type=kind)
        keep = {"choices": kind in SELECTS, "calculation": kind == "calculated", "min": kind in RANGED, "max": kind in RANGED,
                "min_length": kind in TEXTUAL, "max_length": kind in TEXTUAL, "default": kind not in NO_DEFAULT,
                "prefill": kind not in NO_DEFAULT, "required": kind not in ANSWERLESS,
                "min_count": kind in ("repeat", "select_multiple"), "max_count": kind in ("repeat", "select_multiple"),
                "constraint": kind not in ANSWERLESS, "constraint_message": kind not in ANSWERLESS}
        for name, kept in keep.items():
            if not kept:
                after.pop(name, None)
        if kind in SELECTS and not after.get("choices"):
            after["choices"] = [{"code": "opcion_1", "label": {"es": self.tr("Opción %d") % 1}}]
        if kind == "calculated" and after.get("calculation") is None:
            after["calculation"] = {"+": [0, 0]}
        self._emit(after)
        self.show_field(after, self._others)  # the rows of the new type

    def _set(self, name: str, value: Any) -> None:
        if not self.field:
            return
        after = dict(self.field)
        if value is None:
            after.pop(name, None)
        else:
            after[name] = value
        self._emit(after)

    def _emit(self, after: dict[str, Any]) -> None:
        if after != self.field:
            before, self.field = self.field, copy.deepcopy(after)
            self.edited.emit(before, after)

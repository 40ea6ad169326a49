"""One input of the preview per field type, answering in the shapes docs/questionnaires.md gives."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

PREVIEW_MEDIA = {"media_id": "0" * 64}  # stands for a photo or signature taken on the phone
PREVIEW_POINT = {"lat": 4.6486, "lon": -74.0628, "accuracy_m": 8}


class Input:
    """A field's input widget with how to read and set its answer (None: not answered). GUI thread."""

    def __init__(self, widget: QWidget, get: Callable[[], Any], put: Callable[[Any], None]) -> None:
        self.widget, self.get, self.put = widget, get, put


def pick(text: dict[str, str] | None, lang: str, fallback: str = "") -> str:
    """A text of the definition in `lang`, else in the other language, else `fallback`."""
    text = text or {}
    return text.get(lang) or text.get("es") or text.get("en") or fallback


def make_input(field: dict[str, Any], changed: Callable[[], None], lang: str = "es") -> Input | None:
    """The input of a field that takes an answer (None for notes, groups and repeats)."""
    kind = field.get("type", "text")
    if kind in ("note", "group", "repeat"):
        return None
    if kind == "calculated":
        shown = QLabel("—")
        shown.setTextFormat(Qt.TextFormat.PlainText)
        return Input(shown, lambda: None, lambda value: shown.setText("—" if value is None else str(value)))
    if kind in ("yes_no", "select_one"):
        return _combo(field, changed, lang)
    if kind == "select_multiple":
        return _checks(field, changed, lang)
    if kind in ("photo", "signature", "geopoint"):
        caption = {"photo": QCoreApplication.translate("PreviewInputs", "Foto tomada"), "signature": QCoreApplication.translate("PreviewInputs", "Firma dibujada"),
                   "geopoint": QCoreApplication.translate("PreviewInputs", "Ubicación capturada")}[kind]
        box = QCheckBox(caption)
        value = PREVIEW_POINT if kind == "geopoint" else PREVIEW_MEDIA
        box.toggled.connect(lambda _on: changed())
        return Input(box, lambda: dict(value) if box.isChecked() else None, lambda answer: box.setChecked(bool(answer)))
    return _line(kind, changed)


def _line(kind: str, changed: Callable[[], None]) -> Input:
    edit = QLineEdit()
    edit.setPlaceholderText({"date": QCoreApplication.translate("PreviewInputs", "AAAA-MM-DD"), "time": QCoreApplication.translate("PreviewInputs", "HH:MM"), "money": "0.00",
                             "integer": "0", "decimal": "0.0", "phone": "+57 300 000 0000",
                             "email": "nombre@dominio.co"}.get(kind, ""))
    edit.editingFinished.connect(changed)

    def get() -> Any:
        text = edit.text().strip()
        if not text:
            return None
        if kind == "integer":
            try:
                return int(text)
            except ValueError:
                return text  # the evaluator says what is wrong with it
        return text

    return Input(edit, get, lambda value: edit.setText("" if value is None else str(value)))


def _combo(field: dict[str, Any], changed: Callable[[], None], lang: str) -> Input:
    combo = QComboBox()
    combo.addItem("", None)
    if field.get("type") == "yes_no":
        combo.addItem(QCoreApplication.translate("PreviewInputs", "Sí"), True)
        combo.addItem(QCoreApplication.translate("PreviewInputs", "No"), False)
    for choice in field.get("choices", []):
        combo.addItem(pick(choice.get("label"), lang, choice["code"]), choice["code"])
    combo.currentIndexChanged.connect(lambda _i: changed())

    def put(value: Any) -> None:
        for index in range(combo.count()):
            if combo.itemData(index) == value and type(combo.itemData(index)) is type(value):
                combo.setCurrentIndex(index)
                return
        combo.setCurrentIndex(0)

    return Input(combo, lambda: combo.currentData(), put)


def _checks(field: dict[str, Any], changed: Callable[[], None], lang: str) -> Input:
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    checks: list[tuple[str, QCheckBox]] = []
    for choice in field.get("choices", []):
        check = QCheckBox(pick(choice.get("label"), lang, choice["code"]))
        check.toggled.connect(lambda _on: changed())
        layout.addWidget(check)
        checks.append((choice["code"], check))

    def put(value: Any) -> None:
        chosen = set(value) if isinstance(value, list) else set()
        for code, check in checks:
            check.blockSignals(True)
            check.setChecked(code in chosen)
            check.blockSignals(False)

    return Input(box, lambda: [code for code, check in checks if check.isChecked()] or None, put)


def field_box(field: dict[str, Any], lang: str = "es") -> tuple[QWidget, QVBoxLayout, QLabel]:
    """A field's frame as the phone shows it (label, * when required, hint), the slot for its input, its error label."""
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 4, 0, 4)
    text = pick(field.get("label"), lang, field.get("key", ""))
    title = QLabel(text + (" *" if field.get("required") else ""))
    title.setTextFormat(Qt.TextFormat.PlainText)
    title.setWordWrap(True)
    if field.get("type") != "note":
        font = title.font()
        font.setBold(True)
        title.setFont(font)
    layout.addWidget(title)
    if pick(field.get("hint"), lang):
        hint_label = QLabel(pick(field.get("hint"), lang))
        hint_label.setTextFormat(Qt.TextFormat.PlainText)
        hint_label.setWordWrap(True)
        hint_label.setStyleSheet("color: #5f6368;")
        layout.addWidget(hint_label)
    error = QLabel()
    error.setTextFormat(Qt.TextFormat.PlainText)
    error.setWordWrap(True)
    error.setStyleSheet("color: #b3261e;")
    error.hide()
    slot = QVBoxLayout()  # the input, or a group's fields
    slot.setContentsMargins(0, 0, 0, 0)
    layout.addLayout(slot)
    layout.addWidget(error)
    return box, slot, error

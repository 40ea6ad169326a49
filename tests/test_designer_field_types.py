"""Every field type of the format, as a supervisor meets it: added from the menu, edited, previewed, answered."""

from __future__ import annotations

from mobile_protocol.questionnaire import FIELD_TYPES, check_definition, parse_definition, validate_answers

# What the supervisor answers in the preview for each type (None: the type takes no answer of its own).
PREVIEW_ANSWERS = {
    "text": "volver en la tarde", "integer": "3", "decimal": "2.5", "money": "150000.50", "date": "2026-12-01",
    "time": "17:30", "yes_no": True, "select_one": "si", "select_multiple": ["no"], "phone": "+57 310 555 1234",
    "email": "ana@example.co", "photo": True, "signature": True, "geopoint": True,
    "note": None, "group": None, "repeat": None, "calculated": None,
}
# The property rows each type shows in the editor, beside key, type, texts and relevance.
OWN_ROWS = {
    "choices": {"select_one", "select_multiple"},
    "min_edit": {"integer", "decimal", "money", "date", "time"},
    "calculation_editor": {"calculated"},
    "required_box": set(FIELD_TYPES) - {"note", "group", "calculated"},
}

# A property of each type's own, typed into its row, and what the definition then holds.
OWN_EDITS = {
    "integer": ("min", "1", "1"), "decimal": ("min", "0.5", "0.5"), "money": ("max", "2000000", "2000000"),
    "date": ("min", "2026-11-01", "2026-11-01"), "time": ("max", "20:00", "20:00"), "text": ("max_length", "40", 40),
    "phone": ("min_length", "7", 7), "email": ("max_length", "60", 60), "select_multiple": ("max_count", "2", 2),
    "repeat": ("max_count", "3", 3),
}


def type_into(edit, text: str) -> None:
    edit.setText(text)
    edit.editingFinished.emit()


def test_every_type_is_added_edited_previewed_and_answered(qtbot):
    from desktop.views.designer_editor import DesignerEditor

    editor = DesignerEditor()
    qtbot.addWidget(editor)
    editor.show()
    editor.load({"title": {"es": "Todos los tipos"}, "fields": []})
    assert set(editor.add_actions) == set(FIELD_TYPES) == set(PREVIEW_ANSWERS)
    props = editor.properties
    for kind in FIELD_TYPES:
        editor.select(())
        editor.add_actions[kind].trigger()
        path = editor.selected_path()
        key = editor.model.field_at(path)["key"]
        assert path == (len(editor.definition()["fields"]) - 1,) and props.key_edit.text() == key
        assert props.type_combo.currentData() == kind
        for row, kinds in OWN_ROWS.items():
            assert getattr(props, row).isVisibleTo(props) == (kind in kinds), (kind, row)
        type_into(props.text_edits["label", "es"], f"Pregunta de tipo {kind}")
        type_into(props.text_edits["hint", "en"], f"A {kind}")
        if props.required_box.isVisibleTo(props):
            props.required_box.click()
        if kind in OWN_EDITS:
            name, typed, stored = OWN_EDITS[kind]
            type_into(props.count_edits[name] if name in props.count_edits else getattr(props, f"{name}_edit"), typed)
            assert editor.definition()["fields"][-1][name] == stored, kind
        if kind in ("select_one", "select_multiple"):
            props.choices.add_choice()
            props.choices.table.item(2, 2).setText("Maybe")
            assert editor.definition()["fields"][-1]["choices"][2] == {"code": "opcion_3", "label": {"es": "Opción 3", "en": "Maybe"}}
        if kind == "money":
            props.prefill_combo.setCurrentIndex(props.prefill_combo.findData("account.balance"))
            props.prefill_combo.activated.emit(props.prefill_combo.currentIndex())
            assert editor.definition()["fields"][-1]["prefill"] == "account.balance"
        if kind == "text":
            type_into(props.default_edit, "sin novedad")
            assert editor.definition()["fields"][-1]["default"] == "sin novedad"
        field = editor.definition()["fields"][-1]
        assert field["label"] == {"es": f"Pregunta de tipo {kind}"} and field["hint"] == {"en": f"A {kind}"}
        assert field.get("required", False) == (kind in OWN_ROWS["required_box"])
    definition = editor.definition()
    assert [f["type"] for f in definition["fields"]] == list(FIELD_TYPES)
    assert check_definition(definition) == []

    preview = editor.preview
    preview.rebuild()
    assert preview.status.text().startswith("Faltan ")  # every required question still to answer
    assert preview.inputs["text_1"].get() == "sin novedad" and preview.inputs["money_1"].get() == "1250000.00"
    for field in definition["fields"]:
        assert preview.is_shown(field["key"]), field["type"]
        value = PREVIEW_ANSWERS[field["type"]]
        if value is not None:
            preview.inputs[field["key"]].put(value)
    for key in ("group_1_text", "repeat_1[0].repeat_1_text"):  # what the new group and repeat hold
        preview.inputs[key].put("dentro")
    preview.refresh()
    assert preview.status.text() == "Formulario completo. La visita quedaría como: (sin regla de resultado)"
    answers = preview._typed_answers(parse_definition(definition).fields, preview.visible)
    assert set(answers) == {f["key"] for f in definition["fields"] if PREVIEW_ANSWERS[f["type"]] is not None} \
        | {"group_1_text", "repeat_1"}
    assert answers["repeat_1"] == [{"repeat_1_text": "dentro"}] and answers["select_multiple_1"] == ["no"]
    assert validate_answers(definition, answers) == []
    assert preview.inputs["calculated_1"].widget.text() == "0"

    while editor.undo_stack.canUndo():
        editor.undo_stack.undo()
    assert editor.definition()["fields"] == []

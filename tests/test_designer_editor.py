"""The designer's editor without a server: the live preview, the logic editor, title and outcome mapping, renames."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QPushButton

from mobile_protocol.questionnaire import default_questionnaire, parse_definition


def type_into(edit, text: str) -> None:
    edit.setText(text)
    edit.editingFinished.emit()


def test_the_preview_applies_relevance_and_constraints_as_it_is_filled(qtbot):
    from desktop.views.designer_editor import DesignerEditor

    editor = DesignerEditor()
    qtbot.addWidget(editor)
    editor.load(default_questionnaire())
    preview = editor.preview
    assert preview.is_shown("attended_by") and not preview.is_shown("conversation")
    who = preview.inputs["attended_by"].widget
    who.setCurrentIndex(who.findData("titular"))
    assert preview.is_shown("conversation") and preview.is_shown("promises_payment")
    assert not preview.is_shown("promise_amount")
    promises = preview.inputs["promises_payment"].widget
    promises.setCurrentIndex(promises.findData(True))
    assert preview.is_shown("promise_amount") and preview.is_shown("signature") and not preview.is_shown("next_contact")
    amount = preview.inputs["promise_amount"].widget
    assert amount.text() == "1250000.00"  # prefilled from the account
    type_into(amount, "2000000")
    assert preview.boxes["promise_amount"][1].text() == "No puede superar el saldo de la cuenta"
    type_into(amount, "250000")
    assert preview.boxes["promise_amount"][1].isHidden()
    assert preview.inputs["balance_after_promise"].widget.text() == "1000000"  # as the answer holds it
    type_into(preview.inputs["promise_date"].widget, "30/11/2026")
    assert preview.boxes["promise_date"][1].text() == "se espera una fecha AAAA-MM-DD"  # the evaluator's words too
    preview.lang_combo.setCurrentIndex(preview.lang_combo.findData("en"))  # the phone in English, answers kept
    assert preview.boxes["promise_date"][1].text() == "expected a date YYYY-MM-DD"
    assert preview.title.text() == "Collection visit"
    assert preview.boxes["promise_amount"][0].findChild(QLabel).text() == "Promised amount *"
    type_into(preview.inputs["promise_amount"].widget, "2000000")
    assert preview.boxes["promise_amount"][1].text() == "Cannot exceed the account's balance"
    who = preview.inputs["attended_by"].widget
    assert who.currentText() == "The debtor"
    who.setCurrentIndex(who.findData("nadie"))
    assert not preview.is_shown("conversation") and not preview.is_shown("promise_amount")
    assert preview.is_shown("next_contact")

    editor.select((len(editor.definition()["fields"]) - 1,))  # "notes": show it only to the debtor, built by picking
    logic = editor.properties.relevant_editor
    logic.add_condition()
    variable, operator, value, _remove = logic._rows[0]
    variable.setCurrentIndex(variable.findData("attended_by"))
    operator.setCurrentIndex(operator.findData("=="))
    value.setEditText("titular")
    value.lineEdit().editingFinished.emit()
    assert editor.definition()["fields"][-1]["relevant"] == {"==": [{"var": "attended_by"}, "titular"]}
    preview.rebuild()
    assert not preview.is_shown("notes")
    who = preview.inputs["attended_by"].widget
    who.setCurrentIndex(who.findData("titular"))
    assert preview.is_shown("notes")
    editor.undo_stack.undo()
    preview.rebuild()
    assert "relevant" not in editor.definition()["fields"][-1]
    assert preview.is_shown("notes")

    editor.select((1,))
    type_into(editor.properties.key_edit, "who")
    fields = editor.definition()["fields"]
    assert fields[2]["relevant"] == {"in": [{"var": "who"}, ["familiar", "tercero"]]}
    assert fields[3]["relevant"] == {"==": [{"var": "who"}, "titular"]}
    assert editor.undo_stack.undoText() == "Renombrar «attended_by» a «who»"
    editor.undo_stack.undo()
    assert parse_definition(editor.definition()) == parse_definition(default_questionnaire())


def test_title_and_outcome_mapping_are_edited_undone_and_checked(qtbot):
    from desktop.views.designer_editor import DesignerEditor
    from mobile_protocol.questionnaire import check_definition

    editor = DesignerEditor()
    qtbot.addWidget(editor)
    editor.load({"fields": [
        {"type": "yes_no", "key": "promises", "label": {"es": "¿Promete?"}, "required": True},
        {"type": "money", "key": "amount", "label": {"es": "Monto"}, "required": True},
        {"type": "date", "key": "due", "label": {"es": "Fecha"}, "required": True}]})
    sheet = editor.questionnaire
    type_into(sheet.title_edits["es"], "Promesas")
    assert editor.definition()["title"] == {"es": "Promesas"}
    sheet.add_rule_button.click()
    _box, outcome, logic = sheet.rules[0]
    outcome.setCurrentIndex(outcome.findData("promise_to_pay"))
    outcome.activated.emit(outcome.currentIndex())
    logic.add_condition()
    variable, _operator, value, _remove = logic._rows[0]
    variable.setCurrentIndex(variable.findData("promises"))
    value.setEditText("Sí")
    value.lineEdit().editingFinished.emit()
    sheet.otherwise_combo.setCurrentIndex(sheet.otherwise_combo.findData("no_contact"))
    sheet.otherwise_combo.activated.emit(0)
    editor.problems.clear()
    assert any(p.path == "outcome_mapping.promise" for p in editor.check())
    editor.problems.choose(next(editor.problems.item(i) for i in range(editor.problems.count())
                                if "outcome_mapping.promise" == editor.problems.item(i).toolTip()))
    assert editor.tabs.currentIndex() == 1
    for combo, key in ((sheet.amount_combo, "amount"), (sheet.date_combo, "due")):
        combo.setCurrentIndex(combo.findData(key))
        combo.activated.emit(combo.currentIndex())
    assert editor.definition()["outcome_mapping"] == {
        "rules": [{"when": {"==": [{"var": "promises"}, True]}, "outcome": "promise_to_pay"}],
        "otherwise": "no_contact", "promise": {"amount": "amount", "due_date": "due"}}
    assert check_definition(editor.definition()) == []
    editor.select((0,))
    type_into(editor.properties.key_edit, "will_pay")  # what reads the old key follows, as one undo step
    assert editor.definition()["outcome_mapping"]["rules"][0]["when"] == {"==": [{"var": "will_pay"}, True]}
    editor.select((1,))
    type_into(editor.properties.key_edit, "promised")
    assert editor.definition()["outcome_mapping"]["promise"]["amount"] == "promised"
    assert check_definition(editor.definition()) == []
    editor.undo_stack.undo()
    editor.undo_stack.undo()
    assert [f["key"] for f in editor.definition()["fields"]] == ["promises", "amount", "due"]
    assert editor.definition()["outcome_mapping"]["rules"][0]["when"] == {"==": [{"var": "promises"}, True]}
    assert editor.definition()["outcome_mapping"]["promise"]["amount"] == "amount"
    editor.undo_stack.undo()  # the due date of the promise
    assert "promise" not in editor.definition()["outcome_mapping"] and sheet.date_combo.currentData() is None
    while editor.undo_stack.canUndo():
        editor.undo_stack.undo()
    assert "title" not in editor.definition() and "outcome_mapping" not in editor.definition()
    assert sheet.title_edits["es"].text() == "" and not sheet.rules


def test_the_preview_adds_repeat_items_each_with_its_own_relevance_and_errors(qtbot):
    from desktop.views.designer_preview import FormPreview

    preview = FormPreview()
    qtbot.addWidget(preview)
    preview.definition = {"fields": [{"type": "repeat", "key": "references", "label": {"es": "Referencias"}, "max_count": 3,
                                      "children": [
                                          {"type": "text", "key": "name", "label": {"es": "Nombre"}, "required": True},
                                          {"type": "phone", "key": "phone", "label": {"es": "Teléfono"},
                                           "relevant": {"!!": [{"var": "name"}]}}]}]}
    preview.rebuild()
    assert preview.is_shown("references[0].name") and not preview.is_shown("references[0].phone")
    type_into(preview.inputs["references[0].name"].widget, "Luz")
    assert preview.is_shown("references[0].phone")
    add = next(button for button in preview.findChildren(QPushButton) if button.text() == "Agregar elemento")
    add.click()
    assert preview.items["references"] == 2
    assert preview.inputs["references[0].name"].get() == "Luz"  # kept across the rebuild
    assert preview.is_shown("references[1].name") and not preview.is_shown("references[1].phone")
    type_into(preview.inputs["references[1].name"].widget, "Ana")
    type_into(preview.inputs["references[1].phone"].widget, "abc")
    phone_error = preview.boxes["references[1].phone"][1]
    assert phone_error.text() and not phone_error.isHidden()  # the evaluator's word on "abc", under item 2's phone
    assert preview.boxes["references[0].phone"][1].text() == ""
    remove = next(button for button in preview.findChildren(QPushButton) if button.text() == "Quitar el último")
    remove.click()
    assert preview.items["references"] == 1 and "references[1].name" not in preview.boxes


def test_changing_a_type_keeps_only_what_the_new_type_has_and_undo_brings_it_back(qtbot):
    from desktop.views.designer_editor import DesignerEditor
    from mobile_protocol.questionnaire import check_definition

    editor = DesignerEditor()
    qtbot.addWidget(editor)
    editor.load(default_questionnaire())
    editor.select((1,))  # attended_by, a select_one
    types = editor.properties.type_combo
    assert types.findData("group") < 0  # a question cannot become a container
    types.setCurrentIndex(types.findData("integer"))
    types.activated.emit(types.currentIndex())
    field = editor.definition()["fields"][1]
    assert field["type"] == "integer" and "choices" not in field and field["required"] is True
    assert editor.properties.choices.isHidden() and not editor.properties.min_edit.isHidden()
    type_into(editor.properties.min_edit, "1")
    assert editor.definition()["fields"][1]["min"] == "1"
    type_into(editor.properties.default_edit, "3")
    assert editor.definition()["fields"][1]["default"] == 3
    editor.undo_stack.undo()
    editor.select((3, 3))  # promise_amount, money: its default stays exact text
    type_into(editor.properties.default_edit, "1500,50")
    assert editor.definition()["fields"][3]["children"][3]["default"] == "1500.50"
    editor.undo_stack.undo()
    editor.select((1,))
    type_into(editor.properties.key_edit, "9 bad")
    assert "no sirve" in editor.properties.error_label.text()  # refused before it reaches the definition
    assert editor.definition()["fields"][1]["key"] == "attended_by" and editor.properties.key_edit.text() == "attended_by"
    editor.undo_stack.undo()
    editor.undo_stack.undo()
    field = editor.definition()["fields"][1]
    assert field["type"] == "select_one" and [c["code"] for c in field["choices"]][:2] == ["titular", "familiar"]
    editor.select((2,))
    editor.duplicate_selected()
    assert editor.definition()["fields"][3]["key"] == "contact_phone_copia"
    assert check_definition(editor.definition()) == []


def test_a_drop_in_the_tree_moves_the_field_as_one_undoable_step(qtbot):
    from PySide6.QtCore import Qt

    from desktop.views.designer_editor import DesignerEditor

    editor = DesignerEditor()
    qtbot.addWidget(editor)
    editor.load(default_questionnaire())
    model = editor.model
    data = model.mimeData([model.index_of((2,))])  # contact_phone, dropped into the conversation group, first
    assert editor.tree.dragDropMode() == editor.tree.DragDropMode.InternalMove
    assert model.dropMimeData(data, Qt.DropAction.MoveAction, 0, 0, model.index_of((3,))) is False
    assert editor.definition()["fields"][2]["children"][0]["key"] == "contact_phone"
    assert editor.selected_path() == (2, 0) and editor.properties.key_edit.text() == "contact_phone"
    editor.undo_stack.undo()
    assert [f["key"] for f in editor.definition()["fields"]][:4] == ["intro", "attended_by", "contact_phone", "conversation"]
    editor.undo_stack.redo()
    assert editor.definition()["fields"][2]["key"] == "conversation"


def test_the_checks_problems_read_in_spanish():
    from desktop.views.designer_problems import problem_words
    from mobile_protocol.questionnaire import check_definition

    broken = {"fields": [
        {"type": "text", "key": "a", "relevant": {"==": [{"var": "b"}, 1]}},
        {"type": "integer", "key": "b", "label": {"es": "B"}, "relevant": {"==": [{"var": "a"}, 1]}, "min": 5, "max": 1},
        {"type": "select_one", "key": "b", "label": {"es": "B otra vez"}},
        {"type": "group", "key": "g", "label": {"es": "G"}},
        {"type": "text", "key": "c", "label": {"es": "C"}, "constraint": {"==": [{"var": "nadie"}, 1]}}],
        "outcome_mapping": {"rules": [{"when": True, "outcome": "rpc"}], "promise": {"amount": "b", "due_date": "c"}}}
    problems = check_definition(broken)
    assert len(problems) >= 8
    spanish = [problem_words(p.message) for p in problems]
    untranslated = [p.message for p, words in zip(problems, spanish, strict=True) if words == p.message]
    assert not untranslated, untranslated
    assert "la clave «b» ya la usa otra pregunta (fields[1])" in spanish  # the model names it, below
    assert "«c» es de tipo «Texto»; aquí va una pregunta de tipo «Fecha»" in spanish
    assert problem_words("something new") == "something new"  # the contract's words when no rule knows it
    from desktop.views.designer_logic_terms import check_raw
    assert check_raw('{"foo": [1]}', set(), False)[1] == "No es una expresión válida: no existe el operador «foo»"
    assert check_raw('{"!": [1, 2]}', set(), False)[1] == "No es una expresión válida: el operador «!» lleva un argumento, no 2"
    assert problem_words("not a valid expression: operator 'cat' takes 1 to any arguments, not 0") == \
        "la expresión no es válida: el operador «cat» lleva 1 o más argumentos, no 0"


def test_a_calculation_is_written_as_jsonlogic_and_checked_as_typed(qtbot):
    from desktop.views.designer_editor import DesignerEditor

    editor = DesignerEditor()
    qtbot.addWidget(editor)
    editor.load(default_questionnaire())
    editor.select((3, 5))  # balance_after_promise
    calculation = editor.properties.calculation_editor
    assert calculation.raw_toggle.isHidden() and not calculation.raw.isHidden()
    calculation.raw_edit.setPlainText('{"-": [{"var": "account.balance"}, {"var": "promised"}]}')
    assert calculation.error_label.text() == "No hay ninguna pregunta con la clave «promised»"
    assert not calculation.apply_button.isEnabled()
    calculation.raw_edit.setPlainText('{"*": [{"var": "promise_amount"}, 2]}')
    calculation.apply_button.click()
    assert editor.definition()["fields"][3]["children"][5]["calculation"] == {"*": [{"var": "promise_amount"}, 2]}
    preview = editor.preview
    preview.rebuild()
    who, promises = preview.inputs["attended_by"].widget, preview.inputs["promises_payment"].widget
    who.setCurrentIndex(who.findData("titular"))
    promises.setCurrentIndex(promises.findData(True))
    type_into(preview.inputs["promise_amount"].widget, "100")
    assert preview.inputs["balance_after_promise"].widget.text() == "200"


def test_delete_removes_from_the_tree_only(qtbot):
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    from desktop.views.designer_editor import DesignerEditor

    editor = DesignerEditor()
    qtbot.addWidget(editor)
    editor.show()
    editor.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is editor, timeout=3000)
    editor.load(default_questionnaire())
    editor.select((2,))
    combo = editor.preview.inputs["attended_by"].widget
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Delete)
    assert len(editor.definition()["fields"]) == 8  # nothing removed from the preview
    editor.tree.setFocus()
    qtbot.keyClick(editor.tree, Qt.Key.Key_Delete)
    assert [f["key"] for f in editor.definition()["fields"]][:3] == ["intro", "attended_by", "conversation"]

"""What the supervisor sees in the designer reads whole: nothing cut off at a narrow pane, empty rules explained."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QComboBox, QScrollArea

from mobile_protocol.questionnaire import default_questionnaire


def editor_at_its_narrowest(qtbot):
    from desktop.views.designer_editor import DesignerEditor

    editor = DesignerEditor()
    qtbot.addWidget(editor)
    editor.resize(1000, 700)
    editor.show()
    editor.splitter.setSizes([400, 0, 400])  # the property pane at its minimum width
    editor.load(default_questionnaire())
    return editor


def test_the_outcome_rules_fit_the_property_pane_at_its_minimum_width(qtbot):
    editor = editor_at_its_narrowest(qtbot)
    editor.tabs.setCurrentIndex(1)
    QApplication.processEvents()
    area = editor.tabs.currentWidget()
    assert isinstance(area, QScrollArea) and len(editor.questionnaire.rules) == 3
    assert editor.questionnaire.minimumSizeHint().width() <= area.viewport().width()
    editor.tabs.setCurrentIndex(0)
    editor.select((3, 3))  # promise_amount: a relevance and a constraint, each with an operator
    QApplication.processEvents()
    assert editor.properties.minimumSizeHint().width() <= editor.tabs.currentWidget().viewport().width()
    _variable, operator, _value, _remove = editor.properties.constraint_editor._rows[0]
    assert operator.currentText() == "es menor o igual a"
    assert operator.width() >= operator.fontMetrics().horizontalAdvance(operator.currentText())  # not cut to "es menor o"


def test_long_texts_show_their_start_and_account_fields_their_names(qtbot):
    editor = editor_at_its_narrowest(qtbot)
    editor.select((3, 3))
    message = editor.properties.text_edits["constraint_message", "es"]
    assert message.text() == "No puede superar el saldo de la cuenta" and message.cursorPosition() == 0
    prefill: QComboBox = editor.properties.prefill_combo
    assert prefill.currentText() == "Saldo de la cuenta" and prefill.currentData() == "account.balance"
    variables = editor.properties.relevant_editor._variables()
    assert ("account.days_past_due", "Cuenta: Días de mora") in variables


def test_a_rule_without_conditions_says_what_that_means_and_operators_without_values_take_none(qtbot):
    editor = editor_at_its_narrowest(qtbot)
    editor.select((1,))  # attended_by: shown always, no constraint
    relevance = editor.properties.relevant_editor
    assert relevance.empty_label.isVisibleTo(editor) and "se muestra siempre" in relevance.empty_label.text()
    assert editor.properties.constraint_editor.empty_label.isVisibleTo(editor)
    relevance.add_condition()
    assert not relevance.empty_label.isVisibleTo(editor)
    variable, operator, value, remove = relevance._rows[0]
    operator.setCurrentIndex(operator.findData("answered"))
    assert not value.isEnabled()  # "is answered" compares with nothing
    assert editor.definition()["fields"][1]["relevant"] == {"!!": [{"var": variable.currentData()}]}
    operator.setCurrentIndex(operator.findData("in"))
    assert value.isEnabled() and value.lineEdit().placeholderText() == "a, b, c"
    remove.click()
    assert relevance.empty_label.isVisibleTo(editor) and not relevance._rows
    assert "relevant" not in editor.definition()["fields"][1]
    editor.select((3,))  # the group's rule shown again: its row, no hint
    assert not editor.properties.relevant_editor.empty_label.isVisibleTo(editor)


def test_an_unfinished_condition_stays_while_the_finished_one_is_edited(qtbot):
    editor = editor_at_its_narrowest(qtbot)
    editor.select((len(editor.definition()["fields"]) - 1,))  # notes
    relevance = editor.properties.relevant_editor
    relevance.add_condition()
    variable, operator, value, _remove = relevance._rows[0]
    variable.setCurrentIndex(variable.findData("attended_by"))
    value.setEditText("titular")
    value.lineEdit().editingFinished.emit()
    relevance.add_condition()  # the second: no value yet, so not part of the expression
    assert len(relevance._rows) == 2
    operator.setCurrentIndex(operator.findData("!="))
    assert editor.definition()["fields"][-1]["relevant"] == {"!=": [{"var": "attended_by"}, "titular"]}
    assert len(relevance._rows) == 2 and relevance._rows[0][1] is operator  # the rows being worked on are kept
    editor.undo_stack.undo()  # an undo shows the field as it was again
    assert editor.definition()["fields"][-1]["relevant"] == {"==": [{"var": "attended_by"}, "titular"]}
    assert relevance._rows[0][1].currentData() == "==" and len(relevance._rows) == 1


def test_problems_name_questions_and_parts_in_words_and_wrap(qtbot):
    editor = editor_at_its_narrowest(qtbot)
    broken = default_questionnaire()
    broken["fields"][2]["key"] = "attended_by"  # the contact phone takes the key of "¿Quién atendió?"
    del broken["outcome_mapping"]["otherwise"]
    editor.load(broken)
    editor.check()
    texts = [editor.problems.item(row).text() for row in range(editor.problems.count())]
    assert "attended_by: la clave «attended_by» ya la usa otra pregunta («¿Quién atendió?»)" in texts
    assert "Resultado de la visita: falta el resultado cuando ninguna regla se cumple" in texts
    assert editor.problems.wordWrap() and editor.selected_path() == (2,)

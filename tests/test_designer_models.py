"""The designer's models: the questionnaire tree over a plain definition, and the questionnaires list."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import QModelIndex, Qt

from mobile_protocol.questionnaire import default_questionnaire, parse_definition
from syncserver.questionnaires import QuestionnaireInfo


def keys(model, parent=None):
    parent = parent if parent is not None else QModelIndex()
    return [model.index(row, 1, parent).data() for row in range(model.rowCount(parent))]


def test_tree_model_passes_the_model_tester_through_every_kind_of_edit(qtmodeltester, qtbot):
    from desktop.models.questionnaire_tree import QuestionnaireTreeModel

    model = QuestionnaireTreeModel()
    model.set_definition(default_questionnaire())
    qtmodeltester.check(model)
    assert keys(model)[:4] == ["intro", "attended_by", "contact_phone", "conversation"]
    group = model.index_of((3,))
    assert keys(model, group)[0] == "non_payment_reason" and model.path_of(model.index(2, 0, group)) == (3, 2)
    assert model.index_of((3, 2), 1).data() == "promises_payment"
    assert model.definition() == default_questionnaire()  # unchanged when nothing was edited

    resets = []
    model.modelReset.connect(lambda: resets.append(1))
    with qtbot.waitSignal(model.rowsInserted):
        assert model.insert_field((3,), 0, {"type": "text", "key": "landmark", "label": {"es": "Referencia"}}) == (3, 0)
    assert keys(model, model.index_of((3,)))[0] == "landmark"
    with qtbot.waitSignal(model.rowsMoved):
        new_path, back_parent, back_row = model.move_field((3, 0), (), 0)  # out of the group, to the top
    assert new_path == (0,) and keys(model)[:2] == ["landmark", "intro"] and back_parent == (4,)
    model.move_field(new_path, back_parent, back_row)
    assert keys(model, model.index_of((3,)))[0] == "landmark"
    moved, back_parent, back_row = model.move_field((0,), (), 3)  # down among siblings: row counted before
    assert moved == (2,) and keys(model)[:3] == ["attended_by", "contact_phone", "intro"]
    assert model.move_field(moved, back_parent, back_row)[0] == (0,)
    with qtbot.waitSignal(model.dataChanged):
        model.replace_field((1,), {**model.field_at((1,)), "required": False})
    assert "required" in model.field_at((1,)) and model.field_at((1,))["required"] is False
    removed = model.remove_field((3,))
    assert removed["key"] == "conversation" and removed["children"][0]["key"] == "landmark"
    assert "promise_amount" not in model.field_keys()
    qtmodeltester.check(model)
    assert not resets  # row changes, never a reset for one edit


def test_a_drop_asks_for_the_move_and_never_into_the_field_itself(qtbot):
    from desktop.models.questionnaire_tree import QuestionnaireTreeModel

    model = QuestionnaireTreeModel()
    model.set_definition(default_questionnaire())
    data = model.mimeData([model.index_of((1,))])
    with qtbot.waitSignal(model.move_requested) as asked:
        assert model.dropMimeData(data, Qt.DropAction.MoveAction, 1, 0, model.index_of((3,))) is False
    assert asked.args == [(1,), (3,), 1]
    assert keys(model)[1] == "attended_by"  # the view must not remove the source: the undo stack moves it
    group = model.mimeData([model.index_of((3,))])
    assert not model.canDropMimeData(group, Qt.DropAction.MoveAction, 0, 0, model.index_of((3,)))
    assert not model.canDropMimeData(data, Qt.DropAction.MoveAction, 0, 0, model.index_of((2,)))  # a phone holds nothing
    assert model.canDropMimeData(data, Qt.DropAction.MoveAction, 0, 0, QModelIndex())


def test_new_and_duplicated_fields_get_free_keys_and_pass_the_checks():
    from desktop.models.questionnaire_types import new_field, rekeyed, type_labels
    from mobile_protocol.questionnaire import check_definition

    taken = {"text_1"}
    fields = []
    for kind in type_labels():
        field = new_field(kind, taken)
        taken |= {field["key"], *(child["key"] for child in field.get("children", []))}
        fields.append(field)
    assert fields[0]["key"] == "text_2"
    assert check_definition({"fields": fields}) == []
    copy = rekeyed(fields[-3], set(taken))  # a group: its children get new keys too
    assert copy["key"] != fields[-3]["key"] and copy["children"][0]["key"] not in taken
    parse_definition({"fields": [*fields, copy]})


def test_questionnaires_model_merges_rows_by_id(qtmodeltester, qtbot):
    from desktop.models.questionnaires_model import QuestionnairesModel

    now = datetime(2026, 11, 23, 15, 0, tzinfo=UTC)
    first = QuestionnaireInfo(1, "Visita de cobranza", now, None, 2, 7, now, None, 40)
    second = QuestionnaireInfo(2, "Encuesta", now, None, None, None, None, now, 0)
    model = QuestionnairesModel()
    qtmodeltester.check(model)
    model.set_questionnaires([second, first])
    qtmodeltester.check(model)
    assert [model.index(r, 0).data() for r in range(2)] == ["Visita de cobranza", "Encuesta"]
    assert model.index(0, 1).data() == "v2" and model.index(1, 1).data() == "sin publicar"
    assert model.index(0, 2).data() == "—" and model.index(1, 2).data().startswith("guardado ")
    resets = []
    model.modelReset.connect(lambda: resets.append(1))
    with qtbot.waitSignal(model.dataChanged):
        model.set_questionnaires([first, QuestionnaireInfo(2, "Encuesta", now, None, 1, 8, now, None, 0)])
    assert model.index(1, 1).data() == "v1"
    model.set_questionnaires([first])
    assert model.rowCount() == 1 and model.row_of(2) == -1 and not resets
    qtmodeltester.check(model)


def test_marks_follow_the_checks_without_a_reset(qtmodeltester, qtbot):
    from desktop.models.questionnaire_tree import QuestionnaireTreeModel

    model = QuestionnaireTreeModel()
    model.set_definition(default_questionnaire())
    resets = []
    model.modelReset.connect(lambda: resets.append(1))
    with qtbot.waitSignal(model.dataChanged) as changed:
        model.set_marks({(3, 1): "non_payment_other: le falta el texto de la pregunta"})
    assert model.path_of(changed.args[0]) == (3, 1)
    assert model.index_of((3, 1)).data(Qt.ItemDataRole.ToolTipRole).endswith("le falta el texto de la pregunta")
    assert model.index_of((3, 1)).data(Qt.ItemDataRole.DecorationRole) is not None
    assert model.index_of((2,)).data(Qt.ItemDataRole.ToolTipRole) == "Se muestra solo cuando se cumple su condición"
    qtmodeltester.check(model)
    model.set_marks({})
    assert model.index_of((3, 1)).data(Qt.ItemDataRole.ToolTipRole) == "Se muestra solo cuando se cumple su condición"
    assert not resets

"""The questionnaire designer end to end: real widgets, the embedded server, the service, a device's sync."""

from __future__ import annotations

import json
import urllib.request
import uuid

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from mobile_protocol.questionnaire import (
    default_questionnaire,
    export_definition,
    parse_definition,
)
from syncserver.questionnaires import (
    create_questionnaire,
    get_draft,
    list_versions,
    save_draft,
)


def request(url: str, body: dict | None = None, token: str | None = None) -> dict:
    headers = {"Content-Type": "application/json"} | ({"Authorization": f"Bearer {token}"} if token else {})
    data = json.dumps(body).encode() if body is not None else None
    with urllib.request.urlopen(urllib.request.Request(url, data=data, headers=headers), timeout=10) as response:
        return json.loads(response.read())


@pytest.fixture
def page(desk, qtbot):
    from desktop.views.designer_page import DesignerPage

    page = DesignerPage(desk.host)
    desk.window.add_page("questionnaires", page.tr("Cuestionarios"), page)
    return page


def open_page(desk, page, qtbot, questionnaire_id: int):
    with qtbot.waitSignal(page.opened, timeout=10_000) as opened:
        desk.window.show_page("questionnaires")
        page.refresh()  # the page may have been shown (and read) before the test made its questionnaire
    assert opened.args == [questionnaire_id]
    return page.editor


def type_into(edit, text: str) -> None:
    edit.setText(text)
    edit.editingFinished.emit()


def top_keys(editor) -> list[str]:
    return [f["key"] for f in editor.definition()["fields"]]


def publish_through_dialog(page, qtbot):
    page.publish_button.click()
    qtbot.waitUntil(lambda: page.publish_dialog is not None and page.publish_dialog.isVisible(), timeout=10_000)
    text = page.publish_dialog.changes.toPlainText()
    with qtbot.waitSignal(page.published, timeout=10_000) as published:
        page.publish_dialog.publish_button.click()
    return text, published.args[0]


def test_add_move_undo_redo_publish_and_a_device_gets_the_version(desk, page, qtbot):
    draft = create_questionnaire(desk.host.engine, "Encuesta de barrio", {
        "title": {"es": "Encuesta de barrio"},
        "fields": [{"type": "text", "key": "street", "label": {"es": "Calle"}}]})
    editor = open_page(desk, page, qtbot, draft.questionnaire_id)
    assert top_keys(editor) == ["street"] and page.list_model.index(0, 1).data() == "sin publicar"

    editor.select((0,))
    editor.add_actions["yes_no"].trigger()
    assert top_keys(editor) == ["street", "yes_no_1"] and editor.selected_path() == (1,)
    type_into(editor.properties.key_edit, "home_visit")
    type_into(editor.properties.text_edits["label", "es"], "¿Visita en casa?")
    assert editor.model.index_of((1,)).data() == "¿Visita en casa?" and top_keys(editor) == ["street", "home_visit"]
    assert page.state_label.text() == "● Cambios sin guardar"

    editor.up_action.trigger()  # move it above "street"
    assert top_keys(editor) == ["home_visit", "street"] and editor.selected_path() == (0,)
    editor.tree.setFocus()
    qtbot.keyClick(editor.tree, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # undo the move
    assert top_keys(editor) == ["street", "home_visit"]
    editor.undo_stack.undo()  # and the label
    assert editor.model.index_of((1,)).data() == "Sí / no"
    qtbot.keyClick(editor.tree, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert editor.model.index_of((1,)).data() == "¿Visita en casa?"
    editor.redo_action.trigger()
    assert top_keys(editor) == ["home_visit", "street"]
    assert editor.properties.text_edits["label", "es"].text() == "¿Visita en casa?"  # follows undo and redo

    text, result = publish_through_dialog(page, qtbot)
    assert "Primera versión: 2 preguntas." in text
    assert result.version.version == 1 and page.state_label.text() == ""
    [version] = list_versions(desk.host.engine, draft.questionnaire_id)
    assert [f["key"] for f in version.definition["fields"]] == ["home_visit", "street"]
    assert get_draft(desk.host.engine, draft.questionnaire_id) is None
    qtbot.waitUntil(lambda: page.list_model.index(0, 1).data() == "v1", timeout=5000)

    desk.add_agent("A1")
    paired = request(f"{desk.api}/devices/pair", {"code": desk.pairing_code("A1"),
                                                   "device": {"install_id": str(uuid.uuid4())}})
    synced = request(f"{desk.api}/sync", token=paired["token"])
    [sent] = [q for q in synced["questionnaires"] if q["id"] == str(version.id)]
    assert sent["version"] == 1 and sent["definition"]["fields"][0]["label"]["es"] == "¿Visita en casa?"

    editor.select((1,))
    editor.remove_action.trigger()
    text, result = publish_through_dialog(page, qtbot)
    assert "Cambios desde la versión 1:" in text and "quitada: street" in text
    assert result.version.version == 2 and result.diff.removed == ["street"]

    bar = page.versions_bar
    assert [bar.combo.itemData(i) for i in range(bar.combo.count())] == [2, 1]
    bar.combo.setCurrentIndex(1)
    bar.load_button.click()  # edit from version 1 again: one undoable step
    assert top_keys(editor) == ["home_visit", "street"] and page.state_label.text() == "● Cambios sin guardar"
    editor.undo_stack.undo()
    assert top_keys(editor) == ["home_visit"]


def test_checks_point_to_the_field_and_a_stale_draft_is_not_overwritten(desk, page, qtbot):
    draft = create_questionnaire(desk.host.engine, "Rota", {"fields": [
        {"type": "text", "key": "name", "label": {"es": "Nombre"}},
        {"type": "group", "key": "more", "label": {"es": "Más"}, "children": [
            {"type": "select_one", "key": "pick", "label": {"es": "Elija"}, "choices": [{"code": "a"}],
             "relevant": {"==": [{"var": "nobody"}, 1]}}]}]})
    editor = open_page(desk, page, qtbot, draft.questionnaire_id)
    page.publish_button.click()
    assert page.publish_dialog is None
    assert editor.problems.isVisible() and editor.problems.item(0).text() == "pick: usa «nobody», que no es ninguna pregunta"
    assert editor.selected_path() == (1, 0) and editor.properties.key_edit.text() == "pick"
    assert editor.model.index_of((1, 0)).data(Qt.ItemDataRole.ToolTipRole) == editor.problems.item(0).text()
    editor.properties.relevant_editor.raw_toggle.setChecked(True)
    editor.properties.relevant_editor.raw_edit.setPlainText('{"==": [{"var": "name"}, "Ana"')
    assert "No es JSON válido" in editor.properties.relevant_editor.error_label.text()
    assert not editor.properties.relevant_editor.apply_button.isEnabled()
    editor.properties.relevant_editor.raw_edit.setPlainText('{"==": [{"var": "name"}, "Ana"]}')
    assert editor.properties.relevant_editor.error_label.text() == ""
    editor.properties.relevant_editor.apply_button.click()
    assert editor.definition()["fields"][1]["children"][0]["relevant"] == {"==": [{"var": "name"}, "Ana"]}
    assert editor.problems.isHidden()  # checked again after the edit: nothing left
    assert editor.model.index_of((1, 0)).data(Qt.ItemDataRole.ToolTipRole) != "pick: usa «nobody», que no es ninguna pregunta"
    assert page.check()

    save_draft(desk.host.engine, draft.questionnaire_id, {"fields": [{"type": "text", "key": "other", "label": {"es": "Otro"}}]})
    with qtbot.waitSignal(page.status_label.windowTitleChanged, timeout=300, raising=False):
        page.save_button.click()
    qtbot.waitUntil(lambda: "otra persona guardó este borrador" in page.status_label.text(), timeout=5000)
    assert [f["key"] for f in get_draft(desk.host.engine, draft.questionnaire_id).definition["fields"]] == ["other"]
    assert page.state_label.text() == "● Cambios sin guardar"
    with qtbot.waitSignal(page.saved, timeout=5000):
        page.save_button.click()  # knowingly, the second time
    assert [f["key"] for f in get_draft(desk.host.engine, draft.questionnaire_id).definition["fields"]] == ["name", "more"]
    editor.select((0,))
    editor.remove_action.trigger()
    editor.tree.setFocus()
    with qtbot.waitSignal(page.saved, timeout=5000):  # its own last save is no stranger: saved without a question
        qtbot.keyClick(editor.tree, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert [f["key"] for f in get_draft(desk.host.engine, draft.questionnaire_id).definition["fields"]] == ["more"]


def test_the_default_questionnaire_round_trips_export_import_publish_unchanged(desk, page, qtbot, tmp_path):
    draft = create_questionnaire(desk.host.engine, "Visita de cobranza", default_questionnaire())
    editor = open_page(desk, page, qtbot, draft.questionnaire_id)
    assert parse_definition(editor.definition()) == parse_definition(default_questionnaire())
    exported = tmp_path / "visita.json"
    page.export_file(str(exported))
    qtbot.waitUntil(lambda: "Exportado" in page.status_label.text(), timeout=5000)
    assert json.loads(exported.read_text(encoding="utf-8")) == export_definition(parse_definition(default_questionnaire()))
    from syncserver.audit import DATA_EXPORTED
    from syncserver.audit_log import list_audit

    [entry] = [e for e in list_audit(desk.host.engine) if e.action == DATA_EXPORTED]  # a file left Campo: audited
    assert entry.actor == desk.host.actor and entry.subject_id == "visita.json"
    assert entry.details["what"] == "questionnaire" and entry.details["questionnaire"] == draft.questionnaire_id

    with qtbot.waitSignal(page.opened, timeout=10_000) as opened:
        page.import_file(str(exported))
    imported = opened.args[0]
    assert imported != draft.questionnaire_id and page.list_model.rowCount() == 2
    text, result = publish_through_dialog(page, qtbot)
    assert result.version.questionnaire_id == imported and "Primera versión" in text
    assert parse_definition(result.version.definition) == parse_definition(default_questionnaire())
    [stored] = list_versions(desk.host.engine, imported)
    assert stored.definition == result.version.definition

    editor.select((0,))
    editor.remove_action.trigger()
    with qtbot.waitSignal(page.saved, timeout=5000):
        page.hide()  # leaving the page keeps the edit as the draft
    assert get_draft(desk.host.engine, imported).definition["fields"][0]["key"] == "attended_by"
    page.show()
    page.discard_button.click()
    with qtbot.waitSignal(page.opened, timeout=5000):
        page.discard_box.button(QMessageBox.StandardButton.Discard).click()
    assert get_draft(desk.host.engine, imported) is None and top_keys(editor)[0] == "intro"  # back to version 1

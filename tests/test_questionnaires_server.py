"""Questionnaire drafts, checked publishing, versions and diffs; the CLI; devices get new versions."""

from __future__ import annotations

import copy
import json

import pytest
from sqlalchemy import func, select

from mobile_protocol.questionnaire import default_questionnaire
from syncserver.cli import main
from syncserver.db.models import Change, QuestionnaireDraft, QuestionnaireVersion
from syncserver.questionnaire_setup import (
    ensure_default_questionnaire,
    export_definition,
    import_definition,
    use_default_questionnaire,
)
from syncserver.questionnaires import (
    DefinitionRefused,
    DraftChanged,
    QuestionnaireNotFound,
    check_draft,
    create_questionnaire,
    get_draft,
    get_version,
    list_questionnaires,
    list_versions,
    publish,
    save_draft,
)
from tests.test_api_flow import setup_agent


def small(*keys: str) -> dict:
    """A definition of yes/no fields with these keys."""
    return {"fields": [{"type": "yes_no", "key": key, "label": {"es": key}} for key in keys]}


def _count(engine, model) -> int:
    with engine.connect() as conn:
        return conn.scalar(select(func.count()).select_from(model))


def test_publish_makes_versions_and_says_what_changed(engine):
    draft = create_questionnaire(engine, "Encuesta", small("a", "b", "c"))
    first = publish(engine, draft.questionnaire_id)
    assert first.created and first.version.version == 1 and first.previous_version is None
    assert first.diff.added == ["a", "b", "c"] and get_draft(engine, draft.questionnaire_id) is None
    changed = small("a", "c", "d")
    changed["fields"][0]["required"] = True
    save_draft(engine, draft.questionnaire_id, changed)
    preview = check_draft(engine, draft.questionnaire_id)  # what the confirmation shows
    assert (preview.problems, preview.next_version, preview.diff.added) == ([], 2, ["d"])
    second = publish(engine, draft.questionnaire_id)
    assert (second.version.version, second.previous_version) == (2, 1)
    assert (second.diff.added, second.diff.removed, second.diff.changed) == (["d"], ["b"], ["a"])
    assert not second.diff.reordered
    # Old versions stay readable, unchanged.
    assert get_version(engine, first.version.id).definition["fields"][1]["key"] == "b"
    assert [v.version for v in list_versions(engine, draft.questionnaire_id)] == [1, 2]
    [info] = list_questionnaires(engine)
    assert (info.latest_version, info.latest_version_id, info.draft_updated_at) == (2, second.version.id, None)
    with engine.connect() as conn:
        logged = conn.scalars(select(Change.object_id).where(Change.kind == "questionnaire_version")).all()
    assert logged == [first.version.id, second.version.id]


def test_reorder_and_regroup_are_changes_too(engine):
    draft = create_questionnaire(engine, "Orden", small("a", "b"))
    publish(engine, draft.questionnaire_id)
    save_draft(engine, draft.questionnaire_id, small("b", "a"))
    moved = publish(engine, draft.questionnaire_id)
    assert moved.created and moved.diff.reordered and moved.diff.changed == []
    grouped = {"fields": [{"type": "group", "key": "g", "label": {"es": "G"}, "children": small("b")["fields"]}, small("a")["fields"][0]]}
    save_draft(engine, draft.questionnaire_id, grouped)
    assert publish(engine, draft.questionnaire_id).diff.changed == ["b"]  # now inside group g


def test_a_draft_with_problems_publishes_nothing(engine):
    broken = small("a", "a")
    broken["fields"].append({"type": "text", "key": "c", "relevant": {"==": [{"var": "nowhere"}, 1]}})
    draft = create_questionnaire(engine, "Rota", broken)
    assert check_draft(engine, draft.questionnaire_id).problems
    with pytest.raises(DefinitionRefused) as refused:
        publish(engine, draft.questionnaire_id)
    paths = {problem.path for problem in refused.value.problems}
    assert any(path.startswith("fields[1]") for path in paths), refused.value.problems  # the duplicate key
    assert any(path.startswith("fields[2]") for path in paths), refused.value.problems  # the unknown field
    assert _count(engine, QuestionnaireVersion) == 0 and get_draft(engine, draft.questionnaire_id) is not None
    assert _count(engine, Change) == 0


def test_unreadable_drafts_are_refused_with_their_path(engine):
    draft = create_questionnaire(engine, "Vacía")
    with pytest.raises(DefinitionRefused, match="fields"):
        save_draft(engine, draft.questionnaire_id, {"fields": [{"type": "hologram", "key": "x"}]})
    with pytest.raises(DefinitionRefused, match="not JSON"):
        import_definition(engine, b"{nope")
    with pytest.raises(QuestionnaireNotFound):
        save_draft(engine, 999, small("a"))
    assert get_draft(engine, draft.questionnaire_id).definition.get("fields", []) == []


def test_default_round_trips_export_import_publish_unchanged(engine):
    version = ensure_default_questionnaire(engine)
    assert (version.version, version.title) == (1, "Visita de cobranza")
    assert ensure_default_questionnaire(engine) is None  # once per branch
    exported = export_definition(engine, version.questionnaire_id)
    assert exported == get_version(engine, version.id).definition
    import_definition(engine, json.dumps(exported), into=version.questionnaire_id)
    again = publish(engine, version.questionnaire_id)
    assert not again.created and again.diff.empty and again.version.id == version.id
    assert _count(engine, QuestionnaireVersion) == 1 and _count(engine, QuestionnaireDraft) == 0


def test_cli_import_publish_export_list(tmp_path, capsys):
    data = ["--data-dir", str(tmp_path)]
    assert main(data + ["init"]) == 0
    assert "Visita de cobranza" in capsys.readouterr().out
    source = tmp_path / "q.json"
    source.write_text(json.dumps({"title": {"es": "Llamada"}, **small("contesta")}), encoding="utf-8")
    assert main(data + ["questionnaires", "import", str(source), "--json"]) == 0
    qid = json.loads(capsys.readouterr().out)["questionnaire_id"]
    assert main(data + ["questionnaires", "publish", str(qid), "--json"]) == 0
    published = json.loads(capsys.readouterr().out)
    assert published["published"] and published["version"]["version"] == 1
    assert published["diff"]["added"] == ["contesta"]
    source.write_text(json.dumps(small("contesta", "contesta")), encoding="utf-8")
    assert main(data + ["questionnaires", "import", str(source), "--into", str(qid)]) == 0
    capsys.readouterr()
    assert main(data + ["questionnaires", "publish", str(qid), "--json"]) == 1
    refused = json.loads(capsys.readouterr().out)
    assert refused["published"] is False and refused["problems"][0]["path"].startswith("fields[1]")
    assert main(data + ["questionnaires", "publish", str(qid)]) == 2
    assert "fields[1]" in capsys.readouterr().err
    assert main(data + ["questionnaires", "export", str(qid)]) == 0
    assert [f["key"] for f in json.loads(capsys.readouterr().out)["fields"]] == ["contesta"]
    assert main(data + ["questionnaires", "list"]) == 0
    listing = capsys.readouterr().out
    assert "Visita de cobranza" in listing and "Llamada" in listing
    assert main(data + ["questionnaires", "show", str(qid)]) == 0
    assert "contesta" in capsys.readouterr().out
    assert main(data + ["questionnaires", "export", "77"]) == 2
    assert "no questionnaire has id 77" in capsys.readouterr().err


def test_a_device_gets_the_new_version_on_its_next_sync(server):
    setup_agent(server, "A1", 2)
    qid = use_default_questionnaire(server.engine)
    _, token = server.pair("A1")
    full = server.request("GET", "/sync", token=token).body
    [v1] = full["questionnaires"]
    assert v1["version"] == 1 and v1["definition"]["title"]["es"] == "Visita de cobranza"
    assert {a["questionnaire_id"] for a in full["accounts"]} == {str(qid)}
    changed = copy.deepcopy(default_questionnaire())
    changed["fields"].append({"type": "text", "key": "landmark", "label": {"es": "Punto de referencia"}})
    save_draft(server.engine, qid, changed)
    v2 = publish(server.engine, qid)
    assert v2.diff.added == ["landmark"]
    delta = server.request("GET", f"/sync?cursor={full['cursor']}", token=token).body
    assert [q["id"] for q in delta["questionnaires"]] == [str(v2.version.id)]
    assert delta["removed_questionnaires"] == [v1["id"]]
    assert delta["questionnaires"][0]["definition"]["fields"][-1]["key"] == "landmark"


def test_a_stale_editor_cannot_overwrite_a_newer_draft(engine):
    draft = create_questionnaire(engine, "Compartida", small("a"))
    mine = save_draft(engine, draft.questionnaire_id, small("a", "b"), expected_updated_at=draft.updated_at)
    with pytest.raises(DraftChanged, match="saved elsewhere"):
        save_draft(engine, draft.questionnaire_id, small("a", "c"), expected_updated_at=draft.updated_at)
    assert [f["key"] for f in get_draft(engine, draft.questionnaire_id).definition["fields"]] == ["a", "b"]
    assert get_draft(engine, draft.questionnaire_id).updated_at == mine.updated_at

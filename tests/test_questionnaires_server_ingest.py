"""Visits against their questionnaire version over HTTP: per-field errors, outcome mapping, media order."""

from __future__ import annotations

import hashlib
from datetime import timedelta

from sqlalchemy import insert

from syncserver.db.models import Questionnaire, QuestionnaireVersion
from syncserver.questionnaire_setup import export_definition, use_default_questionnaire
from syncserver.questionnaires import create_questionnaire, publish, save_draft
from tests.test_api_flow import NOW, setup_agent, visit
from tests.test_media import JPEG_24x16, png, upload

PROMISE_DAY = (NOW + timedelta(days=3)).date().isoformat()


def _ready(server):
    """An agent with two accounts on "Visita de cobranza"; its device's token, accounts and version id."""
    setup_agent(server, "A1", 2)
    use_default_questionnaire(server.engine)
    _, token = server.pair("A1")
    full = server.request("GET", "/sync", token=token).body
    return token, full["accounts"], full["questionnaires"][0]["id"]


def _promise_answers(**extra):
    return {"attended_by": "titular", "non_payment_reason": "desempleo", "promises_payment": True,
            "promise_amount": "500000", "promise_date": PROMISE_DAY, **extra}


def _send(server, token, *visits):
    reply = server.request("POST", "/visits", {"visits": list(visits)}, token=token)
    assert reply.status == 200, reply.body
    return reply.body["results"]


def _at(account, **extra):
    return visit(account["id"], account["location"]["lat"], account["location"]["lon"], **extra)


def test_answers_that_fail_the_version_get_one_error_per_field(server):
    token, accounts, version = _ready(server)
    answers = _promise_answers(non_payment_reason=None, contact_phone="3001234567", promise_amount="9999999",
                               colour="red")
    answers.pop("non_payment_reason")
    [result] = _send(server, token, _at(accounts[0], outcome="promise_to_pay", questionnaire_version_id=version,
                                        answers=answers, promise={"amount": "9999999", "due_date": PROMISE_DAY}))
    assert result["status"] == "rejected"
    errors = {e["path"]: e["message"] for e in result["errors"]}
    assert errors == {
        "answers.colour": "not a field of this questionnaire",
        "answers.contact_phone": "must be empty: the question does not apply",
        "answers.non_payment_reason": "required",
        "answers.promise_amount": "Cannot exceed the account's balance",
    }
    assert all("code" not in e for e in result["errors"])


def test_repeat_items_are_named_by_index(server):
    token, accounts, _ = _ready(server)
    draft = create_questionnaire(server.engine, "Referencias", {"fields": [
        {"type": "repeat", "key": "refs", "label": {"es": "Referencias"}, "children": [
            {"type": "text", "key": "name", "label": {"es": "Nombre"}, "required": True},
            {"type": "integer", "key": "age", "label": {"es": "Edad"}, "min": 18}]}]})
    version = str(publish(server.engine, draft.questionnaire_id).version.id)
    answers = {"refs": [{"name": "Ana", "age": 40}, {"age": 12}]}
    [result] = _send(server, token, _at(accounts[0], questionnaire_version_id=version, answers=answers))
    assert result["status"] == "rejected"
    assert [e["path"] for e in result["errors"]] == ["answers.refs[1].name", "answers.refs[1].age"]
    [fixed] = _send(server, token, _at(accounts[0], questionnaire_version_id=version,
                                      answers={"refs": [{"name": "Ana", "age": 40}]}))
    assert fixed["status"] == "accepted", fixed


def test_outcome_and_promise_must_be_what_the_answers_say(server):
    token, accounts, version = _ready(server)
    talked = {"attended_by": "titular", "non_payment_reason": "olvido", "promises_payment": False}
    wrong_outcome, wrong_promise, right = _send(
        server, token,
        _at(accounts[0], outcome="no_contact", questionnaire_version_id=version, answers=talked),
        _at(accounts[0], outcome="promise_to_pay", questionnaire_version_id=version, answers=_promise_answers(),
            promise={"amount": "400000.00", "due_date": PROMISE_DAY}),
        _at(accounts[1], outcome="promise_to_pay", questionnaire_version_id=version, answers=_promise_answers(),
            promise={"amount": "500000.00", "due_date": PROMISE_DAY}),
    )
    assert wrong_outcome["status"] == "rejected"
    assert wrong_outcome["errors"] == [{"path": "outcome", "message": "the answers say rpc, not no_contact"}]
    assert wrong_promise["status"] == "rejected"
    assert [e["path"] for e in wrong_promise["errors"]] == ["promise.amount"]
    assert "500000" in wrong_promise["errors"][0]["message"]
    assert right["status"] == "accepted", right


def test_a_visit_waits_for_its_media_then_is_accepted(any_server):
    server = any_server
    token, accounts, version = _ready(server)
    facade, signature = JPEG_24x16, png(5, 3, seed=4)
    answers = _promise_answers(facade_photo={"media_id": _sha(facade)}, signature={"media_id": _sha(signature)})
    sent = _at(accounts[0], outcome="promise_to_pay", questionnaire_version_id=version, answers=answers,
               promise={"amount": "500000.00", "due_date": PROMISE_DAY})
    [early] = _send(server, token, sent)
    assert early["status"] == "rejected"
    assert [(e["path"], e["code"]) for e in early["errors"]] == [
        ("answers.facade_photo", "media_missing"), ("answers.signature", "media_missing")]
    assert _sha(facade) in early["errors"][0]["message"]
    assert upload(server, token, facade).status == 201
    [half] = _send(server, token, sent)
    assert [(e["path"], e["code"]) for e in half["errors"]] == [("answers.signature", "media_missing")]
    assert upload(server, token, signature, "image/png").status == 201
    [stored] = _send(server, token, sent)
    assert stored["status"] == "accepted", stored
    [again] = _send(server, token, sent)
    assert again["status"] == "duplicate"
    read_back = server.request("GET", f"/visits/{sent['id']}", token=token).body
    assert read_back["answers"]["signature"] == {"media_id": _sha(signature)}


def _sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def test_each_visit_is_judged_by_the_version_it_names(server):
    token, accounts, v1 = _ready(server)
    qid = int(server.request("GET", "/sync", token=token).body["questionnaires"][0]["questionnaire_id"])
    definition = export_definition(server.engine, qid)
    definition["fields"].append({"type": "text", "key": "landmark", "label": {"es": "Punto de referencia"}})
    save_draft(server.engine, qid, definition)
    v2 = str(publish(server.engine, qid).version.id)
    answers = {"attended_by": "nadie", "landmark": "frente al parque"}
    old, new = _send(server, token,
                     _at(accounts[0], outcome="no_contact", questionnaire_version_id=v1, answers=answers),
                     _at(accounts[1], outcome="no_contact", questionnaire_version_id=v2, answers=answers))
    assert old["errors"] == [{"path": "answers.landmark", "message": "not a field of this questionnaire"}]
    assert new["status"] == "accepted", new


def test_a_version_stored_unchecked_rejects_its_visits_instead_of_failing(server):
    token, accounts, _ = _ready(server)
    with server.engine.begin() as conn:
        qid = conn.execute(insert(Questionnaire).values(name="A mano", created_at=NOW)
                           .returning(Questionnaire.id)).scalar_one()
        bad = conn.execute(insert(QuestionnaireVersion).values(
            questionnaire_id=qid, version=1, title="A mano", published_at=NOW,
            definition={"fields": [{"type": "text", "key": "x", "relevant": {"no_such_operator": [1]}}]},
        ).returning(QuestionnaireVersion.id)).scalar_one()
    [result] = _send(server, token, _at(accounts[0], outcome="no_contact", questionnaire_version_id=str(bad),
                                        answers={"x": "y"}))
    assert result["status"] == "rejected"
    assert [e["path"] for e in result["errors"]] == ["questionnaire_version_id"]

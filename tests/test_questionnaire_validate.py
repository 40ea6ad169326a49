"""validate_answers per field type and rule; derive_outcome, check_outcome and media_ids."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from mobile_protocol.messages import Promise
from mobile_protocol.questionnaire import (
    DefinitionError,
    PromiseTerms,
    check_outcome,
    default_questionnaire,
    derive_outcome,
    media_ids,
    parse_definition,
    validate_answers,
)

DAY = date(2026, 11, 23)
ACCOUNT = {"balance": "500000.00", "debtor_name": "Ana Pérez", "days_past_due": 45}
SHA = "ab" * 32


def one(field: dict, value, **options) -> list[str]:
    """Messages for one answer to a one-field questionnaire."""
    definition = {"fields": [{"key": "x", "label": {"es": "X"}, **field}]}
    answers = {} if value is ... else {"x": value}
    errors = validate_answers(definition, answers, options.pop("account", ACCOUNT), today=DAY, **options)
    assert all(e.path == "answers.x" for e in errors)
    return [e.message for e in errors]


CASES = [  # (field, a good answer, a bad one, words of the message about the bad one)
    ({"type": "text", "max_length": 5}, "hola", "holaaa", "longer than 5 characters"),
    ({"type": "text", "min_length": 2}, "ok", "o", "shorter than 2 characters"),
    ({"type": "text"}, "x" * 4000, "x" * 4001, "longer than 4000 characters"),
    ({"type": "text"}, "sí", 5, "expected text"),
    ({"type": "integer", "min": 0, "max": 10}, 10, 11, "must be at most 10"),
    ({"type": "integer"}, 3.0, 3.5, "expected a whole number"),
    ({"type": "integer"}, -2, True, "expected a whole number"),
    ({"type": "decimal", "min": "0.5"}, 0.5, 0.49, "must be at least 0.5"),
    ({"type": "decimal"}, "12.75", "doce", "expected a number"),
    ({"type": "money", "min": 1}, "150000.50", "150000.505", "expected an amount"),
    ({"type": "money", "min": 1}, 150000, 150000.5, "expected an amount"),
    ({"type": "money", "min": 1}, "1.00", "0.99", "must be at least 1"),
    ({"type": "date", "min": "2026-01-01"}, "2026-02-28", "2026-02-30", "expected a date YYYY-MM-DD"),
    ({"type": "date", "max": "2026-12-31"}, "2026-12-31", "2027-01-01", "must be at most 2026-12-31"),
    ({"type": "date"}, "2026-11-23", "23/11/2026", "expected a date"),
    ({"type": "time", "min": "08:00"}, "08:00", "07:59", "must be at least 08:00:00"),
    ({"type": "time"}, "17:45:10", "25:00", "expected a time HH:MM"),
    ({"type": "yes_no"}, False, "no", "expected true or false"),
    ({"type": "select_one", "choices": [{"code": "a"}, {"code": "b"}]}, "b", "c", "not one of the choices"),
    ({"type": "select_multiple", "choices": [{"code": "a"}, {"code": "b"}]}, ["a", "b"], ["a", "a"],
     "a choice is repeated"),
    ({"type": "select_multiple", "choices": [{"code": "a"}]}, ["a"], "a", "expected a list of the choices"),
    ({"type": "select_multiple", "choices": [{"code": "a"}, {"code": "b"}], "max_count": 1}, ["b"], ["a", "b"],
     "pick at most 1"),
    ({"type": "phone"}, "+57 310 555 1234", "call me", "expected a phone number"),
    ({"type": "email"}, "ana@example.co", "ana@", "expected an e-mail address"),
    ({"type": "photo"}, {"media_id": SHA}, SHA, "expected {\"media_id\""),
    ({"type": "signature"}, {"media_id": SHA}, {"media_id": "AB" * 32}, "expected {\"media_id\""),
    ({"type": "geopoint"}, {"lat": 4.6, "lon": -74.1, "accuracy_m": 8}, {"lat": 91, "lon": 0}, "expected {\"lat\""),
    ({"type": "note"}, ..., "hola", "a note takes no answer"),
]


@pytest.mark.parametrize("field, good, bad, message", CASES)
def test_each_type_accepts_its_shape_and_says_what_is_wrong(field, good, bad, message):
    assert one(field, good) == []
    (found,) = one(field, bad)
    assert message in found


def test_a_phone_in_spanish_reads_every_message_of_the_evaluator_in_spanish():
    english = {"expected", "must", "longer", "shorter", "pick", "choice", "note", "takes", "number", "amount"}
    for field, _good, bad, message in CASES:
        (spanish,) = one(field, bad, lang="es")
        (said,) = one(field, bad)
        assert spanish != said and not english & set(spanish.replace("(", " ").split()), (message, spanish)
    assert one({"type": "date", "max": "2026-12-31"}, "2027-01-01", lang="es") == ["debe ser como máximo 2026-12-31"]
    assert one({"type": "text", "required": True}, ..., lang="es") == ["obligatoria"]
    definition = {"fields": [
        {"type": "yes_no", "key": "home", "label": {"es": "¿En casa?"}},
        {"type": "text", "key": "who", "label": {"es": "¿Quién?"}, "relevant": {"var": "home"}},
        {"type": "repeat", "key": "refs", "label": {"es": "Refs"}, "max_count": 1, "children": [
            {"type": "text", "key": "name", "label": {"es": "Nombre"}}]},
        {"type": "integer", "key": "n", "label": {"es": "N"}, "constraint": {">": [{"var": "."}, 1]}},
        {"type": "calculated", "key": "twice", "calculation": {"*": [{"var": "n"}, 2]}}]}
    answers = {"home": False, "who": "Ana", "refs": [{}, {}], "n": 1, "twice": 3, "zz": 1}
    assert [(e.path, e.message) for e in validate_answers(definition, answers, lang="es")] == [
        ("answers.zz", "no es una pregunta de este cuestionario"),
        ("answers.who", "debe quedar vacía: la pregunta no aplica"),
        ("answers.refs", "como máximo 1 elemento"),
        ("answers.n", "no cumple la condición"),
        ("answers.twice", "debe ser '2' (calculado)"),
    ]
    assert [e.message for e in validate_answers(definition, [], lang="es")] == ["se espera un objeto de clave: respuesta"]
    promise = {"attended_by": "titular", "non_payment_reason": "olvido", "promises_payment": True}
    assert {e.message for e in validate_answers(default_questionnaire(), promise, ACCOUNT, today=DAY, lang="es")} == {"obligatoria"}


def test_blank_answers_count_as_missing_for_required():
    for blank in (..., None, "", []):
        assert one({"type": "text", "required": True}, blank) == ["required"]
        assert one({"type": "text"}, blank) == []


def test_constraint_uses_the_answer_the_account_and_today_with_its_message_in_either_language():
    field = {"type": "money", "constraint": {"<=": [{"var": "."}, {"var": "account.balance"}]},
             "constraint_message": {"es": "Supera el saldo", "en": "Above the balance"}}
    assert one(field, "500000.00") == []
    assert one(field, "500000.01") == ["Above the balance"]
    assert one(field, "500000.01", lang="es") == ["Supera el saldo"]
    assert one({"type": "money", "constraint": {"<=": [{"var": "."}, {"var": "account.balance"}]}},
               "1.00", account=None) == ["does not meet the constraint"]  # no account: null never compares
    future = {"type": "date", "constraint": {">=": [{"var": "."}, {"var": "today"}]}}
    assert one(future, "2026-11-23") == [] and one(future, "2026-11-22") == ["does not meet the constraint"]


def test_relevance_irrelevant_answers_must_be_absent_and_are_never_required():
    definition = {"fields": [
        {"type": "yes_no", "key": "contacted", "label": {"es": "C"}, "required": True},
        {"type": "text", "key": "who", "label": {"es": "W"}, "required": True, "relevant": {"var": "contacted"}},
        {"type": "integer", "key": "late", "label": {"es": "L"}, "required": True,
         "relevant": {">": [{"var": "account.days_past_due"}, 30]}},
    ]}
    errors = validate_answers(definition, {"contacted": False, "who": "Ana"}, ACCOUNT, today=DAY)
    assert [(e.path, e.message) for e in errors] == [
        ("answers.who", "must be empty: the question does not apply"), ("answers.late", "required")]
    assert validate_answers(definition, {"contacted": False}, {"days_past_due": 10}, today=DAY) == []
    assert validate_answers(definition, {"contacted": True, "who": "Ana", "late": 2}, ACCOUNT, today=DAY) == []


def test_group_relevance_applies_to_every_field_inside():
    definition = {"fields": [
        {"type": "yes_no", "key": "home", "label": {"es": "H"}},
        {"type": "group", "key": "g", "label": {"es": "G"}, "relevant": {"var": "home"}, "children": [
            {"type": "text", "key": "a", "label": {"es": "A"}, "required": True},
            {"type": "group", "key": "g2", "label": {"es": "G2"}, "children": [
                {"type": "text", "key": "b", "label": {"es": "B"}, "required": True}]}]},
    ]}
    assert validate_answers(definition, {"home": False}) == []
    assert [e.path for e in validate_answers(definition, {"home": True})] == ["answers.a", "answers.b"]
    assert [e.path for e in validate_answers(definition, {"b": "x"})] == ["answers.b"]


def test_repeats_are_lists_of_objects_with_indexed_paths():
    definition = {"fields": [
        {"type": "repeat", "key": "refs", "label": {"es": "Referencias"}, "min_count": 1, "max_count": 3,
         "children": [
             {"type": "text", "key": "name", "label": {"es": "Nombre"}, "required": True},
             {"type": "phone", "key": "phone", "label": {"es": "Tel"}, "relevant": {"!!": {"var": "name"}},
              "constraint": {"!=": [{"var": "."}, {"var": "home_phone"}]}},
         ]},
        {"type": "phone", "key": "home_phone", "label": {"es": "Casa"}},
        {"type": "integer", "key": "n", "label": {"es": "N"}, "constraint": {"==": [{"var": "."}, {"count": {"var": "refs"}}]}},
    ]}
    good = {"refs": [{"name": "Luz", "phone": "3105551234"}, {"name": "Leo"}], "home_phone": "6015550000", "n": 2}
    assert validate_answers(definition, good) == []
    bad = {"refs": [{"phone": "6015550000"}, {"name": "Leo", "phone": "6015550000", "age": 3}],
           "home_phone": "6015550000", "n": 1}
    assert [(e.path, e.message) for e in validate_answers(definition, bad)] == [
        ("answers.refs[0].name", "required"),
        ("answers.refs[0].phone", "must be empty: the question does not apply"),
        ("answers.refs[1].age", "not a field of this questionnaire"),
        ("answers.refs[1].phone", "does not meet the constraint"),
        ("answers.n", "does not meet the constraint"),
    ]
    assert [e.message for e in validate_answers(definition, {"refs": [{"name": "a"}] * 4})] == ["at most 3 items"]
    assert [e.message for e in validate_answers(definition, {"refs": ["Luz"]})] == [
        "expected a list of objects, one per item"]


def test_calculated_fields_are_recomputed_exactly_and_may_be_left_out():
    definition = {"fields": [
        {"type": "money", "key": "paid", "label": {"es": "P"}},
        {"type": "calculated", "key": "left", "calculation": {"-": [{"var": "account.balance"}, {"var": "paid"}]}},
        {"type": "yes_no", "key": "big", "label": {"es": "B"}, "relevant": {">": [{"var": "left"}, 100000]}},
    ]}
    assert validate_answers(definition, {"paid": "0.10", "left": "499999.90", "big": True}, ACCOUNT) == []
    assert validate_answers(definition, {"paid": "0.10", "left": 499999.9}, ACCOUNT) == []
    assert validate_answers(definition, {"paid": "450000.00"}, ACCOUNT) == []
    errors = validate_answers(definition, {"paid": "450000.00", "left": "1", "big": False}, ACCOUNT)
    assert [(e.path, e.message) for e in errors] == [
        ("answers.left", "expected '50000' (calculated)"),
        ("answers.big", "must be empty: the question does not apply")]


def test_unknown_keys_and_non_object_answers():
    definition = {"fields": [{"type": "text", "key": "a", "label": {"es": "A"}}]}
    assert [(e.path, e.message) for e in validate_answers(definition, {"zz": 1})] == [
        ("answers.zz", "not a field of this questionnaire")]
    assert [e.path for e in validate_answers(definition, ["a"])] == ["answers"]


def test_validate_accepts_a_parsed_definition_and_bytes_the_same():
    definition = default_questionnaire()
    answers = {"attended_by": "nadie", "promise_amount": "5.00"}
    expected = validate_answers(definition, answers, ACCOUNT, today=DAY)
    assert expected and validate_answers(parse_definition(definition), answers, ACCOUNT, today=DAY) == expected


PROMISE = {"attended_by": "titular", "non_payment_reason": "olvido", "promises_payment": True,
           "promise_amount": "120000.00", "promise_date": "2026-11-30"}


@pytest.mark.parametrize("answers, outcome, promise", [
    ({"attended_by": "nadie"}, "no_contact", None),
    ({"attended_by": "familiar"}, "third_party", None),
    ({"attended_by": "titular", "non_payment_reason": "olvido", "promises_payment": False}, "rpc", None),
    (PROMISE, "promise_to_pay", PromiseTerms(Decimal("120000.00"), date(2026, 11, 30))),
])
def test_default_questionnaire_sets_outcome_and_promise_from_answers(answers, outcome, promise):
    definition = default_questionnaire()
    assert validate_answers(definition, answers, ACCOUNT, today=DAY) == []
    assert derive_outcome(definition, answers, ACCOUNT) == (derived := derive_outcome(definition, answers))
    assert (derived.outcome, derived.promise) == (outcome, promise)


def test_a_mapped_promise_needs_its_answers_and_the_visit_must_agree():
    definition = default_questionnaire()
    partial = {k: v for k, v in PROMISE.items() if k != "promise_date"}
    assert [(e.path, e.message) for e in validate_answers(definition, partial, ACCOUNT, today=DAY)] == [
        ("answers.promise_date", "required")]  # one error per field
    lenient = default_questionnaire()
    lenient["fields"][3]["children"][4]["required"] = False  # a definition that check_definition refuses
    assert [(e.path, e.message) for e in validate_answers(lenient, partial, ACCOUNT, today=DAY)] == [
        ("answers.promise_date", "required for a promise to pay")]
    assert derive_outcome(definition, partial).promise is None
    good = Promise(amount="120000.00", due_date=date(2026, 11, 30))
    assert check_outcome(definition, PROMISE, "promise_to_pay", good) == []
    assert [(e.path, e.message) for e in check_outcome(definition, PROMISE, "rpc", None)] == [
        ("outcome", "the answers say promise_to_pay, not rpc"), ("promise", "the answers hold a promise to pay")]
    other = Promise(amount="1.00", due_date=date(2026, 12, 1))
    assert [e.path for e in check_outcome(definition, PROMISE, "promise_to_pay", other)] == [
        "promise.amount", "promise.due_date"]
    assert [e.path for e in check_outcome(definition, {"attended_by": "nadie"}, "no_contact", good)] == ["promise"]
    assert check_outcome({"fields": [{"type": "text", "key": "a"}]}, {}, "rpc", None) == []  # no mapping


def test_media_ids_come_from_photo_and_signature_answers_repeats_included():
    other = "cd" * 32
    definition = {"fields": [
        {"type": "photo", "key": "front", "label": {"es": "F"}},
        {"type": "text", "key": "caption", "label": {"es": "C"}},
        {"type": "repeat", "key": "docs", "label": {"es": "D"}, "children": [
            {"type": "photo", "key": "page", "label": {"es": "P"}}]},
        {"type": "signature", "key": "sig", "label": {"es": "S"}},
    ]}
    answers = {"front": {"media_id": SHA}, "caption": SHA, "docs": [{"page": {"media_id": other}}, {}],
               "sig": {"media_id": "not-a-hash"}, "unknown": {"media_id": "ef" * 32}}
    assert media_ids(definition, answers) == {SHA, other}
    assert media_ids(definition, {}) == set()


def test_a_definition_that_cannot_be_evaluated_raises_definition_error_with_its_problems():
    broken = {"fields": [{"type": "text", "key": "a", "label": {"es": "A"}, "relevant": {"nope": [1]}},
                         {"type": "integer", "key": "b", "label": {"es": "B"}, "min": "many"}]}
    for call in (lambda: validate_answers(broken, {}), lambda: derive_outcome(broken, {}),
                 lambda: media_ids(parse_definition(broken), {})):
        with pytest.raises(DefinitionError) as caught:
            call()
        assert [(p.path, p.message) for p in caught.value.problems] == [
            ("fields[0].relevant", "not a valid expression: unknown operator 'nope'")]  # the first it meets
    with pytest.raises(DefinitionError, match="fields\\[0\\].min: not a valid integer: .many. is not a number"):
        validate_answers({"fields": broken["fields"][1:]}, {})
    with pytest.raises(DefinitionError, match="fields\\[0\\].type"):
        validate_answers({"fields": [{"type": "colour", "key": "a"}]}, {})

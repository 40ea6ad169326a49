"""The questionnaire format: reading it, the first format's shorthand, and the checks before publishing."""

from __future__ import annotations

import json
from pathlib import Path

import msgspec
import pytest

from mobile_protocol.questionnaire import (
    FIELD_TYPES,
    DefinitionError,
    check_definition,
    default_questionnaire,
    export_definition,
    parse_definition,
)


def q(*fields, **extra) -> dict:
    return {"fields": list(fields), **extra}


def text(key, **extra) -> dict:
    return {"type": "text", "key": key, "label": {"es": key}, **extra}


def problems(definition) -> list[tuple[str, str]]:
    return [(p.path, p.message) for p in check_definition(definition)]


def test_every_field_type_of_the_issue_is_in_the_format():
    assert set(FIELD_TYPES) == {
        "text", "integer", "decimal", "money", "date", "time", "yes_no", "select_one", "select_multiple",
        "phone", "email", "photo", "signature", "geopoint", "note", "group", "repeat", "calculated"}


def test_default_questionnaire_passes_and_round_trips_export_import_unchanged():
    definition = default_questionnaire()
    assert check_definition(definition) == []
    parsed = parse_definition(definition)
    exported = export_definition(parsed)
    assert exported == definition
    again = parse_definition(json.dumps(exported, ensure_ascii=False).encode())
    assert again == parsed and export_definition(again) == definition
    keys = {f.key for f in parsed.fields} | {c.key for f in parsed.fields for c in f.children}
    assert {"attended_by", "non_payment_reason", "promise_amount", "promise_date", "next_contact",
            "facade_photo", "signature"} <= keys
    assert parsed.title.es == "Visita de cobranza"


@pytest.mark.parametrize("raw, path, message", [
    (b"{not json", "", "not JSON"),
    ([1, 2], "", "JSON object"),
    ({"fields": [{"type": "colour", "key": "a"}]}, "fields[0].type", "Invalid enum value 'colour'"),
    ({"fields": [{"type": "text", "key": "has space"}]}, "fields[0].key", "matching regex"),
    ({"fields": [{"type": "text"}]}, "fields[0]", "missing required field `key`"),
    ({"fields": [{"type": "group", "key": "g", "children": [{"type": "text", "key": 3}]}]},
     "fields[0].children[0].key", "Expected `str`"),
    ({"fields": [], "outcome_mapping": {"otherwise": "paid"}}, "outcome_mapping.otherwise", "Invalid enum"),
    ({"fields": [], "format": 7}, "format", "Expected `int` <= 1"),
])
def test_malformed_definitions_raise_with_the_path(raw, path, message):
    with pytest.raises(DefinitionError) as caught:
        parse_definition(raw)
    (problem,) = caught.value.problems
    assert problem.path == path and message in problem.message
    assert problems(raw) == [(path, problem.message)]  # check_definition reports the same, never raises


def test_first_format_shorthand_is_read_in_todays_terms():
    parsed = parse_definition({"title": "Visita", "fields": [
        {"key": "paid", "type": "boolean", "label": "¿Pagó?"},
        {"key": "amount", "type": "number", "min": 0, "relevant": {"field": "paid", "equals": True}},
        {"key": "why", "type": "select_many", "choices": [{"value": "a"}, {"value": "b", "label": "B"}],
         "relevant": {"field": "paid", "in": [False]}},
    ]})
    paid, amount, why = parsed.fields
    assert (paid.type, paid.label.es, amount.type, why.type) == ("yes_no", "¿Pagó?", "decimal", "select_multiple")
    assert amount.relevant == {"==": [{"var": "paid"}, True]}
    assert why.relevant == {"in": [{"var": "paid"}, [False]]}
    assert [(c.code, c.label.es) for c in why.choices] == [("a", ""), ("b", "B")]
    assert parsed.title.es == "Visita"


def test_duplicate_keys_anywhere_are_reported_at_the_second():
    definition = q(text("a"), {"type": "group", "key": "g", "label": {"es": "G"}, "children": [text("a")]})
    assert problems(definition) == [("fields[1].children[0].key", "key 'a' is already used by fields[0]")]


def test_unknown_references_in_expressions_point_to_the_expression():
    definition = q(
        text("a", relevant={"==": [{"var": "b"}, 1]}),
        text("c", constraint={">": [{"var": "account.salary"}, 1]}),
        text("d", relevant={"==": [{"var": "."}, 1]}),
        text("e", relevant={"bogus": [1]}),
        {"type": "note", "key": "n", "label": {"es": "nota"}},
        text("f", relevant={"!!": {"var": "n"}}),
    )
    assert problems(definition) == [
        ("fields[0].relevant", "refers to unknown field 'b'"),
        ("fields[1].constraint", ("unknown account field 'account.salary'; known: balance, debtor_name,"
                                  " days_past_due, external_ref, address, currency, segment")),
        ("fields[2].relevant", '{"var": "."} (this answer) is only for constraints'),
        ("fields[3].relevant", "not a valid expression: unknown operator 'bogus'"),
        ("fields[5].relevant", "refers to 'n', a note, which holds no answer"),
    ]


def test_repeat_children_are_seen_only_inside_their_repeat():
    definition = q(
        {"type": "repeat", "key": "refs", "label": {"es": "Referencias"}, "children": [
            text("ref_name"), {"type": "phone", "key": "ref_phone", "label": {"es": "Tel"},
                               "relevant": {"!!": {"var": "ref_name"}}}]},
        text("after", relevant={"==": [{"var": "ref_name"}, "x"]}),
        text("counted", relevant={">": [{"count": {"var": "refs"}}, 1]}),
    )
    assert problems(definition) == [
        ("fields[1].relevant", "refers to 'ref_name' inside repeat 'refs', which has many answers")]


def test_cycles_among_relevance_and_calculations_are_found_once():
    definition = q(
        text("a", relevant={"!!": {"var": "b"}}),
        text("b", relevant={"!!": {"var": "a"}}),
        {"type": "calculated", "key": "c", "calculation": {"+": [{"var": "c"}, 1]}},
        {"type": "group", "key": "g", "label": {"es": "G"}, "relevant": {"!!": {"var": "inner"}},
         "children": [text("inner")]},
    )
    found = problems(definition)
    assert ("fields[0].relevant", "depends on itself: a → b → a") in found
    assert ("fields[2].calculation", "depends on itself: c → c") in found
    assert ("fields[3].relevant", "depends on itself: g → inner → g") in found
    assert len(found) == 3


@pytest.mark.parametrize("field, path, message", [
    ({"type": "select_one", "key": "s", "label": {"es": "S"}}, "fields[0].choices", "at least one choice"),
    ({"type": "select_one", "key": "s", "label": {"es": "S"}, "choices": [{"code": "x"}, {"code": "x"}]},
     "fields[0].choices[1].code", "choice code 'x' is repeated"),
    ({"type": "text", "key": "t", "label": {"es": "T"}, "choices": [{"code": "x"}]}, "fields[0].choices", "no choices"),
    ({"type": "select_multiple", "key": "s", "label": {"es": "S"}, "choices": [{"code": "x"}], "min_count": 2},
     "fields[0].min_count", "asks for 2 choices but there are 1"),
    ({"type": "group", "key": "g", "label": {"es": "G"}}, "fields[0].children", "at least one field inside"),
    ({"type": "text", "key": "t", "label": {"es": "T"}, "children": [{"type": "text", "key": "u"}]},
     "fields[0].children", "only groups and repeats"),
    ({"type": "calculated", "key": "c"}, "fields[0].calculation", "needs a calculation"),
    ({"type": "text", "key": "t", "label": {"es": "T"}, "calculation": 1}, "fields[0].calculation", "only calculated"),
    ({"type": "note", "key": "n", "label": {"es": "N"}, "required": True}, "fields[0].required", "cannot be required"),
    ({"type": "integer", "key": "i", "label": {"es": "I"}, "min": 5, "max": 1}, "fields[0].max", "below min"),
    ({"type": "date", "key": "d", "label": {"es": "D"}, "min": "mañana"}, "fields[0].min", "not a valid date"),
    ({"type": "text", "key": "t", "label": {"es": "T"}, "min": 1}, "fields[0].min", "has no min or max"),
    ({"type": "integer", "key": "i", "label": {"es": "I"}, "max_length": 3}, "fields[0].min_length", "no min_length"),
    ({"type": "integer", "key": "i", "label": {"es": "I"}, "default": "x"}, "fields[0].default", "does not fit"),
    ({"type": "money", "key": "m", "label": {"es": "M"}, "prefill": "account.salary"}, "fields[0].prefill",
     "prefill names an account field"),
    ({"type": "text", "key": "today", "label": {"es": "T"}}, "fields[0].key", "reserved"),
    ({"type": "text", "key": "t"}, "fields[0].label", "needs a label"),
    ({"type": "repeat", "key": "r", "label": {"es": "R"}, "children": [
        {"type": "repeat", "key": "r2", "label": {"es": "R2"}, "children": [text("x")]}]},
     "fields[0].children[0]", "repeat inside a repeat"),
])
def test_field_problems(field, path, message):
    found = problems(q(field))
    assert any(p == path and message in m for p, m in found), found


def test_empty_questionnaire_is_not_publishable():
    assert problems(q()) == [("fields", "a questionnaire needs at least one field")]


def mapping_definition(**mapping) -> dict:
    return q(
        {"type": "yes_no", "key": "promises", "label": {"es": "¿Promete?"}, "required": True},
        {"type": "money", "key": "amount", "label": {"es": "Monto"}, "required": True,
         "relevant": {"==": [{"var": "promises"}, True]}},
        {"type": "date", "key": "due", "label": {"es": "Fecha"}, "relevant": {"==": [{"var": "promises"}, True]}},
        outcome_mapping=mapping,
    )


def test_outcome_mapping_must_be_complete_and_consistent():
    promise_rule = {"when": {"var": "promises"}, "outcome": "promise_to_pay"}
    assert problems(mapping_definition(rules=[promise_rule])) == [
        ("outcome_mapping.otherwise", "needed so that every visit gets an outcome"),
        ("outcome_mapping.promise", "promise_to_pay needs the fields of the promise's amount and date"),
    ]
    assert problems(mapping_definition(rules=[promise_rule], otherwise="rpc",
                                       promise={"amount": "due", "due_date": "nope"})) == [
        ("outcome_mapping.promise.amount", "'due' is a date, not a decimal or money"),
        ("outcome_mapping.promise.due_date", "refers to unknown field 'nope'"),
    ]
    assert problems(mapping_definition(rules=[promise_rule], otherwise="rpc",
                                       promise={"amount": "amount", "due_date": "due"})) == [
        ("fields[2].required", "'due' holds the promise's due date: make it required")]
    assert problems(mapping_definition(rules=[{"when": {"var": "nobody"}, "outcome": "rpc"}], otherwise="no_contact",
                                       promise={"amount": "amount", "due_date": "due"})) == [
        ("outcome_mapping.rules[0].when", "refers to unknown field 'nobody'"),
        ("outcome_mapping.promise", "no rule gives promise_to_pay"),
        ("fields[2].required", "'due' holds the promise's due date: make it required"),
    ]


def test_a_definition_is_a_typed_message():
    parsed = parse_definition(default_questionnaire())
    encoded = msgspec.json.encode(parsed)
    assert msgspec.json.decode(encoded, type=type(parsed)) == parsed


def test_the_documented_default_questionnaire_is_the_shipped_one():
    doc = (Path(__file__).resolve().parent.parent / "docs" / "questionnaires.md").read_text(encoding="utf-8")
    example = doc.split("## The default questionnaire", 1)[1].split("```json", 1)[1].split("```", 1)[0]
    assert json.loads(example) == default_questionnaire()

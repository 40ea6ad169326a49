"""Property tests: random definitions and answer sets whose validity the generator knows.

The generator below models each field on its own terms (a Python predicate beside each JSONLogic
relevance, value strategies per type), independently of the evaluator; the evaluator must accept
exactly the answer sets the generator means valid, before and after a JSON round trip, whether
it is given the definition as a dict (the server's stored JSON), as bytes or parsed (the device).
"""

from __future__ import annotations

import json
import random
import string
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from mobile_protocol.device.answers import sample_answers
from mobile_protocol.questionnaire import (
    check_definition,
    parse_definition,
    validate_answers,
)

DAY = date(2026, 11, 23)
ACCOUNT = {"balance": "250000.00", "debtor_name": "Ana", "days_past_due": 40}
SIMPLE = ["text", "integer", "decimal", "money", "date", "time", "yes_no", "select_one", "select_multiple",
          "phone", "email", "photo", "signature", "geopoint"]
FAST = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@dataclass
class Spec:
    """The generator's own model of one field."""

    raw: dict[str, Any]
    valid: st.SearchStrategy
    invalid: list[Any]
    relevant: Callable[[dict[str, Any]], bool] = lambda answers: True
    children: list[Spec] = field(default_factory=list)

    @property
    def key(self) -> str:
        return self.raw["key"]


def hexes(n: int) -> st.SearchStrategy[str]:
    return st.text("0123456789abcdef", min_size=n, max_size=n)


@st.composite
def simple_field(draw, key: str) -> Spec:
    kind = draw(st.sampled_from(SIMPLE))
    raw: dict[str, Any] = {"type": kind, "key": key, "label": {"es": key}, "required": draw(st.booleans())}
    if kind == "text":
        longest = draw(st.integers(1, 30))
        raw["max_length"] = longest
        return Spec(raw, st.text(min_size=1, max_size=longest), ["x" * (longest + 1), 5, ["a"]])
    if kind == "integer":
        low = draw(st.integers(-50, 50))
        raw.update(min=low, max=low + 100)
        return Spec(raw, st.integers(low, low + 100), [low - 1, low + 101, 1.5, "3", True])
    if kind == "decimal":
        raw.update(min="-10.5", max="1000.25")
        values = st.decimals("-10.5", "1000.25", places=2).map(lambda d: format(d, "f"))
        return Spec(raw, values | st.integers(-10, 1000), ["-10.51", 1000.26, "diez", [1]])
    if kind == "money":
        raw.update(min="1", constraint={"<=": [{"var": "."}, {"var": "account.balance"}]})
        values = st.decimals("1", "250000", places=2).map(lambda d: format(d, "f"))
        return Spec(raw, values, ["250000.01", "0.99", "1.234", 10.5, "1e3"])
    if kind == "date":
        raw.update(min="2026-01-01", max="2027-12-31")
        values = st.dates(date(2026, 1, 1), date(2027, 12, 31)).map(date.isoformat)
        return Spec(raw, values, ["2025-12-31", "2026-02-30", "23/11/2026", 20261123])
    if kind == "time":
        return Spec(raw, st.times().map(lambda t: t.strftime("%H:%M")), ["24:00", "7pm", 700])
    if kind == "yes_no":
        return Spec(raw, st.booleans(), ["yes", 1, 0])
    if kind in ("select_one", "select_multiple"):
        codes = [f"c{i}" for i in range(draw(st.integers(1, 4)))]
        raw["choices"] = [{"code": c, "label": {"es": c.upper()}} for c in codes]
        if kind == "select_one":
            return Spec(raw, st.sampled_from(codes), ["zz", ["c0"], 0])
        return Spec(raw, st.lists(st.sampled_from(codes), min_size=1, unique=True), [["c0", "c0"], "c0", ["zz"]])
    if kind == "phone":
        return Spec(raw, st.text("0123456789", min_size=7, max_size=12).map(lambda d: "+57 " + d), ["abc", "12", 3105551234])
    if kind == "email":
        local = st.text(string.ascii_lowercase, min_size=1, max_size=8)
        return Spec(raw, st.builds(lambda a, b: f"{a}@{b}.co", local, local), ["no-at", "a@b", "a b@c.co"])
    if kind in ("photo", "signature"):
        return Spec(raw, hexes(64).map(lambda h: {"media_id": h}), ["ab" * 32, {"media_id": "AB" * 32}, {"media_id": "ab"}])
    return Spec(raw, st.builds(lambda a, b: {"lat": a, "lon": b}, st.floats(-90, 90), st.floats(-180, 180)),
                [{"lat": 91, "lon": 0}, {"lat": 0}, [4.6, -74.1]])


def relevance_on(controller: Spec, draw) -> tuple[Any, Callable[[dict[str, Any]], bool]]:
    """A JSONLogic relevance over an earlier field and the same rule as a Python predicate."""
    key, kind = controller.key, controller.raw["type"]
    if kind == "yes_no":
        return {"var": key}, lambda a: a.get(key) is True
    if kind == "select_one":
        code = draw(st.sampled_from([c["code"] for c in controller.raw["choices"]]))
        return {"==": [{"var": key}, code]}, lambda a: a.get(key) == code
    threshold = draw(st.integers(-50, 150))
    return {">": [{"var": key}, threshold]}, lambda a: isinstance(a.get(key), int) and a[key] > threshold


@st.composite
def definitions(draw) -> tuple[dict[str, Any], list[Spec]]:
    specs: list[Spec] = []
    controllers: list[Spec] = []
    counter = iter(range(1000))
    for _ in range(draw(st.integers(1, 7))):
        shape = draw(st.sampled_from(["field"] * 5 + ["group", "repeat"]))
        if shape == "field":
            spec = draw(simple_field(f"f{next(counter)}"))
        else:
            children = [draw(simple_field(f"f{next(counter)}")) for _ in range(draw(st.integers(1, 3)))]
            raw = {"type": shape, "key": f"{shape}{next(counter)}", "label": {"es": shape},
                   "children": [c.raw for c in children]}
            if shape == "repeat":
                raw.update(min_count=draw(st.integers(0, 1)), max_count=3)
            spec = Spec(raw, st.nothing(), [], children=children)
        if controllers and draw(st.booleans()):
            expr, predicate = relevance_on(draw(st.sampled_from(controllers)), draw)
            spec.raw["relevant"], spec.relevant = expr, predicate
        specs.append(spec)
        for s in [spec] + (spec.children if shape == "group" else []):
            if s.raw["type"] in ("yes_no", "select_one", "integer"):
                controllers.append(s)
    integers = [s for s in specs if s.raw["type"] == "integer"]
    if len(integers) >= 2 and draw(st.booleans()):  # a calculated total of two earlier answers
        a, b = integers[:2]
        raw = {"type": "calculated", "key": "total", "label": {"es": "Total"},
               "calculation": {"+": [{"var": a.key}, {"var": b.key}]}}
        specs.append(Spec(raw, st.nothing(), ["not the sum", 10**9], children=[a, b]))
    return {"fields": [s.raw for s in specs]}, specs


@st.composite
def valid_answers(draw, specs: list[Spec], context: dict[str, Any] | None = None) -> dict[str, Any]:
    answers: dict[str, Any] = {}
    context = context if context is not None else answers
    for spec in specs:
        if not spec.relevant(context):
            continue
        kind = spec.raw["type"]
        if kind == "group":
            for child in spec.children:
                if child.relevant(context) and (child.raw["required"] or draw(st.booleans())):
                    answers[child.key] = draw(child.valid)
        elif kind == "repeat":
            count = draw(st.integers(spec.raw["min_count"], spec.raw["max_count"]))
            if count:
                answers[spec.key] = [draw(valid_answers(spec.children, {})) for _ in range(count)]
        elif kind == "calculated":  # the sum when both are answered; leaving it out is fine too
            a, b = (context.get(c.key) for c in spec.children)
            if isinstance(a, int) and isinstance(b, int) and draw(st.booleans()):
                answers[spec.key] = str(a + b)
        elif spec.raw["required"] or draw(st.booleans()):
            answers[spec.key] = draw(spec.valid)
    return answers


def flat(specs: list[Spec]) -> list[Spec]:
    return [s for spec in specs for s in ([spec] + (spec.children if spec.raw["type"] == "group" else []))]


def validate(definition, answers) -> list:
    return validate_answers(definition, answers, ACCOUNT, today=DAY)


@FAST
@given(st.data())
def test_generated_definitions_pass_the_publishing_check(data):
    definition, _specs = data.draw(definitions())
    assert check_definition(definition) == []


@FAST
@given(st.data())
def test_valid_answers_are_accepted_everywhere_and_after_a_json_round_trip(data):
    definition, specs = data.draw(definitions())
    answers = data.draw(valid_answers(specs))
    assert validate(definition, answers) == []
    assert validate(json.loads(json.dumps(definition)), json.loads(json.dumps(answers))) == []
    assert validate(parse_definition(definition), answers) == []
    assert validate(json.dumps(definition).encode(), dict(reversed(answers.items()))) == []


@FAST
@given(st.data())
def test_each_kind_of_breakage_is_rejected_at_its_path(data):
    definition, specs = data.draw(definitions())
    answers = data.draw(valid_answers(specs))
    fields = flat(specs)
    answered = [s for s in fields if s.key in answers and s.invalid]
    irrelevant = [c for spec in specs if spec.raw["type"] not in ("repeat", "calculated")
                  for c in ([spec] if spec.raw["type"] != "group" else spec.children)
                  if not (spec.relevant(answers) and c.relevant(answers))]
    choices = ["unknown"] + (["wrong"] if answered else []) + (["irrelevant"] if irrelevant else []) \
        + (["drop"] if [s for s in answered if s.raw.get("required")] else [])
    how = data.draw(st.sampled_from(choices))
    if how == "unknown":
        path, answers["not_a_field"] = "answers.not_a_field", 1
    elif how == "wrong":
        spec = data.draw(st.sampled_from(answered))
        path, answers[spec.key] = f"answers.{spec.key}", data.draw(st.sampled_from(spec.invalid))
    elif how == "irrelevant":
        spec = data.draw(st.sampled_from(irrelevant))
        path, answers[spec.key] = f"answers.{spec.key}", data.draw(spec.valid)
    else:
        spec = data.draw(st.sampled_from([s for s in answered if s.raw.get("required")]))
        path = f"answers.{spec.key}"
        del answers[spec.key]
    errors = validate(definition, answers)
    assert path in [e.path for e in errors], (how, errors)
    assert validate(json.loads(json.dumps(definition)), json.loads(json.dumps(answers))) == errors


@FAST
@given(st.data())
def test_bad_answers_inside_repeats_are_rejected_with_their_index(data):
    definition, specs = data.draw(definitions())
    answers = data.draw(valid_answers(specs))
    repeats = [s for s in specs if s.raw["type"] == "repeat" and answers.get(s.key)]
    if not repeats:
        return
    spec = data.draw(st.sampled_from(repeats))
    index = data.draw(st.integers(0, len(answers[spec.key]) - 1))
    child = data.draw(st.sampled_from(spec.children))
    answers[spec.key][index][child.key] = data.draw(st.sampled_from(child.invalid))
    paths = [e.path for e in validate(definition, answers)]
    assert paths == [f"answers.{spec.key}[{index}].{child.key}"]


@FAST
@given(st.data(), st.integers(0, 2**32))
def test_the_devices_simulated_answers_are_always_valid(data, seed):
    definition, _specs = data.draw(definitions())
    answers = sample_answers(definition, random.Random(seed), DAY, ACCOUNT)
    assert validate(definition, answers) == []
    assert validate(definition, json.loads(json.dumps(answers))) == []


def test_money_stays_exact_through_json():
    definition = {"fields": [{"type": "money", "key": "m", "label": {"es": "M"}},
                             {"type": "calculated", "key": "c", "calculation": {"*": [{"var": "m"}, 3]}}]}
    for given_c in ("0.30", "0.3", 0.3):
        assert validate(definition, json.loads(json.dumps({"m": "0.10", "c": given_c}))) == []
    (error,) = validate(definition, {"m": "0.10", "c": 0.1 * 3})  # binary floating point is not accepted
    assert (error.path, error.message) == ("answers.c", "expected '0.30' (calculated)")

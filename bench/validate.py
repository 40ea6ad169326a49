"""Answer validation figure: visits validated per second on one core against a 40-field questionnaire
with relevance and constraints, beside same-run baselines and the ratios.

    .venv/bin/python bench/validate.py [--visits 2000] [--seconds 3]

The questionnaire is the shipped "Visita de cobranza" grown to 40 fields (groups, a repeat,
calculations, relevance on most fields, constraints on every number and date). The visits are
answer sets made by the reference device's simulator (valid ones), a tenth of them broken.
Figures: the evaluator given a parsed definition (what the server does: it parses each version
once), and given the stored JSON dict (cached by content); baselines: decoding the same visits'
JSON bodies with msgspec (the least any server does per visit), and, on a 40-field definition of
the first format, the first simple validator (from git history) beside today's evaluator.
"""

from __future__ import annotations

import argparse
import os
import random
import subprocess
import sys
import time
import types
from datetime import date
from pathlib import Path
from typing import Any

import msgspec

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from mobile_protocol.device.answers import fake_media_id, sample_answers
from mobile_protocol.questionnaire import (
    check_definition,
    default_questionnaire,
    parse_definition,
    validate_answers,
)

OLD_VALIDATOR = ("3890c49", "mobile_protocol/questionnaire.py")  # the first validator, before this format
DAY = date(2026, 11, 23)
ACCOUNT = {"balance": "850000.00", "debtor_name": "Ana Pérez", "days_past_due": 75, "segment": "A"}
TITULAR = {"==": [{"var": "attended_by"}, "titular"]}


def label(text: str) -> dict[str, str]:
    return {"es": text, "en": text}


def big_questionnaire() -> dict[str, Any]:
    """The default questionnaire plus household, employment, references and follow-up: 40 fields."""
    definition = default_questionnaire()
    employed = {"==": [{"var": "employed"}, True]}
    definition["fields"][-1:-1] = [
        {"type": "group", "key": "household", "label": label("Hogar"), "relevant": TITULAR, "children": [
            {"type": "integer", "key": "household_size", "label": label("Personas"), "required": True,
             "min": 1, "max": 20},
            {"type": "integer", "key": "dependents", "label": label("Dependientes"), "min": 0, "max": 20,
             "constraint": {"<": [{"var": "."}, {"var": "household_size"}]}},
            {"type": "yes_no", "key": "employed", "label": label("¿Trabaja?"), "required": True},
            {"type": "text", "key": "employer", "label": label("Empresa"), "max_length": 120, "relevant": employed},
            {"type": "date", "key": "job_start", "label": label("Desde"), "relevant": employed,
             "constraint": {"<=": [{"var": "."}, {"var": "today"}]}, "max": "2026-12-31"},
            {"type": "money", "key": "monthly_income", "label": label("Ingreso mensual"), "relevant": employed,
             "min": "0", "constraint": {"<": [{"var": "."}, 100000000]}},
            {"type": "calculated", "key": "income_share", "relevant": employed,
             "calculation": {"/": [{"var": "account.balance"}, {"max": [{"var": "monthly_income"}, 1]}]}},
            {"type": "select_multiple", "key": "assets", "label": label("Bienes"), "max_count": 3,
             "choices": [{"code": c, "label": label(c)} for c in ("casa", "carro", "moto", "negocio")]},
            {"type": "select_one", "key": "housing", "label": label("Vivienda"), "required": True,
             "choices": [{"code": c, "label": label(c)} for c in ("propia", "arriendo", "familiar")]},
            {"type": "money", "key": "rent", "label": label("Arriendo"),
             "relevant": {"==": [{"var": "housing"}, "arriendo"]}, "min": "1",
             "constraint": {"<=": [{"var": "."}, 20000000]}},
        ]},
        {"type": "repeat", "key": "references", "label": label("Referencias"), "max_count": 3,
         "relevant": {"!=": [{"var": "attended_by"}, "nadie"]}, "children": [
             {"type": "text", "key": "ref_name", "label": label("Nombre"), "required": True, "max_length": 80},
             {"type": "phone", "key": "ref_phone", "label": label("Teléfono"), "required": True},
             {"type": "select_one", "key": "ref_relation", "label": label("Relación"),
              "choices": [{"code": c, "label": label(c)} for c in ("familiar", "amigo", "vecino")]},
         ]},
        {"type": "group", "key": "follow_up", "label": label("Seguimiento"), "children": [
            {"type": "time", "key": "best_time", "label": label("Mejor hora"), "min": "07:00", "max": "20:00"},
            {"type": "email", "key": "email", "label": label("Correo"),
             "relevant": {"in": [{"var": "attended_by"}, ["titular", "familiar"]]}},
            {"type": "geopoint", "key": "door", "label": label("Puerta")},
            {"type": "decimal", "key": "distance_km", "label": label("Distancia"), "min": 0, "max": "500",
             "constraint": {">=": [{"var": "."}, 0]}},
            {"type": "integer", "key": "visits_before", "label": label("Visitas previas"), "min": 0, "max": 50,
             "relevant": {">": [{"var": "account.days_past_due"}, 30]}},
            {"type": "yes_no", "key": "hostile", "label": label("¿Hostil?")},
            {"type": "note", "key": "hostile_note", "label": label("No discuta; retírese con calma"),
             "relevant": {"==": [{"var": "hostile"}, True]}},
            {"type": "text", "key": "hostile_detail", "label": label("Detalle"), "required": True,
             "relevant": {"==": [{"var": "hostile"}, True]}, "max_length": 300},
            {"type": "select_one", "key": "channel", "label": label("Canal preferido"),
             "choices": [{"code": c, "label": label(c)} for c in ("llamada", "whatsapp", "visita")]},
            {"type": "phone", "key": "whatsapp", "label": label("WhatsApp"),
             "relevant": {"==": [{"var": "channel"}, "whatsapp"]}},
        ]},
    ]
    return definition


def count_fields(fields: list[dict[str, Any]]) -> int:
    return sum(1 + count_fields(f.get("children", [])) for f in fields)


def legacy_questionnaire(fields: int = 40) -> dict[str, Any]:
    """A first-format definition of `fields` fields, a third of them with skip logic."""
    kinds = ["boolean", "select_one", "integer", "number", "text", "date", "select_many"]
    out = []
    for i in range(fields):
        kind = kinds[i % len(kinds)]
        field: dict[str, Any] = {"key": f"q{i}", "type": kind, "required": i % 4 == 0}
        if kind in ("select_one", "select_many"):
            field["choices"] = [{"value": v} for v in ("a", "b", "c")]
        if kind in ("integer", "number"):
            field.update(min=0, max=1000)
        if kind == "text":
            field["max_length"] = 200
        if i % 3 == 2:
            field["relevant"] = {"field": f"q{i - (i % 7) }", "equals": True} if i % 7 else {"field": "q0", "equals": True}
        out.append(field)
    return {"fields": out}


def old_validator() -> types.ModuleType | None:
    """The first validator, loaded from git history (None outside a git checkout)."""
    commit, path = OLD_VALIDATOR
    try:
        source = subprocess.run(["git", "-C", str(ROOT), "show", f"{commit}:{path}"], check=True,
                                capture_output=True, text=True).stdout
    except (OSError, subprocess.CalledProcessError):
        return None
    module = types.ModuleType("old_questionnaire")
    module.__dict__["__name__"] = "old_questionnaire"
    code = compile(source.replace("from .messages import", "from mobile_protocol.messages import"),
                   "old_questionnaire", "exec")
    exec(code, module.__dict__)  # noqa: S102 -- Campo's own earlier code, read from its git history
    return module


def visits(definition: dict[str, Any], count: int, rng: random.Random) -> list[dict[str, Any]]:
    """Answer sets from the device's simulator, every tenth one broken."""
    made = []
    for index in range(count):
        answers = sample_answers(definition, rng, DAY, ACCOUNT, media=lambda _kind: fake_media_id(rng))
        if index % 10 == 9:
            answers["attended_by"] = "marciano"
        made.append(answers)
    return made


def rate(work, items: list[Any], seconds: float) -> float:
    """Items per CPU second of `work(item)`, cycling over items for about `seconds` of CPU time.

    CPU time of this process, not wall time: the figure stays put on a machine shared with others.
    """
    done, began = 0, time.process_time()
    while True:
        for item in items:
            work(item)
        done += len(items)
        elapsed = time.process_time() - began
        if elapsed >= seconds:
            return done / elapsed


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--visits", type=int, default=2000)
    parser.add_argument("--seconds", type=float, default=3.0)
    args = parser.parse_args()
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})  # one core

    definition = big_questionnaire()
    problems = check_definition(definition)
    assert not problems, problems
    rng = random.Random(7)
    answer_sets = visits(definition, args.visits, rng)
    parsed = parse_definition(definition)
    rejected = sum(1 for a in answer_sets if validate_answers(parsed, a, ACCOUNT, today=DAY))
    bodies = [msgspec.json.encode({"id": "0" * 36, "account_id": "1", "outcome": "rpc", "answers": a})
              for a in answer_sets]
    print(f"questionnaire: {count_fields(definition['fields'])} fields; {len(answer_sets)} visits,"
          f" {rejected} rejected; one core, {args.seconds:.0f} CPU s per figure")

    ours = rate(lambda a: validate_answers(parsed, a, ACCOUNT, today=DAY), answer_sets, args.seconds)
    by_dict = rate(lambda a: validate_answers(definition, a, ACCOUNT, today=DAY), answer_sets, args.seconds)
    decode = rate(msgspec.json.decode, bodies, args.seconds)
    print(f"{'validate_answers, parsed definition (server path)':58} {ours:>10,.0f} visits/s")
    print(f"{'validate_answers, definition dict (cached by content)':58} {by_dict:>10,.0f} visits/s")
    print(f"{'baseline: msgspec JSON decode of the same visits':58} {decode:>10,.0f} visits/s"
          f"   validation costs {decode / ours:.1f}x a decode")
    print(f"goal >= 5,000 visits/s: {'met' if ours >= 5000 else 'NOT met'} ({ours / 5000:.1f}x the goal)")

    old = old_validator()
    if old is None:
        print("baseline: first validator not available (not a git checkout)")
        return 0
    legacy = legacy_questionnaire()
    legacy_sets = [sample_answers(legacy, rng, DAY) for _ in range(args.visits)]
    legacy_parsed = parse_definition(legacy)
    assert all(old.validate_answers(legacy, a) == [] for a in legacy_sets)
    first = rate(lambda a: old.validate_answers(legacy, a), legacy_sets, args.seconds)
    today = rate(lambda a: validate_answers(legacy_parsed, a), legacy_sets, args.seconds)
    print(f"{'baseline: first validator, 40-field first-format definition':58} {first:>10,.0f} visits/s")
    print(f"{'validate_answers on that same definition':58} {today:>10,.0f} visits/s"
          f"   ratio {today / first:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Plausible questionnaire answers for simulated visits, and reading answer files."""

from __future__ import annotations

import json
import random
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from .visit import answers_validator

_FIELD_LISTS = ("fields", "questions", "items")
_KEY_NAMES = ("key", "id", "name")
_OPTION_LISTS = ("options", "choices", "values", "enum")


class AnswersFileError(Exception):
    """An answers file that cannot be used."""


def read_answers(path: str | Path) -> dict[str, Any]:
    """The answers object of a JSON file."""
    try:
        answers = json.loads(Path(path).read_text(encoding="utf-8"))
    except OSError as exc:
        raise AnswersFileError(f"cannot read answers file {path}: {exc.strerror or exc}") from None
    except json.JSONDecodeError as exc:
        raise AnswersFileError(f"answers file {path} is not JSON: {exc}") from None
    if not isinstance(answers, dict):
        raise AnswersFileError(f"answers file {path} must hold a JSON object of key: value")
    return answers


def _fields(definition: dict[str, Any]) -> list[dict[str, Any]]:
    for name in _FIELD_LISTS:
        fields = definition.get(name)
        if isinstance(fields, list):
            found = [f for f in fields if isinstance(f, dict)]
            for section in found:  # sections that hold their own fields
                for nested in _FIELD_LISTS:
                    if isinstance(section.get(nested), list):
                        found.extend(f for f in section[nested] if isinstance(f, dict))
            return found
    return []


def _options(field: dict[str, Any]) -> list[Any]:
    for name in _OPTION_LISTS:
        options = field.get(name)
        if isinstance(options, list) and options:
            return [o.get("value", o.get("key", o.get("id"))) if isinstance(o, dict) else o for o in options]
    return []


def _sample(field: dict[str, Any], rng: random.Random, outcome: str) -> Any:
    kind = str(field.get("type", "text")).lower()
    options = _options(field)
    if kind in ("multi_choice", "multiple_choice", "multiselect", "multi_select", "checkboxes") and options:
        return rng.sample(options, k=rng.randint(1, len(options)))
    if options:
        return rng.choice(options)
    if kind in ("number", "integer", "int", "decimal", "float", "money", "amount"):
        low, high = field.get("min", 0), field.get("max", 10)
        value = rng.uniform(float(low), float(high))
        return int(value) if kind in ("integer", "int") else round(value, 2)
    if kind in ("boolean", "bool", "yes_no", "checkbox"):
        return rng.random() < 0.5
    if kind == "date":
        return (date.today() + timedelta(days=rng.randint(0, 14))).isoformat()
    return rng.choice(["sin novedad", "cliente atento", "dejó recado", f"visita {outcome}"])


def sample_answers(definition: dict[str, Any], rng: random.Random, outcome: str) -> dict[str, Any]:
    """Answers for every field of a definition this guesser understands, minus any the validator refuses."""
    answers: dict[str, Any] = {}
    for field in _fields(definition):
        key = next((field[k] for k in _KEY_NAMES if isinstance(field.get(k), str)), None)
        if key is not None and field.get("type") not in ("section", "group", "label", "note"):
            answers[key] = _sample(field, rng, outcome)
    validate = answers_validator()
    if validate is not None:
        for error in validate(definition, answers):
            path = str(getattr(error, "path", "")).removeprefix("answers.").removeprefix("answers/")
            answers.pop(path.split(".")[0].split("[")[0].split("/")[0], None)
    return answers

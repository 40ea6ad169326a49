"""Plausible questionnaire answers for simulated visits, and reading answer files."""

from __future__ import annotations

import json
import math
import random
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from .visit import answers_validator, questionnaire_module


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


def _sample(field: dict[str, Any], rng: random.Random, on: date) -> Any:
    """A value that fits one field of the questionnaire format (see mobile_protocol.questionnaire)."""
    kind = field.get("type", "text")
    choices = [c.get("value") for c in field.get("choices", []) if isinstance(c, dict)]
    if kind == "select_one" and choices:
        return rng.choice(choices)
    if kind == "select_many" and choices:
        return rng.sample(choices, k=rng.randint(1, len(choices)))
    if kind in ("integer", "number"):
        low, high = field.get("min", 0), field.get("max", max(10, field.get("min", 0) + 10))
        return rng.randint(math.ceil(low), math.floor(high)) if kind == "integer" else round(rng.uniform(low, high), 2)
    if kind == "boolean":
        return rng.random() < 0.5
    if kind == "date":
        return (on + timedelta(days=rng.randint(0, 14))).isoformat()
    text = rng.choice(["sin novedad", "cliente atento", "dejó recado con un familiar", "volver en la tarde"])
    return text[: field.get("max_length", len(text))]


def sample_answers(definition: dict[str, Any], rng: random.Random, on: date) -> dict[str, Any]:
    """Answers to a questionnaire definition: every required field, most optional ones, skip logic kept."""
    questionnaire = questionnaire_module()
    fields = [f for f in definition.get("fields", []) if isinstance(f, dict) and isinstance(f.get("key"), str)]
    answers: dict[str, Any] = {}
    for field in fields:  # in order: skip logic looks at earlier answers
        relevant = questionnaire.is_relevant(field, answers) if questionnaire else not field.get("relevant")
        if relevant and (field.get("required") or rng.random() < 0.7):
            answers[field["key"]] = _sample(field, rng, on)
    validate = answers_validator()
    for _ in range(3 if validate is not None else 0):  # dropping one answer can make another moot
        errors = validate(definition, answers)
        for error in errors:
            answers.pop(str(error.path).removeprefix("answers."), None)
        if not errors:
            break
    return answers

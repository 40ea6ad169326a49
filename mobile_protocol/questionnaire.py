"""Answer validation against a published questionnaire version, the same on device and server.

A definition is `{"fields": [Field, ...]}`; a field is
`{"key": str, "type": "text"|"integer"|"number"|"boolean"|"date"|"select_one"|"select_many",
"required": bool?, "min": num?, "max": num?, "max_length": int?, "choices": [{"value": str}]?,
"relevant": {"field": key, "equals": value} | {"field": key, "in": [values]}?}`.
A field whose `relevant` condition is false must not be answered and is never required.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from .messages import FieldError

FIELD_TYPES = ("text", "integer", "number", "boolean", "date", "select_one", "select_many")


def is_relevant(field: dict[str, Any], answers: dict[str, Any]) -> bool:
    """Whether a field applies given the other answers (its skip logic)."""
    rule = field.get("relevant")
    if not rule:
        return True
    value = answers.get(rule.get("field"))
    if "equals" in rule:
        return value == rule["equals"]
    if "in" in rule:
        return value in rule["in"]
    return True


def _check_value(field: dict[str, Any], value: Any) -> str | None:
    """Why `value` does not fit `field`, or None when it does."""
    kind = field.get("type", "text")
    if kind == "text":
        if not isinstance(value, str):
            return "expected text"
        if "max_length" in field and len(value) > field["max_length"]:
            return f"longer than {field['max_length']} characters"
        return None
    if kind in ("integer", "number"):
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            return "expected a number"
        if kind == "integer" and not float(value).is_integer():
            return "expected a whole number"
        if "min" in field and value < field["min"]:
            return f"must be at least {field['min']}"
        if "max" in field and value > field["max"]:
            return f"must be at most {field['max']}"
        return None
    if kind == "boolean":
        return None if isinstance(value, bool) else "expected true or false"
    if kind == "date":
        try:
            date.fromisoformat(value)
        except (TypeError, ValueError):
            return "expected a date YYYY-MM-DD"
        return None
    allowed = {choice.get("value") for choice in field.get("choices", [])}
    if kind == "select_one":
        return None if value in allowed else "not one of the choices"
    if kind == "select_many":
        if not isinstance(value, list) or not all(v in allowed for v in value):
            return "expected a list of the choices"
        if len(set(map(str, value))) != len(value):
            return "a choice is repeated"
        return None
    return f"unknown field type {kind!r}"


def validate_answers(definition: dict[str, Any], answers: dict[str, Any]) -> list[FieldError]:
    """One error per field that fails the definition; empty when the answers are valid."""
    fields = {f["key"]: f for f in definition.get("fields", []) if isinstance(f, dict) and "key" in f}
    errors: list[FieldError] = []
    for key in answers:
        if key not in fields:
            errors.append(FieldError(f"answers.{key}", "not a field of this questionnaire"))
    for key, field in fields.items():
        present = key in answers and answers[key] is not None and answers[key] != ""
        if not is_relevant(field, answers):
            if present:
                errors.append(FieldError(f"answers.{key}", "must be empty: the question does not apply"))
            continue
        if not present:
            if field.get("required"):
                errors.append(FieldError(f"answers.{key}", "required"))
            continue
        problem = _check_value(field, answers[key])
        if problem:
            errors.append(FieldError(f"answers.{key}", problem))
    return errors

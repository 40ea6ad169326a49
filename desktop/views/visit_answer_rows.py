"""A visit's answers as rows to read: each question in the words of the version the visit was filled with."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from mobile_protocol.questionnaire import DefinitionError, FieldDef, parse_definition


@dataclass(frozen=True, slots=True)
class AnswerRow:
    """One answer: where it is in the answers, its question, the value as stored and its choices' labels."""

    path: str  # "attended_by", or "references[0].name" inside a repeat's item
    question: str
    value: Any
    choices: dict[str, str] = field(default_factory=dict)  # code -> label, for selects
    kind: str | None = None  # the field's type in the version (None: not one of its fields)


def _fields(definition: dict[str, Any] | None) -> dict[str, FieldDef]:
    """Every field of the version by key, in document order ({} without a readable version)."""
    if not definition:
        return {}
    try:
        parsed = parse_definition(definition)
    except DefinitionError:
        return {}
    found: dict[str, FieldDef] = {}

    def walk(fields: list[FieldDef]) -> None:
        for f in fields:
            found[f.key] = f
            walk(f.children)
    walk(parsed.fields)
    return found


def answer_rows(definition: dict[str, Any] | None, answers: dict[str, Any], lang: str = "es") -> list[AnswerRow]:
    """The answers in the questionnaire's order with its labels; keys (and stored order) where it has none."""
    fields = _fields(definition)
    order = {key: index for index, key in enumerate(fields)}
    keys = sorted(answers, key=lambda key: order.get(key, len(order)))
    return [row for key in keys for row in _rows(key, answers[key], fields, lang)]


def _question(f: FieldDef | None, fallback: str, lang: str) -> str:
    return (f.label.pick(lang) or fallback) if f is not None else fallback


def _choices(f: FieldDef | None, lang: str) -> dict[str, str]:
    return {c.code: c.label.pick(lang) or c.code for c in f.choices} if f is not None else {}


def _rows(key: str, value: Any, fields: dict[str, FieldDef], lang: str) -> Iterator[AnswerRow]:
    f = fields.get(key)
    if isinstance(value, list) and value and all(isinstance(item, dict) for item in value):  # a repeat's items
        for index, item in enumerate(value):
            for child_key, child_value in item.items():
                child = fields.get(child_key)
                path = f"{key}[{index}].{child_key}"
                question = f"{_question(f, key, lang)} {index + 1} › {_question(child, child_key, lang)}" \
                    if f is not None else path
                yield AnswerRow(path, question, child_value, _choices(child, lang), child.type if child else None)
        return
    yield AnswerRow(key, _question(f, key, lang), value, _choices(f, lang), f.type if f else None)

"""Reading a definition from JSON or a dict, including the first format's shorthand."""

from __future__ import annotations

import re
from typing import Any

import msgspec

from .definition import Definition

LEGACY_TYPES = {"number": "decimal", "boolean": "yes_no", "select_many": "select_multiple"}


class Problem(msgspec.Struct, frozen=True):
    """Something wrong with a definition: where (`fields[3].relevant`) and what."""

    path: str
    message: str


class DefinitionError(ValueError):
    """A definition that cannot be read; `problems` say where and why."""

    def __init__(self, problems: list[Problem]):
        self.problems = problems
        super().__init__("; ".join(f"{p.path}: {p.message}" if p.path else p.message for p in problems))


def parse_definition(raw: dict[str, Any] | bytes | str | Definition) -> Definition:
    """A typed Definition from JSON text or a decoded dict, or DefinitionError."""
    if isinstance(raw, Definition):
        return raw
    if isinstance(raw, (bytes, str)):
        try:
            raw = msgspec.json.decode(raw)
        except msgspec.DecodeError as exc:
            raise DefinitionError([Problem("", f"not JSON: {exc}")]) from None
    if not isinstance(raw, dict):
        raise DefinitionError([Problem("", "a definition is a JSON object with a fields list")])
    try:
        return msgspec.convert(_upgrade(raw), Definition)
    except msgspec.ValidationError as exc:
        raise DefinitionError([_problem(str(exc))]) from None


def export_definition(definition: Definition) -> dict[str, Any]:
    """A definition as the JSON object parse_definition reads back unchanged (defaults left out)."""
    exported = msgspec.to_builtins(definition)
    exported["format"] = definition.format
    return exported


def _problem(message: str) -> Problem:
    """msgspec's "Expected `str`, got `int` - at `$.fields[0].key`" as a Problem."""
    match = re.search(r" - at `\$\.?(.*)`$", message)
    if not match:
        return Problem("", message)
    return Problem(match.group(1), message[: match.start()])


def _upgrade(raw: dict[str, Any]) -> dict[str, Any]:
    """The first format (types number/boolean/select_many, plain-text labels, choice `value`,
    `relevant: {"field", "equals"|"in"}`) in today's terms; today's format passes unchanged."""
    fields = raw.get("fields")
    if not isinstance(fields, list):
        return raw
    upgraded = [_upgrade_field(f) if isinstance(f, dict) else f for f in fields]
    return {**raw, "fields": upgraded, **({"title": {"es": raw["title"]}} if isinstance(raw.get("title"), str) else {})}


def _upgrade_field(field: dict[str, Any]) -> dict[str, Any]:
    out = dict(field)
    kind = out.get("type", "text")
    out["type"] = LEGACY_TYPES.get(kind, kind)
    for name in ("label", "hint", "constraint_message"):
        if isinstance(out.get(name), str):
            out[name] = {"es": out[name]}
    if isinstance(out.get("choices"), list):
        out["choices"] = [_upgrade_choice(c) for c in out["choices"]]
    rule = out.get("relevant")
    if isinstance(rule, dict) and "field" in rule and ("equals" in rule or "in" in rule):
        var = {"var": rule["field"]}
        out["relevant"] = {"==": [var, rule["equals"]]} if "equals" in rule else {"in": [var, rule["in"]]}
    if isinstance(out.get("children"), list):
        out["children"] = [_upgrade_field(c) if isinstance(c, dict) else c for c in out["children"]]
    return out


def _upgrade_choice(choice: Any) -> Any:
    if not isinstance(choice, dict):
        return choice
    out = dict(choice)
    if "code" not in out and "value" in out:
        out["code"] = str(out.pop("value"))
    if isinstance(out.get("label"), str):
        out["label"] = {"es": out["label"]}
    return out

"""Answer validation against a questionnaire version: the one evaluator of device and server."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

from ..messages import FieldError
from .compiled import CompiledDefinition, Node, Scope, base_context, compiled, holds
from .definition import Definition
from .logic import number, truthy
from .values import Bad
from .wording import say

NOT_A_FIELD = "not a field of this questionnaire"
NOT_APPLICABLE = "must be empty: the question does not apply"
REQUIRED = "required"


def is_blank(value: Any) -> bool:
    """An answer that counts as not given: missing, null, "" or []."""
    return value is None or value == "" or value == []


def typed_context(scope: Scope, answers: dict[str, Any], outer: dict[str, Any],
                  problems: dict[str, str] | None = None) -> dict[str, Any]:
    """The variables expressions see in one scope: outer ones, typed answers, then calculations."""
    context = dict(outer)
    by_key = scope.by_key
    for key, value in answers.items():
        node = by_key.get(key)
        if node is None or node.check is None or is_blank(value):
            if node is not None and node.scope is not None:
                context[key] = value  # a repeat's list: {"count": {"var": "references"}}
            continue
        try:
            context[key] = node.check(value)
        except Bad as bad:
            context[key] = None
            if problems is not None:
                problems[key] = str(bad)
    for node in scope.calculated:
        context[node.field.key] = node.calculation(context) if scope.is_relevant(node, context) else None
    return context


def validate_answers(definition: dict[str, Any] | bytes | Definition, answers: dict[str, Any],
                     account: Any = None, *, today: date | None = None, lang: str = "en") -> list[FieldError]:
    """One error per field that fails the definition; empty when the answers are valid.

    `account` (a dict or protocol Account) gives the `account.*` variables, `today` the visit's day
    (the `today` variable; default: today), `lang` the language of the messages ("en", the
    protocol's, or "es"; a constraint's own message in that language of the questionnaire's).
    """
    compiled_definition = compiled(definition)
    if not isinstance(answers, dict):
        return [FieldError("answers", say("expected an object of key: answer", lang))]
    errors: list[FieldError] = []
    context = _scope(compiled_definition.top, answers, base_context(account, today), "answers.", errors, lang)
    reported = {e.path for e in errors}  # one error per field
    errors.extend(e for e in _promise_errors(compiled_definition, answers, context, lang) if e.path not in reported)
    return errors


def _scope(scope: Scope, answers: dict[str, Any], outer: dict[str, Any], prefix: str,
           errors: list[FieldError], lang: str) -> dict[str, Any]:
    problems: dict[str, str] = {}
    context = typed_context(scope, answers, outer, problems)
    for key in answers:
        if key not in scope.by_key:
            errors.append(FieldError(f"{prefix}{key}", say(NOT_A_FIELD, lang)))
    groups = scope.group_relevance(context)
    for node in scope.nodes:  # the hot loop of the server's ingest: kept flat on purpose
        key = node.key
        value = answers.get(key)
        present = not (value is None or value == "" or value == [])
        rule = node.relevant
        if not ((rule is None or holds(rule(context))) and (node.group < 0 or groups[node.group])):
            if present:
                errors.append(FieldError(f"{prefix}{key}", say(NOT_APPLICABLE, lang)))
            continue
        if not present:
            if node.field.required:
                errors.append(FieldError(f"{prefix}{key}", say(REQUIRED, lang)))
            continue
        problem = problems.get(key)
        if problem is not None:
            problem = say(problem, lang)
        elif not node.plain:
            problem = _problem(node, value, context, prefix, errors, lang)
        if problem:
            errors.append(FieldError(f"{prefix}{key}", problem))
    return context


def _problem(node: Node, value: Any, context: dict[str, Any], prefix: str,
             errors: list[FieldError], lang: str) -> str | None:
    kind = node.field.type
    if kind == "note":
        return say("a note takes no answer", lang)
    if kind == "calculated":
        expected = context[node.field.key]
        return None if same_value(value, expected) else say(f"expected {to_answer(expected)!r} (calculated)", lang)
    if kind == "repeat":
        return _repeat(node, value, context, f"{prefix}{node.field.key}", errors, lang)
    if node.constraint is not None:
        context["."] = context.get(node.field.key)
        ok = truthy(node.constraint(context))
        del context["."]
        if not ok:
            message = node.field.constraint_message
            return message.pick(lang) if message and (message.es or message.en) else say("does not meet the constraint", lang)
    return None


def _repeat(node: Node, items: Any, context: dict[str, Any], path: str,
            errors: list[FieldError], lang: str) -> str | None:
    if not isinstance(items, list) or not all(isinstance(item, dict) for item in items):
        return say("expected a list of objects, one per item", lang)
    f = node.field
    if f.min_count is not None and len(items) < f.min_count:
        return say(f"at least {f.min_count} items", lang)
    if f.max_count is not None and len(items) > f.max_count:
        return say(f"at most {f.max_count} items", lang)
    for index, item in enumerate(items):
        _scope(node.scope, item, context, f"{path}[{index}].", errors, lang)
    if node.constraint is not None:
        context["."] = items
        ok = truthy(node.constraint(context))
        del context["."]
        if not ok:
            message = f.constraint_message
            return message.pick(lang) if message and (message.es or message.en) else say("does not meet the constraint", lang)
    return None


def _promise_errors(compiled_definition: CompiledDefinition, answers: dict[str, Any],
                    context: dict[str, Any], lang: str) -> list[FieldError]:
    """A mapped promise_to_pay needs both promise answers."""
    mapping = compiled_definition.definition.outcome_mapping
    if mapping is None or mapping.promise is None or outcome_of(compiled_definition, context) != "promise_to_pay":
        return []
    keys = (mapping.promise.amount, mapping.promise.due_date)
    return [FieldError(f"answers.{key}", say("required for a promise to pay", lang)) for key in keys
            if is_blank(answers.get(key))]


def outcome_of(compiled_definition: CompiledDefinition, context: dict[str, Any]) -> str | None:
    """The first mapped outcome whose rule holds, else the mapping's fallback."""
    for rule, outcome in compiled_definition.outcome_rules:
        if truthy(rule(context)):
            return outcome
    return compiled_definition.otherwise


def same_value(answer: Any, expected: Any) -> bool:
    """Whether a submitted calculated answer equals the recomputed value (numbers by value)."""
    if isinstance(expected, Decimal):
        given = number(answer) if not isinstance(answer, str) else _text_number(answer)
        return given is not None and given == expected
    if isinstance(expected, bool) or isinstance(answer, bool):
        return answer is expected
    return answer == expected


def _text_number(text: str) -> Decimal | None:
    try:
        return Decimal(text)
    except ArithmeticError:
        return None


def to_answer(value: Any) -> Any:
    """A computed value as it is stored in answers (a Decimal as a plain decimal string)."""
    if isinstance(value, Decimal):
        return format(value.normalize(), "f") if value == value.to_integral() else format(value, "f")
    return value

"""What must hold before a definition is published; each problem names the field it is about."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from .definition import (
    ACCOUNT_FIELDS,
    NUMBER_TYPES,
    RESERVED_KEYS,
    Definition,
    FieldDef,
)
from .logic import LogicError, compile_logic, variables
from .parse import DefinitionError, Problem, parse_definition
from .values import Bad, bound, checker

SELECT_TYPES = frozenset({"select_one", "select_multiple"})
RANGE_TYPES = NUMBER_TYPES | {"date", "time"}
TEXT_TYPES = frozenset({"text", "phone", "email"})
EXPRESSIONS = ("relevant", "constraint", "calculation")


def walk(fields: list[FieldDef], path: str = "fields", repeat: str | None = None) -> Iterator[tuple[str, FieldDef, str | None]]:
    """Every field with its path (`fields[2].children[0]`) and the key of the repeat it is in."""
    for index, f in enumerate(fields):
        here = f"{path}[{index}]"
        yield here, f, repeat
        if f.children:
            yield from walk(f.children, f"{here}.children", f.key if f.type == "repeat" else repeat)


def check_definition(definition: dict[str, Any] | bytes | Definition) -> list[Problem]:
    """Every problem that must be fixed before publishing; empty when the definition is sound."""
    try:
        parsed = parse_definition(definition)
    except DefinitionError as exc:
        return list(exc.problems)
    fields = list(walk(parsed.fields))
    if not fields:
        return [Problem("fields", "a questionnaire needs at least one field")]
    problems: list[Problem] = []
    where: dict[str, tuple[str, FieldDef, str | None]] = {}
    for path, f, repeat in fields:
        if f.key in where:
            problems.append(Problem(f"{path}.key", f"key {f.key!r} is already used by {where[f.key][0]}"))
        else:
            where[f.key] = (path, f, repeat)
        problems.extend(_field_problems(path, f, repeat))
    for path, f, repeat in fields:
        for name in EXPRESSIONS:
            expr = getattr(f, name)
            if expr is not None:
                problems.extend(_expression_problems(f"{path}.{name}", expr, where, repeat, name == "constraint"))
    problems.extend(_cycles(fields, where))
    problems.extend(_mapping_problems(parsed, where))
    return problems


def _field_problems(path: str, f: FieldDef, repeat: str | None) -> Iterator[Problem]:
    kind = f.type
    if f.key in RESERVED_KEYS:
        yield Problem(f"{path}.key", f"{f.key!r} is reserved for variables; pick another key")
    if not (f.label.es or f.label.en) and kind != "calculated":
        yield Problem(f"{path}.label", "needs a label")
    if kind in SELECT_TYPES:
        codes = [c.code for c in f.choices]
        if not codes:
            yield Problem(f"{path}.choices", "a select field needs at least one choice")
        for index, code in enumerate(codes):
            if code in codes[:index]:
                yield Problem(f"{path}.choices[{index}].code", f"choice code {code!r} is repeated")
        if kind == "select_multiple" and f.min_count is not None and codes and f.min_count > len(set(codes)):
            yield Problem(f"{path}.min_count", f"asks for {f.min_count} choices but there are {len(set(codes))}")
    elif f.choices:
        yield Problem(f"{path}.choices", f"a {kind} field has no choices")
    if kind in ("group", "repeat"):
        if not f.children:
            yield Problem(f"{path}.children", f"a {kind} needs at least one field inside")
        if kind == "repeat" and repeat is not None:
            yield Problem(path, "a repeat inside a repeat is not supported")
    elif f.children:
        yield Problem(f"{path}.children", f"only groups and repeats hold fields, not a {kind}")
    if (kind == "calculated") != (f.calculation is not None):
        yield Problem(f"{path}.calculation", "a calculated field needs a calculation" if kind == "calculated"
                      else f"only calculated fields have a calculation, not a {kind}")
    if f.required and kind in ("note", "group", "calculated"):
        yield Problem(f"{path}.required", f"a {kind} cannot be required")
    yield from _bounds(path, f)
    if f.default is not None:
        yield from _default(path, f)
    if f.prefill is not None and (not f.prefill.startswith("account.")
                                  or f.prefill.removeprefix("account.") not in ACCOUNT_FIELDS):
        yield Problem(f"{path}.prefill", f"prefill names an account field: {', '.join('account.' + n for n in ACCOUNT_FIELDS)}")


def _bounds(path: str, f: FieldDef) -> Iterator[Problem]:
    if (f.min is not None or f.max is not None) and f.type not in RANGE_TYPES:
        yield Problem(f"{path}.min", f"a {f.type} field has no min or max")
        return
    low = high = None
    try:
        low = bound(f, f.min)
    except ValueError as exc:
        yield Problem(f"{path}.min", f"not a valid {f.type}: {exc}")
    try:
        high = bound(f, f.max)
    except ValueError as exc:
        yield Problem(f"{path}.max", f"not a valid {f.type}: {exc}")
    if low is not None and high is not None and low > high:
        yield Problem(f"{path}.max", f"max {f.max} is below min {f.min}")
    for low_name, high_name, types in (("min_length", "max_length", TEXT_TYPES),
                                       ("min_count", "max_count", {"repeat", "select_multiple"})):
        low_n, high_n = getattr(f, low_name), getattr(f, high_name)
        if (low_n is not None or high_n is not None) and f.type not in types:
            yield Problem(f"{path}.{low_name}", f"a {f.type} field has no {low_name} or {high_name}")
        elif any(n is not None and n < 0 for n in (low_n, high_n)):
            yield Problem(f"{path}.{low_name}", "cannot be negative")
        elif low_n is not None and high_n is not None and low_n > high_n:
            yield Problem(f"{path}.{high_name}", f"{high_name} is below {low_name}")


def _default(path: str, f: FieldDef) -> Iterator[Problem]:
    if f.type in ("note", "group", "repeat", "calculated", "photo", "signature"):
        yield Problem(f"{path}.default", f"a {f.type} field has no default")
        return
    try:
        checker(f)(f.default)
    except Bad as bad:
        yield Problem(f"{path}.default", f"the default does not fit the field: {bad}")
    except ValueError:
        pass  # its bounds are reported on their own


def _expression_problems(path: str, expr: Any, where: dict, repeat: str | None, own_value: bool) -> Iterator[Problem]:
    try:
        compile_logic(expr)
    except LogicError as exc:
        yield Problem(path, f"not a valid expression: {exc}")
        return
    for name in sorted(variables(expr)):
        if name == ".":
            if not own_value:
                yield Problem(path, '{"var": "."} (this answer) is only for constraints')
        elif name == "today":
            continue
        elif name.startswith("account."):
            if name.removeprefix("account.") not in ACCOUNT_FIELDS:
                yield Problem(path, f"unknown account field {name!r}; known: {', '.join(ACCOUNT_FIELDS)}")
        elif name not in where:
            yield Problem(path, f"refers to unknown field {name!r}")
        else:
            _target_path, target, target_repeat = where[name]
            if target.type in ("group", "note"):
                yield Problem(path, f"refers to {name!r}, a {target.type}, which holds no answer")
            elif target_repeat is not None and target_repeat != repeat:
                yield Problem(path, f"refers to {name!r} inside repeat {target_repeat!r}, which has many answers")


def _cycles(fields: list, where: dict) -> Iterator[Problem]:
    """Relevance and calculations that depend on themselves, directly or through other fields."""
    reads: dict[str, set[str]] = {}
    for _path, f, _repeat in fields:
        reads.setdefault(f.key, set()).update(variables(f.relevant) | variables(f.calculation))
        for child in f.children:  # a field is shown only when its group or repeat is
            reads.setdefault(child.key, set()).add(f.key)
    reported: set[frozenset[str]] = set()
    for start in reads:
        cycle = _find_cycle(start, reads)
        if cycle and frozenset(cycle) not in reported:
            reported.add(frozenset(cycle))
            path = where[start][0]
            yield Problem(f"{path}.calculation" if where[start][1].calculation is not None else f"{path}.relevant",
                          "depends on itself: " + " → ".join(cycle + [cycle[0]]))


def _find_cycle(start: str, reads: dict[str, set[str]]) -> list[str] | None:
    stack: list[tuple[str, list[str]]] = [(start, [start])]
    seen: set[str] = set()
    while stack:
        key, trail = stack.pop()
        for name in sorted(reads.get(key, ())):
            if name == start:
                return trail
            if name in reads and name not in seen:
                seen.add(name)
                stack.append((name, trail + [name]))
    return None


def _mapping_problems(parsed: Definition, where: dict) -> Iterator[Problem]:
    mapping = parsed.outcome_mapping
    if mapping is None:
        return
    for index, rule in enumerate(mapping.rules):
        yield from _expression_problems(f"outcome_mapping.rules[{index}].when", rule.when, where, None, False)
    if mapping.otherwise is None:
        yield Problem("outcome_mapping.otherwise", "needed so that every visit gets an outcome")
    gives_promise = mapping.otherwise == "promise_to_pay" or any(r.outcome == "promise_to_pay" for r in mapping.rules)
    if gives_promise and mapping.promise is None:
        yield Problem("outcome_mapping.promise", "promise_to_pay needs the fields of the promise's amount and date")
    if mapping.promise is None:
        return
    if not gives_promise:
        yield Problem("outcome_mapping.promise", "no rule gives promise_to_pay")
    for name, types in (("amount", {"money", "decimal"}), ("due_date", {"date"})):
        key = getattr(mapping.promise, name)
        if key not in where:
            yield Problem(f"outcome_mapping.promise.{name}", f"refers to unknown field {key!r}")
            continue
        path, target, repeat = where[key]
        if target.type not in types:
            yield Problem(f"outcome_mapping.promise.{name}", f"{key!r} is a {target.type}, not a {' or '.join(sorted(types))}")
        elif repeat is not None:
            yield Problem(f"outcome_mapping.promise.{name}", f"{key!r} is inside repeat {repeat!r}")
        elif not target.required:
            yield Problem(f"{path}.required", f"{key!r} holds the promise's {name.replace('_', ' ')}: make it required")

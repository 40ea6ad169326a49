"""A definition made ready to evaluate: checkers and expressions compiled once, cached."""

from __future__ import annotations

import threading
import weakref
from collections.abc import Callable
from dataclasses import dataclass
from dataclasses import field as dataclass_field
from datetime import date
from decimal import Decimal
from typing import Any

import msgspec

from .definition import ACCOUNT_FIELDS, Definition, FieldDef
from .logic import Compiled, LogicError, compile_logic, number, truthy, variables
from .parse import DefinitionError, Problem, parse_definition
from .values import bound, checker

CACHE_SIZE = 256


@dataclass(slots=True, eq=False)
class Node:
    """One field that can hold an answer, with its compiled rules."""

    field: FieldDef
    relevant: Compiled | None  # its own condition
    group: int = -1  # the innermost group holding it (index in Scope.groups), -1 for none
    check: Callable[[Any], Any] | None = None  # input fields
    constraint: Compiled | None = None
    calculation: Compiled | None = None
    scope: Scope | None = None  # repeat: the scope of each item
    key: str = ""
    plain: bool = False  # an input without a constraint: its type and range check is all

    def __post_init__(self) -> None:
        self.key = self.field.key


@dataclass(slots=True, eq=False)
class Scope:
    """The fields answered in one object: the top level, or one item of a repeat."""

    nodes: list[Node] = dataclass_field(default_factory=list)  # document order
    by_key: dict[str, Node] = dataclass_field(default_factory=dict)
    calculated: list[Node] = dataclass_field(default_factory=list)  # in dependency order
    groups: list[tuple[Compiled | None, int]] = dataclass_field(default_factory=list)  # (condition, parent)

    def group_relevance(self, context: dict[str, Any]) -> list[bool]:
        """Whether each group applies (its condition and its parents'), evaluated once each."""
        shown: list[bool] = []
        for rule, parent in self.groups:
            shown.append((parent < 0 or shown[parent]) and (rule is None or holds(rule(context))))
        return shown

    def is_relevant(self, node: Node, context: dict[str, Any], groups: list[bool] | None = None) -> bool:
        """Whether a field applies now (`groups` from group_relevance, else its groups are evaluated)."""
        if node.relevant is not None and not holds(node.relevant(context)):
            return False
        index = node.group
        if groups is not None:
            return index < 0 or groups[index]
        while index >= 0:
            rule, index = self.groups[index]
            if rule is not None and not holds(rule(context)):
                return False
        return True


def holds(value: Any) -> bool:
    """JSONLogic truthiness, with booleans (most conditions' results) first."""
    return value is True or (value is not False and truthy(value))


@dataclass(slots=True, eq=False)
class CompiledDefinition:
    """A definition with everything validation needs, built once per definition."""

    definition: Definition
    top: Scope
    outcome_rules: list[tuple[Compiled, str]]
    otherwise: str | None


def compile_definition(definition: Definition) -> CompiledDefinition:
    """Compile a parsed definition; DefinitionError naming the first expression or bound that cannot be."""
    top = _scope(definition.fields, "fields")
    mapping = definition.outcome_mapping
    rules = [(_logic(rule.when, f"outcome_mapping.rules[{index}].when"), rule.outcome)
             for index, rule in enumerate(mapping.rules)] if mapping else []
    return CompiledDefinition(definition, top, rules, mapping.otherwise if mapping else None)


def _logic(expr: Any, path: str) -> Compiled:
    try:
        return compile_logic(expr)
    except LogicError as exc:
        raise DefinitionError([Problem(path, f"not a valid expression: {exc}")]) from None


def _checker(f: FieldDef, path: str) -> Callable[[Any], Any]:
    for name in ("min", "max"):
        try:
            bound(f, getattr(f, name))
        except ValueError as exc:
            raise DefinitionError([Problem(f"{path}.{name}", f"not a valid {f.type}: {exc}")]) from None
    return checker(f)


def _scope(fields: list[FieldDef], path: str) -> Scope:
    scope = Scope()
    _collect(fields, path, -1, scope)
    scope.calculated = _dependency_order(scope.calculated)
    return scope


def _collect(fields: list[FieldDef], path: str, group: int, scope: Scope) -> None:
    for index, f in enumerate(fields):
        here = f"{path}[{index}]"
        rule = _logic(f.relevant, f"{here}.relevant") if f.relevant is not None else None
        if f.type == "group":
            scope.groups.append((rule, group))
            _collect(f.children, f"{here}.children", len(scope.groups) - 1, scope)
            continue
        node = Node(f, rule, group)
        if f.type == "repeat":
            node.scope = _scope(f.children, f"{here}.children")
        elif f.type == "calculated":
            node.calculation = _logic(f.calculation, f"{here}.calculation")
            scope.calculated.append(node)
        elif f.type != "note":
            node.check = _checker(f, here)
        if f.constraint is not None:
            node.constraint = _logic(f.constraint, f"{here}.constraint")
        node.plain = node.check is not None and node.constraint is None
        scope.nodes.append(node)
        scope.by_key[f.key] = node


def _dependency_order(nodes: list[Node]) -> list[Node]:
    """Calculated fields so that each comes after the calculated fields it reads (cycles: as written)."""
    by_key = {n.field.key: n for n in nodes}
    done: dict[str, Node] = {}
    visiting: set[str] = set()

    def visit(node: Node) -> None:
        key = node.field.key
        if key in done or key in visiting:
            return
        visiting.add(key)
        for name in variables(node.field.calculation) | variables(node.field.relevant):
            if name in by_key:
                visit(by_key[name])
        visiting.discard(key)
        done[key] = node
    for node in nodes:
        visit(node)
    return list(done.values())


_by_json: dict[bytes, CompiledDefinition] = {}
_by_object: dict[int, tuple[weakref.ref, CompiledDefinition]] = {}
_writing = threading.Lock()  # the server's writer and the desktop's preview may compile at once


def compiled(definition: dict[str, Any] | bytes | str | Definition) -> CompiledDefinition:
    """The compiled form of a definition, cached (by identity for Definition, by content otherwise).

    DefinitionError when it cannot be read or evaluated (check_definition refuses such definitions).
    """
    if isinstance(definition, Definition):
        hit = _by_object.get(id(definition))
        if hit is not None and hit[0]() is definition:
            return hit[1]
        result = compile_definition(definition)
        ident = id(definition)
        with _writing:
            _by_object[ident] = (weakref.ref(definition, lambda _ref, cache=_by_object: cache.pop(ident, None)),
                                 result)
        return result
    key = definition.encode() if isinstance(definition, str) else (
        definition if isinstance(definition, bytes) else msgspec.json.encode(definition))
    result = _by_json.get(key)
    if result is None:
        result = compile_definition(parse_definition(definition))
        with _writing:
            if len(_by_json) >= CACHE_SIZE:
                _by_json.pop(next(iter(_by_json)))
            _by_json[key] = result
    return result


def account_context(account: Any) -> dict[str, Any]:
    """`account.<name>` variables from an account dict or protocol Account (balance as Decimal)."""
    if account is None:
        return {}
    if not isinstance(account, dict):
        account = msgspec.structs.asdict(account)
    context = {f"account.{name}": account.get(name) for name in ACCOUNT_FIELDS}
    balance = account.get("balance")
    if balance is not None and not isinstance(balance, Decimal):
        context["account.balance"] = number(balance) if not isinstance(balance, str) else Decimal(balance)
    return context


def base_context(account: Any, today: date | None) -> dict[str, Any]:
    """Variables every expression sees before any answer: the account's and `today`."""
    context = account_context(account)
    context["today"] = (today or date.today()).isoformat()
    return context

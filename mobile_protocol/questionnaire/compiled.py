"""A definition made ready to evaluate: checkers and expressions compiled once, cached."""

from __future__ import annotations

import weakref
from collections.abc import Callable
from dataclasses import dataclass
from dataclasses import field as dataclass_field
from datetime import date
from decimal import Decimal
from typing import Any

import msgspec

from .definition import ACCOUNT_FIELDS, Definition, FieldDef
from .logic import Compiled, compile_logic, number, truthy, variables
from .parse import parse_definition
from .values import checker

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
    """Compile a parsed definition (it should pass check_definition; bad expressions raise LogicError)."""
    top = _scope(definition.fields)
    mapping = definition.outcome_mapping
    rules = [(compile_logic(rule.when), rule.outcome) for rule in mapping.rules] if mapping else []
    return CompiledDefinition(definition, top, rules, mapping.otherwise if mapping else None)


def _scope(fields: list[FieldDef]) -> Scope:
    scope = Scope()
    _collect(fields, -1, scope)
    scope.calculated = _dependency_order(scope.calculated)
    return scope


def _collect(fields: list[FieldDef], group: int, scope: Scope) -> None:
    for f in fields:
        rule = compile_logic(f.relevant) if f.relevant is not None else None
        if f.type == "group":
            scope.groups.append((rule, group))
            _collect(f.children, len(scope.groups) - 1, scope)
            continue
        node = Node(f, rule, group)
        if f.type == "repeat":
            node.scope = _scope(f.children)
        elif f.type == "calculated":
            node.calculation = compile_logic(f.calculation)
            scope.calculated.append(node)
        elif f.type != "note":
            node.check = checker(f)
        if f.constraint is not None:
            node.constraint = compile_logic(f.constraint)
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


def compiled(definition: dict[str, Any] | bytes | str | Definition) -> CompiledDefinition:
    """The compiled form of a definition, cached (by identity for Definition, by content otherwise)."""
    if isinstance(definition, Definition):
        hit = _by_object.get(id(definition))
        if hit is not None and hit[0]() is definition:
            return hit[1]
        result = compile_definition(definition)
        ident = id(definition)
        _by_object[ident] = (weakref.ref(definition, lambda _ref, cache=_by_object: cache.pop(ident, None)), result)
        return result
    key = definition.encode() if isinstance(definition, str) else (
        definition if isinstance(definition, bytes) else msgspec.json.encode(definition))
    result = _by_json.get(key)
    if result is None:
        result = compile_definition(parse_definition(definition))
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

"""Simple conditions (field, operator, value) to JSONLogic and back, and raw JSONLogic checked in words."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import Any

from PySide6.QtCore import QCoreApplication

from mobile_protocol.questionnaire import (
    ACCOUNT_FIELDS,
    LogicError,
    compile_logic,
    variables,
)

COMPARISONS = ("==", "!=", "<", "<=", ">", ">=")
OPERATORS = (*COMPARISONS, "in", "answered", "blank")
TOGETHER = ("and", "or")


def operator_labels() -> dict[str, str]:
    """Each operator the builder offers, in words."""
    return {
        "==": QCoreApplication.translate("LogicTerms", "es igual a"), "!=": QCoreApplication.translate("LogicTerms", "es distinto de"),
        "<": QCoreApplication.translate("LogicTerms", "es menor que"), "<=": QCoreApplication.translate("LogicTerms", "es menor o igual a"),
        ">": QCoreApplication.translate("LogicTerms", "es mayor que"), ">=": QCoreApplication.translate("LogicTerms", "es mayor o igual a"),
        "in": QCoreApplication.translate("LogicTerms", "es uno de"),
        "answered": QCoreApplication.translate("LogicTerms", "está respondida"), "blank": QCoreApplication.translate("LogicTerms", "no está respondida"),
    }


@dataclass(frozen=True, slots=True)
class Condition:
    """One row of the builder: a variable, an operator and (for most operators) a value."""

    var: str
    op: str
    value: Any = None


def compose(conditions: list[Condition], together: str = "and") -> Any:
    """The JSONLogic of the builder's rows (None when there are none)."""
    parts = [_term(c) for c in conditions]
    if not parts:
        return None
    return parts[0] if len(parts) == 1 else {together: parts}


def _term(condition: Condition) -> Any:
    var = {"var": condition.var}
    if condition.op == "answered":
        return {"!!": [var]}
    if condition.op == "blank":
        return {"!": [var]}
    return {condition.op: [var, condition.value]}


def decompose(expression: Any) -> tuple[list[Condition], str] | None:
    """The builder's rows and how they join, or None when the expression is more than the builder shows."""
    if expression is None:
        return [], "and"
    if isinstance(expression, dict) and len(expression) == 1:
        (op, args), = expression.items()
        if op in TOGETHER and isinstance(args, list) and args:
            rows = [_condition(arg) for arg in args]
            return (rows, op) if all(rows) else None  # type: ignore[return-value]
    row = _condition(expression)
    return ([row], "and") if row else None


def _var(arg: Any) -> str | None:
    if isinstance(arg, dict) and set(arg) == {"var"} and isinstance(arg["var"], str):
        return arg["var"]
    return None


def _condition(expression: Any) -> Condition | None:
    if not isinstance(expression, dict) or len(expression) != 1:
        return None
    (op, args), = expression.items()
    args = args if isinstance(args, list) else [args]
    if op in ("!!", "!") and len(args) == 1 and (name := _var(args[0])) is not None:
        return Condition(name, "answered" if op == "!!" else "blank")
    if op in (*COMPARISONS, "in") and len(args) == 2 and (name := _var(args[0])) is not None:
        value = args[1]
        if op == "in" and not isinstance(value, list):
            return None
        if isinstance(value, dict) and _var(value) is None:
            return None
        return Condition(name, op, value)
    return None


def value_text(value: Any) -> str:
    """How the builder writes a value: `today`/`account.x` for variables, comma lists for `in`."""
    if isinstance(value, dict) and "var" in value:
        return str(value["var"])
    if isinstance(value, list):
        return ", ".join(value_text(item) for item in value)
    if isinstance(value, bool):
        return "true" if value else "false"
    return "" if value is None else str(value)


def parse_value(text: str, kind: str, many: bool = False) -> Any:
    """The JSON value of what was typed for a field of type `kind` (numbers as numbers, variables as var)."""
    if many:
        return [parse_value(part, kind) for part in text.split(",") if part.strip()]
    text = text.strip()
    if text == "today" or text.startswith("account.") or text == ".":
        return {"var": text}
    if kind == "yes_no" or text in ("true", "false"):
        return text.lower() in ("true", "sí", "si", "yes", "1")
    if kind in ("integer", "decimal", "money", "calculated", "repeat"):
        try:
            number = Decimal(text.replace(",", "."))
        except InvalidOperation:
            return text
        return int(number) if number == number.to_integral_value() else float(number)
    return text


def logic_words(message: str) -> str:
    """A LogicError's message (the shared evaluator's English) in the interface's words."""
    rules = (
        (r"unknown operator '(.+)'", lambda m: QCoreApplication.translate("LogicTerms", "no existe el operador «%s»") % m[1]),
        (r"operator '(.+)' takes 1 arguments, not (\d+)", lambda m: QCoreApplication.translate(
            "LogicTerms", "el operador «%s» lleva un argumento, no %s") % (m[1], m[2])),
        (r"operator '(.+)' takes (.+) arguments, not (\d+)", lambda m: QCoreApplication.translate(
            "LogicTerms", "el operador «%s» lleva %s argumentos, no %s") % (
            m[1], m[2].replace(" to any", QCoreApplication.translate("LogicTerms", " o más")).replace(
                " to ", QCoreApplication.translate("LogicTerms", " a ")), m[3])),
        (r"an operation is an object with exactly one operator, not (.+)", lambda m: QCoreApplication.translate(
            "LogicTerms", "cada operación es un objeto con un solo operador, no %s") % m[1]),
        (r"var takes a variable name, not (.+)", lambda m: QCoreApplication.translate(
            "LogicTerms", "«var» lleva el nombre de una pregunta o variable, no %s") % m[1]),
    )
    for pattern, words in rules:
        match = re.fullmatch(pattern, message)
        if match:
            return words(match)
    return message


def check_raw(text: str, known: set[str], own_value: bool) -> tuple[Any, str | None]:
    """Raw JSONLogic text as (expression, None), or (None, what is wrong in words)."""
    if not text.strip():
        return None, None
    try:
        expression = json.loads(text)
    except json.JSONDecodeError as exc:
        return None, QCoreApplication.translate("LogicTerms", "No es JSON válido (línea %d, columna %d): %s") % (exc.lineno, exc.colno, exc.msg)
    try:
        compile_logic(expression)
    except LogicError as exc:
        return None, QCoreApplication.translate("LogicTerms", "No es una expresión válida: %s") % logic_words(str(exc))
    for name in sorted(variables(expression)):
        if name == "." and not own_value:
            return None, QCoreApplication.translate("LogicTerms", "«.» (esta respuesta) solo sirve en las restricciones")
        if name.startswith("account.") and name.removeprefix("account.") not in ACCOUNT_FIELDS:
            return None, QCoreApplication.translate("LogicTerms", "La cuenta no tiene el dato «%s»") % name.removeprefix("account.")
        if name not in known and name not in (".", "today") and not name.startswith("account."):
            return None, QCoreApplication.translate("LogicTerms", "No hay ninguna pregunta con la clave «%s»") % name
    return expression, None


def renamed(expression: Any, old: str, new: str) -> Any:
    """The expression with every `{"var": old}` reading `new` instead (for a field whose key changed)."""
    if isinstance(expression, list):
        return [renamed(item, old, new) for item in expression]
    if not isinstance(expression, dict):
        return expression
    out = {}
    for op, args in expression.items():
        if op == "var" and args == old:
            out[op] = new
        elif op == "var" and isinstance(args, list) and args and args[0] == old:
            out[op] = [new, *args[1:]]
        else:
            out[op] = renamed(args, old, new)
    return out

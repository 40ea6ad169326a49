"""Campo's JSONLogic: a documented subset, compiled once to closures, with exact Decimal numbers.

Semantics (docs/questionnaires.md, "Expressions"), the same on device and server by construction:
numbers are compared and computed as Decimal; a comparison with null or with values of different
kinds is false; arithmetic on anything that is not a number gives null; division by zero gives
null; truthiness is JSONLogic's (false, null, 0, "" and [] are false).
"""

from __future__ import annotations

import itertools
import operator
from collections.abc import Callable, Mapping
from decimal import Decimal, InvalidOperation
from typing import Any

Compiled = Callable[[Mapping[str, Any]], Any]


class LogicError(ValueError):
    """An expression that is not valid Campo JSONLogic."""


def number(value: Any) -> Decimal | None:
    """The Decimal of a JSON number (or Decimal); None for anything else, bools included."""
    kind = type(value)
    if kind is str or value is None:
        return None
    if kind is int:
        return Decimal(value)
    if isinstance(value, Decimal):
        return value if value.is_finite() else None
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return Decimal(value)
    if isinstance(value, float):
        try:
            result = Decimal(repr(value))
        except InvalidOperation:
            return None
        return result if result.is_finite() else None
    return None


def truthy(value: Any) -> bool:
    """JSONLogic truthiness: false, null, 0, "" and [] are false."""
    if value is None or value is False:
        return False
    if isinstance(value, (int, float, Decimal)) and not isinstance(value, bool):
        return value != 0
    if isinstance(value, (str, list, tuple, set, frozenset)):
        return len(value) > 0
    return True


def _equal(a: Any, b: Any) -> bool:
    na, nb = number(a), number(b)
    if na is not None and nb is not None:
        return na == nb
    if isinstance(a, bool) or isinstance(b, bool):
        return a is b
    return a == b


def _ordered(a: Any, b: Any) -> tuple[Any, Any] | None:
    """Two values that can be ordered (both numbers, or both strings such as ISO dates), else None."""
    na, nb = number(a), number(b)
    if na is not None and nb is not None:
        return na, nb
    if isinstance(a, str) and isinstance(b, str):
        return a, b
    return None


def _less(strict: bool) -> Callable[..., bool]:
    def compare(*values: Any) -> bool:  # JSONLogic's "between": {"<": [a, b, c]} means a < b < c
        for a, b in itertools.pairwise(values):
            pair = _ordered(a, b)
            if pair is None or not (pair[0] < pair[1] if strict else pair[0] <= pair[1]):
                return False
        return True
    return compare


def _greater(strict: bool) -> Callable[..., bool]:
    less = _less(strict)
    return lambda a, b: less(b, a)


def _arith(fold: Callable[[Decimal, Decimal], Decimal], unary: Callable[[Decimal], Decimal] | None = None):
    def apply(*values: Any) -> Decimal | None:
        nums = [number(v) for v in values]
        if not nums or any(n is None for n in nums):
            return None
        if len(nums) == 1:
            return unary(nums[0]) if unary else nums[0]
        result = nums[0]
        try:
            for n in nums[1:]:
                result = fold(result, n)
        except (ArithmeticError, InvalidOperation):
            return None
        return result
    return apply


def _divide(a: Any, b: Any) -> Decimal | None:
    na, nb = number(a), number(b)
    if na is None or nb is None or nb == 0:
        return None
    return na / nb


def _modulo(a: Any, b: Any) -> Decimal | None:
    na, nb = number(a), number(b)
    if na is None or nb is None or nb == 0:
        return None
    return na % nb


def _extreme(pick: Callable[..., Decimal]):
    def apply(*values: Any) -> Decimal | None:
        nums = [number(v) for v in values]
        return None if not nums or any(n is None for n in nums) else pick(nums)
    return apply


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, Decimal):
        return format(value.normalize(), "f") if value == value.to_integral() else str(value)
    return str(value)


def _contains(needle: Any, haystack: Any) -> bool:
    if isinstance(haystack, str):
        return isinstance(needle, str) and needle in haystack
    if isinstance(haystack, (list, tuple)):
        return any(_equal(needle, item) for item in haystack)
    return False


def _substr(text: Any, start: Any, length: Any = None) -> str:
    s, begin = _text(text), int(number(start) or 0)
    if length is None:
        return s[begin:]
    size = int(number(length) or 0)
    end = len(s) + size if size < 0 else (begin if begin >= 0 else len(s) + begin) + size
    return s[begin:end]


FUNCTIONS: dict[str, Callable[..., Any]] = {
    "==": _equal, "===": _equal,
    "!=": lambda a, b: not _equal(a, b), "!==": lambda a, b: not _equal(a, b),
    "<": _less(True), "<=": _less(False), ">": _greater(True), ">=": _greater(False),
    "!": lambda a=None: not truthy(a), "!!": lambda a=None: truthy(a),
    "+": _arith(lambda a, b: a + b), "*": _arith(lambda a, b: a * b),
    "-": _arith(lambda a, b: a - b, lambda a: -a), "/": _divide, "%": _modulo,
    "min": _extreme(min), "max": _extreme(max),
    "in": _contains, "cat": lambda *values: "".join(_text(v) for v in values), "substr": _substr,
    "count": lambda value=None: len(value) if isinstance(value, (list, str)) else 0,
}
ARITY: dict[str, tuple[int, int | None]] = {
    "==": (2, 2), "===": (2, 2), "!=": (2, 2), "!==": (2, 2), "<": (2, 3), "<=": (2, 3), ">": (2, 2),
    ">=": (2, 2), "!": (1, 1), "!!": (1, 1), "+": (1, None), "*": (1, None), "-": (1, 2), "/": (2, 2),
    "%": (2, 2), "min": (1, None), "max": (1, None), "in": (2, 2), "cat": (1, None), "substr": (2, 3),
    "count": (1, 1), "and": (1, None), "or": (1, None), "if": (1, None), "?:": (3, 3), "var": (1, 2),
}
OPERATORS = frozenset(ARITY)


def compile_logic(expr: Any) -> Compiled:
    """A function of the data (a mapping of variable name to value) that evaluates `expr`."""
    if isinstance(expr, list):
        items = [compile_logic(e) for e in expr]
        return lambda data: [item(data) for item in items]
    if not isinstance(expr, dict):
        if isinstance(expr, float):
            expr = number(expr)
        return lambda data, constant=expr: constant
    if len(expr) != 1:
        raise LogicError(f"an operation is an object with exactly one operator, not {sorted(expr)}")
    ((op, raw),) = expr.items()
    if op not in OPERATORS:
        raise LogicError(f"unknown operator {op!r}")
    args = raw if isinstance(raw, list) else [raw]
    low, high = ARITY[op]
    if len(args) < low or (high is not None and len(args) > high):
        most = "" if high == low else f" to {high if high is not None else 'any'}"
        raise LogicError(f"operator {op!r} takes {low}{most} arguments, not {len(args)}")
    if op == "var":
        return _compile_var(args)
    parts = [compile_logic(a) for a in args]
    if op == "and":
        return lambda data: _and(parts, data)
    if op == "or":
        return lambda data: _or(parts, data)
    if op in ("if", "?:"):
        return lambda data: _if(parts, data)
    fast = _with_constant(op, args, parts)
    if fast is not None:
        return fast
    function = FUNCTIONS[op]
    if len(parts) == 1:
        (only,) = parts
        return lambda data: function(only(data))
    if len(parts) == 2:
        first, second = parts
        return lambda data: function(first(data), second(data))
    return lambda data: function(*[part(data) for part in parts])


def _is_constant(arg: Any) -> bool:
    return not isinstance(arg, (dict, list))


def _with_constant(op: str, args: list[Any], parts: list[Compiled]) -> Compiled | None:
    """Shortcuts, same results: comparing with a text, boolean or null constant; `in` a list of texts."""
    if op in ("==", "===", "!=", "!==") and any(_is_constant(a) for a in args):
        constant, other = (args[1], parts[0]) if _is_constant(args[1]) else (args[0], parts[1])
        negate = op.startswith("!")
        if isinstance(constant, str):  # equal only to that same text
            return (lambda d: other(d) != constant) if negate else (lambda d: other(d) == constant)
        if isinstance(constant, bool) or constant is None:  # equal only to itself
            return (lambda d: other(d) is not constant) if negate else (lambda d: other(d) is constant)
        return None
    if op == "in" and isinstance(args[1], list) and all(isinstance(a, str) for a in args[1]):
        texts = frozenset(args[1])
        needle = parts[0]

        def among(d: Mapping[str, Any]) -> bool:
            value = needle(d)
            return isinstance(value, str) and value in texts
        return among
    return None


def _compile_var(args: list[Any]) -> Compiled:
    name = args[0]
    if not isinstance(name, str):
        raise LogicError(f"var takes a variable name, not {name!r}")
    if len(args) == 1 or args[1] is None:
        return operator.methodcaller("get", name)  # data.get(name), without a Python frame
    default = compile_logic(args[1])

    def var(data: Mapping[str, Any]) -> Any:
        value = data.get(name)
        return default(data) if value is None else value
    return var


def _and(parts: list[Compiled], data: Mapping[str, Any]) -> Any:
    value = None
    for part in parts:
        value = part(data)
        if not truthy(value):
            return value
    return value


def _or(parts: list[Compiled], data: Mapping[str, Any]) -> Any:
    value = None
    for part in parts:
        value = part(data)
        if truthy(value):
            return value
    return value


def _if(parts: list[Compiled], data: Mapping[str, Any]) -> Any:
    for k in range(0, len(parts) - 1, 2):
        if truthy(parts[k](data)):
            return parts[k + 1](data)
    return parts[-1](data) if len(parts) % 2 else None


def evaluate(expr: Any, data: Mapping[str, Any]) -> Any:
    """Evaluate one expression once (compile_logic is the fast path for repeated use)."""
    return compile_logic(expr)(data)


def variables(expr: Any) -> set[str]:
    """Every variable name an expression reads (`{"var": name}`), for reference and cycle checks."""
    found: set[str] = set()
    if isinstance(expr, list):
        for item in expr:
            found |= variables(item)
    elif isinstance(expr, dict):
        for op, raw in expr.items():
            args = raw if isinstance(raw, list) else [raw]
            if op == "var" and args and isinstance(args[0], str):
                found.add(args[0])
                args = args[1:]
            found |= variables(args)
    return found

"""Answer shapes per field type: the check of one value (type and range) and its typed form."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, time
from decimal import Decimal, InvalidOperation
from typing import Any

from .definition import FieldDef
from .logic import number

TEXT_LIMIT = 4000  # characters of a text answer when the field sets no max_length
MONEY = re.compile(r"^-?[0-9]{1,13}(\.[0-9]{1,2})?$")
DECIMAL = re.compile(r"^-?[0-9]{1,15}(\.[0-9]{1,6})?$")
PHONE = re.compile(r"^\+?[0-9][0-9 ()\-]{5,24}$")
EMAIL = re.compile(r"^[^@\s]{1,64}@[^@\s]+\.[^@\s.]{2,}$")
MEDIA_ID = re.compile(r"^[0-9a-f]{64}$")
DATE = re.compile(r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$")
TIME = re.compile(r"^[0-9]{2}:[0-9]{2}(:[0-9]{2})?$")

Checker = Callable[[Any], tuple[Any, str | None]]  # value -> (typed value, problem or None)


class Bad(Exception):
    """One answer's problem, said to the agent."""


def bound(field: FieldDef, value: Any) -> Any:
    """A field's min or max in the typed form its answers take (Decimal, or ISO text)."""
    if value is None:
        return None
    if field.type in ("integer", "decimal", "money"):
        result = number(value) if not isinstance(value, str) else _decimal_text(value)
        if result is None:
            raise ValueError(f"{value!r} is not a number")
        return result
    if field.type == "date":
        return date.fromisoformat(str(value)).isoformat()
    if field.type == "time":
        return time.fromisoformat(str(value)).isoformat(timespec="seconds")
    return value


def _decimal_text(text: str) -> Decimal | None:
    try:
        result = Decimal(text)
    except InvalidOperation:
        return None
    return result if result.is_finite() else None


def _range(low: Any, high: Any, value: Any) -> None:
    if low is not None and value < low:
        raise Bad(f"must be at least {low}")
    if high is not None and value > high:
        raise Bad(f"must be at most {high}")


def _text(field: FieldDef, pattern: re.Pattern | None, what: str) -> Callable[[Any], Any]:
    shortest, longest = field.min_length, field.max_length if field.max_length is not None else TEXT_LIMIT

    def check(value: Any) -> str:
        if not isinstance(value, str):
            raise Bad(f"expected {what}")
        if len(value) > longest:
            raise Bad(f"longer than {longest} characters")
        if shortest is not None and len(value) < shortest:
            raise Bad(f"shorter than {shortest} characters")
        if pattern is not None and not pattern.match(value):
            raise Bad(f"expected {what}")
        return value
    return check


def _integer(value: Any) -> int:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise Bad("expected a whole number")
    if isinstance(value, float):
        if not value.is_integer():
            raise Bad("expected a whole number")
        value = int(value)
    return value


def _decimal(value: Any) -> Decimal:
    result = _decimal_text(value) if isinstance(value, str) and DECIMAL.match(value) else number(value)
    if result is None:
        raise Bad("expected a number")
    return result


def _money(value: Any) -> Decimal:
    if isinstance(value, str) and MONEY.match(value):
        return Decimal(value)
    if isinstance(value, int) and not isinstance(value, bool) and abs(value) < 10**13:
        return Decimal(value)
    raise Bad('expected an amount as a decimal string with at most 2 places, e.g. "150000.00"')


def _date(value: Any) -> str:
    if isinstance(value, str) and DATE.match(value):
        try:
            return date.fromisoformat(value).isoformat()
        except ValueError:
            pass
    raise Bad("expected a date YYYY-MM-DD")


def _time(value: Any) -> str:
    if isinstance(value, str) and TIME.match(value):
        try:
            return time.fromisoformat(value).isoformat(timespec="seconds")
        except ValueError:
            pass
    raise Bad("expected a time HH:MM")


def _yes_no(value: Any) -> bool:
    if not isinstance(value, bool):
        raise Bad("expected true or false")
    return value


def _media(value: Any) -> str:
    if isinstance(value, dict) and len(value) == 1 and isinstance(value.get("media_id"), str) \
            and MEDIA_ID.match(value["media_id"]):
        return value["media_id"]
    raise Bad('expected {"media_id": "<SHA-256 of the uploaded file, 64 lowercase hex digits>"}')


def _geopoint(value: Any) -> dict[str, Any]:
    if isinstance(value, dict) and set(value) <= {"lat", "lon", "accuracy_m"} and {"lat", "lon"} <= set(value):
        lat, lon, acc = number(value["lat"]), number(value["lon"]), value.get("accuracy_m", 0)
        acc = number(acc)
        if lat is not None and lon is not None and acc is not None and -90 <= lat <= 90 and -180 <= lon <= 180 and acc >= 0:
            return value
    raise Bad('expected {"lat": -90..90, "lon": -180..180, "accuracy_m": metres (optional)}')


def checker(field: FieldDef) -> Callable[[Any], Any]:
    """The function that returns an answer's typed value or raises Bad, for one field."""
    kind = field.type
    low, high = bound(field, field.min), bound(field, field.max)
    base: Callable[[Any], Any]
    if kind == "text":
        base = _text(field, None, "text")
    elif kind == "phone":
        base = _text(field, PHONE, "a phone number (digits, spaces, + ( ) -)")
    elif kind == "email":
        base = _text(field, EMAIL, "an e-mail address")
    elif kind == "integer":
        base = _integer
    elif kind == "decimal":
        base = _decimal
    elif kind == "money":
        base = _money
    elif kind == "date":
        base = _date
    elif kind == "time":
        base = _time
    elif kind == "yes_no":
        base = _yes_no
    elif kind in ("photo", "signature"):
        base = _media
    elif kind == "geopoint":
        base = _geopoint
    elif kind == "select_one":
        return _select_one(field)
    elif kind == "select_multiple":
        return _select_multiple(field)
    else:  # note, group, repeat and calculated are checked by validate.py
        raise ValueError(f"no answer checker for {kind}")
    if low is None and high is None:
        return base

    def ranged(value: Any) -> Any:
        typed = base(value)
        _range(low, high, typed)
        return typed
    return ranged


def _select_one(field: FieldDef) -> Callable[[Any], Any]:
    codes = frozenset(c.code for c in field.choices)

    def check(value: Any) -> str:
        if not isinstance(value, str) or value not in codes:
            raise Bad("not one of the choices")
        return value
    return check


def _select_multiple(field: FieldDef) -> Callable[[Any], Any]:
    codes = frozenset(c.code for c in field.choices)
    fewest, most = field.min_count, field.max_count

    def check(value: Any) -> list[str]:
        if not isinstance(value, list) or not all(isinstance(v, str) and v in codes for v in value):
            raise Bad("expected a list of the choices")
        if len(set(value)) != len(value):
            raise Bad("a choice is repeated")
        if fewest is not None and len(value) < fewest:
            raise Bad(f"pick at least {fewest}")
        if most is not None and len(value) > most:
            raise Bad(f"pick at most {most}")
        return value
    return check

"""The Campo fields an accounts file can feed, and the cell rules of the debtor and product fields.

Consents are yes/no cells: sí, si, s, yes, y, true, verdadero, x, 1 (or an Excel TRUE) mean yes;
no, n, false, falso, 0, an empty cell (or FALSE) mean no. Without the column nobody has consented.
Instalment due dates: one or more per cell (separated by ';', ',', '|' or blanks), each YYYY-MM-DD
or DD/MM/YYYY in text, or date cells; several columns may feed them too. Kept sorted, no repeats.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from .accounts_file import InvalidValue, balance_cell, text_cell
from .payments_file import EARLIEST, LATEST, date_cell

MAX_EMAIL = 254
MAX_DUE_DATES = 360
_EMAIL = re.compile(
    r"^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*"
    r"@(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,63}$"
)
_YES = frozenset({"si", "sí", "s", "yes", "y", "true", "verdadero", "x", "1"})
_NO = frozenset({"no", "n", "false", "falso", "0"})
_DATE_SEPARATORS = re.compile(r"[;,|\s]+")


@dataclass(frozen=True, slots=True)
class Field:
    """A Campo field of an account: required columns must be in the file; `many` takes several columns."""

    name: str
    required: bool = False
    many: bool = False


FIELDS: tuple[Field, ...] = (
    Field("external_ref", required=True),
    Field("debtor_name", required=True),
    Field("document_id"),
    Field("address", required=True),
    Field("lat"),
    Field("lon"),
    Field("radius_m"),
    Field("balance", required=True),
    Field("currency", required=True),  # unless the branch's currency is known (accounts_mapping)
    Field("days_past_due"),
    Field("segment"),
    Field("agent_code"),
    Field("phones", many=True),
    Field("email"),
    Field("consent_email"),
    Field("consent_sms"),
    Field("consent_whatsapp"),
    Field("product"),
    Field("original_amount"),
    Field("instalment_due_dates", many=True),
    Field("notes"),
)
FIELD_NAMES = tuple(field.name for field in FIELDS)
MANY_FIELDS = frozenset(field.name for field in FIELDS if field.many)


def email_cell(value: Any) -> str | None:
    """One e-mail address (ASCII, domain lower-cased), or None when empty."""
    text = text_cell(value, 1000, required=False)
    if text is None:
        return None
    if len(text) > MAX_EMAIL:
        raise InvalidValue(f"an e-mail address has at most {MAX_EMAIL} characters")
    if not _EMAIL.match(text):
        if any(separator in text for separator in ";, "):
            raise InvalidValue(f"one e-mail address per account: {text!r}")
        raise InvalidValue(f"not an e-mail address: {text!r}")
    local, _, domain = text.rpartition("@")
    return f"{local}@{domain.lower()}"


def consent_cell(value: Any) -> bool:
    """A yes/no cell (rule in the module doc); empty is no."""
    if type(value) is str:
        text = value.strip().lower()
        if text in _YES:
            return True
        if not text or text in _NO:
            return False
        raise InvalidValue(f"not yes or no (sí/no): {text!r}")
    if isinstance(value, bool):
        return value
    if isinstance(value, int | float) and value in (0, 1):
        return bool(value)
    text = "" if value is None else str(value).strip().lower()
    if not text or text in _NO:
        return False
    if text in _YES:
        return True
    raise InvalidValue(f"not yes or no (sí/no): {text!r}")


def amount_cell(value: Any) -> Decimal | None:
    """An optional non-negative amount written as balances are, or None when empty."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    try:
        return balance_cell(value)
    except InvalidValue as exc:
        raise InvalidValue(str(exc).replace("balance", "amount")) from None


def due_dates_cell(value: Any) -> list[date]:
    """The dates of one cell (rule in the module doc), in the order written."""
    if isinstance(value, datetime | date):
        return [date_cell(value)]
    text = "" if value is None else str(value).strip()
    if not text:
        return []
    return [_one_date(part) for part in _DATE_SEPARATORS.split(text) if part]


def _one_date(text: str) -> date:
    """date_cell, with ISO dates (the usual case) parsed in C first."""
    if len(text) == 10 and text[4] == "-" and text[7] == "-" and text[:4].isdigit():
        try:
            day = date.fromisoformat(text)
        except ValueError:
            return date_cell(text)
        if EARLIEST <= day <= LATEST:
            return day
    return date_cell(text)


def sorted_dates(days: list[date]) -> tuple[date, ...]:
    """Dates sorted without repeats; InvalidValue when there are too many."""
    unique = tuple(sorted(set(days)))
    if len(unique) > MAX_DUE_DATES:
        raise InvalidValue(f"at most {MAX_DUE_DATES} instalment due dates")
    return unique

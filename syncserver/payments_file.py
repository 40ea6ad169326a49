"""Reading a payments file (.csv or .xlsx: external_ref, paid_on, amount, reference) and checking its rows.

The file reading and the cell rules (text, money written with '.' or ',') are the accounts
import's (`accounts_file`); paid_on is a date cell, YYYY-MM-DD or DD/MM/YYYY in text.
"""

from __future__ import annotations

import re
from contextlib import closing
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

from .accounts_file import (
    ImportFileError,
    InvalidValue,
    RowError,
    balance_cell,
    is_blank,
    normalize_header,
    read_lines,
    text_cell,
)

COLUMNS = ("external_ref", "paid_on", "amount", "reference")
EARLIEST, LATEST = date(2000, 1, 1), date(2100, 12, 31)
_ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$")
_LATIN = re.compile(r"^(\d{1,2})/(\d{1,2})/(\d{4})$")


@dataclass(frozen=True, slots=True)
class PaymentRow:
    """One valid row of the file."""

    line: int
    external_ref: str
    paid_on: date
    amount: Decimal
    reference: str


@dataclass(frozen=True, slots=True)
class PaymentsPlan:
    """The file's valid rows and the errors of the others."""

    path: Path
    rows: tuple[PaymentRow, ...]
    errors: tuple[RowError, ...]


def date_cell(value: Any) -> date:
    """A date from a date cell or text written YYYY-MM-DD or DD/MM/YYYY."""
    if isinstance(value, datetime):
        value = value.date()
    if not isinstance(value, date):
        text = "" if value is None else str(value).strip()
        if not text:
            raise InvalidValue("missing required value")
        iso, latin = _ISO.match(text), _LATIN.match(text)
        try:
            if iso and len(text) == 10:  # the usual case, parsed in C
                value = date.fromisoformat(text)
            elif iso:
                value = date(*map(int, iso.groups()))
            elif latin:
                day, month, year = map(int, latin.groups())
                value = date(year, month, day)
            else:
                raise InvalidValue(f"not a date (YYYY-MM-DD or DD/MM/YYYY): {text!r}")
        except ValueError:
            raise InvalidValue(f"no such date: {text!r}") from None
    if not EARLIEST <= value <= LATEST:
        raise InvalidValue(f"date {value.isoformat()} is outside {EARLIEST.year}..{LATEST.year}")
    return value


def amount_cell(value: Any) -> Decimal:
    """A positive amount with at most two decimals (written as account balances are)."""
    try:
        amount = balance_cell(value)
    except InvalidValue as exc:
        raise InvalidValue(str(exc).replace("balance", "amount")) from None
    if amount <= 0:
        raise InvalidValue("amount must be more than 0")
    return amount


_CHECKS = {
    "external_ref": lambda cell: text_cell(cell, 64),
    "paid_on": date_cell,
    "amount": amount_cell,
    "reference": lambda cell: text_cell(cell, 64),
}


def _columns(path: Path, line: int, header: list[Any]) -> dict[str, int]:
    names = [normalize_header(cell) for cell in header]
    repeated = sorted({name for name in names if name in COLUMNS and names.count(name) > 1})
    if repeated:
        raise ImportFileError(f"{path.name}, line {line}: column {repeated[0]} appears twice")
    missing = [name for name in COLUMNS if name not in names]
    if missing:
        raise ImportFileError(f"{path.name}, line {line}: missing column(s) {', '.join(missing)}")
    return {name: names.index(name) for name in COLUMNS}


def parse_payments_file(path: Path | str, known_refs: set[str]) -> PaymentsPlan:
    """Read and check every row; `known_refs` are the accounts' external_refs."""
    path = Path(path)
    if not path.is_file():
        raise ImportFileError(f"{path}: no such file")
    rows: list[PaymentRow] = []
    errors: list[RowError] = []
    first_seen: dict[str, int] = {}
    with closing(read_lines(path)) as lines:
        header_line, header = next(((n, cells) for n, cells in lines if not is_blank(cells)), (0, []))
        if not header:
            raise ImportFileError(f"{path.name}: no header row")
        index = _columns(path, header_line, header)
        width = max(i for i, cell in enumerate(header) if not is_blank([cell])) + 1
        for line, cells in lines:
            if is_blank(cells):
                continue
            values: dict[str, Any] = {}
            row_errors: list[RowError] = []
            for column, i in index.items():
                try:
                    values[column] = _CHECKS[column](cells[i] if i < len(cells) else None)
                except InvalidValue as exc:
                    row_errors.append(RowError(line, column, str(exc)))
            if values.get("external_ref") is not None and values["external_ref"] not in known_refs:
                row_errors.append(RowError(line, "external_ref", f"no account has external_ref {values['external_ref']!r}"))
            if len(cells) > width and not is_blank(cells[width:]):
                message = f"{len(cells)} cells but the header has {width} (is a decimal comma unquoted?)"
                row_errors.append(RowError(line, "*", message))
            reference = values.get("reference")
            if reference is not None and reference in first_seen:
                message = f"duplicate reference {reference!r}, first on line {first_seen[reference]}"
                row_errors.append(RowError(line, "reference", message))
            elif reference is not None:
                first_seen[reference] = line
            errors.extend(row_errors)
            if not row_errors:
                rows.append(PaymentRow(line=line, **values))
    return PaymentsPlan(path, tuple(rows), tuple(errors))

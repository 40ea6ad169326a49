"""Reading an accounts file (.csv or .xlsx) and the rules of its cells (text, numbers, money, days).

Numbers: lat, lon and radius_m take '.' or ',' as the decimal mark and no thousands separators.
balance has at most two decimals, so its last '.' or ',' is the decimal mark when one or two digits
follow it; every other '.' or ',' separates thousands (groups of three, one kind only):
1.250.000,50 = 1,250,000.50 = 1250000,50 = 1250000.50, and 1.250 = 1,250 = 1250.
"""

from __future__ import annotations

import csv
import io
import math
import re
from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from .admin import AdminError

MAX_BALANCE = Decimal("1e13")
MAX_RADIUS_M = 10_000.0
_CENT = Decimal("0.01")
_FLOAT_NOISE = Decimal("1e-6")
PLAIN_NUMBER = re.compile(r"^[+-]?\d+(?:[.,]\d+)?$")
# Thousands in groups of three after a first group of 1-3 digits (not starting with 0), one separator
# kind throughout; or plain digits. Then an optional decimal mark and one or two decimals.
_MONEY = re.compile(r"(?:([1-9]\d{0,2})((?:([.,])\d{3})(?:\3\d{3})*)|(\d+))(?:[.,](\d{1,2}))?")
_CURRENCY = re.compile(r"^[A-Z]{3}$")


class ImportFileError(AdminError):
    """The file as a whole cannot be imported (unreadable, wrong type, missing columns)."""


class InvalidValue(ValueError):
    """A cell's value breaks a rule; the message says which."""


@dataclass(frozen=True, slots=True)
class RowError:
    """Why one cell (or row) of the file was not imported."""

    line: int
    column: str
    message: str

    def __str__(self) -> str:
        return f"line {self.line}, column {self.column}: {self.message}"


def text_cell(value: Any, max_len: int, *, required: bool = True) -> str | None:
    """Trimmed text of at most max_len characters; None (or an error when required) if empty."""
    if type(value) is str:
        text = value.strip()
    else:
        if isinstance(value, float) and value.is_integer():
            value = int(value)
        text = "" if value is None else str(value).strip()
    if not text:
        if required:
            raise InvalidValue("missing required value")
        return None
    if len(text) > max_len:
        raise InvalidValue(f"longer than {max_len} characters")
    return text


def number_cell(value: Any) -> float | None:
    """A float from a number cell or text with '.' or ',' as decimal mark; None if empty."""
    if isinstance(value, bool):
        raise InvalidValue(f"bad number {value!r}")
    if isinstance(value, int | float):
        number = float(value)
    else:
        text = "" if value is None else str(value).strip()
        if not text:
            return None
        if not PLAIN_NUMBER.match(text):
            raise InvalidValue(f"bad number {text!r}")
        number = float(text.replace(",", "."))
    if not math.isfinite(number):
        raise InvalidValue(f"bad number {value!r}")
    return number


def parse_money(text: str) -> Decimal:
    """A balance written with '.' or ',' as decimal mark and/or thousands separator (rule in the module doc)."""
    cleaned = text.strip().replace("\u00a0", "").replace(" ", "").removeprefix("$")
    if cleaned.startswith("-"):
        raise InvalidValue("balance cannot be negative")
    match = _MONEY.fullmatch(cleaned)
    if match is None:
        raise InvalidValue(f"bad number {text.strip()!r}")
    lead, groups, separator, plain, fraction = match.groups()
    whole = plain if plain is not None else lead + groups.replace(separator, "")
    return Decimal(f"{whole}.{(fraction or '').ljust(2, '0')}")  # already in cents


def balance_cell(value: Any) -> Decimal:
    """A non-negative amount in cents precision from a number cell or text (see parse_money)."""
    if value is None or (isinstance(value, str) and not value.strip()):
        raise InvalidValue("missing required value")
    if isinstance(value, bool):
        raise InvalidValue(f"bad number {value!r}")
    if isinstance(value, str):
        cents = parse_money(value)  # text has at most two decimals
    else:
        try:
            amount = Decimal(repr(value))
        except InvalidOperation:
            raise InvalidValue(f"bad number {value!r}") from None
        if not amount.is_finite():
            raise InvalidValue(f"bad number {value!r}")
        cents = amount.quantize(_CENT)
        if abs(amount - cents) > _FLOAT_NOISE:  # float cells carry binary noise; real thirds of cents do not
            raise InvalidValue("more than two decimals")
    if cents < 0:
        raise InvalidValue("balance cannot be negative")
    if cents >= MAX_BALANCE:
        raise InvalidValue("balance is too large")
    return cents


def currency_cell(value: Any) -> str:
    """A 3-letter currency code, upper-cased."""
    text = text_cell(value, 100) or ""
    if not _CURRENCY.match(text.upper()):
        raise InvalidValue(f"currency must be 3 letters (ISO 4217), got {text!r}")
    return text.upper()


def external_ref_or_none(value: Any) -> str | None:
    """The external_ref of a row, or None when it has none (to spot duplicates in invalid rows too)."""
    try:
        return text_cell(value, 64)
    except InvalidValue:
        return None


def days_cell(value: Any) -> int:
    """Whole days past due (0 when empty)."""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, int) and not isinstance(value, bool):
        days = value
    else:
        text = "" if value is None else str(value).strip()
        if not text:
            return 0
        if not text.isdigit():
            raise InvalidValue(f"not a whole number of days: {text!r}")
        days = int(text)
    if not 0 <= days <= 100_000:
        raise InvalidValue("days_past_due must be between 0 and 100000")
    return days


# --- reading the file -------------------------------------------------------------------------


def normalize_header(cell: Any) -> str:
    """A header cell as a column name: trimmed, lower-case, spaces and dashes as underscores."""
    return str(cell or "").strip().lstrip("\ufeff").strip().lower().replace(" ", "_").replace("-", "_")


def csv_lines(path: Path) -> Iterator[tuple[int, list[Any]]]:
    """Rows of a CSV in UTF-8 (BOM or not; cp1252 as a fallback), delimiter ';', ',' or tab from the header."""
    data = path.read_bytes()
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        try:  # Excel's plain "CSV" in Spanish Windows is cp1252, not UTF-8
            text = data.decode("cp1252")
        except UnicodeDecodeError:
            raise ImportFileError(f"{path.name}: not UTF-8 text") from None
    first = next((line for line in text.splitlines() if line.strip()), "")
    delimiter = max(";,\t", key=first.count) if first else ","
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    line = 1
    try:
        for cells in reader:
            yield line, cells
            line = reader.line_num + 1
    except csv.Error as exc:
        raise ImportFileError(f"{path.name}, line {reader.line_num}: {exc}") from None


def xlsx_lines(path: Path) -> Iterator[tuple[int, list[Any]]]:
    """Rows of the first sheet of a workbook, values only (formulas as last computed), read by calamine.

    Empty cells come as "" (blank like None for every cell rule); whole numbers as floats.
    """
    from python_calamine import CalamineError, CalamineWorkbook  # import cost only for spreadsheet imports

    try:
        workbook = CalamineWorkbook.from_path(str(path))
        sheet = workbook.get_sheet_by_index(0)
    except (CalamineError, IndexError, OSError) as exc:
        raise ImportFileError(f"{path.name}: not a readable .xlsx workbook ({exc})") from None
    try:
        # calamine yields every row from the sheet's first (empty ones too): enumerate gives Excel's row numbers
        for line, cells in enumerate(sheet.iter_rows(), start=1):
            yield line, cells
    except CalamineError as exc:
        raise ImportFileError(f"{path.name}: not a readable .xlsx workbook ({exc})") from None
    finally:
        workbook.close()


def read_lines(path: Path) -> Iterator[tuple[int, list[Any]]]:
    """(line number, cells) of every row of a .csv or .xlsx file, blank rows included."""
    suffix = path.suffix.lower()
    if suffix == ".csv":
        return csv_lines(path)
    if suffix == ".xlsx":
        return xlsx_lines(path)
    raise ImportFileError(f"{path.name}: import reads .csv or .xlsx files")


def is_blank(cells: list[Any]) -> bool:
    """Whether a row has nothing in it."""
    return not any(cell is not None and (not isinstance(cell, str) or cell.strip()) for cell in cells)

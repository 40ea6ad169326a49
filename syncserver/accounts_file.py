"""Reading an accounts file (.csv or .xlsx) and checking its rows, cell by cell.

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
import zipfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from functools import partial
from pathlib import Path
from typing import Any

from .admin import AdminError
from .agents import normalize_agent_code

MAX_BALANCE = Decimal("1e13")
MAX_RADIUS_M = 10_000.0
_CENT = Decimal("0.01")
_PLAIN_NUMBER = re.compile(r"^[+-]?\d+(?:[.,]\d+)?$")
_MONEY_TEXT = re.compile(r"^\d[\d.,]*$")
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


@dataclass(frozen=True, slots=True)
class AccountRow:
    """One valid row of the file, ready to upsert."""

    line: int
    external_ref: str
    debtor_name: str
    address: str
    lat: float | None
    lon: float | None
    radius_m: float | None
    balance: Decimal
    currency: str
    days_past_due: int
    segment: str | None
    agent_code: str | None
    agent_id: int | None


def text_cell(value: Any, max_len: int, *, required: bool = True) -> str | None:
    """Trimmed text of at most max_len characters; None (or an error when required) if empty."""
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
        if not _PLAIN_NUMBER.match(text):
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
    if not _MONEY_TEXT.match(cleaned):
        raise InvalidValue(f"bad number {text.strip()!r}")
    whole, fraction = cleaned, ""
    last = max(cleaned.rfind("."), cleaned.rfind(","))
    if last >= 0:
        tail = cleaned[last + 1 :]
        if len(tail) in (1, 2):
            whole, fraction = cleaned[:last], tail
        elif len(tail) != 3:
            raise InvalidValue(f"bad number {text.strip()!r}")
    separators = {ch for ch in whole if ch in ".,"}
    if separators:
        groups = whole.split(separators.pop())
        ok = not separators and 1 <= len(groups[0]) <= 3 and groups[0][0] != "0"
        if not ok or not all(len(group) == 3 and group.isdigit() for group in groups[1:]):
            raise InvalidValue(f"bad number {text.strip()!r}")
        whole = "".join(groups)
    return Decimal(f"{whole}.{fraction or '0'}")


def balance_cell(value: Any) -> Decimal:
    """A non-negative amount in cents precision from a number cell or text (see parse_money)."""
    if value is None or (isinstance(value, str) and not value.strip()):
        raise InvalidValue("missing required value")
    if isinstance(value, bool):
        raise InvalidValue(f"bad number {value!r}")
    try:
        amount = parse_money(value) if isinstance(value, str) else Decimal(repr(value))
    except InvalidOperation:
        raise InvalidValue(f"bad number {value!r}") from None
    if not amount.is_finite():
        raise InvalidValue(f"bad number {value!r}")
    cents = amount.quantize(_CENT)
    if abs(amount - cents) > Decimal("1e-6"):  # float cells carry binary noise; real thirds of cents do not
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
    """Rows of the first sheet of a workbook, values only (formulas as last computed)."""
    from openpyxl import load_workbook  # import cost only for spreadsheet imports
    from openpyxl.utils.exceptions import InvalidFileException

    try:
        workbook = load_workbook(path, read_only=True, data_only=True)
    except (InvalidFileException, zipfile.BadZipFile, KeyError, OSError) as exc:
        raise ImportFileError(f"{path.name}: not a readable .xlsx workbook ({exc})") from None
    try:
        sheet = workbook.worksheets[0]
        sheet.reset_dimensions()  # some exporters write a wrong dimension; read every row
        for line, cells in enumerate(sheet.iter_rows(values_only=True), start=1):
            yield line, list(cells)
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


# --- rows ------------------------------------------------------------------------------------


def _agent_check(agents: dict[str, tuple[int, bool]]) -> Callable[[Any], tuple[str | None, int | None]]:
    def check(cell: Any) -> tuple[str | None, int | None]:
        text = text_cell(cell, 40, required=False)
        if text is None:
            return None, None
        code = normalize_agent_code(text)
        if code not in agents:
            raise InvalidValue(f"unknown agent_code {text!r}")
        agent_id, active = agents[code]
        if not active:
            raise InvalidValue(f"agent {code} is inactive")
        return code, agent_id

    return check


_CELL_CHECKS: dict[str, Callable[[Any], Any]] = {
    "external_ref": partial(text_cell, max_len=64),
    "debtor_name": partial(text_cell, max_len=200),
    "address": partial(text_cell, max_len=500),
    "lat": number_cell,
    "lon": number_cell,
    "radius_m": number_cell,
    "balance": balance_cell,
    "currency": currency_cell,
    "days_past_due": days_cell,
    "segment": partial(text_cell, max_len=64, required=False),
}
_ABSENT = {"days_past_due": 0, "segment": None, "agent_code": (None, None)}


class RowValidator:
    """Checks the rows of one file against its header and the agents in the database."""

    def __init__(self, index: dict[str, int], agents: dict[str, tuple[int, bool]]) -> None:
        checks = {**_CELL_CHECKS, "agent_code": _agent_check(agents)}
        self.cells = [(name, index[name], checks[name]) for name in checks if name in index]

    def __call__(self, line: int, cells: list[Any]) -> tuple[AccountRow | None, list[RowError]]:
        values: dict[str, Any] = dict(_ABSENT)
        errors: list[RowError] = []
        width = len(cells)
        for column, i, check in self.cells:
            try:
                values[column] = check(cells[i] if i < width else None)
            except InvalidValue as exc:
                errors.append(RowError(line, column, str(exc)))
        lat, lon, radius = values.get("lat"), values.get("lon"), values.get("radius_m")
        if lat is not None and not -90 <= lat <= 90:
            errors.append(RowError(line, "lat", f"lat {lat} out of range -90..90"))
        if lon is not None and not -180 <= lon <= 180:
            errors.append(RowError(line, "lon", f"lon {lon} out of range -180..180"))
        if "lat" in values and "lon" in values and (lat is None) != (lon is None):
            missing = "lat" if lat is None else "lon"
            errors.append(RowError(line, missing, "lat and lon go together: give both or neither"))
        if lat == 0 and lon == 0:
            errors.append(RowError(line, "lat", "lat/lon 0,0 is no address; leave both empty when unknown"))
        if radius is not None and not 0 < radius <= MAX_RADIUS_M:
            errors.append(RowError(line, "radius_m", f"radius_m must be over 0 and at most {MAX_RADIUS_M:g}"))
        if errors:
            return None, errors
        agent_code, agent_id = values.pop("agent_code")
        return AccountRow(line=line, agent_code=agent_code, agent_id=agent_id, **values), []

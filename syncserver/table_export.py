"""Write a table to .xlsx or .csv with typed cells: one generic writer for every export of Campo.

A table is a title, typed columns and rows of plain values. The suffix of the path picks the format:

- ``.xlsx`` (openpyxl): one sheet named after the title, the column titles in row 1 (bold, frozen,
  with an autofilter), then one row per row. Cells keep their type: ``int`` and ``number`` are
  numbers, ``rate`` is the fraction (0.5714) shown with a percent format, ``money`` a number with 2
  decimals, ``date`` and ``datetime`` real Excel dates. ``None`` is an empty cell.
- ``.csv``: UTF-8 with a byte-order mark (so Excel reads the accents), ``,`` between fields and
  ``.`` for decimals (RFC 4180, the same file on every locale), the column titles first. Rates are
  fractions with 4 decimals, money has 2 decimals, other numbers up to 4, dates ``YYYY-MM-DD``, datetimes
  ``YYYY-MM-DD HH:MM:SS``. ``None`` is an empty field.

A datetime is written as its own wall-clock time, without offset: convert aware UTC moments to the
zone the reader expects (the branch's) before passing them.
"""

from __future__ import annotations

import csv
import os
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path
from typing import Any

KINDS = ("text", "int", "number", "rate", "money", "date", "datetime")
FORMATS = {".xlsx": "xlsx", ".csv": "csv"}
_XLSX_FORMATS = {"int": "#,##0", "number": "#,##0.00", "rate": "0.0%", "money": "#,##0.00",
                 "date": "yyyy-mm-dd", "datetime": "yyyy-mm-dd hh:mm"}
_CENT = Decimal("0.01")
_SHEET_FORBIDDEN = re.compile(r"[\[\]:*?/\\]")


@dataclass(frozen=True, slots=True)
class Column:
    """A column: its title as the reader sees it, its kind (one of KINDS), and its width in characters."""

    title: str
    kind: str = "text"
    width: int | None = None

    def __post_init__(self) -> None:
        if self.kind not in KINDS:
            raise ValueError(f"column {self.title!r}: kind must be one of {', '.join(KINDS)}, not {self.kind!r}")


class ExportError(ValueError):
    """A table that cannot be written as asked (unknown suffix, a value that does not fit its column)."""


def export_format(path: Path | str) -> str:
    """'xlsx' or 'csv' from the path's suffix; ExportError for any other."""
    suffix = Path(path).suffix.lower()
    if suffix not in FORMATS:
        raise ExportError(f"{Path(path).name}: choose a .xlsx or .csv file name (not {suffix or 'no suffix'!r})")
    return FORMATS[suffix]


def export_table(path: Path | str, title: str, columns: Sequence[Column], rows: Iterable[Sequence[Any]]) -> int:
    """Write the rows under the columns to `path` (.xlsx or .csv by its suffix); returns the rows written."""
    path = Path(path)
    kind = export_format(path)
    checked = (_checked(columns, number, row) for number, row in enumerate(rows, start=1))
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(f".{path.name}.partial")  # a failed export leaves no half-written file behind
    try:
        if kind == "xlsx":
            count = _write_xlsx(partial, title, columns, checked)
        else:
            count = _write_csv(partial, columns, checked)
        os.replace(partial, path)
    finally:
        partial.unlink(missing_ok=True)
    return count


def _checked(columns: Sequence[Column], number: int, row: Sequence[Any]) -> Sequence[Any]:
    """The row itself, once each value is known to fit its column's kind."""
    if len(row) != len(columns):
        raise ExportError(f"row {number} has {len(row)} values for {len(columns)} columns")
    for column, value in zip(columns, row, strict=True):
        if value is not None and not _fits(column.kind, value):
            raise ExportError(f"row {number}, column {column.title!r}: {value!r} is not a {column.kind}")
    return row


def _fits(kind: str, value: Any) -> bool:
    if kind == "text":
        return isinstance(value, str)
    if kind == "int":
        return isinstance(value, int) and not isinstance(value, bool)
    if kind in ("number", "rate", "money"):
        return isinstance(value, int | float | Decimal) and not isinstance(value, bool)
    if kind == "datetime":
        return isinstance(value, datetime)
    return isinstance(value, date) and not isinstance(value, datetime)


def _cell_value(kind: str, value: Any) -> Any:
    """The value as openpyxl stores it: money as an exact 2-decimal Decimal, datetimes without offset."""
    if value is None:
        return None
    if kind == "money":
        return Decimal(value).quantize(_CENT, ROUND_HALF_UP)
    if kind == "datetime":
        return value.replace(tzinfo=None)
    return value


def sheet_title(title: str) -> str:
    """The title as Excel allows a sheet name: no []:*?/\\, at most 31 characters, not empty."""
    return _SHEET_FORBIDDEN.sub("-", title).strip("'")[:31] or "Campo"


def _write_xlsx(path: Path, title: str, columns: Sequence[Column], rows: Iterable[Sequence[Any]]) -> int:
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter

    book = Workbook(write_only=True)
    book.properties.title = title
    sheet = book.create_sheet(sheet_title(title))
    sheet.freeze_panes = "A2"
    for i, column in enumerate(columns, start=1):
        sheet.column_dimensions[get_column_letter(i)].width = column.width or _default_width(column)
    bold, fill = Font(bold=True, color="FFFFFF"), PatternFill("solid", fgColor="1F3A5F")
    header = []
    for column in columns:
        cell = WriteOnlyCell(sheet, column.title)
        cell.font, cell.fill, cell.alignment = bold, fill, Alignment(vertical="center", wrap_text=True)
        header.append(cell)
    sheet.append(header)
    count = 0
    try:
        for row in rows:
            cells = []
            for column, value in zip(columns, row, strict=True):
                cell = WriteOnlyCell(sheet, _cell_value(column.kind, value))
                if column.kind in _XLSX_FORMATS:
                    cell.number_format = _XLSX_FORMATS[column.kind]
                cells.append(cell)
            sheet.append(cells)
            count += 1
    except BaseException:
        sheet.close()  # the streamed sheet's temporary file, which save() would otherwise close
        raise
    sheet.auto_filter.ref = f"A1:{get_column_letter(len(columns))}{count + 1}"
    book.save(path)
    return count


def _default_width(column: Column) -> int:
    floor = {"datetime": 17, "date": 11, "money": 14, "text": 12}.get(column.kind, 9)
    return min(40, max(floor, len(column.title) + 2))


def _csv_text(kind: str, value: Any) -> str:
    if value is None:
        return ""
    if kind == "rate":
        return f"{float(value):.4f}"
    if kind == "money":
        return str(Decimal(value).quantize(_CENT, ROUND_HALF_UP))
    if kind == "number":
        return f"{float(value):.4f}".rstrip("0").rstrip(".")
    if kind == "datetime":
        return value.replace(tzinfo=None).isoformat(sep=" ", timespec="seconds")
    if kind == "date":
        return value.isoformat()
    return str(value)


def _write_csv(path: Path, columns: Sequence[Column], rows: Iterable[Sequence[Any]]) -> int:
    count = 0
    with path.open("w", encoding="utf-8-sig", newline="") as out:
        writer = csv.writer(out, delimiter=",", lineterminator="\r\n")
        writer.writerow([column.title for column in columns])
        for row in rows:
            writer.writerow([_csv_text(c.kind, value) for c, value in zip(columns, row, strict=True)])
            count += 1
    return count

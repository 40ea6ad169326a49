"""Import the portfolio from .csv or .xlsx: validate every row first, then upsert in one transaction.

Columns (a header row, any order, any case): external_ref, debtor_name, address, balance and
currency are required (currency may be left out when the branch's currency is known from its time
zone: see phones.COUNTRIES); optional: lat and lon (together), radius_m, days_past_due,
agent_code, segment, document_id, phones, email, consent_email, consent_sms, consent_whatsapp,
product, original_amount, instalment_due_dates, notes. A file with its own headers is read through
a mapping (accounts_mapping). An optional column that is absent leaves that field of existing
accounts alone; present but empty it means 0 / unassigned / none / no consent. How cells may be
written is in accounts_file, account_fields and phones.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from contextlib import closing
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, select

from .accounts_file import ImportFileError, RowError, external_ref_or_none, is_blank, read_lines
from .accounts_mapping import ColumnMapping, header_label, resolve_columns
from .accounts_rows import AccountRow, RowValidator
from .accounts_upsert import ImportCancelled, ImportResult, apply_import
from .admin import transaction
from .branch import load_branch
from .db.models import Agent
from .gc_pause import gc_paused
from .phones import Country, country_of

__all__ = [
    "AccountRow", "FilePeek", "ImportCancelled", "ImportFileError", "ImportPlan", "ImportResult", "RowError",
    "apply_import", "branch_country", "parse_accounts_file", "peek_file",
]

Progress = Callable[[int, int], None]
CHECK_EVERY = 2000  # lines between progress reports and cancellation checks while reading


@dataclass(frozen=True, slots=True)
class ImportPlan:
    """What an import would do: valid rows, per-cell errors, the fields the file feeds and from where."""

    path: Path
    columns: frozenset[str]
    rows: tuple[AccountRow, ...]
    errors: tuple[RowError, ...]
    ignored_columns: tuple[str, ...] = ()
    mapping: dict[str, tuple[str, ...]] = field(default_factory=dict)

    @property
    def invalid_lines(self) -> int:
        """How many rows of the file will not be imported."""
        return len({error.line for error in self.errors})


def branch_country(bind: Engine | Connection) -> Country | None:
    """The branch's country as its time zone says (phone prefix, default currency), when known."""
    with transaction(bind) as conn:
        return country_of(load_branch(conn).timezone)


def agent_map(conn: Connection) -> dict[str, tuple[int, bool]]:
    """Agent code -> (id, active)."""
    rows = conn.execute(select(Agent.code, Agent.id, Agent.active))
    return {code: (agent_id, active) for code, agent_id, active in rows}


@dataclass(frozen=True, slots=True)
class FilePeek:
    """The header of a file as written and its first rows, to choose a mapping before reading it all."""

    path: Path
    header_line: int
    headers: tuple[str, ...]
    samples: tuple[tuple[Any, ...], ...]


def peek_file(path: Path | str, rows: int = 5) -> FilePeek:
    """The header row (first non-blank row) and up to `rows` non-blank rows after it."""
    path = Path(path)
    if not path.is_file():
        raise ImportFileError(f"{path}: no such file")
    with closing(read_lines(path)) as lines:
        header_line, header = next(((n, cells) for n, cells in lines if not is_blank(cells)), (0, []))
        if not header:
            raise ImportFileError(f"{path.name}: no header row")
        width = max(i for i, cell in enumerate(header) if not is_blank([cell])) + 1
        samples = []
        for _line, cells in lines:
            if len(samples) >= rows:
                break
            if not is_blank(cells):
                samples.append(tuple((list(cells) + [None] * width)[:width]))
    return FilePeek(path, header_line, tuple(header_label(cell) for cell in header[:width]), tuple(samples))


def _line_count(path: Path) -> int:
    """Lines of a CSV (for progress; 0 for a workbook, whose row count is not known up front)."""
    if path.suffix.lower() != ".csv":
        return 0
    with path.open("rb") as handle:
        return sum(chunk.count(b"\n") for chunk in iter(lambda: handle.read(1 << 20), b""))


def parse_accounts_file(
    path: Path | str,
    engine: Engine | Connection,
    mapping: ColumnMapping | None = None,
    *,
    progress: Progress | None = None,
    cancel: threading.Event | None = None,
) -> ImportPlan:
    """Read and validate every row (agent codes against the database) without writing anything.

    `progress(lines read, lines in the file, or 0 when not known)` is called now and then, and
    `progress(n, n)` at the end; when `cancel` is set reading stops with ImportCancelled.
    """
    path = Path(path)
    if not path.is_file():
        raise ImportFileError(f"{path}: no such file")
    with transaction(engine) as conn:
        agents = agent_map(conn)
        country = country_of(load_branch(conn).timezone)
    total = _line_count(path) if progress else 0
    rows: list[AccountRow] = []
    errors: list[RowError] = []
    first_seen: dict[str, int] = {}
    with closing(read_lines(path)) as lines, gc_paused():
        header_line, header = next(((n, cells) for n, cells in lines if not is_blank(cells)), (0, []))
        if not header:
            raise ImportFileError(f"{path.name}: no header row")
        columns = resolve_columns(path, header_line, header, mapping, currency_known=country is not None)
        width = max(i for i, cell in enumerate(header) if not is_blank([cell])) + 1
        validate = RowValidator(columns, agents, calling_code=country and country.calling_code,
                                currency=country and country.currency)
        ref = columns["external_ref"][0]
        line = header_line
        for line, cells in lines:
            if line % CHECK_EVERY == 0:
                if progress:
                    progress(line, total)
                if cancel is not None and cancel.is_set():
                    raise ImportCancelled(f"{path.name}: reading cancelled at line {line}")
            first = cells[0] if cells else None
            if not (type(first) is str and first.strip()) and is_blank(cells):  # usually the first cell says
                continue
            row, row_errors = validate(line, cells)
            if len(cells) > width and not is_blank(cells[width:]):
                message = f"{len(cells)} cells but the header has {width} (is a decimal comma unquoted?)"
                row, row_errors = None, [*row_errors, RowError(line, "*", message)]
            cell = cells[ref.index] if ref.index < len(cells) else None
            key = row.external_ref if row else external_ref_or_none(cell)
            if key is not None and key in first_seen:
                message = f"duplicate external_ref {key!r}, first on line {first_seen[key]}"
                row, row_errors = None, [*row_errors, RowError(line, ref.label, message)]
            elif key is not None:
                first_seen[key] = line
            errors.extend(row_errors)
            if row is not None:
                rows.append(row)
    if progress:
        progress(line, line)  # the end, whether or not the count was known
    used = {column.index for found in columns.values() for column in found}
    ignored = tuple(str(cell).strip() for i, cell in enumerate(header) if i not in used and not is_blank([cell]))
    labels = {name: tuple(column.label for column in found) for name, found in columns.items()}
    return ImportPlan(path, frozenset(columns), tuple(rows), tuple(errors), ignored, labels)


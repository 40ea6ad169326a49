"""Import the portfolio from .csv or .xlsx: validate every row first, then upsert in one transaction.

Columns (header row, any order, any case): external_ref, debtor_name, address, lat, lon, radius_m,
balance, currency, and optionally days_past_due, agent_code, segment. An optional column that is
absent leaves that field of existing accounts alone; present but empty it means 0 / unassigned / none.
How numbers may be written is in accounts_file.
"""

from __future__ import annotations

from collections.abc import Callable
from contextlib import closing
from dataclasses import dataclass, replace
from datetime import datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, bindparam, insert, select, update

from .accounts_file import (
    ImportFileError,
    InvalidValue,
    balance_cell,
    currency_cell,
    days_cell,
    external_ref_or_none,
    is_blank,
    normalize_header,
    number_cell,
    read_lines,
    text_cell,
)
from .admin import transaction
from .agents import normalize_agent_code
from .changes import close_assignments, open_assignments, record_account_changes
from .clock import utcnow
from .db.models import Account, Agent

__all__ = ["ImportFileError", "ImportPlan", "ImportResult", "RowError", "apply_import", "parse_accounts_file"]

REQUIRED_COLUMNS = ("external_ref", "debtor_name", "address", "lat", "lon", "radius_m", "balance", "currency")
OPTIONAL_COLUMNS = ("days_past_due", "agent_code", "segment")
MAX_RADIUS_M = 10_000.0
CHUNK = 1000

Progress = Callable[[int, int], None]


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


@dataclass(frozen=True, slots=True)
class ImportPlan:
    """What an import would do: valid rows, per-cell errors, the columns the file has."""

    path: Path
    columns: frozenset[str]
    rows: tuple[AccountRow, ...]
    errors: tuple[RowError, ...]
    ignored_columns: tuple[str, ...] = ()

    @property
    def invalid_lines(self) -> int:
        """How many rows of the file will not be imported."""
        return len({error.line for error in self.errors})


@dataclass(frozen=True, slots=True)
class ImportResult:
    """What apply_import did; created + updated + moved + unchanged = rows applied."""

    created: int
    updated: int
    moved: int
    unchanged: int
    errors: tuple[RowError, ...]


# --- phase 1: validate ------------------------------------------------------------------------


def _agent_map(conn: Connection) -> dict[str, tuple[int, bool]]:
    rows = conn.execute(select(Agent.code, Agent.id, Agent.active))
    return {code: (agent_id, active) for code, agent_id, active in rows}


def _agent(cell: Any, agents: dict[str, tuple[int, bool]]) -> tuple[str | None, int | None]:
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


def _row(
    line: int, cells: dict[str, Any], agents: dict[str, tuple[int, bool]]
) -> tuple[AccountRow | None, list[RowError]]:
    values: dict[str, Any] = {}
    errors: list[RowError] = []
    checks: dict[str, Callable[[Any], Any]] = {
        "external_ref": lambda v: text_cell(v, 64),
        "debtor_name": lambda v: text_cell(v, 200),
        "address": lambda v: text_cell(v, 500),
        "lat": number_cell,
        "lon": number_cell,
        "radius_m": number_cell,
        "balance": balance_cell,
        "currency": currency_cell,
        "days_past_due": days_cell,
        "segment": lambda v: text_cell(v, 64, required=False),
        "agent_code": lambda v: _agent(v, agents),
    }
    for column, check in checks.items():
        try:
            values[column] = check(cells.get(column))
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
        errors.append(RowError(line, "lat", "lat/lon 0,0 is not an address; leave both empty when unknown"))
    if radius is not None and not 0 < radius <= MAX_RADIUS_M:
        errors.append(RowError(line, "radius_m", f"radius_m must be above 0 and at most {MAX_RADIUS_M:g}"))
    if errors:
        return None, errors
    agent_code, agent_id = values.pop("agent_code")
    return AccountRow(line=line, agent_code=agent_code, agent_id=agent_id, **values), []


def _columns(path: Path, header_line: int, header: list[Any]) -> dict[str, int]:
    """Where each known column is in the header; ImportFileError if one is missing or repeated."""
    names = [normalize_header(cell) for cell in header]
    known = REQUIRED_COLUMNS + OPTIONAL_COLUMNS
    repeated = sorted({name for name in names if name in known and names.count(name) > 1})
    if repeated:
        raise ImportFileError(f"{path.name}, line {header_line}: column {repeated[0]} appears twice")
    missing = [name for name in REQUIRED_COLUMNS if name not in names]
    if missing:
        raise ImportFileError(f"{path.name}, line {header_line}: missing column(s) {', '.join(missing)}")
    return {name: i for i, name in enumerate(names) if name in known}


def parse_accounts_file(path: Path | str, engine: Engine | Connection) -> ImportPlan:
    """Read and validate every row (agent codes against the database) without writing anything."""
    path = Path(path)
    if not path.is_file():
        raise ImportFileError(f"{path}: no such file")
    with transaction(engine) as conn:
        agents = _agent_map(conn)
    rows: list[AccountRow] = []
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
            by_name = {name: cells[i] if i < len(cells) else None for name, i in index.items()}
            row, row_errors = _row(line, by_name, agents)
            if not is_blank(cells[width:]):
                message = f"{len(cells)} cells but the header has {width} (is a decimal comma unquoted?)"
                row, row_errors = None, [*row_errors, RowError(line, "*", message)]
            ref = external_ref_or_none(by_name.get("external_ref"))
            if ref is not None and ref in first_seen:
                message = f"duplicate external_ref {ref!r}, first on line {first_seen[ref]}"
                row, row_errors = None, [*row_errors, RowError(line, "external_ref", message)]
            elif ref is not None:
                first_seen[ref] = line
            errors.extend(row_errors)
            if row is not None:
                rows.append(row)
    ignored = tuple(str(cell).strip() for i, cell in enumerate(header) if i not in index.values() and not is_blank([cell]))
    return ImportPlan(path, frozenset(index), tuple(rows), tuple(errors), ignored)


# --- phase 2: write ---------------------------------------------------------------------------

_DATA_FIELDS = ("debtor_name", "address", "lat", "lon", "radius_m", "balance", "currency", "days_past_due", "segment")
_EXISTING = select(Account.id, Account.external_ref, Account.agent_id, *(getattr(Account, f) for f in _DATA_FIELDS))
_UPDATE = update(Account.__table__).where(Account.__table__.c.id == bindparam("b_id"))
_INSERT = insert(Account.__table__).returning(Account.__table__.c.id, sort_by_parameter_order=True)


def _recheck_agents(conn: Connection, plan: ImportPlan) -> tuple[list[AccountRow], list[RowError]]:
    """Rows whose agent vanished or was deactivated since parsing become errors."""
    agents = _agent_map(conn)
    rows, errors = [], []
    for row in plan.rows:
        if row.agent_code is None:
            rows.append(row)
        elif agents.get(row.agent_code, (None, False))[1]:
            rows.append(replace(row, agent_id=agents[row.agent_code][0]))
        else:
            errors.append(RowError(row.line, "agent_code", f"agent {row.agent_code} is unknown or inactive"))
    return rows, errors


def apply_import(
    engine: Engine, plan: ImportPlan, progress: Progress | None = None, *, now: datetime | None = None
) -> ImportResult:
    """Upsert the plan's valid rows by external_ref in one transaction, with assignment history and change log."""
    now = now or utcnow()
    fields = [f for f in _DATA_FIELDS if f in REQUIRED_COLUMNS or f in plan.columns]
    with_agent = "agent_code" in plan.columns
    counts = {"created": 0, "updated": 0, "moved": 0, "unchanged": 0}
    with engine.begin() as conn:
        rows, late_errors = _recheck_agents(conn, plan)
        if progress:
            progress(0, len(rows))
        for start in range(0, len(rows), CHUNK):
            chunk = rows[start : start + CHUNK]
            refs = [row.external_ref for row in chunk]
            existing = {found.external_ref: found for found in conn.execute(_EXISTING.where(Account.external_ref.in_(refs)))}
            new_rows: list[AccountRow] = []
            updates: list[dict[str, Any]] = []
            closed: list[int] = []
            opened: list[tuple[int, int]] = []
            changes: list[tuple[int, int | None]] = []
            for row in chunk:
                old = existing.get(row.external_ref)
                if old is None:
                    new_rows.append(row)
                    continue
                values = {f: getattr(row, f) for f in fields}
                agent_id = row.agent_id if with_agent else old.agent_id
                moved = agent_id != old.agent_id
                if not moved and all(getattr(old, f) == v for f, v in values.items()):
                    counts["unchanged"] += 1
                    continue
                updates.append({"b_id": old.id, **values, "agent_id": agent_id, "updated_at": now})
                changes += [(old.id, old.agent_id), (old.id, agent_id)]
                counts["moved" if moved else "updated"] += 1
                if moved:
                    closed.append(old.id)
                    if agent_id is not None:
                        opened.append((old.id, agent_id))
            if new_rows:
                params = [_new_account(row, now) for row in new_rows]
                ids = conn.execute(_INSERT, params).scalars().all()
                for account_id, row in zip(ids, new_rows, strict=True):
                    if row.agent_id is not None:
                        opened.append((account_id, row.agent_id))
                        changes.append((account_id, row.agent_id))
                counts["created"] += len(new_rows)
            if updates:
                conn.execute(_UPDATE, updates)
            close_assignments(conn, closed, now)
            open_assignments(conn, opened, now)
            record_account_changes(conn, changes, now)
            if progress:
                progress(start + len(chunk), len(rows))
    errors = tuple(sorted((*plan.errors, *late_errors), key=lambda e: e.line))
    return ImportResult(errors=errors, **counts)


def _new_account(row: AccountRow, now: datetime) -> dict[str, Any]:
    return {
        "external_ref": row.external_ref,
        **{f: getattr(row, f) for f in _DATA_FIELDS},
        "polygon": None,
        "questionnaire_id": None,
        "visit_order": None,
        "agent_id": row.agent_id,
        "updated_at": now,
    }

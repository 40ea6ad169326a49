"""Import the portfolio from .csv or .xlsx: validate every row first, then upsert in one transaction.

Columns (header row, any order, any case): external_ref, debtor_name, address, lat, lon, radius_m,
balance, currency, and optionally days_past_due, agent_code, segment. An optional column that is
absent leaves that field of existing accounts alone; present but empty it means 0 / unassigned / none.
How numbers may be written is in accounts_file.
"""

from __future__ import annotations

from collections.abc import Callable
from contextlib import closing
from dataclasses import dataclass
from datetime import datetime
from operator import attrgetter
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, bindparam, insert, select, update

from .accounts_file import (
    AccountRow,
    ImportFileError,
    RowError,
    RowValidator,
    external_ref_or_none,
    is_blank,
    normalize_header,
    read_lines,
)
from .admin import in_values, transaction
from .audit import ACCOUNTS_IMPORTED, SYSTEM, record
from .changes import (
    close_assignments,
    open_assignments_to_holders,
    record_account_changes,
    record_changes_for_holders,
)
from .clock import utcnow
from .db.models import Account, Agent
from .permissions import ACCOUNTS_IMPORT, authorize

__all__ = [
    "AccountRow", "ImportFileError", "ImportPlan", "ImportResult", "RowError", "apply_import", "parse_accounts_file"
]

REQUIRED_COLUMNS = ("external_ref", "debtor_name", "address", "lat", "lon", "radius_m", "balance", "currency")
OPTIONAL_COLUMNS = ("days_past_due", "agent_code", "segment")
CHUNK = 1000

Progress = Callable[[int, int], None]


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
        validate = RowValidator(index, agents)
        ref_at = index["external_ref"]
        for line, cells in lines:
            if is_blank(cells):
                continue
            row, row_errors = validate(line, cells)
            if len(cells) > width and not is_blank(cells[width:]):
                message = f"{len(cells)} cells but the header has {width} (is a decimal comma unquoted?)"
                row, row_errors = None, [*row_errors, RowError(line, "*", message)]
            ref = row.external_ref if row else external_ref_or_none(cells[ref_at] if ref_at < len(cells) else None)
            if ref is not None and ref in first_seen:
                message = f"duplicate external_ref {ref!r}, first on line {first_seen[ref]}"
                row, row_errors = None, [*row_errors, RowError(line, "external_ref", message)]
            elif ref is not None:
                first_seen[ref] = line
            errors.extend(row_errors)
            if row is not None:
                rows.append(row)
    used = set(index.values())
    ignored = tuple(str(cell).strip() for i, cell in enumerate(header) if i not in used and not is_blank([cell]))
    return ImportPlan(path, frozenset(index), tuple(rows), tuple(errors), ignored)


# --- phase 2: write ---------------------------------------------------------------------------

_accounts = Account.__table__
_DATA_FIELDS = (
    "debtor_name", "address", "lat", "lon", "radius_m", "balance", "currency", "days_past_due", "segment"
)
_UPDATE = update(_accounts).where(_accounts.c.id == bindparam("b_id"))


class _Upsert:
    """Compares each chunk of rows with the stored accounts and writes only the differences."""

    def __init__(self, conn: Connection, plan: ImportPlan, now: datetime) -> None:
        self.conn, self.now = conn, now
        # Optional columns the file lacks are neither compared nor written.
        self.fields = tuple(f for f in _DATA_FIELDS if f in REQUIRED_COLUMNS or f in plan.columns)
        self.values_of = attrgetter(*self.fields)
        self.with_agent = "agent_code" in plan.columns
        self.agents = _agent_map(conn)  # an agent deactivated since parsing must not receive accounts
        self.existing = select(_accounts.c.external_ref, _accounts.c.id, _accounts.c.agent_id).add_columns(
            *(_accounts.c[f] for f in self.fields)
        )
        self.counts = {"created": 0, "updated": 0, "moved": 0, "unchanged": 0}
        self.errors: list[RowError] = []
        self.moves: list[tuple[str, int | None, int | None]] = []  # (external_ref, old agent id, new agent id)

    def chunk(self, rows: tuple[AccountRow, ...]) -> None:
        """Upsert one chunk of rows."""
        refs = [row.external_ref for row in rows]
        found = self.conn.execute(self.existing.where(in_values(self.conn, _accounts.c.external_ref, refs)))
        stored = {ref: (account_id, agent_id, tuple(rest)) for ref, account_id, agent_id, *rest in found}
        inserts: list[dict[str, Any]] = []
        updates: list[dict[str, Any]] = []
        moved: list[tuple[int, int | None]] = []
        for row in rows:
            agent_id = None
            if row.agent_code is not None:
                agent_id, active = self.agents.get(row.agent_code, (None, False))
                if not active:
                    message = f"agent {row.agent_code} is unknown or inactive"
                    self.errors.append(RowError(row.line, "agent_code", message))
                    continue
            values = self.values_of(row)
            if row.external_ref not in stored:
                inserts.append({"external_ref": row.external_ref, **dict(zip(self.fields, values, strict=True)),
                                "agent_id": agent_id, "updated_at": self.now})
                self.counts["created"] += 1
                continue
            account_id, old_agent_id, old_values = stored[row.external_ref]
            agent_id = agent_id if self.with_agent else old_agent_id
            if agent_id == old_agent_id and values == old_values:
                self.counts["unchanged"] += 1
                continue
            self.counts["updated" if agent_id == old_agent_id else "moved"] += 1
            updates.append({"b_id": account_id, **dict(zip(self.fields, values, strict=True)),
                            "agent_id": agent_id, "updated_at": self.now})
            if agent_id != old_agent_id:
                moved.append((account_id, old_agent_id))
                self.moves.append((row.external_ref, old_agent_id, agent_id))
        self._write(inserts, updates, moved)

    def _write(self, inserts: list[dict], updates: list[dict], moved: list[tuple[int, int | None]]) -> None:
        """Bulk statements; history and change-log rows come from INSERT ... SELECT, not row by row."""
        conn, now = self.conn, self.now
        if inserts:
            conn.execute(insert(_accounts), inserts)
            refs = [params["external_ref"] for params in inserts]
            created = in_values(conn, _accounts.c.external_ref, refs)
            open_assignments_to_holders(conn, created, now)
            record_changes_for_holders(conn, created, now)
        if updates:
            conn.execute(_UPDATE, updates)
            record_account_changes(conn, moved, now)  # the old holders: their devices drop the account
            moved_ids = [account_id for account_id, _old in moved]
            close_assignments(conn, moved_ids, now)
            if moved_ids:
                open_assignments_to_holders(conn, in_values(conn, _accounts.c.id, moved_ids), now)
            changed = in_values(conn, _accounts.c.id, [params["b_id"] for params in updates])
            record_changes_for_holders(conn, changed, now)

    def audit(self, actor: str, plan: ImportPlan) -> None:
        """One audit entry for the whole import: the counts, and every account that changed agent."""
        codes = {agent_id: code for code, (agent_id, _active) in self.agents.items()}
        moved = [[ref, codes.get(old), codes.get(new)] for ref, old, new in self.moves]
        record(self.conn, actor=actor, action=ACCOUNTS_IMPORTED, subject_type="file", subject_id=plan.path.name,
               details={**self.counts, "invalid_rows": len({e.line for e in (*plan.errors, *self.errors)}),
                        "moved_accounts": moved}, at=self.now)


def apply_import(
    bind: Engine | Connection,
    plan: ImportPlan,
    progress: Progress | None = None,
    *,
    now: datetime | None = None,
    actor: str = SYSTEM,
) -> ImportResult:
    """Upsert the valid rows by external_ref in one transaction, with assignment history and change log.

    Only accounts that really change are written and logged; a change of agent counts as moved. The
    import is audited once, in the same transaction: counts and the moved accounts [ref, from, to].
    """
    total = len(plan.rows)
    with transaction(bind) as conn:
        authorize(conn, actor, ACCOUNTS_IMPORT)
        upsert = _Upsert(conn, plan, now or utcnow())
        if progress:
            progress(0, total)
        for start in range(0, total, CHUNK):
            upsert.chunk(plan.rows[start : start + CHUNK])
            if progress:
                progress(min(start + CHUNK, total), total)
        upsert.audit(actor, plan)
    errors = tuple(sorted((*plan.errors, *upsert.errors), key=lambda error: error.line))
    return ImportResult(errors=errors, **upsert.counts)

"""Writing an import plan: upsert by external_ref in one transaction, logging only real changes."""

from __future__ import annotations

import threading
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, fields
from datetime import datetime
from operator import attrgetter
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, Engine, bindparam, insert, select, update

from .accounts_file import RowError
from .accounts_rows import AccountRow
from .admin import AdminError, in_values, transaction
from .audit import ACCOUNTS_IMPORTED, SYSTEM, record
from .changes import (
    assign_new_accounts,
    close_assignments,
    open_assignments_to_holders,
    record_account_changes,
    record_changes_for_holders,
)
from .clock import utcnow
from .db.executemany import DriverStatement
from .db.models import Account, Agent
from .gc_pause import gc_paused
from .kpis.summaries import accounts_changed, ensure_summaries
from .permissions import ACCOUNTS_IMPORT, authorize

if TYPE_CHECKING:
    from .accounts_import import ImportPlan

CHUNK = 2000
Progress = Callable[[int, int], None]

_accounts = Account.__table__
_DATA_FIELDS = tuple(f.name for f in fields(AccountRow) if f.name not in ("line", "external_ref", "agent_code",
                                                                         "agent_id"))
_ALWAYS = ("debtor_name", "address", "balance")  # required in every file
_INSERTED = ("external_ref", *_DATA_FIELDS, "agent_id", "updated_at")


class ImportCancelled(AdminError):
    """The import was cancelled before it committed: nothing of it was written."""


@dataclass(frozen=True, slots=True)
class ImportResult:
    """What apply_import did; created + updated + moved + unchanged = rows applied."""

    created: int
    updated: int
    moved: int
    unchanged: int
    errors: tuple[RowError, ...]


class _Upsert:
    """Compares each chunk of rows with the stored accounts and writes only the differences."""

    def __init__(self, conn: Connection, plan: ImportPlan, now: datetime) -> None:
        self.conn, self.now = conn, now
        ensure_summaries(conn)  # built now, while empty of this import: later refreshes are incremental
        # Optional columns the file lacks are neither compared nor written to existing accounts.
        self.fields = tuple(f for f in _DATA_FIELDS if f in _ALWAYS or f in plan.columns)
        self.values_of = attrgetter(*self.fields)
        self.new_values_of = attrgetter(*_DATA_FIELDS)
        self.with_agent = "agent_code" in plan.columns
        self.agent_label = plan.mapping.get("agent_code", ("agent_code",))[0]
        rows = conn.execute(select(Agent.code, Agent.id, Agent.active))
        self.agents = {code: (agent_id, active) for code, agent_id, active in rows}  # deactivated since parsing?
        self.existing = select(_accounts.c.external_ref, _accounts.c.id, _accounts.c.agent_id).add_columns(
            *(_accounts.c[f] for f in self.fields)
        )
        self.counts = {"created": 0, "updated": 0, "moved": 0, "unchanged": 0}
        self.errors: list[RowError] = []
        self.moves: list[tuple[str, int | None, int | None]] = []  # (external_ref, old agent id, new agent id)
        self.segment_at = self.fields.index("segment") if "segment" in self.fields else None
        # Compiled once per import; rows go to the driver's executemany as tuples (no per-row dicts).
        self.insert = DriverStatement(conn, _accounts, insert(_accounts), _INSERTED)
        self.update = DriverStatement(conn, _accounts, update(_accounts).where(_accounts.c.id == bindparam("b_id")),
                                      (*self.fields, "agent_id", "updated_at", "b_id"), {"b_id": _accounts.c.id.type})
        self.inserted = select(_accounts.c.id, _accounts.c.agent_id)

    def chunk(self, rows: tuple[AccountRow, ...]) -> None:
        """Upsert one chunk of rows."""
        refs = [row.external_ref for row in rows]
        found = self.conn.execute(self.existing.where(in_values(self.conn, _accounts.c.external_ref, refs)))
        stored = {ref: (account_id, agent_id, tuple(rest)) for ref, account_id, agent_id, *rest in found}
        inserts: list[tuple[Any, ...]] = []
        updates: list[tuple[Any, ...]] = []
        moved: list[tuple[int, int | None]] = []
        resegmented: list[int] = []  # KPI summaries group by the current segment: these move
        for row in rows:
            agent_id = None
            if row.agent_code is not None:
                agent_id, active = self.agents.get(row.agent_code, (None, False))
                if not active:
                    message = f"agent {row.agent_code} is unknown or inactive"
                    self.errors.append(RowError(row.line, self.agent_label, message))
                    continue
            if row.external_ref not in stored:
                inserts.append((row.external_ref, *self.new_values_of(row), agent_id, self.now))
                self.counts["created"] += 1
                continue
            values = self.values_of(row)
            account_id, old_agent_id, old_values = stored[row.external_ref]
            agent_id = agent_id if self.with_agent else old_agent_id
            if agent_id == old_agent_id and values == old_values:
                self.counts["unchanged"] += 1
                continue
            self.counts["updated" if agent_id == old_agent_id else "moved"] += 1
            if self.segment_at is not None and values[self.segment_at] != old_values[self.segment_at]:
                resegmented.append(account_id)
            updates.append((*values, agent_id, self.now, account_id))
            if agent_id != old_agent_id:
                moved.append((account_id, old_agent_id))
                self.moves.append((row.external_ref, old_agent_id, agent_id))
        self._write(inserts, updates, moved)
        if resegmented:
            accounts_changed(self.conn, resegmented)

    def audit(self, actor: str, plan: ImportPlan) -> None:
        """One audit entry for the whole import: the counts, and every account that changed agent."""
        codes = {agent_id: code for code, (agent_id, _active) in self.agents.items()}
        moved = [[ref, codes.get(old), codes.get(new)] for ref, old, new in self.moves]
        record(self.conn, actor=actor, action=ACCOUNTS_IMPORTED, subject_type="file", subject_id=plan.path.name,
               details={**self.counts, "invalid_rows": len({e.line for e in (*plan.errors, *self.errors)}),
                        "moved_accounts": moved}, at=self.now)

    def _write(self, inserts: list[tuple], updates: list[tuple], moved: list[tuple[int, int | None]]) -> None:
        """Bulk statements; history and change-log rows come from INSERT ... SELECT, not row by row."""
        conn, now = self.conn, self.now
        if inserts:
            self.insert.execute(conn, inserts)
            held: dict[int, list[int]] = defaultdict(list)
            refs = [values[0] for values in inserts]  # executemany returns no ids: one query for the chunk's
            new = self.inserted.where(in_values(conn, _accounts.c.external_ref, refs)).order_by(_accounts.c.id)
            for account_id, agent_id in conn.execute(new):
                if agent_id is not None:
                    held[agent_id].append(account_id)
            assign_new_accounts(conn, held, now)
        if updates:
            self.update.execute(conn, updates)
            record_account_changes(conn, moved, now)  # the old holders: their devices drop the account
            moved_ids = [account_id for account_id, _old in moved]
            close_assignments(conn, moved_ids, now)
            if moved_ids:
                open_assignments_to_holders(conn, in_values(conn, _accounts.c.id, moved_ids), now)
            changed = in_values(conn, _accounts.c.id, [values[-1] for values in updates])
            record_changes_for_holders(conn, changed, now)


def apply_import(
    bind: Engine | Connection,
    plan: ImportPlan,
    progress: Progress | None = None,
    *,
    cancel: threading.Event | None = None,
    now: datetime | None = None,
    actor: str = SYSTEM,
) -> ImportResult:
    """Upsert the valid rows by external_ref in one transaction, with assignment history and change log.

    Only accounts that really change are written and logged; a change of agent counts as moved.
    `cancel`, checked before each chunk, rolls everything back (ImportCancelled). The import is audited
    once, in the same transaction: counts and the moved accounts [ref, from, to].
    """
    total = len(plan.rows)
    with transaction(bind) as conn, gc_paused():
        authorize(conn, actor, ACCOUNTS_IMPORT)
        upsert = _Upsert(conn, plan, now or utcnow())
        if progress:
            progress(0, total)
        for start in range(0, total, CHUNK):
            if cancel is not None and cancel.is_set():
                raise ImportCancelled(f"import cancelled after {start} of {total} rows; nothing was saved")
            upsert.chunk(plan.rows[start : start + CHUNK])
            if progress:
                progress(min(start + CHUNK, total), total)
        if cancel is not None and cancel.is_set():
            raise ImportCancelled(f"import cancelled after {total} of {total} rows; nothing was saved")
        upsert.audit(actor, plan)
    errors = tuple(sorted((*plan.errors, *upsert.errors), key=lambda error: error.line))
    return ImportResult(errors=errors, **upsert.counts)

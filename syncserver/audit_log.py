"""Reading the audit log: filter by time, actor and action; write the rows as CSV (UTF-8 with BOM, for Excel)."""

from __future__ import annotations

import csv
import io
import json
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import Connection, Engine, select

from .admin import transaction
from .audit import AUDIT_EXPORTED, record
from .db.security_models import AuditEntry
from .permissions import DATA_EXPORT, authorize

CSV_COLUMNS = ("at", "actor", "action", "subject_type", "subject_id", "origin", "details")


@dataclass(frozen=True, slots=True)
class AuditRow:
    """One entry of the audit log."""

    id: int
    at: datetime
    actor: str
    action: str
    subject_type: str | None
    subject_id: str | None
    details: dict[str, Any]
    origin: str


@dataclass(frozen=True, slots=True)
class AuditFilter:
    """Which entries to read: [since, until) in UTC, one actor, one action (None: any)."""

    since: datetime | None = None
    until: datetime | None = None
    actor: str | None = None
    action: str | None = None

    def as_json(self) -> dict[str, Any]:
        """The filter as it is recorded with an export."""
        return {"since": self.since, "until": self.until, "actor": self.actor, "action": self.action}


def day_range(first: date | None, last: date | None, zone: ZoneInfo) -> tuple[datetime | None, datetime | None]:
    """The UTC instants from local midnight of `first` to local midnight after `last` (both days included)."""
    since = datetime.combine(first, time(), zone) if first else None
    until = datetime.combine(last + timedelta(days=1), time(), zone) if last else None
    return since, until


def list_audit(bind: Engine | Connection, where: AuditFilter = AuditFilter(), *, limit: int | None = None) -> list[AuditRow]:
    """The entries that match, newest first."""
    c = AuditEntry.__table__.c
    query = select(c.id, c.at, c.actor, c.action, c.subject_type, c.subject_id, c.details, c.origin)
    if where.since is not None:
        query = query.where(c.at >= where.since)
    if where.until is not None:
        query = query.where(c.at < where.until)
    if where.actor:
        query = query.where(c.actor == where.actor)
    if where.action:
        query = query.where(c.action == where.action)
    query = query.order_by(c.at.desc(), c.id.desc())
    if limit is not None:
        query = query.limit(limit)
    with transaction(bind) as conn:
        return [AuditRow(*row) for row in conn.execute(query)]


def audit_actors(bind: Engine | Connection) -> list[str]:
    """Every actor that appears in the log, sorted (for a filter's choices)."""
    c = AuditEntry.__table__.c
    with transaction(bind) as conn:
        return list(conn.scalars(select(c.actor).distinct().order_by(c.actor)))


def csv_text(rows: list[AuditRow], zone: ZoneInfo) -> str:
    """The rows as CSV text: local times with their UTC offset, details as JSON."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS)
    for row in rows:
        writer.writerow([row.at.astimezone(zone).isoformat(timespec="seconds"), row.actor, row.action,
                         row.subject_type or "", row.subject_id or "", row.origin,
                         json.dumps(row.details, ensure_ascii=False, sort_keys=True)])
    return out.getvalue()


def export_audit(bind: Engine, where: AuditFilter, path: Path | str, zone: ZoneInfo, *, actor: str) -> int:
    """Write the matching entries to a CSV file (UTF-8 with BOM) and audit the export itself; how many rows."""
    path = Path(path)
    rows = list_audit(bind, where)
    with transaction(bind) as conn:
        authorize(conn, actor, DATA_EXPORT)
        path.write_bytes(b"\xef\xbb\xbf" + csv_text(rows, zone).encode("utf-8"))
        record(conn, actor=actor, action=AUDIT_EXPORTED, subject_type="file", subject_id=path.name,
               details={"rows": len(rows), "filter": where.as_json()})
    return len(rows)

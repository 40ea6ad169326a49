"""Custom report definitions saved by name: save (or overwrite), list, load, rename, delete."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import Connection, Engine, delete, func, insert, select, update
from sqlalchemy.exc import IntegrityError

from ..admin import transaction
from ..audit import REPORT_DELETED, REPORT_RENAMED, REPORT_SAVED, SYSTEM, record
from ..clock import utcnow
from ..db.report_models import SavedReport
from ..permissions import REPORTS_SAVE, authorize
from .report_catalog import ReportError
from .report_definition import NAME_LENGTH, ReportDefinition

_saved = SavedReport.__table__


@dataclass(frozen=True, slots=True)
class SavedReportInfo:
    """A saved report as the list shows it."""

    id: int
    name: str
    updated_at: datetime


def report_name(name: str) -> str:
    """The name as stored (trimmed); ReportError when empty or too long."""
    name = " ".join(name.split())
    if not name:
        raise ReportError("name_empty", "a saved report needs a name")
    if len(name) > NAME_LENGTH:
        raise ReportError("name_too_long", f"a report name has at most {NAME_LENGTH} characters")
    return name


def _taken(name: str) -> ReportError:
    return ReportError("name_taken", f"a report named {name!r} already exists", name)


def save_report(bind: Engine | Connection, definition: ReportDefinition, *, overwrite: bool = False,
                now: datetime | None = None, actor: str = SYSTEM) -> SavedReportInfo:
    """Store the definition under its name; a name in use raises ReportError("name_taken") unless overwrite."""
    name = report_name(definition.name)
    data = definition.validate().as_json()
    now = now or utcnow()
    s = _saved.c
    with transaction(bind) as conn:
        authorize(conn, actor, REPORTS_SAVE)
        found = conn.scalar(select(s.id).where(s.name == name))
        if found is not None:
            if not overwrite:
                raise _taken(name)
            conn.execute(update(_saved).where(s.id == found).values(definition=data, updated_at=now))
            record(conn, actor=actor, action=REPORT_SAVED, subject_type="report", subject_id=found,
                   details={"name": name, "overwritten": True})
            return SavedReportInfo(found, name, now)
        try:
            report_id = conn.execute(insert(_saved).values(name=name, definition=data, created_at=now, updated_at=now)
                                     .returning(s.id)).scalar_one()
        except IntegrityError:  # another window saved the same name between our check and our insert
            raise _taken(name) from None
        record(conn, actor=actor, action=REPORT_SAVED, subject_type="report", subject_id=report_id,
               details={"name": name, "overwritten": False})
    return SavedReportInfo(report_id, name, now)


def list_reports(bind: Engine | Connection) -> list[SavedReportInfo]:
    """Every saved report, by name."""
    s = _saved.c
    with transaction(bind) as conn:
        rows = conn.execute(select(s.id, s.name, s.updated_at).order_by(func.lower(s.name), s.name)).all()
    return [SavedReportInfo(*row) for row in rows]


def load_report(bind: Engine | Connection, report_id: int) -> ReportDefinition:
    """The saved definition, with its name; ReportError("report_not_found") when it was deleted."""
    s = _saved.c
    with transaction(bind) as conn:
        row = conn.execute(select(s.name, s.definition).where(s.id == report_id)).one_or_none()
    if row is None:
        raise ReportError("report_not_found", f"no saved report has id {report_id}")
    return ReportDefinition.from_json(row.definition, row.name)


def rename_report(bind: Engine | Connection, report_id: int, name: str, *,
                  now: datetime | None = None, actor: str = SYSTEM) -> SavedReportInfo:
    """Give a saved report another name (not one in use)."""
    name = report_name(name)
    now = now or utcnow()
    s = _saved.c
    with transaction(bind) as conn:
        authorize(conn, actor, REPORTS_SAVE)
        old = conn.scalar(select(s.name).where(s.id == report_id))
        other = conn.scalar(select(s.id).where(s.name == name))
        if other is not None and other != report_id:
            raise _taken(name)
        try:
            changed = conn.execute(update(_saved).where(s.id == report_id).values(name=name, updated_at=now)).rowcount
        except IntegrityError:
            raise _taken(name) from None
        if changed and old != name:
            record(conn, actor=actor, action=REPORT_RENAMED, subject_type="report", subject_id=report_id,
                   details={"name": [old, name]})
    if not changed:
        raise ReportError("report_not_found", f"no saved report has id {report_id}")
    return SavedReportInfo(report_id, name, now)


def delete_report(bind: Engine | Connection, report_id: int, *, actor: str = SYSTEM) -> None:
    """Forget a saved report, audited (deleting one already gone is not an error, and records nothing)."""
    with transaction(bind) as conn:
        authorize(conn, actor, REPORTS_SAVE)
        name = conn.scalar(select(_saved.c.name).where(_saved.c.id == report_id))
        if name is not None:
            conn.execute(delete(_saved).where(_saved.c.id == report_id))
            record(conn, actor=actor, action=REPORT_DELETED, subject_type="report", subject_id=report_id,
                   details={"name": name})

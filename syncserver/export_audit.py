"""Every export of data is checked (`data.export`) and audited (`data.exported`: what, how many rows, which file).

`audited_export(bind, actor=..., what=VISITS, path=..., write=...)` refuses before anything is
written, runs `write` (which returns the rows written) outside any transaction, so a long export holds
no write lock, then records one entry. If the entry cannot be written the file is removed: no data
leaves unaudited. A file drawn elsewhere (a PDF drawn on the GUI thread) uses the two halves:
`check_export` before, `record_export` after.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine

from .admin import reading, transaction
from .audit import DATA_EXPORTED, SYSTEM, record
from .permissions import DATA_EXPORT, authorize

# What was exported (details["what"]); docs/security.md lists where each comes from.
VISITS = "visits"
DASHBOARD_TABLE = "dashboard_table"
DASHBOARD_PDF = "dashboard_pdf"
REPORT_TABLE = "report_table"
AGREEMENT_PDF = "agreement_pdf"
KPIS = "kpis"
QUESTIONNAIRE = "questionnaire"
WHATS = (VISITS, DASHBOARD_TABLE, DASHBOARD_PDF, REPORT_TABLE, AGREEMENT_PDF, KPIS, QUESTIONNAIRE)


def check_export(bind: Engine | Connection, actor: str) -> None:
    """Raise PermissionDenied unless `actor` may export data now."""
    with reading(bind) as conn:
        authorize(conn, actor, DATA_EXPORT)


def record_export(bind: Engine | Connection, *, actor: str, what: str, path: Path | str, rows: int,
                  details: dict[str, Any] | None = None) -> None:
    """Audit a file already written (checked again in the entry's transaction); the file is removed if that fails."""
    if what not in WHATS:
        raise ValueError(f"unknown export {what!r}; add it to syncserver.export_audit.WHATS")
    path = Path(path)
    try:
        with transaction(bind) as conn:
            authorize(conn, actor, DATA_EXPORT)
            record(conn, actor=actor, action=DATA_EXPORTED, subject_type="file", subject_id=path.name,
                   details={"what": what, "rows": rows, "format": path.suffix.lstrip(".").lower(),
                            **(details or {})})
    except BaseException:
        path.unlink(missing_ok=True)
        raise


def audited_export(bind: Engine | Connection, *, what: str, path: Path | str, write: Callable[[], int],
                   actor: str = SYSTEM, details: dict[str, Any] | None = None) -> int:
    """Check, write (`write()` returns the rows it wrote), audit; the rows written."""
    check_export(bind, actor)
    rows = write()
    record_export(bind, actor=actor, what=what, path=path, rows=rows, details=details)
    return rows

"""Keeping the KPI summaries equal to a recomputation, in the transaction that stores visits or payments.

Whenever a payment, an assignment or a segment of an account changes, that account's summary rows
are derived again from its counted visits and payments (a handful of rows), and the difference is
added to the per-day totals (summaries_refresh.py). New visits take a cheaper path
(summaries_visits.py): their contributions are added as deltas, nothing is read back but the
accounts' own account-day rows. A correction derives its own account and the corrected visit's again.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import Connection, delete, func, insert, select, union

from ..db.kpi_models import KpiDaily, KpiSegmentDaily, KpiState, Payment
from ..db.models import AccountAssignment, Visit
from .days import branch_kpi_settings, zone_of
from .summaries_refresh import CHUNK, PER_ACCOUNT, Refresh
from .summaries_visits import add_new_visits, split_rows

KPI_LOCK = 0x4B504953  # "KPIS": orders summary writers on PostgreSQL (the writer thread, imports)
HOLDINGS_CHUNK = 5000  # holdings_changed reads fewer tables: larger chunks, fewer statements
REBUILD_CACHE_KIB = -262144  # 256 MiB of SQLite page cache while rebuilding
_daily, _segment_daily, _state = KpiDaily.__table__, KpiSegmentDaily.__table__, KpiState.__table__
_payments, _visits, _assignments = Payment.__table__, Visit.__table__, AccountAssignment.__table__
_Refresh = Refresh  # kpis/holdings.py's name for it


def _lock(conn: Connection) -> None:
    if conn.dialect.name == "postgresql":
        conn.execute(select(func.pg_advisory_xact_lock(KPI_LOCK)))


def _current(conn: Connection) -> tuple[ZoneInfo, int] | None:
    """The branch's zone and grace days, or None when the summaries were built with others."""
    timezone, grace = branch_kpi_settings(conn)
    built = conn.execute(select(_state.c.timezone, _state.c.grace_days).where(_state.c.id == 1)).first()
    if built is None or tuple(built) != (timezone, grace):
        return None
    return zone_of(timezone), grace


def visits_stored(conn: Connection, rows: list[dict[str, Any]]) -> None:
    """Bring the summaries up to date after inserting these visit rows (writer thread, its transaction)."""
    _lock(conn)
    settings = _current(conn)
    if settings is None:
        rebuild_summaries(conn)
        return
    adding, again = split_rows(conn, rows)
    if adding:
        add_new_visits(conn, adding, *settings)
    if again:
        accounts_changed(conn, again)


def accounts_changed(conn: Connection, account_ids: Iterable[int]) -> None:
    """Derive these accounts' summary rows again (after their visits or payments changed)."""
    _lock(conn)
    settings = _current(conn)
    if settings is None:
        rebuild_summaries(conn)
        return
    refresh = _Refresh(conn, *settings)
    ids = sorted(set(account_ids))
    for start in range(0, len(ids), CHUNK):
        refresh.accounts(ids[start : start + CHUNK])
    refresh.flush()


def holdings_changed(conn: Connection, account_ids: Iterable[int]) -> None:
    """Derive these accounts' holding and collected rows again (after only their assignments changed).

    What accounts_changed would write for accounts whose visits and payments are as before: their
    visit-day and promise rows depend on visits and payments alone, so they are left as they are.
    """
    _lock(conn)
    settings = _current(conn)
    if settings is None:
        rebuild_summaries(conn)
        return
    refresh = _Refresh(conn, *settings)
    ids = sorted(set(account_ids))
    for start in range(0, len(ids), HOLDINGS_CHUNK):
        refresh.holdings(ids[start : start + HOLDINGS_CHUNK])
    refresh.flush()


def accounts_created(conn: Connection, held: dict[int, list[int]], assigned_at: datetime) -> None:
    """Summaries of brand-new accounts: agent_id -> ids of the new accounts it holds since `assigned_at`.

    The rows accounts_changed would derive, without reading: a new account has no visits,
    payments or summary rows yet, so only its holding counts, alike for every account of an agent.
    """
    _lock(conn)
    settings = _current(conn)
    if settings is None:
        rebuild_summaries(conn)
        return
    refresh = _Refresh(conn, *settings)
    refresh.created(held, assigned_at)
    refresh.flush()


def rebuild_summaries(conn: Connection) -> None:
    """Recompute every summary from the visits and payments (after a time zone or grace change)."""
    _lock(conn)
    if conn.dialect.name == "sqlite":  # a rebuild writes whole indexes in random order: give it pages
        cache = conn.exec_driver_sql("PRAGMA cache_size").scalar()
        conn.exec_driver_sql(f"PRAGMA cache_size={REBUILD_CACHE_KIB}")
    for table in (*PER_ACCOUNT, _daily, _segment_daily, _state):
        conn.execute(delete(table))
    timezone, grace = branch_kpi_settings(conn)
    conn.execute(insert(_state).values(id=1, timezone=timezone, grace_days=grace))
    refresh = _Refresh(conn, zone_of(timezone), grace, empty=True)
    ids = list(conn.scalars(union(select(_visits.c.account_id), select(_payments.c.account_id),
                                  select(_assignments.c.account_id))))
    ids.sort()
    for start in range(0, len(ids), CHUNK):
        refresh.accounts(ids[start : start + CHUNK])
    refresh.flush()
    if conn.dialect.name == "sqlite":
        conn.exec_driver_sql(f"PRAGMA cache_size={cache}")


def summaries_current(conn: Connection) -> bool:
    """Whether the summaries were built with the branch's current time zone and grace days."""
    return _current(conn) is not None


def ensure_summaries(conn: Connection) -> None:
    """Rebuild the summaries when the branch's time zone or grace days changed since they were built."""
    if _current(conn) is None:
        rebuild_summaries(conn)

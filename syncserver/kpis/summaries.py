"""Keeping the KPI summaries equal to a recomputation, in the transaction that stores visits or payments.

Whenever a visit or payment of an account is stored, that account's summary rows are derived
again from its counted visits and payments (a handful of rows), and the difference is added to
the per-agent-day totals. A correction touches its own account and the corrected visit's.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import (
    Connection,
    bindparam,
    delete,
    exists,
    func,
    insert,
    literal,
    select,
    tuple_,
    union,
    update,
)
from sqlalchemy.orm import aliased

from ..admin import in_values
from ..db.kpi_models import (
    KpiAccountDay,
    KpiCollected,
    KpiDaily,
    KpiHolding,
    KpiPromise,
    KpiState,
    Payment,
)
from ..db.models import Account, AccountAssignment, Visit
from .days import branch_kpi_settings, local_day, zone_of
from .derive import (
    DAILY_COLUMNS,
    CountedVisit,
    account_day_rows,
    collected_rows,
    daily_contribution,
    holding_contributions,
    holding_rows,
    promise_rows,
)

KPI_LOCK = 0x4B504953  # "KPIS": orders summary writers on PostgreSQL (the writer thread, imports)
CHUNK = 1000
HOLDINGS_CHUNK = 5000  # holdings_changed reads fewer tables: larger chunks, fewer statements
REBUILD_CACHE_KIB = -262144  # 256 MiB of SQLite page cache while rebuilding
_days, _daily, _promises = KpiAccountDay.__table__, KpiDaily.__table__, KpiPromise.__table__
_state, _payments, _visits = KpiState.__table__, Payment.__table__, Visit.__table__
_holdings, _collected, _assignments = KpiHolding.__table__, KpiCollected.__table__, AccountAssignment.__table__
_PER_ACCOUNT = (_days, _promises, _holdings, _collected)


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
    accounts = {row["account_id"] for row in rows}
    corrected = [row["corrects"] for row in rows if row.get("corrects")]
    if corrected:
        accounts.update(conn.scalars(select(_visits.c.account_id).where(in_values(conn, _visits.c.id, corrected))))
    accounts_changed(conn, accounts)


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
    for table in (*_PER_ACCOUNT, _daily, _state):
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


class _Refresh:
    """Re-derives accounts' rows and gathers the per-agent-day differences until flush()."""

    def __init__(self, conn: Connection, zone: ZoneInfo, grace: int, *, empty: bool = False) -> None:
        self.conn, self.zone, self.grace, self.empty = conn, zone, grace, empty
        self.delta: dict[tuple[int, int], dict[str, Any]] = defaultdict(lambda: dict.fromkeys(DAILY_COLUMNS, 0))

    def accounts(self, ids: list[int]) -> None:
        conn = self.conn
        visits = self._counted_visits(ids)
        payments: dict[int, list] = defaultdict(list)
        p, h = _payments.c, _assignments.c
        for account_id, paid_on, amount in conn.execute(
            select(p.account_id, p.paid_on, p.amount).where(in_values(conn, p.account_id, ids))
        ):
            payments[account_id].append((paid_on, amount))
        held: dict[int, list] = defaultdict(list)
        for account_id, agent_id, assigned_at, unassigned_at in conn.execute(
            select(h.account_id, h.agent_id, h.assigned_at, h.unassigned_at).where(in_values(conn, h.account_id, ids))
        ):
            held[account_id].append((agent_id, assigned_at, unassigned_at))
        if not self.empty:
            self._subtract_stored(ids)
        new: dict[Any, list] = {table: [] for table in _PER_ACCOUNT}
        for account_id in ids:
            mine = visits.get(account_id, [])
            new[_days] += account_day_rows(account_id, mine)
            new[_promises] += promise_rows(mine, payments.get(account_id, []), self.grace)
            holdings = holding_rows(account_id, held.get(account_id, []), self.zone)
            new[_holdings] += holdings
            new[_collected] += collected_rows(account_id, holdings, payments.get(account_id, []))
        self._add(new[_days], new[_holdings], new[_collected], 1, new[_promises])
        for table, rows in new.items():
            if rows:
                conn.execute(insert(table), rows)

    def holdings(self, ids: list[int]) -> None:
        """Re-derive only the holding and collected rows of these accounts (their visits and payments unchanged)."""
        conn = self.conn
        p, h = _payments.c, _assignments.c
        payments: dict[int, list] = defaultdict(list)
        for account_id, paid_on, amount in conn.execute(
            select(p.account_id, p.paid_on, p.amount).where(in_values(conn, p.account_id, ids))
        ):
            payments[account_id].append((paid_on, amount))
        held: dict[int, list] = defaultdict(list)
        for account_id, agent_id, assigned_at, unassigned_at in conn.execute(
            select(h.account_id, h.agent_id, h.assigned_at, h.unassigned_at).where(in_values(conn, h.account_id, ids))
        ):
            held[account_id].append((agent_id, assigned_at, unassigned_at))
        stored = [list(conn.execute(select(table).where(in_values(conn, table.c.account_id, ids))).mappings())
                  for table in (_holdings, _collected)]
        self._add((), stored[0], stored[1], -1)
        for table in (_holdings, _collected):
            conn.execute(delete(table).where(in_values(conn, table.c.account_id, ids)))
        new_holdings, new_collected = [], []
        for account_id in ids:
            holdings = holding_rows(account_id, held.get(account_id, []), self.zone)
            new_holdings += holdings
            if account_id in payments:
                new_collected += collected_rows(account_id, holdings, payments[account_id])
        self._add((), new_holdings, new_collected, 1)
        for table, rows in ((_holdings, new_holdings), (_collected, new_collected)):
            if rows:
                conn.execute(insert(table), rows)

    def created(self, held: dict[int, list[int]], assigned_at: datetime) -> None:
        """Add the holdings of new accounts: one INSERT ... SELECT per kind of holding row."""
        held = {agent_id: ids for agent_id, ids in held.items() if ids}
        if not held:
            return
        for agent_id, ids in held.items():
            self._add((), holding_rows(0, [(agent_id, assigned_at, None)], self.zone), (), len(ids))  # n alike
        a = Account.__table__.c
        sample = next(iter(held))  # the rows differ between agents only in agent_id
        where = in_values(self.conn, a.id, [account_id for ids in held.values() for account_id in ids])
        for row in holding_rows(0, [(sample, assigned_at, None)], self.zone):
            agent = a.agent_id if row["agent_id"] == sample else literal(row["agent_id"])
            names = [name for name in row if name not in ("account_id", "agent_id")]
            rows = select(a.id, agent, *(literal(row[name]) for name in names)).where(where)
            self.conn.execute(insert(_holdings).from_select(["account_id", "agent_id", *names], rows))

    def _subtract_stored(self, ids: list[int]) -> None:
        """Take the accounts' stored rows out of the totals and delete them."""
        conn = self.conn
        stored = [list(conn.execute(select(table).where(in_values(conn, table.c.account_id, ids))).mappings())
                  for table in (_days, _holdings, _collected, _promises)]
        self._add(*stored[:3], -1, stored[3])
        for table in _PER_ACCOUNT:
            conn.execute(delete(table).where(in_values(conn, table.c.account_id, ids)))

    def _counted_visits(self, ids: list[int]) -> dict[int, list[CountedVisit]]:
        v = _visits.c
        correction = aliased(_visits)
        rows = self.conn.execute(
            select(v.id, v.account_id, v.agent_id, v.started_at, v.outcome, v.promise_amount, v.promise_due)
            .where(in_values(self.conn, v.account_id, ids), ~exists().where(correction.c.corrects == v.id))
        )
        visits: dict[int, list[CountedVisit]] = defaultdict(list)
        for row in rows:
            visits[row.account_id].append(CountedVisit(
                row.id, row.account_id, row.agent_id, local_day(row.started_at, self.zone), row.outcome,
                row.promise_amount, row.promise_due,
            ))
        return visits

    def _add(self, days: Iterable[Any], holdings: Iterable[Any], collected: Iterable[Any], sign: int,
             promises: Iterable[Any] = ()) -> None:
        for row in days:
            total = self.delta[(row["day"], row["agent_id"])]
            for name, value in daily_contribution(row).items():
                total[name] += sign * value
        for row in holdings:
            for key, values in holding_contributions(row):
                for name, value in values.items():
                    self.delta[key][name] += sign * value
        for row in collected:
            self.delta[(row["day"], row["agent_id"])]["collected"] += sign * row["amount"]
        for row in promises:
            self.delta[(row["day"], row["agent_id"])]["kept"] += sign * int(row["kept"])

    def flush(self) -> None:
        """Add the gathered differences to kpi_daily (rows that fall to all zeros are deleted)."""
        changes = {key: values for key, values in self.delta.items() if any(values.values())}
        self.delta.clear()
        if not changes:
            return
        d = _daily.c
        keys = list(changes)
        stored: dict[tuple[int, int], dict[str, Any]] = {}
        if not self.empty:
            for start in range(0, len(keys), CHUNK):
                chunk = keys[start : start + CHUNK]
                for row in self.conn.execute(select(_daily).where(tuple_(d.day, d.agent_id).in_(chunk))).mappings():
                    stored[(row["day"], row["agent_id"])] = dict(row)
        inserts, updates, gone = [], [], []
        for key, values in changes.items():
            old = stored.get(key)
            new = {name: (old[name] if old else 0) + values[name] for name in DAILY_COLUMNS}
            if old is None:
                inserts.append({"day": key[0], "agent_id": key[1], **new})
            elif any(new.values()):
                updates.append({"b_day": key[0], "b_agent": key[1], **new})
            else:
                gone.append(key)
        if inserts:
            self.conn.execute(insert(_daily), inserts)
        if updates:
            statement = update(_daily).where(d.day == bindparam("b_day"), d.agent_id == bindparam("b_agent"))
            self.conn.execute(statement, updates)
        for start in range(0, len(gone), CHUNK):
            self.conn.execute(delete(_daily).where(tuple_(d.day, d.agent_id).in_(gone[start : start + CHUNK])))

"""Re-deriving accounts' summary rows and adding the differences to the per-day totals (kpi_daily, kpi_segment_daily).

Per-account rows (account days, promises, holdings, credits, visit hours) are deleted and
inserted again; the per-day tables get the difference as one upsert of deltas per flush, so
totals are never read back. Each per-account row carries its account's current segment, so
subtracting it takes it out of the segment it was counted in, even after the segment changed.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from datetime import datetime
from functools import cache
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import Connection, and_, delete, exists, insert, literal, select, tuple_
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import aliased

from ..admin import in_values
from ..db.kpi_models import (
    KpiAccountDay,
    KpiCollected,
    KpiDaily,
    KpiHolding,
    KpiPromise,
    KpiSegmentDaily,
    KpiVisitHour,
    Payment,
)
from ..db.models import Account, AccountAssignment, Visit
from .days import local_day
from .derive import (
    ANY_AGENT,
    DAILY_COLUMNS,
    SEGMENT_COLUMNS,
    CountedVisit,
    account_day_rows,
    collected_rows,
    daily_contribution,
    holding_contributions,
    holding_rows,
    promise_rows,
    segment_key,
    visit_hour_rows,
)

CHUNK = 1000
_days, _daily, _promises = KpiAccountDay.__table__, KpiDaily.__table__, KpiPromise.__table__
_payments, _visits, _hours = Payment.__table__, Visit.__table__, KpiVisitHour.__table__
_holdings, _collected, _assignments = KpiHolding.__table__, KpiCollected.__table__, AccountAssignment.__table__
_segment_daily, _accounts = KpiSegmentDaily.__table__, Account.__table__
PER_ACCOUNT = (_days, _promises, _holdings, _collected, _hours)
Delta = dict[tuple[int, Any], dict[str, Any]]


def segments_of(conn: Connection, ids: Iterable[int]) -> dict[int, str | None]:
    """The current segment of these accounts."""
    ids = list(ids)
    return dict(conn.execute(select(_accounts.c.id, _accounts.c.segment).where(in_values(conn, _accounts.c.id, ids))).all())


def add_deltas(conn: Connection, table, keys: tuple[str, str], columns: tuple[str, ...], delta: Delta) -> None:
    """Add per-key differences to a per-day table in one upsert; rows left all zero are deleted."""
    changes = [(key, values) for key, values in delta.items() if any(values.values())]
    if not changes:
        return
    rows = [{keys[0]: key[0], keys[1]: key[1], **{name: values.get(name, 0) for name in columns}}
            for key, values in changes]
    conn.execute(_delta_statement(conn.dialect.name, table, keys, columns), rows)
    shrunk = [key for key, values in changes if any(value < 0 for value in values.values())]
    all_zero = and_(*(table.c[name] == 0 for name in columns))
    for start in range(0, len(shrunk), CHUNK):
        chunk = shrunk[start : start + CHUNK]
        conn.execute(delete(table).where(tuple_(table.c[keys[0]], table.c[keys[1]]).in_(chunk), all_zero))


@cache  # built once per table: constructing it costs more than running it for a small batch
def _delta_statement(dialect_name: str, table, keys: tuple[str, str], columns: tuple[str, ...]):
    statement = (postgresql if dialect_name == "postgresql" else sqlite).insert(table)
    return statement.on_conflict_do_update(
        index_elements=list(keys), set_={name: table.c[name] + statement.excluded[name] for name in columns})


class Refresh:
    """Re-derives accounts' rows and gathers the per-day differences until flush() (the caller's transaction)."""

    def __init__(self, conn: Connection, zone: ZoneInfo, grace: int, *, empty: bool = False) -> None:
        self.conn, self.zone, self.grace, self.empty = conn, zone, grace, empty
        self.delta: Delta = defaultdict(lambda: dict.fromkeys(DAILY_COLUMNS, 0))
        self.segment_delta: Delta = defaultdict(lambda: dict.fromkeys(SEGMENT_COLUMNS, 0))

    def accounts(self, ids: list[int]) -> None:
        conn = self.conn
        visits = self._counted_visits(ids)
        payments, held = self._payments(ids), self._held(ids)
        segments = segments_of(conn, ids)
        if not self.empty:
            self._subtract_stored(ids)
        new: dict[Any, list] = {table: [] for table in PER_ACCOUNT}
        for account_id in ids:
            mine, segment = visits.get(account_id, []), segments.get(account_id)
            paid = payments.get(account_id, [])
            new[_days] += [{**row, "segment": segment} for row in account_day_rows(account_id, mine)]
            new[_promises] += [{**row, "segment": segment} for row in promise_rows(mine, paid, self.grace)]
            holdings = [{**row, "segment": segment}
                        for row in holding_rows(account_id, held.get(account_id, []), self.zone)]
            new[_holdings] += holdings
            new[_collected] += collected_rows(account_id, holdings, paid)
            new[_hours] += visit_hour_rows(account_id, segment, mine)
        self.add(new[_days], new[_holdings], new[_collected], 1, new[_promises])
        for table, rows in new.items():
            if rows:
                conn.execute(insert(table), rows)

    def holdings(self, ids: list[int]) -> None:
        """Re-derive only the holding and collected rows of these accounts (their visits and payments unchanged)."""
        conn = self.conn
        payments, held = self._payments(ids), self._held(ids)
        segments = segments_of(conn, ids)
        stored = [list(conn.execute(select(table).where(in_values(conn, table.c.account_id, ids))).mappings())
                  for table in (_holdings, _collected)]
        self.add((), stored[0], stored[1], -1)
        for table in (_holdings, _collected):
            conn.execute(delete(table).where(in_values(conn, table.c.account_id, ids)))
        new_holdings, new_collected = [], []
        for account_id in ids:
            holdings = [{**row, "segment": segments.get(account_id)}
                        for row in holding_rows(account_id, held.get(account_id, []), self.zone)]
            new_holdings += holdings
            if account_id in payments:
                new_collected += collected_rows(account_id, holdings, payments[account_id])
        self.add((), new_holdings, new_collected, 1)
        for table, rows in ((_holdings, new_holdings), (_collected, new_collected)):
            if rows:
                conn.execute(insert(table), rows)

    def created(self, held: dict[int, list[int]], assigned_at: datetime) -> None:
        """Add the holdings of new accounts: one INSERT ... SELECT per kind of holding row."""
        held = {agent_id: ids for agent_id, ids in held.items() if ids}
        if not held:
            return
        every = [account_id for ids in held.values() for account_id in ids]
        segments = segments_of(self.conn, every)
        for agent_id, ids in held.items():
            self.add((), holding_rows(0, [(agent_id, assigned_at, None)], self.zone), (), len(ids), segment=False)
        by_segment: dict[str | None, int] = defaultdict(int)
        for account_id in every:
            by_segment[segments.get(account_id)] += 1
        sample = next(iter(held))  # the rows differ between agents only in agent_id
        for row in holding_rows(0, [(sample, assigned_at, None)], self.zone):
            if row["agent_id"] == ANY_AGENT:
                for segment, count in by_segment.items():
                    self._segment_holding(row, segment, count)
        a = Account.__table__.c
        where = in_values(self.conn, a.id, every)
        for row in holding_rows(0, [(sample, assigned_at, None)], self.zone):
            agent = a.agent_id if row["agent_id"] == sample else literal(row["agent_id"])
            names = [name for name in row if name not in ("account_id", "agent_id")]
            rows = select(a.id, agent, *(literal(row[name]) for name in names), a.segment).where(where)
            self.conn.execute(insert(_holdings).from_select(["account_id", "agent_id", *names, "segment"], rows))

    def _payments(self, ids: list[int]) -> dict[int, list]:
        p = _payments.c
        payments: dict[int, list] = defaultdict(list)
        for account_id, paid_on, amount in self.conn.execute(
                select(p.account_id, p.paid_on, p.amount).where(in_values(self.conn, p.account_id, ids))):
            payments[account_id].append((paid_on, amount))
        return payments

    def _held(self, ids: list[int]) -> dict[int, list]:
        h = _assignments.c
        held: dict[int, list] = defaultdict(list)
        for account_id, agent_id, assigned_at, unassigned_at in self.conn.execute(select(
                h.account_id, h.agent_id, h.assigned_at, h.unassigned_at).where(in_values(self.conn, h.account_id, ids))):
            held[account_id].append((agent_id, assigned_at, unassigned_at))
        return held

    def _subtract_stored(self, ids: list[int]) -> None:
        """Take the accounts' stored rows out of the totals and delete them."""
        conn = self.conn
        stored = [list(conn.execute(select(table).where(in_values(conn, table.c.account_id, ids))).mappings())
                  for table in (_days, _holdings, _collected, _promises)]
        self.add(*stored[:3], -1, stored[3])
        for table in PER_ACCOUNT:
            conn.execute(delete(table).where(in_values(conn, table.c.account_id, ids)))

    def _counted_visits(self, ids: list[int]) -> dict[int, list[CountedVisit]]:
        v = _visits.c
        correction = aliased(_visits)
        rows = self.conn.execute(
            select(v.id, v.account_id, v.agent_id, v.started_at, v.outcome, v.promise_amount, v.promise_due,
                   v.verdict)
            .where(in_values(self.conn, v.account_id, ids), ~exists().where(correction.c.corrects == v.id))
        )
        visits: dict[int, list[CountedVisit]] = defaultdict(list)
        for row in rows:
            local = row.started_at.astimezone(self.zone)
            visits[row.account_id].append(CountedVisit(
                row.id, row.account_id, row.agent_id, local.date().toordinal(), row.outcome,
                row.promise_amount, row.promise_due, local.hour, row.verdict,
            ))
        return visits

    def _segment_holding(self, row: Any, segment: str | None, count: int) -> None:
        for key, values in holding_contributions(row):
            total = self.segment_delta[(key[0], segment_key(segment))]
            for name, value in values.items():
                total[name] += count * value

    def add(self, days: Iterable[Any], holdings: Iterable[Any], collected: Iterable[Any], sign: int,
            promises: Iterable[Any] = (), *, segment: bool = True) -> None:
        """Add (sign 1) or take out (-1) these rows' contributions to the per-day totals."""
        for row in days:
            total = self.delta[(row["day"], row["agent_id"])]
            by_segment = self.segment_delta[(row["day"], segment_key(row["segment"]))]
            for name, value in daily_contribution(row).items():
                total[name] += sign * value
                if name in by_segment:
                    by_segment[name] += sign * value
        for row in holdings:
            for key, values in holding_contributions(row):
                for name, value in values.items():
                    self.delta[key][name] += sign * value
            if segment and row["agent_id"] == ANY_AGENT:
                self._segment_holding(row, row["segment"], sign)
        for row in collected:
            self.delta[(row["day"], row["agent_id"])]["collected"] += sign * row["amount"]
        for row in promises:
            self.delta[(row["day"], row["agent_id"])]["kept"] += sign * int(row["kept"])
            self.segment_delta[(row["day"], segment_key(row["segment"]))]["kept"] += sign * int(row["kept"])

    def flush(self) -> None:
        """Add the gathered differences to kpi_daily and kpi_segment_daily."""
        add_deltas(self.conn, _daily, ("day", "agent_id"), DAILY_COLUMNS, self.delta)
        add_deltas(self.conn, _segment_daily, ("day", "segment"), SEGMENT_COLUMNS, self.segment_delta)
        self.delta.clear()
        self.segment_delta.clear()

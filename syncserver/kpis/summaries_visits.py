"""New visits into the KPI summaries as deltas: the writer thread's path, cheap per batch.

A new visit that nothing corrects only adds: its account-day row gains counts (a new row is
spliced into the account's chains, which moves its neighbours' prev/next), its hour row gains
an attempt, a promise gets its row. So a batch reads only its accounts' account-day rows (and
the payments of accounts with a new promise), relinks each account's chains in Python, and
writes one upsert per table of the rows that changed; kpi_daily and kpi_segment_daily get the
difference of the changed rows' contributions as one upsert of deltas. A correction derives its
account and the corrected visit's again instead (a correction names a visit stored before it or
in the same batch: visits.corrects is a foreign key, so no stored visit corrects a new one).
"""

from __future__ import annotations

from collections import defaultdict
from decimal import Decimal
from functools import cache
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import Connection, select
from sqlalchemy.dialects import postgresql, sqlite

from ..admin import in_values
from ..db.kpi_models import KpiAccountDay, KpiPromise, KpiVisitHour, Payment
from ..db.models import Visit
from ..db.types import Money
from .derive import CountedVisit, add_visits, link_account_days, promise_rows, visit_hour_rows
from .summaries_refresh import CHUNK, Refresh, segments_of

_days, _hours, _promises = KpiAccountDay.__table__, KpiVisitHour.__table__, KpiPromise.__table__
_payments, _visits = Payment.__table__, Visit.__table__
_MONEY, _CENT = Money(), Decimal("0.01")
_DAY_KEY = ("account_id", "agent_id", "day")
_HOUR_KEY = ("day", "hour", "agent_id", "account_id", "outcome", "verdict")


def split_rows(conn: Connection, rows: list[dict[str, Any]]) -> tuple[list[dict[str, Any]], set[int]]:
    """(rows that only add, accounts to derive again): corrections, corrected visits and their accounts go whole."""
    again = {row["account_id"] for row in rows if row.get("corrects")}
    corrected = [row["corrects"] for row in rows if row.get("corrects")]
    v = _visits.c
    for start in range(0, len(corrected), CHUNK):
        again.update(conn.scalars(select(v.account_id).where(in_values(conn, v.id, corrected[start : start + CHUNK]))))
    return [row for row in rows if row["account_id"] not in again], again


def add_new_visits(conn: Connection, rows: list[dict[str, Any]], zone: ZoneInfo, grace: int) -> None:
    """Add visits that nothing corrects (and that correct nothing) to the summaries."""
    refresh = Refresh(conn, zone, grace)
    by_account: dict[int, list[CountedVisit]] = defaultdict(list)
    for row in rows:
        local = row["started_at"].astimezone(zone)
        by_account[row["account_id"]].append(CountedVisit(
            row["id"], row["account_id"], row["agent_id"], local.date().toordinal(), row["outcome"],
            _money(row.get("promise_amount")), row.get("promise_due"), local.hour, row["verdict"]))
    ids = sorted(by_account)
    for start in range(0, len(ids), CHUNK):
        _add_accounts(conn, refresh, {i: by_account[i] for i in ids[start : start + CHUNK]})
    refresh.flush()


def _money(amount: Any) -> Decimal | None:
    """An amount as the visits table stores it (whole cents), whatever form the row gave it in."""
    cents = _MONEY.process_bind_param(amount, None)
    return None if cents is None else (Decimal(cents) / 100).quantize(_CENT)


def _add_accounts(conn: Connection, refresh: Refresh, visits: dict[int, list[CountedVisit]]) -> None:
    ids = list(visits)
    segments = segments_of(conn, ids)
    stored: dict[int, dict[tuple[int, int], dict[str, Any]]] = defaultdict(dict)
    for row in conn.execute(select(_days).where(in_values(conn, _days.c.account_id, ids))).mappings():
        stored[row["account_id"]][(row["day"], row["agent_id"])] = dict(row)
    old_rows, new_rows, hour_rows = [], [], []
    for account_id, mine in visits.items():
        before = stored.get(account_id, {})
        rows = {key: dict(row) for key, row in before.items()}
        add_visits(account_id, rows, mine)
        for row in link_account_days(rows):
            key = (row["day"], row["agent_id"])
            row.setdefault("segment", segments.get(account_id))
            if before.get(key) != row:
                new_rows.append(row)
                if key in before:
                    old_rows.append(before[key])
        hour_rows += visit_hour_rows(account_id, segments.get(account_id), mine)
    promised = {account_id for account_id, mine in visits.items() if any(v.promise_due for v in mine)}
    promises = []
    if promised:
        payments: dict[int, list] = defaultdict(list)
        p = _payments.c
        for account_id, paid_on, amount in conn.execute(
                select(p.account_id, p.paid_on, p.amount).where(in_values(conn, p.account_id, sorted(promised)))):
            payments[account_id].append((paid_on, amount))
        for account_id in sorted(promised):
            promises += [{**row, "segment": segments.get(account_id)}
                         for row in promise_rows(visits[account_id], payments[account_id], refresh.grace)]
    refresh.add(old_rows, (), (), -1)
    refresh.add(new_rows, (), (), 1, promises)
    _upsert(conn, _days, _DAY_KEY, new_rows, replace=True)
    _upsert(conn, _hours, _HOUR_KEY, hour_rows, replace=False)
    if promises:
        conn.execute(_promises.insert(), promises)


def _upsert(conn: Connection, table, keys: tuple[str, ...], rows: list[dict[str, Any]], *, replace: bool) -> None:
    """Insert rows; on a key already stored, replace its columns (replace) or add to its counts."""
    if rows:
        names = tuple(name for name in rows[0] if name not in keys)
        conn.execute(_upsert_statement(conn.dialect.name, table, keys, names, replace), rows)


@cache  # built once: constructing it cost more than running it for a small batch
def _upsert_statement(dialect_name: str, table, keys: tuple[str, ...], names: tuple[str, ...], replace: bool):
    statement = (postgresql if dialect_name == "postgresql" else sqlite).insert(table)
    if replace:
        values = {name: statement.excluded[name] for name in names}
    else:
        values = {name: table.c[name] + statement.excluded[name] for name in ("attempts", "promised")}
    return statement.on_conflict_do_update(index_elements=list(keys), set_=values)

"""Counted visits per UTC quarter of an hour and agent (attempts, contacts, inside the geofence, flagged), kept.

Reading outcome and verdict means reading each visit's row, which a month of a big branch makes
slow; the quarters' row counts come from the (agent_id, started_at) index alone. So each quarter's
figures are kept with its row count (corrected visits included), per database and filter, and
read again only when that count changed: visits are only ever added (a correction is a new row).
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from datetime import UTC, datetime, timedelta

from sqlalchemy import BigInteger, Connection, Integer, case, cast, exists, func, select
from sqlalchemy.orm import aliased

from ..db.models import Account, Agent, Flag, Visit
from .derive import CONTACT_OUTCOMES

QUARTER = 900  # seconds; every time zone's offset is a multiple of it
CACHE_FILTERS = 64
EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
_visits, _accounts, _agents, _flags = Visit.__table__, Account.__table__, Agent.__table__, Flag.__table__
Quarters = dict[int, dict[int, tuple[int, int, int, int]]]  # quarter -> agent -> (attempts, contacts, inside, flagged)
_cache: OrderedDict[tuple, dict[int, tuple[int, dict]]] = OrderedDict()
_lock = threading.Lock()


def quarter_of(column, dialect: str):
    """The UTC quarter-hour number (seconds since the epoch // 900) of a timestamp column."""
    if dialect == "sqlite":  # julianday is much cheaper than strftime('%s'); the nudge absorbs its rounding
        return cast((func.julianday(column) - 2440587.5) * 96 + 1e-7, Integer)
    return cast(func.floor(func.extract("epoch", column) / QUARTER), BigInteger)


def quarter_start(number: int) -> datetime:
    """The UTC moment a quarter begins."""
    return EPOCH + timedelta(seconds=number * QUARTER)


def _where(statement, start: datetime, end: datetime, agent_id: int | None):
    """Visits started in [start, end) of the agent; without one, "agent_id IN (every agent)" lets SQLite
    range-scan the (agent_id, started_at) index once per agent instead of reading the whole table."""
    v = _visits.c
    statement = statement.where(v.started_at >= start, v.started_at < end)
    return statement.where(v.agent_id == agent_id if agent_id is not None else v.agent_id.in_(select(_agents.c.id)))


def visit_quarters(conn: Connection, start: datetime, end: datetime, agent_id: int | None = None,
                   segment: str | None = None) -> Quarters:
    """Per quarter of [start, end) and agent: counted attempts, contacts, inside the geofence, flagged."""
    v = _visits.c
    quarter = quarter_of(v.started_at, conn.dialect.name).label("quarter")
    rows = dict(conn.execute(_where(select(quarter, func.count()), start, end, agent_id).group_by(quarter)).all())
    key = (str(conn.engine.url), agent_id, segment)
    with _lock:
        known = _cache.pop(key, {})
    stale = sorted(number for number, count in rows.items() if known.get(number, (None,))[0] != count)
    if stale:
        fresh = _read(conn, quarter_start(stale[0]), quarter_start(stale[-1] + 1), agent_id, segment)
        for number in stale:
            known[number] = (rows[number], fresh.get(number, {}))
    with _lock:
        _cache[key] = known
        while len(_cache) > CACHE_FILTERS:
            _cache.popitem(last=False)
    return {number: known[number][1] for number in rows}


def _read(conn: Connection, start: datetime, end: datetime, agent_id: int | None, segment: str | None) -> Quarters:
    v = _visits.c
    correction = aliased(_visits)
    quarter = quarter_of(v.started_at, conn.dialect.name).label("quarter")
    flagged = exists().where(_flags.c.visit_id == v.id)
    statement = select(
        quarter, v.agent_id, func.count(), func.sum(case((v.outcome.in_(CONTACT_OUTCOMES), 1), else_=0)),
        func.sum(case((v.verdict == "inside", 1), else_=0)), func.sum(case((flagged, 1), else_=0)),
    ).where(~exists().where(correction.c.corrects == v.id))
    if segment is not None:
        statement = statement.where(v.account_id.in_(select(_accounts.c.id).where(_accounts.c.segment == segment)))
    out: Quarters = {}
    for number, agent, attempts, contacts, inside, flags in conn.execute(
            _where(statement, start, end, agent_id).group_by(quarter, v.agent_id)):
        out.setdefault(int(number), {})[agent] = (attempts, int(contacts or 0), int(inside or 0), int(flags or 0))
    return out

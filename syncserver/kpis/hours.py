"""Best hours to visit: attempts and contacts by local weekday and hour, for the dashboard's heatmap.

Attempts are counted visits (not corrected) started in the period, as in docs/kpis.md. SQL counts
them per quarter of an hour in UTC (every time zone's offset is a multiple of 15 minutes), and
each quarter is then placed on the branch's local weekday and hour, daylight saving included.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

from sqlalchemy import (
    BigInteger,
    Connection,
    Engine,
    Integer,
    case,
    cast,
    exists,
    func,
    select,
)
from sqlalchemy.orm import aliased

from ..db.models import Account, Agent, Visit
from .days import branch_kpi_settings, period_bounds, zone_of
from .derive import CONTACT_OUTCOMES

QUARTER = 900  # seconds
_visits, _accounts, _agents = Visit.__table__, Account.__table__, Agent.__table__


@dataclass(frozen=True, slots=True)
class HourCell:
    """One weekday (0 = Monday) and local hour: attempts, contacts, and contacts / attempts (None without attempts)."""

    weekday: int
    hour: int
    attempts: int
    contacts: int

    @property
    def contact_rate(self) -> float | None:
        """contacts / attempts, or None when there were no attempts."""
        return self.contacts / self.attempts if self.attempts else None


def quarter_of(column, dialect: str):
    """The UTC quarter-hour number (seconds since the epoch // 900) of a timestamp column."""
    if dialect == "sqlite":  # julianday is much cheaper than strftime('%s'); the nudge absorbs its rounding
        return cast((func.julianday(column) - 2440587.5) * 96 + 1e-7, Integer)
    return cast(func.floor(func.extract("epoch", column) / QUARTER), BigInteger)


def in_period(statement, start: datetime, end: datetime, agent_id: int | None, segment: str | None):
    """Counted visits (not corrected) started in [start, end), of the agent and/or segment.

    Without an agent, "agent_id IN (every agent)" lets SQLite range-scan the (agent_id, started_at)
    index once per agent instead of reading the whole table.
    """
    v = _visits.c
    correction = aliased(_visits)
    statement = statement.where(v.started_at >= start, v.started_at < end,
                                ~exists().where(correction.c.corrects == v.id))
    statement = statement.where(v.agent_id == agent_id if agent_id is not None
                                else v.agent_id.in_(select(_agents.c.id)))
    if segment is not None:
        statement = statement.where(v.account_id.in_(select(_accounts.c.id).where(_accounts.c.segment == segment)))
    return statement


def hour_grid(bind: Engine | Connection, first: date, last: date, *, agent_id: int | None = None,
              segment: str | None = None) -> list[HourCell]:
    """Every weekday × hour cell (7 × 24, Monday 00h first) of the local dates first..last."""
    if isinstance(bind, Engine):
        with bind.connect() as conn:
            return hour_grid(conn, first, last, agent_id=agent_id, segment=segment)
    conn = bind
    timezone_name, _grace = branch_kpi_settings(conn)
    zone = zone_of(timezone_name)
    start, end = period_bounds(first, last, zone)
    v = _visits.c
    quarter = quarter_of(v.started_at, conn.dialect.name).label("quarter")
    contacts = func.coalesce(func.sum(case((v.outcome.in_(CONTACT_OUTCOMES), 1), else_=0)), 0)
    statement = in_period(select(quarter, func.count(), contacts), start, end, agent_id, segment).group_by(quarter)
    cells = {(day, hour): [0, 0] for day in range(7) for hour in range(24)}
    epoch = datetime(1970, 1, 1, tzinfo=UTC)
    for number, attempts, contacts in conn.execute(statement):
        local = (epoch + timedelta(seconds=int(number) * QUARTER)).astimezone(zone)
        cell = cells[(local.weekday(), local.hour)]
        cell[0] += attempts
        cell[1] += int(contacts)
    return [HourCell(day, hour, attempts, contacts) for (day, hour), (attempts, contacts) in cells.items()]

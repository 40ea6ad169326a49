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

from ..db.models import Account, Visit
from .days import branch_kpi_settings, period_bounds, zone_of
from .derive import CONTACT_OUTCOMES

QUARTER = 900  # seconds
_visits, _accounts = Visit.__table__, Account.__table__


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


def _quarter(column, dialect: str):
    """The UTC quarter-hour number (seconds since the epoch // 900) of a timestamp column."""
    if dialect == "sqlite":
        return cast(func.strftime("%s", column), Integer) / QUARTER
    return cast(func.floor(func.extract("epoch", column) / QUARTER), BigInteger)


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
    v, acc = _visits.c, _accounts.c
    correction = aliased(_visits)
    quarter = _quarter(v.started_at, conn.dialect.name).label("quarter")
    statement = (
        select(quarter, func.count(), func.coalesce(func.sum(case((v.outcome.in_(CONTACT_OUTCOMES), 1), else_=0)), 0))
        .where(v.started_at >= start, v.started_at < end, ~exists().where(correction.c.corrects == v.id))
        .group_by(quarter)
    )
    if agent_id is not None:
        statement = statement.where(v.agent_id == agent_id)
    if segment is not None:
        statement = statement.where(v.account_id.in_(select(acc.id).where(acc.segment == segment)))
    cells = {(day, hour): [0, 0] for day in range(7) for hour in range(24)}
    epoch = datetime(1970, 1, 1, tzinfo=UTC)
    for number, attempts, contacts in conn.execute(statement):
        local = (epoch + timedelta(seconds=int(number) * QUARTER)).astimezone(zone)
        cell = cells[(local.weekday(), local.hour)]
        cell[0] += attempts
        cell[1] += int(contacts)
    return [HourCell(day, hour, attempts, contacts) for (day, hour), (attempts, contacts) in cells.items()]

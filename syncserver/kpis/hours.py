"""Best hours to visit: attempts and contacts by local weekday and hour, for the dashboard's heatmap.

Attempts are counted visits (not corrected) started in the period, as in docs/kpis.md. They
come from kpi_visit_hours, where the summaries keep them per local day and hour in the branch's
time zone (DST included), so a month is one range of narrow rows.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import Connection, Engine, case, func, select

from ..db.kpi_models import KpiVisitHour
from .derive import CONTACT_OUTCOMES
from .summaries import ensure_summaries

_hours = KpiVisitHour.__table__


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


def hour_grid(bind: Engine | Connection, first: date, last: date, *, agent_id: int | None = None,
              segment: str | None = None) -> list[HourCell]:
    """Every weekday × hour cell (7 × 24, Monday 00h first) of the local dates first..last."""
    if isinstance(bind, Engine):
        with bind.connect().execution_options(sqlite_begin="IMMEDIATE") as conn, conn.begin():
            ensure_summaries(conn)
        with bind.connect() as conn:
            return hour_grid(conn, first, last, agent_id=agent_id, segment=segment)
    conn = bind
    ensure_summaries(conn)
    h = _hours.c
    # Grouped by (day, hour), the table's key order: no sort; the weekdays are folded here (24 rows a day).
    statement = (select(h.day, h.hour, func.sum(h.attempts),
                        func.sum(case((h.outcome.in_(CONTACT_OUTCOMES), h.attempts), else_=0)))
                 .where(h.day.between(first.toordinal(), last.toordinal())).group_by(h.day, h.hour))
    if agent_id is not None:
        statement = statement.where(h.agent_id == agent_id)
    if segment is not None:
        statement = statement.where(h.segment == segment)
    cells = {(day, hour): [0, 0] for day in range(7) for hour in range(24)}
    for day, hour, attempts, contacts in conn.execute(statement):
        cell = cells[((day - 1) % 7, hour)]  # ordinal 1 (0001-01-01) was a Monday
        cell[0] += int(attempts or 0)
        cell[1] += int(contacts or 0)
    return [HourCell(day, hour, attempts, contacts) for (day, hour), (attempts, contacts) in cells.items()]

"""Best hours to visit: attempts and contacts by local weekday and hour, for the dashboard's heatmap.

Attempts are counted visits (not corrected) started in the period, as in docs/kpis.md. They are
counted per quarter of an hour in UTC (visit_quarters.py; every time zone's offset is a multiple
of 15 minutes), and each quarter is placed on the branch's local weekday and hour, DST included.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import Connection, Engine

from .days import branch_kpi_settings, period_bounds, zone_of
from .visit_quarters import quarter_start, visit_quarters


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
        with bind.connect() as conn:
            return hour_grid(conn, first, last, agent_id=agent_id, segment=segment)
    conn = bind
    timezone_name, _grace = branch_kpi_settings(conn)
    zone = zone_of(timezone_name)
    start, end = period_bounds(first, last, zone)
    cells = {(day, hour): [0, 0] for day in range(7) for hour in range(24)}
    for number, agents in visit_quarters(conn, start, end, agent_id, segment).items():
        local = quarter_start(number).astimezone(zone)
        cell = cells[(local.weekday(), local.hour)]
        for attempts, contacts, _inside, _flagged in agents.values():
            cell[0] += attempts
            cell[1] += contacts
    return [HourCell(day, hour, attempts, contacts) for (day, hour), (attempts, contacts) in cells.items()]

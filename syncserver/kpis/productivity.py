"""Agent productivity for the dashboard: visits per day, time in the field, kilometres, geofence compliance, flags.

Visits are counted visits (not corrected) started in the period. Time in the field is, per local
day, the first to the last fix of the agent's traces, averaged over the days with fixes.
Kilometres follow each device's fixes in fix-time order, skipping GPS jitter (see traces.py).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import Connection, Engine, select

from ..db.models import Agent
from .days import branch_kpi_settings, period_bounds, zone_of
from .traces import field_days
from .visit_quarters import quarter_start, visit_quarters

_agents = Agent.__table__


@dataclass(frozen=True, slots=True)
class AgentProductivity:
    """One agent's field work over a period."""

    agent_id: int
    code: str
    name: str
    visits: int
    visit_days: int
    inside: int
    flagged: int
    field_days: int
    field_seconds: float
    km: float

    @property
    def visits_per_day(self) -> float | None:
        """Visits per day with visits."""
        return self.visits / self.visit_days if self.visit_days else None

    @property
    def field_hours_per_day(self) -> float | None:
        """Average hours from the first to the last fix, over the days with fixes."""
        return self.field_seconds / 3600 / self.field_days if self.field_days else None

    @property
    def compliance(self) -> float | None:
        """Share of visits whose geofence verdict is inside."""
        return self.inside / self.visits if self.visits else None


def agent_productivity(bind: Engine | Connection, first: date, last: date, *, agent_id: int | None = None,
                       segment: str | None = None) -> list[AgentProductivity]:
    """Every agent with visits or fixes in the local dates first..last (the segment filters visits only)."""
    if isinstance(bind, Engine):
        with bind.connect() as conn:
            return agent_productivity(conn, first, last, agent_id=agent_id, segment=segment)
    conn = bind
    zone = zone_of(branch_kpi_settings(conn)[0])
    start, end = period_bounds(first, last, zone)
    visits = _visit_counts(conn, start, end, zone, agent_id, segment)
    traces: dict[int, list] = {}
    for day in field_days(conn, first, last, zone, agent_id):
        total = traces.setdefault(day.agent_id, [0, 0.0, 0.0])
        total[0] += 1
        total[1] += day.seconds
        total[2] += day.km
    names = {row.id: (row.code, row.name) for row in conn.execute(select(_agents.c.id, _agents.c.code, _agents.c.name))}
    out = []
    for agent in sorted(set(visits) | set(traces), key=lambda a: names[a][0]):
        count, days, inside, flagged = visits.get(agent, (0, 0, 0, 0))
        in_field, seconds, km = traces.get(agent, (0, 0.0, 0.0))
        out.append(AgentProductivity(agent, *names[agent], count, days, inside, flagged, in_field, seconds, km))
    return out


def _visit_counts(conn: Connection, start: datetime, end: datetime, zone, agent_id, segment) -> dict:
    """{agent: (visits, local days with visits, inside, flagged)}."""
    totals: dict[int, list] = {}
    for number, agents in visit_quarters(conn, start, end, agent_id, segment).items():
        day = quarter_start(number).astimezone(zone).date()
        for agent, (attempts, _contacts, inside, flagged) in agents.items():
            if not attempts:
                continue
            total = totals.setdefault(agent, [0, set(), 0, 0])
            total[0] += attempts
            total[1].add(day)
            total[2] += inside
            total[3] += flagged
    return {agent: (n, len(days), inside, flags) for agent, (n, days, inside, flags) in totals.items()}

"""Agent productivity for the dashboard: visits per day, time in the field, kilometres, geofence compliance, flags.

Visits are counted visits (not corrected) started in the period. Time in the field is, per local
day, the first to the last fix of the agent's traces, averaged over the days with fixes.
Kilometres follow each device's fixes in fix-time order, skipping GPS jitter (see traces.py).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import Connection, Engine, case, exists, func, select

from ..db.kpi_models import KpiAccountDay
from ..db.models import Account, Agent, Flag, Visit
from .days import branch_kpi_settings, period_bounds, zone_of
from .hours import in_period
from .traces import field_days

_visits, _flags = Visit.__table__, Flag.__table__
_agents, _accounts, _days = Agent.__table__, Account.__table__, KpiAccountDay.__table__


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
    visits = _visit_counts(conn, first, last, start, end, agent_id, segment)
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


def _visit_counts(conn: Connection, first: date, last: date, start: datetime, end: datetime, agent_id,
                  segment) -> dict:
    """{agent: (visits, days with visits, inside, flagged)}: the first two from the KPI summaries."""
    a, acc, v = _days.c, _accounts.c, _visits.c
    source = _days.join(_accounts, acc.id == a.account_id) if segment is not None else _days
    statement = (select(a.agent_id, func.sum(a.attempts), func.count(func.distinct(a.day))).select_from(source)
                 .where(a.day.between(first.toordinal(), last.toordinal())).group_by(a.agent_id))
    if agent_id is not None:
        statement = statement.where(a.agent_id == agent_id)
    if segment is not None:
        statement = statement.where(acc.segment == segment)
    totals = {agent: [int(count), days, 0, 0] for agent, count, days in conn.execute(statement)}
    flagged = exists().where(_flags.c.visit_id == v.id)
    checks = select(v.agent_id, func.sum(case((v.verdict == "inside", 1), else_=0)),
                    func.sum(case((flagged, 1), else_=0)))
    for agent, inside, flags in conn.execute(in_period(checks, start, end, agent_id, segment).group_by(v.agent_id)):
        totals.setdefault(agent, [0, 0, 0, 0])[2:] = [int(inside or 0), int(flags or 0)]
    return {agent: tuple(values) for agent, values in totals.items()}

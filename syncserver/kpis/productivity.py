"""Agent productivity for the dashboard: visits per day, time in the field, kilometres, geofence compliance, flags.

Visits are counted visits (not corrected) started in the period. Time in the field is, per local
day, the first to the last fix of the agent's traces, averaged over the days with fixes.
Kilometres follow the fixes in fix-time order; a step shorter than the larger accuracy of its two
ends is GPS jitter and is skipped (the next step is measured from the last point that counted).
"""

from __future__ import annotations

import math
from collections import defaultdict
from dataclasses import dataclass
from datetime import UTC, date, datetime

from sqlalchemy import Connection, Engine, case, exists, func, select

from ..db.kpi_models import KpiAccountDay
from ..db.models import Account, Agent, Device, Flag, Position, Visit
from .days import branch_kpi_settings, period_bounds, zone_of
from .hours import in_period

EARTH_RADIUS_KM = 6371.0088
_visits, _positions, _devices, _flags = Visit.__table__, Position.__table__, Device.__table__, Flag.__table__
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


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance (haversine) in kilometres."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    a = math.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(min(1.0, math.sqrt(a)))


def travelled_km(fixes) -> float:
    """Kilometres along (lat, lon, accuracy_m) fixes in fix-time order, skipping jitter below the accuracy."""
    total, anchor = 0.0, None
    for lat, lon, accuracy in fixes:
        if anchor is None:
            anchor = (lat, lon, accuracy)
            continue
        step = distance_km(anchor[0], anchor[1], lat, lon)
        if step * 1000 > max(anchor[2], accuracy):
            total += step
            anchor = (lat, lon, accuracy)
    return total


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
    traces = _traces(conn, start, end, zone, agent_id)
    names = {row.id: (row.code, row.name) for row in conn.execute(select(_agents.c.id, _agents.c.code, _agents.c.name))}
    out = []
    for agent in sorted(set(visits) | set(traces), key=lambda a: names[a][0]):
        count, days, inside, flagged = visits.get(agent, (0, 0, 0, 0))
        field_days, seconds, km = traces.get(agent, (0, 0.0, 0.0))
        out.append(AgentProductivity(agent, *names[agent], count, days, inside, flagged, field_days, seconds, km))
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


def _traces(conn: Connection, start: datetime, end: datetime, zone, agent_id) -> dict:
    """{agent: (days with fixes, seconds first-to-last summed over days, km)} from the agent's devices' fixes."""
    p, d = _positions.c, _devices.c
    start_ms, end_ms = int(start.timestamp() * 1000), int(end.timestamp() * 1000)
    devices = select(d.id, d.agent_id)
    if agent_id is not None:
        devices = devices.where(d.agent_id == agent_id)
    by_agent: dict[int, dict[date, list]] = defaultdict(lambda: defaultdict(list))
    for device_id, agent in conn.execute(devices).all():
        fixes = conn.execute(
            select(p.fix_ms, p.lat, p.lon, p.accuracy_m)
            .where(p.device_id == device_id, p.fix_ms >= start_ms, p.fix_ms < end_ms).order_by(p.fix_ms)
        )
        for fix_ms, lat, lon, accuracy in fixes:
            day = datetime.fromtimestamp(fix_ms / 1000, UTC).astimezone(zone).date()
            by_agent[agent][day].append((fix_ms, lat, lon, accuracy))
    out = {}
    for agent, days in by_agent.items():
        seconds = km = 0.0
        for fixes in days.values():
            fixes.sort()  # an agent with two phones: one track in fix-time order
            seconds += (fixes[-1][0] - fixes[0][0]) / 1000
            km += travelled_km((lat, lon, accuracy) for _ms, lat, lon, accuracy in fixes)
        out[agent] = (len(days), seconds, km)
    return out

"""Everything the dashboard shows for one choice of period, agent and segment, read in one go."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, timedelta

from sqlalchemy import Connection, Engine, select

from ..db.models import Account, Agent
from .days import branch_kpi_settings, today, zone_of
from .filtered import filtered_kpis
from .hours import HourCell, hour_grid
from .productivity import AgentProductivity, agent_productivity
from .report import KpiGroup, compute_kpis
from .summaries import ensure_summaries, summaries_current


@dataclass(frozen=True, slots=True)
class DashboardQuery:
    """The dashboard's filters: local dates first..last, and optionally one agent (id) and one segment."""

    first: date
    last: date
    agent_id: int | None = None
    segment: str | None = None

    @property
    def previous(self) -> tuple[date, date]:
        """The period of equal length just before this one."""
        length = (self.last - self.first).days + 1
        return self.first - timedelta(days=length), self.first - timedelta(days=1)


@dataclass(frozen=True, slots=True)
class AgentChoice:
    """An agent as the filter lists it."""

    id: int
    code: str
    name: str


@dataclass(frozen=True, slots=True)
class Dashboard:
    """The figures of one query: totals now and before, per day, agent and segment, hours, productivity."""

    query: DashboardQuery
    timezone: str
    today: date
    total: KpiGroup
    previous: KpiGroup
    days: tuple[KpiGroup, ...]
    agents: tuple[KpiGroup, ...]
    segments: tuple[KpiGroup, ...]
    hours: tuple[HourCell, ...]
    productivity: tuple[AgentProductivity, ...]
    agent_choices: tuple[AgentChoice, ...]
    segment_choices: tuple[str, ...]


def branch_today(engine: Engine) -> date:
    """The branch's local date now."""
    with engine.connect() as conn:
        return today(zone_of(branch_kpi_settings(conn)[0]))


def _totals(conn: Connection, first: date, last: date, query: DashboardQuery) -> KpiGroup:
    """The period's totals; for one agent, the engine's own group of that agent (its by-agent grouping is fast)."""
    if query.agent_id is None or query.segment is not None:
        return filtered_kpis(conn, first, last, agent_id=query.agent_id, segment=query.segment).groups[0]
    code = conn.scalar(select(Agent.code).where(Agent.id == query.agent_id))
    found = [group for group in compute_kpis(conn, first, last, by="agent").groups if group.key == code]
    return replace(found[0], key=None) if found else KpiGroup(None)


@dataclass(frozen=True, slots=True)
class DashboardDetails:
    """What the page reads second: per-segment groups, the agents' productivity, the segments to filter by."""

    segments: tuple[KpiGroup, ...]
    productivity: tuple[AgentProductivity, ...]
    segment_choices: tuple[str, ...]


def load_details(engine: Engine, query: DashboardQuery) -> DashboardDetails:
    """The per-segment groups, the agents' productivity and the segment list (a pool thread)."""
    with engine.connect() as conn:
        filters = {"agent_id": query.agent_id, "segment": query.segment}
        segments = filtered_kpis(conn, query.first, query.last, by="segment", **filters).groups
        productivity = tuple(agent_productivity(conn, query.first, query.last, **filters))
        return DashboardDetails(segments, productivity, _segment_choices(conn))


def _segment_choices(conn: Connection) -> tuple[str, ...]:
    return tuple(conn.scalars(
        select(Account.segment).where(Account.segment.is_not(None)).distinct().order_by(Account.segment)))


def load_dashboard(engine: Engine, query: DashboardQuery, *, details: bool = True) -> Dashboard:
    """Read every figure of the dashboard for `query` (a pool thread; a few queries on one connection).

    details=False leaves the per-segment groups and the productivity out: the page reads them
    afterwards (load_details), so that the tiles and charts do not wait for them.
    """
    if query.last < query.first:
        raise ValueError(f"the period ends ({query.last}) before it starts ({query.first})")
    with engine.connect() as conn:
        current = summaries_current(conn)
    if not current:
        with engine.connect().execution_options(sqlite_begin="IMMEDIATE") as conn, conn.begin():
            ensure_summaries(conn)
    options = {"isolation_level": "REPEATABLE READ"} if engine.dialect.name == "postgresql" else {}
    with engine.connect().execution_options(**options) as conn, conn.begin():  # one snapshot for every figure
        timezone = branch_kpi_settings(conn)[0]
        filters = {"agent_id": query.agent_id, "segment": query.segment}

        total = _totals(conn, query.first, query.last, query)
        previous = _totals(conn, *query.previous, query)
        days = filtered_kpis(conn, query.first, query.last, by="day", assigned=False, **filters).groups
        agents = filtered_kpis(conn, query.first, query.last, by="agent", **filters).groups
        segments = filtered_kpis(conn, query.first, query.last, by="segment", **filters).groups if details else ()
        hours = hour_grid(conn, query.first, query.last, **filters)
        agents_work = agent_productivity(conn, query.first, query.last, **filters) if details else ()
        agent_choices = tuple(AgentChoice(*row) for row in conn.execute(
            select(Agent.id, Agent.code, Agent.name).order_by(Agent.name)))
        segment_choices = _segment_choices(conn) if details else ()
    return Dashboard(query, timezone, today(zone_of(timezone)), total, previous, days, agents, segments, tuple(hours),
                     tuple(agents_work), agent_choices, segment_choices)

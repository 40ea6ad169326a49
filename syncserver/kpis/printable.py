"""Everything the printable report of a period shows, read in one go (no Qt: the desktop draws it)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import Connection, Engine, exists, func, select
from sqlalchemy.orm import aliased

from ..admin import in_values
from ..db.models import Account, Agent, BranchSettings, Flag, Visit
from .dashboard import Dashboard, DashboardQuery, load_dashboard
from .days import period_bounds, zone_of

FLAGGED_LIMIT = 300
_visits, _accounts, _agents, _flags = Visit.__table__, Account.__table__, Agent.__table__, Flag.__table__


@dataclass(frozen=True, slots=True)
class FlaggedVisit:
    """A counted visit of the period with flags; `started_at` is aware UTC, `flags` protocol codes."""

    id: str
    agent_code: str
    agent_name: str
    external_ref: str
    debtor_name: str
    started_at: datetime
    outcome: str
    verdict: str
    flags: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class PrintableReport:
    """One dashboard query's report: the branch, every figure of the dashboard, and the flagged visits.

    `board` includes the per-segment groups and the productivity. `flagged` holds at most
    `flagged_limit` visits, the earliest first; `flagged_total` says how many
    there were, so the report can say when its list was cut.
    """

    branch_name: str
    timezone: str
    generated_at: datetime
    board: Dashboard
    flagged: tuple[FlaggedVisit, ...]
    flagged_total: int
    flagged_limit: int

    @property
    def query(self) -> DashboardQuery:
        """The period and filters reported."""
        return self.board.query

    @property
    def agent_name(self) -> str | None:
        """The filtered agent as "Name (CODE)", or None for every agent."""
        agent = next((a for a in self.board.agent_choices if a.id == self.query.agent_id), None)
        return None if agent is None else f"{agent.name} ({agent.code})"

    @property
    def flagged_cut(self) -> bool:
        """Whether some flagged visits were left out of the list."""
        return self.flagged_total > len(self.flagged)


def load_printable(engine: Engine, query: DashboardQuery, *, flagged_limit: int = FLAGGED_LIMIT) -> PrintableReport:
    """Read the report of `query` (a pool thread): load_dashboard with its details, and the flagged visits."""
    board = load_dashboard(engine, query, details=True)
    with engine.connect() as conn:
        name = conn.scalar(select(BranchSettings.name).where(BranchSettings.id == 1)) or ""
        flagged, total = flagged_visits(conn, query, board.timezone, flagged_limit)
    return PrintableReport(name, board.timezone, datetime.now(UTC), board, tuple(flagged), total,
                           flagged_limit)


def flagged_visits(conn: Connection, query: DashboardQuery, timezone: str,
                   limit: int) -> tuple[list[FlaggedVisit], int]:
    """The period's counted visits (not corrected) with any flag, earliest first, at most `limit`; and their number."""
    v, a, g = _visits.c, _accounts.c, _agents.c
    start, end = period_bounds(query.first, query.last, zone_of(timezone))
    correction = aliased(_visits)
    conditions = [v.started_at >= start, v.started_at < end, exists().where(_flags.c.visit_id == v.id),
                  ~exists().where(correction.c.corrects == v.id)]
    if query.agent_id is not None:
        conditions.append(v.agent_id == query.agent_id)
    if query.segment is not None:
        conditions.append(v.account_id.in_(select(a.id).where(a.segment == query.segment)))
    total = conn.scalar(select(func.count()).select_from(_visits).where(*conditions)) or 0
    rows = conn.execute(
        select(v.id, g.code, g.name, a.external_ref, a.debtor_name, v.started_at, v.outcome, v.verdict)
        .join(_agents, g.id == v.agent_id).join(_accounts, a.id == v.account_id)
        .where(*conditions).order_by(v.started_at, v.id).limit(limit)
    ).all()
    codes: dict[str, list[str]] = {}
    if rows:
        f = _flags.c
        for visit_id, code in conn.execute(
                select(f.visit_id, f.code).where(in_values(conn, f.visit_id, [row.id for row in rows])).order_by(f.id)):
            codes.setdefault(visit_id, []).append(code)
    return [FlaggedVisit(*row, flags=tuple(codes.get(row.id, ()))) for row in rows], total

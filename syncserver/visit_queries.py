"""Reads of stored visits for the office: the inbox list and one visit in full (plain values, no ORM)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import Connection, Engine, Select, exists, select

from .admin import in_values, transaction
from .db.models import Account, Agent, Flag, QuestionnaireVersion, Visit

_visits, _accounts, _agents, _flags = Visit.__table__, Account.__table__, Agent.__table__, Flag.__table__
_versions = QuestionnaireVersion.__table__


@dataclass(frozen=True, slots=True)
class VisitRow:
    """A visit as the inbox lists it; times are aware UTC, `flags` are protocol codes in stored order."""

    id: str
    agent_id: int
    agent_code: str
    agent_name: str
    account_id: int
    external_ref: str
    debtor_name: str
    currency: str
    started_at: datetime
    finished_at: datetime
    received_at: datetime
    outcome: str
    promise_amount: Decimal | None
    promise_due: date | None
    verdict: str
    distance_m: float | None
    lat: float
    lon: float
    corrects: str | None
    flags: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class VisitDetail(VisitRow):
    """A visit with everything the details pane shows besides the inbox columns."""

    address: str
    fix_time: datetime
    accuracy_m: float
    mock: bool
    answers: dict[str, Any]
    notes: str | None
    questionnaire: str | None = None  # the version the visit was filled with: "Visita de cobranza v2"
    definition: dict[str, Any] | None = None  # that version's definition, to read the answers by


def _base() -> Select:
    v, a, g = _visits.c, _accounts.c, _agents.c
    return (
        select(
            v.id, v.agent_id, g.code, g.name, v.account_id, a.external_ref, a.debtor_name, a.currency,
            v.started_at, v.finished_at, v.received_at, v.outcome, v.promise_amount, v.promise_due,
            v.verdict, v.distance_m, v.lat, v.lon, v.corrects,
        )
        .join(_agents, g.id == v.agent_id)
        .join(_accounts, a.id == v.account_id)
    )


def _flags_of(conn: Connection, ids: list[str]) -> dict[str, tuple[str, ...]]:
    """Each visit's flag codes, in the order they were stored."""
    if not ids:
        return {}
    f = _flags.c
    found: dict[str, list[str]] = {}
    for visit_id, code in conn.execute(
        select(f.visit_id, f.code).where(in_values(conn, f.visit_id, ids)).order_by(f.id)
    ):
        found.setdefault(visit_id, []).append(code)
    return {visit_id: tuple(codes) for visit_id, codes in found.items()}


def list_visits(
    bind: Engine | Connection,
    *,
    since: datetime | None = None,
    until: datetime | None = None,
    agent_id: int | None = None,
    outcome: str | None = None,
    verdict: str | None = None,
    flagged_only: bool = False,
    limit: int = 5000,
) -> list[VisitRow]:
    """Visits started in [since, until), newest first, narrowed by agent, outcome, verdict or flags."""
    v = _visits.c
    query = _base()
    if since is not None:
        query = query.where(v.started_at >= since)
    if until is not None:
        query = query.where(v.started_at < until)
    if agent_id is not None:
        query = query.where(v.agent_id == agent_id)
    if outcome is not None:
        query = query.where(v.outcome == outcome)
    if verdict is not None:
        query = query.where(v.verdict == verdict)
    if flagged_only:
        query = query.where(exists().where(_flags.c.visit_id == v.id))
    query = query.order_by(v.started_at.desc(), v.id.desc()).limit(limit)
    with transaction(bind) as conn:
        rows = conn.execute(query).all()
        flags = _flags_of(conn, [row.id for row in rows])
    return [VisitRow(*row, flags=flags.get(row.id, ())) for row in rows]


def get_visit(bind: Engine | Connection, visit_id: str) -> VisitDetail | None:
    """One visit in full, or None when no visit has that id."""
    v, a, q = _visits.c, _accounts.c, _versions.c
    query = (_base().add_columns(a.address, v.fix_time, v.accuracy_m, v.mock, v.answers, v.notes,
                                 q.title, q.version, q.definition)
             .outerjoin(_versions, q.id == v.questionnaire_version_id))
    with transaction(bind) as conn:
        row = conn.execute(query.where(v.id == visit_id)).first()
        if row is None:
            return None
        flags = _flags_of(conn, [visit_id]).get(visit_id, ())
    *listed, address, fix_time, accuracy_m, mock, answers, notes, title, version, definition = row
    return VisitDetail(
        *listed, flags=flags, address=address, fix_time=fix_time, accuracy_m=accuracy_m, mock=bool(mock),
        answers=dict(answers or {}), notes=notes,
        questionnaire=f"{title} v{version}" if version is not None else None, definition=definition,
    )

"""The office's view of alerts: list them, count the open ones, acknowledge (any thread, audited).

Open means neither acknowledged nor resolved: what the "Alertas" page lists and its badge counts.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, Engine, func, select, update

from ..admin import AdminError, transaction
from ..audit import ALERTS_ACKNOWLEDGED, SYSTEM, record
from ..clock import utcnow
from ..db.alert_models import Alert
from ..db.models import Account, Agent, Device
from ..permissions import ALERTS_ACKNOWLEDGE, authorize

_alerts, _agents, _accounts, _devices = Alert.__table__, Agent.__table__, Account.__table__, Device.__table__


@dataclass(frozen=True, slots=True)
class AlertInfo:
    """One alert with the names of what it is about."""

    id: int
    kind: str
    device_id: int | None
    agent_id: int | None
    agent_code: str | None
    agent_name: str | None
    account_id: int | None
    external_ref: str | None
    debtor_name: str | None
    visit_id: str | None
    agreement_id: int | None
    params: dict[str, Any]
    raised_at: datetime
    resolved_at: datetime | None
    acknowledged_at: datetime | None
    acknowledged_by: str | None
    last_seen_at: datetime | None

    @property
    def is_open(self) -> bool:
        """Neither acknowledged nor resolved."""
        return self.acknowledged_at is None and self.resolved_at is None

    def public(self) -> dict[str, Any]:
        """As JSON values (times in ISO 8601 UTC)."""
        values = {name: getattr(self, name) for name in self.__slots__}
        for name in ("raised_at", "resolved_at", "acknowledged_at", "last_seen_at"):
            values[name] = values[name].isoformat() if values[name] else None
        return values


def _open(a):
    return a.acknowledged_at.is_(None) & a.resolved_at.is_(None)


def list_alerts(bind: Engine | Connection, *, open_only: bool = False, ids: list[int] | None = None,
                limit: int = 1000) -> list[AlertInfo]:
    """Alerts, newest first (only the open ones, or these ids, when asked)."""
    a, g, c, d = _alerts.c, _agents.c, _accounts.c, _devices.c
    query = (select(a.id, a.kind, a.device_id, a.agent_id, g.code, g.name, a.account_id, c.external_ref,
                    c.debtor_name, a.visit_id, a.agreement_id, a.params, a.raised_at, a.resolved_at,
                    a.acknowledged_at, a.acknowledged_by, d.last_seen_at)
             .outerjoin(_agents, g.id == a.agent_id).outerjoin(_accounts, c.id == a.account_id)
             .outerjoin(_devices, d.id == a.device_id).order_by(a.raised_at.desc(), a.id.desc()).limit(limit))
    if open_only:
        query = query.where(_open(a))
    if ids is not None:
        query = query.where(a.id.in_(ids))
    with transaction(bind) as conn:
        return [AlertInfo(*row[:11], dict(row.params or {}), *row[12:]) for row in conn.execute(query)]


def open_count(bind: Engine | Connection) -> int:
    """How many alerts are open."""
    with transaction(bind) as conn:
        return int(conn.scalar(select(func.count()).select_from(_alerts).where(_open(_alerts.c))))


def acknowledge(bind: Engine | Connection, ids: list[int], *, actor: str = SYSTEM,
                now: datetime | None = None) -> list[int]:
    """Mark open alerts as seen by `actor` (audited, one entry for all); the ids acknowledged now.

    AdminError when an id is not an alert; an alert already acknowledged or resolved is left as it is.
    """
    ids = sorted(set(int(i) for i in ids))
    a = _alerts.c
    with transaction(bind) as conn:
        authorize(conn, actor, ALERTS_ACKNOWLEDGE)
        known = set(conn.scalars(select(a.id).where(a.id.in_(ids))))
        missing = [i for i in ids if i not in known]
        if missing:
            raise AdminError(f"no alert has id {', '.join(map(str, missing))}")
        pending = list(conn.scalars(select(a.id).where(a.id.in_(ids), _open(a)).order_by(a.id)))
        if pending:
            conn.execute(update(_alerts).where(a.id.in_(pending)).values(
                acknowledged_at=now or utcnow(), acknowledged_by=actor))
            record(conn, actor=actor, action=ALERTS_ACKNOWLEDGED, subject_type="alerts",
                   subject_id=pending[0] if len(pending) == 1 else None, details={"ids": pending})
    return pending

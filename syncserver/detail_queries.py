"""What the desktop's details panel shows of an account or a device: plain values, no Qt."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from decimal import Decimal
from typing import Any

from sqlalchemy import Engine, func, select

from .db.models import Account, Agent, Visit
from .devices import DeviceInfo, DeviceNotFound, get_device
from .map_queries import AgentPosition, latest_positions

RECENT_DAYS = 7  # an account's "recent visits" reach back this many days


@dataclass(frozen=True, slots=True)
class AccountDetail:
    """An account as the details panel shows it; `recent_outcomes` counts its visits of the last RECENT_DAYS."""

    id: int
    external_ref: str
    debtor_name: str
    address: str
    lat: float | None
    lon: float | None
    radius_m: float | None
    polygon: list[Any] | None
    balance: Decimal
    currency: str
    days_past_due: int
    segment: str | None
    agent_code: str | None
    agent_name: str | None
    default_radius_m: float
    recent_outcomes: dict[str, int]
    last_visit_at: datetime | None


@dataclass(frozen=True, slots=True)
class AgentDetail:
    """A device with its agent, its latest fix (None before the first, or once revoked) and today's visits."""

    device: DeviceInfo
    latest: AgentPosition | None
    visits_today: int


def read_account(engine: Engine, account_id: int, default_radius_m: float, now: datetime) -> AccountDetail | None:
    """One account with its agent and the outcomes of its recent visits, or None."""
    a, v = Account, Visit
    with engine.connect() as conn:
        row = conn.execute(
            select(a.id, a.external_ref, a.debtor_name, a.address, a.lat, a.lon, a.radius_m, a.polygon, a.balance,
                   a.currency, a.days_past_due, a.segment, Agent.code, Agent.name)
            .outerjoin(Agent, Agent.id == a.agent_id)
            .where(a.id == account_id)
        ).first()
        if row is None:
            return None
        since = now - timedelta(days=RECENT_DAYS)
        recent = conn.execute(
            select(v.outcome, func.count(), func.max(v.finished_at))
            .where(v.account_id == account_id, v.finished_at >= since)
            .group_by(v.outcome)
        ).all()
    outcomes = {outcome: count for outcome, count, _ in recent}
    last = max((latest for _, _, latest in recent), default=None)
    return AccountDetail(*row, default_radius_m=default_radius_m, recent_outcomes=outcomes, last_visit_at=last)


def read_agent(engine: Engine, device_id: str, since: datetime) -> AgentDetail | None:
    """One device, its agent, its latest fix and the agent's visits finished since `since`; None if unknown."""
    try:
        device = get_device(engine, device_id)
    except DeviceNotFound:
        return None
    with engine.connect() as conn:
        latest = latest_positions(conn, [device.id])
        today = conn.scalar(
            select(func.count()).select_from(Visit)
            .where(Visit.agent_id == device.agent_id, Visit.finished_at >= since)
        )
    return AgentDetail(device, latest[0] if latest else None, int(today or 0))

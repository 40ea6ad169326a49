"""Field agents: add, list, look up and update them by their code."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime
from typing import Final

from sqlalchemy import Connection, Engine, insert, select, update
from sqlalchemy.exc import IntegrityError

from .admin import AdminError, transaction
from .audit import AGENT_ACTIVATED, AGENT_ADDED, AGENT_DEACTIVATED, AGENT_UPDATED, SYSTEM, record
from .clock import utcnow
from .db.models import Agent
from .permissions import AGENTS_MANAGE, authorize

CODE_PATTERN = re.compile(r"^[A-Z0-9][A-Z0-9._-]{0,39}$")
EMAIL_PATTERN = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


class AgentNotFound(AdminError):
    """No agent has this code."""


class AgentCodeTaken(AdminError):
    """Another agent already has this code."""


class AgentInactive(AdminError):
    """The agent exists but is deactivated."""


class _Unchanged:
    """Marker for "leave this field as it is" in update_agent."""

    def __repr__(self) -> str:
        return "UNCHANGED"


UNCHANGED: Final = _Unchanged()


@dataclass(frozen=True, slots=True)
class AgentInfo:
    """A field agent as the office sees it."""

    id: int
    code: str
    name: str
    email: str | None
    active: bool
    created_at: datetime
    start_lat: float | None = None  # where the day's route starts; None: see syncserver/visit_plan.py
    start_lon: float | None = None

    @property
    def start(self) -> tuple[float, float] | None:
        """The start point (lat, lon), or None when the agent has none."""
        return None if self.start_lat is None or self.start_lon is None else (self.start_lat, self.start_lon)


_COLUMNS = (Agent.id, Agent.code, Agent.name, Agent.email, Agent.active, Agent.created_at,
            Agent.start_lat, Agent.start_lon)


def normalize_agent_code(code: str) -> str:
    """The stored form of an agent code: trimmed and upper-case (codes compare case-insensitively)."""
    return code.strip().upper()


def _valid_code(code: str) -> str:
    normalized = normalize_agent_code(code)
    if not CODE_PATTERN.match(normalized):
        raise AdminError(
            f"invalid agent code {code!r}: 1-40 letters, digits, '.', '_' or '-', starting with a letter or digit"
        )
    return normalized


def _valid_name(name: str) -> str:
    name = " ".join(name.split())
    if not name:
        raise AdminError("agent name is empty")
    if len(name) > 200:
        raise AdminError("agent name is longer than 200 characters")
    return name


def valid_start(start: tuple[float, float] | None) -> tuple[float | None, float | None]:
    """A start point as (lat, lon) columns; None clears it; AdminError outside WGS84 ranges."""
    if start is None:
        return None, None
    try:
        lat, lon = float(start[0]), float(start[1])
    except (TypeError, ValueError, IndexError):
        raise AdminError(f"invalid start point {start!r}: give latitude and longitude") from None
    if not (-90 <= lat <= 90 and -180 <= lon <= 180):  # NaN fails these too
        raise AdminError(f"invalid start point {lat}, {lon}: latitude -90..90, longitude -180..180")
    return lat, lon


def _valid_email(email: str | None) -> str | None:
    if email is None or not email.strip():
        return None
    email = email.strip()
    if len(email) > 320 or not EMAIL_PATTERN.match(email):
        raise AdminError(f"invalid email address {email!r}")
    return email


def add_agent(
    bind: Engine | Connection, code: str, name: str, email: str | None = None, *, now: datetime | None = None,
    actor: str = SYSTEM,
) -> AgentInfo:
    """Add an active agent (audited); a code already in use raises AgentCodeTaken."""
    code, name, email = _valid_code(code), _valid_name(name), _valid_email(email)
    created_at = now or utcnow()
    taken = AgentCodeTaken(f"agent code {code} is already in use")
    with transaction(bind) as conn:
        authorize(conn, actor, AGENTS_MANAGE)
        if conn.scalar(select(Agent.id).where(Agent.code == code)) is not None:
            raise taken
        try:
            agent_id = conn.execute(
                insert(Agent)
                .values(code=code, name=name, email=email, active=True, created_at=created_at)
                .returning(Agent.id)
            ).scalar_one()
        except IntegrityError:  # another writer took the code between our check and our insert
            raise taken from None
        record(conn, actor=actor, action=AGENT_ADDED, subject_type="agent", subject_id=code,
               details={"name": name, "email": email}, at=created_at)
    return AgentInfo(agent_id, code, name, email, True, created_at)


def list_agents(bind: Engine | Connection, *, include_inactive: bool = True) -> list[AgentInfo]:
    """Every agent, ordered by code."""
    query = select(*_COLUMNS).order_by(Agent.code)
    if not include_inactive:
        query = query.where(Agent.active.is_(True))
    with transaction(bind) as conn:
        return [AgentInfo(*row) for row in conn.execute(query)]


def get_agent(bind: Engine | Connection, code: str) -> AgentInfo:
    """The agent with this code; AgentNotFound if none."""
    normalized = normalize_agent_code(code)
    with transaction(bind) as conn:
        row = conn.execute(select(*_COLUMNS).where(Agent.code == normalized)).one_or_none()
    if row is None:
        raise AgentNotFound(f"unknown agent code {code.strip()!r}")
    return AgentInfo(*row)


def update_agent(
    bind: Engine | Connection,
    code: str,
    *,
    name: str | None = None,
    email: str | None | _Unchanged = UNCHANGED,
    active: bool | None = None,
    start: tuple[float, float] | None | _Unchanged = UNCHANGED,
    actor: str = SYSTEM,
) -> AgentInfo:
    """Change an agent's name, email (None clears it), active flag or start point (lat, lon; None clears it),
    audited with old and new values; the agent as stored."""
    values: dict[str, object] = {}
    if not isinstance(start, _Unchanged):
        values["start_lat"], values["start_lon"] = valid_start(start)
    if name is not None:
        values["name"] = _valid_name(name)
    if not isinstance(email, _Unchanged):
        values["email"] = _valid_email(email)
    if active is not None:
        values["active"] = active
    with transaction(bind) as conn:
        authorize(conn, actor, AGENTS_MANAGE)
        agent = get_agent(conn, code)
        changes = {field: [getattr(agent, field), new] for field, new in values.items() if getattr(agent, field) != new}
        if changes:
            conn.execute(update(Agent).where(Agent.id == agent.id).values(**values))
            action = AGENT_UPDATED
            if "active" in changes:
                action = AGENT_ACTIVATED if changes["active"][1] else AGENT_DEACTIVATED
            record(conn, actor=actor, action=action, subject_type="agent", subject_id=agent.code, details=changes)
        return get_agent(conn, code)

"""Paired field devices: list them and revoke their tokens."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import Connection, Engine, select, update

from .admin import AdminError, transaction
from .audit import DEVICE_REVOKED, SYSTEM, record
from .clock import utcnow
from .db.models import Agent, Device
from .permissions import DEVICES_REVOKE, authorize


class DeviceNotFound(AdminError):
    """No device has this id."""


@dataclass(frozen=True, slots=True)
class DeviceInfo:
    """A paired device, its agent and what it last told the server."""

    id: int
    agent_id: int
    agent_code: str
    agent_name: str
    install_id: str
    model: str | None
    os: str | None
    app_version: str | None
    paired_at: datetime
    last_seen_at: datetime | None
    revoked_at: datetime | None
    battery_pct: int | None
    charging: bool | None

    @property
    def revoked(self) -> bool:
        """Whether the device's token no longer works."""
        return self.revoked_at is not None


_QUERY = select(
    Device.id,
    Device.agent_id,
    Agent.code,
    Agent.name,
    Device.install_id,
    Device.model,
    Device.os,
    Device.app_version,
    Device.paired_at,
    Device.last_seen_at,
    Device.revoked_at,
    Device.battery_pct,
    Device.charging,
).join(Agent, Agent.id == Device.agent_id)


def parse_device_id(device_id: int | str) -> int:
    """A device id as stored (the protocol shows it as a string); DeviceNotFound when it cannot be one."""
    if isinstance(device_id, int) and not isinstance(device_id, bool):
        return device_id
    text = str(device_id).strip()
    if not text.isdigit() or len(text) > 18:
        raise DeviceNotFound(f"unknown device id {text!r}")
    return int(text)


def list_devices(
    bind: Engine | Connection, *, agent_code: str | None = None, include_revoked: bool = True
) -> list[DeviceInfo]:
    """Every paired device (or one agent's), newest pairing first."""
    query = _QUERY.order_by(Device.paired_at.desc(), Device.id.desc())
    if agent_code is not None:
        query = query.where(Agent.code == agent_code.strip().upper())
    if not include_revoked:
        query = query.where(Device.revoked_at.is_(None))
    with transaction(bind) as conn:
        return [DeviceInfo(*row) for row in conn.execute(query)]


def get_device(bind: Engine | Connection, device_id: int | str) -> DeviceInfo:
    """One device by id; DeviceNotFound if none."""
    ident = parse_device_id(device_id)
    with transaction(bind) as conn:
        row = conn.execute(_QUERY.where(Device.id == ident)).one_or_none()
    if row is None:
        raise DeviceNotFound(f"unknown device id {device_id}")
    return DeviceInfo(*row)


def revoke_device(
    bind: Engine | Connection, device_id: int | str, *, now: datetime | None = None, actor: str = SYSTEM
) -> DeviceInfo:
    """Revoke a device's token (audited); revoking it again keeps the first revocation time and records nothing."""
    ident = parse_device_id(device_id)
    moment = now or utcnow()
    with transaction(bind) as conn:
        authorize(conn, actor, DEVICES_REVOKE)
        device = get_device(conn, ident)
        revoked = conn.execute(
            update(Device)
            .where(Device.id == ident, Device.revoked_at.is_(None))
            .values(revoked_at=moment)
        ).rowcount
        if revoked:
            record(conn, actor=actor, action=DEVICE_REVOKED, subject_type="device", subject_id=ident,
                   details={"agent_code": device.agent_code, "model": device.model, "install_id": device.install_id},
                   at=moment)
        return get_device(conn, ident)

"""What the office does to a running server (call on the server's loop, e.g. from the desktop)."""

from __future__ import annotations

from dataclasses import dataclass

from aiohttp import web

from .admin import AdminError
from .audit import SYSTEM
from .branch import load_branch
from .devices import DeviceInfo, parse_device_id, revoke_device
from .events import DeviceRevoked
from .keys import BRANCH, BUS, ENGINE, TOKENS, WRITER
from .writer import Group


@dataclass(slots=True)
class RevokeJob:
    """Revoke a device in the writer's transaction (writer thread)."""

    device_id: int
    actor: str = SYSTEM

    def apply(self, group: Group) -> DeviceInfo | AdminError:
        # The refusal is the job's answer, not a failure of the group (which would say "internal error").
        try:
            return revoke_device(group.conn, self.device_id, now=group.now, actor=self.actor)
        except AdminError as refused:
            return refused


async def settings_changed(app: web.Application) -> None:
    """Apply changed branch settings at once (without this, within BRANCH_TTL)."""
    engine = app[ENGINE]
    with engine.connect() as conn:
        app[BRANCH].current = load_branch(conn)
    app[WRITER].forget_branch()


async def revoke(app: web.Application, device_id: int | str, actor: str = SYSTEM) -> DeviceInfo:
    """Revoke a device now (audited as `actor`'s): its next request gets 401; publishes DeviceRevoked.

    PermissionDenied when the actor may not revoke, DeviceNotFound for an unknown id: nothing changes.
    """
    ident = parse_device_id(device_id)
    info = await app[WRITER].submit(RevokeJob(ident, actor))
    if isinstance(info, AdminError):
        raise info
    app[TOKENS].evict_device(ident)
    app[WRITER].forget_device(ident)
    app[BUS].publish(DeviceRevoked(str(ident)))
    return info

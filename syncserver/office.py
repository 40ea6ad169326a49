"""What the office does to a running server (call on the server's loop, e.g. from the desktop)."""

from __future__ import annotations

from dataclasses import dataclass

from aiohttp import web

from .branch import load_branch
from .devices import DeviceInfo, parse_device_id, revoke_device
from .events import DeviceRevoked
from .keys import BRANCH, BUS, ENGINE, TOKENS, WRITER
from .writer import Group


@dataclass(slots=True)
class RevokeJob:
    """Revoke a device in the writer's transaction (writer thread)."""

    device_id: int

    def apply(self, group: Group) -> DeviceInfo:
        return revoke_device(group.conn, self.device_id, now=group.now)


async def settings_changed(app: web.Application) -> None:
    """Apply changed branch settings at once (without this, within BRANCH_TTL)."""
    engine = app[ENGINE]
    with engine.connect() as conn:
        app[BRANCH].current = load_branch(conn)
    app[WRITER].forget_branch()


async def revoke(app: web.Application, device_id: int | str) -> DeviceInfo:
    """Revoke a device now: its next request gets 401; publishes DeviceRevoked."""
    ident = parse_device_id(device_id)
    info = await app[WRITER].submit(RevokeJob(ident))
    app[TOKENS].evict_device(ident)
    app[WRITER].forget_device(ident)
    app[BUS].publish(DeviceRevoked(str(ident)))
    return info

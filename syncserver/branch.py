"""The branch's settings as a plain value, read from its one database row."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Connection, select

from .db.models import BranchSettings

_settings = BranchSettings.__table__


@dataclass(frozen=True, slots=True)
class Branch:
    """This branch's identity and field rules."""

    server_id: str
    cursor_epoch: str
    name: str
    timezone: str
    default_radius_m: float
    accuracy_limit_m: float


class BranchRef:
    """The branch settings a running server uses; `current` is replaced when the office changes them."""

    def __init__(self, branch: Branch) -> None:
        self.current = branch


def load_branch(conn: Connection) -> Branch:
    """Read the branch settings row (created by `open_database`)."""
    row = conn.execute(
        select(
            _settings.c.server_id,
            _settings.c.cursor_epoch,
            _settings.c.name,
            _settings.c.timezone,
            _settings.c.default_radius_m,
            _settings.c.accuracy_limit_m,
        ).where(_settings.c.id == 1)
    ).one()
    return Branch(*row)

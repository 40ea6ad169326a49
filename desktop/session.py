"""Who is using the desktop: a signed-in user, or the single user of a branch that has no users (no Qt here)."""

from __future__ import annotations

import getpass
from dataclasses import dataclass

from syncserver.audit import pc_actor
from syncserver.permissions import ADMINISTRATOR, can
from syncserver.users import UserInfo


@dataclass(frozen=True, slots=True)
class Session:
    """The actor the office functions are called with, and the role that decides what the UI allows."""

    actor: str
    role: str
    display_name: str
    login: str | None = None  # None: single-user mode

    @classmethod
    def single_user(cls) -> Session:
        """No users defined: the one person at this computer may do everything, as "pc:<os user>"."""
        try:
            name = getpass.getuser()
        except (KeyError, OSError):
            name = ""
        return cls(pc_actor(), ADMINISTRATOR, name)

    @classmethod
    def for_user(cls, user: UserInfo) -> Session:
        """A signed-in user acts under their login."""
        return cls(user.login, user.role, user.display_name, user.login)

    @property
    def single(self) -> bool:
        """Whether this is single-user mode (no login)."""
        return self.login is None

    def can(self, action: str) -> bool:
        """Whether this session's role allows the action."""
        return can(self.role, action)

"""Roles and what each may do: `can(role, action)` for the desktop's buttons, `authorize` inside office functions.

Everyone may look at everything; the actions below change something (or take data out). An
office function that does one takes `actor` and calls `authorize(conn, actor, ACTION)` in its
transaction, so a refused change writes nothing even when a button was wrongly enabled.
"""

from __future__ import annotations

from sqlalchemy import Connection, select

from .admin import AdminError
from .audit import CLI_PREFIX, PC_PREFIX, SYSTEM
from .db.security_models import User

ADMINISTRATOR, SUPERVISOR, VIEWER = "administrator", "supervisor", "viewer"
ROLES = (ADMINISTRATOR, SUPERVISOR, VIEWER)

DEVICES_PAIR = "devices.pair"
DEVICES_REVOKE = "devices.revoke"
AGENTS_MANAGE = "agents.manage"
ACCOUNTS_IMPORT = "accounts.import"
ACCOUNTS_ASSIGN = "accounts.assign"
PAYMENTS_IMPORT = "payments.import"
QUESTIONNAIRES_EDIT = "questionnaires.edit"
QUESTIONNAIRES_PUBLISH = "questionnaires.publish"
AGREEMENTS_MANAGE = "agreements.manage"
DATA_EXPORT = "data.export"
ALERTS_ACKNOWLEDGE = "alerts.acknowledge"
SETTINGS_BRANCH = "settings.branch"
SETTINGS_SERVER = "settings.server"
USERS_MANAGE = "users.manage"
STRATEGY_MANAGE = "strategy.manage"  # scoring parameters and strategy rules, recalculating the scores
REPORTS_SAVE = "reports.save"  # saved report definitions: save, rename, delete
SETTINGS_MAIL = "settings.mail"  # SMTP server, recipients, which visits are mailed, the test e-mail

COLLECTION_WORK = frozenset({
    DEVICES_PAIR, DEVICES_REVOKE, AGENTS_MANAGE, ACCOUNTS_IMPORT, ACCOUNTS_ASSIGN, PAYMENTS_IMPORT,
    QUESTIONNAIRES_EDIT, QUESTIONNAIRES_PUBLISH, AGREEMENTS_MANAGE, DATA_EXPORT, STRATEGY_MANAGE, REPORTS_SAVE,
    ALERTS_ACKNOWLEDGE,
})
ACTIONS = tuple(sorted(COLLECTION_WORK | {SETTINGS_BRANCH, SETTINGS_SERVER, SETTINGS_MAIL, USERS_MANAGE}))
PERMISSIONS: dict[str, frozenset[str]] = {
    ADMINISTRATOR: frozenset(ACTIONS),
    SUPERVISOR: COLLECTION_WORK,
    VIEWER: frozenset(),
}


class PermissionDenied(AdminError):
    """The actor may not do this; `action` and `role` (None for an unknown actor) say why."""

    def __init__(self, message: str, action: str | None = None, role: str | None = None) -> None:
        super().__init__(message)
        self.action, self.role = action, role


def can(role: str | None, action: str) -> bool:
    """Whether a role may do an action (an unknown role may do nothing)."""
    if action not in ACTIONS:
        raise ValueError(f"unknown action {action!r}")
    return action in PERMISSIONS.get(role or "", frozenset())


def users_defined(conn: Connection) -> bool:
    """Whether the branch has users (else the desktop runs in single-user mode, without login)."""
    return conn.scalar(select(User.id).limit(1)) is not None


def role_of(conn: Connection, actor: str) -> str | None:
    """The role of an active user with this login, else None."""
    row = conn.execute(select(User.role, User.active).where(User.login == actor)).one_or_none()
    return row.role if row is not None and row.active else None


def authorize(conn: Connection, actor: str, action: str) -> None:
    """Raise PermissionDenied unless `actor` may do `action` now (read in the caller's transaction).

    "sistema" and "cli:…" may do everything (whoever runs campo-server can open the database
    anyway); "pc:…", the desktop without login, only while the branch has no users.
    """
    if not isinstance(actor, str) or not actor:
        raise PermissionDenied("no actor given for a change that needs one", action)
    if actor == SYSTEM or actor.startswith(CLI_PREFIX):
        return
    if actor.startswith(PC_PREFIX):
        if users_defined(conn):
            raise PermissionDenied("this branch has users now: sign in to change anything", action)
        return
    role = role_of(conn, actor)
    if role is None:
        raise PermissionDenied(f"{actor!r} is not an active user of this branch", action)
    if not can(role, action):
        raise PermissionDenied(f"the role {role} of {actor!r} does not allow {action}", action, role)

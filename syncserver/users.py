"""Desktop users: add, change, deactivate, set passwords; there is always at least one active administrator.

No users means single-user mode: the desktop opens without login. The first user must be an
administrator. Passwords are checked by `passwords.password_problem` and stored only as argon2id
hashes; signing in (with the lockout) is in logins.py. Every change is audited in its transaction.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, Engine, insert, select, update

from .admin import transaction
from .audit import (
    CLI_PREFIX,
    DEVICE_PREFIX,
    PC_PREFIX,
    SYSTEM,
    USER_ACTIVATED,
    USER_CREATED,
    USER_DEACTIVATED,
    USER_PASSWORD_CHANGED,
    USER_PASSWORD_RESET,
    USER_UPDATED,
    record,
)
from .clock import utcnow
from .db.security_models import User
from .passwords import UserError, hash_password, password_problem, verify_password
from .permissions import ADMINISTRATOR, ROLES, USERS_MANAGE, authorize, users_defined

__all__ = [
    "UserError", "UserInfo", "UserNotFound", "change_own_password", "create_user", "deactivate_user", "get_user",
    "has_users", "list_users", "normalize_login", "set_password", "update_user",
]

LOGIN_PATTERN = re.compile(r"^[a-z0-9][a-z0-9._@-]{1,63}$")
RESERVED_LOGINS = frozenset({SYSTEM, CLI_PREFIX.rstrip(":"), PC_PREFIX.rstrip(":"), DEVICE_PREFIX.strip()})


class UserNotFound(UserError):
    """No user has this login."""

    def __init__(self, code: str = "not_found", message: str = "no such user") -> None:
        super().__init__(code, message)


@dataclass(frozen=True, slots=True)
class UserInfo:
    """A user as the office lists them (never the password hash)."""

    id: int
    login: str
    display_name: str
    role: str
    active: bool
    created_at: datetime
    last_login_at: datetime | None
    failed_attempts: int
    locked_until: datetime | None


_COLUMNS = (User.id, User.login, User.display_name, User.role, User.active, User.created_at, User.last_login_at,
            User.failed_attempts, User.locked_until)


def normalize_login(login: str) -> str:
    """The stored form of a login: trimmed and lower-case (logins compare case-insensitively)."""
    return str(login).strip().lower()


def _valid_login(login: str) -> str:
    key = normalize_login(login)
    if not LOGIN_PATTERN.match(key):
        raise UserError("login_invalid", f"invalid login {login!r}: 2-64 letters, digits, '.', '_', '-' or '@', "
                                         "starting with a letter or digit")
    if key in RESERVED_LOGINS:
        raise UserError("login_reserved", f"the login {key!r} is reserved for Campo itself")
    return key


def _valid_name(name: str) -> str:
    clean = " ".join(str(name).split())
    if not clean:
        raise UserError("name_empty", "the user's name is empty")
    if len(clean) > 200:
        raise UserError("name_long", "the user's name is longer than 200 characters")
    return clean


def _valid_role(role: str) -> str:
    if role not in ROLES:
        raise UserError("role_invalid", f"unknown role {role!r}; use one of {', '.join(ROLES)}")
    return role


def _get(conn: Connection, login: str) -> UserInfo:
    row = conn.execute(select(*_COLUMNS).where(User.login == normalize_login(login))).one_or_none()
    if row is None:
        raise UserNotFound("not_found", f"no user has the login {normalize_login(login)!r}")
    return UserInfo(*row)


def list_users(bind: Engine | Connection) -> list[UserInfo]:
    """Every user, ordered by login."""
    with transaction(bind) as conn:
        return [UserInfo(*row) for row in conn.execute(select(*_COLUMNS).order_by(User.login))]


def get_user(bind: Engine | Connection, login: str) -> UserInfo:
    """The user with this login (any case); UserNotFound if none."""
    with transaction(bind) as conn:
        return _get(conn, login)


def create_user(
    bind: Engine | Connection, login: str, display_name: str, role: str, password: str, *,
    actor: str = SYSTEM, now: datetime | None = None,
) -> UserInfo:
    """Add an active user; the first one must be an administrator (from then on the desktop asks for login)."""
    key, name, role = _valid_login(login), _valid_name(display_name), _valid_role(role)
    if (problem := password_problem(password, key)) is not None:
        raise problem
    password_hash = hash_password(password)  # slow on purpose: before the transaction, not inside it
    created_at = now or utcnow()
    with transaction(bind) as conn:
        authorize(conn, actor, USERS_MANAGE)
        if not users_defined(conn) and role != ADMINISTRATOR:
            raise UserError("first_not_admin", "the first user must be an administrator")
        if conn.scalar(select(User.id).where(User.login == key)) is not None:
            raise UserError("login_taken", f"the login {key!r} is already in use")
        conn.execute(insert(User).values(login=key, display_name=name, role=role, password_hash=password_hash,
                                         active=True, created_at=created_at, failed_attempts=0))
        record(conn, actor=actor, action=USER_CREATED, subject_type="user", subject_id=key,
               details={"display_name": name, "role": role}, at=created_at)
        return _get(conn, key)


def _other_active_administrators(conn: Connection, user_id: int) -> int:
    # FOR UPDATE (PostgreSQL): two administrators demoting each other at once cannot both succeed.
    rows = conn.execute(select(User.id).where(User.role == ADMINISTRATOR, User.active.is_(True)).with_for_update())
    return sum(1 for (ident,) in rows if ident != user_id)


def update_user(
    bind: Engine | Connection, login: str, *, display_name: str | None = None, role: str | None = None,
    active: bool | None = None, actor: str = SYSTEM,
) -> UserInfo:
    """Change a user's name, role or active flag; refused when no active administrator would be left."""
    wanted: dict[str, Any] = {}
    if display_name is not None:
        wanted["display_name"] = _valid_name(display_name)
    if role is not None:
        wanted["role"] = _valid_role(role)
    if active is not None:
        wanted["active"] = bool(active)
    with transaction(bind) as conn:
        authorize(conn, actor, USERS_MANAGE)
        user = _get(conn, login)
        changes = {field: [getattr(user, field), value] for field, value in wanted.items() if getattr(user, field) != value}
        if not changes:
            return user
        still_admin = wanted.get("role", user.role) == ADMINISTRATOR and wanted.get("active", user.active)
        if user.role == ADMINISTRATOR and user.active and not still_admin \
                and _other_active_administrators(conn, user.id) == 0:
            raise UserError("last_admin", f"{user.login!r} is the last active administrator; make another user "
                                          "an administrator first")
        conn.execute(update(User).where(User.id == user.id).values({field: new for field, (_old, new) in changes.items()}))
        action = USER_UPDATED
        if "active" in changes:
            action = USER_ACTIVATED if changes["active"][1] else USER_DEACTIVATED
        record(conn, actor=actor, action=action, subject_type="user", subject_id=user.login, details=changes)
        return _get(conn, user.login)


def deactivate_user(bind: Engine | Connection, login: str, *, actor: str = SYSTEM) -> UserInfo:
    """Stop a user from signing in (their past actions stay in the audit log under their login)."""
    return update_user(bind, login, active=False, actor=actor)


def set_password(
    bind: Engine | Connection, login: str, password: str, *, actor: str = SYSTEM, now: datetime | None = None,
) -> UserInfo:
    """Give a user a new password (their own change, or a reset by someone who manages users); unlocks them."""
    key = normalize_login(login)
    if (problem := password_problem(password, key)) is not None:
        raise problem
    password_hash = hash_password(password)
    with transaction(bind) as conn:
        user = _get(conn, key)
        own = actor == user.login
        if not own:
            authorize(conn, actor, USERS_MANAGE)
        conn.execute(update(User).where(User.id == user.id).values(
            password_hash=password_hash, failed_attempts=0, locked_until=None))
        record(conn, actor=actor, action=USER_PASSWORD_CHANGED if own else USER_PASSWORD_RESET, subject_type="user",
               subject_id=user.login, at=now)
        return _get(conn, key)


def change_own_password(bind: Engine | Connection, login: str, old_password: str, new_password: str) -> UserInfo:
    """A signed-in user's own change of password: the old one must be right."""
    key = normalize_login(login)
    with transaction(bind) as conn:
        stored = conn.scalar(select(User.password_hash).where(User.login == key, User.active.is_(True)))
    if stored is None or not verify_password(stored, old_password):
        raise UserError("wrong_password", "the current password is not right")
    return set_password(bind, key, new_password, actor=key)


def has_users(bind: Engine | Connection) -> bool:
    """Whether the branch has users: the desktop then asks for login (else it runs in single-user mode)."""
    with transaction(bind) as conn:
        return users_defined(conn)

"""Signing in to the desktop: the password checked against its argon2id hash, a lockout after repeated failures.

After MAX_FAILED_ATTEMPTS wrong passwords in a row a user is locked for LOCKOUT; a right password,
or a reset by an administrator, clears the count. A hash made with weaker parameters than today's
is replaced after a good login. Every attempt is audited (never the text typed).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import Engine, select, update

from .admin import AdminError, transaction
from .audit import LOGIN_FAILED, LOGIN_SUCCEEDED, SYSTEM, record
from .clock import utcnow
from .db.security_models import User
from .passwords import hash_password, needs_rehash, verify_password, waste_verification
from .users import UserInfo, get_user, normalize_login

MAX_FAILED_ATTEMPTS = 5
LOCKOUT = timedelta(minutes=15)

WRONG, LOCKED, INACTIVE = "wrong", "locked", "inactive"


class LoginRefused(AdminError):
    """Not signed in: `reason` is WRONG (login or password), LOCKED (until `locked_until`) or INACTIVE."""

    def __init__(self, reason: str, locked_until: datetime | None = None, attempts_left: int | None = None) -> None:
        message = {WRONG: "wrong login or password", INACTIVE: "this user is deactivated"}.get(
            reason, f"too many wrong passwords: locked until {locked_until:%Y-%m-%d %H:%M} UTC" if locked_until else "locked")
        super().__init__(message)
        self.reason, self.locked_until, self.attempts_left = reason, locked_until, attempts_left

    def __reduce__(self):
        return (type(self), (self.reason, self.locked_until, self.attempts_left))


@dataclass(frozen=True, slots=True)
class _Stored:
    id: int
    login: str
    password_hash: str
    active: bool
    locked_until: datetime | None


def authenticate(bind: Engine, login: str, password: str, *, now: datetime | None = None) -> UserInfo:
    """The user signed in, or LoginRefused; the slow hash check runs outside any write transaction."""
    now = now or utcnow()
    key = normalize_login(login)
    with transaction(bind) as conn:
        row = conn.execute(select(User.id, User.login, User.password_hash, User.active, User.locked_until)
                           .where(User.login == key)).one_or_none()
    stored = _Stored(*row) if row is not None else None
    if stored is None:
        waste_verification(password)
        with transaction(bind) as conn:  # who tried is unknown; what they typed may be a password: not kept
            record(conn, actor=SYSTEM, action=LOGIN_FAILED, details={"reason": "unknown_login"}, at=now)
        raise LoginRefused(WRONG)
    if stored.locked_until is not None and stored.locked_until > now:
        with transaction(bind) as conn:
            record(conn, actor=stored.login, action=LOGIN_FAILED, subject_type="user", subject_id=stored.login,
                   details={"reason": LOCKED, "locked_until": stored.locked_until}, at=now)
        raise LoginRefused(LOCKED, stored.locked_until)
    if not verify_password(stored.password_hash, password):
        _count_failure(bind, stored, now)  # raises
    if not stored.active:
        with transaction(bind) as conn:
            record(conn, actor=stored.login, action=LOGIN_FAILED, subject_type="user", subject_id=stored.login,
                   details={"reason": INACTIVE}, at=now)
        raise LoginRefused(INACTIVE)
    new_hash = hash_password(password) if needs_rehash(stored.password_hash) else None
    with transaction(bind) as conn:
        values = {"failed_attempts": 0, "locked_until": None, "last_login_at": now}
        if new_hash is not None:
            values["password_hash"] = new_hash
        conn.execute(update(User).where(User.id == stored.id).values(**values))
        record(conn, actor=stored.login, action=LOGIN_SUCCEEDED, subject_type="user", subject_id=stored.login,
               details={"rehashed": new_hash is not None}, at=now)
    return get_user(bind, stored.login)


def _count_failure(bind: Engine, stored: _Stored, now: datetime) -> None:
    """One more wrong password (counted in SQL: attempts from two computers add up); lock at the limit."""
    with transaction(bind) as conn:
        attempts = conn.execute(update(User).where(User.id == stored.id)
                                .values(failed_attempts=User.failed_attempts + 1)
                                .returning(User.failed_attempts)).scalar_one()
        locked_until = None
        if attempts >= MAX_FAILED_ATTEMPTS:
            locked_until = (now + LOCKOUT).replace(microsecond=0)
            conn.execute(update(User).where(User.id == stored.id).values(failed_attempts=0, locked_until=locked_until))
        record(conn, actor=stored.login, action=LOGIN_FAILED, subject_type="user", subject_id=stored.login,
               details={"reason": WRONG, "attempts": attempts, "locked_until": locked_until}, at=now)
    if locked_until is not None:
        raise LoginRefused(LOCKED, locked_until)
    raise LoginRefused(WRONG, attempts_left=MAX_FAILED_ATTEMPTS - attempts)

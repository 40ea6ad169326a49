"""Passwords of desktop users: the policy, and argon2id hashes (argon2-cffi) that are upgraded as its defaults grow."""

from __future__ import annotations

from functools import cache

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError

from .admin import AdminError

MIN_LENGTH = 10
MAX_LENGTH = 1024  # hashing is deliberately slow; a megabyte "password" must not make it slower
HASHER = PasswordHasher()  # argon2id with the library's current recommended parameters (RFC 9106)


class UserError(AdminError):
    """A user-management request that breaks a rule; `code` names the rule for the desktop's wording."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code

    def __reduce__(self):  # picklable with its code (exceptions pickle their args only)
        return (type(self), (self.code, str(self)))


def password_problem(password: str, login: str) -> UserError | None:
    """What is wrong with a new password, or None: at least MIN_LENGTH characters, not the login."""
    if not isinstance(password, str) or len(password) < MIN_LENGTH:
        return UserError("password_short", f"the password must have at least {MIN_LENGTH} characters")
    if len(password) > MAX_LENGTH:
        return UserError("password_long", f"the password must have at most {MAX_LENGTH} characters")
    if password.strip().casefold() == login.strip().casefold():
        return UserError("password_is_login", "the password must not be the login")
    if not password.strip():
        return UserError("password_short", "the password is only spaces")
    return None


def hash_password(password: str) -> str:
    """An argon2id hash of the password, with its own random salt and the parameters used."""
    return HASHER.hash(password)


def verify_password(stored_hash: str, password: str) -> bool:
    """Whether the password matches the stored hash (False for a damaged hash, too)."""
    if len(password) > MAX_LENGTH:
        return False
    try:
        return HASHER.verify(stored_hash, password)
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        return False


def needs_rehash(stored_hash: str) -> bool:
    """Whether the hash was made with weaker parameters than today's (rehash it after a good login)."""
    try:
        return HASHER.check_needs_rehash(stored_hash)
    except InvalidHashError:
        return True


@cache
def _dummy_hash() -> str:
    return HASHER.hash("campo-dummy-password")


def waste_verification(password: str) -> None:
    """Spend the time of one verification, so that an unknown login takes as long as a wrong password."""
    verify_password(_dummy_hash(), password[:MAX_LENGTH])

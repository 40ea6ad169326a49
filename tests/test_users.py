"""Desktop users on a real database (both backends): passwords, lockout, the last administrator, permissions.

argon2id with its default parameters takes about 0.3 s per hash here, on purpose. Tests about the
rules rather than the hash use `quick_hashes`: the same library with the cheapest parameters.
"""

from __future__ import annotations

from datetime import timedelta

import pytest
from argon2 import PasswordHasher
from sqlalchemy import select, update

from syncserver import passwords
from syncserver import permissions as p
from syncserver.audit import LOGIN_FAILED, LOGIN_SUCCEEDED
from syncserver.clock import utcnow
from syncserver.db.security_models import AuditEntry, User
from syncserver.logins import INACTIVE, LOCKED, LOCKOUT, MAX_FAILED_ATTEMPTS, WRONG, LoginRefused, authenticate
from syncserver.passwords import HASHER, UserError, needs_rehash, password_problem, verify_password
from syncserver.permissions import PermissionDenied, authorize, can
from syncserver.users import (
    change_own_password,
    create_user,
    deactivate_user,
    get_user,
    has_users,
    list_users,
    set_password,
    update_user,
)

ADMIN_PASSWORD = "clave de administración"
QUICK = PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1)


@pytest.fixture
def quick_hashes(monkeypatch):
    """argon2id at its cheapest, for tests about rules, not about the strength of the hash."""
    monkeypatch.setattr(passwords, "HASHER", QUICK)
    return QUICK


def stored_hash(engine, login: str) -> str:
    with engine.connect() as conn:
        return conn.scalar(select(User.password_hash).where(User.login == login))


def audit_actions(engine) -> list[str]:
    with engine.connect() as conn:
        return list(conn.scalars(select(AuditEntry.action).order_by(AuditEntry.id)))


@pytest.fixture
def admin(engine):
    return create_user(engine, "Ana.Perez", "Ana Pérez", p.ADMINISTRATOR, ADMIN_PASSWORD, actor="cli:test")


def test_password_policy_says_what_is_wrong():
    assert password_problem("corta", "ana").code == "password_short"
    assert "at least 10" in str(password_problem("corta", "ana"))
    assert password_problem("Ana.Perez.", "ana.perez.").code == "password_is_login"
    assert password_problem(" " * 12, "ana").code == "password_short"
    assert password_problem("x" * 2000, "ana").code == "password_long"
    assert password_problem("una frase larga", "ana") is None


def test_hash_is_argon2id_salted_and_verifies(engine, admin):
    assert admin.login == "ana.perez" and admin.role == p.ADMINISTRATOR and admin.active
    first = stored_hash(engine, "ana.perez")
    assert first.startswith("$argon2id$") and ADMIN_PASSWORD not in first
    assert verify_password(first, ADMIN_PASSWORD) and not verify_password(first, ADMIN_PASSWORD + "x")
    assert not verify_password("not a hash", ADMIN_PASSWORD)
    assert HASHER.hash(ADMIN_PASSWORD) != first  # a salt of its own each time


def test_login_is_unique_whatever_the_case(quick_hashes, engine, admin):
    with pytest.raises(UserError) as taken:
        create_user(engine, "ANA.PEREZ", "Otra Ana", p.VIEWER, "otra clave larga")
    assert taken.value.code == "login_taken"
    assert get_user(engine, "  ANA.perez ").id == admin.id
    for login, code in (("sistema", "login_reserved"), ("a b", "login_invalid"), ("cli:x", "login_invalid")):
        with pytest.raises(UserError) as refused:
            create_user(engine, login, "X", p.VIEWER, "una clave larga")
        assert refused.value.code == code
    assert [user.login for user in list_users(engine)] == ["ana.perez"]


def test_first_user_must_be_an_administrator(quick_hashes, engine):
    assert not has_users(engine)
    with pytest.raises(UserError) as refused:
        create_user(engine, "luis", "Luis", p.SUPERVISOR, "una clave larga")
    assert refused.value.code == "first_not_admin" and not has_users(engine)
    create_user(engine, "luis", "Luis", p.ADMINISTRATOR, "una clave larga")
    assert has_users(engine)


def test_right_and_wrong_passwords_and_the_lockout(quick_hashes, engine, admin):
    now = utcnow()
    signed = authenticate(engine, "ANA.PEREZ", ADMIN_PASSWORD, now=now)
    assert signed.login == "ana.perez" and signed.last_login_at == now.replace(microsecond=signed.last_login_at.microsecond)
    for attempt in range(1, MAX_FAILED_ATTEMPTS):
        with pytest.raises(LoginRefused) as wrong:
            authenticate(engine, "ana.perez", "no es la clave", now=now)
        assert wrong.value.reason == WRONG and wrong.value.attempts_left == MAX_FAILED_ATTEMPTS - attempt
    with pytest.raises(LoginRefused) as locked:
        authenticate(engine, "ana.perez", "no es la clave", now=now)
    assert locked.value.reason == LOCKED and locked.value.locked_until > now
    with pytest.raises(LoginRefused) as still:  # even the right password waits for the lock to end
        authenticate(engine, "ana.perez", ADMIN_PASSWORD, now=now + timedelta(minutes=1))
    assert still.value.reason == LOCKED
    assert authenticate(engine, "ana.perez", ADMIN_PASSWORD, now=now + LOCKOUT + timedelta(seconds=1)).failed_attempts == 0
    with pytest.raises(LoginRefused) as unknown:
        authenticate(engine, "nadie", ADMIN_PASSWORD)
    assert unknown.value.reason == WRONG
    actions = audit_actions(engine)
    assert actions.count(LOGIN_SUCCEEDED) == 2 and actions.count(LOGIN_FAILED) == MAX_FAILED_ATTEMPTS + 2
    with engine.connect() as conn:  # what was typed is never kept
        details = [str(row) for row in conn.scalars(select(AuditEntry.details))]
    assert not any("no es la clave" in text or ADMIN_PASSWORD in text for text in details)


def test_a_reset_unlocks_and_an_inactive_user_cannot_sign_in(quick_hashes, engine, admin):
    create_user(engine, "luis", "Luis", p.SUPERVISOR, "clave de luis 1", actor="ana.perez")
    with engine.begin() as conn:
        conn.execute(update(User).where(User.login == "luis").values(locked_until=utcnow() + timedelta(hours=1)))
    set_password(engine, "luis", "clave nueva de luis", actor="ana.perez")
    assert authenticate(engine, "luis", "clave nueva de luis").login == "luis"
    deactivate_user(engine, "luis", actor="ana.perez")
    with pytest.raises(LoginRefused) as inactive:
        authenticate(engine, "luis", "clave nueva de luis")
    assert inactive.value.reason == INACTIVE


def test_weaker_hashes_are_replaced_after_a_good_login(engine, admin):
    weak = PasswordHasher(time_cost=1, memory_cost=8192, parallelism=1).hash(ADMIN_PASSWORD)
    with engine.begin() as conn:
        conn.execute(update(User).where(User.login == "ana.perez").values(password_hash=weak))
    assert needs_rehash(weak)
    authenticate(engine, "ana.perez", ADMIN_PASSWORD)
    upgraded = stored_hash(engine, "ana.perez")
    assert upgraded != weak and not needs_rehash(upgraded) and verify_password(upgraded, ADMIN_PASSWORD)


def test_own_password_change_needs_the_current_one(quick_hashes, engine, admin):
    with pytest.raises(UserError) as wrong:
        change_own_password(engine, "ana.perez", "no es esta", "una clave nueva")
    assert wrong.value.code == "wrong_password"
    change_own_password(engine, "ana.perez", ADMIN_PASSWORD, "una clave nueva")
    assert verify_password(stored_hash(engine, "ana.perez"), "una clave nueva")
    assert audit_actions(engine)[-1] == "user.password_changed"


def test_the_last_active_administrator_stays(quick_hashes, engine, admin):
    for change in ({"role": p.SUPERVISOR}, {"active": False}):
        with pytest.raises(UserError) as refused:
            update_user(engine, "ana.perez", actor="ana.perez", **change)
        assert refused.value.code == "last_admin" and "last active administrator" in str(refused.value)
    create_user(engine, "luis", "Luis", p.ADMINISTRATOR, "clave de luis 1", actor="ana.perez")
    update_user(engine, "ana.perez", role=p.VIEWER, actor="luis")
    with pytest.raises(UserError):
        deactivate_user(engine, "luis", actor="luis")
    assert [(u.login, u.role, u.active) for u in list_users(engine)] == [
        ("ana.perez", p.VIEWER, True), ("luis", p.ADMINISTRATOR, True)]


def test_permissions_table():
    expected = {
        p.ADMINISTRATOR: set(p.ACTIONS),
        p.SUPERVISOR: set(p.ACTIONS) - {p.SETTINGS_BRANCH, p.SETTINGS_SERVER, p.SETTINGS_MAIL, p.USERS_MANAGE},
        p.VIEWER: set(),
    }
    for role, allowed in expected.items():
        assert {action for action in p.ACTIONS if can(role, action)} == allowed, role
    assert not can(None, p.DEVICES_REVOKE) and not can("root", p.DEVICES_REVOKE)
    with pytest.raises(ValueError):
        can(p.ADMINISTRATOR, "launch.missiles")


def test_authorize_by_actor(quick_hashes, engine):
    with engine.begin() as conn:
        authorize(conn, "pc:ana", p.USERS_MANAGE)  # single-user mode: the one person may do everything
    create_user(engine, "ana", "Ana", p.ADMINISTRATOR, "clave de ana 12", actor="pc:ana")
    create_user(engine, "marta", "Marta", p.VIEWER, "clave de marta 1", actor="ana")
    with engine.begin() as conn:
        for actor in ("sistema", "cli:root", "ana"):
            authorize(conn, actor, p.DEVICES_REVOKE)
        for actor, role in (("pc:ana", None), ("marta", p.VIEWER), ("nadie", None), ("dispositivo 3", None), ("", None)):
            with pytest.raises(PermissionDenied) as refused:
                authorize(conn, actor, p.DEVICES_REVOKE)
            assert refused.value.role == role and refused.value.action == p.DEVICES_REVOKE
    with pytest.raises(PermissionDenied):  # a viewer cannot make herself an administrator
        update_user(engine, "marta", role=p.ADMINISTRATOR, actor="marta")
    assert get_user(engine, "marta").role == p.VIEWER


def test_refusals_survive_the_writer_process_pipe():
    import pickle

    denied = pickle.loads(pickle.dumps(PermissionDenied("no", p.DEVICES_REVOKE, p.VIEWER)))
    assert (str(denied), denied.action, denied.role) == ("no", p.DEVICES_REVOKE, p.VIEWER)
    rule = pickle.loads(pickle.dumps(UserError("last_admin", "last one")))
    assert (rule.code, str(rule)) == ("last_admin", "last one")
    locked = pickle.loads(pickle.dumps(LoginRefused(LOCKED, utcnow())))
    assert locked.reason == LOCKED and locked.locked_until is not None

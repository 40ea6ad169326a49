"""The audit log of sensitive actions: who did what to what, written in the same transaction as the action.

Call `record(conn, ...)` with the connection of the action's own transaction, after the action's
writes: the action and its entry then commit or roll back together. The action codes are the
constants below (ACTIONS lists them all); `record` refuses any other. Reading and CSV export are
in audit_log.py; docs/security.md says which function records what.
"""

from __future__ import annotations

import getpass
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import Connection, insert

from .clock import utcnow
from .db.security_models import AuditEntry

# Who acted. A signed-in user is their login; these are the others.
SYSTEM = "sistema"  # Campo itself (the default questionnaire, the demo) and callers that name nobody
CLI_PREFIX = "cli:"  # campo-server, followed by the operating system's user name
PC_PREFIX = "pc:"  # the desktop in single-user mode (no users defined), followed by the OS user name
DEVICE_PREFIX = "dispositivo "  # a field device, followed by its id

OFFICE, DEVICE = "office", "device"  # where the action came from

# What was done. Subjects: agent (code), device (id), user (login), questionnaire (id), branch (1), file (name).
PAIRING_CODE_CREATED = "pairing.code_created"
DEVICE_PAIRED = "device.paired"
DEVICE_REVOKED = "device.revoked"
AGENT_ADDED = "agent.added"
AGENT_UPDATED = "agent.updated"
AGENT_DEACTIVATED = "agent.deactivated"
AGENT_ACTIVATED = "agent.activated"
ACCOUNTS_IMPORTED = "accounts.imported"
ACCOUNTS_QUESTIONNAIRE_SET = "accounts.questionnaire_set"
ACCOUNTS_ASSIGNED = "accounts.assigned"
PAYMENTS_IMPORTED = "payments.imported"
QUESTIONNAIRE_PUBLISHED = "questionnaire.published"
SETTINGS_CHANGED = "settings.changed"
SERVER_SETTINGS_CHANGED = "settings.server_changed"
USER_CREATED = "user.created"
USER_UPDATED = "user.updated"
USER_DEACTIVATED = "user.deactivated"
USER_ACTIVATED = "user.activated"
USER_PASSWORD_CHANGED = "user.password_changed"
USER_PASSWORD_RESET = "user.password_reset"
LOGIN_SUCCEEDED = "session.login"
LOGIN_FAILED = "session.login_failed"
AUDIT_EXPORTED = "audit.exported"
# Exports (syncserver.export_audit), agreements, settings kept elsewhere, saved reports.
DATA_EXPORTED = "data.exported"
AGREEMENT_CREATED = "agreement.created"
AGREEMENT_CHANGED = "agreement.changed"
AGREEMENTS_RECOMPUTED = "agreements.recomputed"
AGREEMENT_SETTINGS_CHANGED = "settings.agreements_changed"
MAIL_SETTINGS_CHANGED = "settings.mail_changed"
STRATEGY_RULES_CHANGED = "strategy.rules_changed"
PAIRING_CODES_CANCELLED = "pairing.codes_cancelled"
REPORT_SAVED = "report.saved"
REPORT_RENAMED = "report.renamed"
REPORT_DELETED = "report.deleted"
ALERTS_ACKNOWLEDGED = "alerts.acknowledged"

ACTIONS = (
    PAIRING_CODE_CREATED, DEVICE_PAIRED, DEVICE_REVOKED, AGENT_ADDED, AGENT_UPDATED, AGENT_DEACTIVATED,
    AGENT_ACTIVATED, ACCOUNTS_IMPORTED, ACCOUNTS_QUESTIONNAIRE_SET, ACCOUNTS_ASSIGNED, PAYMENTS_IMPORTED,
    QUESTIONNAIRE_PUBLISHED,
    SETTINGS_CHANGED, SERVER_SETTINGS_CHANGED, USER_CREATED, USER_UPDATED, USER_DEACTIVATED, USER_ACTIVATED,
    USER_PASSWORD_CHANGED, USER_PASSWORD_RESET, LOGIN_SUCCEEDED, LOGIN_FAILED, AUDIT_EXPORTED, DATA_EXPORTED,
    AGREEMENT_CREATED, AGREEMENT_CHANGED, AGREEMENTS_RECOMPUTED, AGREEMENT_SETTINGS_CHANGED,
    MAIL_SETTINGS_CHANGED, STRATEGY_RULES_CHANGED, PAIRING_CODES_CANCELLED, REPORT_SAVED,
    REPORT_RENAMED, REPORT_DELETED, ALERTS_ACKNOWLEDGED,
)
_KNOWN = frozenset(ACTIONS)
MAX_ACTOR = 100


def cli_actor() -> str:
    """The actor of a campo-server command: "cli:" and the operating system's user name."""
    return CLI_PREFIX + _os_user()


def pc_actor() -> str:
    """The actor of the desktop in single-user mode: "pc:" and the operating system's user name."""
    return PC_PREFIX + _os_user()


def device_actor(device_id: int | str) -> str:
    """The actor of something a device did."""
    return f"{DEVICE_PREFIX}{device_id}"


def _os_user() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):  # no user name in the environment nor in the password database
        return "desconocido"


def jsonable(value: Any) -> Any:
    """A value as JSON can hold it: datetimes as ISO 8601, dates and Decimals as text, tuples as lists."""
    if isinstance(value, datetime):
        return value.isoformat().replace("+00:00", "Z")
    if isinstance(value, (date, Decimal)):
        return str(value)
    if isinstance(value, dict):
        return {str(key): jsonable(item) for key, item in value.items()}
    if isinstance(value, (list, tuple, set, frozenset)):
        return [jsonable(item) for item in value]
    return value


def record(
    conn: Connection,
    *,
    actor: str,
    action: str,
    subject_type: str | None = None,
    subject_id: str | int | None = None,
    details: dict[str, Any] | None = None,
    origin: str = OFFICE,
    at: datetime | None = None,
) -> None:
    """Append one entry in `conn`'s transaction (which must be open: the entry commits with the action)."""
    if action not in _KNOWN:
        raise ValueError(f"unknown audit action {action!r}; add it to syncserver.audit.ACTIONS")
    if origin not in (OFFICE, DEVICE):
        raise ValueError(f"origin must be {OFFICE!r} or {DEVICE!r}, not {origin!r}")
    if not conn.in_transaction():
        raise RuntimeError("audit entries are written in the transaction of the action they record")
    conn.execute(insert(AuditEntry).values(
        at=at or utcnow(), actor=(actor or SYSTEM)[:MAX_ACTOR], action=action, subject_type=subject_type,
        subject_id=None if subject_id is None else str(subject_id)[:100], details=jsonable(details or {}),
        origin=origin,
    ))

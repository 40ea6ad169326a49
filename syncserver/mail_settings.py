"""The branch's e-mail notification settings: SMTP server, recipients, language and rules.

Stored in the `mail_settings` row (the password in clear: see docs/notifications.md). A running
server applies a change within BRANCH_TTL, or at once after `mail_sender.mail_settings_changed(app)`.
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass, replace

from sqlalchemy import Connection, Engine, insert, select, update

from mobile_protocol.messages import OUTCOMES

from .admin import AdminError, transaction
from .audit import MAIL_SETTINGS_CHANGED, SYSTEM, record
from .clock import utcnow
from .db.mail_models import MailSettings
from .flags import CLOCK_SKEW, GEOFENCE_MISMATCH, IMPOSSIBLE_SPEED, LOW_ACCURACY, MOCK_LOCATION, OUTSIDE_GEOFENCE, STALE_FIX
from .mail_words import LANGUAGES
from .permissions import SETTINGS_MAIL, authorize

SECURITIES = ("none", "starttls", "tls")
VISIT_FLAGS = (MOCK_LOCATION, LOW_ACCURACY, OUTSIDE_GEOFENCE, GEOFENCE_MISMATCH, STALE_FIX, IMPOSSIBLE_SPEED, CLOCK_SKEW)
MAX_RECIPIENTS = 50
# One address, no display name: local@domain.tld, nothing that could smuggle a header.
_ADDRESS = re.compile(r"^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9-]+)*$")
_HOST = re.compile(r"^[A-Za-z0-9.:\[\]-]+$")
_settings = MailSettings.__table__


class MailSettingsError(AdminError):
    """A mail setting that breaks a rule; `field` names it ("host", "port", "recipients", ...)."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(message)
        self.field = field


@dataclass(frozen=True, slots=True)
class MailSettingsInfo:
    """What the office sets about e-mail notifications."""

    enabled: bool = False
    host: str = ""
    port: int = 587
    security: str = "starttls"
    username: str = ""
    password: str = ""
    from_address: str = ""
    recipients: tuple[str, ...] = ()
    language: str = "es"
    outcomes: tuple[str, ...] = OUTCOMES  # every outcome sends, until the office narrows it
    flags: tuple[str, ...] = VISIT_FLAGS

    def public(self) -> dict:
        """The settings as a dict with the password masked (for listings)."""
        values = asdict(self)
        values["password"] = "********" if self.password else ""
        values["recipients"], values["outcomes"], values["flags"] = (
            list(self.recipients), list(self.outcomes), list(self.flags))
        return values


DEFAULTS = MailSettingsInfo()


def is_address(text: str) -> bool:
    """Whether text is one plain e-mail address (local@domain)."""
    return len(text) <= 320 and _ADDRESS.match(text) is not None


def split_addresses(text: str) -> tuple[str, ...]:
    """Addresses typed one per line or separated by commas or semicolons, in order, without repeats."""
    return tuple(dict.fromkeys(part.strip() for part in re.split(r"[,;\s]+", text) if part.strip()))


def validate_mail(info: MailSettingsInfo) -> MailSettingsInfo:
    """The settings cleaned up; MailSettingsError names the first field that breaks a rule.

    Host, sender and recipients may stay empty while notifications are off.
    """
    host = info.host.strip()
    if host and (len(host) > 255 or not _HOST.match(host)):
        raise MailSettingsError("host", f"{host!r} is not a host name or address")
    if not isinstance(info.port, int) or not 0 < info.port < 65536:
        raise MailSettingsError("port", f"the port must be between 1 and 65535, not {info.port!r}")
    if info.security not in SECURITIES:
        raise MailSettingsError("security", f"security must be one of {', '.join(SECURITIES)}, not {info.security!r}")
    sender = info.from_address.strip()
    if sender and not is_address(sender):
        raise MailSettingsError("from_address", f"{sender!r} is not an e-mail address")
    recipients = tuple(dict.fromkeys(r.strip() for r in info.recipients if r.strip()))
    for recipient in recipients:
        if not is_address(recipient):
            raise MailSettingsError("recipients", f"{recipient!r} is not an e-mail address")
    if len(recipients) > MAX_RECIPIENTS:
        raise MailSettingsError("recipients", f"at most {MAX_RECIPIENTS} recipients")
    if info.language not in LANGUAGES:
        raise MailSettingsError("language", f"the language must be es or en, not {info.language!r}")
    for code in info.outcomes:
        if code not in OUTCOMES:
            raise MailSettingsError("outcomes", f"unknown outcome {code!r} (one of {', '.join(OUTCOMES)})")
    for code in info.flags:
        if code not in VISIT_FLAGS:
            raise MailSettingsError("flags", f"unknown flag {code!r} (one of {', '.join(VISIT_FLAGS)})")
    if info.enabled:
        if not host:
            raise MailSettingsError("host", "notifications are on but no SMTP server is set")
        if not sender:
            raise MailSettingsError("from_address", "notifications are on but no sender address is set")
        if not recipients:
            raise MailSettingsError("recipients", "notifications are on but nobody receives them")
    if info.password and not info.username.strip():
        raise MailSettingsError("username", "a password needs a user name")
    return replace(info, host=host, from_address=sender, recipients=recipients, username=info.username.strip(),
                   outcomes=tuple(c for c in OUTCOMES if c in info.outcomes),
                   flags=tuple(c for c in VISIT_FLAGS if c in info.flags))


def read_mail_settings(bind: Engine | Connection) -> MailSettingsInfo:
    """The current settings (the defaults, notifications off, before the first save)."""
    c = _settings.c
    with transaction(bind) as conn:
        row = conn.execute(
            select(c.enabled, c.host, c.port, c.security, c.username, c.password, c.from_address, c.recipients,
                   c.language, c.outcomes, c.flags).where(c.id == 1)
        ).first()
    if row is None:
        return DEFAULTS
    return MailSettingsInfo(
        bool(row.enabled), row.host, row.port, row.security, row.username, row.password, row.from_address,
        tuple(row.recipients or ()), row.language, tuple(row.outcomes or ()), tuple(row.flags or ()),
    )


def update_mail_settings(bind: Engine | Connection, info: MailSettingsInfo, *, actor: str = SYSTEM) -> MailSettingsInfo:
    """Check and store new settings, audited (the password only as changed); nothing is written when one breaks
    a rule (MailSettingsError) or the actor may not (PermissionDenied)."""
    clean = validate_mail(info)
    values = asdict(clean)
    values.update(recipients=list(clean.recipients), outcomes=list(clean.outcomes), flags=list(clean.flags),
                  updated_at=utcnow())
    with transaction(bind) as conn:
        authorize(conn, actor, SETTINGS_MAIL)
        changes = mail_changes(read_mail_settings(conn), clean)
        if conn.scalar(select(_settings.c.id).where(_settings.c.id == 1)) is None:
            conn.execute(insert(_settings).values(id=1, **values))
        else:
            conn.execute(update(_settings).where(_settings.c.id == 1).values(**values))
        if changes:
            record(conn, actor=actor, action=MAIL_SETTINGS_CHANGED, subject_type="branch", subject_id=1,
                   details=changes)
    return clean


def mail_changes(old: MailSettingsInfo, new: MailSettingsInfo) -> dict[str, list]:
    """{setting: [old, new]} of what differs; the password is never written, only that it changed."""
    before, after = old.public(), new.public()
    changes = {key: [before[key], after[key]] for key in after if key != "password" and before[key] != after[key]}
    if old.password != new.password:
        changes["password"] = ["********" if old.password else "", "********" if new.password else ""]
    return changes

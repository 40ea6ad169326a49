"""The branch's debtor-reminder settings: channels, days before, quiet hours, provider, templates (any thread).

Stored in the `reminder_settings` row; the provider's token and the inbound token in clear, like the
SMTP password (docs/notifications.md). E-mail reminders use the SMTP server of `mail_settings`.
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass, field, replace

from sqlalchemy import Connection, Engine, insert, select, update

from .admin import AdminError, transaction
from .audit import SETTINGS_CHANGED, SYSTEM, record
from .clock import utcnow
from .db.reminder_models import ReminderSettings
from .permissions import SETTINGS_BRANCH, authorize

CHANNELS = ("email", "sms", "whatsapp")
KINDS = ("before_due", "after_miss")
PROVIDERS = ("file", "http")
LANGUAGES = ("es", "en")
PLACEHOLDERS = ("nombre", "monto", "fecha", "empresa")
MAX_DAYS_BEFORE = 30
MAX_TEMPLATE = 1000
DEFAULT_TEMPLATES = {
    "before_due": "Hola {nombre}: le recordamos que el {fecha} vence su pago de {monto} con {empresa}. "
                  "Si ya pagó, no tenga en cuenta este mensaje. Responda STOP para no recibir más recordatorios.",
    "after_miss": "Hola {nombre}: no hemos recibido su pago de {monto} que vencía el {fecha}. "
                  "Comuníquese con {empresa} para ponerse al día. Responda STOP para no recibir más recordatorios.",
    "before_due_en": "Hello {nombre}: this is a reminder that your payment of {monto} to {empresa} is due on {fecha}. "
                     "If you have already paid, please ignore this message. Reply STOP to stop reminders.",
    "after_miss_en": "Hello {nombre}: we have not received your payment of {monto} due on {fecha}. "
                     "Please contact {empresa} to catch up. Reply STOP to stop reminders.",
}
_TOKEN = re.compile(r"\{([^{}]*)\}")
_URL = re.compile(r"^https?://[^\s/]+(/\S*)?$")
_settings = ReminderSettings.__table__


class ReminderSettingsError(AdminError):
    """A reminder setting that breaks a rule; `field` names it ("days_before", "provider_url", "templates", ...)."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(message)
        self.field = field


@dataclass(frozen=True, slots=True)
class ReminderSettingsInfo:
    """What the office sets about reminders; quiet hours are minutes after local midnight (start == end: none)."""

    email_on: bool = False
    sms_on: bool = False
    whatsapp_on: bool = False
    days_before: int = 2
    quiet_start: int = 21 * 60
    quiet_end: int = 8 * 60
    provider: str = "file"
    provider_url: str = ""
    provider_token: str = ""
    inbound_token: str = ""
    sender_name: str = ""
    language: str = "es"
    templates: dict[str, str] = field(default_factory=lambda: dict(DEFAULT_TEMPLATES))

    def channels(self) -> tuple[str, ...]:
        """The channels turned on, in CHANNELS order."""
        return tuple(c for c, on in zip(CHANNELS, (self.email_on, self.sms_on, self.whatsapp_on)) if on)

    def template(self, kind: str) -> str:
        """The text of a kind in the settings' language (the default when the office left it empty)."""
        key = kind if self.language == "es" else f"{kind}_{self.language}"
        return self.templates.get(key) or DEFAULT_TEMPLATES[key]

    def public(self) -> dict:
        """The settings as a dict with the tokens masked (for listings)."""
        values = asdict(self)
        for name in ("provider_token", "inbound_token"):
            values[name] = "********" if values[name] else ""
        return values


DEFAULTS = ReminderSettingsInfo()


def fill(template: str, values: dict[str, str]) -> str:
    """The template with each {placeholder} replaced; {{ and }} are literal braces."""
    return _TOKEN.sub(lambda m: values.get(m.group(1), m.group(0)), template.replace("{{", "\0").replace("}}", "\1")
                      ).replace("\0", "{").replace("\1", "}").strip()


def template_problems(template: str) -> list[str]:
    """The {names} of a template that are not placeholders (empty: it is fine)."""
    text = template.replace("{{", "").replace("}}", "")
    return sorted({m.group(1) for m in _TOKEN.finditer(text) if m.group(1) not in PLACEHOLDERS})


def hhmm(minutes: int) -> str:
    """21:00 for 1260."""
    return f"{minutes // 60:02d}:{minutes % 60:02d}"


def parse_hhmm(text: str, field_name: str) -> int:
    """Minutes after midnight of "HH:MM"; ReminderSettingsError otherwise."""
    match = re.fullmatch(r"\s*(\d{1,2}):(\d{2})\s*", text)
    if not match or int(match.group(1)) > 23 or int(match.group(2)) > 59:
        raise ReminderSettingsError(field_name, f"{text!r} is not a time of day (HH:MM)")
    return int(match.group(1)) * 60 + int(match.group(2))


def validate_reminders(info: ReminderSettingsInfo) -> ReminderSettingsInfo:
    """The settings cleaned up; ReminderSettingsError names the first field that breaks a rule."""
    if not isinstance(info.days_before, int) or not 0 <= info.days_before <= MAX_DAYS_BEFORE:
        raise ReminderSettingsError("days_before",
                                    f"days before must be 0 to {MAX_DAYS_BEFORE}, not {info.days_before!r}")
    for name in ("quiet_start", "quiet_end"):
        value = getattr(info, name)
        if not isinstance(value, int) or not 0 <= value < 24 * 60:
            raise ReminderSettingsError(name, f"{name} must be minutes 0 to 1439, not {value!r}")
    if info.provider not in PROVIDERS:
        raise ReminderSettingsError("provider",
                                    f"the provider must be one of {', '.join(PROVIDERS)}, not {info.provider!r}")
    url = info.provider_url.strip()
    if url and not _URL.match(url):
        raise ReminderSettingsError("provider_url", f"{url!r} is not an http(s) URL")
    if info.provider == "http" and (info.sms_on or info.whatsapp_on) and not url:
        raise ReminderSettingsError("provider_url", "SMS or WhatsApp go through the HTTP provider, but no URL is set")
    if info.language not in LANGUAGES:
        raise ReminderSettingsError("language", f"the language must be es or en, not {info.language!r}")
    templates = {}
    for key, text in info.templates.items():
        if key not in DEFAULT_TEMPLATES:
            raise ReminderSettingsError("templates", f"unknown template {key!r}")
        text = str(text).strip()
        if len(text) > MAX_TEMPLATE:
            raise ReminderSettingsError("templates", f"a template has at most {MAX_TEMPLATE} characters ({key})")
        if problems := template_problems(text):
            raise ReminderSettingsError("templates", f"unknown placeholder(s) in {key}: "
                                        + ", ".join("{" + p + "}" for p in problems))
        if text and text != DEFAULT_TEMPLATES[key]:
            templates[key] = text  # only what the office changed: a better default reaches everyone else
    return replace(info, provider_url=url, provider_token=info.provider_token.strip(),
                   inbound_token=info.inbound_token.strip(), sender_name=" ".join(info.sender_name.split()),
                   templates={**DEFAULT_TEMPLATES, **templates})


def _columns():
    c = _settings.c
    return (c.email_on, c.sms_on, c.whatsapp_on, c.days_before, c.quiet_start, c.quiet_end, c.provider,
            c.provider_url, c.provider_token, c.inbound_token, c.sender_name, c.language, c.templates)


def read_reminder_settings(bind: Engine | Connection) -> ReminderSettingsInfo:
    """The current settings (the defaults, every channel off, before the first save)."""
    with transaction(bind) as conn:
        row = conn.execute(select(*_columns()).where(_settings.c.id == 1)).first()
    if row is None:
        return DEFAULTS
    values = dict(row._mapping)
    values["templates"] = {**DEFAULT_TEMPLATES, **(values["templates"] or {})}
    values["email_on"], values["sms_on"], values["whatsapp_on"] = (
        bool(values["email_on"]), bool(values["sms_on"]), bool(values["whatsapp_on"]))
    return ReminderSettingsInfo(**values)


def update_reminder_settings(bind: Engine | Connection, info: ReminderSettingsInfo, *,
                             actor: str = SYSTEM) -> ReminderSettingsInfo:
    """Check and store new settings, audited; nothing is written when one breaks a rule."""
    clean = validate_reminders(info)
    values = asdict(clean)
    values["templates"] = {k: v for k, v in clean.templates.items() if v != DEFAULT_TEMPLATES[k]}
    with transaction(bind) as conn:
        authorize(conn, actor, SETTINGS_BRANCH)
        old = read_reminder_settings(conn)
        exists = conn.scalar(select(_settings.c.id).where(_settings.c.id == 1)) is not None
        statement = update(_settings).where(_settings.c.id == 1) if exists else insert(_settings).values(id=1)
        conn.execute(statement.values(**values, updated_at=utcnow()))
        hidden = {"provider_token", "inbound_token"}
        changes = {name: (["…", "…"] if name in hidden else [getattr(old, name), getattr(clean, name)])
                   for name in values if getattr(old, name) != getattr(clean, name)}
        if changes:
            record(conn, actor=actor, action=SETTINGS_CHANGED, subject_type="reminders", subject_id=1, details=changes)
    return clean

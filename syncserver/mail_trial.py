"""The "send test e-mail" action: one message to one address with given (or stored) settings, now."""

from __future__ import annotations

import asyncio
from dataclasses import replace

from sqlalchemy import Engine

from .audit import SYSTEM
from .branch import load_branch
from .clock import utcnow
from .mail_content import trial_message
from .mail_settings import MailSettingsError, MailSettingsInfo, is_address, read_mail_settings, validate_mail
from .mail_smtp import send_once
from .permissions import SETTINGS_MAIL, authorize


def send_trial(engine: Engine, to: str, settings: MailSettingsInfo | None = None, *, timeout_s: float = 20.0,
               cert_bundle: str | None = None, actor: str = SYSTEM) -> str:
    """Send the test e-mail and return its Message-ID; blocks (call from a worker thread or the CLI).

    MailSettingsError for settings that cannot work, MailError for what the SMTP server said,
    PermissionDenied when the actor may not change the mail settings.
    """
    with engine.connect() as conn:
        authorize(conn, actor, SETTINGS_MAIL)
    to = to.strip()
    if not is_address(to):
        raise MailSettingsError("to", f"{to!r} is not an e-mail address")
    chosen = validate_mail(replace(settings or read_mail_settings(engine), enabled=False))
    if not chosen.host:
        raise MailSettingsError("host", "no SMTP server is set")
    if not chosen.from_address:
        raise MailSettingsError("from_address", "no sender address is set")
    with engine.connect() as conn:
        branch = load_branch(conn)
    message = trial_message(sender=chosen.from_address, to=to, language=chosen.language, branch_name=branch.name,
                            server_id=branch.server_id, now=utcnow())
    asyncio.run(send_once(chosen, message, (to,), timeout_s=timeout_s, cert_bundle=cert_bundle))
    return message["Message-ID"]

"""The e-mail of one alert: plain text and HTML (every datum escaped), with a stable Message-ID (reader thread)."""

from __future__ import annotations

import html
from email.message import EmailMessage
from email.utils import formatdate
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from sqlalchemy import Connection

from ..branch import Branch
from ..mail_settings import MailSettingsInfo
from .office import AlertInfo, list_alerts
from .words import describe, kind_name

FOOTER = {"es": "Campo · sucursal {branch} · alerta {alert}", "en": "Campo · branch {branch} · alert {alert}"}
SINCE = {"es": "Desde", "en": "Since"}


def alert_message_id(server_id: str, alert_id: int) -> str:
    """The alert e-mail's Message-ID (one per alert: every resend carries the same one)."""
    return f"<alert-{alert_id}@{server_id}.campo>"


def alert_message(alert: AlertInfo, *, sender: str, recipients: tuple[str, ...], language: str, branch: Branch,
                  zone: ZoneInfo) -> EmailMessage:
    """The multipart e-mail of an alert."""
    lang = "en" if language == "en" else "es"
    title, text = kind_name(alert.kind, lang), describe(alert, lang)
    since = alert.raised_at.astimezone(zone).strftime("%Y-%m-%d %H:%M")
    footer = FOOTER[lang].format(branch=branch.name, alert=alert.id)
    message = EmailMessage()
    message["Subject"] = " ".join(f"Campo: {title} — {text}".split())[:200]
    message["From"] = sender
    message["To"] = ", ".join(recipients)
    message["Date"] = formatdate(alert.raised_at.timestamp(), localtime=False, usegmt=True)
    message["Message-ID"] = alert_message_id(branch.server_id, alert.id)
    message["Content-Language"] = lang
    message.set_content(f"{title}\n\n{text}\n{SINCE[lang]}: {since} ({zone.key})\n\n{footer}\n")
    e = html.escape
    message.add_alternative(
        f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8"></head><body style="font-family:sans-serif">'
        f"<h2>{e(title)}</h2><p>{e(text)}</p><p>{e(SINCE[lang])}: {e(since)} ({e(zone.key)})</p>"
        f'<p style="color:#666;font-size:small">{e(footer)}</p></body></html>\n', subtype="html")
    return message


def alert_letters(conn: Connection, branch: Branch, settings: MailSettingsInfo, claimed: list) -> dict[int, tuple]:
    """alert id → (message, problem) for the claimed rows of alerts (one read for all)."""
    if not claimed:
        return {}
    try:
        zone = ZoneInfo(branch.timezone)
    except (ZoneInfoNotFoundError, ValueError):
        zone = ZoneInfo("UTC")
    found = {alert.id: alert for alert in list_alerts(conn, ids=[row.alert_id for row in claimed])}
    out: dict[int, tuple] = {}
    for row in claimed:
        alert = found.get(row.alert_id)
        out[row.alert_id] = (None, f"alert {row.alert_id} is not stored") if alert is None else (alert_message(
            alert, sender=settings.from_address, recipients=settings.recipients, language=settings.language,
            branch=branch, zone=zone), None)
    return out

"""The e-mail of one debtor reminder: plain text, from the branch's SMTP sender, with a stable Message-ID."""

from __future__ import annotations

from datetime import datetime
from email.message import EmailMessage
from email.utils import formataddr, formatdate

SUBJECTS = {"es": "Recordatorio de pago", "en": "Payment reminder"}


def reminder_message_id(server_id: str, reminder_id: int) -> str:
    """One per reminder row: a resend after a crash carries the same one."""
    return f"<reminder-{reminder_id}@{server_id}.campo>"


def reminder_email(*, reminder_id: int, to: str, body: str, from_address: str, sender_name: str, language: str,
                   server_id: str, now: datetime) -> EmailMessage:
    """The message to the debtor (the body is the filled template, plain text)."""
    message = EmailMessage()
    message["Subject"] = SUBJECTS.get(language, SUBJECTS["es"]) + (f" · {sender_name}" if sender_name else "")
    message["From"] = formataddr((sender_name, from_address)) if sender_name else from_address
    message["To"] = to
    message["Date"] = formatdate(now.timestamp(), localtime=False, usegmt=True)
    message["Message-ID"] = reminder_message_id(server_id, reminder_id)
    message.set_content(body + "\n")
    return message

"""The e-mail notification settings (one row) and the persistent outbox of visit e-mails."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import JSON, Boolean, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from .models import Base
from .types import BigIntPK


class MailSettings(Base):
    """The branch's SMTP server, recipients and rules (id is always 1; absent until first saved).

    The password is kept in clear here: anyone who can read the branch database can read it.
    """

    __tablename__ = "mail_settings"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    enabled: Mapped[bool] = mapped_column(Boolean, default=False)
    host: Mapped[str] = mapped_column(String(255), default="")
    port: Mapped[int] = mapped_column(Integer, default=587)
    security: Mapped[str] = mapped_column(String(10), default="starttls")  # none | starttls | tls
    username: Mapped[str] = mapped_column(String(320), default="")
    password: Mapped[str] = mapped_column(String(500), default="")
    from_address: Mapped[str] = mapped_column(String(320), default="")
    recipients: Mapped[list[str]] = mapped_column(JSON)
    language: Mapped[str] = mapped_column(String(5), default="es")
    outcomes: Mapped[list[str]] = mapped_column(JSON)  # outcome codes that send an e-mail
    flags: Mapped[list[str]] = mapped_column(JSON)  # flag codes that send an e-mail whatever the outcome
    updated_at: Mapped[datetime]


class MailOutbox(Base):
    """One visit's (or one alert's) e-mail: written in the transaction that stores the visit, sent by the mail sender.

    status: pending (due at next_attempt_at), sending (claimed until next_attempt_at), sent, failed.
    """

    __tablename__ = "mail_outbox"
    __table_args__ = (Index(None, "status", "next_attempt_at"),)
    id: Mapped[int] = mapped_column(BigIntPK, primary_key=True)
    visit_id: Mapped[str | None] = mapped_column(ForeignKey("visits.id"), unique=True)
    alert_id: Mapped[int | None] = mapped_column(ForeignKey("alerts.id"), unique=True)  # an alert's e-mail instead
    status: Mapped[str] = mapped_column(String(10))
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    next_attempt_at: Mapped[datetime]
    created_at: Mapped[datetime]
    sent_at: Mapped[datetime | None]
    last_error: Mapped[str | None] = mapped_column(Text)

"""Debtor reminders: the branch's reminder settings, each message planned (sent or skipped), and opt-outs."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import JSON, Boolean, Date, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from .models import Base
from .types import BigIntPK


class ReminderSettings(Base):
    """Channels, timing, quiet hours, the SMS/WhatsApp provider and the templates (id 1; absent until saved).

    The provider token and the inbound token are kept in clear, like the SMTP password.
    """

    __tablename__ = "reminder_settings"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    email_on: Mapped[bool] = mapped_column(Boolean, default=False)
    sms_on: Mapped[bool] = mapped_column(Boolean, default=False)
    whatsapp_on: Mapped[bool] = mapped_column(Boolean, default=False)
    days_before: Mapped[int] = mapped_column(Integer, default=2)
    quiet_start: Mapped[int] = mapped_column(Integer, default=1260)  # minutes after local midnight
    quiet_end: Mapped[int] = mapped_column(Integer, default=480)
    provider: Mapped[str] = mapped_column(String(10), default="file")  # file | http
    provider_url: Mapped[str] = mapped_column(String(500), default="")
    provider_token: Mapped[str] = mapped_column(String(500), default="")
    inbound_token: Mapped[str] = mapped_column(String(200), default="")
    sender_name: Mapped[str] = mapped_column(String(200), default="")
    language: Mapped[str] = mapped_column(String(5), default="es")
    templates: Mapped[dict[str, str]] = mapped_column(JSON)  # "<kind>" and "<kind>_en" texts the office wrote
    updated_at: Mapped[datetime]


class ReminderMessage(Base):
    """One reminder to a debtor on one channel, planned once and never again (the unique constraint).

    status: queued (due at next_attempt_at), sending (claimed until next_attempt_at), sent, failed,
    skipped (never sent: `reason` says why).
    """

    __tablename__ = "reminder_messages"
    __table_args__ = (UniqueConstraint("source_kind", "source_id", "kind", "channel", "due_on"),
                      Index(None, "status", "next_attempt_at"), Index(None, "created_at"))
    id: Mapped[int] = mapped_column(BigIntPK, primary_key=True)
    account_id: Mapped[int] = mapped_column(ForeignKey("accounts.id"), index=True)
    channel: Mapped[str] = mapped_column(String(10))  # email | sms | whatsapp
    kind: Mapped[str] = mapped_column(String(12))  # before_due | after_miss
    source_kind: Mapped[str] = mapped_column(String(12))  # promise | instalment
    source_id: Mapped[str] = mapped_column(String(48))  # the promise's visit id, or "<agreement>:<number>"
    due_on: Mapped[date] = mapped_column(Date)
    address: Mapped[str | None] = mapped_column(String(254))  # e-mail or phone, None when there was none
    body: Mapped[str] = mapped_column(Text)
    status: Mapped[str] = mapped_column(String(10))
    reason: Mapped[str | None] = mapped_column(String(20))
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    provider_id: Mapped[str | None] = mapped_column(String(200))
    last_error: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime]
    next_attempt_at: Mapped[datetime]
    sent_at: Mapped[datetime | None]


class ReminderOptOut(Base):
    """A debtor who asked for no more reminders on a channel (the office's action or an inbound STOP)."""

    __tablename__ = "reminder_opt_outs"
    account_id: Mapped[int] = mapped_column(ForeignKey("accounts.id"), primary_key=True)
    channel: Mapped[str] = mapped_column(String(10), primary_key=True)
    source: Mapped[str] = mapped_column(String(20))  # office | inbound
    created_at: Mapped[datetime]

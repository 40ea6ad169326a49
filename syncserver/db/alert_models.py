"""Alerts for the office (one row per condition) and their thresholds (one settings row)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, ForeignKey, Index, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from .models import Base
from .types import BigIntPK


class Alert(Base):
    """Something the office should look at: a silent device, a low battery, a flagged visit, a broken promise...

    `dedupe_key` names the condition ("battery:12", "visit_outside:<id>") and is unique while the
    condition holds, so it raises one alert however often it is seen; it is cleared (NULL) when the
    alert resolves, so the same condition may raise a new alert later. Acknowledging keeps it.
    """

    __tablename__ = "alerts"
    __table_args__ = (Index(None, "acknowledged_at", "resolved_at"),)
    id: Mapped[int] = mapped_column(BigIntPK, primary_key=True)
    kind: Mapped[str] = mapped_column(String(30))
    device_id: Mapped[int | None] = mapped_column(ForeignKey("devices.id"))
    agent_id: Mapped[int | None] = mapped_column(ForeignKey("agents.id"))
    account_id: Mapped[int | None] = mapped_column(ForeignKey("accounts.id"))
    visit_id: Mapped[str | None] = mapped_column(ForeignKey("visits.id"))
    agreement_id: Mapped[int | None] = mapped_column(ForeignKey("agreements.id"))
    params: Mapped[dict[str, Any]] = mapped_column(JSON)  # the message's values (battery %, minutes, instalment number...)
    dedupe_key: Mapped[str | None] = mapped_column(String(120), unique=True)
    raised_at: Mapped[datetime]
    resolved_at: Mapped[datetime | None]
    acknowledged_at: Mapped[datetime | None]
    acknowledged_by: Mapped[str | None] = mapped_column(String(100))


class AlertSettings(Base):
    """Thresholds of the alerts (id is always 1; absent until first saved: the defaults apply)."""

    __tablename__ = "alert_settings"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    silent_minutes: Mapped[int] = mapped_column(Integer, default=30)
    battery_pct: Mapped[int] = mapped_column(Integer, default=15)
    work_start: Mapped[str] = mapped_column(String(5), default="08:00")  # local branch time, HH:MM
    work_end: Mapped[str] = mapped_column(String(5), default="19:00")
    work_days: Mapped[list[int]] = mapped_column(JSON)  # ISO weekdays, 1 = Monday
    mail_kinds: Mapped[list[str]] = mapped_column(JSON)  # kinds that also go by e-mail
    updated_at: Mapped[datetime]

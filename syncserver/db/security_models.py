"""Desktop users with roles, and the append-only audit log of sensitive actions."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import Boolean, Index, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from .models import Base
from .types import BigIntPK


class User(Base):
    """A person who signs in to the desktop; no rows means single-user mode (no login)."""

    __tablename__ = "users"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    login: Mapped[str] = mapped_column(String(64), unique=True)  # stored lower-case: unique whatever the case
    display_name: Mapped[str] = mapped_column(String(200))
    role: Mapped[str] = mapped_column(String(16))
    password_hash: Mapped[str] = mapped_column(String(255))  # argon2id, with its parameters and salt
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime]
    last_login_at: Mapped[datetime | None]
    failed_attempts: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    locked_until: Mapped[datetime | None]


class AuditEntry(Base):
    """One sensitive action, written in the same transaction as the action; never updated or deleted."""

    __tablename__ = "audit_log"
    __table_args__ = (Index(None, "action", "at"), Index(None, "actor", "at"))
    id: Mapped[int] = mapped_column(BigIntPK, primary_key=True)
    at: Mapped[datetime] = mapped_column(index=True)
    actor: Mapped[str] = mapped_column(String(100))  # a user's login, "sistema", "cli:<os user>", "dispositivo <id>"
    action: Mapped[str] = mapped_column(String(40))
    subject_type: Mapped[str | None] = mapped_column(String(40))
    subject_id: Mapped[str | None] = mapped_column(String(100))
    details: Mapped[dict[str, Any]]
    origin: Mapped[str] = mapped_column(String(10))  # "office" or "device"

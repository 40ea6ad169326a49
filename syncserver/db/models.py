"""Typed SQLAlchemy models of Campo's storage (the Alembic migrations follow these)."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    Date,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Text,
    UniqueConstraint,
    false,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from .types import BigIntPK, DateList, Money, TextList, UtcDateTime

NAMING = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    """Declarative base with stable constraint names for migrations."""

    metadata = MetaData(naming_convention=NAMING)
    type_annotation_map = {datetime: UtcDateTime(), Decimal: Money(), dict[str, Any]: JSON()}


class BranchSettings(Base):
    """The one row of this branch's settings (id is always 1)."""

    __tablename__ = "branch_settings"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    server_id: Mapped[str] = mapped_column(String(40))
    cursor_epoch: Mapped[str] = mapped_column(String(16))
    name: Mapped[str] = mapped_column(String(200))
    timezone: Mapped[str] = mapped_column(String(64))
    default_radius_m: Mapped[float] = mapped_column(Float)
    accuracy_limit_m: Mapped[float] = mapped_column(Float)
    created_at: Mapped[datetime]
    kpi_grace_days: Mapped[int] = mapped_column(Integer, default=3, server_default="3")


class Agent(Base):
    """A field agent (gestor)."""

    __tablename__ = "agents"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    code: Mapped[str] = mapped_column(String(40), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    email: Mapped[str | None] = mapped_column(String(320))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime]
    start_lat: Mapped[float | None] = mapped_column(Float)  # where the day's route starts (syncserver/visit_plan.py)
    start_lon: Mapped[float | None] = mapped_column(Float)


class Device(Base):
    """A paired field device; its token is kept only as a SHA-256 hash."""

    __tablename__ = "devices"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    agent_id: Mapped[int] = mapped_column(ForeignKey("agents.id"), index=True)
    install_id: Mapped[str] = mapped_column(String(36), index=True)
    model: Mapped[str | None] = mapped_column(String(200))
    os: Mapped[str | None] = mapped_column(String(200))
    app_version: Mapped[str | None] = mapped_column(String(200))
    token_hash: Mapped[bytes] = mapped_column(LargeBinary(32), unique=True)
    paired_at: Mapped[datetime]
    revoked_at: Mapped[datetime | None]
    last_seen_at: Mapped[datetime | None]
    high_seq: Mapped[int] = mapped_column(BigInteger, default=0)
    battery_pct: Mapped[int | None] = mapped_column(Integer)
    charging: Mapped[bool | None] = mapped_column(Boolean)


class PairingCode(Base):
    """A single-use, expiring code that pairs one device to one agent."""

    __tablename__ = "pairing_codes"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    code: Mapped[str] = mapped_column(String(64), unique=True)
    agent_id: Mapped[int] = mapped_column(ForeignKey("agents.id"), index=True)
    created_at: Mapped[datetime]
    expires_at: Mapped[datetime]
    used_at: Mapped[datetime | None]
    device_id: Mapped[int | None] = mapped_column(ForeignKey("devices.id"))


class Questionnaire(Base):
    """A questionnaire; what devices use are its published versions."""

    __tablename__ = "questionnaires"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    created_at: Mapped[datetime]
    retired_at: Mapped[datetime | None]


class QuestionnaireVersion(Base):
    """An immutable published version of a questionnaire."""

    __tablename__ = "questionnaire_versions"
    __table_args__ = (UniqueConstraint("questionnaire_id", "version"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    questionnaire_id: Mapped[int] = mapped_column(ForeignKey("questionnaires.id"))
    version: Mapped[int] = mapped_column(Integer)
    title: Mapped[str] = mapped_column(String(200))
    definition: Mapped[dict[str, Any]]
    published_at: Mapped[datetime]


class QuestionnaireDraft(Base):
    """The one draft of a questionnaire being edited (a definition as JSON, not yet checked)."""

    __tablename__ = "questionnaire_drafts"
    questionnaire_id: Mapped[int] = mapped_column(ForeignKey("questionnaires.id"), primary_key=True)
    definition: Mapped[dict[str, Any]]
    updated_at: Mapped[datetime]


class Media(Base):
    """A photo or signature a device uploaded; its id is the SHA-256 of its bytes (hex)."""

    __tablename__ = "media"
    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    mime: Mapped[str] = mapped_column(String(20))
    size: Mapped[int] = mapped_column(Integer)
    width: Mapped[int | None] = mapped_column(Integer)
    height: Mapped[int | None] = mapped_column(Integer)
    device_id: Mapped[int | None] = mapped_column(ForeignKey("devices.id"), index=True)
    received_at: Mapped[datetime]


class Account(Base):
    """A debtor's account in the portfolio, with its current assignment."""

    __tablename__ = "accounts"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    external_ref: Mapped[str] = mapped_column(String(64), unique=True)
    debtor_name: Mapped[str] = mapped_column(String(200))
    address: Mapped[str] = mapped_column(String(500))
    lat: Mapped[float | None] = mapped_column(Float)
    lon: Mapped[float | None] = mapped_column(Float)
    radius_m: Mapped[float | None] = mapped_column(Float)
    polygon: Mapped[list[Any] | None] = mapped_column(JSON)
    balance: Mapped[Decimal]
    currency: Mapped[str] = mapped_column(String(3))
    days_past_due: Mapped[int] = mapped_column(Integer, default=0)
    segment: Mapped[str | None] = mapped_column(String(64))
    questionnaire_id: Mapped[int | None] = mapped_column(ForeignKey("questionnaires.id"))
    visit_order: Mapped[int | None] = mapped_column(Integer)
    agent_id: Mapped[int | None] = mapped_column(ForeignKey("agents.id"), index=True)
    updated_at: Mapped[datetime]
    document_id: Mapped[str | None] = mapped_column(String(32))
    phones: Mapped[tuple[str, ...]] = mapped_column(TextList, nullable=True)  # E.164 where the country is known
    email: Mapped[str | None] = mapped_column(String(254))
    consent_email: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    consent_sms: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    consent_whatsapp: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    product: Mapped[str | None] = mapped_column(String(100))
    original_amount: Mapped[Decimal | None]
    instalment_due_dates: Mapped[tuple[date, ...]] = mapped_column(DateList, nullable=True)
    notes: Mapped[str | None] = mapped_column(Text)


class AccountAssignment(Base):
    """Which agent held an account from when to when (open row = current holder)."""

    __tablename__ = "account_assignments"
    __table_args__ = (Index(None, "account_id", "assigned_at"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    account_id: Mapped[int] = mapped_column(ForeignKey("accounts.id"))
    agent_id: Mapped[int] = mapped_column(ForeignKey("agents.id"), index=True)
    assigned_at: Mapped[datetime]
    unassigned_at: Mapped[datetime | None]


class Visit(Base):
    """A visit as a device reported it, never edited; corrections are new visits."""

    __tablename__ = "visits"
    __table_args__ = (Index(None, "device_id", "fix_ms"), Index(None, "agent_id", "started_at"))
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    device_id: Mapped[int] = mapped_column(ForeignKey("devices.id"))
    agent_id: Mapped[int] = mapped_column(ForeignKey("agents.id"))
    account_id: Mapped[int] = mapped_column(ForeignKey("accounts.id"), index=True)
    questionnaire_version_id: Mapped[int | None] = mapped_column(ForeignKey("questionnaire_versions.id"))
    corrects: Mapped[str | None] = mapped_column(ForeignKey("visits.id"), index=True)
    started_at: Mapped[datetime]
    finished_at: Mapped[datetime]
    fix_time: Mapped[datetime]
    fix_ms: Mapped[int] = mapped_column(BigInteger)
    lat: Mapped[float] = mapped_column(Float)
    lon: Mapped[float] = mapped_column(Float)
    accuracy_m: Mapped[float] = mapped_column(Float)
    mock: Mapped[bool] = mapped_column(Boolean, default=False)
    outcome: Mapped[str] = mapped_column(String(20), index=True)
    promise_amount: Mapped[Decimal | None]
    promise_due: Mapped[date | None] = mapped_column(Date)
    answers: Mapped[dict[str, Any]]
    notes: Mapped[str | None] = mapped_column(Text)
    device_geofence: Mapped[str | None] = mapped_column(String(10))
    verdict: Mapped[str] = mapped_column(String(12))
    distance_m: Mapped[float | None] = mapped_column(Float)
    received_at: Mapped[datetime]
    digest: Mapped[bytes] = mapped_column(LargeBinary(16))
    payload: Mapped[str] = mapped_column(Text)


class Position(Base):
    """A location fix with its three clocks as epoch milliseconds (fix, device, received)."""

    __tablename__ = "positions"
    __table_args__ = (UniqueConstraint("device_id", "seq"), Index(None, "device_id", "fix_ms", "lat", "lon"))
    id: Mapped[int] = mapped_column(BigIntPK, primary_key=True)
    device_id: Mapped[int] = mapped_column(ForeignKey("devices.id"))
    seq: Mapped[int] = mapped_column(BigInteger)
    fix_ms: Mapped[int] = mapped_column(BigInteger)
    device_ms: Mapped[int] = mapped_column(BigInteger)
    received_ms: Mapped[int] = mapped_column(BigInteger)
    lat: Mapped[float] = mapped_column(Float)
    lon: Mapped[float] = mapped_column(Float)
    accuracy_m: Mapped[float] = mapped_column(Float)
    altitude_m: Mapped[float | None] = mapped_column(Float)
    speed_mps: Mapped[float | None] = mapped_column(Float)
    bearing_deg: Mapped[float | None] = mapped_column(Float)
    battery_pct: Mapped[int | None] = mapped_column(Integer)
    charging: Mapped[bool | None] = mapped_column(Boolean)
    mock: Mapped[bool | None] = mapped_column(Boolean)
    provider: Mapped[str | None] = mapped_column(String(200))
    digest: Mapped[int] = mapped_column(BigInteger)


class Flag(Base):
    """A flag on a visit (visit_id) or on a position (device_id + seq)."""

    __tablename__ = "flags"
    __table_args__ = (
        UniqueConstraint("visit_id", "code"),
        UniqueConstraint("device_id", "seq", "code"),
    )
    id: Mapped[int] = mapped_column(BigIntPK, primary_key=True)
    visit_id: Mapped[str | None] = mapped_column(ForeignKey("visits.id"))
    device_id: Mapped[int | None] = mapped_column(ForeignKey("devices.id"))
    seq: Mapped[int | None] = mapped_column(BigInteger)
    code: Mapped[str] = mapped_column(String(40))
    created_at: Mapped[datetime]


class Change(Base):
    """Append-only log of what devices must learn; its id is the sync cursor."""

    __tablename__ = "changes"
    __table_args__ = (Index(None, "agent_id", "id"),)
    id: Mapped[int] = mapped_column(BigIntPK, primary_key=True)
    kind: Mapped[str] = mapped_column(String(32))
    object_id: Mapped[int] = mapped_column(Integer)
    agent_id: Mapped[int | None] = mapped_column(ForeignKey("agents.id"))
    created_at: Mapped[datetime]


from . import kpi_models  # noqa: E402,F401  (payments and KPI summaries, on this Base)
from . import report_models  # noqa: E402,F401  (saved custom reports)
from . import mail_models  # noqa: E402,F401  (e-mail settings and outbox, on this Base)
from . import scoring_models  # noqa: E402,F401  (scoring runs, account scores, scoring settings)
from . import agreement_models  # noqa: E402,F401  (agreements, their instalments and settings, revisits)
from . import security_models  # noqa: E402,F401  (users and the audit log, on this Base)
from . import route_models  # noqa: E402,F401  (each agent's planned visit order of a day)
from . import reminder_models  # noqa: E402,F401  (debtor reminders: settings, messages, opt-outs)
from . import alert_models  # noqa: E402,F401  (alerts and their thresholds)

"""Wire messages of the Campo device protocol, version 1 (see docs/protocol.md)."""

from __future__ import annotations

from datetime import date, datetime
from typing import Annotated, Any, Literal

import msgspec

PROTOCOL_VERSION = 1

Time = Annotated[datetime, msgspec.Meta(tz=True, description="RFC 3339 with an offset")]
Money = Annotated[
    str,
    msgspec.Meta(pattern=r"^-?[0-9]{1,15}(\.[0-9]{1,4})?$", description="decimal string"),
]
Uuid = Annotated[
    str,
    msgspec.Meta(
        pattern=r"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$",
        description="UUID v4 or v7, made by the device",
    ),
]
Latitude = Annotated[float, msgspec.Meta(ge=-90.0, le=90.0)]
Longitude = Annotated[float, msgspec.Meta(ge=-180.0, le=180.0)]
Metres = Annotated[float, msgspec.Meta(ge=0.0, le=1.0e7)]
ShortText = Annotated[str, msgspec.Meta(max_length=200)]
Seq = Annotated[int, msgspec.Meta(ge=1, le=2**62)]

Outcome = Literal["no_contact", "third_party", "rpc", "promise_to_pay"]
OUTCOMES: tuple[str, ...] = ("no_contact", "third_party", "rpc", "promise_to_pay")
DeviceVerdict = Literal["inside", "outside", "uncertain"]
Verdict = Literal["inside", "outside", "uncertain", "no_location"]
VisitStatus = Literal["accepted", "duplicate", "conflict", "rejected"]


class Message(msgspec.Struct, omit_defaults=True):
    """Base of every protocol message; unknown fields are ignored, as the contract says."""


# --- errors -------------------------------------------------------------------------------


class FieldError(Message):
    path: str
    message: str
    code: str | None = None  # machine-readable reason where the device must act on it (`media_missing`)


class ErrorDetail(Message):
    code: str
    message: str
    details: dict[str, Any] | None = None


class ErrorBody(Message):
    error: ErrorDetail


# --- health -------------------------------------------------------------------------------


class Limits(Message):
    max_body_bytes: int
    max_positions_per_batch: int
    max_visits_per_batch: int


class Health(Message):
    status: str
    server_id: str
    server_name: str
    protocol: int
    time: Time
    limits: Limits


# --- pairing ------------------------------------------------------------------------------


class DeviceInfo(Message):
    install_id: Uuid
    model: ShortText | None = None
    os: ShortText | None = None
    app_version: ShortText | None = None


class PairRequest(Message):
    code: Annotated[str, msgspec.Meta(min_length=1, max_length=64)]
    device: DeviceInfo


class AgentRef(Message):
    id: str
    code: str
    name: str


class PairResponse(Message):
    device_id: str
    token: str
    server_id: str
    agent: AgentRef


# --- sync ---------------------------------------------------------------------------------


class LatLon(Message):
    lat: Latitude
    lon: Longitude


class Geofence(Message):
    """Either `radius_m` or `polygon` (GeoJSON-style rings of [lon, lat])."""

    radius_m: float | None = None
    polygon: list[list[list[float]]] | None = None


class Account(Message):
    """An account a device works; the fields after visit_order came later in version 1 and may be absent."""

    id: str
    external_ref: str
    debtor_name: str
    address: str
    location: LatLon | None
    geofence: Geofence
    balance: Money
    currency: str
    days_past_due: int
    segment: str | None
    questionnaire_id: str | None
    visit_order: int | None
    document_id: str | None = None
    phones: list[str] = msgspec.field(default_factory=list)  # E.164 ("+573001234567") where the country is known
    email: str | None = None
    consent_email: bool = False  # reminders by e-mail, SMS, WhatsApp: only with consent; absent means no
    consent_sms: bool = False
    consent_whatsapp: bool = False
    product: str | None = None
    original_amount: Money | None = None
    instalment_due_dates: list[date] = msgspec.field(default_factory=list)
    notes: str | None = None


class QuestionnaireVersion(Message):
    id: str
    questionnaire_id: str
    version: int
    title: str
    published_at: Time
    definition: dict[str, Any]


class SyncSettings(Message):
    branch_name: str
    timezone: str
    default_radius_m: float
    accuracy_limit_m: float
    position_interval_s: int = 60


class SyncResponse(Message):
    cursor: str
    full: bool
    accounts: list[Account]
    removed_accounts: list[str]
    questionnaires: list[QuestionnaireVersion]
    removed_questionnaires: list[str]
    settings: SyncSettings


# --- positions ----------------------------------------------------------------------------


class Position(Message):
    seq: Seq
    fix_time: Time
    device_time: Time
    lat: Latitude
    lon: Longitude
    accuracy_m: Metres
    altitude_m: Annotated[float, msgspec.Meta(ge=-1.0e5, le=1.0e6)] | None = None
    speed_mps: Annotated[float, msgspec.Meta(ge=0.0, le=1.0e4)] | None = None
    bearing_deg: Annotated[float, msgspec.Meta(ge=0.0, le=360.0)] | None = None
    battery_pct: Annotated[int, msgspec.Meta(ge=0, le=100)] | None = None
    charging: bool | None = None
    mock: bool | None = None
    provider: ShortText | None = None


class PositionsBatch(Message):
    positions: list[Position]


class RejectedPosition(Message):
    seq: int
    code: str
    message: str


class PositionsResult(Message):
    accepted: int
    duplicates: int
    rejected: list[RejectedPosition]
    high_seq: int


# --- visits -------------------------------------------------------------------------------


class VisitLocation(Message):
    lat: Latitude
    lon: Longitude
    accuracy_m: Metres
    fix_time: Time
    mock: bool | None = None


class Promise(Message):
    amount: Money
    due_date: date


class Visit(Message):
    id: Uuid
    account_id: Annotated[str, msgspec.Meta(min_length=1, max_length=64)]
    started_at: Time
    finished_at: Time
    location: VisitLocation
    outcome: Outcome
    answers: dict[str, Any]
    questionnaire_version_id: Annotated[str, msgspec.Meta(max_length=64)] | None = None
    promise: Promise | None = None
    device_geofence: DeviceVerdict | None = None
    notes: Annotated[str, msgspec.Meta(max_length=4000)] | None = None
    corrects: Uuid | None = None


class VisitsBatch(Message):
    visits: list[Visit]


class GeofenceResult(Message):
    verdict: Verdict
    distance_m: float | None


class VisitResult(Message):
    id: str
    status: VisitStatus
    geofence: GeofenceResult | None
    flags: list[str]
    errors: list[FieldError]


class VisitsResponse(Message):
    results: list[VisitResult]


class StoredVisit(Visit):
    received_at: Time | None = None
    geofence: GeofenceResult | None = None
    flags: list[str] = []
    agent_id: str | None = None
    device_id: str | None = None

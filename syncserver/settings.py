"""The branch's settings as the office reads and changes them (name, time zone, geofence radius, accuracy limit).

A running server picks a change up within BRANCH_TTL, or at once after `office.settings_changed(app)`.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, fields
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from sqlalchemy import Connection, Engine, select, update

from .admin import AdminError, transaction
from .audit import SERVER_SETTINGS_CHANGED, SETTINGS_CHANGED, SYSTEM, record
from .db.models import BranchSettings
from .permissions import SETTINGS_BRANCH, SETTINGS_SERVER, authorize

RADIUS_RANGE_M = (5.0, 5000.0)
ACCURACY_RANGE_M = (5.0, 1000.0)
MAX_NAME_LENGTH = 200
_settings = BranchSettings.__table__


class SettingsError(AdminError):
    """A branch setting that breaks a rule; `field` names it ("name", "timezone", "default_radius_m", ...)."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(message)
        self.field = field


@dataclass(frozen=True, slots=True)
class BranchSettingsInfo:
    """What the office may change about the branch."""

    name: str
    timezone: str
    default_radius_m: float
    accuracy_limit_m: float


def _in_range(field: str, value: float, bounds: tuple[float, float]) -> float:
    low, high = bounds
    try:
        number = float(value)
    except (TypeError, ValueError):
        raise SettingsError(field, f"{field} must be a number of metres, not {value!r}") from None
    if not math.isfinite(number) or not low <= number <= high:
        raise SettingsError(field, f"{field} must be between {low:g} and {high:g} m, not {value!r}")
    return number


def validate_branch(*, name: str, timezone: str, default_radius_m: float, accuracy_limit_m: float) -> BranchSettingsInfo:
    """The settings cleaned up (name's spaces collapsed); SettingsError names the first field that breaks a rule."""
    clean_name = " ".join(str(name).split())
    if not clean_name:
        raise SettingsError("name", "the branch name is empty")
    if len(clean_name) > MAX_NAME_LENGTH:
        raise SettingsError("name", f"the branch name is longer than {MAX_NAME_LENGTH} characters")
    zone = str(timezone).strip()
    try:
        ZoneInfo(zone)
    except (ZoneInfoNotFoundError, ValueError):
        raise SettingsError("timezone", f"unknown IANA time zone {timezone!r} (e.g. America/Bogota)") from None
    return BranchSettingsInfo(
        name=clean_name,
        timezone=zone,
        default_radius_m=_in_range("default_radius_m", default_radius_m, RADIUS_RANGE_M),
        accuracy_limit_m=_in_range("accuracy_limit_m", accuracy_limit_m, ACCURACY_RANGE_M),
    )


def read_settings(bind: Engine | Connection) -> BranchSettingsInfo:
    """The branch's current settings."""
    c = _settings.c
    with transaction(bind) as conn:
        row = conn.execute(
            select(c.name, c.timezone, c.default_radius_m, c.accuracy_limit_m).where(c.id == 1)
        ).one()
    return BranchSettingsInfo(*row)


def update_branch(
    bind: Engine | Connection, *, name: str, timezone: str, default_radius_m: float, accuracy_limit_m: float,
    actor: str = SYSTEM,
) -> BranchSettingsInfo:
    """Check and store new branch settings, audited with old and new values; nothing is written when one
    breaks a rule (SettingsError) or the actor may not change them (PermissionDenied)."""
    info = validate_branch(
        name=name, timezone=timezone, default_radius_m=default_radius_m, accuracy_limit_m=accuracy_limit_m
    )
    with transaction(bind) as conn:
        authorize(conn, actor, SETTINGS_BRANCH)
        old = read_settings(conn)
        changes = {field: [getattr(old, field), getattr(info, field)] for field in (f.name for f in fields(BranchSettingsInfo))
                   if getattr(old, field) != getattr(info, field)}
        if changes:
            conn.execute(
                update(_settings).where(_settings.c.id == 1).values(
                    name=info.name, timezone=info.timezone,
                    default_radius_m=info.default_radius_m, accuracy_limit_m=info.accuracy_limit_m,
                )
            )
            record(conn, actor=actor, action=SETTINGS_CHANGED, subject_type="branch", subject_id=1, details=changes)
    return info


def record_server_settings(bind: Engine | Connection, changes: dict[str, list], *, actor: str = SYSTEM) -> bool:
    """Audit a change of how this computer serves (port, discovery, public URL, HTTPS: kept outside the
    database); `changes` maps each setting to [old, new]. False when nothing changed."""
    changes = {key: value for key, value in changes.items() if value[0] != value[1]}
    with transaction(bind) as conn:
        authorize(conn, actor, SETTINGS_SERVER)
        if changes:
            record(conn, actor=actor, action=SERVER_SETTINGS_CHANGED, subject_type="computer", details=changes)
    return bool(changes)

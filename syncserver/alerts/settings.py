"""The alert thresholds as the office reads and changes them, and the working-hours rule (any thread).

Stored in the `alert_settings` row (absent until first saved: DEFAULTS apply). A running server
applies a change within BRANCH_TTL (the writer) or at the next minute's check (silent devices).
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass, fields
from datetime import datetime, time, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import Connection, Engine, insert, select, update

from ..admin import AdminError, transaction
from ..audit import SETTINGS_CHANGED, SYSTEM, record
from ..clock import utcnow
from ..db.alert_models import AlertSettings
from ..permissions import SETTINGS_BRANCH, authorize
from .kinds import KINDS

SILENT_RANGE = (5, 24 * 60)
BATTERY_RANGE = (1, 99)
_HHMM = re.compile(r"^([01]\d|2[0-3]):[0-5]\d$")
_settings = AlertSettings.__table__


class AlertSettingsError(AdminError):
    """An alert setting that breaks a rule; `field` names it."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(message)
        self.field = field


@dataclass(frozen=True, slots=True)
class AlertSettingsInfo:
    """Thresholds: silence in minutes during working hours, battery %, and which kinds also go by e-mail."""

    silent_minutes: int = 30
    battery_pct: int = 15
    work_start: str = "08:00"  # branch local time
    work_end: str = "19:00"
    work_days: tuple[int, ...] = (1, 2, 3, 4, 5)  # ISO weekdays, 1 = Monday
    mail_kinds: tuple[str, ...] = ()

    def public(self) -> dict:
        """The settings as plain JSON values."""
        values = asdict(self)
        values["work_days"], values["mail_kinds"] = list(self.work_days), list(self.mail_kinds)
        return values

    def silent_cutoff(self, now: datetime, zone: ZoneInfo) -> datetime | None:
        """Devices not heard since this moment are silent now; None outside working hours.

        Working hours are work_start..work_end on work_days, local time; a device gets silent_minutes
        of the working day before it can be silent, so the night's quiet does not raise an alert at 08:00.
        """
        local = now.astimezone(zone)
        if local.isoweekday() not in self.work_days:
            return None
        start = datetime.combine(local.date(), _time(self.work_start), zone)
        end = datetime.combine(local.date(), _time(self.work_end), zone)
        minutes = timedelta(minutes=self.silent_minutes)
        if not start + minutes <= local < end:
            return None
        return now - minutes


DEFAULTS = AlertSettingsInfo()


def _time(text: str) -> time:
    hours, minutes = text.split(":")
    return time(int(hours), int(minutes))


def _whole(field: str, value, bounds: tuple[int, int]) -> int:
    low, high = bounds
    if isinstance(value, bool) or not isinstance(value, int) and not (isinstance(value, str) and value.isdigit()):
        raise AlertSettingsError(field, f"{field} must be a whole number, not {value!r}")
    number = int(value)
    if not low <= number <= high:
        raise AlertSettingsError(field, f"{field} must be between {low} and {high}, not {number}")
    return number


def validate_alerts(info: AlertSettingsInfo) -> AlertSettingsInfo:
    """The settings cleaned up; AlertSettingsError names the first field that breaks a rule."""
    for field in ("work_start", "work_end"):
        if not _HHMM.match(str(getattr(info, field))):
            raise AlertSettingsError(field, f"{field} must be a time HH:MM, not {getattr(info, field)!r}")
    if _time(info.work_end) <= _time(info.work_start):
        raise AlertSettingsError("work_end", "the working day must end after it starts")
    days = tuple(sorted(set(info.work_days)))
    if not days or any(not isinstance(d, int) or not 1 <= d <= 7 for d in days):
        raise AlertSettingsError("work_days", "working days are ISO weekdays 1 (Monday) to 7 (Sunday), at least one")
    kinds = tuple(dict.fromkeys(info.mail_kinds))
    for kind in kinds:
        if kind not in KINDS:
            raise AlertSettingsError("mail_kinds", f"unknown alert kind {kind!r} (one of {', '.join(KINDS)})")
    return AlertSettingsInfo(_whole("silent_minutes", info.silent_minutes, SILENT_RANGE),
                             _whole("battery_pct", info.battery_pct, BATTERY_RANGE),
                             info.work_start, info.work_end, days, kinds)


def read_alert_settings(bind: Engine | Connection) -> AlertSettingsInfo:
    """The stored thresholds, or DEFAULTS before the first save."""
    s = _settings.c
    with transaction(bind) as conn:
        row = conn.execute(select(s.silent_minutes, s.battery_pct, s.work_start, s.work_end, s.work_days,
                                  s.mail_kinds).where(s.id == 1)).one_or_none()
    if row is None:
        return DEFAULTS
    return AlertSettingsInfo(row.silent_minutes, row.battery_pct, row.work_start, row.work_end,
                             tuple(row.work_days), tuple(row.mail_kinds))


def update_alert_settings(bind: Engine | Connection, info: AlertSettingsInfo, *, actor: str = SYSTEM) -> AlertSettingsInfo:
    """Check and store new thresholds, audited with old and new values; nothing is written on an error."""
    info = validate_alerts(info)
    with transaction(bind) as conn:
        authorize(conn, actor, SETTINGS_BRANCH)
        old = read_alert_settings(conn)
        changes = {f.name: [_plain(getattr(old, f.name)), _plain(getattr(info, f.name))]
                   for f in fields(AlertSettingsInfo) if getattr(old, f.name) != getattr(info, f.name)}
        if not changes:
            return info
        values = {**info.public(), "updated_at": utcnow()}
        exists = conn.scalar(select(_settings.c.id).where(_settings.c.id == 1)) is not None
        if exists:
            conn.execute(update(_settings).where(_settings.c.id == 1).values(**values))
        else:
            conn.execute(insert(_settings).values(id=1, **values))
        record(conn, actor=actor, action=SETTINGS_CHANGED, subject_type="alerts", subject_id=1, details=changes)
    return info


def _plain(value):
    return list(value) if isinstance(value, tuple) else value

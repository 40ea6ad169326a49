"""Local days of the branch: the ordinals the summaries store, and a period's bounds in UTC."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from sqlalchemy import Connection, select

from ..db.models import BranchSettings

NO_PREV = 0  # a chain's first day has no previous day
NO_NEXT = date.max.toordinal()  # and its last day no next one
DEFAULT_GRACE_DAYS = 3
_settings = BranchSettings.__table__


def zone_of(name: str) -> ZoneInfo:
    """The branch's time zone; UTC when the stored name is unknown to this machine."""
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return ZoneInfo("UTC")


def local_day(moment: datetime, zone: ZoneInfo) -> int:
    """The ordinal of the local date of an aware moment."""
    return moment.astimezone(zone).date().toordinal()


def day_start(day: date, zone: ZoneInfo) -> datetime:
    """The UTC moment the local day begins (its first existing minute on a DST gap day)."""
    local = datetime.combine(day, time(0), tzinfo=zone)
    return local.astimezone(UTC)


def period_bounds(first: date, last: date, zone: ZoneInfo) -> tuple[datetime, datetime]:
    """[start, end) in UTC of the local dates first..last."""
    return day_start(first, zone), day_start(last + timedelta(days=1), zone)


def today(zone: ZoneInfo) -> date:
    """The branch's local date now."""
    return datetime.now(UTC).astimezone(zone).date()


def branch_kpi_settings(conn: Connection) -> tuple[str, int]:
    """The branch's time zone name and promise grace days."""
    row = conn.execute(select(_settings.c.timezone, _settings.c.kpi_grace_days).where(_settings.c.id == 1)).one()
    return row.timezone, row.kpi_grace_days

"""Quiet hours: when a reminder may go out, in the branch's local time (any thread)."""

from __future__ import annotations

from datetime import datetime, time, timedelta, timezone
from zoneinfo import ZoneInfo


def is_quiet(moment: datetime, zone: ZoneInfo, start: int, end: int) -> bool:
    """Whether an aware moment falls in the quiet hours start..end (minutes after local midnight; may wrap)."""
    if start == end:
        return False
    local = moment.astimezone(zone)
    minute = local.hour * 60 + local.minute
    return start <= minute < end if start < end else (minute >= start or minute < end)


def next_allowed(moment: datetime, zone: ZoneInfo, start: int, end: int) -> datetime:
    """The moment itself when sending is allowed, else when the quiet hours end (aware UTC)."""
    if not is_quiet(moment, zone, start, end):
        return moment.astimezone(timezone.utc)
    local = moment.astimezone(zone)
    day = local.date()
    if local.hour * 60 + local.minute >= end:  # in the evening part of a wrapping period: it ends tomorrow
        day += timedelta(days=1)
    ends = datetime.combine(day, time(end // 60, end % 60), tzinfo=zone)
    return ends.astimezone(timezone.utc)

"""The branch's calendar day on the desktop: dates the office sees are the branch's, not this computer's."""

from __future__ import annotations

from datetime import date, datetime, tzinfo
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from PySide6.QtCore import QDate

DATE_FORMAT = "dd/MM/yyyy"  # every date edit of the app shows days this way


def zone_named(name: str | None) -> tzinfo | None:
    """The time zone of that name; None (this computer's own) when there is no usable name."""
    if not name:
        return None
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return None


def day_in(zone_name: str | None, now: datetime | None = None) -> date:
    """The calendar date in the named zone now (or at `now`); this computer's date without a zone."""
    zone = zone_named(zone_name)
    moment = now.astimezone(zone) if now is not None else datetime.now(zone)
    return moment.date()


def qdate(day: date) -> QDate:
    """A Python date as a QDate."""
    return QDate(day.year, day.month, day.day)

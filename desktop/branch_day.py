"""The branch's clock on the desktop: the days and times the office sees are the branch's, not this computer's.

`use_zone` is called on the GUI thread by the host (when the server starts, and when the settings save a
new zone); `local` and `day_in` are then what every page uses to show a moment.
"""

from __future__ import annotations

from datetime import date, datetime, tzinfo
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from PySide6.QtCore import QDate

DATE_FORMAT = "dd/MM/yyyy"  # every date edit of the app shows days this way
_zone: tzinfo | None = None  # the branch's, once known; None: this computer's


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


def use_zone(name: str | None) -> None:
    """From now on, `local` shows moments in this zone (GUI thread)."""
    global _zone
    _zone = zone_named(name)


def local(moment: datetime) -> datetime:
    """An aware moment on the branch's clock (this computer's until the branch's zone is known)."""
    return moment.astimezone(_zone)


def qdate(day: date) -> QDate:
    """A Python date as a QDate."""
    return QDate(day.year, day.month, day.day)

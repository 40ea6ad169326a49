"""Local buckets (day, week, month, hour, weekday) of UTC moments and of local day ordinals, in SQL on both backends.

A moment's local quarter of an hour is its UTC quarter (visit_quarters.quarter_of: every zone's
offset is a multiple of 15 minutes) plus the zone's offset, in quarters, at that moment. The
offsets of a period change only at DST transitions; they are found in Python and written as a
CASE over the moment, so SQL groups by local hour or day exactly, distinct counts included. A
day is a date ordinal (as in the summaries); its week is its Monday, its month its first day.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import Integer, case, cast, func, literal, literal_column, type_coerce

from .visit_quarters import QUARTER, quarter_of

EPOCH_ORDINAL = date(1970, 1, 1).toordinal()
QUARTERS_PER_DAY = 96
_SCAN = timedelta(hours=6)  # no zone changes its offset twice within 6 hours


def _offset(moment: datetime, zone: ZoneInfo) -> int:
    return int(moment.astimezone(zone).utcoffset().total_seconds()) // QUARTER


def offset_stretches(start: datetime, end: datetime, zone: ZoneInfo) -> list[tuple[datetime, int]]:
    """(first moment, offset in quarters) of each stretch of [start, end) with one UTC offset."""
    stretches = [(start, _offset(start, zone))]
    moment = start
    while moment < end:
        following = min(moment + _SCAN, end)
        if _offset(following, zone) != stretches[-1][1]:
            low, high = moment, following  # old offset at low, new at high: bisect to the second
            while high - low > timedelta(seconds=1):
                middle = low + (high - low) / 2
                low, high = (middle, high) if _offset(middle, zone) == stretches[-1][1] else (low, middle)
            stretches.append((high.replace(microsecond=0), _offset(high, zone)))
        moment = following
    return stretches


def local_quarter(column, dialect: str, zone: ZoneInfo, start: datetime, end: datetime):
    """The local quarter-hour number of a UTC timestamp column, for moments of [start, end)."""
    stretches = offset_stretches(start, end, zone)
    if len(stretches) == 1:
        offset: Any = literal(stretches[0][1], Integer)
    else:
        whens = [(column < begins, stretches[i][1]) for i, (begins, _o) in enumerate(stretches[1:])]
        offset = case(*whens, else_=stretches[-1][1])
    return quarter_of(column, dialect) + offset


def day_of_quarter(quarter):
    """The date ordinal of a local quarter."""
    return quarter // QUARTERS_PER_DAY + EPOCH_ORDINAL


def date_ordinal(column, dialect: str):
    """date.toordinal() of a DATE column."""
    if dialect == "sqlite":  # stored as 'YYYY-MM-DD'; julianday of a date is exact (n.5)
        return cast(func.julianday(column) - 1721424.5, Integer)
    return type_coerce(column - literal_column("DATE '0001-01-01'"), Integer) + 1


def month_starts(first: date, last: date) -> list[date]:
    """The first day of every month that first..last touches."""
    starts, month = [], first.replace(day=1)
    while month <= last:
        starts.append(month)
        month = (month + timedelta(days=32)).replace(day=1)
    return starts


def bucket_of_day(dimension: str, day, first: date, last: date):
    """The bucket of a date ordinal: itself, its Monday, its month's first day (ordinals), or its weekday."""
    if dimension == "day":
        return day
    if dimension == "weekday":
        return (day - 1) % 7  # ordinal 1 (0001-01-01) was a Monday
    if dimension == "week":
        return day - (day - 1) % 7
    if dimension == "month":
        starts = month_starts(first, last)
        if len(starts) == 1:
            return literal(starts[0].toordinal(), Integer)
        return case(*((day >= s.toordinal(), s.toordinal()) for s in reversed(starts[1:])),
                    else_=starts[0].toordinal())
    raise ValueError(f"{dimension} is not a bucket of days")


def bucket_of_quarter(dimension: str, quarter, first: date, last: date):
    """The bucket of a local quarter: a day bucket of its day, or its hour."""
    if dimension == "hour":
        return (quarter // 4) % 24
    return bucket_of_day(dimension, day_of_quarter(quarter), first, last)


def calendar_keys(dimension: str, first: date, last: date) -> list[Any]:
    """Every bucket of first..last, in order: dates for day, week (Mondays) and month (first days); ints else."""
    if dimension == "hour":
        return list(range(24))
    if dimension == "weekday":
        return list(range(7))
    if dimension == "month":
        return month_starts(first, last)
    start = first - timedelta(days=first.weekday()) if dimension == "week" else first
    step = timedelta(days=7 if dimension == "week" else 1)
    keys, day = [], start
    while day <= last:
        keys.append(day)
        day += step
    return keys


def bucket_range(dimension: str, key: date, first: date, last: date) -> tuple[date, date]:
    """The dates of first..last inside a day, week or month bucket."""
    if dimension == "day":
        end = key
    elif dimension == "week":
        end = key + timedelta(days=6)
    else:
        end = (key + timedelta(days=32)).replace(day=1) - timedelta(days=1)
    return max(key, first), min(end, last)


def key_value(dimension: str, raw: Any) -> Any:
    """A bucket key as SQL gave it (ordinal, int) as the report shows it (date, int)."""
    if dimension in ("day", "week", "month") and raw is not None:
        return date.fromordinal(int(raw))
    if dimension in ("hour", "weekday") and raw is not None:
        return int(raw)
    return raw

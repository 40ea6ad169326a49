"""Time helpers: aware UTC inside, epoch milliseconds for positions."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

EPOCH = datetime(1970, 1, 1, tzinfo=timezone.utc)
MS = timedelta(milliseconds=1)


def utcnow() -> datetime:
    """The current time, aware, in UTC."""
    return datetime.now(timezone.utc)


def to_ms(moment: datetime) -> int:
    """Epoch milliseconds of an aware datetime."""
    return (moment - EPOCH) // MS


def from_ms(ms: int) -> datetime:
    """Aware UTC datetime of epoch milliseconds."""
    return datetime.fromtimestamp(ms / 1000, tz=timezone.utc)

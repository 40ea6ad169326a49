"""Column types that behave the same on SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import date, datetime, timezone
from decimal import ROUND_HALF_EVEN, Decimal

from sqlalchemy import BigInteger, DateTime, Integer, Text
from sqlalchemy.types import TypeDecorator

# SQLite only auto-increments an INTEGER PRIMARY KEY (the rowid); PostgreSQL wants BIGINT.
BigIntPK = BigInteger().with_variant(Integer(), "sqlite")

MONEY_SCALE = 100
_CENT = Decimal("0.01")


class UtcDateTime(TypeDecorator[datetime]):
    """An aware UTC datetime in, an aware UTC datetime out, on every backend."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetimes are not stored; attach a timezone")
        value = value.astimezone(timezone.utc)
        return value.replace(tzinfo=None) if dialect.name == "sqlite" else value

    def process_result_value(self, value: datetime | None, dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            return value.replace(tzinfo=timezone.utc)
        return value.astimezone(timezone.utc)


class Money(TypeDecorator[Decimal]):
    """A Decimal amount stored exactly as an integer number of cents (SQL sums stay exact)."""

    impl = BigInteger
    cache_ok = True

    def process_bind_param(self, value: Decimal | str | None, dialect) -> int | None:
        if value is None:
            return None
        cents = (Decimal(value) * MONEY_SCALE).quantize(Decimal(1), rounding=ROUND_HALF_EVEN)
        return int(cents)

    def process_result_value(self, value: int | None, dialect) -> Decimal | None:
        if value is None:
            return None
        return (Decimal(value) / MONEY_SCALE).quantize(_CENT)


class TextList(TypeDecorator[tuple[str, ...]]):
    """A tuple of strings without blanks (phone numbers) stored space-separated; the empty tuple as NULL."""

    impl = Text
    cache_ok = True

    def process_bind_param(self, value, dialect) -> str | None:
        return " ".join(value) if value else None

    def process_result_value(self, value, dialect) -> tuple[str, ...]:
        return tuple(value.split()) if value else ()


class DateList(TypeDecorator[tuple[date, ...]]):
    """A tuple of dates stored as space-separated YYYY-MM-DD; the empty tuple as NULL."""

    impl = Text
    cache_ok = True

    def process_bind_param(self, value, dialect) -> str | None:
        return " ".join(day.isoformat() for day in value) if value else None

    def process_result_value(self, value, dialect) -> tuple[date, ...]:
        return tuple(map(date.fromisoformat, value.split())) if value else ()

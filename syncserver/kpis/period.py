"""A KPI period: local dates first..last of the branch, their ordinals and UTC bounds, and the as-of date."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from zoneinfo import ZoneInfo

from .days import period_bounds


@dataclass(frozen=True, slots=True)
class Period:
    """[first, last] in local dates; f and t their ordinals; [start, end) the same in UTC."""

    first: date
    last: date
    as_of: date
    zone: ZoneInfo
    start: datetime
    end: datetime

    @classmethod
    def of(cls, first: date, last: date, as_of: date, zone: ZoneInfo) -> Period:
        """The period first..last (inclusive) as seen from as_of."""
        if last < first:
            raise ValueError(f"the period ends ({last}) before it starts ({first})")
        return cls(first, last, as_of, zone, *period_bounds(first, last, zone))

    @property
    def f(self) -> int:
        """Ordinal of the first day."""
        return self.first.toordinal()

    @property
    def t(self) -> int:
        """Ordinal of the last day."""
        return self.last.toordinal()

"""A custom report's definition: period (dates or a preset), filters, row and column dimensions, measures; as JSON."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from typing import Any

from .report_catalog import DIMENSIONS, FILTERS, MEASURES, OUTCOMES, VERDICTS, ReportError, check_measure

PRESETS = ("today", "week", "month", "last_month", "last30", "year", "custom")
FORMAT_VERSION = 1
MAX_ROW_DIMENSIONS = 3
NAME_LENGTH = 200


def preset_period(preset: str, today: date) -> tuple[date, date]:
    """The local dates a relative preset means on the branch's `today`."""
    if preset == "today":
        return today, today
    if preset == "week":
        return today - timedelta(days=today.weekday()), today
    if preset == "month":
        return today.replace(day=1), today
    if preset == "last_month":
        last = today.replace(day=1) - timedelta(days=1)
        return last.replace(day=1), last
    if preset == "last30":
        return today - timedelta(days=29), today
    if preset == "year":
        return today.replace(month=1, day=1), today
    raise ReportError("unknown_preset", f"unknown period preset {preset!r}", preset)


@dataclass(frozen=True, slots=True)
class ReportFilters:
    """Which visits count: agent codes, account segments (None: no segment), outcomes, verdicts; empty: all."""

    agents: tuple[str, ...] = ()
    segments: tuple[str | None, ...] = ()
    outcomes: tuple[str, ...] = ()
    verdicts: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class ReportDefinition:
    """What a report shows; `preset` "custom" uses first..last, any other preset is read on the day it runs."""

    name: str = ""
    preset: str = "month"
    first: date | None = None
    last: date | None = None
    rows: tuple[str, ...] = ("agent",)
    column: str | None = None
    measures: tuple[str, ...] = ("attempts", "contacts", "hits")
    filters: ReportFilters = field(default_factory=ReportFilters)

    @property
    def dimensions(self) -> tuple[str, ...]:
        """Row dimensions, then the column dimension if any."""
        return self.rows + ((self.column,) if self.column else ())

    def period(self, today: date) -> tuple[date, date]:
        """The local dates first..last this definition covers when run on `today`."""
        if self.preset != "custom":
            return preset_period(self.preset, today)
        assert self.first is not None and self.last is not None  # checked by validate()
        return self.first, self.last

    def validate(self) -> ReportDefinition:
        """Itself when it can run; ReportError naming the first problem otherwise."""
        if self.preset not in PRESETS:
            raise ReportError("unknown_preset", f"unknown period preset {self.preset!r}", self.preset)
        if self.preset == "custom":
            if self.first is None or self.last is None:
                raise ReportError("period_missing", "a custom period needs both dates")
            if self.last < self.first:
                raise ReportError("period_order", f"the period ends ({self.last}) before it starts ({self.first})")
        if not self.rows:
            raise ReportError("no_rows", "choose at least one row dimension")
        if len(self.rows) > MAX_ROW_DIMENSIONS:
            raise ReportError("too_many_rows", f"at most {MAX_ROW_DIMENSIONS} row dimensions")
        for dimension in self.dimensions:
            if dimension not in DIMENSIONS:
                raise ReportError("unknown_dimension", f"unknown dimension {dimension!r}", dimension)
        if len(set(self.dimensions)) != len(self.dimensions):
            raise ReportError("repeated_dimension", "a dimension is used twice")
        if not self.measures:
            raise ReportError("no_measures", "choose at least one measure")
        for name in self.measures:
            if name not in MEASURES:
                raise ReportError("unknown_measure", f"unknown measure {name!r}", name)
        if len(set(self.measures)) != len(self.measures):
            raise ReportError("repeated_measure", "a measure is chosen twice")
        f = self.filters
        for values, known, kind in ((f.outcomes, OUTCOMES, "outcome"), (f.verdicts, VERDICTS, "verdict")):
            for value in values:
                if value not in known:
                    raise ReportError("unknown_filter", f"unknown {kind} {value!r}", kind, value)
        for name in self.measures:
            check_measure(name, self.dimensions, bool(f.outcomes), bool(f.verdicts))
        return self

    def as_json(self) -> dict[str, Any]:
        """The definition as stored (without its name, which the table keeps)."""
        period: dict[str, Any] = {"preset": self.preset}
        if self.preset == "custom":
            period |= {"from": self.first.isoformat() if self.first else None,
                       "to": self.last.isoformat() if self.last else None}
        f = self.filters
        return {"version": FORMAT_VERSION, "period": period, "rows": list(self.rows), "column": self.column,
                "measures": list(self.measures),
                "filters": {"agents": list(f.agents), "segments": list(f.segments), "outcomes": list(f.outcomes),
                            "verdicts": list(f.verdicts)}}

    @classmethod
    def from_json(cls, data: dict[str, Any], name: str = "") -> ReportDefinition:
        """A definition read back from as_json(), validated; ReportError if it is not one."""
        try:
            period, filters = data["period"], data.get("filters") or {}
            if data.get("version", FORMAT_VERSION) > FORMAT_VERSION:
                raise ReportError("newer_format", "this report was saved by a newer version of Campo")
            unknown = set(filters) - set(FILTERS)
            if unknown:
                raise ReportError("unknown_filter", f"unknown filter {sorted(unknown)[0]!r}", sorted(unknown)[0])
            definition = cls(
                name=name, preset=period["preset"],
                first=_date(period.get("from")), last=_date(period.get("to")),
                rows=tuple(data["rows"]), column=data.get("column"), measures=tuple(data["measures"]),
                filters=ReportFilters(*(tuple(filters.get(key) or ()) for key in FILTERS)),
            )
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            if isinstance(exc, ReportError):
                raise
            raise ReportError("bad_definition", f"not a report definition: {exc}") from exc
        return definition.validate()

    def renamed(self, name: str) -> ReportDefinition:
        """The same definition under another name."""
        return replace(self, name=name)


def _date(text: str | None) -> date | None:
    return date.fromisoformat(text) if text else None

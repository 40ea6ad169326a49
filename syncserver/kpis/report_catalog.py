"""What a custom report can show: its dimensions, its measures, and which measure is defined for which dimension.

Visit measures (attempts, contacts, promises and their rates, flags, geofence) belong to a visit,
so every dimension of a visit splits them. Two measures do not come from visits: assigned
accounts are holdings over days (they have an agent, a segment and days, but no hour, weekday,
outcome or verdict) and collected amounts are payments with a date (agent, segment, days and
their weekday, but no hour, outcome or verdict). A report asking for them by what they do not
have is refused (ReportError) instead of showing numbers that mean nothing.
"""

from __future__ import annotations

from dataclasses import dataclass

DIMENSIONS = ("agent", "segment", "day", "week", "month", "hour", "weekday", "outcome", "verdict")
CALENDAR = ("day", "week", "month", "hour", "weekday")  # every bucket of the period is listed, empty ones too
DIMENSION_KINDS = {"agent": "text", "segment": "text", "day": "date", "week": "date", "month": "date",
                   "hour": "int", "weekday": "int", "outcome": "text", "verdict": "text"}
OUTCOMES = ("no_contact", "third_party", "rpc", "promise_to_pay")
VERDICTS = ("inside", "outside", "uncertain", "no_location")
FILTERS = ("agents", "segments", "outcomes", "verdicts")
HOLDING_DIMENSIONS = frozenset({"agent", "segment", "day", "week", "month"})
PAYMENT_DIMENSIONS = HOLDING_DIMENSIONS | {"weekday"}


@dataclass(frozen=True, slots=True)
class Measure:
    """A measure: its kind (int, rate, number, money: the kinds of table_export) and, for a rate, what it divides."""

    name: str
    kind: str
    numerator: str | None = None
    denominator: str | None = None

    @property
    def bases(self) -> tuple[str, ...]:
        """The counted measures it is made of (itself, or a rate's two counts)."""
        return (self.numerator, self.denominator) if self.numerator else (self.name,)


MEASURES: dict[str, Measure] = {m.name: m for m in (
    Measure("attempts", "int"), Measure("accounts_attempted", "int"), Measure("contacts", "int"),
    Measure("accounts_contacted", "int"), Measure("rpc", "int"), Measure("promises", "int"),
    Measure("promised_amount", "money"), Measure("collected_amount", "money"),
    Measure("assigned_accounts", "int"), Measure("promises_matured", "int"), Measure("promises_kept", "int"),
    Measure("penetration", "rate", "accounts_contacted", "assigned_accounts"),
    Measure("intensity", "number", "attempts", "accounts_attempted"),
    Measure("hits", "rate", "contacts", "attempts"), Measure("rpc_rate", "rate", "rpc", "contacts"),
    Measure("ptp_rate", "rate", "promises", "rpc"), Measure("kept_rate", "rate", "promises_kept", "promises_matured"),
    Measure("flagged_visits", "int"), Measure("outside_visits", "int"), Measure("inside_visits", "int"),
    Measure("compliance", "rate", "inside_visits", "attempts"),
)}
KPI_BASES = frozenset({"assigned_accounts", "accounts_attempted", "accounts_contacted", "attempts", "contacts", "rpc",
                       "promises", "promises_matured", "promises_kept", "promised_amount", "collected_amount"})
DISTINCT_BASES = frozenset({"assigned_accounts", "accounts_attempted", "accounts_contacted"})  # not additive


class ReportError(ValueError):
    """A report that cannot be run or saved as asked: `code` says why, `subject`/`detail` name what."""

    def __init__(self, code: str, message: str, subject: str | None = None, detail: str | None = None) -> None:
        super().__init__(message)
        self.code = code
        self.subject = subject
        self.detail = detail


def dimensions_missing(measure: str, dimensions: tuple[str, ...]) -> str | None:
    """The first of `dimensions` the measure is not defined by, or None when it is defined by all."""
    allowed = _allowed(measure)
    return next((d for d in dimensions if allowed is not None and d not in allowed), None)


def filter_missing(measure: str, outcomes: bool, verdicts: bool) -> str | None:
    """"outcomes" or "verdicts" when the measure ignores visits but those filter visits, else None."""
    if _allowed(measure) is None:
        return None
    return "outcomes" if outcomes else "verdicts" if verdicts else None


def _allowed(measure: str) -> frozenset[str] | None:
    """The dimensions a measure is defined by (None: all of them)."""
    allowed: frozenset[str] | None = None
    for base in MEASURES[measure].bases:
        own = {"assigned_accounts": HOLDING_DIMENSIONS, "collected_amount": PAYMENT_DIMENSIONS}.get(base)
        if own is not None:
            allowed = own if allowed is None else allowed & own
    return allowed


def check_measure(measure: str, dimensions: tuple[str, ...], outcomes: bool, verdicts: bool) -> None:
    """Raise ReportError when `measure` is not defined by these dimensions or filters."""
    if (dimension := dimensions_missing(measure, dimensions)) is not None:
        raise ReportError("measure_dimension", f"{measure} is not defined by {dimension}: "
                          f"{_why(measure)}", measure, dimension)
    if (name := filter_missing(measure, outcomes, verdicts)) is not None:
        raise ReportError("measure_filter", f"{measure} does not come from visits, so it cannot be filtered by "
                          f"{name}", measure, name)


def _why(measure: str) -> str:
    bases = MEASURES[measure].bases
    if "assigned_accounts" in bases:
        return "assigned accounts are held over days, not by hour, weekday, outcome or verdict"
    return "payments have a date, not an hour, an outcome or a verdict"

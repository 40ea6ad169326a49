"""The KPI report: every measure of every group, the rates derived from them, and its JSON shape."""

from __future__ import annotations

from dataclasses import dataclass, fields
from datetime import date
from decimal import Decimal
from typing import Any

from sqlalchemy import Connection, Engine, select

from ..db.models import Agent
from .days import branch_kpi_settings, today, zone_of
from .measures import visit_measures
from .period import Period
from .portfolio import portfolio_measures
from .segments import segment_measures
from .summaries import ensure_summaries, summaries_current

BY = ("agent", "segment", "day", "none")
_CENT = Decimal("0.01")


def rate(numerator: int, denominator: int) -> float | None:
    """numerator / denominator, or None when the denominator is 0."""
    return numerator / denominator if denominator else None


@dataclass(frozen=True, slots=True)
class KpiGroup:
    """One group's measures; `key` is the agent code, segment, date, or None."""

    key: str | date | None
    assigned_accounts: int = 0
    accounts_attempted: int = 0
    accounts_contacted: int = 0
    attempts: int = 0
    contacts: int = 0
    rpc: int = 0
    promises: int = 0
    promises_matured: int = 0
    promises_kept: int = 0
    promised_amount: Decimal = Decimal("0.00")
    collected_amount: Decimal = Decimal("0.00")

    @property
    def penetration(self) -> float | None:
        """accounts_contacted / assigned_accounts."""
        return rate(self.accounts_contacted, self.assigned_accounts)

    @property
    def intensity(self) -> float | None:
        """attempts / accounts_attempted."""
        return rate(self.attempts, self.accounts_attempted)

    @property
    def hits(self) -> float | None:
        """contacts / attempts."""
        return rate(self.contacts, self.attempts)

    @property
    def rpc_rate(self) -> float | None:
        """rpc / contacts."""
        return rate(self.rpc, self.contacts)

    @property
    def ptp_rate(self) -> float | None:
        """promises / rpc."""
        return rate(self.promises, self.rpc)

    @property
    def kept_rate(self) -> float | None:
        """promises_kept / promises_matured."""
        return rate(self.promises_kept, self.promises_matured)

    def as_json(self) -> dict[str, Any]:
        """The issue's JSON shape: rates rounded to 4 decimals or null, amounts as decimal strings."""
        key = self.key.isoformat() if isinstance(self.key, date) else self.key
        counts = {f.name: getattr(self, f.name) for f in fields(self)[1:10]}
        rates = {name: _round(getattr(self, name)) for name in RATES}
        return {"key": key, **counts, **rates, "promised_amount": str(self.promised_amount),
                "collected_amount": str(self.collected_amount)}


RATES = ("penetration", "intensity", "hits", "rpc_rate", "ptp_rate", "kept_rate")


def _round(value: float | None) -> float | None:
    return None if value is None else round(value, 4)


@dataclass(frozen=True, slots=True)
class KpiReport:
    """The KPIs of a period of local dates, grouped one way."""

    first: date
    last: date
    timezone: str
    as_of: date
    by: str
    groups: tuple[KpiGroup, ...]

    def as_json(self) -> dict[str, Any]:
        """{"from", "to", "timezone", "as_of", "groups": [...]} as the CLI prints it."""
        return {"from": self.first.isoformat(), "to": self.last.isoformat(), "timezone": self.timezone,
                "as_of": self.as_of.isoformat(), "groups": [group.as_json() for group in self.groups]}


def compute_kpis(bind: Engine | Connection, first: date, last: date, *, by: str = "none",
                 as_of: date | None = None) -> KpiReport:
    """Every KPI of the local dates first..last grouped by agent, segment, day or none (as_of: today)."""
    if by not in BY:
        raise ValueError(f"by must be one of {', '.join(BY)}, not {by!r}")
    if isinstance(bind, Connection):
        ensure_summaries(bind)
        return _compute(bind, first, last, by, as_of)
    options = {"isolation_level": "REPEATABLE READ"} if bind.dialect.name == "postgresql" else {}
    for _ in range(2):
        with bind.connect().execution_options(**options) as conn, conn.begin():  # one snapshot for every query
            if summaries_current(conn):
                return _compute(conn, first, last, by, as_of)
        with bind.connect().execution_options(sqlite_begin="IMMEDIATE") as conn, conn.begin():
            ensure_summaries(conn)  # the time zone or grace days changed since the summaries were built
    raise RuntimeError("the KPI summaries keep going stale")  # the settings changed twice meanwhile


def _compute(conn: Connection, first: date, last: date, by: str, as_of: date | None) -> KpiReport:
    timezone, _grace = branch_kpi_settings(conn)
    zone = zone_of(timezone)
    period = Period.of(first, last, as_of or today(zone), zone)
    if by == "segment":  # the segment summaries: no join on the accounts
        measures = segment_measures(conn, period)
    else:
        measures = visit_measures(conn, period, by)
        for key, values in portfolio_measures(conn, period, by).items():
            measures.setdefault(key, {}).update(values)
    if by == "day":
        for ordinal in range(period.f, period.t + 1):
            measures.setdefault(ordinal, {})
    if by == "none":
        measures.setdefault(None, {})
    groups = [KpiGroup(key, **{name: _value(name, value) for name, value in values.items()})
              for key, values in measures.items() if by in ("day", "none") or any(values.values())]
    groups = _named(conn, groups, by)
    return KpiReport(first, last, timezone, period.as_of, by, tuple(groups))


def _value(name: str, value: Any) -> Any:
    if name.endswith("_amount"):
        return Decimal(value or 0).quantize(_CENT)
    return int(value or 0)


def _named(conn: Connection, groups: list[KpiGroup], by: str) -> list[KpiGroup]:
    """Keys as users know them (agent code, date), in their natural order."""
    if by == "agent":
        codes = dict(conn.execute(select(Agent.id, Agent.code)).all())
        groups = [_rekey(group, codes[group.key]) for group in groups]
    elif by == "day":
        groups = [_rekey(group, date.fromordinal(group.key)) for group in groups]
    return sorted(groups, key=lambda group: (group.key is None, group.key or ""))


def _rekey(group: KpiGroup, key: Any) -> KpiGroup:
    values = {f.name: getattr(group, f.name) for f in fields(group)}
    return KpiGroup(**{**values, "key": key})

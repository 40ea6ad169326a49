"""An agreement's schedule from its terms: due dates by frequency, amounts in exact cents (plain Python).

Rules (docs/agreements.md): the first row is due on the start date and each next one a period
later — weekly every 7 days, fortnightly every 14, monthly on the start date's day of each
following month (the 31st falls on the 30th, or on the 28th/29th in February). With a down
payment it is row 0, on the start date, and the instalments follow. Each instalment is the
amount to schedule divided by their number, rounded down to the cent; the last one takes what
is left, so they add up exactly and none is negative.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import ROUND_DOWN, Decimal

from .terms import CENT, AgreementTerms, PlanAmounts, plan_amounts

STEP_DAYS = {"weekly": 7, "fortnightly": 14}


@dataclass(frozen=True, slots=True)
class ScheduledRow:
    """One payment the debtor owes: number 0 is the down payment."""

    number: int
    due_on: date
    amount: Decimal


@dataclass(frozen=True, slots=True)
class Schedule:
    """The plan's amounts and its rows, down payment first."""

    amounts: PlanAmounts
    down_payment: Decimal
    rows: tuple[ScheduledRow, ...]

    @property
    def instalments(self) -> tuple[ScheduledRow, ...]:
        """The rows after the down payment."""
        return tuple(row for row in self.rows if row.number > 0)

    @property
    def total_to_pay(self) -> Decimal:
        """Down payment plus every instalment."""
        return self.down_payment + self.amounts.to_schedule

    @property
    def end_date(self) -> date:
        """When the last row is due."""
        return self.rows[-1].due_on


def add_months(start: date, months: int) -> date:
    """The start date's day, `months` later, clamped to the end of that month."""
    month0 = start.month - 1 + months
    year, month = start.year + month0 // 12, month0 % 12 + 1
    return date(year, month, min(start.day, calendar.monthrange(year, month)[1]))


def due_date(start: date, frequency: str, step: int) -> date:
    """The date `step` periods after the start (step 0 is the start date)."""
    if frequency == "monthly":
        return add_months(start, step)
    return start + timedelta(days=STEP_DAYS[frequency] * step)


def instalment_amounts(to_schedule: Decimal, count: int) -> list[Decimal]:
    """`count` amounts adding up to `to_schedule` exactly: equal ones rounded down, the last absorbing the cents."""
    regular = (to_schedule / count).quantize(CENT, rounding=ROUND_DOWN)
    return [regular] * (count - 1) + [to_schedule - regular * (count - 1)]


def build_schedule(terms: AgreementTerms) -> Schedule:
    """The schedule of checked terms (see `terms.check_terms`)."""
    amounts = plan_amounts(terms)
    rows: list[ScheduledRow] = []
    step = 0
    if terms.down_payment > 0:
        rows.append(ScheduledRow(0, terms.start_date, terms.down_payment))
        step = 1
    for number, amount in enumerate(instalment_amounts(amounts.to_schedule, terms.instalments), start=1):
        rows.append(ScheduledRow(number, due_date(terms.start_date, terms.frequency, step), amount))
        step += 1
    return Schedule(amounts, terms.down_payment, tuple(rows))

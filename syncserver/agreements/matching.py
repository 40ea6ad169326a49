"""Payments against an agreement's schedule, its penalties and its status as of a date (plain Python).

Rules (docs/agreements.md): payments dated up to the as-of date are applied in date order to the
oldest row not yet paid in full (its penalty included), the rest carrying over to the next. A row
still owing something at the start of the day after due + grace days gets the penalty, once.
At the end of a day a row is *missed* when due + grace is before that day and it still owes;
the agreement breaks on the first day that N rows are missed or the oldest one owing is M days
past its due date. Status: completed (nothing owed) > broken > late (a row past due owes) > current.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

from .terms import ZERO, percent_of

STATUSES = ("current", "late", "broken", "completed", "cancelled")  # cancelled: stored, never computed


@dataclass(frozen=True, slots=True)
class BreakRule:
    """When an agreement breaks: N missed instalments at once, or one M days late (branch settings)."""

    missed: int = 2
    days_late: int = 60


@dataclass(frozen=True, slots=True)
class PenaltyRule:
    """A fixed amount or a percentage of the row, charged once when it is not paid within the grace days."""

    kind: str = "none"
    value: Decimal = ZERO
    grace_days: int = 0

    def penalty_for(self, amount: Decimal) -> Decimal:
        """The penalty of a row of this amount."""
        if self.kind == "fixed":
            return self.value
        if self.kind == "percent":
            return percent_of(amount, self.value)
        return ZERO


@dataclass(frozen=True, slots=True)
class RowState:
    """A schedule row as of the date: what it asked, its penalty, what was paid and what it still owes."""

    number: int
    due_on: date
    amount: Decimal
    penalty: Decimal
    paid: Decimal
    paid_on: date | None  # the day it was paid in full
    owed: Decimal
    days_late: int  # past its due date and still owing: days since then; else 0
    missed: bool  # past due + grace days and still owing


@dataclass(frozen=True, slots=True)
class AppliedPayment:
    """A payment and the rows it paid: ((number, amount), ...), and what was left over."""

    paid_on: date
    amount: Decimal
    reference: str
    applied: tuple[tuple[int, Decimal], ...]
    surplus: Decimal


@dataclass(frozen=True, slots=True)
class AgreementState:
    """An agreement as of a date."""

    as_of: date
    status: str
    rows: tuple[RowState, ...]
    payments: tuple[AppliedPayment, ...]
    paid: Decimal
    owed: Decimal
    penalties: Decimal
    broken_on: date | None

    @property
    def next_due(self) -> RowState | None:
        """The oldest row still owing."""
        return next((row for row in self.rows if row.owed > 0), None)


class _Row:
    __slots__ = ("number", "due_on", "amount", "penalty", "paid", "paid_on")

    def __init__(self, number: int, due_on: date, amount: Decimal) -> None:
        self.number, self.due_on, self.amount = number, due_on, amount
        self.penalty, self.paid, self.paid_on = ZERO, ZERO, None

    @property
    def owed(self) -> Decimal:
        return self.amount + self.penalty - self.paid


def _first_break(rows: list[_Row], grace: int, rule: BreakRule) -> date | None:
    """The first day whose end finds the agreement broken if nothing more is paid."""
    owing = [row for row in rows if row.owed > 0]
    if not owing:
        return None
    candidates = [owing[0].due_on + timedelta(days=rule.days_late)]
    if len(owing) >= rule.missed >= 1:
        candidates.append(owing[rule.missed - 1].due_on + timedelta(days=grace + 1))
    return min(candidates)


def match_payments(schedule: Iterable[tuple[int, date, Decimal]], payments: Iterable[tuple[date, Decimal, str]],
                   penalty: PenaltyRule, rule: BreakRule, as_of: date) -> AgreementState:
    """Apply the payments (paid_on, amount, reference) to the rows (number, due_on, amount) as of a date."""
    rows = [_Row(*row) for row in sorted(schedule, key=lambda row: row[0])]
    grace = timedelta(days=penalty.grace_days)
    ordered = sorted((p for p in payments if p[0] <= as_of), key=lambda p: (p[0], p[2]))
    applied: list[AppliedPayment] = []
    broken_on: date | None = None

    def charge_penalties(day: date) -> None:  # at the start of `day`
        for row in rows:
            if row.due_on + grace < day and row.owed > 0 and not row.penalty:
                row.penalty = penalty.penalty_for(row.amount)

    def check_break(until: date) -> None:  # the state stays as it is through the end of `until`
        nonlocal broken_on
        if broken_on is None:
            first = _first_break(rows, penalty.grace_days, rule)
            if first is not None and first <= until:
                broken_on = first

    for index, (paid_on, amount, reference) in enumerate(ordered):
        if index == 0 or ordered[index - 1][0] != paid_on:
            check_break(paid_on - timedelta(days=1))
            charge_penalties(paid_on)
        left, parts = amount, []
        for row in rows:
            if left <= 0:
                break
            take = min(left, row.owed)
            if take > 0:
                row.paid += take
                left -= take
                parts.append((row.number, take))
                if row.owed == 0:
                    row.paid_on = paid_on
        applied.append(AppliedPayment(paid_on, amount, reference, tuple(parts), left))
    check_break(as_of)
    charge_penalties(as_of)
    states = tuple(
        RowState(row.number, row.due_on, row.amount, row.penalty, row.paid, row.paid_on, row.owed,
                 (as_of - row.due_on).days if row.owed > 0 and row.due_on < as_of else 0,
                 row.owed > 0 and row.due_on + grace < as_of)
        for row in rows)
    owed = sum((row.owed for row in states), ZERO)
    if owed == 0:
        status = "completed"
    elif broken_on is not None:
        status = "broken"
    elif any(row.days_late for row in states):
        status = "late"
    else:
        status = "current"
    return AgreementState(as_of, status, states, tuple(applied), sum((row.paid for row in states), ZERO), owed,
                          sum((row.penalty for row in states), ZERO), broken_on)

"""An agreement's terms as the office types them, checked rule by rule (plain Python, any thread).

Every broken rule is an `AgreementError` naming its field and a code; the desktop words the
code in the user's language, the CLI prints the English message.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from ..admin import AdminError

FREQUENCIES = ("weekly", "fortnightly", "monthly")
PENALTY_KINDS = ("none", "fixed", "percent")
MAX_INSTALMENTS = 120
MAX_GRACE_DAYS = 90
MAX_AMOUNT = Decimal("1000000000000")
CENT = Decimal("0.01")
ZERO = Decimal("0.00")
HUNDRED = Decimal(100)
_NUMBER = re.compile(r"^\d+$")


class AgreementError(AdminError):
    """A term that breaks a rule: `field` names it, `code` says which rule (for translated messages)."""

    def __init__(self, field: str, code: str, message: str) -> None:
        super().__init__(message)
        self.field, self.code = field, code


@dataclass(frozen=True, slots=True)
class AgreementTerms:
    """What the debtor and the office agree on; percentages are of the amount financed (total − down payment)."""

    total: Decimal
    down_payment: Decimal
    instalments: int
    frequency: str
    start_date: date
    interest_pct: Decimal = ZERO
    discount_pct: Decimal = ZERO
    penalty_kind: str = "none"
    penalty_value: Decimal = ZERO
    grace_days: int = 5


@dataclass(frozen=True, slots=True)
class PlanAmounts:
    """What the schedule spreads: financed = total − down payment, plus interest or minus discount."""

    financed: Decimal
    interest: Decimal
    discount: Decimal

    @property
    def to_schedule(self) -> Decimal:
        """The sum of the instalments (the down payment apart)."""
        return self.financed + self.interest - self.discount


def percent_of(amount: Decimal, pct: Decimal) -> Decimal:
    """pct % of amount, to the cent (half up: 0.005 is 0.01)."""
    return (amount * pct / HUNDRED).quantize(CENT, rounding=ROUND_HALF_UP)


def plan_amounts(terms: AgreementTerms) -> PlanAmounts:
    """The amounts of checked terms; simple interest or discount, once, on the amount financed."""
    financed = terms.total - terms.down_payment
    return PlanAmounts(financed, percent_of(financed, terms.interest_pct), percent_of(financed, terms.discount_pct))


def parse_amount(text: str | Decimal | int, field: str) -> Decimal:
    """A number typed the Latin American way or the English way ("1.250.000,50", "1250000.50", "12,5")."""
    if isinstance(text, (Decimal, int)):
        value = Decimal(text)
    else:
        raw = str(text).strip().replace(" ", "").replace("$", "").replace("%", "")
        if not raw:
            raise AgreementError(field, "empty", f"{field} is empty")
        if "," in raw and "." in raw:  # the separator written last is the decimal one
            thousands, decimal = (".", ",") if raw.rfind(",") > raw.rfind(".") else (",", ".")
            raw = raw.replace(thousands, "").replace(decimal, ".")
        elif "," in raw:
            raw = raw.replace(",", ".") if raw.count(",") == 1 else raw.replace(",", "")
        elif raw.count(".") > 1 or (raw.count(".") == 1 and len(raw.split(".")[1]) == 3):
            raw = raw.replace(".", "")  # "1.500" and "1.250.000" are thousands
        whole, _, cents = raw.partition(".")
        if not _NUMBER.match(whole or "0") or (cents and not _NUMBER.match(cents)):
            raise AgreementError(field, "not_a_number", f"{field} is not a number: {text!r}")
        try:
            value = Decimal(raw)
        except InvalidOperation:
            raise AgreementError(field, "not_a_number", f"{field} is not a number: {text!r}") from None
    if not value.is_finite() or value < 0:
        raise AgreementError(field, "negative", f"{field} cannot be negative")
    if value != value.quantize(CENT):
        raise AgreementError(field, "too_many_decimals", f"{field} has more than 2 decimals")
    if value > MAX_AMOUNT:
        raise AgreementError(field, "too_large", f"{field} is too large")
    return value.quantize(CENT)


def check_terms(terms: AgreementTerms, signed_on: date | None = None) -> AgreementTerms:
    """The terms as stored (amounts to cents); AgreementError for the first rule broken, in form order."""
    total = parse_amount(terms.total, "total")
    down = parse_amount(terms.down_payment, "down_payment")
    interest = parse_amount(terms.interest_pct, "interest_pct")
    discount = parse_amount(terms.discount_pct, "discount_pct")
    penalty = parse_amount(terms.penalty_value, "penalty_value")
    if total <= 0:
        raise AgreementError("total", "not_positive", "the total must be more than 0")
    if down >= total:
        raise AgreementError("down_payment", "not_below_total", "the down payment must be less than the total")
    if not isinstance(terms.instalments, int) or not 1 <= terms.instalments <= MAX_INSTALMENTS:
        raise AgreementError("instalments", "out_of_range", f"instalments must be 1 to {MAX_INSTALMENTS}")
    if terms.frequency not in FREQUENCIES:
        raise AgreementError("frequency", "unknown", f"frequency must be one of {', '.join(FREQUENCIES)}")
    if interest > HUNDRED:
        raise AgreementError("interest_pct", "over_100", "the interest cannot be more than 100 %")
    if discount >= HUNDRED:
        raise AgreementError("discount_pct", "not_below_100", "the discount must be less than 100 %")
    if interest and discount:
        raise AgreementError("discount_pct", "with_interest", "an agreement has interest or a discount, not both")
    if terms.penalty_kind not in PENALTY_KINDS:
        raise AgreementError("penalty_kind", "unknown", f"penalty kind must be one of {', '.join(PENALTY_KINDS)}")
    if terms.penalty_kind != "none" and penalty <= 0:
        raise AgreementError("penalty_value", "not_positive", "the penalty must be more than 0")
    if terms.penalty_kind == "percent" and penalty > HUNDRED:
        raise AgreementError("penalty_value", "over_100", "a penalty percentage cannot be more than 100 %")
    if not isinstance(terms.grace_days, int) or not 0 <= terms.grace_days <= MAX_GRACE_DAYS:
        raise AgreementError("grace_days", "out_of_range", f"grace days must be 0 to {MAX_GRACE_DAYS}")
    if signed_on is not None and terms.start_date < signed_on:
        raise AgreementError("start_date", "before_signing", "the schedule cannot start before the agreement is made")
    checked = AgreementTerms(total, down, terms.instalments, terms.frequency, terms.start_date, interest, discount,
                             terms.penalty_kind, penalty if terms.penalty_kind != "none" else ZERO, terms.grace_days)
    if plan_amounts(checked).to_schedule < CENT * terms.instalments:
        raise AgreementError("instalments", "below_a_cent", "each instalment would be less than 0.01")
    return checked

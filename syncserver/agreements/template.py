"""The terms text: the branch's template with {placeholders} filled from an agreement (plain Python).

Filling is a plain substitution of known names: no attribute access, no format specs, nothing
evaluated, so a template (or a debtor's name) can never run code or read other values. An
unknown {name} is left as it is and `template_problems` lists it; `{{` and `}}` are literal braces.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from .schedule import Schedule
from .terms import AgreementTerms

_TOKEN = re.compile(r"\{\{|\}\}|\{([A-Za-z_][A-Za-z0-9_]*)\}")
FREQUENCY_WORDS = {"weekly": "semanales", "fortnightly": "quincenales", "monthly": "mensuales"}

PLACEHOLDERS = (
    "debtor_name", "external_ref", "address", "currency", "company_name", "company_id", "branch_name",
    "signed_on", "total", "down_payment", "instalments", "instalment_amount", "last_instalment", "frequency",
    "start_date", "end_date", "amount_to_pay", "interest_pct", "interest_amount", "discount_pct",
    "discount_amount", "adjustment", "penalty", "grace_days", "payment_plan", "broken_after_missed",
    "broken_after_days",
)

DEFAULT_TEMPLATE = (
    "Yo, {debtor_name}, titular de la obligación {external_ref}, reconozco adeudar a {company_name} la suma de "
    "{total} y me comprometo a pagarla así: {payment_plan}, por un total de {amount_to_pay}. {adjustment}\n\n"
    "Los pagos se aplican primero a la cuota vencida más antigua. Si una cuota no se paga dentro de los "
    "{grace_days} días siguientes a su vencimiento, se cobrará {penalty}.\n\n"
    "Si dejo de pagar {broken_after_missed} cuotas seguidas, o alguna cuota pasa {broken_after_days} días "
    "vencida, este convenio quedará sin efecto y {company_name} podrá cobrar el saldo pendiente de la obligación."
)


@dataclass(frozen=True, slots=True)
class TermsContext:
    """What the placeholders are filled from, besides the terms and schedule."""

    debtor_name: str
    external_ref: str
    address: str
    currency: str
    company_name: str
    company_id: str
    branch_name: str
    signed_on: date
    broken_after_missed: int
    broken_after_days: int


def money_text(amount: Decimal, currency: str) -> str:
    """$ 1.234.567,50 COP (points for thousands, comma for cents)."""
    text = f"{amount:,.2f}".replace(",", "\0").replace(".", ",").replace("\0", ".")
    return f"$ {text} {currency}".rstrip()


def percent_text(pct: Decimal) -> str:
    """12,50 %."""
    return f"{pct:.2f} %".replace(".", ",")


def date_text(day: date) -> str:
    """24/11/2026."""
    return day.strftime("%d/%m/%Y")


def values_for(terms: AgreementTerms, schedule: Schedule, context: TermsContext) -> dict[str, str]:
    """Every placeholder's text for one agreement (Spanish: the template is the branch's own Spanish text)."""
    def money(amount: Decimal) -> str:
        return money_text(amount, context.currency)

    instalments = schedule.instalments
    amounts = schedule.amounts
    if amounts.interest:
        adjustment = f"El total incluye intereses del {percent_text(terms.interest_pct)} ({money(amounts.interest)})."
    elif amounts.discount:
        adjustment = f"El total incluye un descuento del {percent_text(terms.discount_pct)} ({money(amounts.discount)})."
    else:
        adjustment = ""
    if terms.penalty_kind == "fixed":
        penalty = f"una penalidad de {money(terms.penalty_value)} por cuota"
    elif terms.penalty_kind == "percent":
        penalty = f"una penalidad del {percent_text(terms.penalty_value)} del valor de la cuota"
    else:
        penalty = "ninguna penalidad"
    frequency = FREQUENCY_WORDS[terms.frequency]
    count = len(instalments)
    if count == 1:
        plan = f"una cuota de {money(instalments[0].amount)} el {date_text(instalments[0].due_on)}"
    else:
        plan = f"{count} cuotas {frequency} de {money(instalments[0].amount)}"
        if instalments[-1].amount != instalments[0].amount:
            plan += f" (la última de {money(instalments[-1].amount)})"
        plan += f" del {date_text(instalments[0].due_on)} al {date_text(instalments[-1].due_on)}"
    if schedule.down_payment:
        plan = f"una cuota inicial de {money(schedule.down_payment)} el {date_text(terms.start_date)} y {plan}"
    return {
        "debtor_name": context.debtor_name, "external_ref": context.external_ref, "address": context.address,
        "currency": context.currency, "company_name": context.company_name, "company_id": context.company_id,
        "branch_name": context.branch_name, "signed_on": date_text(context.signed_on), "total": money(terms.total),
        "down_payment": money(schedule.down_payment), "instalments": str(count),
        "instalment_amount": money(instalments[0].amount), "last_instalment": money(instalments[-1].amount),
        "frequency": frequency, "start_date": date_text(terms.start_date), "end_date": date_text(schedule.end_date),
        "amount_to_pay": money(schedule.total_to_pay), "interest_pct": percent_text(terms.interest_pct),
        "interest_amount": money(amounts.interest), "discount_pct": percent_text(terms.discount_pct),
        "discount_amount": money(amounts.discount), "adjustment": adjustment, "penalty": penalty,
        "grace_days": str(terms.grace_days), "payment_plan": plan,
        "broken_after_missed": str(context.broken_after_missed), "broken_after_days": str(context.broken_after_days),
    }


def fill_template(template: str, values: Mapping[str, str]) -> str:
    """The template with each known {name} replaced by its value; unknown ones stay as written."""
    def replace(match: re.Match[str]) -> str:
        token = match.group(0)
        if token in ("{{", "}}"):
            return token[0]
        return values.get(match.group(1), token)

    return _TOKEN.sub(replace, template).strip()


def template_problems(template: str) -> list[str]:
    """The {names} in a template that are not placeholders (an empty list: the template is fine)."""
    known = set(PLACEHOLDERS)
    return sorted({m.group(1) for m in _TOKEN.finditer(template) if m.group(1) and m.group(1) not in known})

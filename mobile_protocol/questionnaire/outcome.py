"""The visit's outcome and promise as the answers set them (a definition's outcome mapping)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

import msgspec

from ..messages import FieldError, Promise
from .compiled import base_context, compiled
from .definition import Definition
from .validate import outcome_of, typed_context


class PromiseTerms(msgspec.Struct, frozen=True):
    """What the debtor promised: an amount and a day."""

    amount: Decimal
    due_date: date


class DerivedOutcome(msgspec.Struct, frozen=True):
    """The outcome the answers imply (None: no mapping), with the promise when it is promise_to_pay."""

    outcome: str | None
    promise: PromiseTerms | None = None


def derive_outcome(definition: dict[str, Any] | bytes | Definition, answers: dict[str, Any],
                   account: Any = None, *, today: date | None = None) -> DerivedOutcome:
    """The outcome and promise the answers set; the promise only when both of its answers are valid."""
    compiled_definition = compiled(definition)
    if compiled_definition.definition.outcome_mapping is None or not isinstance(answers, dict):
        return DerivedOutcome(None)
    context = typed_context(compiled_definition.top, answers, base_context(account, today))
    outcome = outcome_of(compiled_definition, context)
    fields = compiled_definition.definition.outcome_mapping.promise
    if outcome != "promise_to_pay" or fields is None:
        return DerivedOutcome(outcome)
    amount, due = context.get(fields.amount), context.get(fields.due_date)
    if not isinstance(amount, Decimal) or not isinstance(due, str):
        return DerivedOutcome(outcome)
    return DerivedOutcome(outcome, PromiseTerms(amount, date.fromisoformat(due)))


def check_outcome(definition: dict[str, Any] | bytes | Definition, answers: dict[str, Any],
                  outcome: str, promise: Promise | None, account: Any = None,
                  *, today: date | None = None) -> list[FieldError]:
    """Errors when a visit's outcome or promise disagree with what its answers set (none without a mapping)."""
    derived = derive_outcome(definition, answers, account, today=today)
    if derived.outcome is None:
        return []
    errors = []
    if outcome != derived.outcome:
        errors.append(FieldError("outcome", f"the answers say {derived.outcome}, not {outcome}"))
    if derived.promise is not None:
        if promise is None:
            errors.append(FieldError("promise", "the answers hold a promise to pay"))
        else:
            if Decimal(promise.amount) != derived.promise.amount:
                errors.append(FieldError("promise.amount", f"the answers say {derived.promise.amount}"))
            if promise.due_date != derived.promise.due_date:
                errors.append(FieldError("promise.due_date", f"the answers say {derived.promise.due_date}"))
    elif promise is not None and derived.outcome != "promise_to_pay":
        errors.append(FieldError("promise", "the answers hold no promise to pay"))
    return errors


def promise_message(terms: PromiseTerms) -> Promise:
    """The protocol's Promise for derived terms (amount with 2 places)."""
    return Promise(amount=str(terms.amount.quantize(Decimal("0.01"))), due_date=terms.due_date)

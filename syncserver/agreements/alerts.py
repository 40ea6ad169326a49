"""What needs the office's attention about agreements, as plain data for notifications (any thread).

Overdue instalments: rows of agreements in force (late) that are past due + grace days and still
owe something (their penalty charged). Broken agreements: those broken by the date, not paid off.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import Connection, Engine

from ..admin import transaction
from .queries import _accounts_of
from .store import evaluate


@dataclass(frozen=True, slots=True)
class OverdueInstalment:
    """A missed instalment of an agreement in force."""

    agreement_id: int
    account_id: int
    external_ref: str
    debtor_name: str
    number: int
    due_on: date
    owed: Decimal
    penalty: Decimal
    days_late: int


@dataclass(frozen=True, slots=True)
class BrokenAgreement:
    """An agreement that broke and still owes."""

    agreement_id: int
    account_id: int
    external_ref: str
    debtor_name: str
    broken_on: date
    owed: Decimal


@dataclass(frozen=True, slots=True)
class AgreementAlerts:
    """Everything to alert about as of a date."""

    as_of: date
    overdue: tuple[OverdueInstalment, ...]
    broken: tuple[BrokenAgreement, ...]


def agreement_alerts(bind: Engine | Connection, as_of: date | None = None) -> AgreementAlerts:
    """The overdue instalments and broken agreements as of a date (default today)."""
    with transaction(bind) as conn:
        found = evaluate(conn, as_of=as_of)
        accounts = _accounts_of(conn, {item.row.account_id for item in found}) if found else {}
        day = found[0].state.as_of if found else as_of or date.today()
    overdue, broken = [], []
    for item in found:
        account, state = accounts[item.row.account_id], item.state
        if state.status == "broken":
            broken.append(BrokenAgreement(item.row.id, item.row.account_id, account.external_ref,
                                          account.debtor_name, state.broken_on, state.owed))
        elif state.status == "late":
            overdue += [OverdueInstalment(item.row.id, item.row.account_id, account.external_ref, account.debtor_name,
                                          row.number, row.due_on, row.owed, row.penalty, row.days_late)
                        for row in state.rows if row.missed]
    return AgreementAlerts(day, tuple(overdue), tuple(broken))

"""The conditions of the swept kinds as of a date: broken promises, overdue instalments, broken agreements (reader thread).

Built on the promise tracking (syncserver.promises) and the agreements' own alert list
(syncserver.agreements.alerts), so an alert says exactly what those pages say.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from sqlalchemy import Engine

from ..agreements.alerts import agreement_alerts
from ..promises import list_promises
from .kinds import BROKEN_AGREEMENT, BROKEN_PROMISE, OVERDUE_INSTALMENT, agreement_key, instalment_key, promise_key
from .store import alert_row

# Only promises that broke this recently raise an alert: the first sweep must not list years of history.
RECENT_BROKEN_DAYS = 7


@dataclass(frozen=True, slots=True)
class Swept:
    """What the sweep found: alerts to raise and the keys of every condition that still holds."""

    rows: list[dict[str, Any]]
    holding: set[str]


def sweep_conditions(engine: Engine, as_of: date) -> Swept:
    """The swept conditions as of the branch's local date."""
    rows: list[dict[str, Any]] = []
    holding: set[str] = set()
    recent = as_of - timedelta(days=RECENT_BROKEN_DAYS)
    for promise in list_promises(engine, as_of=as_of, status="broken"):
        key = promise_key(promise.visit_id)
        holding.add(key)
        if promise.settles_by >= recent:
            rows.append(alert_row(BROKEN_PROMISE, key, agent_id=promise.agent_id, account_id=promise.account_id,
                                  visit_id=promise.visit_id, debtor_name=promise.debtor_name,
                                  amount=str(promise.amount), currency=promise.currency,
                                  due_on=promise.due_on.isoformat()))
    found = agreement_alerts(engine, as_of)
    for item in found.overdue:
        key = instalment_key(item.agreement_id, item.number)
        holding.add(key)
        rows.append(alert_row(OVERDUE_INSTALMENT, key, account_id=item.account_id, agreement_id=item.agreement_id,
                              debtor_name=item.debtor_name, number=item.number, due_on=item.due_on.isoformat(),
                              owed=str(item.owed), penalty=str(item.penalty), days_late=item.days_late))
    for item in found.broken:
        key = agreement_key(item.agreement_id)
        holding.add(key)
        rows.append(alert_row(BROKEN_AGREEMENT, key, account_id=item.account_id, agreement_id=item.agreement_id,
                              debtor_name=item.debtor_name, broken_on=item.broken_on.isoformat() if item.broken_on else None,
                              owed=str(item.owed)))
    return Swept(rows, holding)

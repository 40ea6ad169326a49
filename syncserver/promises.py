"""Promise tracking: every promise that counts (latest correction only) with its status as of a date (any thread).

The promises are the KPI engine's own rows (`kpi_promises`: the visit's local day, due date +
grace days, the amount, and whether the account's payments in that window cover it), so the
statuses here always agree with `compute_kpis` (docs/kpis.md). As of a date:

- kept: the payments from the visit's day through due + grace (and up to the date) cover the amount;
- pending: not covered yet and due + grace is not before the date;
- partial: matured (due + grace before the date), some paid but not all;
- broken: matured and nothing paid.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections import defaultdict
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import Connection, Engine, exists, func, select

from .admin import transaction
from .db.agreement_models import RevisitRequest
from .db.kpi_models import KpiPromise, Payment
from .db.models import Account, Agent, Visit
from .kpis.days import branch_kpi_settings, today, zone_of
from .kpis.summaries import ensure_summaries, summaries_current

PROMISE_STATUSES = ("pending", "kept", "partial", "broken")
_promises, _payments, _revisits = KpiPromise.__table__, Payment.__table__, RevisitRequest.__table__
_visits, _accounts, _agents = Visit.__table__, Account.__table__, Agent.__table__
ZERO = Decimal("0.00")


@dataclass(frozen=True, slots=True)
class Revisit:
    """The latest revisit asked for after a promise: to whom, when, and whether a visit came since."""

    agent_code: str
    requested_at: datetime
    done: bool


@dataclass(frozen=True, slots=True)
class PromiseInfo:
    """One promise as of a date."""

    visit_id: str
    account_id: int
    external_ref: str
    debtor_name: str
    currency: str
    agent_id: int  # who got the promise
    agent_code: str
    agent_name: str
    holder_code: str | None  # who holds the account now
    visited_on: date
    due_on: date
    settles_by: date  # due date + grace days
    amount: Decimal
    paid: Decimal
    status: str
    revisit: Revisit | None

    @property
    def remaining(self) -> Decimal:
        """What is still to pay of the amount promised."""
        return max(self.amount - self.paid, ZERO)


def _paid_in(payments: list[tuple[int, Decimal]], sums: list[Decimal], first: int, last: int) -> Decimal:
    """The sum of the payments dated first..last (ordinals) of one account (sorted, with running sums)."""
    days = [day for day, _ in payments]
    low, high = bisect_left(days, first), bisect_right(days, last)
    return sums[high] - sums[low] if high > low else ZERO


def status_of(kept: bool, matured: bool, paid: Decimal, amount: Decimal) -> str:
    """The rule above; `kept` is the KPI engine's flag (payments over the whole window)."""
    if matured:
        return "kept" if kept else ("partial" if paid > 0 else "broken")
    return "kept" if paid >= amount else "pending"


def list_promises(bind: Engine | Connection, *, as_of: date | None = None, status: str | None = None,
                  agent_id: int | None = None) -> list[PromiseInfo]:
    """The promises made up to the date (default: the branch's today), newest visit first; filtered when asked."""
    if status is not None and status not in PROMISE_STATUSES:
        raise ValueError(f"status must be one of {', '.join(PROMISE_STATUSES)}, not {status!r}")
    with transaction(bind) as conn:
        if not summaries_current(conn):
            ensure_summaries(conn)  # the time zone or grace days changed since the summaries were built
        return _read(conn, as_of, status, agent_id)


def _read(conn: Connection, as_of: date | None, status: str | None, agent_id: int | None) -> list[PromiseInfo]:
    timezone, _grace = branch_kpi_settings(conn)
    as_of = as_of or today(zone_of(timezone))
    cutoff = as_of.toordinal()
    k, v, a, g = _promises.c, _visits.c, _accounts.c, _agents.c
    holder = _agents.alias("holder")
    query = (select(k.visit_id, k.account_id, k.agent_id, k.day, k.settles_by, k.amount, k.kept, v.promise_due,
                    a.external_ref, a.debtor_name, a.currency, g.code, g.name,
                    holder.c.code.label("holder_code"))
             .join(_visits, v.id == k.visit_id).join(_accounts, a.id == k.account_id).join(_agents, g.id == k.agent_id)
             .outerjoin(holder, holder.c.id == a.agent_id).where(k.day <= cutoff)
             .order_by(v.started_at.desc(), k.visit_id))
    if agent_id is not None:
        query = query.where(k.agent_id == agent_id)
    rows = conn.execute(query).all()
    if not rows:
        return []
    paid: dict[int, list[tuple[int, Decimal]]] = defaultdict(list)
    p = _payments.c
    promised_accounts = select(k.account_id).where(k.day <= cutoff).distinct()
    for account_id, paid_on, amount in conn.execute(
            select(p.account_id, p.paid_on, p.amount).where(p.account_id.in_(promised_accounts), p.paid_on <= as_of)
            .order_by(p.account_id, p.paid_on)):
        paid[account_id].append((paid_on.toordinal(), amount))
    sums: dict[int, list[Decimal]] = {}
    for account_id, payments in paid.items():
        running = [ZERO]
        for _day, amount in payments:
            running.append(running[-1] + amount)
        sums[account_id] = running
    revisits = _revisits_of(conn, [row.visit_id for row in rows])
    out = []
    for row in rows:
        matured = row.settles_by < cutoff
        window_paid = _paid_in(paid.get(row.account_id, []), sums.get(row.account_id, [ZERO]), row.day,
                               min(row.settles_by, cutoff))
        found = status_of(bool(row.kept), matured, window_paid, row.amount)
        if status is not None and found != status:
            continue
        out.append(PromiseInfo(
            row.visit_id, row.account_id, row.external_ref, row.debtor_name, row.currency, row.agent_id, row.code,
            row.name, row.holder_code, date.fromordinal(row.day), row.promise_due, date.fromordinal(row.settles_by),
            row.amount, window_paid, found, revisits.get(row.visit_id)))
    return out


def _revisits_of(conn: Connection, visit_ids: list[str]) -> dict[str, Revisit]:
    """The latest revisit request of each promise's visit, done when a counted visit of the account started after it."""
    r, g, v = _revisits.c, _agents.c, _visits.c
    later = _visits.alias("later")
    done = exists().where(later.c.account_id == r.account_id, later.c.started_at > r.requested_at,
                          ~exists().where(v.corrects == later.c.id))
    latest = select(r.visit_id, func.max(r.id).label("id")).where(r.visit_id.is_not(None)).group_by(r.visit_id).subquery()
    query = (select(r.visit_id, g.code, r.requested_at, done.label("done"))
             .join(latest, latest.c.id == r.id).join(_agents, g.id == r.agent_id))
    wanted = set(visit_ids)
    return {row.visit_id: Revisit(row.code, row.requested_at, bool(row.done))
            for row in conn.execute(query) if row.visit_id in wanted}

"""Agreements in the database: making one, matching every agreement's payments again, and the loaded pieces reads share.

An agreement takes the payments of its account dated from the day it was made (signed_on)
until the day the account's next agreement was made. One account has at most one agreement in
force (current or late) at a time. A cancelled agreement (cancel.py) is read as of the day it was
cancelled, whatever the date asked, and keeps the status `cancelled`.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import Connection, Engine, bindparam, insert, select, update

from ..admin import AdminError, in_values, transaction
from ..audit import AGREEMENT_CREATED, AGREEMENTS_RECOMPUTED, SYSTEM, record
from ..branch import load_branch
from ..clock import utcnow
from ..db.agreement_models import Agreement, AgreementInstalment
from ..db.kpi_models import Payment
from ..db.models import Account, Visit
from ..kpis.days import today, zone_of
from ..permissions import AGREEMENTS_MANAGE, authorize
from .matching import AgreementState, BreakRule, PenaltyRule, match_payments
from .schedule import build_schedule
from .settings import read_agreement_settings
from .template import TermsContext, fill_template, values_for
from .terms import AgreementError, AgreementTerms, check_terms

IN_FORCE = ("current", "late")
CANCELLED = "cancelled"
_agreements, _instalments = Agreement.__table__, AgreementInstalment.__table__
_payments, _accounts, _visits = Payment.__table__, Account.__table__, Visit.__table__


@dataclass(frozen=True, slots=True)
class Evaluated:
    """An agreement's stored row and its state as of a date."""

    row: object  # the agreements row
    state: AgreementState


def branch_today(conn: Connection) -> date:
    """The branch's local date now."""
    return today(zone_of(load_branch(conn).timezone))


def terms_of(row) -> AgreementTerms:
    """The terms an agreements row was made with."""
    return AgreementTerms(row.total, row.down_payment, row.instalments, row.frequency, row.start_date,
                          row.interest_pct, row.discount_pct, row.penalty_kind, row.penalty_value, row.grace_days)


def evaluate(conn: Connection, *, agreement_ids: list[int] | None = None, account_ids: Iterable[int] | None = None,
             as_of: date | None = None, rule: BreakRule | None = None) -> list[Evaluated]:
    """The chosen agreements (all by default) matched against their payments as of a date (default today)."""
    as_of = as_of or branch_today(conn)
    rule = rule or read_agreement_settings(conn).break_rule
    query = select(_agreements).order_by(_agreements.c.id)
    if account_ids is not None:
        query = query.where(in_values(conn, _agreements.c.account_id, sorted(set(account_ids))))
    rows = list(conn.execute(query))
    if not rows:
        return []
    accounts = sorted({row.account_id for row in rows})
    windows: dict[int, list] = defaultdict(list)  # every agreement of these accounts, to bound each one's payments
    for other in conn.execute(select(_agreements.c.id, _agreements.c.account_id, _agreements.c.signed_on)
                              .where(in_values(conn, _agreements.c.account_id, accounts))):
        windows[other.account_id].append((other.signed_on, other.id))
    if agreement_ids is not None:
        wanted = set(agreement_ids)
        rows = [row for row in rows if row.id in wanted]
        if not rows:
            return []
    schedules: dict[int, list] = defaultdict(list)
    i = _instalments.c
    for line in conn.execute(select(i.agreement_id, i.number, i.due_on, i.amount)
                             .where(in_values(conn, i.agreement_id, [row.id for row in rows]))):
        schedules[line.agreement_id].append((line.number, line.due_on, line.amount))
    paid: dict[int, list] = defaultdict(list)
    p = _payments.c
    for payment in conn.execute(select(p.account_id, p.paid_on, p.amount, p.reference).where(
            in_values(conn, p.account_id, sorted({row.account_id for row in rows})), p.paid_on <= as_of)):
        paid[payment.account_id].append((payment.paid_on, payment.amount, payment.reference))
    out = []
    for row in rows:
        later = [signed for signed, other in sorted(windows[row.account_id]) if (signed, other) > (row.signed_on, row.id)]
        end = later[0] if later else None
        day = min(as_of, row.evaluated_on) if row.status == CANCELLED else as_of
        mine = [pay for pay in paid[row.account_id]
                if row.signed_on <= pay[0] <= day and (end is None or pay[0] < end)]
        penalty = PenaltyRule(row.penalty_kind, row.penalty_value, row.grace_days)
        state = match_payments(schedules[row.id], mine, penalty, rule, day)
        out.append(Evaluated(row, replace(state, status=CANCELLED) if row.status == CANCELLED else state))
    return out


def recompute_agreements(conn: Connection, account_ids: Iterable[int] | None = None, as_of: date | None = None) -> int:
    """Store the status, paid amounts and penalties of the accounts' agreements (all by default, the cancelled ones
    excepted: they stay as they were on the day they ended); how many."""
    found = [item for item in evaluate(conn, account_ids=account_ids, as_of=as_of) if item.row.status != CANCELLED]
    if not found:
        return 0
    conn.execute(update(_agreements).where(_agreements.c.id == bindparam("b_id")), [
        {"b_id": item.row.id, "status": item.state.status, "paid_amount": item.state.paid,
         "broken_on": item.state.broken_on, "evaluated_on": item.state.as_of} for item in found])
    i = _instalments.c
    conn.execute(update(_instalments).where(i.agreement_id == bindparam("b_id"), i.number == bindparam("b_number")), [
        {"b_id": item.row.id, "b_number": line.number, "penalty": line.penalty, "paid": line.paid,
         "paid_on": line.paid_on} for item in found for line in item.state.rows])
    return len(found)


def recompute_all(bind: Engine, as_of: date | None = None, *, actor: str = SYSTEM) -> int:
    """Recompute every agreement now (on demand: the office's button, `campo-server agreements recompute`), audited."""
    with transaction(bind) as conn:
        authorize(conn, actor, AGREEMENTS_MANAGE)
        count = recompute_agreements(conn, None, as_of)
        record(conn, actor=actor, action=AGREEMENTS_RECOMPUTED, details={"agreements": count, "as_of": as_of})
        return count


def create_agreement(bind: Engine | Connection, account_id: int, terms: AgreementTerms, *,
                     visit_id: str | None = None, now: datetime | None = None, actor: str = SYSTEM) -> int:
    """Check the terms, make the agreement with its schedule and terms text, audited; its id. AgreementError says
    what is wrong; PermissionDenied when the actor may not."""
    now = now or utcnow()
    with transaction(bind) as conn:
        authorize(conn, actor, AGREEMENTS_MANAGE)
        branch = load_branch(conn)
        # FOR UPDATE on PostgreSQL: two offices making an agreement for one account at once take turns.
        account = conn.execute(select(_accounts).where(_accounts.c.id == account_id).with_for_update()).first()
        if account is None:
            raise AdminError(f"unknown account id {account_id}")
        if visit_id is not None:
            visit_account = conn.scalar(select(_visits.c.account_id).where(_visits.c.id == visit_id))
            if visit_account != account_id:
                raise AgreementError("visit_id", "other_account", f"visit {visit_id} is not a visit of this account")
        signed_on = now.astimezone(zone_of(branch.timezone)).date()
        terms = check_terms(terms, signed_on)
        for item in evaluate(conn, account_ids=[account_id], as_of=signed_on):
            if item.state.status in IN_FORCE:
                raise AgreementError("account", "in_force",
                                     f"account {account.external_ref} already has agreement {item.row.id} in force")
        settings = read_agreement_settings(conn)
        schedule = build_schedule(terms)
        context = TermsContext(account.debtor_name, account.external_ref, account.address, account.currency,
                               settings.company_name or branch.name, settings.company_id, branch.name, signed_on,
                               settings.broken_after_missed, settings.broken_after_days)
        text = fill_template(settings.terms_template, values_for(terms, schedule, context))
        zero = Decimal("0.00")
        agreement_id = conn.execute(insert(_agreements).values(
            account_id=account_id, visit_id=visit_id, signed_on=signed_on, start_date=terms.start_date,
            frequency=terms.frequency, total=terms.total, down_payment=terms.down_payment,
            instalments=terms.instalments, interest_pct=terms.interest_pct, interest_amount=schedule.amounts.interest,
            discount_pct=terms.discount_pct, discount_amount=schedule.amounts.discount,
            penalty_kind=terms.penalty_kind, penalty_value=terms.penalty_value, grace_days=terms.grace_days,
            terms_text=text, created_at=now, status="current", paid_amount=zero, broken_on=None,
            evaluated_on=signed_on,
        ).returning(_agreements.c.id)).scalar_one()
        conn.execute(insert(_instalments), [
            {"agreement_id": agreement_id, "number": row.number, "due_on": row.due_on, "amount": row.amount,
             "penalty": zero, "paid": zero, "paid_on": None} for row in schedule.rows])
        recompute_agreements(conn, [account_id])
        record(conn, actor=actor, action=AGREEMENT_CREATED, subject_type="agreement", subject_id=agreement_id,
               details={"account": account.external_ref, "visit": visit_id, "total": terms.total,
                        "down_payment": terms.down_payment, "instalments": terms.instalments,
                        "frequency": terms.frequency, "start_date": terms.start_date})
    return agreement_id

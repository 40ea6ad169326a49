"""Reads of agreements for the office: the list with statuses, one agreement in full (plain values, any thread)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import Connection, Engine, select

from mobile_protocol.questionnaire import DefinitionError, LogicError, compiled, parse_definition

from ..admin import transaction
from ..branch import load_branch
from ..db.models import Account, Agent, QuestionnaireVersion, Visit
from ..media import is_media_id
from .cancel import Cancellation, cancellation_of
from .matching import AgreementState
from .settings import AgreementSettingsInfo, read_agreement_settings
from .store import CANCELLED, IN_FORCE, Evaluated, branch_today, evaluate, terms_of
from .terms import AgreementTerms

_accounts, _agents, _visits, _versions = Account.__table__, Agent.__table__, Visit.__table__, QuestionnaireVersion.__table__


@dataclass(frozen=True, slots=True)
class AgreementSummary:
    """An agreement as the list shows it, as of a date."""

    id: int
    account_id: int
    external_ref: str
    debtor_name: str
    currency: str
    agent_code: str | None  # the account's holder now
    signed_on: date
    start_date: date
    frequency: str
    instalments: int
    total: Decimal
    total_to_pay: Decimal  # down payment + instalments (interest or discount applied)
    paid: Decimal
    owed: Decimal  # penalties included
    next_due_on: date | None
    status: str
    broken_on: date | None


@dataclass(frozen=True, slots=True)
class AgreementDetail:
    """One agreement in full: terms, the debtor, the schedule matched, and what its document prints."""

    summary: AgreementSummary
    terms: AgreementTerms
    interest_amount: Decimal
    discount_amount: Decimal
    terms_text: str
    address: str
    visit_id: str | None
    signature_media_id: str | None  # the debtor's signature on the linked visit
    created_at: datetime
    state: AgreementState
    company: AgreementSettingsInfo
    branch_name: str
    cancellation: Cancellation | None = None  # who cancelled it, when and why


@dataclass(frozen=True, slots=True)
class AgreementSource:
    """What a new agreement starts from: the account, the promise of the visit it comes from, the branch's today."""

    account_id: int
    external_ref: str
    debtor_name: str
    balance: Decimal
    currency: str
    today: date
    visit_id: str | None = None
    promise_amount: Decimal | None = None
    promise_due: date | None = None
    in_force: int | None = None  # the agreement of the account in force now, if any


def read_source(bind: Engine | Connection, account_id: int, visit_id: str | None = None) -> AgreementSource | None:
    """The account (and visit) a new agreement is made from; None when the account does not exist."""
    a, v = _accounts.c, _visits.c
    with transaction(bind) as conn:
        account = conn.execute(select(a.external_ref, a.debtor_name, a.balance, a.currency)
                               .where(a.id == account_id)).first()
        if account is None:
            return None
        promise = None
        if visit_id is not None:
            promise = conn.execute(select(v.promise_amount, v.promise_due)
                                   .where(v.id == visit_id, v.account_id == account_id)).first()
        day = branch_today(conn)
        in_force = [item.row.id for item in evaluate(conn, account_ids=[account_id], as_of=day)
                    if item.state.status in IN_FORCE]
    return AgreementSource(account_id, account.external_ref, account.debtor_name, account.balance, account.currency,
                           day, visit_id if promise is not None else None, promise.promise_amount if promise else None,
                           promise.promise_due if promise else None, in_force[-1] if in_force else None)


def _accounts_of(conn: Connection, ids: set[int]) -> dict[int, Any]:
    a, g = _accounts.c, _agents.c
    query = (select(a.id, a.external_ref, a.debtor_name, a.currency, a.address, g.code)
             .outerjoin(_agents, g.id == a.agent_id).where(a.id.in_(sorted(ids))))
    return {row.id: row for row in conn.execute(query)}


def _summary(item: Evaluated, account: Any) -> AgreementSummary:
    row, state = item.row, item.state
    next_row = state.next_due if state.status != CANCELLED else None  # nothing is due any more
    return AgreementSummary(
        row.id, row.account_id, account.external_ref, account.debtor_name, account.currency, account.code,
        row.signed_on, row.start_date, row.frequency, row.instalments, row.total,
        sum((line.amount for line in state.rows), Decimal("0.00")), state.paid, state.owed,
        next_row.due_on if next_row else None, state.status, state.broken_on)


def list_agreements(bind: Engine | Connection, *, as_of: date | None = None, status: str | None = None,
                    account_id: int | None = None) -> list[AgreementSummary]:
    """Every agreement (or one account's, or of one status) as of a date (default today), newest first."""
    with transaction(bind) as conn:
        found = evaluate(conn, account_ids=None if account_id is None else [account_id], as_of=as_of)
        accounts = _accounts_of(conn, {item.row.account_id for item in found}) if found else {}
    rows = [_summary(item, accounts[item.row.account_id]) for item in found]
    if status is not None:
        rows = [row for row in rows if row.status == status]
    return sorted(rows, key=lambda row: row.id, reverse=True)


def signature_of(definition: Any, answers: dict[str, Any]) -> str | None:
    """The media id of the first signature answered in a visit (None without one)."""
    if not definition or not isinstance(answers, dict):
        return None
    try:
        scope = compiled(parse_definition(definition)).top
    except (DefinitionError, LogicError):
        return None
    for node in scope.nodes:
        value = answers.get(node.key)
        if node.field.type == "signature" and isinstance(value, dict) and is_media_id(value.get("media_id")):
            return value["media_id"]
    return None


def get_agreement(bind: Engine | Connection, agreement_id: int, *, as_of: date | None = None) -> AgreementDetail | None:
    """One agreement in full as of a date (default today), or None when no agreement has that id."""
    with transaction(bind) as conn:
        found = evaluate(conn, agreement_ids=[agreement_id], as_of=as_of or branch_today(conn))
        if not found:
            return None
        item = found[0]
        row = item.row
        account = _accounts_of(conn, {row.account_id})[row.account_id]
        signature = None
        if row.visit_id is not None:
            v, q = _visits.c, _versions.c
            visit = conn.execute(select(v.answers, q.definition).outerjoin(_versions, q.id == v.questionnaire_version_id)
                                 .where(v.id == row.visit_id)).first()
            if visit is not None:
                signature = signature_of(visit.definition, dict(visit.answers or {}))
        company = read_agreement_settings(conn)
        branch_name = load_branch(conn).name
        cancellation = cancellation_of(conn, agreement_id) if row.status == CANCELLED else None
    return AgreementDetail(_summary(item, account), terms_of(row), row.interest_amount, row.discount_amount,
                           row.terms_text, account.address, row.visit_id, signature, row.created_at, item.state,
                           company, branch_name, cancellation)

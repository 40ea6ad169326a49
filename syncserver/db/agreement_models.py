"""Payment agreements (convenios) with their instalments, the branch's agreement settings, and revisit marks.

Amounts are Money (exact cents); percentages are stored the same way, in hundredths of a percent
point ("12.50" is 12.5 %). The status, paid and penalty columns are what the last recompute found
(`syncserver/agreements/store.py`); reads compute them again for the date asked.
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import Date, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from .models import Base


class Agreement(Base):
    """A payment agreement on an account: its terms as signed, and its status at the last recompute."""

    __tablename__ = "agreements"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    account_id: Mapped[int] = mapped_column(ForeignKey("accounts.id"), index=True)
    visit_id: Mapped[str | None] = mapped_column(ForeignKey("visits.id"))  # the visit it came from (its signature)
    signed_on: Mapped[date] = mapped_column(Date)  # payments from this local date on count
    start_date: Mapped[date] = mapped_column(Date)  # the first row of the schedule is due then
    frequency: Mapped[str] = mapped_column(String(12))  # weekly, fortnightly, monthly
    total: Mapped[Decimal]
    down_payment: Mapped[Decimal]
    instalments: Mapped[int] = mapped_column(Integer)
    interest_pct: Mapped[Decimal]
    interest_amount: Mapped[Decimal]
    discount_pct: Mapped[Decimal]
    discount_amount: Mapped[Decimal]
    penalty_kind: Mapped[str] = mapped_column(String(8))  # none, fixed, percent
    penalty_value: Mapped[Decimal]
    grace_days: Mapped[int] = mapped_column(Integer)
    terms_text: Mapped[str] = mapped_column(Text)  # the template filled in when it was made
    created_at: Mapped[datetime]
    status: Mapped[str] = mapped_column(String(12))  # current, late, broken, completed
    paid_amount: Mapped[Decimal]
    broken_on: Mapped[date | None] = mapped_column(Date)
    evaluated_on: Mapped[date] = mapped_column(Date)


class AgreementInstalment(Base):
    """One row of an agreement's schedule; number 0 is the down payment."""

    __tablename__ = "agreement_instalments"
    agreement_id: Mapped[int] = mapped_column(ForeignKey("agreements.id"), primary_key=True)
    number: Mapped[int] = mapped_column(Integer, primary_key=True)
    due_on: Mapped[date] = mapped_column(Date)
    amount: Mapped[Decimal]
    penalty: Mapped[Decimal]
    paid: Mapped[Decimal]
    paid_on: Mapped[date | None] = mapped_column(Date)  # when it was paid in full


class AgreementSettings(Base):
    """The branch's terms template, when an agreement breaks, and the company data the document prints (id 1)."""

    __tablename__ = "agreement_settings"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    terms_template: Mapped[str] = mapped_column(Text)
    broken_after_missed: Mapped[int] = mapped_column(Integer)
    broken_after_days: Mapped[int] = mapped_column(Integer)
    company_name: Mapped[str] = mapped_column(String(200))
    company_id: Mapped[str] = mapped_column(String(64))  # tax id (NIT, RUC, RFC...)
    company_address: Mapped[str] = mapped_column(String(500))
    company_phone: Mapped[str] = mapped_column(String(64))
    updated_at: Mapped[datetime]


class RevisitRequest(Base):
    """An account given to an agent to visit again after a broken promise; done once a later visit arrives."""

    __tablename__ = "revisit_requests"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    account_id: Mapped[int] = mapped_column(ForeignKey("accounts.id"), index=True)
    visit_id: Mapped[str | None] = mapped_column(ForeignKey("visits.id"))  # the promise's visit
    agent_id: Mapped[int] = mapped_column(ForeignKey("agents.id"))
    requested_at: Mapped[datetime]

"""Payments and the KPI summaries kept up to date as visits and payments are stored.

Days in the summary tables are local dates of the branch as ordinals (`date.toordinal()`), so
that SQLite and PostgreSQL compare plain integers. A chain's "no previous day" is 0 and its
"no next day" is NO_DAY (`date.max.toordinal()`); see `syncserver/kpis/derive.py`.
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import Boolean, Date, ForeignKey, Index, Integer, String, text
from sqlalchemy.orm import Mapped, mapped_column

from .models import Base

SHORT_GAP = 31  # days: a row this close to its chain's previous day is a "repeat" of a short period
AGENT_REPEAT = f"day - a_prev_agent <= {SHORT_GAP}"
ACCOUNT_REPEAT = f"day - a_prev_acct <= {SHORT_GAP}"
HOLDING_CHANGE = "h_starts <> 0 OR h_ends <> 0"


class Payment(Base):
    """A payment on an account, as imported from the lender's file (reference is unique)."""

    __tablename__ = "payments"
    __table_args__ = (
        Index("ix_payments_account_paid", "account_id", "paid_on"),
        Index("ix_payments_paid_account", "paid_on", "account_id", "amount"),
    )
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    account_id: Mapped[int] = mapped_column(ForeignKey("accounts.id"))
    paid_on: Mapped[date] = mapped_column(Date)
    amount: Mapped[Decimal]
    reference: Mapped[str] = mapped_column(String(64), unique=True)
    imported_at: Mapped[datetime]


class KpiAccountDay(Base):
    """What one agent did on one account on one local day, with the chains that make distinct counts additive.

    a_* chains link the days of attempts, c_* those of contacts (NULL when the day had none);
    *_agent chains follow (account, agent), *_acct chains the account whatever the agent,
    ordered by (day, agent_id).
    """

    __tablename__ = "kpi_account_days"
    __table_args__ = (
        Index("ix_kpi_account_days_by_agent", "agent_id", "day", "a_prev_agent", "c_prev_agent",
              "a_next_agent", "c_next_agent"),
        Index("ix_kpi_account_days_by_account", "day", "account_id", "a_prev_acct", "c_prev_acct",
              "a_next_acct", "c_next_acct"),
        # Repeats within a short period come back soon: only those rows are indexed (see kpis/measures.py).
        Index("ix_kpi_account_days_agent_repeats", "agent_id", "day", "a_prev_agent", "c_prev_agent",
              sqlite_where=text(AGENT_REPEAT), postgresql_where=text(AGENT_REPEAT)),
        Index("ix_kpi_account_days_account_repeats", "day", "a_prev_acct", "c_prev_acct",
              sqlite_where=text(ACCOUNT_REPEAT), postgresql_where=text(ACCOUNT_REPEAT)),
        # Distinct accounts by segment read this index alone (kpis/segments.py).
        Index("ix_kpi_account_days_by_segment", "day", "segment", "a_prev_acct", "c_prev_acct",
              "a_next_acct", "c_next_acct"),
    )
    account_id: Mapped[int] = mapped_column(ForeignKey("accounts.id"), primary_key=True)
    agent_id: Mapped[int] = mapped_column(ForeignKey("agents.id"), primary_key=True)
    day: Mapped[int] = mapped_column(Integer, primary_key=True)
    attempts: Mapped[int] = mapped_column(Integer)
    contacts: Mapped[int] = mapped_column(Integer)
    rpc: Mapped[int] = mapped_column(Integer)
    promises: Mapped[int] = mapped_column(Integer)
    promised: Mapped[Decimal]
    a_prev_agent: Mapped[int] = mapped_column(Integer)
    a_next_agent: Mapped[int] = mapped_column(Integer)
    a_prev_acct: Mapped[int] = mapped_column(Integer)
    a_next_acct: Mapped[int] = mapped_column(Integer)
    c_prev_agent: Mapped[int | None] = mapped_column(Integer)
    c_next_agent: Mapped[int | None] = mapped_column(Integer)
    c_prev_acct: Mapped[int | None] = mapped_column(Integer)
    c_next_acct: Mapped[int | None] = mapped_column(Integer)
    segment: Mapped[str | None] = mapped_column(String(64))  # the account's current segment


class KpiDaily(Base):
    """Per agent and local day: sums of kpi_account_days, how many chains start, end or are new there,
    how many holdings start and end, and what was collected; agent_id 0 holds the any-agent holdings."""

    __tablename__ = "kpi_daily"
    __table_args__ = (
        # Holdings change on few days: "held in [F, T]" reads only those (see kpis/portfolio.py).
        Index("ix_kpi_daily_holding_changes", "agent_id", "day", "h_starts", "h_ends",
              sqlite_where=text(HOLDING_CHANGE), postgresql_where=text(HOLDING_CHANGE)),
        {"sqlite_with_rowid": False},  # rows stored in (day, agent_id) order: ranges of days read in place
    )
    day: Mapped[int] = mapped_column(Integer, primary_key=True)
    agent_id: Mapped[int] = mapped_column(Integer, primary_key=True)
    attempts: Mapped[int] = mapped_column(Integer)
    contacts: Mapped[int] = mapped_column(Integer)
    rpc: Mapped[int] = mapped_column(Integer)
    promises: Mapped[int] = mapped_column(Integer)
    promised: Mapped[Decimal]
    a_rows: Mapped[int] = mapped_column(Integer)
    a_first_agent: Mapped[int] = mapped_column(Integer)
    a_last_agent: Mapped[int] = mapped_column(Integer)
    a_first_acct: Mapped[int] = mapped_column(Integer)
    a_last_acct: Mapped[int] = mapped_column(Integer)
    a_new_acct: Mapped[int] = mapped_column(Integer)
    c_first_agent: Mapped[int] = mapped_column(Integer)
    c_last_agent: Mapped[int] = mapped_column(Integer)
    c_first_acct: Mapped[int] = mapped_column(Integer)
    c_last_acct: Mapped[int] = mapped_column(Integer)
    c_new_acct: Mapped[int] = mapped_column(Integer)
    c_rows: Mapped[int] = mapped_column(Integer, server_default="0")
    kept: Mapped[int] = mapped_column(Integer)
    h_starts: Mapped[int] = mapped_column(Integer)
    h_ends: Mapped[int] = mapped_column(Integer)
    collected: Mapped[Decimal]


class KpiHolding(Base):
    """Local days first..last (NO_NEXT: still held) an agent held an account, merged; agent_id 0: any agent.

    prev_last is the last day of the same pair's previous holding (0 if none), so that "distinct
    accounts held in [F, T]" counts the holdings overlapping it whose previous one ended before F.
    """

    __tablename__ = "kpi_holdings"
    __table_args__ = (Index("ix_kpi_holdings_gaps", "prev_last", "first_day", "agent_id"),)
    account_id: Mapped[int] = mapped_column(ForeignKey("accounts.id"), primary_key=True)
    agent_id: Mapped[int] = mapped_column(Integer, primary_key=True)
    first_day: Mapped[int] = mapped_column(Integer, primary_key=True)
    last_day: Mapped[int] = mapped_column(Integer)
    prev_last: Mapped[int] = mapped_column(Integer)
    segment: Mapped[str | None] = mapped_column(String(64))  # the account's current segment


class KpiCollected(Base):
    """Payments of an account on a local day credited to an agent that held the account that day."""

    __tablename__ = "kpi_collected"
    account_id: Mapped[int] = mapped_column(ForeignKey("accounts.id"), primary_key=True)
    agent_id: Mapped[int] = mapped_column(ForeignKey("agents.id"), primary_key=True)
    day: Mapped[int] = mapped_column(Integer, primary_key=True)
    amount: Mapped[Decimal]


class KpiPromise(Base):
    """A promise that counts (its visit is not corrected), with whether its account's payments kept it."""

    __tablename__ = "kpi_promises"
    __table_args__ = (Index("ix_kpi_promises_by_day", "day", "agent_id", "settles_by", "kept"),
                      Index("ix_kpi_promises_unsettled", "settles_by", "day", "agent_id", "kept"))
    visit_id: Mapped[str] = mapped_column(ForeignKey("visits.id"), primary_key=True)
    account_id: Mapped[int] = mapped_column(ForeignKey("accounts.id"), index=True)
    agent_id: Mapped[int] = mapped_column(ForeignKey("agents.id"))
    day: Mapped[int] = mapped_column(Integer)
    settles_by: Mapped[int] = mapped_column(Integer)  # due date + grace days
    amount: Mapped[Decimal]
    kept: Mapped[bool] = mapped_column(Boolean)
    segment: Mapped[str | None] = mapped_column(String(64))  # the account's current segment


class KpiSegmentDaily(Base):
    """Per segment ("" for accounts without one) and local day: the account-chain columns of kpi_daily.

    Segments are the accounts' current ones, as the engine groups them: when an account's segment
    changes its rows move (accounts_changed derives the account again).
    """

    __tablename__ = "kpi_segment_daily"
    __table_args__ = ({"sqlite_with_rowid": False},)
    day: Mapped[int] = mapped_column(Integer, primary_key=True)
    segment: Mapped[str] = mapped_column(String(64), primary_key=True)
    attempts: Mapped[int] = mapped_column(Integer)
    contacts: Mapped[int] = mapped_column(Integer)
    rpc: Mapped[int] = mapped_column(Integer)
    promises: Mapped[int] = mapped_column(Integer)
    promised: Mapped[Decimal]
    a_rows: Mapped[int] = mapped_column(Integer)
    a_first_acct: Mapped[int] = mapped_column(Integer)
    a_last_acct: Mapped[int] = mapped_column(Integer)
    a_new_acct: Mapped[int] = mapped_column(Integer)
    c_rows: Mapped[int] = mapped_column(Integer)
    c_first_acct: Mapped[int] = mapped_column(Integer)
    c_last_acct: Mapped[int] = mapped_column(Integer)
    c_new_acct: Mapped[int] = mapped_column(Integer)
    kept: Mapped[int] = mapped_column(Integer)
    h_starts: Mapped[int] = mapped_column(Integer)  # of any-agent holdings
    h_ends: Mapped[int] = mapped_column(Integer)


class KpiVisitHour(Base):
    """Counted visits per local day, local hour, agent, account, outcome and verdict (heatmap, custom reports).

    Narrow rows in day order instead of the visits table's wide ones; account_id makes distinct
    accounts countable in any cell. segment is the account's current one (as in kpi_account_days).
    """

    __tablename__ = "kpi_visit_hours"
    __table_args__ = (Index("ix_kpi_visit_hours_account", "account_id"), {"sqlite_with_rowid": False})
    day: Mapped[int] = mapped_column(Integer, primary_key=True)
    hour: Mapped[int] = mapped_column(Integer, primary_key=True)
    agent_id: Mapped[int] = mapped_column(Integer, primary_key=True)
    account_id: Mapped[int] = mapped_column(Integer, primary_key=True)
    outcome: Mapped[str] = mapped_column(String(20), primary_key=True)
    verdict: Mapped[str] = mapped_column(String(12), primary_key=True)
    segment: Mapped[str | None] = mapped_column(String(64))
    attempts: Mapped[int] = mapped_column(Integer)
    promised: Mapped[Decimal]


class KpiState(Base):
    """The time zone and grace days the summaries were built with (one row, id 1)."""

    __tablename__ = "kpi_state"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    timezone: Mapped[str] = mapped_column(String(64))
    grace_days: Mapped[int] = mapped_column(Integer)

"""Scoring runs, each account's score in a run, and the branch's scoring settings (docs/portfolio.md)."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import JSON, Date, Float, ForeignKey, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from .models import Base


class ScoringRun(Base):
    """One scoring of the portfolio as of a local date: how the probabilities were made and how good they were."""

    __tablename__ = "scoring_runs"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    as_of: Mapped[date] = mapped_column(Date, index=True)
    created_at: Mapped[datetime]
    trigger: Mapped[str] = mapped_column(String(10))  # manual, nightly, cli
    method: Mapped[str] = mapped_column(String(10))  # model (logistic regression) or prior (by bucket)
    auc: Mapped[float | None] = mapped_column(Float)
    brier: Mapped[float | None] = mapped_column(Float)
    n_train: Mapped[int] = mapped_column(Integer)
    n_holdout: Mapped[int] = mapped_column(Integer)
    n_scored: Mapped[int] = mapped_column(Integer)
    calibration: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    coefficients: Mapped[dict[str, Any]] = mapped_column(JSON)
    parameters: Mapped[dict[str, Any]] = mapped_column(JSON)  # what went in: rules, buckets, dates
    summary: Mapped[dict[str, Any]] = mapped_column(JSON)  # what came out besides the scores: counts, reason


class AccountScoreRow(Base):
    """An account as one run saw it: probability, cost, quadrant and action, and its state then."""

    __tablename__ = "account_scores"
    run_id: Mapped[int] = mapped_column(ForeignKey("scoring_runs.id", ondelete="CASCADE"), primary_key=True)
    account_id: Mapped[int] = mapped_column(ForeignKey("accounts.id"), primary_key=True)
    probability: Mapped[float] = mapped_column(Float)
    cost_minutes: Mapped[float | None] = mapped_column(Float)  # None: no location, so no cost
    quadrant: Mapped[str] = mapped_column(String(20))
    action: Mapped[str] = mapped_column(String(20))
    top_factors: Mapped[list[Any]] = mapped_column(JSON)  # [[feature, value, contribution], ...]
    days_past_due: Mapped[int] = mapped_column(Integer)
    balance: Mapped[Decimal]


class ScoringSettingsRow(Base):
    """The one row (id 1) of the branch's editable scoring settings: thresholds, actions, buckets, nightly hour."""

    __tablename__ = "scoring_settings"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    settings: Mapped[dict[str, Any]] = mapped_column(JSON)
    updated_at: Mapped[datetime]

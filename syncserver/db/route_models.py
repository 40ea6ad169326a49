"""Each agent's planned visit order of a day (syncserver/visit_plan.py, docs/portfolio.md)."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import JSON, Date, Float, ForeignKey, Integer, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from .models import Base


class RoutePlanRow(Base):
    """One agent's route for one local day: the stops in order, straight-line km and estimated minutes.

    stops is a JSON list of {"account_id", "tier", "arrival_min"} in visiting order; planning the
    same agent and day again replaces the row.
    """

    __tablename__ = "route_plans"
    __table_args__ = (UniqueConstraint("agent_id", "day"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    agent_id: Mapped[int] = mapped_column(ForeignKey("agents.id", ondelete="CASCADE"))
    day: Mapped[date] = mapped_column(Date, index=True)
    stops: Mapped[list[Any]] = mapped_column(JSON)
    km: Mapped[float] = mapped_column(Float)
    minutes: Mapped[float] = mapped_column(Float)
    start_lat: Mapped[float | None] = mapped_column(Float)
    start_lon: Mapped[float | None] = mapped_column(Float)
    start_source: Mapped[str] = mapped_column(String(12))  # agent, accounts, portfolio, none
    scoring_run_id: Mapped[int | None] = mapped_column(Integer)  # whose priorities were followed
    created_at: Mapped[datetime]

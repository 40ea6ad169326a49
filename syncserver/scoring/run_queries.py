"""Reading stored scoring runs: the newest, the history, one run with its scored accounts."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import Connection, Engine, exists, select

from ..db.models import Account, Agent
from ..db.scoring_models import AccountScoreRow, ScoringRun
from .model import Factor
from .strategy import StrategyRules

_runs, _scores, _accounts, _agents = ScoringRun.__table__, AccountScoreRow.__table__, Account.__table__, Agent.__table__


@dataclass(frozen=True, slots=True)
class RunInfo:
    """A stored run without its scores."""

    id: int
    as_of: date
    created_at: datetime
    trigger: str
    method: str
    auc: float | None
    brier: float | None
    n_train: int
    n_holdout: int
    n_scored: int
    calibration: dict[str, Any] | None
    coefficients: dict[str, float]
    parameters: dict[str, Any]
    summary: dict[str, Any]

    @property
    def rules(self) -> StrategyRules:
        """The thresholds and actions the run used."""
        p = self.parameters
        return StrategyRules(p["probability_threshold"], p["cost_threshold_min"], dict(p["actions"]))

    def as_json(self) -> dict[str, Any]:
        """The run as plain JSON values."""
        return {"id": self.id, "as_of": self.as_of.isoformat(), "created_at": self.created_at, "trigger": self.trigger,
                "method": self.method, "auc": self.auc, "brier": self.brier, "n_train": self.n_train,
                "n_holdout": self.n_holdout, "n_scored": self.n_scored, "calibration": self.calibration,
                "coefficients": self.coefficients, "parameters": self.parameters, "summary": self.summary}


@dataclass(frozen=True, slots=True)
class ScoredAccount:
    """One account of a run, with what the office recognises it by."""

    account_id: int
    external_ref: str
    debtor_name: str
    currency: str
    agent_code: str | None
    probability: float
    cost_minutes: float | None
    quadrant: str
    action: str
    factors: tuple[Factor, ...]
    days_past_due: int
    balance: Decimal


@contextmanager
def reading(bind: Engine | Connection) -> Iterator[Connection]:
    """The caller's connection, or a new one for reads only (no write lock taken on SQLite)."""
    if isinstance(bind, Connection):
        yield bind
        return
    with bind.connect() as conn:
        yield conn


_RUN_COLUMNS = (_runs.c.id, _runs.c.as_of, _runs.c.created_at, _runs.c.trigger, _runs.c.method, _runs.c.auc,
                _runs.c.brier, _runs.c.n_train, _runs.c.n_holdout, _runs.c.n_scored, _runs.c.calibration,
                _runs.c.coefficients, _runs.c.parameters, _runs.c.summary)
_NEWEST = (_runs.c.as_of.desc(), _runs.c.id.desc())


def list_runs(bind: Engine | Connection, limit: int = 200) -> list[RunInfo]:
    """Stored runs, newest as-of date first (the latest made first within a date)."""
    with reading(bind) as conn:
        return [RunInfo(*row) for row in conn.execute(select(*_RUN_COLUMNS).order_by(*_NEWEST).limit(limit))]


def latest_run(bind: Engine | Connection) -> RunInfo | None:
    """The newest run, or None before the first."""
    runs = list_runs(bind, limit=1)
    return runs[0] if runs else None


def get_run(bind: Engine | Connection, run_id: int) -> RunInfo | None:
    """One run by id, or None."""
    with reading(bind) as conn:
        row = conn.execute(select(*_RUN_COLUMNS).where(_runs.c.id == run_id)).first()
    return RunInfo(*row) if row else None


def has_run_for(bind: Engine | Connection, as_of: date) -> bool:
    """Whether some run is stored for that as-of date."""
    with reading(bind) as conn:
        return bool(conn.scalar(select(exists().where(_runs.c.as_of == as_of))))


def run_scores(bind: Engine | Connection, run_id: int) -> list[ScoredAccount]:
    """A run's accounts, by account id, with reference, debtor, currency and current agent."""
    s, a = _scores.c, _accounts.c
    query = (select(s.account_id, a.external_ref, a.debtor_name, a.currency, _agents.c.code, s.probability,
                    s.cost_minutes, s.quadrant, s.action, s.top_factors, s.days_past_due, s.balance)
             .join(_accounts, a.id == s.account_id).outerjoin(_agents, _agents.c.id == a.agent_id)
             .where(s.run_id == run_id).order_by(s.account_id))
    with reading(bind) as conn:
        rows = conn.execute(query).all()
    return [ScoredAccount(r[0], r[1], r[2], r[3], r[4], r[5], r[6], r[7], r[8],
                          tuple(Factor(str(f), float(v), float(c)) for f, v, c in r[9]), r[10], r[11])
            for r in rows]

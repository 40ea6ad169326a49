"""A scoring run: fit on the branch's history, score every active account, store the run and its scores.

As of local date D (default: the branch's today) the model is fitted as of D − horizon (the last
date whose 30-day outcome is complete) and applied to the features as of D. Active accounts are
those with a balance above zero. Each account's cost to collect is measured from its agent's
start point (agents.start_lat/start_lon), else the agent's zone centre (the mean location of the
agent's located accounts), else the centre of the portfolio (the mean of all located accounts):
the schema has no branch address. The scores are written with one Core executemany in the run's one transaction.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from decimal import Decimal
from typing import Any

import numpy as np
from sqlalchemy import Connection, Engine, insert, select

from ..admin import AdminError
from ..audit import SYSTEM
from ..clock import utcnow
from ..db.models import Account, Agent
from ..db.scoring_models import AccountScoreRow, ScoringRun
from ..kpis.days import branch_kpi_settings, today, zone_of
from ..permissions import STRATEGY_MANAGE, authorize
from .features import extract_features
from .model import HELD_OUT, MIN_LABELLED, MIN_PER_CLASS, ScoringModel, fit_model, score_features
from .run_queries import reading
from .settings import ScoringSettings, parse_settings, read_scoring_settings
from .strategy import costs_from_features, quadrants, strategy_matrix

HORIZON_DAYS = 30
TRIGGERS = ("manual", "nightly", "cli")
_accounts, _runs, _scores = Account.__table__, ScoringRun.__table__, AccountScoreRow.__table__
_agents = Agent.__table__


class ScoringError(AdminError):
    """A scoring run that cannot be made as asked (a date in the future, an unknown run)."""


def branch_today(bind: Engine | Connection) -> date:
    """The branch's local date now."""
    with reading(bind) as conn:
        timezone, _grace = branch_kpi_settings(conn)
    return today(zone_of(timezone))


def _origins(lat: np.ndarray, lon: np.ndarray, agent: np.ndarray,
             starts: Mapping[int, tuple[float, float]] | None = None) -> tuple[np.ndarray, np.ndarray, list[float] | None]:
    """Each account's origin: its agent's start point, else zone centre, else the portfolio's centre (NaN when
    nothing is located)."""
    located = ~(np.isnan(lat) | np.isnan(lon))
    if not located.any():
        return np.full(lat.shape, np.nan), np.full(lat.shape, np.nan), None
    centre = [float(lat[located].mean()), float(lon[located].mean())]
    origin_lat, origin_lon = np.full(lat.shape, centre[0]), np.full(lat.shape, centre[1])
    for agent_id in np.unique(agent[agent >= 0]):
        mine = agent == agent_id
        if starts and int(agent_id) in starts:
            origin_lat[mine], origin_lon[mine] = starts[int(agent_id)]
        elif (zone := mine & located).any():
            origin_lat[mine], origin_lon[mine] = lat[zone].mean(), lon[zone].mean()
    return origin_lat, origin_lon, centre


def _summary(model: ScoringModel, cells, probability: np.ndarray, cost: np.ndarray) -> dict[str, Any]:
    return {
        "labelled": model.labelled, "payers": model.payers, "reason": model.reason,
        "min_labelled": MIN_LABELLED, "min_per_class": MIN_PER_CLASS,
        "bucket_rates": [{"label": r.label, "accounts": r.accounts, "payers": r.payers,
                          "probability": r.probability} for r in model.bucket_rates],
        "mean_probability": float(probability.mean()) if len(probability) else None,
        "without_location": int(np.isnan(cost).sum()),
        "cells": [{"quadrant": c.quadrant, "action": c.action, "count": c.count, "balance": str(c.balance)}
                  for c in cells],
    }


@dataclass(frozen=True)
class PreparedRun:
    """A run computed but not yet stored: the scoring_runs row and the account_scores rows."""

    run: dict[str, Any]
    scores: list[dict[str, Any]]


def run_scoring(engine: Engine, as_of: date | None = None, params: Mapping[str, Any] | None = None, *,
                trigger: str = "manual", now: datetime | None = None, actor: str = SYSTEM) -> int:
    """Fit, score every active account as of `as_of`, store the run; its id. params override stored settings.
    PermissionDenied (before any work) when the actor may not manage the strategy."""
    with reading(engine) as conn:
        authorize(conn, actor, STRATEGY_MANAGE)
    return store_run(engine, prepare_run(engine, as_of, params, trigger=trigger, now=now))


def prepare_run(engine: Engine, as_of: date | None = None, params: Mapping[str, Any] | None = None, *,
                trigger: str = "manual", now: datetime | None = None) -> PreparedRun:
    """Everything run_scoring computes (fit, features, scores, costs, quadrants), nothing written."""
    if trigger not in TRIGGERS:
        raise ValueError(f"trigger must be one of {TRIGGERS}")
    settings: ScoringSettings = read_scoring_settings(engine)
    if params:
        settings = parse_settings(params, settings)
    current = branch_today(engine)
    as_of = as_of or current
    if as_of > current:
        raise ScoringError(f"the scoring date {as_of} is after the branch's today ({current})")
    fit_as_of = as_of - timedelta(days=HORIZON_DAYS)
    model = fit_model(engine, fit_as_of, horizon_days=HORIZON_DAYS, buckets=settings.buckets)

    a = _accounts.c
    with engine.connect() as conn:
        rows = conn.execute(select(a.id, a.balance, a.days_past_due, a.lat, a.lon, a.agent_id)
                            .where(a.balance > Decimal(0)).order_by(a.id)).all()
        features = extract_features(conn, as_of, [r.id for r in rows])
        g = _agents.c
        starts = {row.id: (row.start_lat, row.start_lon) for row in conn.execute(
            select(g.id, g.start_lat, g.start_lon).where(g.start_lat.is_not(None), g.start_lon.is_not(None)))}
    scores = score_features(model, features)
    lat = np.array([np.nan if r.lat is None else r.lat for r in rows], dtype=float)
    lon = np.array([np.nan if r.lon is None else r.lon for r in rows], dtype=float)
    agent = np.array([-1 if r.agent_id is None else r.agent_id for r in rows], dtype=np.int64)
    origin_lat, origin_lon, centre = _origins(lat, lon, agent, starts)
    cost = costs_from_features(features, origin_lat, origin_lon, lat, lon, service_min=settings.service_min).minutes
    probability = np.array([s.probability for s in scores], dtype=float)
    rules = settings.rules
    names = quadrants(probability, cost, rules)
    ids = [r.id for r in rows]
    cells = strategy_matrix(ids, probability, cost, [r.balance for r in rows], rules)

    logistic = model.kind == "logistic"
    held_out = math.ceil(HELD_OUT * model.labelled) if logistic else 0
    calibration = model.calibration
    run = {
        "as_of": as_of, "created_at": now or utcnow(), "trigger": trigger, "method": "model" if logistic else "prior",
        "auc": model.auc, "brier": calibration.brier if calibration else None,
        "n_train": model.labelled - held_out, "n_holdout": held_out, "n_scored": len(rows),
        "calibration": {"predicted": calibration.predicted, "observed": calibration.observed} if calibration else None,
        "coefficients": model.coefficients,
        "parameters": {"as_of": as_of.isoformat(), "fit_as_of": fit_as_of.isoformat(), "horizon_days": HORIZON_DAYS,
                       "origin": "agent zone centre, else portfolio centre", "portfolio_centre": centre,
                       **settings.as_json()},
        "summary": _summary(model, cells, probability, cost),
    }
    minutes = [None if math.isnan(c) else round(c, 2) for c in cost.tolist()]
    score_rows = [
        {"account_id": row.id, "probability": p, "cost_minutes": c, "quadrant": q, "action": rules.actions[q],
         "top_factors": [[f.feature, round(f.value, 4), round(f.contribution, 4)] for f in score.factors],
         "days_past_due": row.days_past_due, "balance": row.balance}
        for row, p, c, q, score in zip(rows, probability.tolist(), minutes, names.tolist(), scores, strict=True)
    ]
    return PreparedRun(run, score_rows)


def store_run(engine: Engine, prepared: PreparedRun) -> int:
    """Write the run and its scores in one transaction (one executemany for the scores); the run's id."""
    with engine.begin() as conn:
        run_id = conn.execute(insert(_runs).values(**prepared.run)).inserted_primary_key[0]
        if prepared.scores:
            conn.execute(insert(_scores), [{"run_id": run_id, **row} for row in prepared.scores])
    return int(run_id)

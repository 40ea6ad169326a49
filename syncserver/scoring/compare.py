"""How scores moved between two runs, and how an older run's predictions did against what happened next.

The outcome of a run as of D is the one its model predicted: some payment dated in [D, D +
horizon). Accounts are ranked by the probability the run gave them and cut into ten groups of
equal size (deciles, ties broken by account id); each decile's realised rate is the share of its
accounts that paid. Before D + horizon the window is not over: the rates are "so far", and the
outcome says how many of its days have been seen.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta

import numpy as np
from sqlalchemy import Connection, Engine, and_, exists, select

from ..db.kpi_models import Payment
from ..db.scoring_models import AccountScoreRow
from .run_queries import RunInfo, get_run, reading
from .runs import ScoringError, branch_today
from .strategy import QUADRANTS

DECILES = 10
MOVED = 0.05  # a probability that changed by more than this rose or fell
_scores, _payments = AccountScoreRow.__table__, Payment.__table__


@dataclass(frozen=True, slots=True)
class Decile:
    """One tenth of a run's accounts by predicted probability (1: the least likely to pay)."""

    decile: int
    accounts: int
    low: float
    high: float
    predicted: float
    realised: float


@dataclass(frozen=True, slots=True)
class RunOutcome:
    """A run's predictions against the payments that followed its as-of date."""

    run_id: int
    as_of: date
    window_end: date  # exclusive
    days_observed: int
    complete: bool
    accounts: int
    predicted: float | None
    realised: float | None
    auc: float | None
    deciles: list[Decile]


@dataclass(frozen=True)
class RunComparison:
    """Two runs' common accounts: probability changes and quadrant moves; the older run's outcome."""

    older: int
    newer: int
    common: int
    only_older: int
    only_newer: int
    mean_change: float | None
    rose: int
    fell: int
    changed_quadrant: int
    moves: dict[str, dict[str, int]] = field(default_factory=dict)  # older quadrant -> newer quadrant -> accounts
    outcome: RunOutcome | None = None


def _run(bind, run_id: int) -> RunInfo:
    if (run := get_run(bind, run_id)) is None:
        raise ScoringError(f"there is no scoring run {run_id}")
    return run


def _deciles(probability: np.ndarray, paid: np.ndarray) -> list[Decile]:
    order = np.argsort(probability, kind="stable")  # rows come by account id: ties stay in that order
    groups = np.array_split(order, min(DECILES, len(order))) if len(order) else []
    return [Decile(n + 1, len(g), float(probability[g].min()), float(probability[g].max()),
                   float(probability[g].mean()), float(paid[g].mean())) for n, g in enumerate(groups)]


def run_outcome(bind: Engine | Connection, run_id: int, today: date | None = None) -> RunOutcome:
    """Realised payment rate against predicted, overall and per decile, for a stored run."""
    with reading(bind) as conn:
        run = _run(conn, run_id)
        horizon = int(run.parameters.get("horizon_days", 30))
        end = run.as_of + timedelta(days=horizon)
        s, p = _scores.c, _payments.c
        paid = exists().where(and_(p.account_id == s.account_id, p.paid_on >= run.as_of, p.paid_on < end))
        rows = conn.execute(select(s.probability, paid).where(s.run_id == run_id).order_by(s.account_id)).all()
        today = today or branch_today(conn)
    probability = np.array([r[0] for r in rows], dtype=float)
    outcome = np.array([bool(r[1]) for r in rows], dtype=float)
    both = 0 < outcome.sum() < len(outcome)
    if both:
        from sklearn.metrics import roc_auc_score  # noqa: PLC0415 - sklearn only when it is needed (seconds to load)
    return RunOutcome(
        run_id=run_id, as_of=run.as_of, window_end=end, days_observed=max(0, min(horizon, (today - run.as_of).days)),
        complete=today >= end, accounts=len(rows),
        predicted=float(probability.mean()) if len(rows) else None,
        realised=float(outcome.mean()) if len(rows) else None,
        auc=float(roc_auc_score(outcome, probability)) if both else None, deciles=_deciles(probability, outcome),
    )


def compare_runs(bind: Engine | Connection, a: int, b: int, today: date | None = None) -> RunComparison:
    """Compare two runs (either order): moves from the older to the newer, and the older one's outcome."""
    with reading(bind) as conn:
        first, second = _run(conn, a), _run(conn, b)
        older, newer = sorted((first, second), key=lambda r: (r.as_of, r.id))
        s = _scores.c

        def scores(run_id: int) -> dict[int, tuple[float, str]]:
            query = select(s.account_id, s.probability, s.quadrant).where(s.run_id == run_id)
            return {account_id: (probability, quadrant) for account_id, probability, quadrant in conn.execute(query)}

        before, after = scores(older.id), scores(newer.id)
        outcome = run_outcome(conn, older.id, today)
    common = sorted(before.keys() & after.keys())
    change = np.array([after[i][0] - before[i][0] for i in common], dtype=float)
    moves = {q: dict.fromkeys(QUADRANTS, 0) for q in QUADRANTS}
    for i in common:
        moves[before[i][1]][after[i][1]] += 1
    return RunComparison(
        older=older.id, newer=newer.id, common=len(common), only_older=len(before.keys() - after.keys()),
        only_newer=len(after.keys() - before.keys()), mean_change=float(change.mean()) if len(common) else None,
        rose=int((change > MOVED).sum()), fell=int((change < -MOVED).sum()),
        changed_quadrant=sum(before[i][1] != after[i][1] for i in common), moves=moves, outcome=outcome,
    )

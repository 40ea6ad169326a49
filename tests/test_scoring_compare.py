"""compare_runs and run_outcome on SQLite and PostgreSQL: moves between runs, and an old run against what happened."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta
from decimal import Decimal

import numpy as np
import pytest
from sqlalchemy import Engine, insert

from syncserver.db.kpi_models import Payment
from syncserver.kpis import accounts_changed
from syncserver.scoring.compare import compare_runs, run_outcome
from syncserver.scoring.run_queries import run_scores
from syncserver.scoring.runs import ScoringError, run_scoring
from syncserver.scoring.strategy import QUADRANTS
from tests.scoring_world import AS_OF, build_history

FIRST = AS_OF + timedelta(days=30)


def pay_as_predicted(engine: Engine, run_id: int, seed: int = 3) -> dict[int, bool]:
    """Payments in the 30 days after the run, each account paying with the probability the run gave it."""
    rng = np.random.default_rng(seed)
    scores = run_scores(engine, run_id)
    paid = {s.account_id: bool(rng.random() < s.probability) for s in scores}
    rows = [dict(account_id=a, paid_on=FIRST + timedelta(days=int(rng.integers(0, 30))), amount=Decimal("20000.00"),
                 reference=str(uuid.uuid4()), imported_at=datetime.now(UTC)) for a, p in paid.items() if p]
    with engine.begin() as conn:
        conn.execute(insert(Payment), rows)
        accounts_changed(conn, sorted(a for a, p in paid.items() if p))
    return paid


def test_an_old_runs_predictions_against_the_payments_that_followed(engine: Engine) -> None:
    build_history(engine, 800)
    first = run_scoring(engine, FIRST)
    paid = pay_as_predicted(engine, first)
    outcome = run_outcome(engine, first)
    assert outcome.complete and outcome.days_observed == 30 and outcome.window_end == FIRST + timedelta(days=30)
    assert outcome.accounts == 800 and outcome.realised == pytest.approx(sum(paid.values()) / 800)
    assert outcome.realised == pytest.approx(outcome.predicted, abs=0.05)  # reality followed the run
    assert outcome.auc > 0.75
    # Deciles recomputed by hand from the stored probabilities and the payments written.
    scores = sorted(run_scores(engine, first), key=lambda s: (s.probability, s.account_id))
    assert [d.accounts for d in outcome.deciles] == [80] * 10
    for decile, group in zip(outcome.deciles, [scores[n:n + 80] for n in range(0, 800, 80)]):
        assert decile.realised == pytest.approx(sum(paid[s.account_id] for s in group) / 80)
        assert decile.predicted == pytest.approx(np.mean([s.probability for s in group]))
        assert (decile.low, decile.high) == (group[0].probability, group[-1].probability)
    assert outcome.deciles[-1].realised > outcome.deciles[4].realised > outcome.deciles[0].realised

    early = run_outcome(engine, first, today=FIRST + timedelta(days=12))
    assert (early.days_observed, early.complete) == (12, False)


def test_comparing_two_runs_counts_probability_changes_and_quadrant_moves(engine: Engine) -> None:
    build_history(engine, 800)
    first = run_scoring(engine, FIRST)
    pay_as_predicted(engine, first)
    second = run_scoring(engine, FIRST + timedelta(days=30), {"probability_threshold": 0.25})
    comparison = compare_runs(engine, second, first)  # either order: older first
    assert (comparison.older, comparison.newer, comparison.common) == (first, second, 800)
    assert (comparison.only_older, comparison.only_newer) == (0, 0)
    before = {s.account_id: s for s in run_scores(engine, first)}
    after = {s.account_id: s for s in run_scores(engine, second)}
    change = [after[a].probability - before[a].probability for a in before]
    assert comparison.mean_change == pytest.approx(np.mean(change))
    assert (comparison.rose, comparison.fell) == (sum(c > 0.05 for c in change), sum(c < -0.05 for c in change))
    for q_from in QUADRANTS:
        for q_to in QUADRANTS:
            assert comparison.moves[q_from][q_to] == sum(
                before[a].quadrant == q_from and after[a].quadrant == q_to for a in before)
    assert comparison.changed_quadrant == sum(before[a].quadrant != after[a].quadrant for a in before) > 0
    assert comparison.outcome.run_id == first and comparison.outcome.complete
    with pytest.raises(ScoringError, match="no scoring run 99"):
        compare_runs(engine, first, 99)

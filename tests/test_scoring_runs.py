"""Scoring runs stored on SQLite and PostgreSQL: the run and its scores, the prior fallback, days past due kept."""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal

import numpy as np
import pytest
from sqlalchemy import Engine, select, update

from syncserver.db.models import Account
from syncserver.db.scoring_models import AccountScoreRow, ScoringRun
from syncserver.scoring import extract_features, fit_model, score_accounts
from syncserver.scoring.run_queries import get_run, has_run_for, latest_run, list_runs, run_scores
from syncserver.scoring.runs import ScoringError, branch_today, run_scoring
from syncserver.scoring.strategy import quadrants
from syncserver.settings import SettingsError
from tests.scoring_world import AS_OF, build_history

SCORED = AS_OF + timedelta(days=30)  # fitted as of AS_OF, where the world's rule decides who pays


def test_a_run_stores_every_active_account_with_its_probability_cost_quadrant_and_state(engine: Engine) -> None:
    history = build_history(engine, 800)
    settled, unlocated = history.account_ids[0], history.account_ids[1]
    with engine.begin() as conn:
        conn.execute(update(Account).where(Account.id == settled).values(balance=Decimal("0.00")))
        conn.execute(update(Account).where(Account.id == unlocated).values(lat=None, lon=None))
    run_id = run_scoring(engine, SCORED)

    run = latest_run(engine)
    assert run.id == run_id and run.as_of == SCORED and run.trigger == "manual" and run.method == "model"
    assert run.auc > 0.75 and 0 < run.brier < 0.2
    assert (run.n_train, run.n_holdout, run.n_scored) == (600, 200, 799)  # 25% held out; one account settled
    assert len(run.calibration["predicted"]) == len(run.calibration["observed"]) >= 5
    assert set(sorted(run.coefficients, key=lambda k: -abs(run.coefficients[k]))[:3]) == {"days_past_due", "rpc",
                                                                                         "contacts"}
    assert run.parameters["fit_as_of"] == AS_OF.isoformat() and run.parameters["probability_threshold"] == 0.35

    scores = {s.account_id: s for s in run_scores(engine, run_id)}
    assert settled not in scores and len(scores) == 799
    assert scores[unlocated].cost_minutes is None and scores[unlocated].quadrant.endswith("_costly")
    with engine.connect() as conn:
        accounts = {r.id: r for r in conn.execute(select(Account.id, Account.balance, Account.days_past_due))}
    expected = {s.account_id: s.probability
                for s in score_accounts(engine, fit_model(engine, AS_OF), SCORED, account_ids=list(scores))}
    rules = run.rules
    for account_id, score in scores.items():
        assert score.balance == accounts[account_id].balance
        assert score.days_past_due == accounts[account_id].days_past_due
        assert score.probability == pytest.approx(expected[account_id], abs=1e-9)
        cost = np.nan if score.cost_minutes is None else score.cost_minutes
        assert score.quadrant == quadrants([score.probability], [cost], rules)[0]
        assert score.action == rules.actions[score.quadrant]
        pushes = [abs(f.contribution) for f in score.factors]
        assert len(pushes) == 3 and pushes == sorted(pushes, reverse=True)
    cells = run.summary["cells"]
    assert sum(c["count"] for c in cells) == 799
    assert sum(Decimal(c["balance"]) for c in cells) == sum(s.balance for s in scores.values())
    assert {c["quadrant"]: c["count"] for c in cells} == {
        q: sum(s.quadrant == q for s in scores.values()) for q in rules.actions}


def test_runs_are_listed_newest_first_and_found_by_date(engine: Engine) -> None:
    build_history(engine, 60)
    first = run_scoring(engine, AS_OF)
    second = run_scoring(engine, SCORED, trigger="cli")
    again = run_scoring(engine, AS_OF)
    assert [r.id for r in list_runs(engine)] == [second, again, first]
    assert has_run_for(engine, AS_OF) and not has_run_for(engine, AS_OF + timedelta(days=1))
    assert get_run(engine, second).trigger == "cli" and get_run(engine, 999) is None
    with engine.begin() as conn:  # a run's scores go with it
        conn.execute(ScoringRun.__table__.delete().where(ScoringRun.id == first))
        assert conn.scalar(select(AccountScoreRow.run_id).where(AccountScoreRow.run_id == first)) is None


def test_thin_history_runs_on_the_prior_and_says_why(engine: Engine) -> None:
    build_history(engine, 60)
    run = get_run(engine, run_scoring(engine, SCORED))
    assert run.method == "prior" and run.auc is None and run.calibration is None and run.coefficients == {}
    assert (run.n_train, run.n_holdout, run.summary["labelled"], run.summary["min_labelled"]) == (60, 0, 60, 200)
    assert "60 labelled accounts" in run.summary["reason"]
    scores = run_scores(engine, run.id)
    assert len(scores) == 60 and all([f.feature for f in s.factors] == ["days_past_due"] for s in scores)
    by_bucket = {r["label"]: r["probability"] for r in run.summary["bucket_rates"]}
    late = max(scores, key=lambda s: s.days_past_due)
    assert late.probability == pytest.approx(by_bucket[">180"])


def test_parameters_override_the_stored_rules_for_one_run_and_bad_ones_name_the_field(engine: Engine) -> None:
    build_history(engine, 60)
    run = get_run(engine, run_scoring(engine, SCORED, {"probability_threshold": 0.2,
                                                        "actions": {"likely_costly": "field_visit"}}))
    assert run.rules.probability_threshold == 0.2 and run.rules.actions["likely_costly"] == "field_visit"
    assert all(s.quadrant.startswith("likely") == (s.probability >= 0.2) for s in run_scores(engine, run.id))
    with pytest.raises(SettingsError) as error:
        run_scoring(engine, SCORED, {"cost_threshold_min": -5})
    assert error.value.field == "cost_threshold_min"
    with pytest.raises(ScoringError, match="after the branch's today"):
        run_scoring(engine, branch_today(engine) + timedelta(days=1))
    assert len(list_runs(engine)) == 1


def test_later_fits_read_days_past_due_as_the_run_of_that_date_kept_it(engine: Engine) -> None:
    history = build_history(engine, 60)
    run_scoring(engine, AS_OF)
    with engine.begin() as conn:  # the lender's next file: everything is current now
        conn.execute(update(Account).values(days_past_due=0))
    with engine.connect() as conn:
        then = extract_features(conn, AS_OF + timedelta(days=2))
        now = extract_features(conn, branch_today(engine))
        long_after = extract_features(conn, AS_OF + timedelta(days=20))
    kept = dict(zip(then.account_ids.tolist(), then.column("days_past_due").tolist()))
    assert kept == {a: history.dpd[a] + 2 for a in history.account_ids}  # aged two days since the run
    assert set(now.column("days_past_due")) == {0}
    assert set(long_after.column("days_past_due")) == {0}  # no run within a week before: today's value

"""Payment probability: a logistic regression fitted on the branch's own history, or the prior by bucket.

Why logistic regression (with standardised features) rather than gradient boosting: branch
histories are small (hundreds to a few thousand labelled accounts), where it overfits least;
its probabilities come out close to calibrated without a separate calibration step; and each
account's explanation is exact: the log-odds are the intercept plus coefficient × standardised
value summed over features, so coefficient × standardised value is each feature's share in
pushing this account above or below the average account (the factors, largest first).

Quality is measured on held-out data: the labelled accounts are split (stratified, 25% held
out), a model fitted on the rest gives the AUC and the calibration curve on the held-out part,
then the model used for scoring is refitted on all labelled accounts.

Too little history (fewer than min_labelled labelled accounts, or fewer than min_per_class
payers or non-payers, one class only included) falls back to the prior by days-past-due bucket
(buckets.py), blended with the bucket rates the history does have.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date

from typing import TYPE_CHECKING

import numpy as np
from sqlalchemy import Engine

from .buckets import DEFAULT_BUCKETS, BucketRate, DpdBucket, bucket_index, bucket_rates, check_buckets
from .features import FEATURES, Features, extract_features, held_at, paid_within

if TYPE_CHECKING:  # sklearn loads when a model is fitted: its import costs seconds at every start otherwise
    from sklearn.pipeline import Pipeline

MIN_LABELLED = 200
MIN_PER_CLASS = 20
HELD_OUT = 0.25
CALIBRATION_BINS = 10


@dataclass(frozen=True, slots=True)
class Calibration:
    """The reliability curve on held-out accounts: per bin, mean predicted and observed payment rate."""

    predicted: list[float]
    observed: list[float]
    brier: float


@dataclass(frozen=True, slots=True)
class Factor:
    """One feature's push on an account's log-odds (positive: more likely to pay)."""

    feature: str
    value: float
    contribution: float


@dataclass(frozen=True, slots=True)
class AccountScore:
    """An account's payment probability within the horizon, its bucket and its top factors."""

    account_id: int
    probability: float
    bucket: str
    factors: list[Factor]


@dataclass(frozen=True)
class ScoringModel:
    """A fitted model ("logistic") or the fallback ("prior"), with how it was made and how good it is."""

    kind: str
    as_of: date
    horizon_days: int
    labelled: int
    payers: int
    reason: str
    buckets: tuple[DpdBucket, ...]
    bucket_rates: list[BucketRate]
    features: tuple[str, ...] = FEATURES
    auc: float | None = None
    calibration: Calibration | None = None
    coefficients: dict[str, float] = field(default_factory=dict)  # per standardised feature
    pipeline: Pipeline | None = field(default=None, repr=False)


def _pipeline(seed: int) -> Pipeline:
    from sklearn.linear_model import LogisticRegression  # noqa: PLC0415 - see the TYPE_CHECKING import
    from sklearn.pipeline import make_pipeline  # noqa: PLC0415
    from sklearn.preprocessing import StandardScaler  # noqa: PLC0415

    return make_pipeline(StandardScaler(), LogisticRegression(C=1.0, max_iter=2000, random_state=seed))


def _fallback_reason(labelled: int, payers: int, min_labelled: int, min_per_class: int) -> str | None:
    if labelled < min_labelled:
        return f"{labelled} labelled accounts, fewer than {min_labelled}"
    if min(payers, labelled - payers) < min_per_class:
        return f"{payers} payers and {labelled - payers} non-payers: fewer than {min_per_class} of one class"
    return None


def fit_model(engine: Engine, as_of: date, *, horizon_days: int = 30, buckets: Sequence[DpdBucket] = DEFAULT_BUCKETS,
              min_labelled: int = MIN_LABELLED, min_per_class: int = MIN_PER_CLASS, seed: int = 0) -> ScoringModel:
    """Fit on the accounts held at as_of: features as of as_of, label = a payment in the next horizon_days.

    as_of must be at least horizon_days in the past for the labels to be complete (to fit with
    today's data, pass today − horizon_days).
    """
    buckets = tuple(buckets)
    check_buckets(buckets)
    with engine.connect() as conn:
        population = held_at(conn, as_of)
        features = extract_features(conn, as_of, population)
        y = paid_within(conn, features.account_ids, as_of, horizon_days)
    x, labelled, payers = features.matrix, len(y), int(y.sum())
    rates = bucket_rates(features.column("days_past_due"), y, buckets)
    common = dict(as_of=as_of, horizon_days=horizon_days, labelled=labelled, payers=payers, buckets=buckets,
                  bucket_rates=rates)
    if reason := _fallback_reason(labelled, payers, min_labelled, min_per_class):
        return ScoringModel(kind="prior", reason=f"prior by days-past-due bucket: {reason}", **common)
    from sklearn.calibration import calibration_curve  # noqa: PLC0415 - see the TYPE_CHECKING import
    from sklearn.metrics import brier_score_loss, roc_auc_score  # noqa: PLC0415
    from sklearn.model_selection import train_test_split  # noqa: PLC0415

    x_fit, x_held, y_fit, y_held = train_test_split(x, y, test_size=HELD_OUT, stratify=y, random_state=seed)
    held_out = _pipeline(seed).fit(x_fit, y_fit).predict_proba(x_held)[:, 1]
    observed, predicted = calibration_curve(y_held, held_out, n_bins=CALIBRATION_BINS, strategy="quantile")
    pipeline = _pipeline(seed).fit(x, y)
    coefficients = pipeline[-1].coef_[0]
    return ScoringModel(
        kind="logistic", reason=f"logistic regression on {labelled} labelled accounts ({payers} payers)",
        auc=float(roc_auc_score(y_held, held_out)),
        calibration=Calibration([float(p) for p in predicted], [float(o) for o in observed],
                                float(brier_score_loss(y_held, held_out))),
        coefficients={name: float(c) for name, c in zip(features.names, coefficients)}, pipeline=pipeline, **common,
    )


def _logit(p: np.ndarray) -> np.ndarray:
    p = np.clip(p, 1e-6, 1 - 1e-6)
    return np.log(p / (1 - p))


def score_accounts(engine: Engine, model: ScoringModel, as_of: date, *, account_ids: Iterable[int] | None = None,
                   top: int = 3) -> list[AccountScore]:
    """Score every account (or account_ids) with features as of as_of; factors largest push first."""
    with engine.connect() as conn:
        features = extract_features(conn, as_of, account_ids)
    return score_features(model, features, top=top)


def score_features(model: ScoringModel, features: Features, *, top: int = 3) -> list[AccountScore]:
    """Score accounts whose features were already read (same order as features.account_ids)."""
    dpd = features.column("days_past_due")
    index = bucket_index(dpd, model.buckets)
    labels = [b.label for b in model.buckets]
    if model.kind == "logistic":
        scaler, logistic = model.pipeline[0], model.pipeline[-1]
        probability = model.pipeline.predict_proba(features.matrix)[:, 1]
        contributions = scaler.transform(features.matrix) * logistic.coef_[0]
    else:  # one factor: the bucket's log-odds minus the mean log-odds of all buckets
        bucket_logits = _logit(np.array([r.probability for r in model.bucket_rates]))
        probability = 1 / (1 + np.exp(-bucket_logits[index]))
        contributions = (bucket_logits[index] - bucket_logits.mean())[:, None]
    names = features.names if model.kind == "logistic" else ("days_past_due",)
    columns = [features.names.index(name) for name in names]
    order = np.argsort(-np.abs(contributions), axis=1, kind="stable")[:, :top]
    return [
        AccountScore(int(account_id), float(probability[n]), labels[index[n]],
                     [Factor(names[j], float(features.matrix[n, columns[j]]), float(contributions[n, j]))
                      for j in order[n]])
        for n, account_id in enumerate(features.account_ids)
    ]

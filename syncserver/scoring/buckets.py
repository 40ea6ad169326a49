"""Days-past-due buckets, and the prior by bucket the scoring falls back on when history is too thin.

The default priors are the chance of some payment within 30 days commonly seen in consumer
collections at each stage of delinquency (early buckets pay often, charged-off debt rarely);
they are a starting assumption, editable per branch, not a measurement. With some history the
prior is blended with the branch's own rate in the bucket, as if the prior were PRIOR_WEIGHT
accounts already observed: p = (payers + w·prior) / (accounts + w).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

PRIOR_WEIGHT = 20.0


@dataclass(frozen=True, slots=True)
class DpdBucket:
    """Days past due low..high (high None: and more), with its prior payment probability."""

    label: str
    low: int
    high: int | None
    prior: float


DEFAULT_BUCKETS: tuple[DpdBucket, ...] = (
    DpdBucket("0-30", 0, 30, 0.50),
    DpdBucket("31-60", 31, 60, 0.35),
    DpdBucket("61-90", 61, 90, 0.25),
    DpdBucket("91-180", 91, 180, 0.12),
    DpdBucket(">180", 181, None, 0.05),
)


@dataclass(frozen=True, slots=True)
class BucketRate:
    """A bucket's labelled accounts, payers among them, and the probability the fallback gives it."""

    label: str
    accounts: int
    payers: int
    probability: float


def check_buckets(buckets: Sequence[DpdBucket]) -> None:
    """Buckets must start at 0, follow each other without gaps, end open, and have priors in (0, 1)."""
    if not buckets:
        raise ValueError("at least one days-past-due bucket is needed")
    if buckets[0].low != 0:
        raise ValueError(f"the first bucket ({buckets[0].label}) must start at 0 days, not {buckets[0].low}")
    for before, after in zip(buckets, buckets[1:]):
        if before.high is None or after.low != before.high + 1:
            raise ValueError(f"bucket {after.label} must start the day after {before.label} ends")
    if buckets[-1].high is not None:
        raise ValueError(f"the last bucket ({buckets[-1].label}) must be open-ended (no upper limit)")
    for bucket in buckets:
        if bucket.high is not None and bucket.high < bucket.low:
            raise ValueError(f"bucket {bucket.label} ends before it starts")
        if not 0 < bucket.prior < 1:
            raise ValueError(f"bucket {bucket.label}: the prior must be a probability between 0 and 1")


def bucket_index(days_past_due: np.ndarray, buckets: Sequence[DpdBucket]) -> np.ndarray:
    """The bucket of each days-past-due value (negative values count as 0)."""
    highs = np.array([b.high for b in buckets[:-1]], dtype=float)
    return np.searchsorted(highs, np.maximum(np.asarray(days_past_due, float), 0), side="left")


def bucket_rates(days_past_due: np.ndarray, labels: np.ndarray | None, buckets: Sequence[DpdBucket],
                 weight: float = PRIOR_WEIGHT) -> list[BucketRate]:
    """Each bucket's observed payers (labels may be None: no history) blended with its prior."""
    index = bucket_index(days_past_due, buckets) if labels is not None else np.zeros(0, int)
    labels = np.zeros(0, int) if labels is None else np.asarray(labels)
    rates = []
    for b, bucket in enumerate(buckets):
        members = index == b
        n, payers = int(members.sum()), int(labels[members].sum())
        rates.append(BucketRate(bucket.label, n, payers, (payers + weight * bucket.prior) / (n + weight)))
    return rates

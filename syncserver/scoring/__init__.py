"""Payment-probability scoring, cost to collect and the strategy matrix of issue E (docs/portfolio.md)."""

from .buckets import DEFAULT_BUCKETS, BucketRate, DpdBucket
from .features import FEATURES, Features, extract_features
from .model import AccountScore, Calibration, Factor, ScoringModel, fit_model, score_accounts

__all__ = [
    "DEFAULT_BUCKETS", "FEATURES", "AccountScore", "BucketRate", "Calibration", "DpdBucket", "Factor", "Features",
    "ScoringModel", "extract_features", "fit_model", "score_accounts",
]

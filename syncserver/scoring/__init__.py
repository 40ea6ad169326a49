"""Payment-probability scoring, cost to collect and the strategy matrix of issue E (docs/portfolio.md)."""

from .buckets import DEFAULT_BUCKETS, BucketRate, DpdBucket
from .features import FEATURES, Features, extract_features
from .model import AccountScore, Calibration, Factor, ScoringModel, fit_model, score_accounts
from .strategy import (
    ACTIONS,
    QUADRANTS,
    ROUTE_TIER,
    Cell,
    CollectionCost,
    StrategyRules,
    cost_to_collect,
    costs_from_features,
    expected_attempts,
    recommended_actions,
    strategy_matrix,
)

__all__ = [
    "ACTIONS", "DEFAULT_BUCKETS", "FEATURES", "QUADRANTS", "ROUTE_TIER", "AccountScore", "BucketRate", "Calibration",
    "Cell", "CollectionCost", "DpdBucket", "Factor", "Features", "ScoringModel", "StrategyRules", "cost_to_collect",
    "costs_from_features", "expected_attempts", "extract_features", "fit_model", "recommended_actions",
    "score_accounts", "strategy_matrix",
]

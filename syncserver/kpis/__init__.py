"""Collection KPIs of issue D: definitions in docs/kpis.md, computed in SQL over summaries kept with the data."""

from .report import BY, RATES, KpiGroup, KpiReport, compute_kpis, rate
from .summaries import (
    accounts_changed,
    ensure_summaries,
    rebuild_summaries,
    visits_stored,
)

__all__ = [
    "BY", "RATES", "KpiGroup", "KpiReport", "accounts_changed", "compute_kpis", "ensure_summaries", "rate",
    "rebuild_summaries", "visits_stored",
]

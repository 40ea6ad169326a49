"""Payment agreements (convenios): terms, schedule, terms text, matching against payments, statuses, alerts.

Rules in docs/agreements.md. terms, schedule, template and matching are plain Python (the desktop
previews a schedule with them as the user types); store, queries and alerts read and write the database.
"""

from .alerts import AgreementAlerts, BrokenAgreement, OverdueInstalment, agreement_alerts
from .cancel import Cancellation, cancel_agreement
from .matching import STATUSES, AgreementState, BreakRule, PenaltyRule, RowState, match_payments
from .queries import AgreementDetail, AgreementSource, AgreementSummary, get_agreement, list_agreements, read_source
from .schedule import Schedule, ScheduledRow, build_schedule
from .settings import AgreementSettingsInfo, read_agreement_settings, save_agreement_settings
from .store import create_agreement, recompute_agreements, recompute_all
from .terms import FREQUENCIES, PENALTY_KINDS, AgreementError, AgreementTerms, check_terms, parse_amount

__all__ = [
    "FREQUENCIES", "PENALTY_KINDS", "STATUSES", "AgreementAlerts", "AgreementDetail", "AgreementError",
    "AgreementSettingsInfo", "AgreementSource", "AgreementState", "AgreementSummary", "AgreementTerms", "BreakRule",
    "BrokenAgreement", "Cancellation", "OverdueInstalment", "PenaltyRule", "RowState", "Schedule", "ScheduledRow",
    "agreement_alerts", "build_schedule", "cancel_agreement",
    "check_terms", "create_agreement", "get_agreement", "list_agreements", "match_payments", "parse_amount",
    "read_agreement_settings", "read_source", "recompute_agreements", "recompute_all", "save_agreement_settings",
]

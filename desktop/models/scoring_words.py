"""What the scoring's names read as on screen: actions, quadrants, features, factors and the model's method."""

from __future__ import annotations

import math
from decimal import ROUND_HALF_UP, Decimal

from PySide6.QtCore import QCoreApplication

from syncserver.scoring.model import Factor
from syncserver.scoring.run_queries import RunInfo

from .kpi_format import group_number


def action_names() -> dict[str, str]:
    """Each recommended action in the interface language."""
    return {
        "field_visit": QCoreApplication.translate("ScoringWords", "Visita en campo primero"),
        "reminder": QCoreApplication.translate("ScoringWords", "Solo recordatorio"),
        "payment_agreement": QCoreApplication.translate("ScoringWords", "Ofrecer acuerdo de pago"),
        "escalate": QCoreApplication.translate("ScoringWords", "Escalar"),
    }


def action_hints() -> dict[str, str]:
    """Why each action suits its quadrant, one line."""
    return {
        "field_visit": QCoreApplication.translate("ScoringWords", "Vale la pena la visita y es probable que pague"),
        "reminder": QCoreApplication.translate("ScoringWords", "Probablemente paga igual: no gastar tiempo de campo"),
        "payment_agreement": QCoreApplication.translate("ScoringWords", "La visita es barata: intentar convertirlo"),
        "escalate": QCoreApplication.translate("ScoringWords", "Jurídico, agencia externa o revisión de castigo"),
    }


def feature_names() -> dict[str, str]:
    """Each model feature's name, as a supervisor says it."""
    return {
        "days_past_due": QCoreApplication.translate("ScoringWords", "Días de mora"),
        "log_balance": QCoreApplication.translate("ScoringWords", "Saldo"),
        "attempts": QCoreApplication.translate("ScoringWords", "Visitas"),
        "contacts": QCoreApplication.translate("ScoringWords", "Contactos"),
        "rpc": QCoreApplication.translate("ScoringWords", "Contactos con el titular"),
        "promises_kept": QCoreApplication.translate("ScoringWords", "Promesas cumplidas"),
        "promises_broken": QCoreApplication.translate("ScoringWords", "Promesas incumplidas"),
        "promises_open": QCoreApplication.translate("ScoringWords", "Promesas vigentes"),
        "payments_90d": QCoreApplication.translate("ScoringWords", "Pagos en 90 días"),
        "log_paid_90d": QCoreApplication.translate("ScoringWords", "Pagado en 90 días"),
        "days_since_contact": QCoreApplication.translate("ScoringWords", "Días desde el último contacto"),
        "days_since_payment": QCoreApplication.translate("ScoringWords", "Días desde el último pago"),
        "contacts_morning": QCoreApplication.translate("ScoringWords", "Contactos por la mañana"),
        "contacts_afternoon": QCoreApplication.translate("ScoringWords", "Contactos por la tarde"),
        "contacts_evening": QCoreApplication.translate("ScoringWords", "Contactos por la noche"),
    }


def feature_value(feature: str, value: float) -> str:
    """A feature's value as the office knows it: pesos for the log amounts, % for the hour shares."""
    if feature in ("log_balance", "log_paid_90d"):
        pesos = Decimal(math.expm1(value)).quantize(Decimal(1), ROUND_HALF_UP)
        return f"$ {group_number(pesos)}"
    if feature.startswith("contacts_"):
        return f"{group_number(value * 100)} %"
    if feature in ("days_since_contact", "days_since_payment") and value >= 365:
        return QCoreApplication.translate("ScoringWords", "nunca o más de un año")
    return group_number(value)


def factor_text(factor: Factor) -> str:
    """One factor in words: "Días de mora 341 (baja)"."""
    name = feature_names().get(factor.feature, factor.feature)
    if factor.contribution > 0:
        effect = QCoreApplication.translate("ScoringWords", "sube")
    else:
        effect = QCoreApplication.translate("ScoringWords", "baja")
    return f"{name} {feature_value(factor.feature, factor.value)} ({effect})"


def factors_text(factors) -> str:
    """An account's top factors in words, largest push first."""
    return "; ".join(factor_text(f) for f in factors)


def percent(value: float | None, decimals: int = 1) -> str:
    """0.353 -> "35,3 %"; None -> "—"."""
    return "—" if value is None else f"{group_number(value * 100, decimals)} %"


def pesos(amount: Decimal) -> str:
    """Whole pesos: "$ 1.234.568"."""
    return f"$ {group_number(Decimal(amount).quantize(Decimal(1), ROUND_HALF_UP))}"


def method_text(run: RunInfo) -> str:
    """How the run's probabilities were made and, for the prior, why no model was fitted."""
    summary = run.summary
    labelled, payers = summary["labelled"], summary["payers"]
    if run.method == "model":
        return QCoreApplication.translate(
            "ScoringWords", "Modelo: regresión logística aprendida del historial de la sucursal: %d cuentas con 30 "
            "días de resultado, de las que %d pagaron.") % (labelled, payers)
    if labelled < summary["min_labelled"]:
        why = QCoreApplication.translate(
            "ScoringWords", "solo %d cuentas tienen 30 días de historial y el modelo necesita al menos %d") % (
            labelled, summary["min_labelled"])
    else:
        why = QCoreApplication.translate(
            "ScoringWords", "pagaron %d cuentas y no pagaron %d; el modelo necesita al menos %d de cada grupo") % (
            payers, labelled - payers, summary["min_per_class"])
    return QCoreApplication.translate(
        "ScoringWords", "Probabilidad a priori por tramo de mora, no un modelo, porque %s. Cada tramo parte de un "
        "valor típico de cobranza ajustado con lo observado en la sucursal.") % why


def quality_text(run: RunInfo) -> str:
    """AUC and Brier on held-out accounts, explained."""
    if run.method != "model":
        return QCoreApplication.translate("ScoringWords", "Sin medición en cuentas reservadas (no hay modelo).")
    auc = group_number(run.auc, 2)
    brier = group_number(run.brier, 3)
    return QCoreApplication.translate(
        "ScoringWords", "AUC en %d cuentas reservadas: %s (0,5 = azar, 1 = perfecto). Brier: %s (menos es mejor). "
        "Entrenado con %d cuentas.") % (run.n_holdout, auc, brier, run.n_train)

"""Words for promise and agreement codes (statuses, frequencies, penalties) and for the terms' rule codes."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from syncserver.agreements import AgreementError


def promise_status_labels() -> dict[str, str]:
    """Each promise status and its word."""
    return {"pending": QCoreApplication.translate("AgreementLabels", "Pendiente"), "kept": QCoreApplication.translate("AgreementLabels", "Cumplida"), "partial": QCoreApplication.translate("AgreementLabels", "Cumplida en parte"),
            "broken": QCoreApplication.translate("AgreementLabels", "Incumplida")}


def agreement_status_labels() -> dict[str, str]:
    """Each agreement status and its word."""
    return {"current": QCoreApplication.translate("AgreementLabels", "Al día"), "late": QCoreApplication.translate("AgreementLabels", "Atrasado"), "broken": QCoreApplication.translate("AgreementLabels", "Roto"), "completed": QCoreApplication.translate("AgreementLabels", "Pagado"),
            "cancelled": QCoreApplication.translate("AgreementLabels", "Anulado")}


def frequency_labels() -> dict[str, str]:
    """Each frequency and its word."""
    return {"weekly": QCoreApplication.translate("AgreementLabels", "Semanal"), "fortnightly": QCoreApplication.translate("AgreementLabels", "Quincenal (cada 14 días)"),
            "monthly": QCoreApplication.translate("AgreementLabels", "Mensual (mismo día de cada mes)")}


def penalty_labels() -> dict[str, str]:
    """Each penalty kind and its word."""
    return {"none": QCoreApplication.translate("AgreementLabels", "Sin penalidad"), "fixed": QCoreApplication.translate("AgreementLabels", "Monto fijo por cuota"), "percent": QCoreApplication.translate("AgreementLabels", "Porcentaje de la cuota")}


def field_labels() -> dict[str, str]:
    """The terms' fields as the dialog names them."""
    return {"total": QCoreApplication.translate("AgreementLabels", "Monto total"), "down_payment": QCoreApplication.translate("AgreementLabels", "Cuota inicial"), "instalments": QCoreApplication.translate("AgreementLabels", "Número de cuotas"),
            "frequency": QCoreApplication.translate("AgreementLabels", "Frecuencia"), "start_date": QCoreApplication.translate("AgreementLabels", "Fecha de inicio"), "interest_pct": QCoreApplication.translate("AgreementLabels", "Interés"),
            "discount_pct": QCoreApplication.translate("AgreementLabels", "Descuento"), "penalty_kind": QCoreApplication.translate("AgreementLabels", "Penalidad"), "penalty_value": QCoreApplication.translate("AgreementLabels", "Valor de la penalidad"),
            "grace_days": QCoreApplication.translate("AgreementLabels", "Días de gracia"), "account": QCoreApplication.translate("AgreementLabels", "Cuenta"), "visit_id": QCoreApplication.translate("AgreementLabels", "Visita"),
            "terms_template": QCoreApplication.translate("AgreementLabels", "Plantilla del texto"), "broken_after_missed": QCoreApplication.translate("AgreementLabels", "Cuotas incumplidas"),
            "broken_after_days": QCoreApplication.translate("AgreementLabels", "Días de atraso"), "company_name": QCoreApplication.translate("AgreementLabels", "Empresa"), "company_id": QCoreApplication.translate("AgreementLabels", "NIT / RUC"),
            "company_address": QCoreApplication.translate("AgreementLabels", "Dirección"), "company_phone": QCoreApplication.translate("AgreementLabels", "Teléfono"),
            "reason": QCoreApplication.translate("AgreementLabels", "Motivo"),
            "agreement": QCoreApplication.translate("AgreementLabels", "Convenio")}


def error_text(error: AgreementError) -> str:
    """A rule broken, in words: which field and what to do."""
    rules = {
        "empty": QCoreApplication.translate("AgreementLabels", "está vacío"),
        "not_a_number": QCoreApplication.translate("AgreementLabels", "no es un número (escriba, por ejemplo, 1.250.000,50)"),
        "negative": QCoreApplication.translate("AgreementLabels", "no puede ser negativo"),
        "too_many_decimals": QCoreApplication.translate("AgreementLabels", "admite a lo sumo 2 decimales"),
        "too_large": QCoreApplication.translate("AgreementLabels", "es demasiado grande"),
        "not_positive": QCoreApplication.translate("AgreementLabels", "debe ser mayor que 0"),
        "not_below_total": QCoreApplication.translate("AgreementLabels", "debe ser menor que el monto total"),
        "out_of_range": QCoreApplication.translate("AgreementLabels", "está fuera del rango permitido"),
        "unknown": QCoreApplication.translate("AgreementLabels", "no es una opción válida"),
        "over_100": QCoreApplication.translate("AgreementLabels", "no puede superar el 100 %"),
        "not_below_100": QCoreApplication.translate("AgreementLabels", "debe ser menor que el 100 %"),
        "with_interest": QCoreApplication.translate("AgreementLabels", "no se puede combinar con interés: elija uno de los dos"),
        "before_signing": QCoreApplication.translate("AgreementLabels", "no puede ser anterior a hoy"),
        "below_a_cent": QCoreApplication.translate("AgreementLabels", "es demasiado alto: cada cuota quedaría en menos de un centavo"),
        "other_account": QCoreApplication.translate("AgreementLabels", "no es de esta cuenta"),
        "in_force": QCoreApplication.translate("AgreementLabels", "ya tiene un convenio vigente (al día o atrasado)"),
        "too_long": QCoreApplication.translate("AgreementLabels", "es demasiado largo"),
        "already_cancelled": QCoreApplication.translate("AgreementLabels", "ya está anulado"),
        "completed": QCoreApplication.translate("AgreementLabels", "ya está pagado: no se anula"),
        "unknown_placeholder": QCoreApplication.translate("AgreementLabels", "tiene campos desconocidos"),
    }
    field = field_labels().get(error.field, error.field)
    rule = rules.get(error.code)
    if rule is None:
        return f"{field}: {error}"
    if error.code == "unknown_placeholder":
        return f"{field}: {rule}: {str(error).split(': ', 1)[-1]}"
    return f"{field}: {rule}."

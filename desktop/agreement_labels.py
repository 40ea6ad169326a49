"""Words for promise and agreement codes (statuses, frequencies, penalties) and for the terms' rule codes."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from syncserver.agreements import AgreementError


def _t(text: str) -> str:
    return QCoreApplication.translate("AgreementLabels", text)


def promise_status_labels() -> dict[str, str]:
    """Each promise status and its word."""
    return {"pending": _t("Pendiente"), "kept": _t("Cumplida"), "partial": _t("Cumplida en parte"),
            "broken": _t("Incumplida")}


def agreement_status_labels() -> dict[str, str]:
    """Each agreement status and its word."""
    return {"current": _t("Al día"), "late": _t("Atrasado"), "broken": _t("Roto"), "completed": _t("Pagado")}


def frequency_labels() -> dict[str, str]:
    """Each frequency and its word."""
    return {"weekly": _t("Semanal"), "fortnightly": _t("Quincenal (cada 14 días)"),
            "monthly": _t("Mensual (mismo día de cada mes)")}


def penalty_labels() -> dict[str, str]:
    """Each penalty kind and its word."""
    return {"none": _t("Sin penalidad"), "fixed": _t("Monto fijo por cuota"), "percent": _t("Porcentaje de la cuota")}


def field_labels() -> dict[str, str]:
    """The terms' fields as the dialog names them."""
    return {"total": _t("Monto total"), "down_payment": _t("Cuota inicial"), "instalments": _t("Número de cuotas"),
            "frequency": _t("Frecuencia"), "start_date": _t("Fecha de inicio"), "interest_pct": _t("Interés"),
            "discount_pct": _t("Descuento"), "penalty_kind": _t("Penalidad"), "penalty_value": _t("Valor de la penalidad"),
            "grace_days": _t("Días de gracia"), "account": _t("Cuenta"), "visit_id": _t("Visita"),
            "terms_template": _t("Plantilla del texto"), "broken_after_missed": _t("Cuotas incumplidas"),
            "broken_after_days": _t("Días de atraso"), "company_name": _t("Empresa"), "company_id": _t("NIT / RUC"),
            "company_address": _t("Dirección"), "company_phone": _t("Teléfono")}


def error_text(error: AgreementError) -> str:
    """A rule broken, in words: which field and what to do."""
    rules = {
        "empty": _t("está vacío"),
        "not_a_number": _t("no es un número (escriba, por ejemplo, 1.250.000,50)"),
        "negative": _t("no puede ser negativo"),
        "too_many_decimals": _t("admite a lo sumo 2 decimales"),
        "too_large": _t("es demasiado grande"),
        "not_positive": _t("debe ser mayor que 0"),
        "not_below_total": _t("debe ser menor que el monto total"),
        "out_of_range": _t("está fuera del rango permitido"),
        "unknown": _t("no es una opción válida"),
        "over_100": _t("no puede superar el 100 %"),
        "not_below_100": _t("debe ser menor que el 100 %"),
        "with_interest": _t("no se puede combinar con interés: elija uno de los dos"),
        "before_signing": _t("no puede ser anterior a hoy"),
        "below_a_cent": _t("es demasiado alto: cada cuota quedaría en menos de un centavo"),
        "other_account": _t("no es de esta cuenta"),
        "in_force": _t("ya tiene un convenio vigente (al día o atrasado)"),
        "too_long": _t("es demasiado largo"),
        "unknown_placeholder": _t("tiene campos desconocidos"),
    }
    field = field_labels().get(error.field, error.field)
    rule = rules.get(error.code)
    if rule is None:
        return f"{field}: {error}"
    if error.code == "unknown_placeholder":
        return f"{field}: {rule}: {str(error).split(': ', 1)[-1]}"
    return f"{field}: {rule}."

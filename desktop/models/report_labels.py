"""How a custom report reads on screen: names of dimensions, measures and presets, keys, values, and its errors."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QCoreApplication

from syncserver.kpis.pivot_result import TOTAL
from syncserver.kpis.report_catalog import MEASURES, ReportError

from ..visit_labels import outcome_label, verdict_label
from .kpi_format import NONE_TEXT, group_number, kpi_labels


def dimension_labels() -> dict[str, str]:
    """Each dimension's name, in the builder's order."""
    return {
        "agent": QCoreApplication.translate("ReportLabels", "Gestor"),
        "segment": QCoreApplication.translate("ReportLabels", "Segmento"),
        "day": QCoreApplication.translate("ReportLabels", "Día"),
        "week": QCoreApplication.translate("ReportLabels", "Semana"),
        "month": QCoreApplication.translate("ReportLabels", "Mes"),
        "hour": QCoreApplication.translate("ReportLabels", "Hora (local)"),
        "weekday": QCoreApplication.translate("ReportLabels", "Día de la semana (local)"),
        "outcome": QCoreApplication.translate("ReportLabels", "Resultado"),
        "verdict": QCoreApplication.translate("ReportLabels", "Geocerca"),
    }


def measure_labels() -> dict[str, str]:
    """Each measure's name: the dashboard's for the KPIs, and the flag and geofence counts."""
    return {**kpi_labels(), **{
        "flagged_visits": QCoreApplication.translate("ReportLabels", "Visitas con alertas"),
        "outside_visits": QCoreApplication.translate("ReportLabels", "Visitas fuera de la geocerca"),
        "inside_visits": QCoreApplication.translate("ReportLabels", "Visitas dentro de la geocerca"),
        "compliance": QCoreApplication.translate("ReportLabels", "Cumplimiento de geocerca"),
    }}


MEASURE_ORDER = ("attempts", "contacts", "rpc", "promises", "accounts_attempted", "accounts_contacted",
                 "hits", "rpc_rate", "ptp_rate", "intensity", "promised_amount", "promises_matured", "promises_kept",
                 "kept_rate", "assigned_accounts", "penetration", "collected_amount", "flagged_visits",
                 "outside_visits", "inside_visits", "compliance")
assert set(MEASURE_ORDER) == set(MEASURES)


def preset_labels() -> dict[str, str]:
    """Each period preset's name."""
    return {
        "today": QCoreApplication.translate("ReportLabels", "Hoy"),
        "week": QCoreApplication.translate("ReportLabels", "Esta semana"),
        "month": QCoreApplication.translate("ReportLabels", "Este mes"),
        "last_month": QCoreApplication.translate("ReportLabels", "Mes pasado"),
        "last30": QCoreApplication.translate("ReportLabels", "Últimos 30 días"),
        "year": QCoreApplication.translate("ReportLabels", "Este año"),
        "custom": QCoreApplication.translate("ReportLabels", "Personalizado"),
    }


def weekday_names() -> list[str]:
    """Monday first."""
    return [
        QCoreApplication.translate("ReportLabels", "Lunes"),
        QCoreApplication.translate("ReportLabels", "Martes"),
        QCoreApplication.translate("ReportLabels", "Miércoles"),
        QCoreApplication.translate("ReportLabels", "Jueves"),
        QCoreApplication.translate("ReportLabels", "Viernes"),
        QCoreApplication.translate("ReportLabels", "Sábado"),
        QCoreApplication.translate("ReportLabels", "Domingo"),
    ]


def month_names() -> list[str]:
    """January first, abbreviated."""
    return [
        QCoreApplication.translate("ReportLabels", "ene"),
        QCoreApplication.translate("ReportLabels", "feb"),
        QCoreApplication.translate("ReportLabels", "mar"),
        QCoreApplication.translate("ReportLabels", "abr"),
        QCoreApplication.translate("ReportLabels", "may"),
        QCoreApplication.translate("ReportLabels", "jun"),
        QCoreApplication.translate("ReportLabels", "jul"),
        QCoreApplication.translate("ReportLabels", "ago"),
        QCoreApplication.translate("ReportLabels", "sep"),
        QCoreApplication.translate("ReportLabels", "oct"),
        QCoreApplication.translate("ReportLabels", "nov"),
        QCoreApplication.translate("ReportLabels", "dic"),
    ]


def key_text(dimension: str, key: Any, agent_names: dict[str, str] | None = None, short: bool = False) -> str:
    """A row or column key as shown: "Ana (A1)", "Sin segmento", "lunes", "09h", "mar 2026", "Total"; short for
    a chart's axis ("02/03" for a day or a week)."""
    if key is TOTAL:
        return QCoreApplication.translate("ReportLabels", "Total")
    if dimension == "agent":
        name = (agent_names or {}).get(key)
        return f"{name} ({key})" if name and name != key else str(key)
    if dimension == "segment":
        return QCoreApplication.translate("ReportLabels", "Sin segmento") if key is None else str(key)
    if dimension in ("day", "week") and isinstance(key, date) and short:
        return key.strftime("%d/%m")
    if dimension == "day" and isinstance(key, date):
        return key.strftime("%d/%m/%Y")
    if dimension == "week" and isinstance(key, date):
        return QCoreApplication.translate("ReportLabels", "Semana del %s") % key.strftime("%d/%m/%Y")
    if dimension == "month" and isinstance(key, date):
        return f"{month_names()[key.month - 1]} {key.year}"
    if dimension == "hour":
        return f"{key:02d}h"
    if dimension == "weekday":
        return weekday_names()[key][:3] if short else weekday_names()[key]
    if dimension == "outcome":
        return outcome_label(key)
    if dimension == "verdict":
        return verdict_label(key)
    return str(key)


def format_cell(kind: str, value: Any) -> str:
    """A value: 42,5 % for a rate, 1,80 for a number (intensity), $ 1.234,50 for money, 1.204 for a count, "—" for null."""
    if value is None:
        return NONE_TEXT
    if kind == "rate":
        return f"{group_number(value * 100, 1)} %"
    if kind == "number":
        return group_number(value, 2)
    if kind == "money":
        return f"$ {group_number(Decimal(value), 2)}"
    return group_number(value, 0)


def unsupported_text(measure: str, dimension: str | None = None, filter_name: str | None = None) -> str:
    """Why a measure cannot be shown by a dimension or with a filter."""
    label = measure_labels()[measure]
    if filter_name is not None:
        by = {"outcomes": QCoreApplication.translate("ReportLabels", "resultado"),
              "verdicts": QCoreApplication.translate("ReportLabels", "geocerca")}[filter_name]
        return QCoreApplication.translate(
            "ReportLabels", "%s usa cuentas asignadas o pagos, que no tienen %s: quite ese filtro") % (label, by)
    name = dimension_labels()[dimension].lower()
    if "assigned_accounts" in MEASURES[measure].bases:
        return QCoreApplication.translate(
            "ReportLabels", "%s no se define por %s: las cuentas se asignan por días, sin hora, día de la semana, "
            "resultado ni geocerca") % (label, name)
    return QCoreApplication.translate(
        "ReportLabels", "%s no se define por %s: los pagos tienen fecha, pero no hora, resultado ni geocerca") % (
        label, name)


def error_text(error: Exception) -> str:
    """A report error as a sentence the supervisor can act on."""
    if not isinstance(error, ReportError):
        return QCoreApplication.translate("ReportLabels", "No se pudo leer el informe: %s") % (
            str(error) or type(error).__name__)
    code = error.code
    if code == "measure_dimension":
        return unsupported_text(error.subject, dimension=error.detail)
    if code == "measure_filter":
        return unsupported_text(error.subject, filter_name=error.detail)
    texts = {
        "no_rows": QCoreApplication.translate(
            "ReportLabels", "Elija al menos una dimensión para las filas."),
        "no_measures": QCoreApplication.translate(
            "ReportLabels", "Elija al menos una medida."),
        "repeated_dimension": QCoreApplication.translate(
            "ReportLabels", "Cada dimensión puede usarse una sola vez (filas o columnas)."),
        "period_order": QCoreApplication.translate(
            "ReportLabels", "El periodo termina antes de empezar: revise las fechas."),
        "period_missing": QCoreApplication.translate(
            "ReportLabels", "Un periodo personalizado necesita las dos fechas."),
        "name_empty": QCoreApplication.translate(
            "ReportLabels", "Escriba un nombre para guardar el informe."),
        "name_too_long": QCoreApplication.translate(
            "ReportLabels", "El nombre es demasiado largo (máximo 200 caracteres)."),
        "report_not_found": QCoreApplication.translate(
            "ReportLabels", "Ese informe ya no existe (otro usuario lo eliminó)."),
        "newer_format": QCoreApplication.translate(
            "ReportLabels", "Ese informe se guardó con una versión más nueva de Campo."),
    }
    if code in texts:
        return texts[code]
    if code == "name_taken":
        return QCoreApplication.translate("ReportLabels", "Ya existe un informe llamado «%s».") % error.subject
    if code == "unknown_agent":
        return QCoreApplication.translate(
            "ReportLabels", "El gestor %s ya no existe: quítelo de los filtros.") % error.subject
    return QCoreApplication.translate("ReportLabels", "El informe no es válido: %s") % str(error)

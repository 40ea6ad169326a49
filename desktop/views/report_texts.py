"""The printed report's words: each KPI's definition, the funnel's stages, weekdays (translatable)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def kpi_definitions() -> dict[str, str]:
    """Each measure of docs/kpis.md in words, in the order the report lists them."""
    return {
        "penetration": QCoreApplication.translate(
            "ReportPdf", "Cuentas contactadas / cuentas asignadas: qué parte de la cartera asignada se logró contactar."),
        "intensity": QCoreApplication.translate(
            "ReportPdf", "Visitas / cuentas gestionadas: cuántas visitas recibió en promedio cada cuenta visitada."),
        "hits": QCoreApplication.translate(
            "ReportPdf", "Contactos / visitas: visitas en que se habló con el titular o con un tercero."),
        "rpc_rate": QCoreApplication.translate(
            "ReportPdf", "Contactos con el titular / contactos: cuántos contactos fueron con el titular de la deuda."),
        "ptp_rate": QCoreApplication.translate(
            "ReportPdf", "Promesas / contactos con el titular: cuántas conversaciones con el titular terminaron en "
                         "promesa de pago."),
        "kept_rate": QCoreApplication.translate(
            "ReportPdf", "Promesas cumplidas / promesas vencidas: una promesa vence en la fecha pactada más los días "
                         "de gracia y se cumple si los pagos de la cuenta desde la visita hasta entonces suman lo "
                         "prometido."),
        "promised_amount": QCoreApplication.translate(
            "ReportPdf", "Suma de los montos prometidos en las visitas del periodo."),
        "collected_amount": QCoreApplication.translate(
            "ReportPdf", "Suma de los pagos fechados en el periodo sobre las cuentas del grupo."),
        "assigned_accounts": QCoreApplication.translate(
            "ReportPdf", "Cuentas distintas asignadas al gestor (o a los gestores) en algún momento del periodo."),
        "accounts_attempted": QCoreApplication.translate(
            "ReportPdf", "Cuentas distintas visitadas en el periodo."),
        "accounts_contacted": QCoreApplication.translate(
            "ReportPdf", "Cuentas distintas con al menos un contacto en el periodo."),
        "attempts": QCoreApplication.translate(
            "ReportPdf", "Visitas iniciadas en el periodo (día local); una visita corregida cuenta solo por su "
                         "última corrección."),
        "contacts": QCoreApplication.translate(
            "ReportPdf", "Visitas con contacto con un tercero, contacto con el titular o promesa de pago."),
        "rpc": QCoreApplication.translate(
            "ReportPdf", "Visitas con contacto con el titular, promesas de pago incluidas."),
        "promises": QCoreApplication.translate("ReportPdf", "Visitas con promesa de pago."),
        "promises_matured": QCoreApplication.translate(
            "ReportPdf", "Promesas del periodo cuya fecha pactada más los días de gracia ya pasó."),
        "promises_kept": QCoreApplication.translate(
            "ReportPdf", "Promesas vencidas que los pagos de la cuenta cubrieron a tiempo."),
    }


def funnel_stages() -> list[str]:
    """Assigned → attempted → contacted → RPC → PTP → kept, as the funnel labels them."""
    return [QCoreApplication.translate("ReportPdf", "Asignadas"), QCoreApplication.translate("ReportPdf", "Gestionadas"),
            QCoreApplication.translate("ReportPdf", "Contactadas"),
            QCoreApplication.translate("ReportPdf", "Titular (RPC)"),
            QCoreApplication.translate("ReportPdf", "Promesas (PTP)"), QCoreApplication.translate("ReportPdf", "Cumplidas")]


def weekday_names() -> list[str]:
    """Monday first, abbreviated."""
    return [QCoreApplication.translate("ReportPdf", "Lun"), QCoreApplication.translate("ReportPdf", "Mar"),
            QCoreApplication.translate("ReportPdf", "Mié"), QCoreApplication.translate("ReportPdf", "Jue"),
            QCoreApplication.translate("ReportPdf", "Vie"), QCoreApplication.translate("ReportPdf", "Sáb"),
            QCoreApplication.translate("ReportPdf", "Dom")]

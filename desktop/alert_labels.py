"""Words for alerts in the interface: each kind's name, what an alert is about, and what it says."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from PySide6.QtCore import QCoreApplication

from syncserver.alerts import kinds as k
from syncserver.alerts.office import AlertInfo

from .models.accounts_model import format_money

translate = QCoreApplication.translate  # lupdate finds translate("Context", "literal") calls


def kind_labels() -> dict[str, str]:
    """Each kind of alert and its name, in syncserver.alerts.kinds.KINDS order."""
    labels = {
        k.SILENT_DEVICE: translate("AlertLabels", "Dispositivo sin señal"),
        k.LOW_BATTERY: translate("AlertLabels", "Batería baja"),
        k.OUTSIDE_GEOFENCE: translate("AlertLabels", "Visita fuera de la zona"),
        k.MOCK_LOCATION: translate("AlertLabels", "Ubicación simulada"),
        k.BROKEN_PROMISE: translate("AlertLabels", "Promesa incumplida"),
        k.OVERDUE_INSTALMENT: translate("AlertLabels", "Cuota vencida"),
        k.BROKEN_AGREEMENT: translate("AlertLabels", "Convenio incumplido"),
    }
    return {kind: labels.get(kind, kind) for kind in k.KINDS}


def _agent(alert: AlertInfo) -> str:
    return f"{alert.agent_name} ({alert.agent_code})" if alert.agent_code else translate("AlertLabels", "sin gestor")


def subject_text(alert: AlertInfo) -> str:
    """What the alert is about, in words: the device and its agent, the visit, the account or the agreement."""
    if alert.kind in k.DEVICE_KINDS:
        return translate("AlertLabels", "Dispositivo %s de %s") % (alert.device_id, _agent(alert))
    debtor = alert.debtor_name or alert.params.get("debtor_name") or ""
    if alert.kind in k.VISIT_KINDS:
        return translate("AlertLabels", "Visita de %s a %s") % (_agent(alert), debtor)
    if alert.agreement_id is not None:
        return translate("AlertLabels", "Convenio %s de %s") % (alert.agreement_id, debtor)
    return translate("AlertLabels", "Cuenta %s de %s") % (alert.external_ref or alert.account_id, debtor)


def _money(alert: AlertInfo, key: str) -> str:
    value = alert.params.get(key)
    return format_money(Decimal(value), alert.params.get("currency", "")).strip() if value else "?"


def _day(alert: AlertInfo, key: str) -> str:
    value = alert.params.get(key)
    return date.fromisoformat(value).strftime("%d/%m/%Y") if value else "?"


def detail_text(alert: AlertInfo) -> str:
    """The alert's own values in one sentence."""
    p = alert.params
    if alert.kind == k.SILENT_DEVICE:
        return translate("AlertLabels", "Sin comunicarse hace más de %s minutos") % p.get("minutes", "?")
    if alert.kind == k.LOW_BATTERY:
        return translate("AlertLabels", "%s %% de batería") % p.get("battery_pct", "?")
    if alert.kind == k.OUTSIDE_GEOFENCE:
        distance = p.get("distance_m")
        return (translate("AlertLabels", "a %d m de la cuenta") % round(distance)) if distance is not None else ""
    if alert.kind == k.BROKEN_PROMISE:
        return translate("AlertLabels", "Prometió %s para el %s") % (_money(alert, "amount"), _day(alert, "due_on"))
    if alert.kind == k.OVERDUE_INSTALMENT:
        return translate("AlertLabels", "Cuota %s vencida el %s; debe %s") % (
            p.get("number", "?"), _day(alert, "due_on"), _money(alert, "owed"))
    if alert.kind == k.BROKEN_AGREEMENT:
        return translate("AlertLabels", "Debe %s") % _money(alert, "owed")
    return ""

"""What an alert says, in Spanish (default) or English, without Qt (CLI and e-mail; the desktop has its own tr())."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from ..mail_words import format_day, format_money
from .kinds import (BROKEN_AGREEMENT, BROKEN_PROMISE, LOW_BATTERY, MOCK_LOCATION, OUTSIDE_GEOFENCE,
                    OVERDUE_INSTALMENT, SILENT_DEVICE)
from .office import AlertInfo

KIND_NAMES = {
    "es": {SILENT_DEVICE: "Dispositivo sin señal", LOW_BATTERY: "Batería baja", OUTSIDE_GEOFENCE: "Visita fuera de la zona",
           MOCK_LOCATION: "Ubicación simulada", BROKEN_PROMISE: "Promesa incumplida",
           OVERDUE_INSTALMENT: "Cuota vencida", BROKEN_AGREEMENT: "Convenio incumplido"},
    "en": {SILENT_DEVICE: "Silent device", LOW_BATTERY: "Low battery", OUTSIDE_GEOFENCE: "Visit outside the geofence",
           MOCK_LOCATION: "Mock location", BROKEN_PROMISE: "Broken promise",
           OVERDUE_INSTALMENT: "Overdue instalment", BROKEN_AGREEMENT: "Broken agreement"},
}
DETAILS = {
    "es": {SILENT_DEVICE: "El dispositivo {device} de {agent} no se comunica hace más de {minutes} minutos.",
           LOW_BATTERY: "El dispositivo {device} de {agent} tiene {battery_pct} % de batería.",
           OUTSIDE_GEOFENCE: "La visita {visit} de {agent} a {debtor} se registró fuera de la zona.",
           MOCK_LOCATION: "La visita {visit} de {agent} a {debtor} tiene una ubicación simulada.",
           BROKEN_PROMISE: "{debtor} no pagó la promesa de {amount} con vencimiento el {due_on}.",
           OVERDUE_INSTALMENT: "La cuota {number} del convenio {agreement} de {debtor} venció el {due_on}; debe {owed}.",
           BROKEN_AGREEMENT: "El convenio {agreement} de {debtor} se incumplió; debe {owed}."},
    "en": {SILENT_DEVICE: "Device {device} of {agent} has not been heard from for more than {minutes} minutes.",
           LOW_BATTERY: "Device {device} of {agent} is at {battery_pct} % battery.",
           OUTSIDE_GEOFENCE: "Visit {visit} of {agent} to {debtor} was recorded outside the geofence.",
           MOCK_LOCATION: "Visit {visit} of {agent} to {debtor} has a mock location.",
           BROKEN_PROMISE: "{debtor} did not pay the promise of {amount} due {due_on}.",
           OVERDUE_INSTALMENT: "Instalment {number} of agreement {agreement} of {debtor} was due {due_on}; {owed} owed.",
           BROKEN_AGREEMENT: "Agreement {agreement} of {debtor} is broken; {owed} owed."},
}


def kind_name(kind: str, language: str = "es") -> str:
    """The name of a kind of alert."""
    return KIND_NAMES["en" if language == "en" else "es"].get(kind, kind)


def describe(alert: AlertInfo, language: str = "es", currency: str = "COP") -> str:
    """The alert's sentence with its subject in words."""
    lang = "en" if language == "en" else "es"
    p = alert.params
    day = lambda key: format_day(date.fromisoformat(p[key]), lang) if p.get(key) else "?"  # noqa: E731
    money = lambda key: format_money(Decimal(p[key]), p.get("currency", currency), lang) if p.get(key) else "?"  # noqa: E731
    agent = f"{alert.agent_name} ({alert.agent_code})" if alert.agent_code else "?"
    values = {
        "device": alert.device_id or "?", "agent": agent, "minutes": p.get("minutes", "?"),
        "battery_pct": p.get("battery_pct", "?"), "visit": alert.visit_id or "?",
        "debtor": alert.debtor_name or p.get("debtor_name") or "?", "amount": money("amount"),
        "due_on": day("due_on"), "number": p.get("number", "?"), "agreement": alert.agreement_id or "?",
        "owed": money("owed"),
    }
    return DETAILS[lang].get(alert.kind, alert.kind).format(**values)

"""The words of visit e-mails in Spanish (default) and English, without Qt.

Outcome, verdict and flag wording is the desktop's (desktop/visit_labels.py and its English
translations); tests/test_mail_words.py fails when the two drift apart.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

LANGUAGES = ("es", "en")


@dataclass(frozen=True, slots=True)
class MailWords:
    """Everything an e-mail says in one language."""

    outcomes: dict[str, str]
    verdicts: dict[str, str]
    flags: dict[str, str]  # the details pane's sentence of each flag
    phrases: dict[str, str]


SPANISH = MailWords(
    outcomes={
        "no_contact": "Sin contacto",
        "third_party": "Contacto con un tercero",
        "rpc": "Contacto con el titular",
        "promise_to_pay": "Promesa de pago",
    },
    verdicts={
        "inside": "Dentro de la geocerca",
        "outside": "Fuera de la geocerca",
        "uncertain": "Geocerca incierta (precisión baja)",
        "no_location": "Cuenta sin ubicación",
    },
    flags={
        "mock_location": "Ubicación simulada: el dispositivo dijo que la posición era falsa",
        "low_accuracy": "Precisión baja: el GPS reportó un margen mayor al límite de la sucursal",
        "outside_geofence": "Fuera de la geocerca: la visita se registró lejos de la dirección de la cuenta",
        "geofence_mismatch": "Geocerca discrepante: el dispositivo dijo «dentro», el servidor calculó «fuera»",
        "stale_fix": "Ubicación vieja: la posición se tomó más de 10 minutos antes o después de la visita",
        "impossible_speed": "Velocidad imposible: desde la posición anterior habría viajado a más de 55 m/s "
                            "(unos 200 km/h)",
        "clock_skew": "Reloj del dispositivo desfasado: difiere más de 10 minutos de la hora del servidor",
    },
    phrases={
        "subject": "Visita terminada: {debtor} — {outcome}",
        "heading": "Visita terminada",
        "agent": "Gestor",
        "debtor": "Deudor",
        "account": "Cuenta",
        "address": "Dirección",
        "when": "Hora",
        "outcome": "Resultado",
        "promise": "Promesa",
        "promise_value": "{amount}, vence {due}",
        "verdict": "Geocerca",
        "distance": "{verdict} (a {metres} m)",
        "flags": "Alertas",
        "no_flags": "Ninguna",
        "notes": "Notas",
        "corrects": "Corrige la visita {visit}",
        "photo": "Foto",
        "no_photo": "La foto aún no llegó al servidor.",
        "footer": "Enviado por Campo desde la sucursal {branch}. Visita {visit}.",
        "test_subject": "Campo: correo de prueba",
        "test_body": "Este es un correo de prueba de Campo (sucursal {branch}). Si lo recibe, "
                     "la configuración del servidor de correo funciona.",
    },
)

ENGLISH = MailWords(
    outcomes={
        "no_contact": "No contact",
        "third_party": "Third-party contact",
        "rpc": "Right-party contact",
        "promise_to_pay": "Promise to pay",
    },
    verdicts={
        "inside": "Inside the geofence",
        "outside": "Outside the geofence",
        "uncertain": "Geofence uncertain (low accuracy)",
        "no_location": "Account without location",
    },
    flags={
        "mock_location": "Mock location: the device said the position was fake",
        "low_accuracy": "Low accuracy: the GPS reported a margin above the branch's limit",
        "outside_geofence": "Outside the geofence: the visit was recorded away from the account's address",
        "geofence_mismatch": "Geofence mismatch: the device said “inside”, the server computed “outside”",
        "stale_fix": "Stale fix: the position was taken more than 10 minutes before or after the visit",
        "impossible_speed": "Impossible speed: from the previous position it would have travelled faster "
                            "than 55 m/s (about 200 km/h)",
        "clock_skew": "Device clock skewed: it differs from the server's time by more than 10 minutes",
    },
    phrases={
        "subject": "Visit finished: {debtor} — {outcome}",
        "heading": "Visit finished",
        "agent": "Agent",
        "debtor": "Debtor",
        "account": "Account",
        "address": "Address",
        "when": "Time",
        "outcome": "Outcome",
        "promise": "Promise",
        "promise_value": "{amount}, due {due}",
        "verdict": "Geofence",
        "distance": "{verdict} ({metres} m away)",
        "flags": "Flags",
        "no_flags": "None",
        "notes": "Notes",
        "corrects": "Corrects visit {visit}",
        "photo": "Photo",
        "no_photo": "The photo has not reached the server yet.",
        "footer": "Sent by Campo from the branch {branch}. Visit {visit}.",
        "test_subject": "Campo: test e-mail",
        "test_body": "This is a test e-mail from Campo (branch {branch}). If you received it, "
                     "the mail server settings work.",
    },
)


def words(language: str) -> MailWords:
    """The words of a language code ("es" for anything unknown)."""
    return ENGLISH if language == "en" else SPANISH


def format_money(amount: Decimal, currency: str, language: str) -> str:
    """An amount as the branch reads it: 1.234.567,00 COP in Spanish, 1,234,567.00 COP in English."""
    text = f"{amount:,.2f}"
    if language != "en":
        text = text.replace(",", "\0").replace(".", ",").replace("\0", ".")
    return f"{text} {currency}"


def format_day(day: date, language: str) -> str:
    """A date as dd/mm/yyyy (Spanish) or yyyy-mm-dd (English)."""
    return day.isoformat() if language == "en" else day.strftime("%d/%m/%Y")

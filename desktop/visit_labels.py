"""Words for a visit's protocol codes (outcome, verdict, flags) and its amounts, as the office reads them."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from PySide6.QtCore import QCoreApplication

from .models.accounts_model import format_money


def outcome_labels() -> dict[str, str]:
    """Each outcome code and its label, in the protocol's order."""
    return {
        "no_contact": QCoreApplication.translate("VisitLabels", "Sin contacto"),
        "third_party": QCoreApplication.translate("VisitLabels", "Contacto con un tercero"),
        "rpc": QCoreApplication.translate("VisitLabels", "Contacto con el titular"),
        "promise_to_pay": QCoreApplication.translate("VisitLabels", "Promesa de pago"),
    }


def verdict_labels() -> dict[str, str]:
    """Each geofence verdict code and its label."""
    return {
        "inside": QCoreApplication.translate("VisitLabels", "Dentro de la geocerca"),
        "outside": QCoreApplication.translate("VisitLabels", "Fuera de la geocerca"),
        "uncertain": QCoreApplication.translate("VisitLabels", "Geocerca incierta (precisión baja)"),
        "no_location": QCoreApplication.translate("VisitLabels", "Cuenta sin ubicación"),
    }


def flag_words() -> dict[str, tuple[str, str]]:
    """Each flag code: a short word for the table, and a sentence for the details pane."""
    return {
        "mock_location": (QCoreApplication.translate("VisitLabels", "Ubicación simulada"),
                          QCoreApplication.translate("VisitLabels", "Ubicación simulada: el dispositivo dijo que la posición era falsa")),
        "low_accuracy": (QCoreApplication.translate("VisitLabels", "Precisión baja"),
                         QCoreApplication.translate("VisitLabels", "Precisión baja: el GPS reportó un margen mayor al límite de la sucursal")),
        "outside_geofence": (QCoreApplication.translate("VisitLabels", "Fuera de geocerca"),
                             QCoreApplication.translate("VisitLabels", "Fuera de la geocerca: la visita se registró lejos de la dirección de la cuenta")),
        "geofence_mismatch": (QCoreApplication.translate("VisitLabels", "Geocerca discrepante"),
                              QCoreApplication.translate("VisitLabels", "Geocerca discrepante: el dispositivo dijo «dentro», el servidor calculó «fuera»")),
        "stale_fix": (QCoreApplication.translate("VisitLabels", "Ubicación vieja"),
                      QCoreApplication.translate("VisitLabels", "Ubicación vieja: la posición se tomó más de 10 minutos antes o después de la visita")),
        "impossible_speed": (QCoreApplication.translate("VisitLabels", "Velocidad imposible"),
                             QCoreApplication.translate("VisitLabels", "Velocidad imposible: desde la posición anterior habría viajado a más de 55 m/s (unos 200 km/h)")),
        "clock_skew": (QCoreApplication.translate("VisitLabels", "Reloj desfasado"),
                       QCoreApplication.translate("VisitLabels", "Reloj del dispositivo desfasado: difiere más de 10 minutos de la hora del servidor")),
    }


def outcome_label(code: str) -> str:
    """The label of an outcome code (the code itself when a newer protocol sends an unknown one)."""
    return outcome_labels().get(code, code)


def verdict_label(code: str) -> str:
    """The label of a verdict code (the code itself when unknown)."""
    return verdict_labels().get(code, code)


def flag_short(code: str) -> str:
    """The table's word for a flag (the code itself when unknown)."""
    return flag_words().get(code, (code, code))[0]


def flag_sentence(code: str) -> str:
    """The details pane's explanation of a flag (the code itself when unknown)."""
    return flag_words().get(code, (code, code))[1]


def promise_text(amount: Decimal | None, due: date | None, currency: str) -> str:
    """A promise to pay as one line ('' when there is none)."""
    if amount is None:
        return ""
    if due is None:
        return format_money(amount, currency)
    return QCoreApplication.translate("VisitLabels", "%s, vence %s") % (format_money(amount, currency), due.strftime("%d/%m/%Y"))

"""Words for a visit's protocol codes (outcome, verdict, flags) and its amounts, as the office reads them."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from PySide6.QtCore import QCoreApplication

from .models.accounts_model import format_money


def _tr(text: str) -> str:
    return QCoreApplication.translate("VisitLabels", text)


def outcome_labels() -> dict[str, str]:
    """Each outcome code and its label, in the protocol's order."""
    return {
        "no_contact": _tr("Sin contacto"),
        "third_party": _tr("Contacto con un tercero"),
        "rpc": _tr("Contacto con el titular"),
        "promise_to_pay": _tr("Promesa de pago"),
    }


def verdict_labels() -> dict[str, str]:
    """Each geofence verdict code and its label."""
    return {
        "inside": _tr("Dentro de la geocerca"),
        "outside": _tr("Fuera de la geocerca"),
        "uncertain": _tr("Geocerca incierta (precisión baja)"),
        "no_location": _tr("Cuenta sin ubicación"),
    }


def flag_words() -> dict[str, tuple[str, str]]:
    """Each flag code: a short word for the table, and a sentence for the details pane."""
    return {
        "mock_location": (_tr("Ubicación simulada"),
                          _tr("Ubicación simulada: el dispositivo dijo que la posición era falsa")),
        "low_accuracy": (_tr("Precisión baja"),
                         _tr("Precisión baja: el GPS reportó un margen mayor al límite de la sucursal")),
        "outside_geofence": (_tr("Fuera de geocerca"),
                             _tr("Fuera de la geocerca: la visita se registró lejos de la dirección de la cuenta")),
        "geofence_mismatch": (_tr("Geocerca discrepante"),
                              _tr("Geocerca discrepante: el dispositivo dijo «dentro», el servidor calculó «fuera»")),
        "stale_fix": (_tr("Ubicación vieja"),
                      _tr("Ubicación vieja: la posición se tomó más de 10 minutos antes o después de la visita")),
        "impossible_speed": (_tr("Velocidad imposible"),
                             _tr("Velocidad imposible: desde la posición anterior habría viajado a más de 55 m/s (unos 200 km/h)")),
        "clock_skew": (_tr("Reloj desfasado"),
                       _tr("Reloj del dispositivo desfasado: difiere más de 10 minutos de la hora del servidor")),
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
    return _tr("%s, vence %s") % (format_money(amount, currency), due.strftime("%d/%m/%Y"))

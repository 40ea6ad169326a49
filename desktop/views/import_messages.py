"""The importer's row errors (English, from syncserver) in the supervisor's language; unknown ones pass as they are."""

from __future__ import annotations

import re
from functools import lru_cache

from PySide6.QtCore import QCoreApplication



@lru_cache(maxsize=1)  # the language is set once, before any import
def _patterns() -> list[tuple[re.Pattern[str], str]]:
    """(English message, translated template with {0}, {1}... for the groups)."""
    rules = [
        (r"missing required value",
         QCoreApplication.translate("ImportMessages", "falta el valor (es obligatorio)")),
        (r"longer than (\d+) characters",
         QCoreApplication.translate("ImportMessages", "tiene más de {0} caracteres")),
        (r"bad number (.*)",
         QCoreApplication.translate("ImportMessages", "no es un número válido: {0}")),
        (r"(?:balance|amount) cannot be negative",
         QCoreApplication.translate("ImportMessages", "no puede ser negativo")),
        (r"more than two decimals",
         QCoreApplication.translate("ImportMessages", "tiene más de dos decimales")),
        (r"(?:balance|amount) is too large",
         QCoreApplication.translate("ImportMessages", "es demasiado grande")),
        (r"currency must be 3 letters \(ISO 4217\), got (.*)",
         QCoreApplication.translate("ImportMessages", "la moneda son 3 letras (COP, PEN...), no {0}")),
        (r"not a whole number of days: (.*)",
         QCoreApplication.translate("ImportMessages", "no es un número entero de días: {0}")),
        (r"days_past_due must be between 0 and 100000",
         QCoreApplication.translate("ImportMessages", "los días de mora van de 0 a 100000")),
        (r"lat (\S+) out of range -90\.\.90",
         QCoreApplication.translate("ImportMessages", "latitud {0} fuera de -90..90")),
        (r"lon (\S+) out of range -180\.\.180",
         QCoreApplication.translate("ImportMessages", "longitud {0} fuera de -180..180")),
        (r"lat and lon go together: give both or neither",
         QCoreApplication.translate("ImportMessages", "latitud y longitud van juntas: ponga las dos o ninguna")),
        (r"lat/lon 0,0 is no address; leave both empty when unknown",
         QCoreApplication.translate("ImportMessages", "0,0 no es una ubicación; deje ambas vacías si no se conoce")),
        (r"radius_m must be over 0 and at most (\S+)",
         QCoreApplication.translate("ImportMessages", "el radio debe ser mayor que 0 y de hasta {0} m")),
        (r"unknown agent_code (.*)",
         QCoreApplication.translate("ImportMessages", "no hay un gestor con el código {0}")),
        (r"agent (\S+) is inactive",
         QCoreApplication.translate("ImportMessages", "el gestor {0} está inactivo")),
        (r"agent (\S+) is unknown or inactive",
         QCoreApplication.translate("ImportMessages", "el gestor {0} no existe o está inactivo")),
        (r"at most (\d+) phone numbers",
         QCoreApplication.translate("ImportMessages", "como máximo {0} teléfonos")),
        (r"not a phone number: (.*)",
         QCoreApplication.translate("ImportMessages", "no es un número de teléfono: {0}")),
        (r"an international number has 8 to 15 digits: (.*)",
         QCoreApplication.translate("ImportMessages", "un número internacional tiene de 8 a 15 dígitos: {0}")),
        (r"a national number has 6 to 12 digits: (.*)",
         QCoreApplication.translate("ImportMessages", "un número nacional tiene de 6 a 12 dígitos: {0}")),
        (r"an e-mail address has at most (\d+) characters",
         QCoreApplication.translate("ImportMessages", "un correo tiene como máximo {0} caracteres")),
        (r"one e-mail address per account: (.*)",
         QCoreApplication.translate("ImportMessages", "un solo correo por cuenta: {0}")),
        (r"not an e-mail address: (.*)",
         QCoreApplication.translate("ImportMessages", "no es un correo electrónico: {0}")),
        (r"not yes or no \(sí/no\): (.*)",
         QCoreApplication.translate("ImportMessages", "no es sí o no: {0}")),
        (r"at most (\d+) instalment due dates",
         QCoreApplication.translate("ImportMessages", "como máximo {0} vencimientos")),
        (r"not a date \(YYYY-MM-DD or DD/MM/YYYY\): (.*)",
         QCoreApplication.translate("ImportMessages", "no es una fecha (AAAA-MM-DD o DD/MM/AAAA): {0}")),
        (r"no such date: (.*)",
         QCoreApplication.translate("ImportMessages", "esa fecha no existe: {0}")),
        (r"date (\S+) is outside (\S+)",
         QCoreApplication.translate("ImportMessages", "la fecha {0} está fuera de {1}")),
        (r"(\d+) cells but the header has (\d+) \(is a decimal comma unquoted\?\)",
         QCoreApplication.translate("ImportMessages",
                                    "{0} celdas pero el encabezado tiene {1} (¿una coma decimal sin comillas?)")),
        (r"duplicate external_ref (.*), first on line (\d+)",
         QCoreApplication.translate("ImportMessages", "referencia repetida {0}; ya estaba en la línea {1}")),
    ]
    return [(re.compile(pattern), template) for pattern, template in rules]


def row_message(message: str) -> str:
    """A row error's reason as the supervisor reads it."""
    for pattern, template in _patterns():
        match = pattern.fullmatch(message)
        if match:
            return template.format(*match.groups())
    return message

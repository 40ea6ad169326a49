"""The evaluator's own messages in Spanish, for a phone (or the designer's preview) that speaks Spanish.

The protocol's messages are English (the server always sends them so); a constraint's own
message is the questionnaire's, already in the asked language, and never passes through here.
"""

from __future__ import annotations

import re

_RULES = [
    (r"required", "obligatoria"),
    (r"not a field of this questionnaire", "no es una pregunta de este cuestionario"),
    (r"must be empty: the question does not apply", "debe quedar vacía: la pregunta no aplica"),
    (r"required for a promise to pay", "obligatoria para una promesa de pago"),
    (r"does not meet the constraint", "no cumple la condición"),
    (r"a note takes no answer", "una nota no lleva respuesta"),
    (r"expected (.+) \(calculated\)", r"debe ser \1 (calculado)"),
    (r"expected an object of key: answer", "se espera un objeto de clave: respuesta"),
    (r"expected a list of objects, one per item", "se espera una lista de objetos, uno por elemento"),
    (r"at least 1 items", "al menos 1 elemento"),
    (r"at most 1 items", "como máximo 1 elemento"),
    (r"at least (\d+) items", r"al menos \1 elementos"),
    (r"at most (\d+) items", r"como máximo \1 elementos"),
    (r"expected text", "se espera un texto"),
    (r"longer than (\d+) characters", r"tiene más de \1 caracteres"),
    (r"shorter than (\d+) characters", r"tiene menos de \1 caracteres"),
    (r"expected a phone number \(digits, spaces, \+ \( \) -\)", "se espera un teléfono (dígitos, espacios, + ( ) -)"),
    (r"expected an e-mail address", "se espera un correo electrónico, p. ej. nombre@dominio.co"),
    (r"expected a whole number", "se espera un número entero"),
    (r"expected a number", "se espera un número"),
    (r'expected an amount as a decimal string with at most 2 places, e\.g\. "150000\.00"',
     'se espera un monto con a lo sumo 2 decimales, p. ej. "150000.00"'),
    (r"expected a date YYYY-MM-DD", "se espera una fecha AAAA-MM-DD"),
    (r"expected a time HH:MM", "se espera una hora HH:MM"),
    (r"expected true or false", "se espera sí o no"),
    (r'expected \{"media_id": .+\}', "se espera una foto o firma tomada en el teléfono"),
    (r'expected \{"lat": .+\}', "se espera una ubicación (latitud -90..90, longitud -180..180)"),
    (r"must be at least (.+)", r"debe ser al menos \1"),
    (r"must be at most (.+)", r"debe ser como máximo \1"),
    (r"not one of the choices", "no es una de las opciones"),
    (r"expected a list of the choices", "se espera una lista de las opciones"),
    (r"a choice is repeated", "hay una opción repetida"),
    (r"pick at least (\d+)", r"elija al menos \1"),
    (r"pick at most (\d+)", r"elija como máximo \1"),
]
_COMPILED = [(re.compile(pattern), words) for pattern, words in _RULES]


def say(message: str, lang: str) -> str:
    """One of the evaluator's messages in `lang`: Spanish for "es", else the contract's English."""
    if lang != "es":
        return message
    for pattern, words in _COMPILED:
        match = pattern.fullmatch(message)
        if match:
            return match.expand(words)
    return message

"""Phone numbers of an accounts file, normalised to E.164 where the branch's country is known.

The branch's country comes from its time zone (`COUNTRIES`: Latin America, Spain, the United States
zones most used). Rule, for each number of a cell (several are separated by ';', ',', '/', '|' or a
new line): spaces, dots, dashes and parentheses are dropped; what is left is digits with an optional
leading '+' (or '00', read as '+'). A number with '+' is kept as it is (8 to 15 digits, as E.164
allows). A national number (6 to 12 digits) gets the country's calling code, after dropping one
trunk '0' (`0987654321` in Quito is +593987654321); one that already starts with the calling code
and has 11 or more digits is read as international (`573001234567` in Bogotá is +573001234567).
Without a known country a national number is kept as its digits, without '+'. Numbers are not
checked against each country's numbering plan (lengths of area codes, mobile prefixes).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

MAX_PHONES = 10
_SEPARATORS = re.compile(r"[;,/|\n\r]+")
_DROPPED = str.maketrans("", "", " .-()\u00a0\t")


class PhoneError(ValueError):
    """A cell's text is not a list of phone numbers; the message says which one fails."""


@dataclass(frozen=True, slots=True)
class Country:
    """What the importer infers from the branch's time zone."""

    iso: str
    calling_code: str
    currency: str


_BY_COUNTRY = {
    "CO": ("57", "COP", ["America/Bogota"]),
    "PE": ("51", "PEN", ["America/Lima"]),
    "CL": ("56", "CLP", ["America/Santiago", "America/Punta_Arenas"]),
    "EC": ("593", "USD", ["America/Guayaquil", "Pacific/Galapagos"]),
    "MX": ("52", "MXN", ["America/Mexico_City", "America/Cancun", "America/Merida", "America/Monterrey",
                         "America/Matamoros", "America/Chihuahua", "America/Ojinaga", "America/Mazatlan",
                         "America/Bahia_Banderas", "America/Hermosillo", "America/Tijuana"]),
    "AR": ("54", "ARS", ["America/Argentina/Buenos_Aires", "America/Argentina/Cordoba", "America/Argentina/Salta",
                         "America/Argentina/Jujuy", "America/Argentina/Tucuman", "America/Argentina/Mendoza",
                         "America/Argentina/San_Juan", "America/Argentina/San_Luis", "America/Argentina/Ushuaia",
                         "America/Buenos_Aires", "America/Cordoba"]),
    "BR": ("55", "BRL", ["America/Sao_Paulo", "America/Bahia", "America/Fortaleza", "America/Recife",
                         "America/Belem", "America/Manaus", "America/Cuiaba", "America/Campo_Grande",
                         "America/Porto_Velho", "America/Rio_Branco", "America/Maceio"]),
    "VE": ("58", "VES", ["America/Caracas"]),
    "BO": ("591", "BOB", ["America/La_Paz"]),
    "PY": ("595", "PYG", ["America/Asuncion"]),
    "UY": ("598", "UYU", ["America/Montevideo"]),
    "PA": ("507", "PAB", ["America/Panama"]),
    "CR": ("506", "CRC", ["America/Costa_Rica"]),
    "GT": ("502", "GTQ", ["America/Guatemala"]),
    "SV": ("503", "USD", ["America/El_Salvador"]),
    "HN": ("504", "HNL", ["America/Tegucigalpa"]),
    "NI": ("505", "NIO", ["America/Managua"]),
    "DO": ("1", "DOP", ["America/Santo_Domingo"]),
    "ES": ("34", "EUR", ["Europe/Madrid", "Atlantic/Canary"]),
    "US": ("1", "USD", ["America/New_York", "America/Chicago", "America/Denver", "America/Los_Angeles"]),
}
COUNTRIES: dict[str, Country] = {
    zone: Country(iso, code, currency) for iso, (code, currency, zones) in _BY_COUNTRY.items() for zone in zones
}


def country_of(timezone: str) -> Country | None:
    """The country a branch in this IANA time zone is in, when the table knows it."""
    return COUNTRIES.get(timezone)


def normalize_phone(text: str, calling_code: str | None) -> str:
    """One number as E.164 (`+573001234567`), or as national digits when there is no calling code."""
    number = text.translate(_DROPPED)
    international = number.startswith(("+", "00"))
    digits = number[1:] if number.startswith("+") else number[2:] if international else number
    if not digits.isascii() or not digits.isdigit():
        raise PhoneError(f"not a phone number: {text.strip()!r}")
    if not international and calling_code and len(digits) >= 11 and digits.startswith(calling_code):
        international = True  # written with the country code but without '+'
    if not international:
        national = digits[1:] if digits.startswith("0") else digits
        if not 6 <= len(national) <= 12:
            raise PhoneError(f"a national number has 6 to 12 digits: {text.strip()!r}")
        if calling_code is None:
            return digits
        digits = calling_code + national
    if not 8 <= len(digits) <= 15:
        raise PhoneError(f"an international number has 8 to 15 digits: {text.strip()!r}")
    return "+" + digits


def phone_list(text: str, calling_code: str | None) -> list[str]:
    """Every number of a cell, normalised, in order, without repeats."""
    numbers: list[str] = []
    for part in _SEPARATORS.split(text):
        if part.strip():
            number = normalize_phone(part, calling_code)
            if number not in numbers:
                numbers.append(number)
    return numbers

"""Words for the questionnaire format's field types, and the field a new one of each starts as."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from mobile_protocol.questionnaire import ACCOUNT_FIELDS, FIELD_TYPES

CONTAINERS = frozenset({"group", "repeat"})
SELECTS = frozenset({"select_one", "select_multiple"})
RANGED = frozenset({"integer", "decimal", "money", "date", "time"})
TEXTUAL = frozenset({"text", "phone", "email"})
ANSWERLESS = frozenset({"note", "group", "calculated"})  # never required, no default
NO_DEFAULT = ANSWERLESS | {"repeat", "photo", "signature", "geopoint"}


def type_labels() -> dict[str, str]:
    """Each field type and its name, in the format's order."""
    labels = {
        "text": QCoreApplication.translate("FieldTypes", "Texto"), "integer": QCoreApplication.translate("FieldTypes", "Número entero"),
        "decimal": QCoreApplication.translate("FieldTypes", "Número decimal"), "money": QCoreApplication.translate("FieldTypes", "Dinero"),
        "date": QCoreApplication.translate("FieldTypes", "Fecha"), "time": QCoreApplication.translate("FieldTypes", "Hora"), "yes_no": QCoreApplication.translate("FieldTypes", "Sí / no"),
        "select_one": QCoreApplication.translate("FieldTypes", "Selección única"), "select_multiple": QCoreApplication.translate("FieldTypes", "Selección múltiple"),
        "phone": QCoreApplication.translate("FieldTypes", "Teléfono"), "email": QCoreApplication.translate("FieldTypes", "Correo electrónico"),
        "photo": QCoreApplication.translate("FieldTypes", "Foto"), "signature": QCoreApplication.translate("FieldTypes", "Firma"),
        "geopoint": QCoreApplication.translate("FieldTypes", "Ubicación GPS"), "note": QCoreApplication.translate("FieldTypes", "Nota (solo lectura)"),
        "group": QCoreApplication.translate("FieldTypes", "Grupo (sección)"), "repeat": QCoreApplication.translate("FieldTypes", "Repetición"),
        "calculated": QCoreApplication.translate("FieldTypes", "Calculado"),
    }
    return {kind: labels[kind] for kind in FIELD_TYPES}


def account_field_labels() -> dict[str, str]:
    """What each `account.<name>` variable holds, in words."""
    labels = {
        "balance": QCoreApplication.translate("FieldTypes", "Saldo"),
        "debtor_name": QCoreApplication.translate("FieldTypes", "Nombre del deudor"),
        "days_past_due": QCoreApplication.translate("FieldTypes", "Días de mora"),
        "external_ref": QCoreApplication.translate("FieldTypes", "Referencia de la cuenta"),
        "address": QCoreApplication.translate("FieldTypes", "Dirección"),
        "currency": QCoreApplication.translate("FieldTypes", "Moneda"),
        "segment": QCoreApplication.translate("FieldTypes", "Segmento"),
    }
    return {name: labels.get(name, name) for name in ACCOUNT_FIELDS}


def new_field(kind: str, taken: set[str]) -> dict[str, Any]:
    """A field of type `kind` that check_definition accepts once its label is set (a free key)."""
    number = 1
    while f"{kind}_{number}" in taken:
        number += 1
    key = f"{kind}_{number}"
    field: dict[str, Any] = {"type": kind, "key": key, "label": {"es": type_labels()[kind]}}
    if kind in SELECTS:
        field["choices"] = [{"code": "si", "label": {"es": "Sí", "en": "Yes"}},
                            {"code": "no", "label": {"es": "No", "en": "No"}}]
    if kind in CONTAINERS:
        field["children"] = [{"type": "text", "key": free_key(f"{key}_text", taken | {key}),
                              "label": {"es": type_labels()["text"]}}]
    if kind == "calculated":
        field["calculation"] = {"+": [0, 0]}
    return field


def free_key(wanted: str, taken: set[str]) -> str:
    """`wanted`, or `wanted_2`, `wanted_3`… whichever is not taken."""
    if wanted not in taken:
        return wanted
    number = 2
    while f"{wanted}_{number}" in taken:
        number += 1
    return f"{wanted}_{number}"


def all_keys(fields: list[dict[str, Any]]) -> set[str]:
    """Every key in a list of fields, children included."""
    keys: set[str] = set()
    for field in fields:
        keys.add(field.get("key", ""))
        keys |= all_keys(field.get("children", []))
    return keys


def rekeyed(field: dict[str, Any], taken: set[str]) -> dict[str, Any]:
    """A copy of `field` (children included) whose keys are all free, for duplicating."""
    copy = dict(field)
    copy["key"] = free_key(field["key"] + "_copia", taken)
    taken.add(copy["key"])
    if field.get("children"):
        copy["children"] = [rekeyed(child, taken) for child in field["children"]]
    return copy

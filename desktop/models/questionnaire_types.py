"""Words for the questionnaire format's field types, and the field a new one of each starts as."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from mobile_protocol.questionnaire import FIELD_TYPES

CONTAINERS = frozenset({"group", "repeat"})
SELECTS = frozenset({"select_one", "select_multiple"})
RANGED = frozenset({"integer", "decimal", "money", "date", "time"})
TEXTUAL = frozenset({"text", "phone", "email"})
ANSWERLESS = frozenset({"note", "group", "calculated"})  # never required, no default
NO_DEFAULT = ANSWERLESS | {"repeat", "photo", "signature", "geopoint"}


def type_labels() -> dict[str, str]:
    """Each field type and its name, in the format's order."""
    t = QCoreApplication.translate
    labels = {
        "text": t("FieldTypes", "Texto"), "integer": t("FieldTypes", "Número entero"),
        "decimal": t("FieldTypes", "Número decimal"), "money": t("FieldTypes", "Dinero"),
        "date": t("FieldTypes", "Fecha"), "time": t("FieldTypes", "Hora"), "yes_no": t("FieldTypes", "Sí / no"),
        "select_one": t("FieldTypes", "Selección única"), "select_multiple": t("FieldTypes", "Selección múltiple"),
        "phone": t("FieldTypes", "Teléfono"), "email": t("FieldTypes", "Correo electrónico"),
        "photo": t("FieldTypes", "Foto"), "signature": t("FieldTypes", "Firma"),
        "geopoint": t("FieldTypes", "Ubicación GPS"), "note": t("FieldTypes", "Nota (solo lectura)"),
        "group": t("FieldTypes", "Grupo (sección)"), "repeat": t("FieldTypes", "Repetición"),
        "calculated": t("FieldTypes", "Calculado"),
    }
    return {kind: labels[kind] for kind in FIELD_TYPES}


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

"""Which column of an accounts file feeds which Campo field: given, guessed from the headers, or by name.

A mapping is {field: column} or {field: [columns]} for the fields fed by several columns (phones,
instalment due dates), columns named as the file's header writes them (case, accents and spacing
ignored). Without one, each field is read from the column named like it (`external_ref`, ...).
`guess_mapping` reads lenders' own headers in Spanish or English (CEDULA, NOMBRE, SALDO, ...).
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .account_fields import FIELD_NAMES, FIELDS, MANY_FIELDS
from .accounts_file import ImportFileError

ColumnMapping = Mapping[str, "str | Sequence[str]"]
MAX_GUESSED_COLUMNS = 3  # of a field fed by several columns

_CONSENT = r"(consent|consentimiento|autoriza|autorizacion|autorizado|acepta|permite|opt_?in|habeas_data)"
_PATTERNS: dict[str, tuple[str, ...]] = {
    "external_ref": (r"ref|referencia|(numero_|no_|nro_|num_)?(obligacion|credito|cuenta|contrato|operacion|pagare)",
                     r"account(_number|_no|_id)?|loan(_id|_number)?|id_cuenta|obligacion_no"),
    "debtor_name": (r"nombres?|nombre_(completo|cliente|deudor|titular)|nombres_y_apellidos|deudor|cliente|titular",
                    r"razon_social|(full_|customer_|client_|debtor_)?name|debtor|customer"),
    "document_id": (r"(numero_|no_|nro_|num_|tipo_)?(documento|identificacion)|doc|cedula(_ciudadania)?|cc|c_c",
                    r"nit|dni|rut|ruc|ci|curp|rfc|id_cliente|document(_number)?|national_id|id_number|tax_id"),
    "address": (r"direccion(_cliente|_domicilio|_residencia)?|domicilio|residencia|(street_)?address",),
    "lat": (r"latitud|latitude|coord_lat",),
    "lon": (r"lng|long|longitud|longitude|coord_lon",),
    "radius_m": (r"radius|radio(_m|_metros)?|geocerca",),
    "balance": (r"saldo(_total|_actual|_deuda)?|deuda(_total)?|total_deuda|(valor|monto)_(deuda|adeudado)",
                r"saldo_(capital|vencido|mora)|outstanding(_balance)?|amount_due|total_due|balance_due"),
    "currency": (r"moneda|divisa|tipo_moneda|currency_code",),
    "days_past_due": (r"dpd|dias_(de_)?mora|mora(_dias)?|dias_vencidos?|dias_(de_)?atraso|(altura|edad)_mora",
                      r"days_(overdue|late)"),
    "segment": (r"segmento|tramo|franja|bucket|(tipo_)?cartera|grupo",),
    "agent_code": (r"agent|agente|codigo_agente|gestor|(codigo_|cod_)gestor|asesor|codigo_asesor|cobrador",
                   r"collector(_code)?"),
    "consent_email": (rf"{_CONSENT}_(por_)?(e_?mail|correo(_electronico)?|mail)", r"(e_?mail|correo)_(ok|si)"),
    "consent_sms": (rf"{_CONSENT}_(por_)?(sms|mensajes?(_de_texto)?)", r"sms_(ok|si)"),
    "consent_whatsapp": (rf"{_CONSENT}_(por_)?(whats_?app|wpp|wa)", r"(whats_?app|wpp)_(ok|si)"),
    "phones": (r"(tel|telefonos?|celular|cel|movil|phones?|mobile|whats_?app|fijo)(_?\d{1,2})?",
               r"(telefono|numero)_(fijo|celular|movil|contacto|telefono)(_?\d{1,2})?|(mobile_)?phone_number"),
    "email": (r"e_?mail|correo(_electronico)?|mail|email_address",),
    "product": (r"producto|tipo_producto|linea(_(de_)?credito|_producto)?|tipo_credito",),
    "original_amount": (r"(monto|valor)_(original|inicial|desembolsado|credito|prestamo|financiado)|desembolso",
                        r"capital_inicial|loan_amount|principal|original_balance"),
    "instalment_due_dates": (r"fechas?_(de_)?cuotas?(_?\d{1,2})?|vencimientos?(_?\d{1,2})?",
                             r"fechas?_vencimiento(_cuota)?|(fecha_)?proxima_cuota|fecha_pago_cuota",
                             r"(next_)?due_dates?|installment_due_dates"),
    "notes": (r"notas?|observaciones|observacion|obs|comentarios?|comments?|remarks",),
}
_COMPILED = {field: [re.compile(f"(?:{p})") for p in (field, *patterns)] for field, patterns in _PATTERNS.items()}


@dataclass(frozen=True, slots=True)
class Column:
    """One column of the file: where it is and its header as written."""

    index: int
    label: str


Columns = dict[str, tuple[Column, ...]]


def fold_header(cell: Any) -> str:
    """A header for guessing: lower case, no accents, words joined by '_'."""
    text = unicodedata.normalize("NFKD", str(cell or "").strip().lstrip("\ufeff").casefold())
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    return re.sub(r"[^a-z0-9]+", "_", text).strip("_")


def header_label(cell: Any) -> str:
    """A header cell as shown to people (trimmed, as written)."""
    return str(cell if cell is not None else "").strip().lstrip("\ufeff").strip()


def layout_key(headers: Sequence[Any]) -> str:
    """The same for every file with this set of headers (any order, case or spacing): remembers mappings."""
    names = sorted({fold_header(cell) for cell in headers} - {""})
    return hashlib.sha1("\x1f".join(names).encode()).hexdigest()[:16]


def guess_mapping(headers: Sequence[Any]) -> dict[str, tuple[str, ...]]:
    """Field -> header(s) as written, for the headers whose names say which field they are."""
    folded = [fold_header(cell) for cell in headers]
    labels = [header_label(cell) for cell in headers]
    taken: set[int] = set()
    guessed: dict[str, tuple[str, ...]] = {}
    for field in FIELD_NAMES:
        ranked = []
        for i, name in enumerate(folded):
            if i in taken or not name:
                continue
            rank = next((r for r, pattern in enumerate(_COMPILED[field]) if pattern.fullmatch(name)), None)
            if rank is not None:
                ranked.append((rank, i))
        if not ranked:
            continue
        ranked.sort()
        chosen = sorted(i for _rank, i in ranked[:MAX_GUESSED_COLUMNS]) if field in MANY_FIELDS else [ranked[0][1]]
        taken.update(chosen)
        guessed[field] = tuple(labels[i] for i in chosen)
    return guessed


def _as_columns(value: str | Sequence[str]) -> tuple[str, ...]:
    return (value,) if isinstance(value, str) else tuple(value)


def resolve_columns(path: Path, line: int, header: list[Any], mapping: ColumnMapping | None,
                    *, currency_known: bool = False) -> Columns:
    """Where each mapped field's column(s) are; ImportFileError names what is wrong with the mapping."""
    where = f"{path.name}, line {line}"
    names = [fold_header(cell) for cell in header]
    labels = [header_label(cell) for cell in header]
    if mapping is None:
        wanted = {field: (field,) for field in FIELD_NAMES if field in names}
    else:
        unknown = sorted(set(mapping) - set(FIELD_NAMES))
        if unknown:
            raise ImportFileError(f"unknown Campo field {unknown[0]!r}; the fields are {', '.join(FIELD_NAMES)}")
        wanted = {field: _as_columns(mapping[field]) for field in FIELD_NAMES if mapping.get(field)}
    columns: Columns = {}
    used: dict[int, str] = {}
    for field, wanted_columns in wanted.items():
        if len(wanted_columns) > 1 and field not in MANY_FIELDS:
            raise ImportFileError(f"{field} is read from one column, not {len(wanted_columns)}")
        found = []
        for wanted_column in wanted_columns:
            key = fold_header(wanted_column)
            hits = [i for i, name in enumerate(names) if name == key]
            if not hits:
                shown = ", ".join(label for label in labels if label)
                raise ImportFileError(f"{where}: no column {header_label(wanted_column)!r} (the file has: {shown})")
            if len(hits) > 1:
                raise ImportFileError(f"{where}: column {labels[hits[0]]} appears twice")
            if hits[0] in used:
                raise ImportFileError(f"{where}: column {labels[hits[0]]} feeds both {used[hits[0]]} and {field}")
            used[hits[0]] = field
            found.append(Column(hits[0], labels[hits[0]]))
        columns[field] = tuple(found)
    required = [f.name for f in FIELDS if f.required and not (f.name == "currency" and currency_known)]
    missing = [field for field in required if field not in columns]
    if missing:
        raise ImportFileError(f"{where}: missing column(s) {', '.join(missing)}")
    if ("lat" in columns) != ("lon" in columns):
        raise ImportFileError(f"{where}: lat and lon go together: give both columns or neither")
    return columns

"""Accounts import of a lender's own file: column mapping, the debtor and product fields, row errors. Both backends."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

import openpyxl
import pytest
from sqlalchemy import func, select, update

from syncserver.accounts_import import ImportFileError, apply_import, parse_accounts_file, peek_file
from syncserver.accounts_mapping import guess_mapping, layout_key
from syncserver.admin import list_accounts
from syncserver.agents import add_agent
from syncserver.db.models import BranchSettings, Change

LENDER = "CEDULA;NOMBRE;No. Obligación;DIRECCIÓN;SALDO;Días Mora;TELEFONO1;CELULAR;Correo;Autoriza WhatsApp;" \
         "AUTORIZA_SMS;PRODUCTO;Monto Original;Fechas Cuotas;OBSERVACIONES;Gestor"
MAPPING = {
    "external_ref": "No. Obligación", "debtor_name": "NOMBRE", "document_id": "CEDULA", "address": "DIRECCIÓN",
    "balance": "SALDO", "days_past_due": "Días Mora", "phones": ["TELEFONO1", "CELULAR"], "email": "Correo",
    "consent_whatsapp": "Autoriza WhatsApp", "consent_sms": "AUTORIZA_SMS", "product": "PRODUCTO",
    "original_amount": "Monto Original", "instalment_due_dates": "Fechas Cuotas", "notes": "OBSERVACIONES",
    "agent_code": "Gestor",
}
ROWS = [
    "1.020.304.050;María Gómez;OB-1;Calle 45 # 12-30;1.250.000,50;35;300 123 4567;(601) 234 5678;"
    "Maria.G@Correo.EXAMPLE.co;sí;no;Tarjeta de crédito;2.000.000;2026-02-05, 05/01/2026 2026-03-05;"
    "Llamar en la tarde;G01",
    "79555111;José Pérez;OB-2;Carrera 7 # 80-10;880000;0;+57 310 765 4321;;;;;Libre inversión;;;;",
]


def write(tmp_path, lines: list[str], name: str = "cartera.csv"):
    path = tmp_path / name
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def in_bogota(engine) -> None:
    """The branch in Colombia: phones get +57, the currency defaults to COP."""
    with engine.begin() as conn:
        conn.execute(update(BranchSettings).values(timezone="America/Bogota"))


def change_count(engine) -> int:
    with engine.connect() as conn:
        return conn.scalar(select(func.count()).select_from(Change))


def test_a_lenders_headers_through_a_mapping_store_every_field(engine, tmp_path):
    in_bogota(engine)
    add_agent(engine, "G01", "Ana")
    plan = parse_accounts_file(write(tmp_path, [LENDER, *ROWS]), engine, MAPPING)
    assert plan.errors == () and plan.ignored_columns == ()
    assert plan.mapping["phones"] == ("TELEFONO1", "CELULAR") and plan.mapping["balance"] == ("SALDO",)
    result = apply_import(engine, plan)
    assert (result.created, result.updated, result.unchanged) == (2, 0, 0)
    stored = {a.external_ref: a for a in list_accounts(engine)}
    maria, jose = stored["OB-1"], stored["OB-2"]
    assert (maria.document_id, maria.debtor_name, maria.currency, maria.agent_code) == (
        "1.020.304.050", "María Gómez", "COP", "G01")
    assert maria.balance == Decimal("1250000.50") and maria.original_amount == Decimal("2000000.00")
    assert maria.phones == ("+573001234567", "+576012345678")
    assert maria.email == "Maria.G@correo.example.co"  # the domain is lower-cased, the mailbox kept
    assert (maria.consent_email, maria.consent_sms, maria.consent_whatsapp) == (False, False, True)
    assert maria.instalment_due_dates == (date(2026, 1, 5), date(2026, 2, 5), date(2026, 3, 5))
    assert (maria.product, maria.notes, maria.lat, maria.radius_m) == ("Tarjeta de crédito", "Llamar en la tarde",
                                                                      None, None)
    assert jose.phones == ("+573107654321",) and jose.email is None and jose.original_amount is None
    assert (jose.consent_email, jose.consent_sms, jose.consent_whatsapp) == (False, False, False)
    assert jose.instalment_due_dates == () and jose.agent_code is None


def test_the_guess_reads_spanish_and_english_headers_and_layouts_ignore_order():
    headers = LENDER.split(";") + ["Latitud", "Longitud", "Moneda", "Segmento", "comentario"]
    guessed = guess_mapping(headers)
    expected = {field: tuple(columns) if isinstance(columns, list) else (columns,)
                for field, columns in MAPPING.items()}
    assert guessed == {**expected, "lat": ("Latitud",), "lon": ("Longitud",), "currency": ("Moneda",),
                       "segment": ("Segmento",)}
    english = guess_mapping(["Account Number", "Customer Name", "Address", "Balance", "Currency", "Phone 1",
                             "Phone 2", "E-mail", "Due Dates", "Notes"])
    assert english == {"external_ref": ("Account Number",), "debtor_name": ("Customer Name",),
                       "address": ("Address",), "balance": ("Balance",), "currency": ("Currency",),
                       "phones": ("Phone 1", "Phone 2"), "email": ("E-mail",), "instalment_due_dates": ("Due Dates",),
                       "notes": ("Notes",)}
    assert layout_key(headers) == layout_key(list(reversed(headers))) == layout_key([h.upper() for h in headers])
    assert layout_key(headers) != layout_key(headers[:-1])


def test_row_errors_name_the_files_own_column(engine, tmp_path):
    in_bogota(engine)
    bad = [
        "1;Ana;OB-3;Calle 1;mucho;0;12;;ana@@x;tal vez;;;-5;31/02/2026;;",
        "2;Luis;OB-4;Calle 2;10;0;300 123 4567 ext 2;;;;SI;;;2026-13-01;;ZZ9",
        "3;;OB-5;Calle 3;10;0;;;luis@x;;;;;;;",
    ]
    plan = parse_accounts_file(write(tmp_path, [LENDER, *bad]), engine, MAPPING)
    assert plan.rows == ()
    found = {(e.line, e.column): e.message for e in plan.errors}
    assert found[(2, "SALDO")] == "bad number 'mucho'"
    assert found[(2, "TELEFONO1")] == "a national number has 6 to 12 digits: '12'"
    assert found[(2, "Correo")] == "not an e-mail address: 'ana@@x'"
    assert found[(2, "Autoriza WhatsApp")] == "not yes or no (sí/no): 'tal vez'"
    assert found[(2, "Monto Original")] == "amount cannot be negative"
    assert found[(2, "Fechas Cuotas")] == "no such date: '31/02/2026'"
    assert found[(3, "TELEFONO1")].startswith("not a phone number")
    assert found[(3, "Fechas Cuotas")] == "no such date: '2026-13-01'"
    assert found[(3, "Gestor")] == "unknown agent_code 'ZZ9'"
    assert found[(4, "NOMBRE")] == "missing required value"
    assert found[(4, "Correo")] == "not an e-mail address: 'luis@x'"


def test_mapping_mistakes_stop_the_file_and_say_which(engine, tmp_path):
    in_bogota(engine)
    path = write(tmp_path, [LENDER, *ROWS])
    cases = [
        ({**MAPPING, "saldo": "SALDO"}, "unknown Campo field 'saldo'"),
        ({**MAPPING, "balance": "SALDO_TOTAL"}, "no column 'SALDO_TOTAL' (the file has: CEDULA, NOMBRE,"),
        ({**MAPPING, "original_amount": "SALDO"}, "column SALDO feeds both balance and original_amount"),
        ({k: v for k, v in MAPPING.items() if k != "address"}, "line 1: missing column(s) address$"),
        ({**{k: v for k, v in MAPPING.items() if k != "document_id"}, "lat": "CEDULA"}, "lat and lon go together"),
        ({**MAPPING, "email": ["Correo", "NOMBRE"]}, "email is read from one column, not 2"),
    ]
    for mapping, message in cases:
        with pytest.raises(ImportFileError, match=message.replace("(", r"\(").replace(")", r"\)")):
            parse_accounts_file(path, engine, mapping)


def test_identical_rows_log_nothing_and_absent_columns_leave_fields_alone(engine, tmp_path):
    in_bogota(engine)
    add_agent(engine, "G01", "Ana")
    path = write(tmp_path, [LENDER, *ROWS])
    apply_import(engine, parse_accounts_file(path, engine, MAPPING))
    logged = change_count(engine)
    again = apply_import(engine, parse_accounts_file(path, engine, MAPPING))
    assert (again.created, again.updated, again.moved, again.unchanged) == (0, 0, 0, 2)
    assert change_count(engine) == logged  # devices have nothing to download

    consent = ROWS[0].replace(";sí;no;", ";sí;x;")
    once = apply_import(engine, parse_accounts_file(write(tmp_path, [LENDER, consent, ROWS[1]]), engine, MAPPING))
    assert (once.updated, once.unchanged) == (1, 1) and change_count(engine) == logged + 1
    assert {a.external_ref: a.consent_sms for a in list_accounts(engine)} == {"OB-1": True, "OB-2": False}

    short = {k: MAPPING[k] for k in ("external_ref", "debtor_name", "address", "balance")}
    kept = apply_import(engine, parse_accounts_file(path, engine, short))
    assert kept.unchanged == 2  # no phone, e-mail or consent column: those fields are not compared nor cleared
    maria = {a.external_ref: a for a in list_accounts(engine)}["OB-1"]
    assert maria.phones == ("+573001234567", "+576012345678") and maria.consent_sms and maria.agent_code == "G01"

    cleared = ROWS[0].replace("300 123 4567;(601) 234 5678", ";")
    blank = apply_import(engine, parse_accounts_file(write(tmp_path, [LENDER, cleared, ROWS[1]]), engine, MAPPING))
    assert blank.updated == 1 and {a.external_ref: a.phones for a in list_accounts(engine)}["OB-1"] == ()


def test_without_a_known_country_phones_stay_national_and_currency_is_required(engine, tmp_path):
    path = write(tmp_path, [LENDER, *ROWS])
    with pytest.raises(ImportFileError, match="missing column\\(s\\) currency"):
        parse_accounts_file(path, engine, MAPPING)
    add_agent(engine, "G01", "Ana")
    with_currency = [LENDER + ";Moneda", *(row + ";PEN" for row in ROWS)]
    plan = parse_accounts_file(write(tmp_path, with_currency), engine, {**MAPPING, "currency": "Moneda"})
    assert plan.rows[0].phones == ("3001234567", "6012345678") and plan.rows[1].phones == ("+573107654321",)
    assert plan.rows[0].currency == "PEN"


def test_xlsx_date_and_boolean_cells(engine, tmp_path):
    in_bogota(engine)
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.append(["Obligacion", "Nombre", "Direccion", "Saldo", "Celular", "Vencimiento 1", "Vencimiento 2",
                  "Autoriza correo", "Correo"])
    sheet.append(["X-1", "Rosa", "Calle 1", 1250000.5, 3001234567, datetime(2026, 4, 10), date(2026, 5, 10),
                  True, "rosa@example.com"])
    sheet.append(["X-2", "Pedro", "Calle 2", "99,9", None, None, "10/06/2026", False, None])
    path = tmp_path / "cartera.xlsx"
    workbook.save(path)
    peek = peek_file(path, rows=1)
    assert peek.headers[:2] == ("Obligacion", "Nombre") and peek.samples[0][0] == "X-1"
    plan = parse_accounts_file(path, engine, guess_mapping(peek.headers))
    assert plan.errors == ()
    rosa, pedro = plan.rows
    assert rosa.phones == ("+573001234567",) and rosa.consent_email and rosa.balance == Decimal("1250000.50")
    assert rosa.instalment_due_dates == (date(2026, 4, 10), date(2026, 5, 10))
    assert pedro.instalment_due_dates == (date(2026, 6, 10),) and not pedro.consent_email


def test_xlsx_rows_keep_excels_row_numbers_after_blank_rows_and_columns(engine, tmp_path):
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    for column, header in enumerate(["external_ref", "debtor_name", "address", "balance", "currency"], start=2):
        sheet.cell(row=3, column=column, value=header)  # the table starts at B3
    for column, value in enumerate(["X-1", "Rosa", "Calle 1", "10", "COP"], start=2):
        sheet.cell(row=5, column=column, value=value)
    for column, value in enumerate(["X-2", "Pedro", "Calle 2", "diez", "COP"], start=2):
        sheet.cell(row=7, column=column, value=value)
    path = tmp_path / "desplazada.xlsx"
    workbook.save(path)
    assert peek_file(path).header_line == 3
    plan = parse_accounts_file(path, engine)
    assert [row.line for row in plan.rows] == [5]
    assert [(e.line, e.column) for e in plan.errors] == [(7, "balance")]

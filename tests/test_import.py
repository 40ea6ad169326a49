"""Accounts import: CSV (either delimiter) and XLSX, per-cell errors, upsert, moves, change log."""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal

import openpyxl
import pytest
from sqlalchemy import func, select

from syncserver.accounts_file import InvalidValue, parse_money
from syncserver.accounts_import import ImportFileError, apply_import, parse_accounts_file
from syncserver.admin import list_accounts
from syncserver.agents import add_agent, update_agent
from syncserver.changes import (
    assign_account,
    latest_change_id,
    record_questionnaire_published,
    record_questionnaire_retired,
)
from syncserver.clock import utcnow
from syncserver.db.models import Account, AccountAssignment, Change

HEADER = "external_ref,debtor_name,address,lat,lon,radius_m,balance,currency,days_past_due,agent_code,segment"


@pytest.fixture
def agents(engine):
    return {code: add_agent(engine, code, f"Agent {code}") for code in ("G01", "G02")}


def write(tmp_path, text: str, name: str = "accounts.csv", encoding: str = "utf-8"):
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


def load(engine, path):
    plan = parse_accounts_file(path, engine)
    return plan, apply_import(engine, plan)


def accounts(engine) -> dict[str, object]:
    return {account.external_ref: account for account in list_accounts(engine)}


def changes(engine) -> list[tuple[str, int, int | None]]:
    with engine.connect() as conn:
        rows = conn.execute(select(Change.kind, Change.object_id, Change.agent_id).order_by(Change.id))
        return [tuple(row) for row in rows]


def history(engine, account_id: int) -> list[tuple[int, bool]]:
    """(agent_id, still open) of each assignment row of an account, oldest first."""
    with engine.connect() as conn:
        rows = conn.execute(
            select(AccountAssignment.agent_id, AccountAssignment.unassigned_at.is_(None))
            .where(AccountAssignment.account_id == account_id)
            .order_by(AccountAssignment.id)
        )
        return [(agent_id, bool(is_open)) for agent_id, is_open in rows]


def test_comma_csv(engine, agents, tmp_path):
    path = write(
        tmp_path,
        f"{HEADER}\n"
        'A-1,Juan Pérez,"Cra 7 # 12-30, Bogotá",4.6097,-74.0817,60,1250000.50,cop,45,g01,tardío\n'
        "A-2,María Gómez,Calle 80,,,,\"1,250,000\",COP,,,\n",
    )
    plan, result = load(engine, path)
    assert plan.errors == () and (result.created, result.updated, result.moved, result.unchanged) == (2, 0, 0, 0)
    stored = accounts(engine)
    first, second = stored["A-1"], stored["A-2"]
    assert (first.address, first.lat, first.lon, first.radius_m) == ("Cra 7 # 12-30, Bogotá", 4.6097, -74.0817, 60.0)
    assert (first.balance, first.currency, first.days_past_due, first.agent_code, first.segment) == (
        Decimal("1250000.50"), "COP", 45, "G01", "tardío"
    )
    assert (second.lat, second.radius_m, second.balance, second.agent_code, second.segment) == (
        None, None, Decimal("1250000.00"), None, None
    )


def test_semicolon_csv_with_bom_and_decimal_commas(engine, agents, tmp_path):
    header = HEADER.replace(",", ";").upper()
    path = write(
        tmp_path,
        f"\ufeff{header}\r\n"
        "B-1;Ana;Jr. Lampa 123;-12,0464;-77,0428;;1.250.000,50;PEN;10;G02;A\r\n"
        "B-2;Luis;Av. Arequipa 5;;;75,5;1250000,50;PEN;0;;\r\n",
    )
    plan, result = load(engine, path)
    assert plan.errors == () and result.created == 2
    stored = accounts(engine)
    assert (stored["B-1"].lat, stored["B-1"].lon, stored["B-1"].balance) == (-12.0464, -77.0428, Decimal("1250000.50"))
    assert (stored["B-1"].agent_code, stored["B-2"].radius_m) == ("G02", 75.5)
    assert stored["B-2"].balance == Decimal("1250000.50")


def test_xlsx_with_number_cells(engine, agents, tmp_path):
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.append(["Segment", "Agent_Code", "External Ref", "debtor_name", "address", "lat", "lon", "radius_m",
                  "balance", "currency", "days_past_due", "comentario"])
    sheet.append(["B", "G01", 100234, "Rosa", "Calle 1", -33.45, -70.66, None, 1250000.5, "CLP", 12, "x"])
    sheet.append([None, None, "X-9", "Pedro", "Calle 2", None, None, 40, "1.250.000", "CLP", None, None])
    sheet.append([None, "G01", "X-10", "Mal", "Calle 3", 10, 200, None, 0.125, "CLP", -3, None])
    path = tmp_path / "cartera.xlsx"
    workbook.save(path)
    plan, result = load(engine, path)
    assert plan.ignored_columns == ("comentario",)
    assert {(e.line, e.column) for e in plan.errors} == {(4, "lon"), (4, "balance"), (4, "days_past_due")}
    assert result.created == 2
    stored = accounts(engine)
    assert (stored["100234"].balance, stored["100234"].agent_code, stored["100234"].days_past_due) == (
        Decimal("1250000.50"), "G01", 12
    )
    assert (stored["X-9"].balance, stored["X-9"].radius_m, stored["X-9"].segment) == (Decimal("1250000.00"), 40.0, None)


def test_invalid_rows_are_reported_and_valid_rows_imported(engine, agents, tmp_path):
    path = write(
        tmp_path,
        f"{HEADER}\n"
        "C-1,Ok,Calle,1.5,2.5,,100,USD,1,G01,\n"
        "C-2,,Calle,95,,,abc,US,x,G99,\n"
        '"C-3",Multi,"line one\nline two",,,0,10,USD,,,\n'
        "C-1,Again,Calle,,,,5,USD,,,\n"
        "C-4,Zero,Calle,0,0,,5,USD,,,\n"
        "C-5,Ok too,Calle,,,,-5,USD,,,\n",
    )
    plan = parse_accounts_file(path, engine)
    with engine.connect() as conn:
        assert conn.scalar(select(func.count()).select_from(Account)) == 0  # parsing writes nothing
    found = {(e.line, e.column): e.message for e in plan.errors}
    assert set(found) == {
        (3, "debtor_name"), (3, "lat"), (3, "lon"), (3, "balance"), (3, "currency"), (3, "days_past_due"),
        (3, "agent_code"), (4, "radius_m"), (6, "external_ref"), (7, "lat"), (8, "balance"),
    }
    assert found[(3, "agent_code")] == "unknown agent_code 'G99'"
    assert found[(3, "debtor_name")] == "missing required value"
    assert "out of range" in found[(3, "lat")] and "3 letters" in found[(3, "currency")]
    assert found[(6, "external_ref")] == "duplicate external_ref 'C-1', first on line 2"
    assert str(plan.errors[0]).startswith("line 3, column ")
    result = apply_import(engine, plan)
    assert result.created == 1 and len(result.errors) == len(plan.errors)
    assert set(accounts(engine)) == {"C-1"}


def test_file_level_errors(engine, tmp_path):
    with pytest.raises(ImportFileError, match="missing column"):
        parse_accounts_file(write(tmp_path, "external_ref;debtor_name\nA;B\n"), engine)
    with pytest.raises(ImportFileError, match=r"\.csv or \.xlsx"):
        parse_accounts_file(write(tmp_path, HEADER, name="accounts.txt"), engine)
    with pytest.raises(ImportFileError, match="xlsx"):
        parse_accounts_file(write(tmp_path, "not a zip", name="broken.xlsx"), engine)
    with pytest.raises(ImportFileError, match="no header"):
        parse_accounts_file(write(tmp_path, "\n\n"), engine)


def test_second_import_upserts_and_counts(engine, agents, tmp_path):
    rows = [f"D-{i},Deudor {i},Calle {i},,,,{i}00,PEN,{i},G01,A" for i in range(1, 6)]
    load(engine, write(tmp_path, "\n".join([HEADER, *rows]) + "\n"))
    rows[0] = rows[0].replace("Deudor 1", "Deudor Uno")  # updated
    rows[1] = rows[1].replace("G01", "G02")  # moved
    rows[2] = rows[2].replace(",G01,", ",,")  # unassigned: moved too
    rows.append("D-6,Nuevo,Calle 6,,,,600,PEN,6,G02,B")  # created
    progress: list[tuple[int, int]] = []
    plan = parse_accounts_file(write(tmp_path, "\n".join([HEADER, *rows]) + "\n"), engine)
    result = apply_import(engine, plan, progress=lambda done, total: progress.append((done, total)))
    assert (result.created, result.updated, result.moved, result.unchanged) == (1, 1, 2, 2)
    assert progress[0] == (0, 6) and progress[-1] == (6, 6)
    stored = accounts(engine)
    assert stored["D-1"].debtor_name == "Deudor Uno"
    assert (stored["D-2"].agent_code, stored["D-3"].agent_code, stored["D-6"].agent_code) == ("G02", None, "G02")
    again = apply_import(engine, parse_accounts_file(plan.path, engine))
    assert (again.created, again.updated, again.moved, again.unchanged) == (0, 0, 0, 6)


def test_reassignment_writes_history_and_change_log_for_both_agents(engine, agents, tmp_path):
    g01, g02 = agents["G01"].id, agents["G02"].id
    load(engine, write(tmp_path, f"{HEADER}\nE-1,Eva,Calle,,,,100,PEN,1,G01,\nE-2,Sin,Calle,,,,1,PEN,1,,\n"))
    e1 = accounts(engine)["E-1"].id
    assert changes(engine) == [("account", e1, g01)]  # E-2 has no holder: nobody's view changed
    before = len(changes(engine))
    load(engine, write(tmp_path, f"{HEADER}\nE-1,Eva,Calle,,,,100,PEN,1,G02,\nE-2,Sin,Calle,,,,1,PEN,1,,\n"))
    assert changes(engine)[before:] == [("account", e1, g01), ("account", e1, g02)]
    assert history(engine, e1) == [(g01, False), (g02, True)]
    # A file without agent_code leaves assignments alone, but a changed balance reaches the holder.
    no_agents = HEADER.replace(",agent_code", "")
    load(engine, write(tmp_path, f"{no_agents}\nE-1,Eva,Calle,,,,150,PEN,1,\n"))
    assert accounts(engine)["E-1"].agent_code == "G02"
    assert changes(engine)[-1] == ("account", e1, g02)
    assert history(engine, e1) == [(g01, False), (g02, True)]


def test_inactive_agent_is_a_row_error(engine, agents, tmp_path):
    update_agent(engine, "G02", active=False)
    plan = parse_accounts_file(write(tmp_path, f"{HEADER}\nF-1,F,Calle,,,,1,PEN,,G02,\n"), engine)
    assert [(e.line, e.column, e.message) for e in plan.errors] == [(2, "agent_code", "agent G02 is inactive")]


def test_assign_account_moves_and_unassigns_in_callers_transaction(engine, agents, tmp_path):
    g01, g02 = agents["G01"].id, agents["G02"].id
    load(engine, write(tmp_path, f"{HEADER}\nH-1,H,Calle,,,,1,PEN,,,\n"))
    account_id = accounts(engine)["H-1"].id
    now = utcnow()
    with engine.begin() as conn:
        assert assign_account(conn, account_id, g01, now).changed
        assert not assign_account(conn, account_id, g01, now).changed
        moved = assign_account(conn, account_id, g02, now + timedelta(seconds=1))
        assign_account(conn, account_id, None, now + timedelta(seconds=2))
    assert (moved.old_agent_id, moved.new_agent_id) == (g01, g02)
    assert history(engine, account_id) == [(g01, False), (g02, False)]
    assert accounts(engine)["H-1"].agent_code is None
    assert changes(engine) == [
        ("account", account_id, g01),
        ("account", account_id, g01), ("account", account_id, g02),
        ("account", account_id, g02),
    ]


def test_questionnaire_changes_are_for_everyone(engine):
    with engine.begin() as conn:
        record_questionnaire_published(conn, 7, utcnow())
        record_questionnaire_retired(conn, 3, utcnow())
    assert changes(engine) == [("questionnaire_version", 7, None), ("questionnaire_retired", 3, None)]
    with engine.connect() as conn:
        assert latest_change_id(conn) == max(row.id for row in conn.execute(select(Change.id)))


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("1.250.000,50", "1250000.50"), ("1250000,50", "1250000.50"), ("1250000.50", "1250000.50"),
        ("1,250,000.50", "1250000.50"), ("1.250", "1250"), ("1,250", "1250"), ("1,5", "1.5"),
        ("$ 1.250.000", "1250000"), ("0", "0"), ("1 250 000,50", "1250000.50"),
    ],
)
def test_money_rule(text, amount):
    assert parse_money(text) == Decimal(amount)


@pytest.mark.parametrize("text", ["12,34,567", "1.2345", "0,125", "1.250,000.00", "abc", "-5", ",5"])
def test_money_rule_rejects(text):
    with pytest.raises(InvalidValue):
        parse_money(text)

"""campo-server payments import/list and kpis on a real database (both backends): idempotent import, row errors, KPIs follow."""

from __future__ import annotations

import json
from datetime import date, datetime

import openpyxl
import pytest

from syncserver.cli import main
from syncserver.db.bootstrap import open_database
from syncserver.kpis import compute_kpis
from tests.kpi_world import World
from tests.test_kpis import summaries_match_rebuild

ACCOUNTS = "external_ref;debtor_name;address;lat;lon;radius_m;balance;currency;agent_code;segment"


def _cli(db_url, capsys, tmp_path):
    """Run campo-server on the test database with two accounts of agent G01; returns (code, stdout, stderr)."""

    def run(*argv: str) -> tuple[int, str, str]:
        code = main(["--db-url", db_url, *argv])
        out, err = capsys.readouterr()
        return code, out, err

    portfolio = tmp_path / "cartera.csv"
    portfolio.write_text(f"{ACCOUNTS}\nC-1;Ana;Calle 1;;;;1000;COP;G01;pyme\nC-2;Luis;Calle 2;;;;500;COP;G01;\n")
    assert run("init", "--timezone", "America/Bogota")[0] == 0
    assert run("agent", "add", "G01", "Gestor Uno")[0] == 0
    assert run("accounts", "import", str(portfolio))[0] == 0
    return run


@pytest.fixture
def cli(db_url, capsys, tmp_path):
    """campo-server on each backend."""
    return _cli(db_url, capsys, tmp_path)


@pytest.fixture
def sqlite_cli(capsys, tmp_path):
    """campo-server on SQLite only (the row checks do not depend on the backend)."""
    return _cli(f"sqlite:///{tmp_path / 'campo.sqlite3'}", capsys, tmp_path)


@pytest.fixture
def sqlite_engine(tmp_path):
    engine = open_database(db_url=f"sqlite:///{tmp_path / 'kpis.sqlite3'}")
    yield engine
    engine.dispose()


def test_import_twice_changes_nothing_and_lists(cli, tmp_path) -> None:
    path = tmp_path / "pagos.csv"
    path.write_text("external_ref;paid_on;amount;reference\nC-1;2026-03-02;150.000,50;R-1\n"
                    "C-2;05/03/2026;200;R-2\nC-1;2026-03-09;49999.5;R-3\n", encoding="utf-8")
    code, out, _ = cli("payments", "import", str(path), "--json")
    assert code == 0 and json.loads(out) == {"created": 3, "unchanged": 0, "errors": []}
    code, out, _ = cli("payments", "import", str(path), "--json")
    assert code == 0 and json.loads(out) == {"created": 0, "unchanged": 3, "errors": []}
    code, out, _ = cli("payments", "list", "--json")
    listed = json.loads(out)
    assert [(p["reference"], p["external_ref"], p["paid_on"], p["amount"]) for p in listed] == [
        ("R-3", "C-1", "2026-03-09", "49999.50"), ("R-2", "C-2", "2026-03-05", "200.00"),
        ("R-1", "C-1", "2026-03-02", "150000.50")]
    code, out, _ = cli("payments", "list", "--account", "C-2")
    assert code == 0 and "R-2" in out and "R-1" not in out and "PAID ON" in out
    code, out, _ = cli("kpis", "--from", "2026-03-01", "--to", "2026-03-31", "--by", "none", "--json")
    (group,) = json.loads(out)["groups"]  # the accounts were imported (assigned) today, after March
    assert group["collected_amount"] == "200200.00" and group["assigned_accounts"] == 0 and group["hits"] is None
    code, out, _ = cli("kpis", "--from", "2026-03-01", "--to", "2099-12-31", "--by", "agent", "--json")
    (group,) = json.loads(out)["groups"]
    # G01 holds both accounts since today: March's payments were made before it held them.
    assert (group["key"], group["assigned_accounts"], group["collected_amount"]) == ("G01", 2, "0.00")


def test_invalid_rows_are_reported_and_the_valid_ones_kept(sqlite_cli, tmp_path) -> None:
    cli = sqlite_cli
    path = tmp_path / "pagos.csv"
    path.write_text(
        "Reference,External Ref,Paid On,Amount\n"
        "R-1,C-1,2026-03-02,100\n"
        "R-2,C-9,2026-03-02,100\n"      # unknown account
        "R-3,C-1,2026-02-30,100\n"      # no such date
        "R-4,C-1,2026-03-02,-5\n"       # negative
        "R-1,C-2,2026-03-03,7\n"        # reference twice in the file
        ",C-1,2026-03-02,0.001\n",      # no reference; 0.001 is no amount (accounts' number rule)
        encoding="utf-8")
    code, out, _ = cli("payments", "import", str(path), "--json")
    result = json.loads(out)
    assert code == 1 and result["created"] == 1
    errors = {(e["line"], e["column"]): e["message"] for e in result["errors"]}
    assert errors[(3, "external_ref")] == "no account has external_ref 'C-9'"
    assert "no such date" in errors[(4, "paid_on")]
    assert errors[(5, "amount")] == "amount cannot be negative"
    assert errors[(6, "reference")] == "duplicate reference 'R-1', first on line 2"
    assert errors[(7, "reference")] == "missing required value" and errors[(7, "amount")] == "bad number '0.001'"
    changed = tmp_path / "otra.csv"
    changed.write_text("external_ref,paid_on,amount,reference\nC-1,2026-03-02,999,R-1\n", encoding="utf-8")
    code, out, _ = cli("payments", "import", str(changed))
    assert code == 1 and "line 2, column reference: reference 'R-1' is already a different payment" in out
    code, out, _ = cli("payments", "list", "--json")
    assert [p["amount"] for p in json.loads(out)] == ["100.00"]  # the stored payment is unchanged


def test_xlsx_and_file_errors(sqlite_cli, tmp_path) -> None:
    cli = sqlite_cli
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.append(["external_ref", "paid_on", "amount", "reference"])
    sheet.append(["C-1", datetime(2026, 3, 4), 1234.5, 77])
    sheet.append(["C-2", date(2026, 3, 5), 10, "R-8"])
    path = tmp_path / "pagos.xlsx"
    workbook.save(path)
    code, out, _ = cli("payments", "import", str(path), "--json")
    assert code == 0 and json.loads(out)["created"] == 2
    code, out, _ = cli("payments", "list", "--json")
    assert {(p["reference"], p["amount"], p["paid_on"]) for p in json.loads(out)} == {
        ("77", "1234.50", "2026-03-04"), ("R-8", "10.00", "2026-03-05")}
    missing = tmp_path / "sin.csv"
    missing.write_text("external_ref,paid_on,amount\nC-1,2026-03-02,5\n", encoding="utf-8")
    code, _, err = cli("payments", "import", str(missing))
    assert code == 2 and "missing column(s) reference" in err
    code, _, err = cli("kpis", "--from", "2026-03-05", "--to", "2026-03-01")
    assert code == 2 and "before --from" in err


def test_payments_update_kept_promises(sqlite_engine) -> None:
    """A payment imported after the promise matured turns it kept, and the summaries still equal a rebuild."""
    from tests.test_kpis import at

    engine = sqlite_engine
    world = World(engine)
    world.agent("A1")
    world.account("C1", None, "A1")
    world.visit("A1", "C1", at(3, 15), "promise_to_pay", "300.00", date(2026, 3, 10))
    period = (date(2026, 3, 1), date(2026, 3, 31))
    before = compute_kpis(engine, *period, as_of=date(2026, 4, 1)).groups[0]
    world.pay("C1", date(2026, 3, 8), "100.00")
    world.pay("C1", date(2026, 3, 14), "999.00")  # after due + 3 grace days: does not count
    middle = compute_kpis(engine, *period, as_of=date(2026, 4, 1)).groups[0]
    world.pay("C1", date(2026, 3, 13), "200.00")
    after = compute_kpis(engine, *period, as_of=date(2026, 4, 1)).groups[0]
    assert [g.promises_kept for g in (before, middle, after)] == [0, 0, 1]
    assert (after.promises_matured, after.kept_rate, str(after.collected_amount)) == (1, 1.0, "1299.00")
    assert compute_kpis(engine, *period, as_of=date(2026, 3, 13)).groups[0].promises_matured == 0
    assert summaries_match_rebuild(engine)


def test_kpis_table_output(sqlite_cli) -> None:
    code, out, _ = sqlite_cli("kpis", "--from", "2026-03-01", "--to", "2026-03-02", "--by", "day", "--as-of", "2026-03-05")
    lines = out.splitlines()
    assert code == 0 and lines[0].startswith("KPIs 2026-03-01 .. 2026-03-02 (America/Bogota), as of 2026-03-05")
    assert lines[1].split()[:3] == ["KEY", "ASSIGNED", "ATTEMPTED"]
    assert lines[2].split()[0] == "2026-03-01" and "—" in lines[2] and lines[3].split()[0] == "2026-03-02"

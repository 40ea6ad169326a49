"""table_export's typed .xlsx and .csv, the KPI tables, `kpis --xlsx/--csv`, and the report's flagged visits."""

from __future__ import annotations

import csv
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal

import openpyxl
import pytest
from sqlalchemy import insert

from syncserver.cli import main
from syncserver.db.models import Flag
from syncserver.kpis import compute_kpis
from syncserver.kpis.dashboard import DashboardQuery
from syncserver.kpis.printable import flagged_visits, load_printable
from syncserver.kpis.tables import MEASURES, dashboard_table, kpi_table
from syncserver.table_export import Column, ExportError, export_table, sheet_title
from tests.test_kpis import AS_OF, MARCH, at, small_world

COLUMNS = [Column("Gestor"), Column("Visitas", "int"), Column("Tasa", "rate"), Column("Monto", "money"),
           Column("Día", "date"), Column("Inicio", "datetime"), Column("Km", "number")]
ROWS = [["Ana Pérez", 3, 0.5714, Decimal("1234.5"), date(2026, 3, 1), datetime(2026, 3, 1, 9, 15, tzinfo=UTC), 2.5],
        ["Luis", 0, None, Decimal("0"), None, None, None]]


def read_csv(path) -> list[list[str]]:
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # the BOM Excel needs to read UTF-8
    with path.open(encoding="utf-8-sig", newline="") as source:
        return list(csv.reader(source))


def test_xlsx_cells_are_typed(tmp_path) -> None:
    path = tmp_path / "out" / "t.xlsx"  # the folder is created
    assert export_table(path, "Por gestor: marzo/2026", COLUMNS, ROWS) == 2
    sheet = openpyxl.load_workbook(path).active
    assert sheet.title == "Por gestor- marzo-2026" and sheet.freeze_panes == "A2" and sheet.auto_filter.ref == "A1:G3"
    assert [cell.value for cell in sheet[1]] == [c.title for c in COLUMNS]
    name, visits, share, money, day, started, km = sheet[2]
    assert (name.value, visits.value, visits.data_type) == ("Ana Pérez", 3, "n")
    assert (share.value, share.number_format) == (0.5714, "0.0%")
    assert (money.value, money.number_format) == (1234.5, "#,##0.00")
    assert day.is_date and day.value == datetime(2026, 3, 1) and day.number_format == "yyyy-mm-dd"
    assert started.is_date and started.value == datetime(2026, 3, 1, 9, 15)  # its own wall-clock time
    assert km.value == 2.5 and km.data_type == "n"
    assert [cell.value for cell in sheet[3]] == ["Luis", 0, None, 0, None, None, None]
    assert not list(tmp_path.joinpath("out").glob(".*partial"))


def test_csv_is_utf8_with_bom_comma_and_dot(tmp_path) -> None:
    path = tmp_path / "t.csv"
    export_table(path, "ignored in CSV", COLUMNS, ROWS)
    assert read_csv(path) == [
        [c.title for c in COLUMNS],
        ["Ana Pérez", "3", "0.5714", "1234.50", "2026-03-01", "2026-03-01 09:15:00", "2.5"],
        ["Luis", "0", "", "0.00", "", "", ""],
    ]
    assert path.read_bytes().count(b"\r\n") == 3


def test_what_cannot_be_written_is_an_error_and_leaves_no_file(tmp_path) -> None:
    with pytest.raises(ExportError, match="choose a .xlsx or .csv"):
        export_table(tmp_path / "t.pdf", "t", COLUMNS, ROWS)
    for suffix in (".xlsx", ".csv"):
        path = tmp_path / f"bad{suffix}"
        with pytest.raises(ExportError, match=r"row 2, column 'Visitas': '7' is not a int"):
            export_table(path, "t", COLUMNS, [ROWS[0], ["x", "7", None, None, None, None, None]])
        assert not path.exists() and not list(tmp_path.glob(".*partial"))
    with pytest.raises(ExportError, match="row 1 has 1 values for 7 columns"):
        export_table(tmp_path / "short.csv", "t", COLUMNS, [["x"]])
    with pytest.raises(ValueError, match="kind must be one of"):
        Column("x", "percent")
    assert sheet_title("[a]:b*?/c\\") == "-a--b---c-" and sheet_title("") == "Campo"
    assert len(sheet_title("x" * 40)) == 31


def test_kpis_cli_writes_the_groups_typed(tmp_path, capsys) -> None:
    url = f"sqlite:///{tmp_path / 'campo.sqlite3'}"
    assert main(["--db-url", url, "init", "--timezone", "America/Bogota"]) == 0
    from syncserver.db.bootstrap import open_database

    engine = open_database(db_url=url)
    small_world(engine)
    capsys.readouterr()
    xlsx, csv_path = tmp_path / "kpis.xlsx", tmp_path / "kpis.csv"
    code = main(["--db-url", url, "kpis", "--from", "2026-03-01", "--to", "2026-03-31", "--by", "agent", "--as-of",
                 "2026-04-30", "--xlsx", str(xlsx), "--csv", str(csv_path)])
    out = capsys.readouterr().out
    assert code == 0 and f"wrote 2 group(s) to {xlsx}" in out and f"wrote 2 group(s) to {csv_path}" in out
    report = compute_kpis(engine, *MARCH, by="agent", as_of=AS_OF)
    sheet = openpyxl.load_workbook(xlsx).active
    assert [cell.value for cell in sheet[1]] == ["agent", *MEASURES]
    for row, group in zip(sheet.iter_rows(min_row=2, values_only=True), report.groups, strict=True):
        assert row[0] == group.key
        for name, value in zip(MEASURES, row[1:], strict=True):
            expected = getattr(group, name)
            assert value == (float(expected) if isinstance(expected, Decimal) else expected), name
    a1 = sheet[2]
    assert a1[MEASURES.index("hits") + 1].number_format == "0.0%" and a1[1].data_type == "n"
    rows = read_csv(csv_path)
    assert rows[1][0] == "A1" and rows[1][MEASURES.index("penetration") + 1] == "0.6667"
    assert rows[1][MEASURES.index("collected_amount") + 1] == "200000.00"
    with pytest.raises(SystemExit):
        main(["--db-url", url, "kpis", "--from", "2026-03-01", "--to", "2026-03-31", "--xlsx", "x.csv"])
    assert "does not end in .xlsx" in capsys.readouterr().err
    (tmp_path / "taken.csv").mkdir()
    assert main(["--db-url", url, "kpis", "--from", "2026-03-01", "--to", "2026-03-31",
                 "--csv", str(tmp_path / "taken.csv")]) == 2  # a directory of that name: said, not a traceback
    assert "cannot write" in capsys.readouterr().err
    engine.dispose()


def test_kpi_table_keys_and_dashboard_tables(engine) -> None:
    world, _ids = small_world(engine)
    report = compute_kpis(engine, *MARCH, by="segment", as_of=AS_OF)
    columns, rows = kpi_table(report.groups, "segment", labels={"attempts": "Visitas"}, key_title="Segmento",
                              none_key="Sin segmento")
    assert [c.title for c in columns][:5] == ["Segmento", "assigned_accounts", "accounts_attempted",
                                              "accounts_contacted", "Visitas"]
    assert [c.kind for c in columns][-3:] == ["rate", "money", "money"]
    assert columns[MEASURES.index("intensity") + 1].kind == "number"
    assert [row[0] for row in rows] == ["consumo", "pyme"]
    query = DashboardQuery(*MARCH, agent_id=world.agents["A1"])
    columns, rows = dashboard_table(engine, query, "days", titles={"day": "Día"})
    assert columns[0].title == "Día" and columns[0].kind == "date" and len(rows) == 31
    third = next(row for row in rows if row[0] == date(2026, 3, 3))
    assert third[MEASURES.index("attempts") + 1] == 3 and third[1] == 3  # A1 held 3 accounts that day
    columns, rows = dashboard_table(engine, DashboardQuery(*MARCH), "agents")
    assert [c.title for c in columns[:2]] == ["agent", "name"]
    assert [row[:2] for row in rows] == [["A1", "A1"], ["B2", "B2"]]
    columns, rows = dashboard_table(engine, DashboardQuery(*MARCH), "productivity")
    assert [row[0] for row in rows] == ["A1", "B2"] and rows[0][2] == 6  # counted visits (v6 corrected)
    with pytest.raises(ValueError, match="table must be one of"):
        dashboard_table(engine, DashboardQuery(*MARCH), "weeks")


def test_flagged_visits_of_the_report_are_counted_cut_and_filtered(engine) -> None:
    world, ids = small_world(engine)
    flagged = {"v1": ["low_accuracy"], "v3": ["outside_geofence", "stale_fix"], "v5": ["mock_location"],
               "v6": ["clock_skew"]}  # v6 was corrected: it does not count
    with engine.begin() as conn:
        for name, codes in flagged.items():
            for code in codes:
                conn.execute(insert(Flag).values(visit_id=ids[name], code=code, created_at=at(1, 0)))
    query = DashboardQuery(*MARCH)

    def flagged(query, limit):
        with engine.connect() as conn:
            return flagged_visits(conn, query, "America/Bogota", limit)

    found, total = flagged(query, 10)
    assert total == 3 and [v.id for v in found] == [ids["v1"], ids["v3"], ids["v5"]]
    assert found[1].flags == ("outside_geofence", "stale_fix") and found[1].debtor_name == "C2"
    cut, total = flagged(query, 2)
    assert total == 3 and len(cut) == 2
    report = load_printable(engine, DashboardQuery(*MARCH, agent_id=world.agents["B2"]), flagged_limit=5)
    assert [v.id for v in report.flagged] == [ids["v5"]] and not report.flagged_cut
    assert report.agent_name == "B2 (B2)" and report.board.total.attempts == 1
    report = load_printable(engine, DashboardQuery(*MARCH, segment="consumo"), flagged_limit=1)
    assert report.flagged_total == 2 and report.flagged_cut and report.flagged[0].id == ids["v1"]
    assert [g.key for g in report.board.segments] == ["consumo"] and report.board.productivity
    late = DashboardQuery(MARCH[1] + timedelta(days=1), MARCH[1] + timedelta(days=2))
    assert flagged(late, 10) == ([], 0)

"""Indicadores' "Imprimir informe…" and "Exportar…", and the inbox's "Exportar…", end to end on the real app."""

from __future__ import annotations

import csv
from datetime import datetime, timedelta
from decimal import Decimal

import openpyxl
from sqlalchemy import insert, update

from syncserver.db.models import BranchSettings, Flag
from syncserver.kpis import compute_kpis
from syncserver.kpis.tables import MEASURES
from tests.test_dashboard_page import BOGOTA, history, open_dashboard
from tests.test_report_pdf import page_size, pdf_pages


def flag(engine, world, ref: str, code: str) -> str:
    """Flag the (first) visit of account `ref`; returns its id."""
    visit = next(v for v in world.visits if v.account == ref)
    with engine.begin() as conn:
        conn.execute(insert(Flag).values(visit_id=visit.id, code=code, created_at=visit.started_at))
    return visit.id


def test_print_button_writes_the_pdf_of_the_pages_filters(desk, qtbot, tmp_path) -> None:
    engine = desk.host.engine
    world, today = history(engine)
    with engine.begin() as conn:
        conn.execute(update(BranchSettings).values(name="Sucursal Norte"))
    flag(engine, world, "K3", "mock_location")
    page, _visits = open_dashboard(desk, qtbot)
    exports = page.exports
    path = tmp_path / "informe.pdf"
    with qtbot.waitSignal(exports.finished, timeout=20_000) as done:
        exports.write_report(path, "letter")
    assert done.args == [str(path)] and exports.print_button.isEnabled()
    assert exports.message.isVisible() and str(path) in exports.message.text()
    texts = pdf_pages(path)
    assert page_size(path) == (612, 792) and f"({len(texts)} páginas)" in exports.message.text()
    first, whole = texts[0], " ".join(texts)
    start = today - timedelta(days=29)
    assert "Sucursal Norte" in first and f"{start:%d/%m/%Y} – {today:%d/%m/%Y} (30 días)" in first
    for name in ("hits", "ptp_rate", "promised_amount", "collected_amount"):
        assert page.tiles.text_of(name) in first, name  # what the page shows is what is printed
    assert "57,1 %" in first and "Visitas con alertas (1)" in whole and "Ubicación simulada" in whole
    exports.message.close()

    with qtbot.waitSignal(page.loaded, timeout=10_000):
        page.filters.set_agent(world.agents["B2"])  # the report follows the filters
    with qtbot.waitSignal(exports.finished, timeout=20_000):
        exports.write_report(path, "a4")
    whole = " ".join(pdf_pages(path))
    assert page_size(path) == (595, 842) and "Gestor B2 (B2)" in whole and "Visitas con alertas (0)" in whole

    with qtbot.waitSignal(exports.failed, timeout=20_000) as failed:
        exports.write_report(tmp_path / "missing" / "folder" / "x.pdf", "a4")
    assert failed.args[0].startswith("No se pudo guardar el archivo:") and exports.message.isVisible()


def test_export_button_writes_typed_kpi_tables(desk, qtbot, tmp_path) -> None:
    engine = desk.host.engine
    _world, today = history(engine)
    page, _visits = open_dashboard(desk, qtbot)
    exports = page.exports
    first = today - timedelta(days=29)
    xlsx = tmp_path / "gestores.xlsx"
    with qtbot.waitSignal(exports.finished, timeout=20_000):
        exports.export_to(xlsx, "agents")
    assert "2 filas exportadas" in exports.message.text()
    sheet = openpyxl.load_workbook(xlsx).active
    assert sheet.title == "Indicadores por gestor"
    header = [cell.value for cell in sheet[1]]
    assert header[:3] == ["Gestor", "Nombre", "Cuentas asignadas"] and "Contactabilidad" in header
    expected = compute_kpis(engine, first, today, by="agent").groups
    rows = list(sheet.iter_rows(min_row=2))
    assert [row[0].value for row in rows] == [g.key for g in expected] == ["A1", "B2"]  # C3: nothing held, nothing done
    for row, group in zip(rows, expected, strict=True):
        for cell, name in zip(row[2:], MEASURES, strict=True):
            value = getattr(group, name)
            assert cell.value == (float(value) if isinstance(value, Decimal) else value), name
            assert cell.data_type == "n" or (value is None and cell.value is None)
    hits = rows[0][2 + MEASURES.index("hits")]
    assert hits.number_format == "0.0%" and abs(hits.value - 3 / 5) < 1e-12  # A1: 3 contacts in 5 visits
    assert rows[0][2 + MEASURES.index("promised_amount")].number_format == "#,##0.00"

    days = tmp_path / "dias.csv"
    with qtbot.waitSignal(exports.finished, timeout=20_000):
        exports.export_to(days, "days")
    with days.open(encoding="utf-8-sig", newline="") as source:
        table = list(csv.reader(source))
    assert table[0][0] == "Día" and len(table) == 31 and table[1][0] == first.isoformat()
    attempts = table[0].index("Visitas")
    assert sum(int(row[attempts]) for row in table[1:]) == 7

    segments = tmp_path / "segmentos.xlsx"
    with qtbot.waitSignal(exports.finished, timeout=20_000):
        exports.export_to(segments, "segments")
    assert [row[0] for row in openpyxl.load_workbook(segments).active.iter_rows(min_row=2, values_only=True)] == [
        "consumo", "pyme"]
    taken = tmp_path / "taken.csv"
    taken.mkdir()
    with qtbot.waitSignal(exports.failed, timeout=20_000) as failed:
        exports.export_to(taken, "productivity")
    assert "No se pudo guardar el archivo" in failed.args[0] and exports.export_button.isEnabled()


def test_inbox_export_follows_the_inbox_filter(desk, qtbot, tmp_path) -> None:
    from desktop.views.visits_page import VisitsPage

    engine = desk.host.engine
    world, _today = history(engine)
    flagged = flag(engine, world, "K2", "outside_geofence")
    visits = VisitsPage(desk.host)
    desk.window.add_page("visits2", "Visitas", visits)
    qtbot.waitUntil(lambda: not visits._loading and visits.model.rowCount() == 7, timeout=10_000)
    path = tmp_path / "visitas.xlsx"
    with qtbot.waitSignal(visits.exporter.finished, timeout=20_000):
        visits.exporter.export_to(path)
    sheet = openpyxl.load_workbook(path).active
    header = [cell.value for cell in sheet[1]]
    rows = list(sheet.iter_rows(min_row=2, values_only=True))
    assert len(rows) == 7 and header[:2] == ["Inicio", "Gestor"]
    newest = max(world.visits[:7], key=lambda v: v.started_at)
    assert rows[0][0] == newest.started_at.astimezone(BOGOTA).replace(tzinfo=None)  # local time, a real date
    assert isinstance(rows[0][0], datetime)
    promise = next(row for row in rows if row[3] == "K2")
    assert promise[5] == "Promesa de pago" and promise[6] == 150000 and promise[11] == "Fuera de geocerca"
    assert sheet.cell(row=2 + rows.index(promise), column=7).number_format == "#,##0.00"

    visits.flagged_check.setChecked(True)
    only = tmp_path / "alertas.csv"
    with qtbot.waitSignal(visits.exporter.finished, timeout=20_000):
        visits.exporter.export_to(only)
    with only.open(encoding="utf-8-sig", newline="") as source:
        table = list(csv.reader(source))
    assert len(table) == 2 and table[1][header.index("Visita")] == flagged and table[1][6] == "150000.00"
    assert "1 visitas exportadas" in visits.exporter.message.text()


def test_the_file_dialog_only_chooses_the_path_and_the_format(desk, qtbot, tmp_path) -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QFileDialog, QLineEdit

    history(desk.host.engine)
    page, _visits = open_dashboard(desk, qtbot)
    exports = page.exports

    def answer(name_filter: str, file_name: str) -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, QFileDialog), dialog
        dialog.selectNameFilter(name_filter)
        dialog.setDirectory(str(tmp_path))
        dialog.findChild(QLineEdit, "fileNameEdit").setText(file_name)  # as the user types it
        dialog.accept()

    QTimer.singleShot(300, lambda: answer("Indicadores por segmento · CSV (*.csv)", "segmentos"))
    with qtbot.waitSignal(exports.finished, timeout=20_000) as done:
        exports.choose_export()
    assert done.args == [str(tmp_path / "segmentos.csv")] and (tmp_path / "segmentos.csv").read_text("utf-8-sig")
    QTimer.singleShot(300, lambda: answer("PDF, tamaño A4 (*.pdf)", "informe"))
    with qtbot.waitSignal(exports.finished, timeout=20_000) as done:
        exports.choose_report()
    assert done.args == [str(tmp_path / "informe.pdf")] and page_size(tmp_path / "informe.pdf") == (595, 842)
    assert exports.settings.value("reports/page_size") == "a4"  # the next dialog starts on A4

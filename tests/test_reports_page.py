"""The Informes page driven as a user would (real widgets, real embedded server, offscreen): build, see, save, reopen."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QMessageBox

from syncserver.kpis.pivot import run_report
from syncserver.kpis.pivot_result import TOTAL
from syncserver.kpis.report_definition import ReportDefinition
from tests.pivot_reference import expected_cells
from tests.test_dashboard_page import history

MEASURES = ("attempts", "accounts_attempted", "hits", "promised_amount", "collected_amount")


def open_reports(desk, qtbot):
    from desktop.views.reports_page import ReportsPage

    page = ReportsPage(desk.host)
    desk.window.add_page("reports", "Informes", page)
    with qtbot.waitSignal(page.reports_listed, timeout=15_000):
        desk.window.show_page("reports")
    qtbot.waitUntil(lambda: page.builder.filters.lists["agents"].count() == 3, timeout=15_000)
    return page


def choose(combo, value) -> None:
    """Pick an entry of a combo by its data, as a click on it would."""
    combo.setCurrentIndex(combo.findData(value))


def check(checklist, values, role=Qt.ItemDataRole.UserRole + 1) -> None:
    """Tick these entries of a checklist (its items' check boxes, as a click toggles them)."""
    for i in range(checklist.count()):
        item = checklist.item(i)
        if item.data(role) in values:
            item.setCheckState(Qt.CheckState.Checked)


def cells(page) -> list[list[str]]:
    """Every cell of the table as the supervisor reads it."""
    proxy = page.proxy
    return [[proxy.index(r, c).data() for c in range(proxy.columnCount())] for r in range(proxy.rowCount())]


def test_pivot_model_passes_the_model_tester_and_keeps_totals_last(qtmodeltester, tmp_path):
    from desktop.models.pivot_model import PivotModel, PivotSortProxy
    from syncserver.db.bootstrap import open_database
    from tests.test_kpis import AS_OF, MARCH, small_world

    engine = open_database(db_url=f"sqlite:///{tmp_path / 'model.sqlite3'}")
    small_world(engine)
    result = run_report(engine, ReportDefinition(preset="custom", first=MARCH[0], last=MARCH[1], rows=("agent",),
                                                 column="outcome", measures=("attempts", "rpc_rate",
                                                                             "promised_amount")), as_of=AS_OF)
    model = PivotModel()
    qtmodeltester.check(model)
    model.set_result(result)
    qtmodeltester.check(model)
    proxy = PivotSortProxy()
    proxy.setSourceModel(model)
    qtmodeltester.check(proxy)
    assert model.headerData(1, Qt.Orientation.Horizontal) == "Sin contacto\nVisitas"
    assert model.index(0, 0).data() == "A1" and model.index(2, 0).data() == "Total"
    totals = [model.index(2, c).data() for c in range(model.columnCount())]
    assert totals[-3:] == ["7", "75,0 %", "$ 250.000,00"]  # rpc / contacts of every visit: 3 / 4
    assert model.index(0, 2).data() == "—"  # rpc / contacts of A1's no-contact visits: no denominator
    for order in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder):
        proxy.sort(model.columnCount() - 3, order)
        assert proxy.index(2, 0).data() == "Total"
    proxy.sort(model.columnCount() - 3, Qt.SortOrder.DescendingOrder)
    assert [proxy.index(r, 0).data() for r in range(2)] == ["A1", "B2"]
    engine.dispose()


def test_build_save_and_reopen_a_report(desk, qtbot):
    world, today = history(desk.host.engine)
    page = open_reports(desk, qtbot)
    builder = page.builder
    first, last = today - timedelta(days=9), today
    choose(builder.preset_combo, "custom")
    builder.date_from.setDate(QDate(first.year, first.month, first.day))
    builder.date_to.setDate(QDate(last.year, last.month, last.day))
    choose(builder.row_combos[0], "agent")
    for i in range(builder.measure_list.count()):
        builder.measure_list.item(i).setCheckState(Qt.CheckState.Unchecked)
    check(builder.measure_list, MEASURES)
    choose(builder.column_combo, "hour")
    collected = next(builder.measure_list.item(i) for i in range(builder.measure_list.count())
                     if builder.measure_list.item(i).data(Qt.ItemDataRole.UserRole + 1) == "collected_amount")
    assert not collected.flags() & Qt.ItemFlag.ItemIsEnabled  # payments have no hour
    assert "Recaudo no se define por hora" in builder.note_label.text()
    choose(builder.column_combo, "segment")
    assert collected.flags() & Qt.ItemFlag.ItemIsEnabled and not builder.note_label.text()
    check(builder.filters.lists["outcomes"], ("rpc", "no_contact", "third_party", "promise_to_pay"))
    assert "no tienen resultado" in builder.note_label.text()  # an outcome filter leaves payments out too
    builder.filters.set_checked("outcomes", ())
    check(builder.filters.lists["agents"], ("A1", "B2"))
    with qtbot.waitSignal(page.shown, timeout=15_000) as shown:
        qtbot.mouseClick(page.run_button, Qt.MouseButton.LeftButton)
    result = shown.args[0]
    definition = result.definition
    assert definition.rows == ("agent",) and definition.column == "segment" and definition.measures == MEASURES
    rows, columns, expected = expected_cells(world, definition, first, last, today, agents=("A1", "B2"))
    assert set(result.row_keys) == rows == {("A1",), ("B2",)} and set(result.column_keys) == columns
    table = cells(page)
    assert table[0][0] == "A1" and table[-1][0] == "Total"
    grand = expected[(TOTAL, TOTAL)]
    assert table[-1][-5:] == [str(grand["attempts"]), str(grand["accounts_attempted"]),
                              f"{grand['hits'] * 100:.1f} %".replace(".", ","), "$ 150.000,00", "$ 50.000,00"]
    assert page.chart.mode == "grouped" and len(page.chart.series) == len(columns)

    # Exported as shown, with typed cells: numbers as numbers, rates as fractions, the totals row last.
    import csv as csv_module

    import openpyxl

    headers = [page.model.headerData(i, Qt.Orientation.Horizontal) for i in range(page.model.columnCount())]
    for suffix in (".xlsx", ".csv"):
        path = desk.host.config.data_dir / f"informe{suffix}"
        with qtbot.waitSignal(page.export.finished, timeout=15_000):
            page.export.export_to(path)
        if suffix == ".xlsx":
            sheet = openpyxl.load_workbook(path).active
            rows = [[cell.value for cell in row] for row in sheet.iter_rows()]
            assert rows[-1][-5] == grand["attempts"] and isinstance(rows[-1][-5], int)
            assert abs(rows[-1][-3] - grand["hits"]) < 1e-9
        else:
            with path.open(encoding="utf-8-sig", newline="") as handle:
                rows = list(csv_module.reader(handle))
            assert rows[-1][-5] == str(grand["attempts"])
        assert rows[0] == headers and rows[1][0] == "A1" and rows[-1][0] == "Total"
        assert len(rows) == len(table) + 1

    qtbot.keyClicks(page.name_edit, "Gestores por segmento")
    with qtbot.waitSignal(page.reports_listed, timeout=15_000):
        qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert [page.saved.list.item(i).text() for i in range(page.saved.list.count())] == ["Gestores por segmento"]
    saved_cells = table

    from desktop.views.reports_page import ReportsPage

    page.deleteLater()
    again = ReportsPage(desk.host)
    desk.window.add_page("reports2", "Informes", again)
    with qtbot.waitSignal(again.reports_listed, timeout=15_000):
        desk.window.show_page("reports2")
    assert again.builder.definition() != definition.renamed("")  # a fresh page starts from the default
    again.saved.list.setCurrentRow(0)
    with qtbot.waitSignal(again.shown, timeout=15_000):
        qtbot.mouseClick(again.saved.open_button, Qt.MouseButton.LeftButton)
    restored = again.builder.definition("Gestores por segmento")
    assert restored == definition.renamed("Gestores por segmento")
    assert again.builder.preset_combo.currentData() == "custom"
    assert again.builder.date_from.date().toPython() == first and again.builder.column_combo.currentData() == "segment"
    assert again.builder.filters.checked("agents") == ("A1", "B2")
    assert again.name_edit.text() == "Gestores por segmento" and cells(again) == saved_cells

    choose(again.builder.row_combos[1], "outcome")  # change it and save under its own name: overwritten, no question
    with qtbot.waitSignal(again.reports_listed, timeout=15_000):
        qtbot.mouseClick(again.save_button, Qt.MouseButton.LeftButton)
    from syncserver.kpis.saved_reports import list_reports, load_report

    (info,) = list_reports(desk.host.engine)
    assert load_report(desk.host.engine, info.id).rows == ("agent", "outcome")

    again.saved.list.setCurrentRow(0)
    qtbot.mouseClick(again.saved.delete_button, Qt.MouseButton.LeftButton)
    assert again.confirm is not None and "Gestores por segmento" in again.confirm.text()
    with qtbot.waitSignal(again.reports_listed, timeout=15_000):
        again.confirm.button(QMessageBox.StandardButton.Yes).click()
    assert again.saved.list.count() == 0 and list_reports(desk.host.engine) == []


def test_a_name_in_use_asks_before_replacing_and_errors_are_shown(desk, qtbot):
    history(desk.host.engine)
    page = open_reports(desk, qtbot)
    from syncserver.kpis.saved_reports import list_reports, load_report, save_report

    save_report(desk.host.engine, ReportDefinition(name="Diario", rows=("day",), measures=("attempts",)))
    choose(page.builder.row_combos[0], "weekday")
    page.name_edit.setText("Diario")
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.confirm is not None and page.confirm.isVisible(), timeout=15_000)
    assert "Diario" in page.confirm.text()
    with qtbot.waitSignal(page.reports_listed, timeout=15_000):
        page.confirm.button(QMessageBox.StandardButton.Yes).click()
    (info,) = list_reports(desk.host.engine)
    assert load_report(desk.host.engine, info.id).rows == ("weekday",)
    with qtbot.waitSignal(page.reports_listed, timeout=15_000):
        page.saved.list.item(0).setText("Por día de la semana")  # edited in place (F2)
    assert [r.name for r in list_reports(desk.host.engine)] == ["Por día de la semana"]
    assert page.name_edit.text() == "Por día de la semana"  # the open report's own name follows

    choose(page.builder.preset_combo, "custom")
    page.builder.date_from.setDate(QDate(2026, 3, 10))
    page.builder.date_to.setDate(QDate(2026, 3, 1))
    with qtbot.waitSignal(page.message_shown, timeout=15_000) as said:
        qtbot.mouseClick(page.run_button, Qt.MouseButton.LeftButton)
    assert said.args[0] == "El periodo termina antes de empezar: revise las fechas."
    assert page.message_label.isVisible()

"""The "Cartera" page: the model, the search, and the import dialog end to end on a real server."""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal

from syncserver.admin import AccountInfo

HEADER = "external_ref,debtor_name,address,lat,lon,radius_m,balance,currency,days_past_due,agent_code,segment\n"
GOOD = [
    "CR-001,María Gómez Rojas,Calle 45 # 12-30 Chapinero,4.6486,-74.0628,100,1250000.50,COP,35,A1,media\n",
    "CR-002,José Pérez,Carrera 7 # 80-10,4.6600,-74.0550,,880000,COP,12,A1,temprana\n",
    "CR-003,<b>Luz</b> Díaz,Diagonal 3 # 4-5 Bosa,4.6139,-74.1872,50,45000,COP,400,,castigada\n",
]
BAD = [
    "CR-004,Ana Ruiz,Calle 1,95.0,-74.0,,1000,COP,5,A1,temprana\n",  # line 5: lat out of range
    "CR-005,Luis Mora,Calle 2,4.6,-74.1,,not-money,COP,5,A1,temprana\n",  # line 6: balance
    "CR-006,Sandra Ortiz,Calle 3,4.6,-74.1,,1000,COP,5,ZZ9,temprana\n",  # line 7: unknown agent
]


def account(ref: str, name: str = "Ana", balance: str = "10.00", agent: str | None = "A1") -> AccountInfo:
    return AccountInfo(1, ref, name, "Calle 1", 4.6, -74.1, None, Decimal(balance), "COP", 3, "media",
                       1 if agent else None, agent, "Gestor" if agent else None, datetime.now(UTC))


def test_accounts_model_passes_the_model_tester_and_merges_by_rows(qtmodeltester, qtbot):
    from desktop.models.accounts_model import (
        AccountsFilter,
        AccountsModel,
        format_money,
    )

    model = AccountsModel()
    qtmodeltester.check(model)
    model.set_accounts([account("B"), account("D"), account("A")])
    qtmodeltester.check(model)
    assert [model.index(r, 0).data() for r in range(3)] == ["A", "B", "D"]
    resets = []
    model.modelReset.connect(lambda: resets.append(1))
    with qtbot.waitSignal(model.dataChanged) as changed:
        model.set_accounts([account("A"), account("B", balance="20.00"), account("C"), account("D")])
    assert changed.args[0].row() == 1
    assert [model.index(r, 0).data() for r in range(4)] == ["A", "B", "C", "D"]
    model.set_accounts([account("C"), account("E")])
    assert [model.index(r, 0).data() for r in range(2)] == ["C", "E"]
    assert not resets
    qtmodeltester.check(model)
    proxy = AccountsFilter()
    proxy.setSourceModel(model)
    qtmodeltester.check(proxy)
    assert format_money(Decimal("1234567.5"), "COP") == "1.234.567,50 COP"


def test_import_lists_row_errors_before_commit_then_the_table_shows_the_valid_rows(desk, qtbot, tmp_path):
    from desktop.views.accounts_page import AccountsPage

    desk.add_agent("A1", "Marta Ríos")
    page = AccountsPage(desk.host)
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        page.show()
    assert page.model.rowCount() == 0

    portfolio = tmp_path / "cartera.csv"
    portfolio.write_text(HEADER + "".join(GOOD + BAD), encoding="utf-8")
    dialog = page.open_import()
    with qtbot.waitSignal(dialog.checked, timeout=10_000):
        dialog.load(portfolio)
    errors = dialog.error_texts()
    assert any(e.startswith("línea 5, columna lat:") for e in errors), errors
    assert any(e.startswith("línea 6, columna balance:") for e in errors), errors
    assert any(e.startswith("línea 7, columna agent_code:") for e in errors), errors
    assert "3 filas válidas" in dialog.summary_label.text()
    assert dialog.import_button.isEnabled()
    assert page.model.rowCount() == 0  # nothing written before "Importar"

    with qtbot.waitSignal(page.loaded, timeout=15_000):
        qtbot.mouseClick(dialog.import_button, qtbot_left())
    assert dialog.result is not None and dialog.result.created == 3
    assert "3 creadas" in dialog.summary_label.text()
    assert dialog.progress.value() == dialog.progress.maximum()
    refs = sorted(page.model.index(r, 0).data() for r in range(page.model.rowCount()))
    assert refs == ["CR-001", "CR-002", "CR-003"]
    row = refs.index("CR-001")
    assert page.model.index(row, 3).data() == "1.250.000,50 COP"
    assert page.model.index(row, 6).data() == "Marta Ríos (A1)"
    assert "<b>Luz</b> Díaz" in [page.model.index(r, 1).data() for r in range(3)]  # typed text stays text

    page.search_edit.setText("gomez")  # accents and case ignored
    assert page.proxy.rowCount() == 1
    assert page.proxy.index(0, 0).data() == "CR-001"
    page.search_edit.setText("bosa")
    assert [page.proxy.index(r, 0).data() for r in range(page.proxy.rowCount())] == ["CR-003"]
    page.search_edit.setText("marta")
    assert page.proxy.rowCount() == 2
    page.search_edit.setText("")
    assert page.proxy.rowCount() == 3
    assert "3 cuentas" in page.count_label.text()


def test_reimport_reports_updated_moved_unchanged_and_updates_rows_in_place(desk, qtbot, tmp_path):
    from desktop.views.accounts_page import AccountsPage

    desk.add_agent("A1")
    desk.add_agent("A2", "Fabio Quintero")
    page = AccountsPage(desk.host)
    qtbot.addWidget(page)
    first, second = tmp_path / "uno.csv", tmp_path / "dos.csv"
    first.write_text(HEADER + "".join(GOOD), encoding="utf-8")
    second.write_text(HEADER + GOOD[0].replace("1250000.50", "999.99") + GOOD[1].replace(",A1,", ",A2,")
                      + GOOD[2], encoding="utf-8")
    resets = []
    for path in (first, second):
        dialog = page.open_import()
        with qtbot.waitSignal(dialog.checked, timeout=10_000):
            dialog.load(path)
        with qtbot.waitSignal(page.loaded, timeout=15_000):
            dialog.commit()
        if path == first:
            page.model.modelReset.connect(lambda: resets.append(1))
            dialog.accept()
    result = dialog.result
    assert (result.created, result.updated, result.moved, result.unchanged) == (0, 1, 1, 1)
    assert "1 actualizadas, 1 movidas de gestor, 1 sin cambios" in dialog.summary_label.text()
    shown = {page.model.index(r, 0).data(): r for r in range(page.model.rowCount())}
    assert page.model.index(shown["CR-001"], 3).data() == "999,99 COP"
    assert page.model.index(shown["CR-002"], 6).data() == "Fabio Quintero (A2)"
    assert not resets


def test_import_of_a_file_without_required_columns_says_why(desk, qtbot, tmp_path):
    from desktop.views.import_dialog import ImportDialog

    broken = tmp_path / "broken.csv"
    broken.write_text("external_ref,debtor_name\nX,Y\n", encoding="utf-8")
    dialog = ImportDialog(desk.host)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.checked, timeout=10_000):
        dialog.load(broken)
    assert "missing column" in dialog.summary_label.text()
    assert not dialog.import_button.isEnabled()


def qtbot_left():
    from PySide6.QtCore import Qt

    return Qt.MouseButton.LeftButton


def test_xlsx_chosen_in_the_file_dialog_is_checked(desk, qtbot, tmp_path, monkeypatch):
    import openpyxl
    from PySide6.QtWidgets import QFileDialog

    from desktop.views.import_dialog import ImportDialog

    desk.add_agent("A1")
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.append(HEADER.strip().split(","))
    for line in GOOD[:2] + BAD[:1]:
        sheet.append(line.strip().split(","))
    path = tmp_path / "cartera.xlsx"
    workbook.save(path)
    asked = []

    def choose(*args, **kwargs):
        asked.append(args)
        return str(path), ""

    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(choose))
    dialog = ImportDialog(desk.host)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.checked, timeout=10_000) as checked:
        qtbot.mouseClick(dialog.choose_button, qtbot_left())
    assert asked and "*.xlsx" in asked[0][3]
    assert len(checked.args[0].rows) == 2
    assert [e.split(":")[0] for e in dialog.error_texts()] == ["línea 4, columna lat"]


def test_page_reads_only_after_the_server_has_started(qtbot, tmp_path):
    from desktop.server_host import ServerHost
    from desktop.views.accounts_page import AccountsPage
    from syncserver.config import ServerConfig

    host = ServerHost(ServerConfig(data_dir=tmp_path / "fresh", host="127.0.0.1", port=0, discovery=False))
    page = AccountsPage(host)
    qtbot.addWidget(page)
    page.show()
    assert not page.import_button.isEnabled()
    try:
        with qtbot.waitSignal(page.loaded, timeout=30_000):
            host.start()
        assert page.import_button.isEnabled()
        assert page.model.rowCount() == 0
    finally:
        host.stop()

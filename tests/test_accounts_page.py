"""The "Cartera" page: the model, the search, and the import dialog end to end on a real server."""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal

from desktop.models.accounts_model import AGENT, BALANCE, DEBTOR, REF
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
    page = AccountsPage(desk.host, settings=ini(tmp_path))
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        page.show()
    assert page.model.rowCount() == 0

    portfolio = tmp_path / "cartera.csv"
    portfolio.write_text(HEADER + "".join(GOOD + BAD), encoding="utf-8")
    wizard = page.open_import()
    choose_file(qtbot, wizard, portfolio)
    plan = check(qtbot, wizard)
    errors = wizard.preview_page.errors_model.error_texts()
    assert any(e.startswith("línea 5, columna lat:") for e in errors), errors
    assert any(e.startswith("línea 6, columna balance:") for e in errors), errors
    assert any(e.startswith("línea 7, columna agent_code:") for e in errors), errors
    assert len(plan.rows) == 3 and "3 filas listas" in wizard.preview_page.summary_label.text()
    assert page.model.rowCount() == 0  # nothing written before "Importar"

    with qtbot.waitSignal(page.loaded, timeout=15_000):
        assert commit(qtbot, wizard) == "done"
    assert wizard.result is not None and wizard.result.created == 3
    assert wizard.run_page.counts["created"].text() == "3"
    assert wizard.run_page.progress.value() == wizard.run_page.progress.maximum()
    refs = sorted(page.model.index(r, REF).data() for r in range(page.model.rowCount()))
    assert refs == ["CR-001", "CR-002", "CR-003"]
    row = refs.index("CR-001")
    assert page.model.index(row, BALANCE).data() == "1.250.000,50 COP"
    assert page.model.index(row, AGENT).data() == "Marta Ríos (A1)"
    assert "<b>Luz</b> Díaz" in [page.model.index(r, DEBTOR).data() for r in range(3)]  # typed text stays text

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
    page = AccountsPage(desk.host, settings=ini(tmp_path))
    qtbot.addWidget(page)
    first, second = tmp_path / "uno.csv", tmp_path / "dos.csv"
    first.write_text(HEADER + "".join(GOOD), encoding="utf-8")
    second.write_text(HEADER + GOOD[0].replace("1250000.50", "999.99") + GOOD[1].replace(",A1,", ",A2,")
                      + GOOD[2], encoding="utf-8")
    resets = []
    for path in (first, second):
        wizard = page.open_import()
        choose_file(qtbot, wizard, path)
        check(qtbot, wizard)
        with qtbot.waitSignal(page.loaded, timeout=15_000):
            commit(qtbot, wizard)
        if path == first:
            page.model.modelReset.connect(lambda: resets.append(1))
            wizard.accept()
    result = wizard.result
    assert (result.created, result.updated, result.moved, result.unchanged) == (0, 1, 1, 1)
    counts = wizard.run_page.counts
    assert [counts[k].text() for k in ("created", "updated", "unchanged", "errors")] == ["0", "2", "1", "0"]
    assert wizard.run_page.moved_label.text() == "de ellas, 1 cambiaron de gestor"
    shown = {page.model.index(r, 0).data(): r for r in range(page.model.rowCount())}
    assert page.model.index(shown["CR-001"], BALANCE).data() == "999,99 COP"
    assert page.model.index(shown["CR-002"], AGENT).data() == "Fabio Quintero (A2)"
    assert not resets


def test_a_file_without_a_required_column_cannot_pass_the_mapping(desk, qtbot, tmp_path):
    from desktop.views.import_wizard import ImportWizard

    broken = tmp_path / "broken.csv"
    broken.write_text("external_ref,debtor_name\nX,Y\n", encoding="utf-8")
    wizard = ImportWizard(desk.host, settings=ini(tmp_path))
    qtbot.addWidget(wizard)
    wizard.show()
    choose_file(qtbot, wizard, broken)
    wizard.next()
    assert wizard.currentId() == wizard.MAPPING and not wizard.mapping_page.isComplete()
    assert "Falta elegir la columna de: Dirección, Saldo, Moneda." in wizard.mapping_page.problem_label.text()
    assert not wizard.button(wizard.WizardButton.NextButton).isEnabled()
    wizard.next()
    assert wizard.currentId() == wizard.MAPPING


def test_xlsx_chosen_in_the_file_dialog_is_read(desk, qtbot, tmp_path, monkeypatch):
    import openpyxl
    from PySide6.QtWidgets import QFileDialog

    from desktop.views.import_wizard import ImportWizard

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
    wizard = ImportWizard(desk.host, settings=ini(tmp_path))
    qtbot.addWidget(wizard)
    wizard.show()
    with qtbot.waitSignal(wizard.peeked, timeout=10_000) as peeked:
        qtbot.mouseClick(wizard.file_page.choose_button, qtbot_left())
    assert asked and "*.xlsx" in asked[0][3]
    assert peeked.args[0].headers[:2] == ("external_ref", "debtor_name") and len(peeked.args[0].samples) == 3
    wizard.next()
    plan = check(qtbot, wizard)
    assert len(plan.rows) == 2
    assert [e.split(":")[0] for e in wizard.preview_page.errors_model.error_texts()] == ["línea 4, columna lat"]


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


def ini(tmp_path):
    from PySide6.QtCore import QSettings

    return QSettings(str(tmp_path / "campo.ini"), QSettings.Format.IniFormat)


def choose_file(qtbot, wizard, path) -> None:
    """Step 1: the file is read (header and first rows)."""
    with qtbot.waitSignal(wizard.peeked, timeout=10_000):
        wizard.file_page.load(path)
    assert wizard.file_page.isComplete()


def check(qtbot, wizard):
    """Steps 2 and 3: accept the columns as proposed, wait for every row to be checked."""
    if wizard.currentId() == wizard.FILE:
        wizard.next()
    with qtbot.waitSignal(wizard.checked, timeout=15_000) as checked:
        wizard.next()
    return checked.args[0]


def commit(qtbot, wizard) -> str:
    """Step 4: "Importar" and wait for the end ("done", "cancelled" or "failed")."""
    with qtbot.waitSignal(wizard.finished_import, timeout=20_000) as ended:
        wizard.next()
    return ended.args[0]


def qtbot_left():
    from PySide6.QtCore import Qt

    return Qt.MouseButton.LeftButton

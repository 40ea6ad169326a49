"""The import wizard end to end on the real app: a lender's own headers, review, import, cancel, remembered mapping."""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal

from PySide6.QtCore import Qt
from sqlalchemy import func, select, update

from desktop.models.accounts_model import CONSENT, DEBTOR, DOCUMENT, PHONES, PRODUCT
from syncserver.admin import AccountInfo, list_accounts
from syncserver.db.models import Account, BranchSettings
from tests.test_accounts_page import check, choose_file, commit, ini

LENDER = ("No. Obligación;NOMBRE;CEDULA;DIRECCIÓN;SALDO;Días Mora;TELEFONO1;CELULAR;Correo;Autoriza WhatsApp;"
          "AUTORIZA_SMS;PRODUCTO;Monto Original;Fechas Cuotas;COMENTARIO GESTION;Gestor")
ROWS = [
    "OB-1;María Gómez;1.020.304.050;Calle 45 # 12-30;1.250.000,50;35;300 123 4567;(601) 234 5678;maria@correo.co;"
    "sí;no;Tarjeta de crédito;2.000.000;05/01/2026;Llamar en la tarde;A1",
    "OB-2;José Pérez;79555111;Carrera 7 # 80-10;880.000;0;+57 310 765 4321;;;no;;Libre inversión;;;;A1",
    "OB-3;Luz Díaz;52111222;Diagonal 3 # 4-5;mucho;400;3157778899;;luz@@correo;;SI;Microcrédito;;;;A1",
]


def lender_file(tmp_path, rows: list[str], name: str = "banco.csv", header: str = LENDER):
    path = tmp_path / name
    path.write_text("\n".join([header, *rows]) + "\n", encoding="utf-8")
    return path


def page_on(desk, qtbot, tmp_path):
    from desktop.views.accounts_page import AccountsPage

    with desk.host.engine.begin() as conn:
        conn.execute(update(BranchSettings).values(timezone="America/Bogota"))
    desk.add_agent("A1", "Marta Ríos")
    page = AccountsPage(desk.host, settings=ini(tmp_path))
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        page.show()
    return page


def stored(desk) -> int:
    with desk.host.engine.connect() as conn:
        return conn.scalar(select(func.count()).select_from(Account))


def test_a_lenders_file_is_mapped_reviewed_and_imported_with_every_field(desk, qtbot, tmp_path):
    page = page_on(desk, qtbot, tmp_path)
    wizard = page.open_import()
    choose_file(qtbot, wizard, lender_file(tmp_path, ROWS))
    assert wizard.file_page.sample_model.headerData(4, Qt.Orientation.Horizontal) == "SALDO"
    wizard.next()
    mapping = wizard.mapping_page
    assert mapping.combos[("balance", 0)].currentData() == "SALDO"
    assert [mapping.combos[("phones", i)].currentData() for i in range(3)] == ["TELEFONO1", "CELULAR", None]
    assert mapping.combos[("notes", 0)].currentData() is None  # "COMENTARIO GESTION" is no name the guess knows
    assert "COMENTARIO GESTION" in mapping.unused_label.text()
    mapping.choose("notes", "COMENTARIO GESTION")
    mapping.choose("original_amount", "SALDO")
    assert not mapping.isComplete()
    assert "«SALDO» está elegida para Saldo y Monto original" in mapping.problem_label.text()
    mapping.choose("original_amount", "Monto Original")
    assert mapping.isComplete()

    plan = check(qtbot, wizard)
    preview = wizard.preview_page
    assert len(plan.rows) == 2 and stored(desk) == 0  # nothing is written before "Importar"
    assert preview.errors_model.error_texts() == [
        "línea 4, columna SALDO: no es un número válido: 'mucho'",
        "línea 4, columna Correo: no es un correo electrónico: 'luz@@correo'",
    ]
    model = preview.preview_model
    headers = [model.headerData(i, Qt.Orientation.Horizontal) for i in range(model.columnCount())]
    first = dict(zip(headers, (model.index(0, i).data() for i in range(len(headers))), strict=True))
    assert first["Teléfono"] == "+573001234567, +576012345678" and first["Saldo"] == "1.250.000,50 COP"
    assert first["Acepta recordatorios por WhatsApp"] == "Sí" and first["Vencimientos de las cuotas"] == "05/01/2026"
    assert wizard.button(wizard.WizardButton.CommitButton).text() == "Importar 2 cuentas"

    with qtbot.waitSignal(page.loaded, timeout=15_000):
        assert commit(qtbot, wizard) == "done"
    assert [wizard.run_page.counts[k].text() for k in ("created", "updated", "unchanged", "errors")] == [
        "2", "0", "0", "1"]
    maria = {a.external_ref: a for a in list_accounts(desk.host.engine)}["OB-1"]
    assert (maria.notes, maria.original_amount) == ("Llamar en la tarde", Decimal("2000000.00"))
    row = [page.model.index(r, 0).data() for r in range(page.model.rowCount())].index("OB-1")
    cells = [page.model.index(row, column).data() for column in (DOCUMENT, PHONES, PRODUCT, CONSENT)]
    assert cells == ["1.020.304.050", "+573001234567, +576012345678", "Tarjeta de crédito", "WhatsApp"]
    tooltip = page.model.index(row, DEBTOR).data(Qt.ItemDataRole.ToolTipRole)
    assert "Monto original: 2.000.000,00 COP" in tooltip and "Vencimientos: 05/01/2026" in tooltip


def test_cancel_during_the_import_leaves_nothing_imported(desk, qtbot, tmp_path):
    page = page_on(desk, qtbot, tmp_path)
    rows = [f"OB-{i};Deudor {i};{i};Calle {i};{1000 + i};1;300{i:07d};;;;;;;;;A1" for i in range(9000)]
    wizard = page.open_import()
    choose_file(qtbot, wizard, lender_file(tmp_path, rows))
    assert len(check(qtbot, wizard).rows) == 9000
    cancel = wizard.button(wizard.WizardButton.CancelButton)

    def press_cancel(done: int, _total: int) -> None:
        if done == 0 and wizard.importing:
            cancel.click()

    wizard.relay.progressed.connect(press_cancel)
    assert commit(qtbot, wizard) == "cancelled"
    assert wizard.isVisible()  # it stays open to say so
    assert wizard.run_page.status_label.text() == "Importación cancelada: no se guardó ningún cambio."
    assert stored(desk) == 0 and wizard.result is None
    page.refresh()
    qtbot.waitUntil(lambda: not page._loading)
    assert page.model.rowCount() == 0
    wizard.reject()
    assert not wizard.isVisible()


def test_the_mapping_chosen_once_comes_back_for_a_file_with_the_same_headers(desk, qtbot, tmp_path):
    page = page_on(desk, qtbot, tmp_path)
    wizard = page.open_import()
    choose_file(qtbot, wizard, lender_file(tmp_path, ROWS[:1]))
    wizard.next()
    assert "Se reconocieron 15 de 16 columnas" in wizard.mapping_page.source_label.text()
    wizard.mapping_page.choose("notes", "COMENTARIO GESTION")
    wizard.mapping_page.choose("document_id", None)
    check(qtbot, wizard)
    wizard.reject()

    columns = LENDER.split(";")
    reordered = ";".join(reversed(columns))  # same set of headers, other order, other rows
    row = ";".join(reversed(ROWS[1].split(";")))
    wizard = page.open_import()
    assert wizard.currentId() == wizard.FILE and not wizard.file_page.isComplete()
    choose_file(qtbot, wizard, lender_file(tmp_path, [row], name="banco-febrero.csv", header=reordered))
    wizard.next()
    mapping = wizard.mapping_page
    assert "Se usó la asignación que eligió la última vez" in mapping.source_label.text()
    assert mapping.combos[("notes", 0)].currentData() == "COMENTARIO GESTION"
    assert mapping.combos[("document_id", 0)].currentData() is None
    assert mapping.combos[("balance", 0)].currentData() == "SALDO"
    mapping.guess_button.click()
    assert mapping.combos[("document_id", 0)].currentData() == "CEDULA"


def test_wizard_and_cartera_models_pass_the_model_tester(qtmodeltester):
    from desktop.models.accounts_model import AccountsModel
    from desktop.models.import_models import CellsModel, RowErrorsModel

    cells = CellsModel()
    qtmodeltester.check(cells)
    cells.set_table(["A", "B"], [["1", "2"], ["3", "4"]], right=[1])
    qtmodeltester.check(cells)
    errors = RowErrorsModel()
    errors.set_errors([(3, "SALDO", "no es un número válido: 'x'")])
    qtmodeltester.check(errors)
    assert errors.error_texts() == ["línea 3, columna SALDO: no es un número válido: 'x'"]
    model = AccountsModel()
    account = AccountInfo(1, "R-1", "Ana", "Calle 1", None, None, None, Decimal("10.00"), "COP", 3, None, None, None,
                          None, datetime.now(UTC), "123", ("+573001234567",), "a@b.co", True, True, False, "Vehículo",
                          Decimal("99.00"), (date(2026, 1, 5),), "nota")
    model.set_accounts([account])
    qtmodeltester.check(model)
    assert model.index(0, CONSENT).data() == "correo, SMS" and model.index(0, PHONES).data() == "+573001234567"


def test_the_progress_bar_follows_each_chunk_written(desk, qtbot, tmp_path):
    page = page_on(desk, qtbot, tmp_path)
    rows = [f"OB-{i};Deudor {i};{i};Calle {i};{1000 + i};1;300{i:07d};;;;;;;;;A1" for i in range(5000)]
    wizard = page.open_import()
    choose_file(qtbot, wizard, lender_file(tmp_path, rows))
    assert len(check(qtbot, wizard).rows) == 5000
    bar, seen = wizard.run_page.progress, []
    wizard.relay.progressed.connect(lambda done, total: seen.append((done, total, bar.value(), bar.maximum(),
                                                                     bar.isVisibleTo(wizard))))
    with qtbot.waitSignal(page.loaded, timeout=30_000):
        assert commit(qtbot, wizard) == "done"
    assert [s[:2] for s in seen] == [(0, 5000), (2000, 5000), (4000, 5000), (5000, 5000)]  # one report per chunk
    assert all(value == done and maximum == 5000 and shown for done, _total, value, maximum, shown in seen)
    assert wizard.run_page.counts["created"].text() == "5.000" and stored(desk) == 5000

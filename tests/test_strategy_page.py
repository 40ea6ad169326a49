"""The Estrategia page driven as a supervisor would, on the real embedded server, offscreen; its table model."""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal

from PySide6.QtCore import Qt

from syncserver.scoring.model import Factor
from syncserver.scoring.run_queries import ScoredAccount
from syncserver.scoring.runs import run_scoring
from syncserver.scoring.settings import read_scoring_settings
from tests.scoring_world import build_history, history_today


def scored(account_id: int, probability: float, cost: float | None, balance: str = "100.00") -> ScoredAccount:
    return ScoredAccount(account_id, f"R{account_id}", f"Deudor {account_id}", "COP", "A1", probability, cost,
                         "likely_cheap", "field_visit", (Factor("days_past_due", 341.0, -1.8), Factor("rpc", 2.0, 0.5)),
                         40, Decimal(balance))


def test_scores_model_passes_the_model_tester_and_reads_in_words(qtmodeltester) -> None:
    from desktop.models.scores_model import BALANCE, COST, FACTORS, PROBABILITY, ScoresModel, sorted_scores

    model = ScoresModel()
    qtmodeltester.check(model)
    model.set_accounts([(scored(1, 0.8123, 45.0, "1234567.50"), "field_visit"), (scored(2, 0.4, None), "reminder")])
    qtmodeltester.check(model)
    proxy = sorted_scores(model)
    qtmodeltester.check(proxy)
    assert model.index(0, PROBABILITY).data() == "81,2 %" and model.index(0, BALANCE).data() == "1.234.567,50 COP"
    assert model.index(1, COST).data() == "sin ubicación"
    assert model.index(0, FACTORS).data() == "Días de mora 341 (baja); Contactos con el titular 2 (sube)"
    proxy.sort(COST, Qt.SortOrder.DescendingOrder)  # no location: the costliest
    assert proxy.index(0, 0).data() == "R2" and model.account_ids() == [1, 2]


def test_recalculate_then_pick_a_cell_change_the_rules_and_open_the_accounts(desk, qtbot) -> None:
    from desktop.views.accounts_page import AccountsPage
    from desktop.views.strategy_page import StrategyPage

    engine = desk.host.engine
    today = history_today(engine)  # in the zone build_history sets: near midnight UTC the dates differ
    build_history(engine, 400, as_of=today - timedelta(days=30))  # scoring today fits on 30 complete days
    page = StrategyPage(desk.host)
    qtbot.addWidget(page)
    page.resize(1400, 900)
    page.show()
    qtbot.waitUntil(lambda: "Aún no hay corridas" in page.status_label.text(), timeout=30_000)
    assert page.run_combo.count() == 0

    with qtbot.waitSignal(page.run_loaded, timeout=120_000) as loaded:
        qtbot.mouseClick(page.recalc_button, Qt.MouseButton.LeftButton)
        assert not page.recalc_button.isEnabled() and page.recalc_button.text() == "Calculando…"
        assert page.busy_bar.isVisibleTo(page)
    run = loaded.args[0]
    assert page.recalc_button.isEnabled() and not page.busy_bar.isVisibleTo(page)
    assert (run.method, run.n_scored, run.as_of) == ("model", 400, today) and run.auc > 0.7
    assert page.run_combo.count() == 1 and page.run_combo.currentData() == run.id
    assert "regresión logística" in page.model_panel.method_label.text()
    assert "AUC en 100 cuentas reservadas" in page.model_panel.quality_label.text()
    assert len(page.model_panel.plot.curve.getData()[0]) == len(run.calibration["predicted"])
    assert "Días de mora" in page.model_panel.weights_label.text()
    assert sum(cell.count for cell in page.cells) == 400
    assert page.matrix.cells["unlikely_costly"].count_label.text().endswith(" cuentas")

    with qtbot.waitSignal(page.accounts_chosen) as chosen:
        qtbot.mouseClick(page.matrix.cells["likely_costly"], Qt.MouseButton.LeftButton)
    cell = next(c for c in page.cells if c.quadrant == "likely_costly")
    assert chosen.args[0] == cell.account_ids and cell.count > 0
    table = page.cell_accounts.model
    assert table.rowCount() == cell.count and page.matrix.cells["likely_costly"].isChecked()
    assert all(table.row(r)[0].probability >= 0.35 for r in range(table.rowCount()))
    assert page.cell_accounts.title_label.text() == f"Solo recordatorio: {cell.count} cuentas"
    page.cell_accounts.table.selectRow(0)
    assert "probabilidad de pago" in page.cell_accounts.why_label.text()

    likely_before = sum(c.count for c in page.cells if c.quadrant.startswith("likely"))
    page.rules.probability_spin.setValue(20)  # more accounts count as likely: the matrix recounts at once
    likely_after = sum(c.count for c in page.cells if c.quadrant.startswith("likely"))
    assert likely_after > likely_before and sum(c.count for c in page.cells) == 400
    assert table.rowCount() == next(c.count for c in page.cells if c.quadrant == "likely_costly")
    assert "usó otras" in page.matrix_note.text() and "(≥ 20 %)" in page.matrix.likely_label.text()
    page.rules.action_combos["likely_costly"].setCurrentIndex(page.rules.action_combos["likely_costly"].findData(
        "payment_agreement"))
    assert page.matrix.cells["likely_costly"].action_label.text() == "Ofrecer acuerdo de pago"
    with qtbot.waitSignal(page.rules_saved, timeout=10_000):
        qtbot.mouseClick(page.rules.save_button, Qt.MouseButton.LeftButton)
    stored = read_scoring_settings(engine).rules
    assert stored.probability_threshold == 0.2 and stored.actions["likely_costly"] == "payment_agreement"

    accounts = AccountsPage(desk.host)
    qtbot.addWidget(accounts)
    with qtbot.waitSignal(accounts.loaded, timeout=10_000):
        accounts.show()
    page.show_in_accounts.connect(accounts.show_accounts)
    shown = page.cell_accounts.model.account_ids()
    qtbot.mouseClick(page.cell_accounts.open_button, Qt.MouseButton.LeftButton)
    assert accounts.proxy.rowCount() == len(shown) < accounts.model.rowCount()
    assert {accounts.model.account(accounts.proxy.mapToSource(accounts.proxy.index(r, 0)).row()).id
            for r in range(accounts.proxy.rowCount())} == set(shown)
    qtbot.mouseClick(accounts.clear_chosen_button, Qt.MouseButton.LeftButton)
    assert accounts.proxy.rowCount() == accounts.model.rowCount()

    page.tabs.setCurrentWidget(page.history)  # one run: its own outcome, nothing paid yet
    qtbot.waitUntil(lambda: "es de hoy" in page.history.outcome_label.text(), timeout=10_000)
    earlier = run_scoring(engine, today - timedelta(days=10), trigger="cli")  # e.g. from the console
    with qtbot.waitSignal(page.comparison_shown, timeout=30_000) as compared:
        page.refresh()
    outcome = compared.args[0]
    assert outcome.run_id == earlier and outcome.days_observed == 10 and not outcome.complete
    assert page.run_combo.count() == 2 and page.run_combo.currentData() == run.id  # the run shown stays
    assert page.history.combo.count() == 2 and page.history.combo.currentData() == earlier
    assert "10 de 30 días observados" in page.history.outcome_label.text()
    assert page.history.moves_label.text().startswith(f"Hasta la corrida #{run.id}: 400 cuentas en ambas")
    assert len(page.history.chart.predicted.getData()[0]) == 10
    nightly = run_scoring(engine, today, trigger="nightly")  # made while the page was hidden: shown when it returns
    with qtbot.waitSignal(page.run_loaded, timeout=30_000) as loaded:
        page.hide()
        page.show()
    assert loaded.args[0].id == nightly and page.run_combo.count() == 3 and page.run_combo.currentData() == nightly


def test_the_page_speaks_english(qtbot, tmp_path) -> None:
    from PySide6.QtWidgets import QApplication

    from desktop.app import install_translator
    from desktop.models.scoring_words import action_names, factor_text
    from desktop.server_host import ServerHost
    from desktop.views.strategy_page import StrategyPage
    from syncserver.config import ServerConfig

    app = QApplication.instance()
    translator = install_translator(app, "en")
    try:
        page = StrategyPage(ServerHost(ServerConfig(data_dir=tmp_path, host="127.0.0.1", port=0, discovery=False)))
        qtbot.addWidget(page)
        assert page.recalc_button.text() == "Recalculate"
        assert page.tabs.tabText(0) == "Rules" and page.rules.save_button.text() == "Save as the branch’s rules"
        assert page.matrix.likely_label.text() == "Likely to pay\n(≥ 35 %)"
        assert page.cell_accounts.open_button.text() == "Show in Portfolio"
        assert action_names()["field_visit"] == "Field visit first"
        assert factor_text(Factor("rpc", 2.0, 0.4)) == "Contacts with the debtor 2 (raises)"
    finally:
        app.removeTranslator(translator)
    assert action_names()["field_visit"] == "Visita en campo primero"


def test_the_main_window_lists_the_page_and_ver_en_cartera_opens_the_filtered_portfolio(desk, qtbot) -> None:
    from desktop.views.accounts_page import AccountsPage
    from desktop.views.pages import build_pages
    from desktop.views.strategy_page import StrategyPage

    import shiboken6

    build_pages(desk.window, desk.host)
    pages = desk.window.pages_by_key
    with qtbot.waitSignal(pages["map"].data_shown, timeout=20_000):  # the first page shown loads its map
        pass
    try:
        strategy, accounts = pages["strategy"], pages["accounts"]
        assert isinstance(strategy, StrategyPage) and isinstance(accounts, AccountsPage)
        titles = [desk.window.navigation.item(i).text() for i in range(desk.window.navigation.count())]
        assert titles.index("Estrategia") == titles.index("Cartera") + 1
        strategy.show_in_accounts.emit([1, 2])
        assert desk.window.pages.currentWidget() is accounts and accounts.proxy.ids == {1, 2}
        assert accounts.chosen_bar.isVisibleTo(accounts) and "2 cuentas elegidas" in accounts.chosen_label.text()
    finally:  # the map's web page must go before the web profile does, at exit
        pages["map"].close()
        shiboken6.delete(pages["map"])

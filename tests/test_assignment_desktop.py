"""Assignment in the desktop, driven as a supervisor would: the Cartera page's "Asignar a…" on a selection and on
every row of a filter, auto-balance with its preview, the history dialog, roles; the reference device
(mobile_protocol/device) sees the removals and additions on its next delta sync over real HTTP."""

from __future__ import annotations

import json
from dataclasses import replace

import pytest
from PySide6.QtCore import Qt

from desktop.models.accounts_model import AGENT, REF
from mobile_protocol.device.cli import main as device
from mobile_protocol.device.state import DeviceState
from syncserver import permissions as p
from syncserver.audit import ACCOUNTS_ASSIGNED
from syncserver.audit_log import AuditFilter, list_audit
from syncserver.users import create_user
from tests.test_map_page import import_accounts
from tests.test_security_desktop import sign_in_as
from tests.test_users import quick_hashes  # noqa: F401 - fixture

ROWS = [("CR-1", 4.650, -74.060, "A1"), ("CR-2", 4.651, -74.061, "A1"), ("CR-3", 4.652, -74.062, "A1"),
        ("CR-4", 4.700, -74.000, "A1"), ("CR-5", 4.701, -74.001, "B2"), ("CR-6", 4.702, -74.002, "B2")]


class Phone:
    """The reference device, paired to one agent, in its own state folder."""

    def __init__(self, desk, tmp_path, agent: str, capsys) -> None:
        self.args, self.capsys = ["--state-dir", str(tmp_path / f"phone-{agent}")], capsys
        assert device([*self.args, "pair", f"http://127.0.0.1:{desk.host.port}", desk.pairing_code(agent)]) == 0
        self.capsys.readouterr()

    def sync(self) -> dict:
        """A sync as the device makes it (delta once it has a cursor): its summary."""
        assert device([*self.args, "sync", "--json"]) == 0
        return json.loads(self.capsys.readouterr().out)

    def refs(self) -> list[str]:
        with DeviceState.in_dir(self.args[1]) as state:
            return sorted(account.external_ref for account in state.accounts())


@pytest.fixture
def cartera(desk, qtbot, tmp_path):
    from desktop.views.accounts_page import AccountsPage

    desk.add_agent("A1", "Ana Ríos")
    desk.add_agent("B2", "Beto Díaz")
    import_accounts(desk, tmp_path, [{"external_ref": ref, "debtor_name": f"Deudor {ref}", "address": "Calle 1",
                                      "lat": lat, "lon": lon, "agent_code": agent} for ref, lat, lon, agent in ROWS])
    page = AccountsPage(desk.host)
    qtbot.addWidget(page)
    page.resize(1300, 600)
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        page.show()
    return page


def agent_id(desk, code: str) -> int:
    with desk.host.engine.connect() as conn:
        return conn.exec_driver_sql("SELECT id FROM agents WHERE code = ?", (code,)).scalar()


def agents_shown(page) -> dict[str, str]:
    return {page.model.index(r, REF).data(): page.model.index(r, AGENT).data() for r in range(page.model.rowCount())}


def assign_through_dialog(qtbot, dialog, agent: int | None):
    qtbot.waitUntil(lambda: dialog.agent_combo.isEnabled(), timeout=5000)
    dialog.choose_agent(agent)
    with qtbot.waitSignal(dialog.assigned, timeout=10_000) as assigned:
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    return assigned.args[0]


def test_assign_a_selection_then_a_filter_updates_rows_in_place_and_the_phones(desk, qtbot, tmp_path, capsys,
                                                                                 cartera):
    page, actions = cartera, cartera.assignment
    phone_a, phone_b = Phone(desk, tmp_path, "A1", capsys), Phone(desk, tmp_path, "B2", capsys)
    assert phone_a.sync()["total_accounts"] == 4 and phone_b.sync()["total_accounts"] == 2
    assert actions.assign_button.isEnabled() and not actions.assign_selected.isEnabled()

    page.table.selectRow(0)
    page.table.selectionModel().select(page.proxy.index(1, 0), page.table.selectionModel().SelectionFlag.Select
                                       | page.table.selectionModel().SelectionFlag.Rows)
    assert actions.assign_selected.isEnabled() and actions.assign_selected.text() == "Las 2 cuentas seleccionadas…"
    resets, changes = [], []
    page.model.modelReset.connect(lambda: resets.append(1))
    page.model.dataChanged.connect(lambda first, last, *_: changes.append((first.row(), last.row(), first.column())))
    actions.assign_selected.trigger()
    dialog = actions.dialog
    assert dialog.summary_label.text().startswith("2 cuentas, saldo total 2.000,00 COP")
    result = assign_through_dialog(qtbot, dialog, agent_id(desk, "B2"))
    assert (result.moved, result.unchanged) == (2, 0)
    shown = agents_shown(page)
    assert shown["CR-1"] == shown["CR-2"] == "Beto Díaz (B2)" and shown["CR-3"] == "Ana Ríos (A1)"
    assert changes == [(0, 1, AGENT)] and not resets  # one dataChanged for the two rows, agent column only
    assert len(page.table.selectionModel().selectedRows()) == 2  # the selection survives
    assert page.notice_label.text() == "2 cuentas cambiaron de gestor; 0 ya lo tenían."

    delta_a, delta_b = phone_a.sync(), phone_b.sync()
    assert (delta_a["full"], delta_a["removed_accounts"], delta_a["total_accounts"]) == (False, 2, 2)
    assert (delta_b["full"], delta_b["accounts"], delta_b["total_accounts"]) == (False, 2, 4)
    assert phone_a.refs() == ["CR-3", "CR-4"] and phone_b.refs() == ["CR-1", "CR-2", "CR-5", "CR-6"]

    page.search_edit.setText("beto")  # every row the filter shows: B2's four accounts
    assert actions.assign_shown.text() == "Todas las cuentas mostradas (4)…"
    actions.assign_shown.trigger()
    result = assign_through_dialog(qtbot, actions.dialog, None)  # "Sin gestor": unassign them
    assert result.moved == 4 and page.proxy.rowCount() == 0  # no longer found by the agent's name
    assert phone_b.sync()["removed_accounts"] == 4 and phone_b.refs() == []
    assert phone_a.sync()["removed_accounts"] == 0 and phone_a.refs() == ["CR-3", "CR-4"]
    page.search_edit.setText("")
    assert [agents_shown(page)[ref] for ref in ("CR-1", "CR-5", "CR-3")] == ["", "", "Ana Ríos (A1)"]
    assert not resets

    entries = list_audit(desk.host.engine, AuditFilter(action=ACCOUNTS_ASSIGNED))
    assert [(e.details["moved"], e.details["source"], e.subject_id) for e in entries] == [
        (4, "manual", None), (2, "manual", "B2")]
    assert entries[0].actor.startswith("pc:")

    page.table.clearSelection()
    page.table.selectRow([r for r in range(page.proxy.rowCount()) if page.proxy.index(r, REF).data() == "CR-1"][0])
    assert actions.history_button.isEnabled()
    history = actions.open_history()
    with qtbot.waitSignal(history.loaded, timeout=5000) as loaded:
        pass
    assert loaded.args[0] == 2
    assert [history.model.index(r, 0).data() for r in range(2)] == ["Beto Díaz (B2)", "Ana Ríos (A1)"]
    assert history.model.index(0, 2).data() != "hoy (la tiene)" and "CR-1 · Deudor CR-1" in history.title_label.text()


def test_auto_balance_previews_then_commits_in_one_action(desk, qtbot, cartera):
    from desktop.models.balance_model import AFTER, BEFORE

    page, actions = cartera, cartera.assignment
    dialog = actions.open_balance()
    with qtbot.waitSignal(dialog.agents_loaded, timeout=5000):
        pass
    assert dialog.chosen_agents() == [agent_id(desk, "A1"), agent_id(desk, "B2")] and not dialog.ok_button.isEnabled()
    dialog.max_accounts.setValue(2)  # six accounts, two agents with room for two each
    with qtbot.waitSignal(dialog.planned, timeout=20_000) as planned:
        qtbot.mouseClick(dialog.preview_button, Qt.MouseButton.LeftButton)
    plan = planned.args[0]
    assert [dialog.model.index(r, AFTER).data() for r in range(2)] == ["2", "2"]
    assert [dialog.model.index(r, BEFORE).data() for r in range(2)] == ["4", "2"]
    summary = dialog.summary_label.text()
    assert "4 cuentas entre 2 gestores: de 2 a 2 cuentas" in summary
    assert "2 cuentas no caben en los topes: quedarían sin gestor." in summary
    assert "minutos de servicio" in summary and dialog.ok_button.isEnabled()
    dialog.max_accounts.setValue(3)  # another choice: the preview no longer stands
    assert not dialog.ok_button.isEnabled() and dialog.plan is None
    with qtbot.waitSignal(dialog.planned, timeout=20_000) as planned:
        dialog.preview()
    plan = planned.args[0]
    assert sorted(load.accounts for load in plan.loads) == [3, 3] and not plan.unplaced
    with qtbot.waitSignal(dialog.balanced, timeout=20_000) as balanced:
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert balanced.args[0].moved == plan.moves
    shown = agents_shown(page)
    assert sorted(shown.values()).count("Ana Ríos (A1)") == 3 and sorted(shown.values()).count("Beto Díaz (B2)") == 3
    assert shown["CR-1"] == shown["CR-2"] == shown["CR-3"]  # neighbours stay together
    entry = list_audit(desk.host.engine, AuditFilter(action=ACCOUNTS_ASSIGNED))[0]
    assert entry.details["source"] == "balance" and entry.details["max_accounts"] == 3


def test_a_viewer_sees_assignment_greyed_with_why(quick_hashes, desk, qtbot, cartera):  # noqa: F811
    from desktop.views.assign_dialog import AssignDialog

    engine = desk.host.engine
    create_user(engine, "ana", "Ana Pérez", p.ADMINISTRATOR, "clave de ana 12", actor="cli:test")
    create_user(engine, "marta", "Marta Gil", p.VIEWER, "clave de marta 1", actor="ana")
    sign_in_as(desk, "marta")
    actions = cartera.assignment
    why = "Su rol (consulta) no permite asignar cuentas."
    assert not actions.assign_button.isEnabled() and actions.assign_button.toolTip() == why
    assert not actions.balance_button.isEnabled() and actions.balance_button.toolTip() == why
    cartera.table.selectRow(0)
    assert actions.history_button.isEnabled()  # looking is allowed
    assert actions.open_assign(actions.selected_ids()) is None and actions.open_balance() is None
    dialog = AssignDialog(desk.host, actions.selected_ids(), "1 cuenta")  # e.g. from a map zone
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.agents_loaded, timeout=5000):
        pass
    assert not dialog.ok_button.isEnabled() and dialog.ok_button.toolTip() == why
    sign_in_as(desk, "ana")
    assert actions.assign_button.isEnabled() and actions.balance_button.isEnabled()


def test_a_strategy_cell_leads_straight_to_assigning_its_accounts(desk, qtbot):
    from datetime import timedelta

    from desktop.models.scores_model import AGENT as CELL_AGENT
    from desktop.views.strategy_page import StrategyPage
    from syncserver.scoring.runs import run_scoring
    from tests.scoring_world import build_history, history_today

    engine = desk.host.engine
    build_history(engine, 300, as_of=history_today(engine) - timedelta(days=30))
    run_id = run_scoring(engine)
    desk.add_agent("N1", "Nora Vega")
    page = StrategyPage(desk.host)
    qtbot.addWidget(page)
    page.resize(1400, 900)
    with qtbot.waitSignal(page.run_loaded, timeout=60_000):
        page.show()
    cells = page.cell_accounts
    assert not cells.assign_button.isEnabled()  # no cell chosen yet
    cell = max(page.cells, key=lambda c: c.count)
    page.choose_cell(cell.quadrant)
    assert cells.assign_button.isEnabled()
    assert cells.chosen_ids() == cells.model.account_ids()  # nothing selected: the whole cell
    cells.table.selectRow(0)
    cells.table.selectionModel().select(cells.table.model().index(1, 0),
                                        cells.table.selectionModel().SelectionFlag.Select
                                        | cells.table.selectionModel().SelectionFlag.Rows)
    chosen = cells.chosen_ids()
    assert len(chosen) == 2
    qtbot.mouseClick(cells.assign_button, Qt.MouseButton.LeftButton)
    dialog = page.assignment.dialog
    assert dialog.summary_label.text().startswith("2 cuentas de la celda «")
    assert f"(corrida #{run_id})" in dialog.summary_label.text()
    changed = []
    cells.model.dataChanged.connect(lambda first, *_: changed.append((first.row(), first.column())))
    result = assign_through_dialog(qtbot, dialog, agent_id(desk, "N1"))
    assert result.moved == 2 and {column for _row, column in changed} == {CELL_AGENT}
    by_id = {cells.model.row(r)[0].account_id: cells.model.index(r, CELL_AGENT).data()
             for r in range(cells.model.rowCount())}
    assert [by_id[i] for i in chosen] == ["N1", "N1"]
    entry = list_audit(engine, AuditFilter(action=ACCOUNTS_ASSIGNED))[0]
    assert (entry.details["source"], entry.details["quadrant"], entry.details["scoring_run"]) == (
        "strategy", cell.quadrant, run_id)
    page.choose_cell(cell.quadrant)  # shown again from the run in memory: the new holders stay
    assert sorted(cells.model.row(r)[0].agent_code for r in range(cells.model.rowCount())).count("N1") == 2


def test_the_assignment_models_pass_the_model_tester(qtmodeltester, qtbot):
    from datetime import UTC, datetime
    from zoneinfo import ZoneInfo

    from desktop.models.accounts_model import AccountsModel
    from desktop.models.assignment_history_model import AssignmentHistoryModel
    from desktop.models.balance_model import GAP, BalanceModel
    from syncserver.assignment_history import Holding
    from syncserver.balance_plan import AgentLoad
    from tests.test_accounts_page import account

    model = AccountsModel()
    model.set_accounts([account("A"), account("B"), account("C")])
    rows = model.accounts()
    ids = {row.external_ref: n + 1 for n, row in enumerate(rows)}
    model.set_accounts([replace(row, id=ids[row.external_ref]) for row in rows])
    with qtbot.waitSignals([model.dataChanged, model.dataChanged]):
        assert model.set_holders({1: 7, 3: None, 2: 1}, {7: ("Z9", "Zoe"), 1: ("A1", "Gestor")}) == 2  # B: as before
    assert [model.index(r, AGENT).data() for r in range(3)] == ["Zoe (Z9)", "Gestor (A1)", ""]
    qtmodeltester.check(model)

    history = AssignmentHistoryModel()
    since = datetime(2026, 3, 1, 15, tzinfo=UTC)
    history.set_history([Holding(1, "A1", "Ana", since, None), Holding(2, "B2", "Beto", since, since)],
                        ZoneInfo("America/Bogota"))
    qtmodeltester.check(history)
    assert [history.index(0, c).data() for c in range(3)] == ["Ana (A1)", "01/03/2026 10:00", "hoy (la tiene)"]

    balance = BalanceModel()
    balance.set_loads([AgentLoad(1, "A1", "Ana", 4, 3, 330.0, 300.0), AgentLoad(2, "B2", "Beto", 0, 3, 270, 0)])
    qtmodeltester.check(balance)
    assert [balance.index(r, GAP).data() for r in range(2)] == ["+10,0 %", "—"]

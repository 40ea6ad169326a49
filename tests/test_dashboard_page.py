"""The Indicadores page driven as a user would, on the real main window and embedded server, offscreen."""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal
from zoneinfo import ZoneInfo

from PySide6.QtCore import Qt

from tests.kpi_world import World, reference
from tests.test_api_flow import iso, visit
from tests.test_desktop_shell import post

BOGOTA = ZoneInfo("America/Bogota")


def local_noon(days_ago: int, hour: int = 12) -> datetime:
    """A moment `days_ago` local days before the branch's today, at `hour` local time."""
    today = datetime.now(UTC).astimezone(BOGOTA).date()
    return datetime.combine(today - timedelta(days=days_ago), time(hour), BOGOTA).astimezone(UTC)


def history(engine) -> tuple[World, date]:
    """Two agents with visits over the last days (one in the period before), a third with none."""
    world = World(engine)
    for code in ("A1", "B2", "C3"):
        world.agent(code)
    since = local_noon(90)
    for i, (segment, agent) in enumerate([("consumo", "A1"), ("consumo", "A1"), ("pyme", "A1"), ("pyme", "A1"),
                                          ("consumo", "B2"), ("pyme", "B2")]):
        world.account(f"K{i}", segment, agent, since)
    today = datetime.now(UTC).astimezone(BOGOTA).date()
    world.visit("A1", "K0", local_noon(2, 9), "rpc")
    world.visit("A1", "K1", local_noon(2, 10), "no_contact")
    world.visit("A1", "K2", local_noon(2, 11), "promise_to_pay", "150000.00", today + timedelta(days=20))
    world.visit("A1", "K3", local_noon(1, 16), "third_party")
    world.visit("A1", "K0", local_noon(1, 17), "no_contact")
    world.visit("B2", "K4", local_noon(3, 9), "no_contact")
    world.visit("B2", "K5", local_noon(3, 15), "rpc")
    world.visit("A1", "K1", local_noon(40, 9), "no_contact")  # the previous 30 days
    world.pay("K0", today - timedelta(days=1), "50000.00")
    return world, today


def expected(values: dict, name: str):
    """A rate straight from the reference's counts (None without denominator)."""
    numerator, denominator = {
        "penetration": ("accounts_contacted", "assigned_accounts"), "intensity": ("attempts", "accounts_attempted"),
        "hits": ("contacts", "attempts"), "rpc_rate": ("rpc", "contacts"), "ptp_rate": ("promises", "rpc"),
        "kept_rate": ("promises_kept", "promises_matured"),
    }[name]
    return values[numerator] / values[denominator] if values[denominator] else None


def open_dashboard(desk, qtbot):
    from desktop.views.dashboard_page import DashboardPage
    from desktop.views.visits_page import VisitsPage

    visits = VisitsPage(desk.host)
    desk.window.add_page("visits", "Visitas", visits)
    page = DashboardPage(desk.host)
    desk.window.add_page("dashboard", "Indicadores", page)
    page.open_visits.connect(lambda *args: (desk.window.show_page("visits"), visits.show_visits(*args)))
    page.filters.preset_combo.blockSignals(True)
    page.filters.set_preset("last30")
    page.filters.preset_combo.blockSignals(False)
    page.filters._show_dates()
    with qtbot.waitSignals([page.loaded, page.details_loaded], timeout=15_000):
        desk.window.show_page("dashboard")
    return page, visits


def test_models_pass_the_model_tester(qtmodeltester):
    from desktop.models.kpi_groups_model import KpiGroupsModel, sorted_proxy
    from desktop.models.kpi_productivity_model import ProductivityModel
    from desktop.models.payments_model import PaymentsFilter, PaymentsModel
    from syncserver.kpis.productivity import AgentProductivity
    from syncserver.kpis.report import KpiGroup
    from syncserver.payments import PaymentInfo

    groups = KpiGroupsModel("Segmento")
    qtmodeltester.check(groups)
    groups.set_groups([KpiGroup("pyme", attempts=3, contacts=1), KpiGroup(None), KpiGroup("consumo", attempts=1)])
    qtmodeltester.check(groups)
    proxy = sorted_proxy(groups)
    proxy.sort(6, Qt.SortOrder.DescendingOrder)  # hits: 1/3, null, 0/1
    assert [proxy.index(r, 0).data() for r in range(3)] == ["pyme", "consumo", "Sin segmento"]
    assert proxy.index(2, 6).data() == "—" and proxy.index(0, 6).data() == "33,3 %"
    qtmodeltester.check(proxy)
    productivity = ProductivityModel()
    productivity.set_agents([AgentProductivity(1, "A1", "Ana", 6, 3, 5, 1, 2, 7200.0, 12.345)])
    qtmodeltester.check(productivity)
    assert [productivity.index(0, c).data() for c in range(8)] == [
        "Ana (A1)", "6", "2,0", "1,0", "12,3", "6,2", "83,3 %", "1"]
    payments = PaymentsModel()
    payments.set_payments([PaymentInfo("R-1", "K1", date(2026, 3, 4), Decimal("1234.50"), datetime.now(UTC)),
                           PaymentInfo("R-2", "K2", date(2026, 3, 5), Decimal("10.00"), datetime.now(UTC))])
    qtmodeltester.check(payments)
    found = PaymentsFilter()
    found.setSourceModel(payments)
    found.set_text("k2")
    qtmodeltester.check(found)
    assert found.rowCount() == 1 and payments.index(0, 2).data() == "$ 1.234,50"

    from desktop.models.kpi_visits_filter import SlotVisitsFilter, slot_label
    from desktop.models.visits_model import VisitsModel
    from tests.test_desktop_visits import row

    visits = VisitsModel()
    visits.set_time_zone(BOGOTA)
    visits.set_rows([row(1), row(2, minutes=60), row(3, minutes=24 * 60)])  # Monday 10:00, 11:00, Tuesday 10:00
    slots = SlotVisitsFilter()
    slots.setSourceModel(visits)
    slots.set_local_slot((0, 10))
    qtmodeltester.check(slots)
    assert slots.rowCount() == 1 and slot_label((0, 10)) == "Solo lun 10h"
    slots.set_local_slot(None)
    assert slots.rowCount() == 3


def test_tiles_show_the_definitions_and_follow_the_filters(desk, qtbot):
    from desktop.models.kpi_format import format_change, format_value

    world, today = history(desk.host.engine)
    page, _visits = open_dashboard(desk, qtbot)
    first, last = today - timedelta(days=29), today
    assert page.period() == (first, last)
    now = reference(world, first, last, "none", today)[None]
    before = reference(world, first - timedelta(days=30), first - timedelta(days=1), "none", today)[None]
    assert (now["attempts"], now["contacts"], before["attempts"]) == (7, 4, 1)  # the history is what we think
    for name in ("penetration", "intensity", "hits", "rpc_rate", "ptp_rate"):
        assert page.tiles.text_of(name) == format_value(name, expected(now, name)), name
    assert page.tiles.text_of("hits") == "57,1 %" and page.tiles.text_of("kept_rate") == "—"  # nothing matured
    assert page.tiles.text_of("promised_amount") == "$ 150.000" and page.tiles.text_of("collected_amount") == "$ 50.000"
    assert page.tiles.tiles["hits"].change_label.text().startswith(format_change("hits", 4 / 7, 0.0))
    assert page.funnel.steps == [(label, n) for label, n in zip(page.funnel.stage_names(), (6, 6, 4, 3, 1, 0),
                                                                strict=True)]

    b2 = reference(world, first, last, "agent", today)["B2"]
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        page.filters.set_agent(world.agents["B2"])
    assert page.tiles.text_of("hits") == format_value("hits", expected(b2, "hits")) == "50,0 %"
    assert page.tiles.text_of("ptp_rate") == "0,0 %" and page.tiles.text_of("promised_amount") == "$ 0"
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        page.filters.set_agent(world.agents["C3"])  # no visits: every rate has a zero denominator
    for name in ("intensity", "hits", "rpc_rate", "ptp_rate", "kept_rate", "penetration"):
        assert page.tiles.text_of(name) == "—", name
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        page.filters.set_agent(None)
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        page.filters.set_segment("pyme")
    assert page.board.total.attempts == 3 and page.tiles.text_of("hits") == "100,0 %"  # K2, K3 by A1; K5 by B2
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        page.filters.set_custom(today - timedelta(days=2), today - timedelta(days=2))
    assert page.board.total.attempts == 1 and len(page.board.days) == 1  # pyme on that day: K2's promise
    assert page.tiles.text_of("ptp_rate") == "100,0 %"


def test_clicking_a_bar_or_a_cell_opens_those_visits_in_the_inbox(desk, qtbot):
    _world, today = history(desk.host.engine)
    page, visits = open_dashboard(desk, qtbot)
    qtbot.waitUntil(lambda: page.productivity_model.rowCount() == 2, timeout=10_000)  # read after the tiles
    assert [(a.code, a.visits, a.visit_days) for a in page.productivity_model._rows] == [("A1", 5, 2), ("B2", 2, 1)]
    bars = page.agent_bars
    page.bar_measure.setCurrentIndex(page.bar_measure.findData("attempts"))
    assert bars.codes == ["A1", "B2"]
    with qtbot.waitSignal(bars.agent_clicked) as clicked:
        qtbot.mouseClick(bars.viewport(), Qt.MouseButton.LeftButton, pos=bars.bar_center(1))
    assert clicked.args == ["B2"]
    assert desk.window.pages.currentWidget() is visits
    qtbot.waitUntil(lambda: not visits._loading and visits.model.rowCount() == 7, timeout=10_000)
    shown = [visits.model.visit_at(visits.proxy.mapToSource(visits.proxy.index(r, 0)).row())
             for r in range(visits.proxy.rowCount())]
    assert sorted(v.external_ref for v in shown) == ["K4", "K5"]
    assert visits.date_from.date().toPython() == today - timedelta(days=29)

    desk.window.show_page("dashboard")
    page.tabs.setCurrentIndex(1)
    heat = page.heatmap
    qtbot.waitUntil(lambda: heat.isVisible() and heat.width() > 200, timeout=5000)
    qtbot.wait(100)  # its first layout and view range
    slot = local_noon(1, 16).astimezone(BOGOTA)  # A1's third-party visit
    assert heat.cells[(slot.weekday(), 16)].attempts == 1 and heat.cells[(slot.weekday(), 16)].contacts == 1
    with qtbot.waitSignal(heat.cell_clicked) as clicked:
        qtbot.mouseClick(heat.viewport(), Qt.MouseButton.LeftButton,
                         pos=heat.cell_center(slot.weekday(), 16))
    assert clicked.args == [slot.weekday(), 16]
    qtbot.waitUntil(lambda: not visits._loading and visits.proxy.rowCount() == 1, timeout=10_000)
    assert visits.model.visit_at(visits.proxy.mapToSource(visits.proxy.index(0, 0)).row()).external_ref == "K3"
    assert visits.slot_check.isVisibleTo(visits) and visits.slot_check.text().endswith("16h")
    visits.slot_check.setChecked(False)  # the user drops the dashboard's slot
    assert visits.proxy.rowCount() == 7


def test_new_visits_over_http_update_todays_tiles_once_per_burst(desk, qtbot):
    world, today = history(desk.host.engine)
    page, _visits = open_dashboard(desk, qtbot)
    page._live.setInterval(400)  # the debounce; 2 s in the app
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        page.filters.set_preset("today")
    assert page.board.total.attempts == 0 and page.tiles.text_of("hits") == "—"
    token = post(f"{desk.api}/devices/pair", {"code": desk.pairing_code("A1"),
                                             "device": {"install_id": str(uuid.uuid4())}})["token"]
    loads = []
    page.loaded.connect(loads.append)
    promise = visit(str(world.accounts["K1"]), 4.6, -74.0, outcome="promise_to_pay",
                    promise={"amount": "80000", "due_date": (today + timedelta(days=5)).isoformat()})
    answer = post(f"{desk.api}/visits", {"visits": [promise, visit(str(world.accounts["K0"]), 4.6, -74.0,
                                                                    outcome="no_contact")]}, token)
    assert [r["status"] for r in answer["results"]] == ["accepted", "accepted"], str(answer["results"])
    qtbot.waitUntil(lambda: len(loads) == 1, timeout=10_000)
    qtbot.wait(600)
    assert len(loads) == 1  # two visits, one refresh
    assert page.board.total.attempts == 2
    assert page.tiles.text_of("promised_amount") == "$ 80.000" and page.tiles.text_of("hits") == "50,0 %"
    assert page.tiles.text_of("ptp_rate") == "100,0 %"
    late = visit(str(world.accounts["K3"]), 4.6, -74.0, outcome="rpc", started_at=iso(local_noon(2)),
                 finished_at=iso(local_noon(2) + timedelta(minutes=4)))  # another day's: today's figures stay
    late["location"]["fix_time"] = iso(local_noon(2) + timedelta(minutes=2))
    assert post(f"{desk.api}/visits", {"visits": [late]}, token)["results"][0]["status"] == "accepted"
    qtbot.wait(900)
    assert len(loads) == 1


def test_payments_tab_imports_a_file_reports_bad_rows_and_updates_the_tiles(desk, qtbot, tmp_path):
    _world, today = history(desk.host.engine)
    page, _visits = open_dashboard(desk, qtbot)
    payments = page.payments
    page.tabs.setCurrentWidget(payments)
    qtbot.waitUntil(lambda: payments.model.rowCount() == 1, timeout=10_000)  # the history's payment
    path = tmp_path / "pagos.csv"
    day = (today - timedelta(days=1)).isoformat()
    path.write_text("external_ref,paid_on,amount,reference\n"
                    f"K1,{day},25000.00,P-1\nK4,{day},-5,P-2\nNOPE,{day},10.00,P-3\nK2,{day},5000.50,P-4\n")
    dialog = payments.open_import()
    with qtbot.waitSignal(dialog.checked, timeout=10_000):
        dialog.load(path)
    errors = dialog.error_texts()
    assert len(errors) == 2 and errors[0].startswith("línea 3, columna amount") and errors[1].startswith("línea 4")
    assert payments.model.rowCount() == 1  # nothing written before "Importar"
    with qtbot.waitSignal(page.loaded, timeout=15_000):
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert page.tiles.text_of("collected_amount") == "$ 80.001"  # 50.000 + 25.000 + 5.000,50, rounded to pesos
    qtbot.waitUntil(lambda: payments.model.rowCount() == 3, timeout=10_000)
    payments.search_edit.setText("p-4")
    assert payments.proxy.rowCount() == 1 and "total $ 5.000,50" in payments.status_label.text()
    qtbot.waitUntil(lambda: [g.key for g in page.segments_model._rows] == ["consumo", "pyme"], timeout=10_000)
    assert sum(g.attempts for g in page.segments_model._rows) == 7

"""The visits inbox: its model and filter, and the page live against a real embedded server."""

from __future__ import annotations

import csv
import time
import uuid
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta, timezone
from decimal import Decimal

from PySide6.QtCore import QDate, QSettings, Qt

from desktop.models.visits_model import (
    DEBTOR,
    FLAGS,
    OUTCOME,
    PROMISE,
    TIME,
    VisitsFilter,
    VisitsModel,
)
from syncserver.accounts_import import apply_import, parse_accounts_file
from syncserver.kpis.dashboard import branch_today
from syncserver.visit_queries import VisitRow
from tests.plugins.server import ACCOUNT_COLUMNS
from tests.test_api_flow import visit
from tests.test_desktop_shell import post

T0 = datetime(2026, 3, 2, 15, 0, tzinfo=UTC)


def row(n: int, *, minutes: int = 0, agent_id: int = 1, outcome: str = "rpc", verdict: str = "inside",
        flags: tuple[str, ...] = (), **extra) -> VisitRow:
    started = T0 + timedelta(minutes=minutes)
    return VisitRow(**{
        "id": f"00000000-0000-4000-8000-{n:012d}", "agent_id": agent_id, "agent_code": f"G{agent_id}",
        "agent_name": f"Gestor {agent_id}", "account_id": n, "external_ref": f"REF-{n}", "debtor_name": f"Deudor {n}",
        "currency": "COP", "started_at": started, "finished_at": started + timedelta(minutes=4),
        "received_at": started + timedelta(minutes=5), "outcome": outcome, "promise_amount": None,
        "promise_due": None, "verdict": verdict, "distance_m": 12.0, "lat": 4.65, "lon": -74.05, "corrects": None,
        "flags": flags, **extra,
    })


def test_model_and_filter_pass_the_model_tester(qtmodeltester, qtbot):
    model = VisitsModel()
    qtmodeltester.check(model)
    model.set_rows([row(1, minutes=1), row(2, minutes=5), row(3, minutes=3, flags=("clock_skew",))])
    qtmodeltester.check(model)
    assert [model.visit_at(i).id[-1] for i in range(3)] == ["2", "3", "1"]  # newest start first

    with qtbot.waitSignal(model.rowsInserted) as inserted:
        assert model.add_row(row(4, minutes=9, outcome="promise_to_pay", promise_amount=Decimal("1250000.50"),
                                 promise_due=date(2026, 3, 20))) == (0, True)
    assert inserted.args[1:] == [0, 0]
    assert model.add_row(row(5, minutes=2)) == (3, True)  # a late upload goes where its start belongs
    with qtbot.assertNotEmitted(model.rowsInserted), qtbot.waitSignal(model.dataChanged):
        assert model.add_row(row(4, minutes=9, outcome="rpc")) == (0, False)
    qtmodeltester.check(model)
    assert model.rowCount() == 5 and model.row_of(row(5).id) == 3

    model.add_row(row(4, minutes=9, outcome="promise_to_pay", promise_amount=Decimal("1250000.50"),
                      promise_due=date(2026, 3, 20)))
    assert model.index(0, OUTCOME).data() == "Promesa de pago"
    assert model.index(0, PROMISE).data() == "1.250.000,50 COP, vence 20/03/2026"
    assert model.index(2, FLAGS).data() == "Reloj desfasado"
    assert "Reloj del dispositivo desfasado" in model.index(2, FLAGS).data(Qt.ItemDataRole.ToolTipRole)
    model.set_time_zone(timezone(timedelta(hours=-5)))
    assert model.index(0, TIME).data() == "02/03/2026 10:09"

    proxy = VisitsFilter()
    proxy.setSourceModel(model)
    qtmodeltester.check(proxy)
    proxy.set_flagged_only(True)
    assert proxy.rowCount() == 1
    proxy.set_flagged_only(False)
    proxy.set_outcome("rpc")
    assert proxy.rowCount() == 4
    proxy.set_range(T0 + timedelta(minutes=2), T0 + timedelta(minutes=6))
    assert sorted(proxy.index(i, DEBTOR).data() for i in range(proxy.rowCount())) == [
        "Deudor 2", "Deudor 3", "Deudor 5"]
    model.add_row(row(6, minutes=4, agent_id=2))  # a live row the filter already applies to
    assert proxy.rowCount() == 4
    proxy.set_agent(2)
    assert proxy.rowCount() == 1
    qtmodeltester.check(proxy)


def add_accounts(engine, workdir, agent_code: str, debtors: list[str]) -> None:
    """Import accounts through the real importer, as tests/plugins/server.py does."""
    path = workdir / f"accounts-{uuid.uuid4().hex[:8]}.csv"
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, fieldnames=ACCOUNT_COLUMNS)
        writer.writeheader()
        for i, debtor in enumerate(debtors):
            writer.writerow({"external_ref": f"{agent_code}-{i}", "debtor_name": debtor, "address": f"Calle {i} # 1-2",
                             "lat": 4.65 + i * 0.01, "lon": -74.05, "radius_m": "", "balance": "900000.00",
                             "currency": "COP", "days_past_due": 30, "agent_code": agent_code, "segment": ""})
    plan = parse_accounts_file(path, engine)
    assert not plan.errors, plan.errors
    apply_import(engine, plan)


def test_visits_arrive_live_with_details_filters_and_notices(desk, qtbot, tmp_path):
    from desktop.views.visits_page import NOTIFY_KEY, VisitsPage

    desk.add_agent("A1", "Ana Ruiz")
    add_accounts(desk.host.engine, tmp_path, "A1", ["<b>x</b>", "Deudor Uno", "Deudor Dos"])
    settings = QSettings(str(tmp_path / "campo.ini"), QSettings.Format.IniFormat)
    page = VisitsPage(desk.host, settings=settings)
    desk.window.add_page("visits", "Visitas", page)
    desk.window.show_page("visits")
    qtbot.waitUntil(lambda: page.agent_combo.count() == 2, timeout=5000)
    assert page.model.rowCount() == 0 and "0 de 0" in page.status_label.text()

    token = post(f"{desk.api}/devices/pair", {"code": desk.pairing_code("A1"),
                                             "device": {"install_id": str(uuid.uuid4())}})["token"]
    accounts = {a["external_ref"]: a["id"] for a in _sync(desk, token)["accounts"]}
    notices = []
    page.notification.connect(lambda title, message: notices.append((title, message)))

    far = visit(accounts["A1-0"], 4.70, -74.05, outcome="promise_to_pay", device_geofence="inside",
                promise={"amount": "250000", "due_date": "2030-01-15"}, answers={"motivo": "<i>desempleo</i>"})
    latencies = []
    for count, body in enumerate([far, visit(accounts["A1-1"], 4.66, -74.05), visit(accounts["A1-2"], 4.67, -74.05)], 1):
        if count == 3:
            page.notify_check.setChecked(False)
        answer = post(f"{desk.api}/visits", {"visits": [body]}, token)
        answered = time.perf_counter()
        assert answer["results"][0]["status"] == "accepted"
        qtbot.waitUntil(lambda expected=count: page.model.rowCount() == expected, timeout=2000)
        latencies.append(time.perf_counter() - answered)
    assert max(latencies) < 0.25, latencies
    assert [t for t, _ in notices] == ["Visita de Ana Ruiz"] * 2 and notices[0][1] == "<b>x</b> · Promesa de pago"
    assert settings.value(NOTIFY_KEY, type=bool) is False

    # The debtor typed as markup is shown as the characters it is, in the table and in the details.
    shown = page.model.row_of(far["id"])
    assert page.model.index(shown, DEBTOR).data() == "<b>x</b>"
    page.table.selectRow(page.proxy.mapFromSource(page.model.index(shown, 0)).row())
    details = page.details
    assert details.title.text() == "<b>x</b>" and details.title.textFormat() == Qt.TextFormat.PlainText
    assert details.fields["outcome"].text() == "Promesa de pago"
    assert details.fields["promise"].text() == "250.000,00 COP, vence 15/01/2030"
    assert details.fields["verdict"].text().startswith("Fuera de la geocerca, a ")
    assert "Fuera de la geocerca: " in details.fields["flags"].text()
    assert "Geocerca discrepante" in details.fields["flags"].text()
    qtbot.waitUntil(lambda: details.answers.rowCount() == 1, timeout=2000)
    assert details.answers.item(0, 1).text() == "<i>desempleo</i>"
    assert details.fields["address"].text() == "Calle 0 # 1-2" and "precisión 10 m" in details.fields["fix_time"].text()
    assert details.fields["received"].text()

    # Filters: flagged only, outcome, verdict, agent, and the date range (which reads again).
    page.flagged_check.setChecked(True)
    assert page.proxy.rowCount() == 1 and "1 de 3" in page.status_label.text()
    page.flagged_check.setChecked(False)
    page.outcome_combo.setCurrentIndex(page.outcome_combo.findData("rpc"))
    assert page.proxy.rowCount() == 2
    page.outcome_combo.setCurrentIndex(0)
    page.verdict_combo.setCurrentIndex(page.verdict_combo.findData("outside"))
    assert page.proxy.rowCount() == 1
    page.verdict_combo.setCurrentIndex(0)
    page.agent_combo.setCurrentIndex(1)
    assert page.proxy.rowCount() == 3
    # The inbox's calendar is the branch's, whatever this computer's zone or the hour.
    local = branch_today(desk.host.engine)
    today = QDate(local.year, local.month, local.day)
    assert page.date_to.date() == today and page.date_from.date() == today.addDays(-6)
    page.date_from.setDate(today.addDays(-3))
    page.date_to.setDate(today.addDays(-1))
    qtbot.waitUntil(lambda: page.model.rowCount() == 0, timeout=5000)
    page.date_to.setDate(today.addDays(3))
    qtbot.waitUntil(lambda: page.model.rowCount() == 3, timeout=5000)
    page.date_from.setDate(today.addDays(2))
    qtbot.waitUntil(lambda: page.model.rowCount() == 0, timeout=5000)
    page.date_from.setDate(today.addDays(-1))
    page.date_to.setDate(today)
    qtbot.waitUntil(lambda: page.proxy.rowCount() == 3, timeout=5000)

    # A double-click asks the map to centre on the visit.
    first = page.proxy.index(0, DEBTOR)
    where = page.table.visualRect(first).center()
    with qtbot.waitSignal(page.center_on_visit, timeout=2000) as centred:
        qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=where)  # Qt wants the press first
        qtbot.mouseDClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=where)
    visit_row = page.model.visit_at(page.proxy.mapToSource(first).row())
    assert centred.args == [visit_row.lat, visit_row.lon, visit_row.id]


def _sync(desk, token) -> dict:
    import json
    import urllib.request

    request = urllib.request.Request(f"{desk.api}/sync", headers={"Authorization": f"Bearer {token}"})
    with urllib.request.urlopen(request, timeout=10) as response:
        return json.loads(response.read())


def test_a_duplicate_row_keeps_its_place(qtbot):
    model = VisitsModel()
    model.set_rows([row(1), row(2, minutes=1)])
    again = replace(row(1), flags=("stale_fix",))
    assert model.add_row(again) == (1, False) and model.index(1, FLAGS).data() == "Ubicación vieja"


def test_a_visit_that_arrives_during_a_load_stays(desk, qtbot, tmp_path):
    from desktop.views.visits_page import VisitsPage

    page = VisitsPage(desk.host, settings=QSettings(str(tmp_path / "campo.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: not page._loading, timeout=5000)
    page.reload()  # the load's answer is queued behind this test's own code, so the row below comes first
    late = row(7, started_at=datetime.now(UTC))
    page._visit_fetched(late)
    assert page.model.rowCount() == 1
    qtbot.waitUntil(lambda: not page._loading, timeout=5000)
    assert page.model.row_of(late.id) == 0 and page.proxy.rowCount() == 1

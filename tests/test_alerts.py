"""Alerts end to end: a device over real HTTP raises them once, the clock-driven silent check, e-mail, CLI."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from syncserver.alerts.kinds import (BROKEN_PROMISE, LOW_BATTERY, MOCK_LOCATION, OUTSIDE_GEOFENCE, OVERDUE_INSTALMENT,
                                     SILENT_DEVICE)
from syncserver.alerts.office import acknowledge, list_alerts, open_count
from syncserver.alerts.settings import AlertSettingsError, AlertSettingsInfo, read_alert_settings, update_alert_settings
from syncserver.alerts.watch import ALERT_WATCH
from syncserver.alerts.words import describe
from syncserver.audit import ALERTS_ACKNOWLEDGED
from syncserver.audit_log import list_audit
from syncserver.cli import main
from syncserver.db.alert_models import Alert
from syncserver.events import AlertsChanged
from syncserver.mail_sender import mail_settings_changed
from syncserver.mail_settings import update_mail_settings
from tests.test_api_flow import position, setup_agent, visit
from tests.test_mail_outbox import MailWorld, parts

pytestmark = pytest.mark.filterwarnings("ignore:Requiring AUTH while not requiring TLS:UserWarning")


def kinds(engine, *, open_only: bool = True) -> list[str]:
    return sorted(alert.kind for alert in list_alerts(engine, open_only=open_only))


def push(server, token, *batteries, start: int = 1, charging: bool = False):
    batch = [position(start + i, minutes=start + i, battery_pct=pct, charging=charging) for i, pct in enumerate(batteries)]
    reply = server.request("POST", "/positions", {"positions": batch}, token=token)
    assert reply.status == 200, reply.body


def test_low_battery_positions_raise_one_alert_until_the_battery_is_back(any_server):
    server = any_server
    setup_agent(server)
    device_id, token = server.pair("A1")
    push(server, token, 40, 30, 20)
    assert kinds(server.engine) == []
    push(server, token, 14, 12, start=4)
    push(server, token, 11, start=6)
    push(server, token, 9, 8, 7, start=7)
    alerts = list_alerts(server.engine)
    assert [(a.kind, a.device_id, a.agent_code) for a in alerts] == [(LOW_BATTERY, int(device_id), "A1")]
    assert alerts[0].params["battery_pct"] == 12  # the latest of the batch that crossed the threshold
    push(server, token, 17, start=10)  # above 15 but within the hysteresis: still low
    assert kinds(server.engine) == [LOW_BATTERY]
    push(server, token, 10, start=11, charging=True)  # plugged in: resolved
    resolved = list_alerts(server.engine)
    assert resolved[0].resolved_at is not None and kinds(server.engine) == []
    push(server, token, 9, start=12)  # a new dip is a new alert
    assert kinds(server.engine) == [LOW_BATTERY] and len(list_alerts(server.engine)) == 2
    assert any(isinstance(e, AlertsChanged) and e.raised == 1 for e in server.events)


def test_outside_and_mock_visits_raise_one_alert_each_even_when_resent(any_server):
    server = any_server
    setup_agent(server)
    _, token = server.pair("A1")
    accounts = server.request("GET", "/sync", token=token).body["accounts"]
    home = accounts[0]["location"]
    inside = visit(accounts[0]["id"], home["lat"], home["lon"])
    far = visit(accounts[1]["id"], 4.75, -74.05)
    fake = visit(accounts[2]["id"], 4.72, -74.05)
    fake["location"]["mock"] = True
    for _ in range(2):
        reply = server.request("POST", "/visits", {"visits": [inside, far, fake]}, token=token)
        assert reply.status == 200
    found = {(a.kind, a.visit_id) for a in list_alerts(server.engine)}
    assert found == {(OUTSIDE_GEOFENCE, far["id"]), (OUTSIDE_GEOFENCE, fake["id"]), (MOCK_LOCATION, fake["id"])}
    with server.engine.connect() as conn:
        assert conn.scalar(select(func.count()).select_from(Alert.__table__)) == 3


def test_silent_devices_by_the_clock_and_heard_again(any_server):
    server = any_server
    setup_agent(server)
    device_id, token = server.pair("A1")
    watch = server.thread.app[ALERT_WATCH]
    zone = watch._read()[1]  # the branch's time zone: working hours are local
    local = lambda day, hour, minute=0: datetime(2031, 1, day, hour, minute, tzinfo=zone)  # noqa: E731
    check = lambda at: (setattr(watch, "clock", lambda: at), server.thread.submit(watch.check_silent()).result(10))[1]  # noqa: E731
    assert check(local(8, 10)) != [] and check(local(8, 10, 1)) == []  # a Wednesday: one alert, not one a minute
    assert [(a.kind, a.device_id) for a in list_alerts(server.engine)] == [(SILENT_DEVICE, int(device_id))]
    push(server, token, 80)  # heard again: resolved
    assert kinds(server.engine) == []
    assert check(local(12, 10)) == []  # a Sunday: no working day
    assert check(local(8, 8, 20)) == []  # 08:20: the day's first 30 minutes
    assert check(local(8, 20)) == []  # after hours
    update_alert_settings(server.engine, AlertSettingsInfo(silent_minutes=10, work_days=(7,)))
    assert len(check(local(12, 8, 15))) == 1  # settings read at each check
    assert kinds(server.engine) == [SILENT_DEVICE]


def test_alerts_go_by_mail_once_each_with_escaped_html(tmp_path, smtp_server):
    world = MailWorld(tmp_path)
    try:
        live = world.live
        live.add_agent("A1", "Ana <b>&</b> Bea")
        live.add_accounts([{"external_ref": "R1", "debtor_name": "D", "address": "C", "lat": 4.65, "lon": -74.05,
                            "balance": "10", "agent_code": "A1"}])
        _, token = live.pair("A1")
        update_alert_settings(live.engine, AlertSettingsInfo(mail_kinds=(LOW_BATTERY,)))
        update_mail_settings(live.engine, smtp_server.settings(language="en"))
        live.thread.submit(mail_settings_changed(live.thread.app)).result(10)
        push(live, token, 10)
        push(live, token, 9, start=2)
        [received] = smtp_server.wait_for(1)
        [alert] = list_alerts(live.engine)
        assert received.message_id.startswith(f"<alert-{alert.id}@")
        html = parts(received.message)["text/html"].get_content()
        assert "Ana &lt;b&gt;&amp;&lt;/b&gt; Bea" in html and "<b>" not in html
        assert "Low battery" in received.message["Subject"]
        assert "10 % battery" in parts(received.message)["text/plain"].get_content()
    finally:
        world.close()
    assert len(smtp_server.messages()) == 1


def test_settings_are_checked_before_anything_is_stored(engine):
    with pytest.raises(AlertSettingsError, match="battery_pct"):
        update_alert_settings(engine, AlertSettingsInfo(battery_pct=0))
    with pytest.raises(AlertSettingsError) as error:
        update_alert_settings(engine, AlertSettingsInfo(work_start="19:00", work_end="08:00"))
    assert error.value.field == "work_end"
    with pytest.raises(AlertSettingsError, match="unknown alert kind"):
        update_alert_settings(engine, AlertSettingsInfo(mail_kinds=("fire",)))
    assert read_alert_settings(engine) == AlertSettingsInfo()
    assert open_count(engine) == 0


def test_cli_lists_and_acknowledges(any_server, capsys):
    server = any_server
    setup_agent(server)
    _, token = server.pair("A1")
    push(server, token, 5)
    base = ["--data-dir", str(server.workdir / "data")] + (
        [] if server.engine.dialect.name == "sqlite" else ["--db-url", server.engine.url.render_as_string(False)])
    capsys.readouterr()
    assert main(base + ["alerts", "list", "--open", "--json"]) == 0
    [shown] = json.loads(capsys.readouterr().out)
    assert shown["kind"] == LOW_BATTERY and "5 %" in shown["text"]
    assert main(base + ["alerts", "ack", str(shown["id"])]) == 0
    assert open_count(server.engine) == 0 and kinds(server.engine, open_only=False) == [LOW_BATTERY]
    [entry] = [e for e in list_audit(server.engine) if e.action == ALERTS_ACKNOWLEDGED]
    assert entry.actor.startswith("cli:") and entry.details == {"ids": [shown["id"]]}
    assert acknowledge(server.engine, [shown["id"]]) == []  # already seen: nothing more
    assert main(base + ["alerts", "ack", "999"]) == 2


def sweep(engine, day):
    """One sweep as the watch runs it: conditions read, then one writer job."""
    from syncserver.alerts.jobs import SweepJob
    from syncserver.alerts.kinds import SWEPT_KINDS
    from syncserver.alerts.sweep import sweep_conditions
    from syncserver.group_commit import GroupCommitter

    found = sweep_conditions(engine, day)
    committer = GroupCommitter(engine)
    try:
        [outcome], _events = committer.commit([SweepJob(SWEPT_KINDS, found.rows, found.holding, datetime.now(UTC))])
    finally:
        committer.close()
    return outcome


def test_broken_promises_raise_once_and_resolve_when_a_payment_keeps_them(engine):
    from tests.test_promises import richer_world

    world, ids = richer_world(engine)
    assert sweep(engine, date(2026, 3, 12)) == (1, 0)  # v5: due the 6th + 3 days, nothing paid
    assert sweep(engine, date(2026, 3, 12)) == (0, 0)
    [alert] = list_alerts(engine)
    assert (alert.kind, alert.visit_id, alert.params["amount"]) == (BROKEN_PROMISE, ids["v5"], "50000.00")
    assert sweep(engine, date(2026, 4, 30)) == (0, 0)  # v11 broke weeks before: history, no alert; v5 still holds
    world.pay("C4", date(2026, 3, 8), "50000.00")  # a payment within the window, imported late: kept after all
    assert sweep(engine, date(2026, 3, 12)) == (0, 1)
    assert kinds(engine) == []


def test_overdue_instalments_come_from_the_agreements_own_alerts_and_resolve_when_paid(engine):
    from syncserver.agreements import AgreementTerms, create_agreement
    from tests.kpi_world import World

    world = World(engine)
    world.agent("A1")
    world.account("C1", None, "A1")
    terms = AgreementTerms(Decimal("300"), Decimal("50"), 2, "fortnightly", date(2026, 3, 2))
    agreement = create_agreement(engine, world.accounts["C1"], terms, now=datetime(2026, 3, 1, 15, tzinfo=UTC))
    world.pay("C1", date(2026, 3, 2), "50.00")
    assert sweep(engine, date(2026, 3, 25)) == (1, 0)
    [alert] = list_alerts(engine)
    assert (alert.kind, alert.agreement_id, alert.params["number"]) == (OVERDUE_INSTALMENT, agreement, 1)
    assert "venció el 16/03/2026" in describe(alert)
    assert sweep(engine, date(2026, 3, 25)) == (0, 0)
    world.pay("C1", date(2026, 3, 20), "125.00")
    assert sweep(engine, date(2026, 3, 25)) == (0, 1)


def test_a_writer_process_raises_and_resolves_alike(process_server):
    server = process_server
    setup_agent(server)
    _, token = server.pair("A1")
    push(server, token, 9, 8)
    push(server, token, 7, start=3)
    assert kinds(server.engine) == [LOW_BATTERY]
    push(server, token, 60, start=4)
    assert kinds(server.engine) == [] and len(list_alerts(server.engine)) == 1


async def test_the_first_sweep_comes_with_the_first_check_then_every_quarter_hour():
    """The morning's broken promises show a minute after the office starts Campo, not fifteen."""
    import asyncio

    from syncserver.alerts.watch import AlertWatch

    watch = AlertWatch(None, None, None, check_every_s=0.01, sweep_every_s=900)
    calls: list[str] = []

    def counting(name):
        async def check():
            calls.append(name)
        check.__name__ = name
        return check

    for name in ("check_silent", "sweep", "check_acknowledged"):
        setattr(watch, name, counting(name))
    task = asyncio.create_task(watch.run_forever())
    await asyncio.sleep(0.2)
    task.cancel()
    with pytest.raises(asyncio.CancelledError):
        await task
    assert calls[:4] == ["check_acknowledged", "check_silent", "sweep", "check_acknowledged"]
    assert calls.count("sweep") == 1 and calls.count("check_silent") >= 3

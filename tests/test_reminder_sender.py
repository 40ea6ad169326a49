"""Reminders end to end on a live server: e-mail to a real SMTP server, SMS to a local stand-in provider."""

from __future__ import annotations

import json
import time
import urllib.error
import urllib.request
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from syncserver.background import ServerThread
from syncserver.config import MailPolicy, ServerConfig
from syncserver.db.bootstrap import open_database
from syncserver.kpis.days import zone_of
from syncserver.mail_settings import update_mail_settings
from syncserver.reminder_outbox import list_reminders, reminder_counts
from syncserver.reminder_providers import FILE_NAME
from syncserver.reminder_sender import run_reminders_now
from tests.plugins.server import LiveServer
from tests.plugins.sms_provider import sms_provider  # noqa: F401 - the fixture
from tests.reminder_world import configure, reminder_world

FAST = MailPolicy(first_retry_s=0.2, max_retry_s=0.5, max_attempts=4, lease_s=3.0, timeout_s=5.0, poll_s=0.2)


class ReminderWorld:
    """A live server with fast reminder retries, restartable on the same data directory."""

    def __init__(self, tmp_path: Path) -> None:
        self.data_dir = tmp_path / "data"
        self.config = ServerConfig(data_dir=self.data_dir, host="127.0.0.1", port=0, discovery=False,
                                   nightly_scoring=False, reminders=FAST, reminder_plan_s=3600.0)
        self.live = LiveServer(ServerThread(self.config), open_database(self.data_dir), tmp_path)
        self.live.thread.start()
        self.today = datetime.now(UTC).astimezone(zone_of("America/Bogota")).date()
        self.world, self.ids = reminder_world(self.live.engine, self.today)

    @property
    def engine(self):
        return self.live.engine

    def run_now(self):
        return self.live.thread.submit(run_reminders_now(self.live.thread.app)).result(20)

    def restart(self) -> None:
        self.live.thread.stop()
        self.live.thread = ServerThread(self.config)
        self.live.thread.start()

    def settled(self, timeout: float = 20.0):
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            counts = reminder_counts(self.engine)
            if counts["queued"] == counts["sending"] == 0:
                return list_reminders(self.engine)
            time.sleep(0.05)
        raise AssertionError(f"reminders never settled: {reminder_counts(self.engine)}")

    def hook(self, body: dict, token: str | None) -> tuple[int, dict]:
        headers = {"Content-Type": "application/json", **({"Authorization": f"Bearer {token}"} if token else {})}
        request = urllib.request.Request(self.live.url + "/hooks/reminders/opt-out", data=json.dumps(body).encode(),
                                         method="POST", headers=headers)
        try:
            with urllib.request.urlopen(request, timeout=10) as response:
                return response.status, json.loads(response.read())
        except urllib.error.HTTPError as error:
            return error.code, json.loads(error.read())

    def close(self) -> None:
        self.live.thread.stop()
        self.live.engine.dispose()


@pytest.fixture
def reminders(tmp_path):
    made = ReminderWorld(tmp_path)
    yield made
    made.close()


def test_email_and_sms_reminders_go_out_once_with_retries_and_not_again_after_restarts(
        reminders, smtp_server, sms_provider) -> None:
    update_mail_settings(reminders.engine, smtp_server.settings(enabled=False, recipients=()))
    configure(reminders.engine, whatsapp_on=False, provider="http", provider_url=sms_provider.url,
              provider_token="tok-123")
    sms_provider.script = [500]  # the first SMS fails once, then goes
    planned = reminders.run_now()  # or the server's own planning at its start, when that came later (a busy machine)
    rows = reminders.settled()
    # E-mail: Ana, Carla; SMS: Ana, Beto (missed), Carla.
    assert planned.queued in (0, 5) and sum(r.status != "skipped" for r in rows) == 5
    sent = [r for r in rows if r.status == "sent"]
    assert len(sent) == 5 and {r.channel for r in sent} == {"email", "sms"}
    mails = smtp_server.wait_for(2)
    assert sorted(m.recipients[0] for m in mails) == ["ana@deudores.example", "carla@deudores.example"]
    ana = next(m for m in mails if m.recipients == ["ana@deudores.example"])
    assert "Ana Pérez" in ana.message.get_content() and "Recordatorio de pago" in ana.message["Subject"]
    assert ana.message["From"] == "Cobranzas Andinas <campo@sucursal.example>"
    ana_row = next(r for r in sent if r.address == "ana@deudores.example")
    assert ana.message_id == ana_row.provider_id == f"<reminder-{ana_row.id}@" + ana.message_id.split("@")[1]
    requests = sms_provider.wait_for(4)
    assert all(r.headers["Authorization"] == "Bearer tok-123" for r in requests)
    first = requests[0].body
    again = [r.body for r in requests[1:] if r.body["reference"] == first["reference"]]
    assert again == [first] and first["channel"] == "sms", "the retry carries the same reference and text"
    assert {r.body["to"] for r in requests} == {"+573001112233", "+573004445566", "+573007778899"}
    beto = next(r for r in sent if r.address == "+573004445566")
    assert beto.kind == "after_miss" and "Beto Ruiz" in beto.body
    retried = next(r for r in sent if f"reminder-{r.id}" == first["reference"])
    assert retried.attempts == 2 and retried.last_error is None and retried.provider_id.startswith("SM")
    total = len(rows)
    for _ in range(2):  # nothing planned or sent twice, whatever the restarts
        reminders.restart()
        assert reminders.run_now().queued == 0
        reminders.settled()
    time.sleep(0.5)
    assert len(list_reminders(reminders.engine)) == total
    assert len(smtp_server.messages()) == 2 and len(sms_provider.received()) == 4


def test_a_refused_sms_fails_at_once_and_quiet_hours_hold_the_rest(reminders, sms_provider) -> None:
    local = datetime.now(UTC).astimezone(zone_of("America/Bogota"))
    minute = local.hour * 60 + local.minute
    configure(reminders.engine, email_on=False, whatsapp_on=False, provider="http", provider_url=sms_provider.url,
              quiet_start=(minute - 60) % 1440, quiet_end=(minute + 60) % 1440)
    reminders.run_now()
    time.sleep(1.0)
    queued = [r for r in list_reminders(reminders.engine) if r.status == "queued"]
    assert len(queued) == 3 and not sms_provider.received(), "nothing goes out in quiet hours"
    assert all(r.next_attempt_at > datetime.now(UTC) + timedelta(minutes=50) for r in queued)
    configure(reminders.engine, email_on=False, whatsapp_on=False, provider="http", provider_url=sms_provider.url)
    with reminders.engine.begin() as conn:  # the office ends the quiet hours: what waited is due now
        from sqlalchemy import update

        from syncserver.db.reminder_models import ReminderMessage
        conn.execute(update(ReminderMessage).values(next_attempt_at=datetime.now(UTC)))
    sms_provider.script = [400]
    reminders.run_now()
    rows = reminders.settled()
    failed = [r for r in rows if r.status == "failed"]
    assert len(failed) == 1 and failed[0].attempts == 1 and "HTTP 400" in failed[0].last_error
    assert len(sms_provider.received()) == 3 and reminder_counts(reminders.engine)["sent"] == 2


def test_an_inbound_stop_opts_the_debtor_out_and_the_file_provider_writes_lines(reminders) -> None:
    configure(reminders.engine, email_on=False, provider="file")
    stop = {"from": "+573004445566", "channel": "sms", "body": "STOP"}
    assert reminders.hook(stop, "x")[0] == 404, "no inbound token set: the hook is off"
    configure(reminders.engine, email_on=False, provider="file", inbound_token="entrante-1")
    status, body = reminders.hook(stop, "otro")
    assert status == 401 and body["error"]["code"] == "unauthorized"
    assert reminders.hook({"from": "+573004445566", "body": "gracias"}, "entrante-1") == (200, {"opted_out": 0,
                                                                                               "stop": False})
    assert reminders.hook({"from": 5, "body": "STOP"}, "entrante-1")[0] == 422
    assert reminders.hook(stop, "entrante-1") == (200, {"opted_out": 1, "stop": True})
    reminders.run_now()
    rows = reminders.settled()
    beto = {r.channel: r for r in rows if r.address == "+573004445566"}
    assert (beto["sms"].status, beto["sms"].reason) == ("skipped", "opted_out")
    assert beto["whatsapp"].status == "sent", "the STOP came by SMS: WhatsApp still goes"
    lines = [json.loads(line) for line in (reminders.data_dir / FILE_NAME).read_text(encoding="utf-8").splitlines()]
    sent = [r for r in rows if r.status == "sent"]
    assert len(lines) == len(sent) == 4  # SMS: Ana, Carla; WhatsApp: Beto, Carla (Ana has not consented)
    assert {line["reference"] for line in lines} == {r.provider_id for r in sent}
    assert {(line["channel"], line["to"]) for line in lines} >= {("whatsapp", "+573004445566"),
                                                                ("sms", "+573001112233")}

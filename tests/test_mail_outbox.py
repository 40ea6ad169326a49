"""Visit e-mails end to end: visits posted over HTTP to a real server reach a real SMTP server (aiosmtpd)."""

from __future__ import annotations

import io
import time
from pathlib import Path

import pytest
from PIL import Image
from sqlalchemy import select, update

from syncserver.background import ServerThread
from syncserver.clock import utcnow
from syncserver.config import MailPolicy, ServerConfig
from syncserver.db.bootstrap import open_database
from syncserver.db.mail_models import MailOutbox
from syncserver.mail_outbox import list_outbox, outbox_counts, retry_failed
from syncserver.mail_sender import mail_settings_changed
from syncserver.mail_settings import MailSettingsInfo, update_mail_settings
from syncserver.questionnaire_setup import use_default_questionnaire
from tests.plugins.server import LiveServer
from tests.test_api_flow import setup_agent, visit
from tests.test_media import png, upload
from tests.test_questionnaires_server_ingest import PROMISE_DAY, _promise_answers

pytestmark = pytest.mark.filterwarnings("ignore:Requiring AUTH while not requiring TLS:UserWarning")
FAST = MailPolicy(first_retry_s=0.2, max_retry_s=0.5, max_attempts=4, lease_s=3.0, timeout_s=5.0, poll_s=0.2)
_outbox = MailOutbox.__table__


class MailWorld:
    """A live sync server with fast mail retries, restartable on the same data directory."""

    def __init__(self, tmp_path: Path, db_url: str | None = None, policy: MailPolicy = FAST,
                 writer_process: bool = False) -> None:
        data_dir = tmp_path / "data"
        self.config = ServerConfig(data_dir=data_dir, db_url=db_url, host="127.0.0.1", port=0, discovery=False,
                                   mail=policy, writer_process=writer_process)
        self.live = LiveServer(ServerThread(self.config), open_database(data_dir, db_url), tmp_path)
        self.live.thread.start()

    def restart(self) -> None:
        self.live.thread.stop()
        self.live.thread = ServerThread(self.config)
        self.live.thread.start()

    def configure(self, settings) -> None:
        update_mail_settings(self.live.engine, settings)
        self.live.thread.submit(mail_settings_changed(self.live.thread.app)).result(10)

    def post(self, token: str, *visits) -> list[dict]:
        reply = self.live.request("POST", "/visits", {"visits": list(visits)}, token=token)
        assert reply.status == 200, reply.body
        return reply.body["results"]

    def wait_outbox(self, done, timeout: float = 20.0):
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            rows = list_outbox(self.live.engine)
            if done(rows):
                return rows
            time.sleep(0.05)
        raise AssertionError(f"the outbox never got there: {list_outbox(self.live.engine)}")

    def close(self) -> None:
        self.live.thread.stop()
        self.live.engine.dispose()


@pytest.fixture
def world(tmp_path):
    made = MailWorld(tmp_path)
    yield made
    made.close()


def at(account, **extra):
    return visit(account["id"], account["location"]["lat"], account["location"]["lon"], **extra)


def ready(world: MailWorld, accounts: int = 3) -> tuple[str, list[dict]]:
    setup_agent(world.live, "A1", accounts)
    _, token = world.live.pair("A1")
    return token, world.live.request("GET", "/sync", token=token).body["accounts"]


def parts(message) -> dict[str, object]:
    """The text, the HTML and the inline image of a received message."""
    found = {}
    for part in message.walk():
        kind = part.get_content_type()
        if kind in ("text/plain", "text/html", "image/jpeg") and kind not in found:
            found[kind] = part
    return found


def test_a_visit_with_a_promise_and_a_photo_arrives_with_its_summary_and_thumbnail(tmp_path, db_url, smtp_server):
    world = MailWorld(tmp_path, None if db_url.startswith("sqlite") else db_url)
    try:
        world.configure(smtp_server.settings(recipients=("jefa@sucursal.example", "supervisor@sucursal.example")))
        setup_agent(world.live, "A1", 2)
        use_default_questionnaire(world.live.engine)
        _, token = world.live.pair("A1")
        full = world.live.request("GET", "/sync", token=token).body
        photo = upload(world.live, token, png(400, 200, seed=7), "image/png").body["id"]
        answers = _promise_answers(facade_photo={"media_id": photo})
        sent = at(full["accounts"][0], outcome="promise_to_pay", questionnaire_version_id=full["questionnaires"][0]["id"],
                  answers=answers, promise={"amount": "500000.00", "due_date": PROMISE_DAY}, notes="Pagará el viernes")
        [result] = world.post(token, sent)
        assert result["status"] == "accepted", result

        [got] = smtp_server.wait_for(1)
        assert got.sender == "campo@sucursal.example"
        assert got.recipients == ["jefa@sucursal.example", "supervisor@sucursal.example"]
        message = got.message
        assert message["Subject"] == "Visita terminada: Deudor 0 — Promesa de pago"
        server_id = world.live.request("GET", "/health").body["server_id"]
        assert message["Message-ID"] == f"<visit-{sent['id']}@{server_id}.campo>"
        found = parts(message)
        text = found["text/plain"].get_content()
        for line in ("Gestor: Gestor A1 (A1)", "Deudor: Deudor 0", "Cuenta: A1-0", "Resultado: Promesa de pago",
                     f"Promesa: 500.000,00 COP, vence {PROMISE_DAY[8:10]}/{PROMISE_DAY[5:7]}/{PROMISE_DAY[:4]}",
                     "Geocerca: Dentro de la geocerca (a 0 m)", "Alertas: Ninguna", "Notas: Pagará el viernes"):
            assert line in text, (line, text)
        html = found["text/html"].get_content()
        assert "Promesa de pago" in html and 'src="cid:photo"' in html
        thumbnail = found["image/jpeg"]
        assert thumbnail["Content-ID"] == "<photo>"
        with Image.open(io.BytesIO(thumbnail.get_content())) as image:
            assert (image.format, image.size) == ("JPEG", (320, 160))

        [row] = world.wait_outbox(lambda rows: rows and rows[0].status == "sent")
        assert (row.visit_id, row.attempts, row.last_error) == (sent["id"], 0, None)
        time.sleep(0.5)
        assert len(smtp_server.messages()) == 1  # sent once, and only once
    finally:
        world.close()


def test_rules_choose_visits_by_outcome_or_by_flag_and_a_resend_is_not_mailed_again(world, smtp_server):
    token, accounts = ready(world)
    world.configure(smtp_server.settings(outcomes=("promise_to_pay",), flags=("outside_geofence",)))
    inside = at(accounts[0], outcome="rpc")
    far = visit(accounts[1]["id"], accounts[1]["location"]["lat"] + 0.05, accounts[1]["location"]["lon"],
                outcome="no_contact")
    plain = at(accounts[2], outcome="no_contact")
    results = world.post(token, inside, far, plain)
    assert [r["status"] for r in results] == ["accepted"] * 3
    assert "outside_geofence" in results[1]["flags"]
    assert [r["status"] for r in world.post(token, far)] == ["duplicate"]

    [got] = smtp_server.wait_for(1)
    assert got.message["Subject"] == "Visita terminada: Deudor 1 — Sin contacto"
    assert "Fuera de la geocerca: la visita se registró lejos de la dirección de la cuenta" in \
        parts(got.message)["text/plain"].get_content()
    assert [row.visit_id for row in list_outbox(world.live.engine)] == [far["id"]]

    world.configure(smtp_server.settings(enabled=False))
    world.post(token, at(accounts[0], outcome="promise_to_pay", promise={"amount": "10.00", "due_date": PROMISE_DAY}))
    assert len(list_outbox(world.live.engine)) == 1  # notifications off: nothing is even queued


def test_markup_in_a_debtor_name_is_escaped_in_the_html_and_english_is_english(world, smtp_server):
    world.live.add_agent("A1")
    world.live.add_accounts([{"external_ref": "X-1", "debtor_name": '<script>alert("x")</script> & Cía <b>',
                              "address": "Calle <i>1</i>", "lat": 4.65, "lon": -74.05, "balance": "100.00",
                              "agent_code": "A1"}])
    _, token = world.live.pair("A1")
    [account] = world.live.request("GET", "/sync", token=token).body["accounts"]
    world.configure(smtp_server.settings(language="en"))
    world.post(token, at(account, outcome="rpc"))

    [got] = smtp_server.wait_for(1)
    assert got.message["Subject"] == 'Visit finished: <script>alert("x")</script> & Cía <b> — Right-party contact'
    found = parts(got.message)
    html = found["text/html"].get_content()
    assert "<script>" not in html and "<b>" not in html and "<i>" not in html
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; Cía &lt;b&gt;" in html
    assert "Calle &lt;i&gt;1&lt;/i&gt;" in html
    text = found["text/plain"].get_content()
    assert 'Debtor: <script>alert("x")</script> & Cía <b>' in text and "Outcome: Right-party contact" in text
    assert "image/jpeg" not in found  # no photo answer, no thumbnail


def test_while_smtp_is_down_e_mails_wait_and_retry_then_all_arrive_once(world, smtp_server):
    token, accounts = ready(world)
    smtp_server.stop()
    world.configure(smtp_server.settings())
    sent = [at(account, outcome="rpc") for account in accounts]
    world.post(token, *sent)
    rows = world.wait_outbox(lambda rows: len(rows) == 3 and all(r.attempts >= 2 for r in rows))
    assert {r.status for r in rows} <= {"pending", "sending"}
    assert all(r.last_error.startswith("connect:") for r in rows), rows

    smtp_server.start()
    got = smtp_server.wait_for(3)
    world.wait_outbox(lambda rows: all(r.status == "sent" for r in rows))
    time.sleep(0.5)
    assert sorted(m.message_id for m in smtp_server.messages()) == sorted(
        m.message_id for m in got) and len(smtp_server.messages()) == 3
    assert {m.message["Message-ID"].split("@")[0] for m in got} == {f"<visit-{v['id']}" for v in sent}


def test_after_the_last_attempt_a_row_is_failed_with_its_error_until_retried(world, smtp_server):
    token, accounts = ready(world, 1)
    smtp_server.stop()
    world.configure(smtp_server.settings())
    world.post(token, at(accounts[0], outcome="rpc"))
    [row] = world.wait_outbox(lambda rows: rows and rows[0].status == "failed")
    assert row.attempts == FAST.max_attempts and row.last_error.startswith("connect:")
    assert outbox_counts(world.live.engine) == {"pending": 0, "sending": 0, "sent": 0, "failed": 1}

    smtp_server.start()
    assert retry_failed(world.live.engine, utcnow()) == 1
    assert len(smtp_server.wait_for(1)) == 1
    [row] = world.wait_outbox(lambda rows: rows[0].status == "sent")
    assert row.last_error is None


def test_a_restart_of_the_sync_server_loses_nothing_and_sends_nothing_twice(world, smtp_server):
    token, accounts = ready(world, 3)
    smtp_server.stop()
    world.configure(smtp_server.settings())
    first = [at(account, outcome="rpc") for account in accounts]
    world.post(token, *first)
    world.wait_outbox(lambda rows: len(rows) == 3 and all(r.attempts >= 1 for r in rows))
    world.restart()  # the queued e-mails are in the database, not in the stopped server's memory
    smtp_server.start()
    second = [at(account, outcome="no_contact") for account in accounts]
    world.post(token, *second)
    got = smtp_server.wait_for(6)
    world.wait_outbox(lambda rows: len(rows) == 6 and all(r.status == "sent" for r in rows))
    time.sleep(0.5)
    ids = [m.message_id for m in smtp_server.messages()]
    assert len(ids) == 6 and len(set(ids)) == 6 and len(got) == 6


def test_a_row_left_claimed_by_a_dead_server_is_sent_with_the_same_message_id(world, smtp_server):
    token, accounts = ready(world, 1)
    world.configure(smtp_server.settings())
    [row_visit] = [at(accounts[0], outcome="rpc")]
    world.post(token, row_visit)
    [first] = smtp_server.wait_for(1)
    world.wait_outbox(lambda rows: rows[0].status == "sent")
    # As a server killed between the SMTP server's "250" and marking the row leaves it: sending, lease over.
    with world.live.engine.begin() as conn:
        conn.execute(update(_outbox).values(status="sending", next_attempt_at=utcnow()))
    world.live.thread.submit(mail_settings_changed(world.live.thread.app)).result(10)
    second = smtp_server.wait_for(2)[1]
    assert second.message_id == first.message_id  # the resend is recognisably the same message
    with world.live.engine.connect() as conn:
        assert conn.execute(select(_outbox.c.status)).scalar_one() == "sent"


def test_smtp_authentication_works_and_a_wrong_password_is_kept_as_the_error(world, smtp_auth_server):
    token, accounts = ready(world, 2)
    world.configure(smtp_auth_server.settings(username="supervisor", password="clave-incorrecta"))
    world.post(token, at(accounts[0], outcome="rpc"))
    [row] = world.wait_outbox(lambda rows: rows and rows[0].attempts >= 1)
    assert row.last_error.startswith("auth: 535"), row.last_error
    assert smtp_auth_server.messages() == []

    world.configure(smtp_auth_server.settings(username="supervisor", password="clave-correcta"))
    assert len(smtp_auth_server.wait_for(1)) == 1


def test_with_the_writer_in_a_process_of_its_own_the_rules_and_the_outbox_work_the_same(tmp_path, smtp_server):
    world = MailWorld(tmp_path, writer_process=True)
    try:
        token, accounts = ready(world, 3)
        world.configure(smtp_server.settings(outcomes=("rpc",), flags=()))
        world.post(token, *(at(account, outcome="rpc") for account in accounts), at(accounts[0], outcome="no_contact"))
        assert len(smtp_server.wait_for(3)) == 3
        rows = world.wait_outbox(lambda rows: len(rows) == 3 and all(r.status == "sent" for r in rows))
        assert len({r.visit_id for r in rows}) == 3
    finally:
        world.close()


def test_during_an_outage_the_sender_pauses_as_a_whole_instead_of_trying_per_visit(tmp_path):
    import socket
    import threading

    listener = socket.create_server(("127.0.0.1", 0))  # accepts, then hangs up: an SMTP server in trouble
    connections = []

    def hang_up() -> None:
        while True:
            try:
                conn, _ = listener.accept()
            except OSError:
                return
            connections.append(time.monotonic())
            conn.close()

    threading.Thread(target=hang_up, daemon=True).start()
    world = MailWorld(tmp_path, policy=MailPolicy(first_retry_s=0.3, max_retry_s=0.6, max_attempts=100, poll_s=0.2,
                                                  timeout_s=5.0, batch=5))
    try:
        token, accounts = ready(world, 3)
        world.configure(MailSettingsInfo(enabled=True, host="127.0.0.1", port=listener.getsockname()[1],
                                         security="none", from_address="c@e.com", recipients=("s@e.com",)))
        began = time.monotonic()
        for _ in range(8):  # 24 visits, 5 rows per claim: without the pause, 5 connections at once
            world.post(token, *(at(account, outcome="rpc") for account in accounts))
        time.sleep(1.5)
        window = time.monotonic() - began
        rows = list_outbox(world.live.engine)
        assert len(rows) == 24 and all(r.status != "sent" for r in rows)
        # 0.3 s, 0.6 s, 0.6 s... between attempts: a handful in the window, not one per batch of visits.
        assert 2 <= len(connections) <= window / 0.3 + 2, (len(connections), window)
        assert any(r.attempts == 0 for r in rows)  # rows queued during a pause wait for the next attempt
    finally:
        world.close()
        listener.close()

"""Mail settings: rules name the field they break, storage round-trips on both backends, the CLI drives it all."""

from __future__ import annotations

import io
import json
from dataclasses import replace

import pytest

from syncserver.cli import main
from syncserver.mail_rules import NO_MAIL, load_mail_rules
from syncserver.mail_settings import (
    DEFAULTS,
    MailSettingsError,
    MailSettingsInfo,
    read_mail_settings,
    split_addresses,
    update_mail_settings,
)

pytestmark = pytest.mark.filterwarnings("ignore:Requiring AUTH while not requiring TLS:UserWarning")
GOOD = MailSettingsInfo(enabled=True, host="smtp.ejemplo.com", port=587, security="starttls", username="campo",
                        password="secreta", from_address="campo@ejemplo.com", recipients=("jefa@ejemplo.com",))


@pytest.mark.parametrize("field, change", [
    ("host", {"host": "smtp ejemplo.com"}), ("host", {"host": ""}), ("port", {"port": 0}), ("port", {"port": 70000}),
    ("security", {"security": "ssl"}), ("from_address", {"from_address": "Campo <c@e.com>"}),
    ("from_address", {"from_address": ""}), ("recipients", {"recipients": ()}),
    ("recipients", {"recipients": ("jefa@ejemplo.com\r\nBcc: x@y.com",)}), ("language", {"language": "pt"}),
    ("outcomes", {"outcomes": ("paid",)}), ("flags", {"flags": ("late",)}), ("username", {"username": ""}),
])
def test_rules_name_the_field_they_break_and_nothing_is_stored(engine, field, change):
    update_mail_settings(engine, GOOD)
    with pytest.raises(MailSettingsError) as raised:
        update_mail_settings(engine, replace(GOOD, **change))
    assert raised.value.field == field
    assert read_mail_settings(engine) == GOOD


def test_settings_round_trip_and_the_writer_rules_follow_them(engine):
    assert read_mail_settings(engine) == DEFAULTS and not DEFAULTS.enabled
    with engine.connect() as conn:
        assert load_mail_rules(conn) is NO_MAIL
    stored = update_mail_settings(engine, replace(GOOD, recipients=(" b@e.com", "a@e.com", "b@e.com"),
                                                  outcomes=("rpc", "no_contact"), flags=("mock_location",)))
    assert stored.recipients == ("b@e.com", "a@e.com") and stored.outcomes == ("no_contact", "rpc")
    assert read_mail_settings(engine) == stored
    with engine.connect() as conn:
        rules = load_mail_rules(conn)
    assert rules.wants("rpc", []) and rules.wants("third_party", ["mock_location"])
    assert not rules.wants("third_party", ["low_accuracy"])
    update_mail_settings(engine, replace(stored, enabled=False))
    with engine.connect() as conn:
        assert load_mail_rules(conn) is NO_MAIL
    assert stored.public()["password"] == "********"
    assert split_addresses("a@e.com; b@e.com,\n a@e.com  c@e.com") == ("a@e.com", "b@e.com", "c@e.com")


@pytest.fixture
def cli(db_url, capsys, monkeypatch):
    def run(*argv: str, stdin: str = "") -> tuple[int, str, str]:
        monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
        code = main(["--db-url", db_url, *argv])
        out, err = capsys.readouterr()
        return code, out, err

    return run


def test_the_cli_changes_settings_sends_a_test_and_lists_the_outbox(cli, smtp_auth_server):
    code, out, err = cli("mail", "settings", "--enable", "--host", "127.0.0.1", "--port", str(smtp_auth_server.port),
                         "--security", "none", "--user", "supervisor", "--password-stdin", "--from", "c@e.com",
                         "--to", "a@e.com", "b@e.com", "--outcomes", "rpc,promise_to_pay", "--flags", "none", "--json",
                         stdin="clave-correcta\n")
    assert code == 0, err
    shown = json.loads(out)
    assert shown["password"] == "********" and shown["recipients"] == ["a@e.com", "b@e.com"]
    assert shown["outcomes"] == ["rpc", "promise_to_pay"] and shown["flags"] == []

    code, out, err = cli("mail", "test", "prueba@e.com", "--json")
    assert code == 0, err
    assert json.loads(out)["sent"] is True and smtp_auth_server.wait_for(1)[0].recipients == ["prueba@e.com"]

    cli("mail", "settings", "--password-stdin", stdin="otra\n")
    code, out, err = cli("mail", "test", "prueba@e.com")
    assert code == 1 and err.startswith("Not sent (auth): 535")

    code, _, err = cli("mail", "settings", "--outcomes", "paid")
    assert code == 2 and "unknown outcome 'paid'" in err
    code, _, err = cli("mail", "settings", "--to", "nadie")
    assert code == 2 and "'nadie' is not an e-mail address" in err

    code, out, _ = cli("mail", "outbox", "--json")
    assert code == 0 and json.loads(out) == {"counts": {"pending": 0, "sending": 0, "sent": 0, "failed": 0},
                                             "retried": 0, "entries": []}
    code, out, _ = cli("mail", "settings")
    assert "Notifications: on" in out and "(starttls)" not in out and "otra" not in out


def test_starttls_and_tls_verify_the_certificate_they_are_told_to_trust(engine, smtp_tls_server):
    from syncserver.mail_smtp import MailError
    from syncserver.mail_trial import send_trial

    settings = smtp_tls_server.settings(security=smtp_tls_server.tls)
    message_id = send_trial(engine, "a@e.com", settings, cert_bundle=smtp_tls_server.cert, timeout_s=10)
    [got] = smtp_tls_server.wait_for(1)
    assert got.message_id == message_id
    with pytest.raises(MailError) as untrusted:  # a self-signed certificate nobody vouched for
        send_trial(engine, "a@e.com", settings, timeout_s=10)
    assert untrusted.value.kind == "tls" and "CERTIFICATE_VERIFY_FAILED" in untrusted.value.detail
    if smtp_tls_server.tls == "starttls":
        with pytest.raises(MailError) as plain:  # the server wants STARTTLS first
            send_trial(engine, "a@e.com", replace(settings, security="none"), timeout_s=10)
        assert plain.value.kind == "tls" and "530" in plain.value.detail  # "choose STARTTLS", in words

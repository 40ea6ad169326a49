"""`campo-server reminders settings|plan|send|log|opt-out` on a real SQLite database and a real SMTP server."""

from __future__ import annotations

import json
from datetime import UTC, datetime

from syncserver.cli import main
from syncserver.db.bootstrap import open_database
from syncserver.kpis.days import zone_of
from syncserver.mail_settings import update_mail_settings
from syncserver.reminder_providers import FILE_NAME
from tests.reminder_world import reminder_world


def run(capsys, tmp_path, *argv: str) -> tuple[int, str, str]:
    code = main(["--data-dir", str(tmp_path / "data"), *argv])
    out, err = capsys.readouterr()
    return code, out, err


def test_settings_plan_send_and_log_from_the_command_line(tmp_path, capsys, smtp_server) -> None:
    engine = open_database(tmp_path / "data")
    reminder_world(engine, datetime.now(UTC).astimezone(zone_of("America/Bogota")).date())
    update_mail_settings(engine, smtp_server.settings(enabled=False, recipients=()))
    engine.dispose()
    code, out, err = run(capsys, tmp_path, "reminders", "settings", "--channels", "email,sms", "--quiet", "00:00-00:00",
                         "--sender-name", "Cobranzas Andinas",
                         "--template", "before_due", "Hola {nombre}: {monto} el {fecha}.")
    assert code == 0, err
    assert "Channels:     email, sms" in out and "Template before_due: Hola {nombre}: {monto} el {fecha}." in out
    code, _, err = run(capsys, tmp_path, "reminders", "settings", "--template", "after_miss", "Hola {name}")
    assert code == 2 and "{name}" in err
    code, out, _ = run(capsys, tmp_path, "reminders", "opt-out", "C4", "--channels", "sms")
    assert code == 0 and "C4: no reminders by sms" in out
    code, out, _ = run(capsys, tmp_path, "reminders", "plan", "--json")
    planned = json.loads(out)
    assert code == 0 and planned["queued"] == 4 and planned["skipped"]["opted_out"] == 1
    code, out, err = run(capsys, tmp_path, "reminders", "send", "--json")
    sent = json.loads(out)
    assert code == 0, err
    assert sent["sent"] == 4 and sent["counts"]["sent"] == 4 and sent["planned"]["queued"] == 0
    assert len(smtp_server.wait_for(2)) == 2
    lines = (tmp_path / "data" / FILE_NAME).read_text(encoding="utf-8").splitlines()
    assert len(lines) == 2 and json.loads(lines[0])["body"].startswith("Hola ")
    code, out, _ = run(capsys, tmp_path, "reminders", "log", "--channel", "sms")
    assert code == 0 and "opted_out" in out and "sent: 2" in out
    code, out, _ = run(capsys, tmp_path, "reminders", "log", "--json", "--status", "sent")
    assert {e["channel"] for e in json.loads(out)["entries"]} == {"email", "sms"}

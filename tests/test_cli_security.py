"""campo-server users and audit end to end on a real database: passwords from stdin or typed twice, errors in one line."""

from __future__ import annotations

import csv
import getpass
import io
import json
import os
import pty
import select
import signal
import subprocess
import sys
import time

import pytest

from syncserver.cli import main
from syncserver.db.bootstrap import open_database
from syncserver.logins import authenticate
from tests.test_users import quick_hashes  # noqa: F401 - fixture


@pytest.fixture
def cli(quick_hashes, db_url, capsys, monkeypatch):  # noqa: F811 - the fixture imported above
    """Run campo-server on the test database, with `stdin` as standard input; returns (code, stdout, stderr)."""

    def run(*argv: str, stdin: str = "") -> tuple[int, str, str]:
        monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
        code = main(["--db-url", db_url, *argv])
        out, err = capsys.readouterr()
        return code, out, err

    return run


def test_users_add_list_passwd_deactivate(cli, db_url):
    me = f"cli:{getpass.getuser()}"
    code, out, _ = cli("users", "list")
    assert code == 0 and "single-user mode" in out
    code, _, err = cli("users", "add", "Ana", "Ana Pérez", "--role", "supervisor", "--password-stdin",
                       stdin="clave larga de ana\n")
    assert code == 2 and err == "campo-server: error: the first user must be an administrator\n"
    code, _, err = cli("users", "add", "ana", "Ana Pérez", "--role", "administrator", "--password-stdin", stdin="ana\n")
    assert code == 2 and "at least 10 characters" in err
    code, out, _ = cli("users", "add", "Ana", "Ana Pérez", "--role", "administrator", "--password-stdin",
                       stdin="clave larga de ana\n")
    assert code == 0 and out.strip() == "Added user ana (Ana Pérez), administrator"

    assert cli("users", "add", "luis", "Luis Rojas", "--role", "viewer", "--password-stdin",
               stdin="clave de luis 12\n")[0] == 0

    users = json.loads(cli("users", "list", "--json")[1])
    assert [(u["login"], u["role"], u["active"]) for u in users] == [("ana", "administrator", True),
                                                                      ("luis", "viewer", True)]
    assert "password_hash" not in users[0]
    assert cli("users", "passwd", "LUIS", "--password-stdin", stdin="clave nueva de luis\n")[0] == 0
    code, _, err = cli("users", "deactivate", "ana")
    assert code == 2 and "last active administrator" in err and err.count("\n") == 1
    assert cli("users", "update", "luis", "--role", "administrator")[0] == 0
    code, out, _ = cli("users", "deactivate", "ana")
    assert code == 0 and "deactivated" in out
    code, out, _ = cli("users", "list")
    assert out.splitlines()[1].split() == ["ana", "Ana", "Pérez", "administrator", "no"]

    engine = open_database(db_url=db_url)
    try:
        assert authenticate(engine, "luis", "clave nueva de luis").role == "administrator"
    finally:
        engine.dispose()
    actors = {entry["actor"] for entry in json.loads(cli("audit", "--json")[1]) if entry["action"].startswith("user.")}
    assert actors == {me}


def test_audit_filters_json_and_csv(cli, tmp_path):
    assert cli("agent", "add", "G01", "Gestor Uno")[0] == 0
    assert cli("agent", "update", "G01", "--inactive")[0] == 0
    entries = json.loads(cli("audit", "--json")[1])
    assert [e["action"] for e in entries][:2] == ["agent.deactivated", "agent.added"]
    assert entries[0]["details"] == {"active": [True, False]} and entries[0]["subject_id"] == "G01"
    only = json.loads(cli("audit", "--action", "agent.added", "--json")[1])
    assert [e["action"] for e in only] == ["agent.added"]
    assert json.loads(cli("audit", "--from", "2001-01-01", "--to", "2001-01-31", "--json")[1]) == []
    code, out, _ = cli("audit")
    assert code == 0 and out.splitlines()[0].split() == ["AT", "ACTOR", "ACTION", "SUBJECT", "ORIGIN"]
    assert "agent G01" in out

    target = tmp_path / "audit.csv"
    code, out, _ = cli("audit", "--action", "agent.added", "--csv", str(target))
    assert code == 0 and out.strip() == f"Wrote 1 entries to {target}"
    assert target.read_bytes()[:3] == b"\xef\xbb\xbf"
    rows = list(csv.DictReader(io.StringIO(target.read_text(encoding="utf-8-sig"))))
    assert [(r["action"], r["subject_id"]) for r in rows] == [("agent.added", "G01")]

    for argv, message in ((("--action", "nope"), "unknown action 'nope'"),
                          (("--from", "2026-02-02", "--to", "2026-02-01"), "--from is after --to"),
                          (("--json", "--csv", str(target)), "not both")):
        code, _, err = cli("audit", *argv)
        assert code == 2 and message in err


def test_users_add_reads_the_password_from_a_pipe(tmp_path):
    """The real command in its own process: the password comes on stdin, never on the command line."""
    data = tmp_path / "data"
    result = subprocess.run(
        [sys.executable, "-m", "syncserver.cli", "--data-dir", str(data), "users", "add", "jefa", "La Jefa",
         "--role", "administrator", "--password-stdin"],
        input="una clave por tubería\n", capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    engine = open_database(data)
    try:
        assert authenticate(engine, "JEFA", "una clave por tubería").display_name == "La Jefa"
    finally:
        engine.dispose()


def _on_a_terminal(argv: list[str], answers: list[str], timeout: float = 60.0) -> tuple[int, str]:
    """Run campo-server with a terminal of its own (getpass reads /dev/tty) and type each answer at each prompt."""
    pid, fd = pty.fork()
    if pid == 0:  # the child: the pty is its controlling terminal
        os.execv(sys.executable, [sys.executable, "-m", "syncserver.cli", *argv])
    seen, pending, deadline = b"", list(answers), time.monotonic() + timeout
    answered_at = 0  # where the screen stood when the last answer was typed: the next prompt comes after it
    while time.monotonic() < deadline:
        ready, _, _ = select.select([fd], [], [], 0.5)
        if not ready:
            continue
        try:
            chunk = os.read(fd, 1024)
        except OSError:  # the child closed the terminal
            break
        if not chunk:
            break
        seen += chunk
        if pending and seen[answered_at:].rstrip().endswith(b":"):  # getpass flushes what was typed early
            os.write(fd, pending.pop(0).encode() + b"\n")
            answered_at = len(seen)
    else:
        os.kill(pid, signal.SIGKILL)
    _, status = os.waitpid(pid, 0)
    os.close(fd)
    return os.waitstatus_to_exitcode(status), seen.decode(errors="replace")


def test_users_passwords_typed_twice_on_a_terminal(tmp_path):
    data = str(tmp_path / "data")
    code, screen = _on_a_terminal(["--data-dir", data, "users", "add", "ana", "Ana", "--role", "administrator"],
                                  ["clave tecleada 1", "clave tecleada 1"])
    assert code == 0, screen
    assert "New password for ana:" in screen and "Type it again:" in screen and "clave tecleada" not in screen
    code, screen = _on_a_terminal(["--data-dir", data, "users", "passwd", "ana"], ["una clave nueva", "otra distinta"])
    assert code == 2 and "the two passwords differ" in screen
    engine = open_database(tmp_path / "data")
    try:
        assert authenticate(engine, "ana", "clave tecleada 1").login == "ana"
    finally:
        engine.dispose()

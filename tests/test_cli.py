"""campo-server end to end on a real database: agents, import, enroll, devices, serve, user errors."""

from __future__ import annotations

import json
import subprocess
import sys
import uuid
from urllib.parse import urlsplit

import pytest

from syncserver.cli import main
from syncserver.clock import utcnow
from syncserver.db.bootstrap import open_database
from syncserver.pairing import PairingCodeInvalid, parse_pair_uri, redeem_pairing_code

HEADER = "external_ref;debtor_name;address;lat;lon;radius_m;balance;currency;days_past_due;agent_code;segment"


@pytest.fixture
def cli(db_url, capsys):
    """Run campo-server on the test database; returns (exit code, stdout, stderr)."""

    def run(*argv: str) -> tuple[int, str, str]:
        code = main(["--db-url", db_url, *argv])
        out, err = capsys.readouterr()
        return code, out, err

    return run


def cli_json(cli, *argv: str):
    code, out, err = cli(*argv, "--json")
    assert code == 0, err
    return json.loads(out)


def redeem(db_url: str, code: str) -> None:
    engine = open_database(db_url=db_url)
    try:
        with engine.begin() as conn:
            redeem_pairing_code(conn, code, str(uuid.uuid4()), "Galaxy A14", "Android 14", "1.0", utcnow())
    finally:
        engine.dispose()


def test_init_sets_name_and_validates_timezone(cli):
    code, out, _ = cli("init", "--name", "Sucursal Quito", "--timezone", "America/Guayaquil")
    assert code == 0 and "Sucursal Quito" in out and "America/Guayaquil" in out
    code, out, err = cli("init", "--timezone", "America/Atlantis")
    assert code == 2 and out == "" and err.count("\n") == 1 and "unknown timezone" in err


def test_agent_add_list_update_and_duplicate(cli):
    assert cli("agent", "add", "g01", "Ana Pérez", "--email", "ana@example.com")[0] == 0
    assert cli("agent", "add", "G02", "Luis Rojas")[0] == 0
    code, out, err = cli("agent", "add", "G01", "Otra Ana")
    assert code == 2 and err.strip() == "campo-server: error: agent code G01 is already in use"
    agents = cli_json(cli, "agent", "list")
    assert [(a["code"], a["name"], a["email"], a["active"]) for a in agents] == [
        ("G01", "Ana Pérez", "ana@example.com", True), ("G02", "Luis Rojas", None, True)
    ]
    assert agents[0]["created_at"].endswith("Z")
    assert cli("agent", "update", "g02", "--inactive", "--email", "luis@example.com")[0] == 0
    code, out, _ = cli("agent", "list")
    assert out.splitlines()[0].split() == ["CODE", "NAME", "EMAIL", "ACTIVE", "CREATED"]
    assert "luis@example.com  no" in out
    assert cli("agent", "update", "G99", "--active")[0] == 2
    assert cli("agent", "add", "G 03", "Espacio")[0] == 2


def test_accounts_import_reports_rows_and_exit_code(cli, tmp_path):
    cli("agent", "add", "G01", "Ana")
    cli("agent", "add", "G02", "Luis")
    path = tmp_path / "cartera.csv"
    path.write_text(
        f"{HEADER}\n"
        "R-1;Juan;Calle 1;-0,1807;-78,4678;;1.250.000,50;USD;30;G01;A\n"
        "R-2;María;Calle 2;;;;99,90;USD;;G02;\n"
        "R-3;Pedro;Calle 3;;;;mucho;USD;;G07;\n",
        encoding="utf-8",
    )
    code, out, _ = cli("accounts", "import", str(path))
    assert code == 1
    assert "line 4, column balance: bad number 'mucho'" in out
    assert "line 4, column agent_code: unknown agent_code 'G07'" in out
    assert out.strip().splitlines()[-1] == "created 2, updated 0, moved 0, unchanged 0; 1 invalid row(s) not imported"
    listed = cli_json(cli, "accounts", "list")
    assert [(a["external_ref"], a["balance"], a["agent_code"]) for a in listed] == [
        ("R-1", "1250000.50", "G01"), ("R-2", "99.90", "G02")
    ]
    path.write_text(f"{HEADER}\nR-1;Juan;Calle 1;-0,1807;-78,4678;;1.250.000,50;USD;30;G02;A\n", encoding="utf-8")
    code, out, _ = cli("accounts", "import", str(path))
    assert code == 0 and out.strip() == "created 0, updated 0, moved 1, unchanged 0; 0 invalid row(s) not imported"
    assert [a["external_ref"] for a in cli_json(cli, "accounts", "list", "--agent", "g02")] == ["R-1", "R-2"]
    code, out, err = cli("accounts", "import", str(tmp_path / "missing.csv"))
    assert code == 2 and "no such file" in err


def test_accounts_import_with_a_lenders_headers_by_map_and_guess(cli, tmp_path):
    cli("init", "--timezone", "America/Lima")
    cli("agent", "add", "G01", "Ana")
    path = tmp_path / "banco.csv"
    path.write_text("CREDITO;CLIENTE;DNI;DOMICILIO;DEUDA;CELULAR;FIJO;OBS\n"
                    "P-1;Rosa;45612378;Av. Arequipa 5;1.250,50;987 654 321;01 4445566;ok\n"
                    "P-2;Juan;;Jr. Lampa 1;12;98;;\n", encoding="utf-8")
    code, _, err = cli("accounts", "import", str(path))
    assert code == 2 and "missing column(s) external_ref, debtor_name, address, balance" in err  # its own headers
    args = ["accounts", "import", str(path), "--map", "external_ref=credito", "--map", "debtor_name=CLIENTE",
            "--map", "address=DOMICILIO", "--map", "balance=DEUDA", "--map", "phones=CELULAR", "--map", "phones=FIJO"]
    code, out, _ = cli(*args)
    assert code == 1
    lines = out.splitlines()
    assert lines[0] == "Columns: external_ref=CREDITO, debtor_name=CLIENTE, address=DOMICILIO, balance=DEUDA, " \
                       "phones=CELULAR+FIJO"
    assert "Ignored column(s): DNI, OBS" in lines
    assert "line 3, column CELULAR: a national number has 6 to 12 digits: '98'" in lines
    assert lines[-1] == "created 1, updated 0, moved 0, unchanged 0; 1 invalid row(s) not imported"
    listed = cli_json(cli, "accounts", "list")
    assert [(a["external_ref"], a["currency"], a["phones"]) for a in listed] == [
        ("P-1", "PEN", ["+51987654321", "+5114445566"])]
    code, out, _ = cli("accounts", "import", str(path), "--guess", "--map", "notes=OBS", "--json")
    guessed = json.loads(out)
    assert code == 1
    assert guessed["mapping"]["document_id"] == ["DNI"] and guessed["mapping"]["notes"] == ["OBS"]
    assert (guessed["updated"], len(guessed["errors"])) == (1, 1)  # P-1 gained its document and notes
    with pytest.raises(SystemExit) as usage:
        cli("accounts", "import", str(path), "--map", "saldo=DEUDA")
    assert usage.value.code == 2


def test_enroll_json_shape_uri_and_single_use(cli, db_url):
    cli("agent", "add", "G01", "Ana")
    enrolled = cli_json(cli, "enroll", "G01", "--url", "http://10.0.0.5:8750", "https://campo.example.com")
    assert set(enrolled) == {"code", "expires_at", "uri"}
    uri = parse_pair_uri(enrolled["uri"])
    assert uri.code == enrolled["code"] and uri.urls == ("http://10.0.0.5:8750", "https://campo.example.com")
    redeem(db_url, enrolled["code"])
    with pytest.raises(PairingCodeInvalid):
        redeem(db_url, enrolled["code"])
    default = parse_pair_uri(cli_json(cli, "enroll", "G01", "--ttl-hours", "2")["uri"])
    assert default.urls and all(urlsplit(url).port == 8750 and url.startswith("http://") for url in default.urls)


def test_enroll_text_shows_grouped_code_and_qr(cli):
    cli("agent", "add", "G01", "Ana")
    code, out, _ = cli("enroll", "G01", "--url", "http://192.168.0.9:8750")
    assert code == 0
    lines = out.splitlines()
    display = lines[0].rsplit(" ", 1)[1]
    assert len(display) == 12 and display[4] == display[9] == "-"
    assert f"campo://pair?v=1&code={display.replace('-', '')}&url=http%3A%2F%2F192.168.0.9%3A8750" in lines
    assert any("█" in line or "▀" in line for line in lines)
    assert cli("enroll", "NOBODY")[0] == 2
    assert cli("enroll", "G01", "--url", "ftp://x")[0] == 2
    assert cli("enroll", "G01", "--port", "0")[0] == 2
    cli("agent", "update", "G01", "--inactive")
    assert cli("enroll", "G01")[0] == 2


def test_devices_list_and_revoke(cli, db_url):
    cli("agent", "add", "G01", "Ana")
    redeem(db_url, cli_json(cli, "enroll", "G01", "--url", "http://h:8750")["code"])
    (device,) = cli_json(cli, "devices", "list")
    assert (device["agent_code"], device["model"], device["revoked_at"]) == ("G01", "Galaxy A14", None)
    revoked = cli_json(cli, "devices", "revoke", str(device["id"]))
    assert revoked["revoked_at"] is not None
    assert cli_json(cli, "devices", "revoke", str(device["id"]))["revoked_at"] == revoked["revoked_at"]
    code, out, _ = cli("devices", "list")
    assert "revoked" in out.splitlines()[1]
    code, _, err = cli("devices", "revoke", "999")
    assert code == 2 and err.strip() == "campo-server: error: unknown device id 999"


def test_serve_builds_config_and_calls_runner(cli, db_url, monkeypatch, tmp_path):
    import syncserver.runner

    seen = []
    monkeypatch.setattr(syncserver.runner, "run", lambda config: seen.append(config) or 0)
    code = main(["--data-dir", str(tmp_path), "--db-url", db_url, "serve", "--port", "9000", "--no-discovery"])
    assert code == 0
    (config,) = seen
    assert (config.host, config.port, config.discovery, config.db_url) == ("0.0.0.0", 9000, False, db_url)
    assert config.data_dir == tmp_path and config.public_url is None


def test_module_entry_point_prints_one_line_errors(db_url):
    def run(*argv: str) -> subprocess.CompletedProcess:
        return subprocess.run(
            [sys.executable, "-m", "syncserver.cli", "--db-url", db_url, *argv],
            capture_output=True, text=True, timeout=120,
        )

    assert run("agent", "add", "G01", "Ana").returncode == 0
    duplicate = run("agent", "add", "G01", "Ana")
    assert duplicate.returncode == 2 and "Traceback" not in duplicate.stderr
    assert duplicate.stderr.strip().splitlines() == ["campo-server: error: agent code G01 is already in use"]
    bad_db = subprocess.run(
        [sys.executable, "-m", "syncserver.cli", "--db-url", "nosuchdriver://x", "agent", "list"],
        capture_output=True, text=True, timeout=120,
    )
    assert bad_db.returncode == 2 and bad_db.stderr.count("\n") == 1 and "cannot open the database" in bad_db.stderr


def test_lan_addresses_and_server_urls():
    import ipaddress

    from syncserver.netinfo import lan_addresses, server_urls

    addresses = lan_addresses()
    assert addresses and all(ipaddress.IPv4Address(a) for a in addresses)
    assert addresses == ["127.0.0.1"] or not any(ipaddress.IPv4Address(a).is_loopback for a in addresses)
    urls = server_urls(9100, public_url="https://campo.example.com/")
    assert urls[0] == "https://campo.example.com"
    assert urls[1:] == [f"http://{address}:9100" for address in addresses]


def test_pairing_qr_holds_the_uri():
    from syncserver.qr import pairing_qr, terminal_qr

    uri = "campo://pair?v=1&code=K7QXM3PD9W&url=http%3A%2F%2F192.168.1.20%3A8750"
    qr = pairing_qr(uri)
    assert qr.error == "M" and not qr.is_micro and qr.mode == "byte"
    text = terminal_qr(uri)
    assert len(text.splitlines()) == (qr.symbol_size()[1] + 1) // 2

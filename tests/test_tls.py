"""HTTPS over the internet: `serve --tls`, the pairing URI's fingerprint, and devices that pin it."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import urllib.parse

import aiohttp
import pytest

from mobile_protocol.device.cli import main as device_main
from mobile_protocol.device.client import ServerUnreachable, make_session
from mobile_protocol.device.pairing import PairTarget, pair_device, parse_pair_uri
from mobile_protocol.device.state import DeviceState
from syncserver.cli import main as server_main
from syncserver.tls import certificate_fingerprint, default_tls_files, ensure_self_signed, resolve_tls, server_context


def _serve(data_dir, *extra: str, port: int = 0) -> tuple[subprocess.Popen, str]:
    env = dict(os.environ, PYTHONPATH=os.getcwd())
    cmd = [sys.executable, "-m", "syncserver.cli", "--data-dir", str(data_dir), "serve", "--host", "127.0.0.1",
           "--port", str(port), "--no-discovery", "--writer", "thread", "--tls", *extra]
    server = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env, text=True)
    line = server.stdout.readline()
    if not line.startswith("Listening on https://127.0.0.1:"):
        server.kill()
        raise AssertionError(f"{line!r}: {server.stderr.read()}")
    return server, line.split()[-1]


@pytest.fixture
def branch(tmp_path):
    data_dir = tmp_path / "office"
    assert server_main(["--data-dir", str(data_dir), "agent", "add", "A1", "Ana Ruiz"]) == 0
    return data_dir


def _enroll(data_dir, capsys, url: str, *extra: str) -> str:
    capsys.readouterr()
    assert server_main(["--data-dir", str(data_dir), "enroll", "A1", "--json", "--url", url, "--tls", *extra]) == 0
    return json.loads(capsys.readouterr().out)["uri"]


def test_a_device_pairs_by_the_qr_fingerprint_and_syncs_over_https(branch, tmp_path, capsys):
    server, url = _serve(branch)
    try:
        uri = _enroll(branch, capsys, url)
        fp = urllib.parse.parse_qs(urllib.parse.urlsplit(uri).query)["fp"][0]
        assert fp == certificate_fingerprint(default_tls_files(branch).cert) and len(fp) == 64
        assert (default_tls_files(branch).key.stat().st_mode & 0o777) == 0o600  # the key is private
        state_dir = str(tmp_path / "phone")
        assert device_main(["--state-dir", state_dir, "pair", uri]) == 0
        assert device_main(["--state-dir", state_dir, "sync"]) == 0
        state = DeviceState(tmp_path / "phone" / "device.sqlite3")
        try:
            assert state.pairing.fingerprint == fp and state.pairing.server_urls[0].startswith("https://")
        finally:
            state.close()
    finally:
        server.terminate()
        assert server.wait(20) == 0


async def test_a_device_refuses_a_server_whose_certificate_is_not_the_pinned_one(branch, tmp_path, capsys):
    server, url = _serve(branch)
    state = DeviceState(tmp_path / "phone.sqlite3")
    try:
        uri = _enroll(branch, capsys, url)
        query = urllib.parse.parse_qs(urllib.parse.urlsplit(uri).query)
        async with make_session() as session:
            with pytest.raises(ServerUnreachable):  # a man in the middle with another certificate
                await pair_device(state, session, PairTarget(code=query["code"][0], urls=[url], fingerprint="ab" * 32))
            with pytest.raises(ServerUnreachable):  # no pin: a self-signed certificate is not trusted
                await pair_device(state, session, PairTarget(code=query["code"][0], urls=[url]))
            with pytest.raises(aiohttp.ClientError):  # plain HTTP to the TLS port gets no answer
                async with session.get(url.replace("https://", "http://") + "/api/v1/health"):
                    pass
            assert state.pairing is None
            # The refused attempts never reached the server: the code still pairs the real phone.
            pairing = await pair_device(state, session, PairTarget(code=query["code"][0], urls=[url],
                                                                   fingerprint=query["fp"][0]))
            assert pairing.fingerprint == query["fp"][0]
    finally:
        state.close()
        server.terminate()
        server.wait(20)


def test_own_certificate_is_used_and_a_mismatched_key_is_one_line(branch, tmp_path, capsys):
    own = ensure_self_signed(tmp_path / "own", "Propia")
    other = ensure_self_signed(tmp_path / "other", "Otra")
    server, url = _serve(branch, "--tls-cert", str(own.cert), "--tls-key", str(own.key))
    try:
        uri = _enroll(branch, capsys, url, "--tls-cert", str(own.cert), "--tls-key", str(own.key))
        assert f"fp={certificate_fingerprint(own.cert)}" in uri
        assert not default_tls_files(branch).cert.exists()  # no self-signed one was made
    finally:
        server.terminate()
        server.wait(20)
    code = server_main(["--data-dir", str(branch), "enroll", "A1", "--tls", "--tls-cert", str(own.cert),
                        "--tls-key", str(other.key)])
    assert code != 0 and "cannot use the certificate" in capsys.readouterr().err


def test_the_self_signed_certificate_is_made_once_and_names_this_machine(tmp_path):
    first = resolve_tls(tmp_path, None, None)
    fingerprint = certificate_fingerprint(first.cert)
    assert certificate_fingerprint(resolve_tls(tmp_path, None, None).cert) == fingerprint  # kept, not remade
    from cryptography import x509

    cert = x509.load_pem_x509_certificate(first.cert.read_bytes())
    names = cert.extensions.get_extension_for_class(x509.SubjectAlternativeName).value
    assert "localhost" in names.get_values_for_type(x509.DNSName)
    assert "127.0.0.1" in {str(ip) for ip in names.get_values_for_type(x509.IPAddress)}
    server_context(first)  # loads as a pair
    with pytest.raises(Exception, match="both a certificate and its key"):
        resolve_tls(tmp_path, first.cert, None)


def test_a_paired_device_refuses_the_same_address_with_another_certificate(branch, tmp_path, capsys):
    """After pairing, the pin holds for every request: a swapped certificate (a man in the middle later) gets nothing."""
    server, url = _serve(branch)
    state_dir = str(tmp_path / "phone")
    try:
        assert device_main(["--state-dir", state_dir, "pair", _enroll(branch, capsys, url)]) == 0
    finally:
        server.terminate()
        assert server.wait(20) == 0
    port = int(url.rsplit(":", 1)[1])
    other = ensure_self_signed(tmp_path / "intruder", "Otra")
    server, _url = _serve(branch, "--tls-cert", str(other.cert), "--tls-key", str(other.key), port=port)
    try:
        capsys.readouterr()
        assert device_main(["--state-dir", state_dir, "sync"]) != 0
        err = capsys.readouterr().err  # the device says which server it could not trust, and why
        assert f"https://127.0.0.1:{port}" in err and "not the one this device was paired with" in err
        assert certificate_fingerprint(other.cert) in err
    finally:
        server.terminate()
        server.wait(20)
    server, _url = _serve(branch, port=port)  # the office's own certificate again: it syncs
    try:
        assert device_main(["--state-dir", state_dir, "sync"]) == 0
    finally:
        server.terminate()
        server.wait(20)


def test_enroll_offers_what_the_running_serve_offers_public_url_first(branch, tmp_path, capsys):
    """`serve --tls --public-url` notes its URLs and fingerprint; a plain `enroll` puts them in the QR."""
    from syncserver.netinfo import SERVED_FILE, last_served

    public = "https://cobranza.example.com:8443"
    server, url = _serve(branch, "--public-url", public)
    try:
        capsys.readouterr()
        assert server_main(["--data-dir", str(branch), "enroll", "A1", "--json"]) == 0
        target = parse_pair_uri(json.loads(capsys.readouterr().out)["uri"])
        port = url.rsplit(":", 1)[1]
        assert target.urls[0] == public and target.urls[1:]  # then this machine's LAN URLs at the served port
        assert all(u.startswith("https://") and u.endswith(f":{port}") for u in target.urls[1:]), target.urls
        assert target.fingerprint == certificate_fingerprint(default_tls_files(branch).cert)
        # Any flag means "as I say": the note is not used.
        assert server_main(["--data-dir", str(branch), "enroll", "A1", "--json", "--port", port]) == 0
        told = parse_pair_uri(json.loads(capsys.readouterr().out)["uri"])
        assert told.fingerprint is None and public not in told.urls and told.urls[0].startswith("http://")
    finally:
        server.terminate()
        assert server.wait(20) == 0
    # The note belongs to its branch's database: another database on this data directory does not use it.
    assert last_served(branch, "sqlite:///elsewhere.sqlite3") is None and (branch / SERVED_FILE).exists()

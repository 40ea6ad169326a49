"""Pairing input (campo:// URIs, URL + code, codes files) and the client's pure helpers."""

from __future__ import annotations

import json
import random
from datetime import datetime, timedelta, timezone
from email.utils import format_datetime

import pytest

from mobile_protocol.device.client import (
    ProtocolError,
    RetryPolicy,
    _error_from,
    normalize_base_url,
    parse_retry_after,
)
from mobile_protocol.device.pairing import PairingError, PairTarget, pair_target, parse_pair_uri
from mobile_protocol.device.simulate import read_codes

FP = "ab" * 32


def test_uri_with_several_urls_keeps_their_order():
    target = parse_pair_uri("campo://pair?v=1&code=K7Q2-9XTM&url=http://192.168.1.20:8750&url=https://campo.example/")
    assert target == PairTarget(code="K7Q2-9XTM", urls=["http://192.168.1.20:8750", "https://campo.example"])


def test_uri_url_may_be_percent_encoded_and_fingerprint_hex_with_colons():
    colons = ":".join(FP[i:i + 2].upper() for i in range(0, 64, 2))
    target = parse_pair_uri(f"campo://pair?v=1&code=ABC&url=http%3A%2F%2F10.0.0.5%3A8750%2Fapi%2Fv1&fp={colons}")
    assert target.urls == ["http://10.0.0.5:8750"] and target.fingerprint == FP


@pytest.mark.parametrize("uri, problem", [
    ("http://pair?v=1&code=A&url=http://x", "not a Campo pairing URI"),
    ("campo://other?v=1&code=A&url=http://x", "not a Campo pairing URI"),
    ("campo://pair?v=2&code=A&url=http://x", "version 2"),
    ("campo://pair?code=A&url=http://x", "version (missing)"),
    ("campo://pair?v=1&url=http://x", "exactly one code"),
    ("campo://pair?v=1&code=A&code=B&url=http://x", "exactly one code"),
    ("campo://pair?v=1&code=A", "no server URL"),
    ("campo://pair?v=1&code=A&url=ftp://x", "bad server URL"),
    ("campo://pair?v=1&code=A&url=http://x&fp=zz", "SHA-256"),
])
def test_bad_uris_say_what_is_wrong(uri, problem):
    with pytest.raises(PairingError, match=problem.replace("(", r"\(").replace(")", r"\)")):
        parse_pair_uri(uri)


def test_pair_arguments_take_url_and_code_or_a_uri():
    assert pair_target("http://127.0.0.1:8750/", " CODE1 ") == PairTarget(code="CODE1", urls=["http://127.0.0.1:8750"])
    assert pair_target("campo://pair?v=1&code=C&url=http://h", None).code == "C"
    with pytest.raises(PairingError, match="missing the pairing code"):
        pair_target("http://h", None)
    with pytest.raises(PairingError, match="not both"):
        pair_target("campo://pair?v=1&code=C&url=http://h", "C")
    with pytest.raises(PairingError, match="not an http"):
        pair_target("127.0.0.1:8750", "C")


def test_base_url_is_normalised():
    assert normalize_base_url(" https://h:1/api/v1/ ") == "https://h:1"
    assert normalize_base_url("http://h/campo") == "http://h/campo"


def test_codes_file_accepts_plain_codes_uris_and_enroll_json(tmp_path):
    path = tmp_path / "codes.txt"
    path.write_text("\n".join([
        "# codes for the demo",
        "PLAIN-1",
        "",
        json.dumps({"code": "J-2", "expires_at": "2026-11-24T10:00:00Z",
                    "uri": "campo://pair?v=1&code=J-2&url=http://10.0.0.5:8750"}),
        json.dumps({"code": "J-3", "expires_at": "2026-11-24T10:00:00Z"}),
        "campo://pair?v=1&code=U-4&url=http://h",
    ]), encoding="utf-8")
    targets = read_codes(path)
    assert [t.code for t in targets] == ["PLAIN-1", "J-2", "J-3", "U-4"]
    assert targets[1].urls == ["http://10.0.0.5:8750"] and targets[2].urls == []


def test_codes_file_errors_name_the_line(tmp_path):
    path = tmp_path / "codes.txt"
    path.write_text('GOOD\n{"expires_at": "x"}\n', encoding="utf-8")
    with pytest.raises(PairingError, match="line 2"):
        read_codes(path)


def test_error_bodies_become_typed_errors():
    body = (b'{"error": {"code": "validation_failed", "message": "bad",'
            b' "details": {"errors": [{"path": "p", "message": "m"}]}}}')
    error = _error_from(422, body, None)
    assert (error.status, error.code, error.message, error.retryable) == (422, "validation_failed", "bad", False)
    assert error.details == {"errors": [{"path": "p", "message": "m"}]}
    busy = _error_from(503, b'{"error": {"code": "unavailable", "message": "later"}}', "7")
    assert busy.retryable and busy.retry_after == 7.0
    assert _error_from(429, b"{}", None).retryable
    proxy = _error_from(502, b"<html>Bad Gateway</html>", None)
    assert proxy.code == "http_502" and proxy.retryable and "Bad Gateway" in proxy.message
    assert not _error_from(404, b"", None).retryable


def test_retry_after_as_seconds_or_http_date():
    assert parse_retry_after("3") == 3.0
    assert parse_retry_after(None) is None and parse_retry_after("soon") is None
    later = datetime.now(timezone.utc) + timedelta(seconds=30)
    assert 25 <= parse_retry_after(format_datetime(later, usegmt=True)) <= 31


def test_backoff_grows_with_jitter_and_honours_retry_after():
    policy = RetryPolicy(attempts=8, base_delay_s=0.5, max_delay_s=4.0)
    rng = random.Random(1)
    delays = [policy.delay(n, None, rng) for n in range(1, 7)]
    assert 0.25 <= delays[0] <= 0.5 and 0.5 <= delays[1] <= 1.0
    assert all(2.0 <= d <= 4.0 for d in delays[3:])  # capped
    assert 10.0 <= policy.delay(1, 10.0, rng) <= 10.5


def test_protocol_error_text_names_status_and_code():
    assert str(ProtocolError(401, "unauthorized", "revoked")) == "401 unauthorized: revoked"

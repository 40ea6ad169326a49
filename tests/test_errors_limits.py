"""The contract's errors, continued: 413 for bodies and batches over their limits, 415, 422 for bodies
without a usable key, 429 with Retry-After; each with its exact JSON body and nothing stored."""

from __future__ import annotations

import gzip
import json
import time
import uuid

from sqlalchemy import select

from syncserver.config import Limits
from syncserver.db.models import Device, Position, Visit
from tests.error_helpers import (
    assert_error, assert_field_errors, count, header, pair_body, position, raw_http, setup_device,
    visit,
)


# --- 413 --------------------------------------------------------------------------------------


def _padded(payload: dict, size: int) -> bytes:
    """`payload` as JSON padded with trailing whitespace to exactly `size` bytes."""
    raw = json.dumps(payload).encode()
    assert len(raw) <= size
    return raw + b" " * (size - len(raw))


def test_413_body_over_max_body_bytes(make_server):
    limit = 4096
    server = make_server(Limits(max_body_bytes=limit))
    _, token, _ = setup_device(server)

    at_limit = server.request("POST", "/positions", raw=_padded({"positions": [position(1)]}, limit), token=token)
    assert at_limit.status == 200 and at_limit.body["accepted"] == 1

    over = _padded({"positions": [position(2)]}, limit + 1)
    error = assert_error(server.request("POST", "/positions", raw=over, token=token), 413, "payload_too_large")
    assert error["details"] == {"max_body_bytes": limit}
    # Without Content-Length (chunked), the server counts as it reads.
    chunked = raw_http(server, "POST", "/positions", over, {"Content-Type": "application/json",
                                                             "Authorization": f"Bearer {token}"}, chunked=True)
    assert_error(chunked, 413, "payload_too_large")
    ok_chunked = raw_http(server, "POST", "/positions", _padded({"positions": [position(3)]}, limit),
                          {"Content-Type": "application/json", "Authorization": f"Bearer {token}"}, chunked=True)
    assert ok_chunked.status == 200 and ok_chunked.body["accepted"] == 1
    # The limit applies to the decoded size too: small on the wire, too big once inflated.
    small_on_wire = gzip.compress(over)
    assert len(small_on_wire) < limit
    gz = {"Content-Encoding": "gzip"}
    assert_error(server.request("POST", "/positions", raw=small_on_wire, token=token, headers=gz), 413,
                 "payload_too_large")
    inflates_to_limit = gzip.compress(_padded({"positions": [position(4)]}, limit))
    assert server.request("POST", "/positions", raw=inflates_to_limit, token=token, headers=gz).body["accepted"] == 1
    # Pairing and visits obey the same limit.
    for path in ("/visits", "/devices/pair"):
        assert_error(server.request("POST", path, raw=_padded({}, limit + 10), token=token), 413, "payload_too_large")
    with server.engine.connect() as conn:
        assert sorted(conn.scalars(select(Position.seq))) == [1, 3, 4]


def test_413_batches_over_their_item_limit(make_server):
    server = make_server(Limits(max_positions_per_batch=5, max_visits_per_batch=2))
    _, token, accounts = setup_device(server, n=3)
    health = server.request("GET", "/health").body["limits"]
    assert health["max_positions_per_batch"] == 5 and health["max_visits_per_batch"] == 2

    six = [position(i, minutes=i) for i in range(1, 7)]
    error = assert_error(server.request("POST", "/positions", {"positions": six}, token=token), 413, "payload_too_large")
    assert error["details"] == {"max_items": 5}
    # Also when an item is invalid (the item-by-item path).
    six_bad = [*six[:5], dict(six[5], lat=91)]
    assert_error(server.request("POST", "/positions", {"positions": six_bad}, token=token), 413, "payload_too_large")
    assert count(server, Position) == 0
    five = server.request("POST", "/positions", {"positions": six[:5]}, token=token)
    assert five.status == 200 and five.body["accepted"] == 5

    three = [visit(a) for a in accounts]
    error = assert_error(server.request("POST", "/visits", {"visits": three}, token=token), 413, "payload_too_large")
    assert error["details"] == {"max_items": 2}
    three_bad = [*three[:2], dict(three[2], outcome="bogus")]
    assert_error(server.request("POST", "/visits", {"visits": three_bad}, token=token), 413, "payload_too_large")
    assert count(server, Visit) == 0
    two = server.request("POST", "/visits", {"visits": three[:2]}, token=token)
    assert [r["status"] for r in two.body["results"]] == ["accepted", "accepted"]


# --- 415 --------------------------------------------------------------------------------------


def test_415_not_json_or_unknown_encoding(server):
    _, token, accounts = setup_device(server)
    body = json.dumps({"positions": [position(1)]}).encode()
    auth = {"Authorization": f"Bearer {token}"}
    for content_type in ("text/plain", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x",
                         "application/jsonx", "json", "application/xml"):
        for path in ("/positions", "/visits", "/devices/pair"):
            reply = server.request("POST", path, raw=body, token=token, headers={"Content-Type": content_type})
            assert_error(reply, 415, "unsupported_media_type")
    assert_error(raw_http(server, "POST", "/positions", body, auth), 415, "unsupported_media_type")  # no type at all
    for encoding in ("br", "deflate", "compress", "gzip, gzip", "x-gzip-bomb"):
        reply = server.request("POST", "/positions", raw=body, token=token, headers={"Content-Encoding": encoding})
        assert_error(reply, 415, "unsupported_media_type")
    assert count(server, Position) == 0
    # Parameters of the media type and an explicit identity encoding are fine.
    ok = server.request("POST", "/positions", raw=body, token=token,
                        headers={"Content-Type": "application/json; charset=utf-8", "Content-Encoding": "identity"})
    assert ok.status == 200 and ok.body["accepted"] == 1


# --- 422 --------------------------------------------------------------------------------------


def test_422_pair_body_with_wrong_types(server):
    server.add_agent("A1")
    code = server.pairing_code("A1")
    cases = [
        ({"code": 123, "device": {"install_id": str(uuid.uuid4())}}, "code"),
        ({"code": code, "device": "phone"}, "device"),
        ({"code": code, "device": {"install_id": "not-a-uuid"}}, "device.install_id"),
        ({"code": code, "device": {"install_id": str(uuid.uuid4()), "model": 7}}, "device.model"),
        ({"code": code, "device": {"install_id": str(uuid.uuid4()), "model": "m" * 201}}, "device.model"),
        ({"code": "", "device": {"install_id": str(uuid.uuid4())}}, "code"),
        ({"code": [code], "device": {"install_id": str(uuid.uuid4())}}, "code"),
    ]
    for body, path in cases:
        error = assert_error(server.request("POST", "/devices/pair", body), 422, "validation_failed")
        assert [e["path"] for e in assert_field_errors(error)] == [path], (body, error)
    assert count(server, Device) == 0
    # The code was not used up by the invalid requests.
    assert server.request("POST", "/devices/pair", pair_body(code)).status == 201


def test_422_position_or_visit_without_a_usable_key(server):
    _, token, accounts = setup_device(server)
    cases = [
        [position(1), {"lat": 4.6, "lon": -74.0}],                 # no seq
        [position(1), dict(position(2), seq="2")],                  # seq as a string
        [position(1), dict(position(2), seq=2.5)],                  # seq not an integer
        [position(1), dict(position(2), seq=None)],
        [position(1), "not an object"],
        [position(1), dict(position(2), seq=True)],
    ]
    for batch in cases:
        error = assert_error(server.request("POST", "/positions", {"positions": batch}, token=token), 422,
                             "validation_failed")
        errors = assert_field_errors(error)
        assert errors[0]["path"].startswith("positions[1]"), errors
    assert count(server, Position) == 0  # the valid position of each batch was not stored either

    for broken in ({"account_id": accounts[0]}, dict(visit(accounts[0]), id=5), dict(visit(accounts[0]), id=None), []):
        batch = [visit(accounts[0]), broken]
        error = assert_error(server.request("POST", "/visits", {"visits": batch}, token=token), 422,
                             "validation_failed")
        errors = assert_field_errors(error)
        assert errors[0]["path"].startswith("visits[1]"), errors
        assert "$" not in errors[0]["path"], errors
    assert count(server, Visit) == 0


# --- 429 --------------------------------------------------------------------------------------


def test_429_repeated_wrong_pairing_codes(make_server):
    server = make_server(Limits(pairing_failures_per_window=3, pairing_window_s=1.5))
    server.add_agent("A1")
    for _ in range(3):
        assert_error(server.request("POST", "/devices/pair", pair_body("WRONGCODE2")), 403, "pairing_code_invalid")
    good = server.pairing_code("A1")
    started = time.monotonic()
    for body in (pair_body("WRONGCODE2"), pair_body(good), {"garbage": True}):
        reply = server.request("POST", "/devices/pair", body)
        assert_error(reply, 429, "rate_limited")
        retry_after = header(reply, "Retry-After")
        assert retry_after is not None and retry_after.isdigit() and 1 <= int(retry_after) <= 2
    assert count(server, Device) == 0
    # Other endpoints are not affected by the pairing limiter.
    assert server.request("GET", "/health").status == 200
    # Once the window passes, the (still unused) good code pairs.
    time.sleep(max(0.0, 1.6 - (time.monotonic() - started)))
    assert server.request("POST", "/devices/pair", pair_body(good)).status == 201
    # Malformed requests are not counted as wrong codes.
    for _ in range(5):
        assert_error(server.request("POST", "/devices/pair", {"code": 1}), 422, "validation_failed")
    assert server.request("POST", "/devices/pair", pair_body(server.pairing_code("A1"))).status == 201

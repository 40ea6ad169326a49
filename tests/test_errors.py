"""Every error of the contract, produced for real over HTTP, with its exact JSON body.

The body of every non-2xx answer is `{"error": {"code", "message", "details"?}}` served as
application/json; each test below makes the server produce one status of the contract's table
(and 405, which the table leaves out) and checks the body, the headers that go with it, and
that nothing was stored by the refused request.
"""

from __future__ import annotations

import asyncio
import gzip
import http.client
import json
import sqlite3
import threading
import time
import uuid
from datetime import datetime, timedelta, timezone
from types import SimpleNamespace

import pytest
from sqlalchemy import event, func, select, update

from syncserver.background import ServerThread
from syncserver.clock import utcnow
from syncserver.config import Limits, ServerConfig
from syncserver.db.bootstrap import open_database
from syncserver.db.engine import DB_FILE
from syncserver.db.models import Device, PairingCode, Position, Visit
from syncserver.devices import revoke_device
from syncserver.pairing import create_pairing_code
from syncserver.runner import start_server
from tests.plugins.server import LiveServer, Reply

NOW = datetime.now(timezone.utc)


# --- helpers ----------------------------------------------------------------------------------


def iso(moment: datetime) -> str:
    return moment.isoformat().replace("+00:00", "Z")


def position(seq: int, minutes: float = 0, **extra) -> dict:
    moment = NOW - timedelta(minutes=60) + timedelta(minutes=minutes)
    return {"seq": seq, "fix_time": iso(moment), "device_time": iso(moment), "lat": 4.65, "lon": -74.05,
            "accuracy_m": 8.0, **extra}


def visit(account_id: str, **extra) -> dict:
    return {"id": str(uuid.uuid4()), "account_id": account_id, "started_at": iso(NOW - timedelta(minutes=5)),
            "finished_at": iso(NOW - timedelta(minutes=1)),
            "location": {"lat": 4.65, "lon": -74.05, "accuracy_m": 10.0, "fix_time": iso(NOW - timedelta(minutes=3))},
            "outcome": "rpc", "answers": {}, **extra}


def setup_device(server: LiveServer, code: str = "A1", n: int = 2) -> tuple[str, str, list[str]]:
    """An agent with n accounts and one paired device: (device_id, token, account ids)."""
    server.add_agent(code)
    server.add_accounts([
        {"external_ref": f"{code}-{i}", "debtor_name": f"Deudor {i}", "address": f"Calle {i}",
         "lat": 4.65 + i * 0.01, "lon": -74.05, "balance": "1000.00", "agent_code": code}
        for i in range(n)
    ])
    device_id, token = server.pair(code)
    accounts = [a["id"] for a in server.request("GET", "/sync", token=token).body["accounts"]]
    return device_id, token, accounts


def header(reply: Reply, name: str) -> str | None:
    """A response header, by case-insensitive name."""
    return next((v for k, v in reply.headers.items() if k.lower() == name.lower()), None)


def assert_error(reply: Reply, status: int, code: str) -> dict:
    """The reply is the contract's error body with this status and code; returns the error object."""
    assert reply.status == status, (reply.status, reply.body)
    assert (header(reply, "Content-Type") or "").split(";")[0].strip() == "application/json"
    assert isinstance(reply.body, dict) and list(reply.body) == ["error"], reply.body
    error = reply.body["error"]
    assert {"code", "message"} <= set(error) <= {"code", "message", "details"}, error
    assert error["code"] == code
    assert isinstance(error["message"], str) and error["message"].strip()
    if "details" in error:
        assert isinstance(error["details"], dict)
    return error


def assert_field_errors(error: dict) -> list[dict]:
    """details.errors is a non-empty list of exactly {path, message} strings."""
    errors = error["details"]["errors"]
    assert isinstance(errors, list) and errors
    for item in errors:
        assert set(item) == {"path", "message"}, item
        assert isinstance(item["path"], str) and item["path"]
        assert isinstance(item["message"], str) and item["message"]
    return errors


def raw_http(server: LiveServer, method: str, path: str, body: bytes | None = None,
             headers: dict[str, str] | None = None, chunked: bool = False) -> Reply:
    """A request with full control of the headers (no Content-Type added, chunked bodies)."""
    conn = http.client.HTTPConnection("127.0.0.1", server.thread.port, timeout=30)
    try:
        if chunked:
            conn.request(method, "/api/v1" + path, body=iter([body[i:i + 1024] for i in range(0, len(body), 1024)]),
                         headers=headers or {}, encode_chunked=True)
        else:
            conn.request(method, "/api/v1" + path, body=body, headers=headers or {})
        response = conn.getresponse()
        content = response.read()
        return Reply(response.status, dict(response.getheaders()), json.loads(content) if content else None)
    finally:
        conn.close()


def count(server: LiveServer, model) -> int:
    with server.engine.connect() as conn:
        return conn.scalar(select(func.count()).select_from(model))


# --- 400 --------------------------------------------------------------------------------------


def test_400_bad_request_shapes(server):
    _, token, accounts = setup_device(server)
    for path in ("/positions", "/visits", "/devices/pair"):
        for raw in (b"{not json", b"", b"[1, 2", b"\xff\xfe{}", b'{"positions": [1,]}', b"nul"):
            assert_error(server.request("POST", path, raw=raw, token=token), 400, "bad_request")
        for top in (b"[]", b'"text"', b"42", b"null", b"true"):  # JSON, but not an object
            assert_error(server.request("POST", path, raw=top, token=token), 400, "bad_request")
    for not_a_list in ({"positions": {"seq": 1}}, {"positions": "many"}, {"positions": None}, {"positions": 3},
                       {"other": []}):
        assert_error(server.request("POST", "/positions", not_a_list, token=token), 400, "bad_request")
    for not_a_list in ({"visits": {}}, {"visits": "x"}, {"visits": None}, {}):
        assert_error(server.request("POST", "/visits", not_a_list, token=token), 400, "bad_request")
    assert count(server, Position) == 0 and count(server, Visit) == 0
    # The same device is still served normally afterwards.
    ok = server.request("POST", "/positions", {"positions": [position(1)]}, token=token)
    assert ok.status == 200 and ok.body["accepted"] == 1


# --- 401 --------------------------------------------------------------------------------------


def _device_endpoints(visit_id: str) -> list[tuple[str, str, dict | None]]:
    return [
        ("GET", "/sync", None),
        ("GET", "/sync?cursor=x.1", None),
        ("POST", "/positions", {"positions": [position(1)]}),
        ("POST", "/visits", {"visits": []}),
        ("GET", f"/visits/{visit_id}", None),
    ]


def test_401_missing_unknown_and_malformed_tokens(server):
    _, token, accounts = setup_device(server)
    stored = visit(accounts[0])
    assert server.request("POST", "/visits", {"visits": [stored]}, token=token).body["results"][0]["status"] == "accepted"
    bad_headers = [
        {},
        {"Authorization": "Bearer " + "A" * 43},  # well-formed, unknown
        {"Authorization": "Bearer"},
        {"Authorization": "Bearer "},
        {"Authorization": f"Basic {token}"},
        {"Authorization": f"Token {token}"},
        {"Authorization": token},
        {"Authorization": f"Bearer {token}x"},
        {"Authorization": f"Bearer {token[:-1]}"},
        {"Authorization": "Bearer " + "x" * 600},
        {"Authorization": f"Bearer {token} {token}"},
    ]
    for method, path, body in _device_endpoints(stored["id"]):
        for headers in bad_headers:
            reply = server.request(method, path, body, headers=headers)
            assert_error(reply, 401, "unauthorized")
    # Header bytes that are not UTF-8 are a malformed token, not a server failure.
    for value in (b"Bearer \xff\xfe\xfd", b"Bearer caf\xe9", b"\xff"):
        conn = http.client.HTTPConnection("127.0.0.1", server.thread.port, timeout=10)
        conn.putrequest("GET", "/api/v1/sync")
        conn.putheader("Authorization", value)
        conn.endheaders()
        response = conn.getresponse()
        body = json.loads(response.read())
        conn.close()
        assert response.status == 401 and body["error"]["code"] == "unauthorized", (value, body)
    assert count(server, Position) == 0 and count(server, Visit) == 1
    # The scheme is case-insensitive: the real token still works.
    assert server.request("GET", "/sync", headers={"Authorization": f"bearer {token}"}).status == 200


@pytest.mark.parametrize("endpoint", ["sync", "positions", "visits", "get_visit"])
def test_401_revoked_token_is_refused_on_the_very_next_request(server, endpoint):
    device_id, token, accounts = setup_device(server)
    stored = visit(accounts[0])
    assert server.request("POST", "/visits", {"visits": [stored]}, token=token).body["results"][0]["status"] == "accepted"
    requests = {
        "sync": lambda seq: ("GET", "/sync", None),
        "positions": lambda seq: ("POST", "/positions", {"positions": [position(seq, minutes=seq)]}),
        "visits": lambda seq: ("POST", "/visits", {"visits": [visit(accounts[1])]}),
        "get_visit": lambda seq: ("GET", f"/visits/{stored['id']}", None),
    }
    # Warm every cache on that endpoint (token cache, writer's device state) with a success.
    for seq in (1, 2):
        assert server.request(*requests[endpoint](seq), token=token).status == 200
    positions_before, visits_before = count(server, Position), count(server, Visit)

    revoke_device(server.engine, device_id)

    for seq in (3, 4):  # the very next request, and the one after (the cache entry is gone)
        assert_error(server.request(*requests[endpoint](seq), token=token), 401, "unauthorized")
    for other in ("sync", "positions", "visits", "get_visit"):
        assert_error(server.request(*requests[other](5), token=token), 401, "unauthorized")
    assert count(server, Position) == positions_before
    assert count(server, Visit) == visits_before
    # A new pairing of the same agent works, and sees the visit (same agent, new device).
    _, fresh = server.pair("A1")
    assert server.request("GET", f"/visits/{stored['id']}", token=fresh).status == 200


# --- 403 --------------------------------------------------------------------------------------


def _pair_body(code: str) -> dict:
    return {"code": code, "device": {"install_id": str(uuid.uuid4()), "model": "Test"}}


def test_403_pairing_code_unknown_used_or_expired(server):
    server.add_agent("A1")
    used = server.pairing_code("A1")
    assert server.request("POST", "/devices/pair", _pair_body(used)).status == 201
    expired = create_pairing_code(server.engine, "A1", now=utcnow() - timedelta(hours=25)).code
    just_expired = create_pairing_code(server.engine, "A1", ttl=timedelta(seconds=1),
                                       now=utcnow() - timedelta(seconds=2)).code
    devices = count(server, Device)
    for code in ("ABCD-EFGH-JK", "x", "0000000000", used, used.lower(), expired, just_expired):
        assert_error(server.request("POST", "/devices/pair", _pair_body(code)), 403, "pairing_code_invalid")
    assert count(server, Device) == devices
    with server.engine.connect() as conn:  # the expired codes were not used up by the attempts
        assert conn.scalar(select(func.count()).select_from(PairingCode).where(PairingCode.used_at.is_not(None))) == 1
    # A valid code still pairs (7 failures is under the default rate limit of 10).
    assert server.request("POST", "/devices/pair", _pair_body(server.pairing_code("A1"))).status == 201


# --- 404 and 405 ------------------------------------------------------------------------------


def test_404_unknown_paths_and_visits_the_caller_may_not_see(server):
    _, token_a, accounts_a = setup_device(server, "A1")
    _, token_b, accounts_b = setup_device(server, "B1")
    mine = visit(accounts_a[0])
    theirs = visit(accounts_b[0])
    assert server.request("POST", "/visits", {"visits": [mine]}, token=token_a).body["results"][0]["status"] == "accepted"
    assert server.request("POST", "/visits", {"visits": [theirs]}, token=token_b).body["results"][0]["status"] == "accepted"

    for path in ("/nope", "/visits/", "/v2/sync", "/positions/1", "/sync/extra"):
        assert_error(server.request("GET", path, token=token_a), 404, "not_found")
    assert_error(raw_http(server, "GET", "/../../etc/passwd"), 404, "not_found")
    outside = raw_http(server, "GET", "/x")  # /api/v1/x
    assert_error(outside, 404, "not_found")
    conn = http.client.HTTPConnection("127.0.0.1", server.thread.port, timeout=10)
    conn.request("GET", "/favicon.ico")
    response = conn.getresponse()
    assert response.status == 404 and json.loads(response.read())["error"]["code"] == "not_found"
    conn.close()

    someone_elses = assert_error(server.request("GET", f"/visits/{theirs['id']}", token=token_a), 404, "not_found")
    unknown = assert_error(server.request("GET", f"/visits/{uuid.uuid4()}", token=token_a), 404, "not_found")
    assert someone_elses == unknown  # nothing tells an existing id from a missing one
    for odd in ("not-a-uuid", "x" * 300, "%00", "%2e%2e", "1"):
        assert_error(server.request("GET", f"/visits/{odd}", token=token_a), 404, "not_found")
    assert server.request("GET", f"/visits/{theirs['id']}", token=token_b).status == 200
    assert server.request("GET", f"/visits/{mine['id']}", token=token_a).status == 200


def test_405_wrong_method_is_json_with_allow(server):
    _, token, _ = setup_device(server)
    for method, path, allowed in (("GET", "/positions", "POST"), ("PUT", "/visits", "POST"),
                                  ("DELETE", f"/visits/{uuid.uuid4()}", "GET"), ("POST", "/sync", "GET"),
                                  ("GET", "/devices/pair", "POST"), ("POST", "/health", "GET")):
        reply = server.request(method, path, {} if method in ("PUT", "POST") else None, token=token)
        assert_error(reply, 405, "method_not_allowed")
        assert allowed in (header(reply, "Allow") or "")
    assert count(server, Position) == 0


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
    assert server.request("POST", "/devices/pair", _pair_body(code)).status == 201


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
        assert_error(server.request("POST", "/devices/pair", _pair_body("WRONGCODE2")), 403, "pairing_code_invalid")
    good = server.pairing_code("A1")
    started = time.monotonic()
    for body in (_pair_body("WRONGCODE2"), _pair_body(good), {"garbage": True}):
        reply = server.request("POST", "/devices/pair", body)
        assert_error(reply, 429, "rate_limited")
        retry_after = header(reply, "Retry-After")
        assert retry_after is not None and retry_after.isdigit() and 1 <= int(retry_after) <= 2
    assert count(server, Device) == 0
    # Other endpoints are not affected by the pairing limiter.
    assert server.request("GET", "/health").status == 200
    # Once the window passes, the (still unused) good code pairs.
    time.sleep(max(0.0, 1.6 - (time.monotonic() - started)))
    assert server.request("POST", "/devices/pair", _pair_body(good)).status == 201
    # Malformed requests are not counted as wrong codes.
    for _ in range(5):
        assert_error(server.request("POST", "/devices/pair", {"code": 1}), 422, "validation_failed")
    assert server.request("POST", "/devices/pair", _pair_body(server.pairing_code("A1"))).status == 201


# --- 503 --------------------------------------------------------------------------------------


def _short_busy_timeout(dbapi_connection, _record) -> None:
    # Runs after the engine's own pragmas (listeners run in order): wait 300 ms, not 10 s, for a lock.
    dbapi_connection.execute("PRAGMA busy_timeout=300")


@pytest.fixture
def impatient_server(tmp_path):
    """A live SQLite server, identical to `server` except that a locked database fails in 300 ms."""
    data_dir = tmp_path / "data"
    engine = open_database(data_dir)
    event.listen(engine, "connect", _short_busy_timeout)
    engine.dispose()  # connections opened by the migration had the long timeout
    config = ServerConfig(data_dir=data_dir, host="127.0.0.1", port=0, discovery=False)
    loop = asyncio.new_event_loop()
    thread = threading.Thread(target=loop.run_forever, name="impatient-server", daemon=True)
    thread.start()
    running = asyncio.run_coroutine_threadsafe(start_server(config, engine=engine), loop).result(30)
    live = LiveServer(SimpleNamespace(port=running.port), engine, tmp_path)
    live.db_path = data_dir / DB_FILE
    try:
        yield live
    finally:
        asyncio.run_coroutine_threadsafe(running.stop(), loop).result(30)
        loop.call_soon_threadsafe(loop.stop)
        thread.join(10)
        loop.close()
        engine.dispose()


def test_503_when_the_database_is_locked_and_nothing_acknowledged_is_lost(impatient_server):
    server = impatient_server
    _, token, accounts = setup_device(server)
    first = server.request("POST", "/positions", {"positions": [position(i, minutes=i) for i in range(1, 6)]},
                           token=token)
    assert first.body["accepted"] == 5
    kept = visit(accounts[0])
    assert server.request("POST", "/visits", {"visits": [kept]}, token=token).body["results"][0]["status"] == "accepted"

    blocked_positions = [position(i, minutes=i) for i in range(6, 11)]
    blocked_visit = visit(accounts[1])
    code = server.pairing_code("A1")
    lock = sqlite3.connect(server.db_path, isolation_level=None, timeout=5)
    try:
        lock.execute("BEGIN EXCLUSIVE")
        for path, body in (("/positions", {"positions": blocked_positions}), ("/visits", {"visits": [blocked_visit]}),
                           ("/devices/pair", _pair_body(code))):
            reply = server.request("POST", path, body, token=token)
            assert_error(reply, 503, "unavailable")
            assert (header(reply, "Retry-After") or "").isdigit() and int(header(reply, "Retry-After")) >= 1
        # Reads do not need the write lock and keep working.
        assert server.request("GET", "/sync", token=token).status == 200
        assert server.request("GET", f"/visits/{kept['id']}", token=token).status == 200
        assert_error(server.request("GET", f"/visits/{blocked_visit['id']}", token=token), 404, "not_found")
    finally:
        lock.execute("ROLLBACK")
        lock.close()

    # The device retries: what was refused is new (accepted, not duplicate), what was acknowledged is there.
    retry = server.request("POST", "/positions", {"positions": blocked_positions}, token=token)
    assert retry.body == {"accepted": 5, "duplicates": 0, "rejected": [], "high_seq": 10}
    again = server.request("POST", "/visits", {"visits": [kept, blocked_visit]}, token=token)
    assert [r["status"] for r in again.body["results"]] == ["duplicate", "accepted"]
    with server.engine.connect() as conn:
        assert sorted(conn.scalars(select(Position.seq))) == list(range(1, 11))
        assert set(conn.scalars(select(Visit.id))) == {kept["id"], blocked_visit["id"]}
        assert conn.scalar(select(Device.high_seq)) == 10
    # The pairing refused with 503 did not use the code up, and did not count as a wrong code.
    assert server.request("POST", "/devices/pair", _pair_body(code)).status == 201


# --- 500 --------------------------------------------------------------------------------------


def test_high_seq_behind_the_stored_positions_still_gives_duplicates(server):
    """devices.high_seq is only a copy: set back behind what is stored, resends are still duplicates."""
    device_id, token, _ = setup_device(server)
    batch = [position(i, minutes=i) for i in range(1, 4)]
    assert server.request("POST", "/positions", {"positions": batch}, token=token).body["accepted"] == 3
    server.thread.stop()
    with server.engine.begin() as conn:
        conn.execute(update(Device).where(Device.id == int(device_id)).values(high_seq=0))
    restarted = ServerThread(server.thread.config)
    restarted.start()
    try:
        server.thread = restarted
        reply = server.request("POST", "/positions", {"positions": batch}, token=token)
        assert reply.status == 200 and reply.body["duplicates"] == 3 and reply.body["high_seq"] == 3
        with server.engine.connect() as conn:  # nothing stored twice
            assert sorted(conn.scalars(select(Position.seq))) == [1, 2, 3]
    finally:
        restarted.stop()


async def test_500_never_leaks_a_traceback():
    """A handler that crashes gives the contract's JSON 500, with nothing of the server's insides."""
    from aiohttp import ClientSession, web

    from syncserver.errors import error_middleware

    async def crash(request):
        raise RuntimeError('File "/work/main/syncserver/secret.py", line 3: sqlalchemy IntegrityError UNIQUE')

    app = web.Application(middlewares=[error_middleware])
    app.router.add_get("/api/v1/crash", crash)
    runner = web.AppRunner(app)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    try:
        async with ClientSession() as session:
            async with session.get(f"http://127.0.0.1:{runner.addresses[0][1]}/api/v1/crash") as response:
                status, text = response.status, await response.text()
                assert response.content_type == "application/json"
    finally:
        await runner.cleanup()
    assert status == 500
    assert json.loads(text)["error"]["code"] == "internal_error"
    for leak in ("Traceback", "File \"", ".py", "/work", "sqlalchemy", "IntegrityError", "UNIQUE", "line "):
        assert leak not in text, text

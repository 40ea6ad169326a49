"""Every error of the contract, produced for real over HTTP, with its exact JSON body.

The body of every non-2xx answer is `{"error": {"code", "message", "details"?}}` served as
application/json; each test below makes the server produce one status of the contract's table
(and 405, which the table leaves out) and checks the body, the headers that go with it, and
that nothing was stored by the refused request.
"""

from __future__ import annotations

import http.client
import json
import uuid
from datetime import timedelta

import pytest
from sqlalchemy import func, select

from syncserver.clock import utcnow
from syncserver.db.models import Device, PairingCode, Position, Visit
from syncserver.devices import revoke_device
from syncserver.pairing import create_pairing_code
from tests.error_helpers import (
    assert_error, count, header, pair_body, position, raw_http, setup_device, visit,
)


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


def test_403_pairing_code_unknown_used_or_expired(server):
    server.add_agent("A1")
    used = server.pairing_code("A1")
    assert server.request("POST", "/devices/pair", pair_body(used)).status == 201
    expired = create_pairing_code(server.engine, "A1", now=utcnow() - timedelta(hours=25)).code
    just_expired = create_pairing_code(server.engine, "A1", ttl=timedelta(seconds=1),
                                       now=utcnow() - timedelta(seconds=2)).code
    devices = count(server, Device)
    for code in ("ABCD-EFGH-JK", "x", "0000000000", used, used.lower(), expired, just_expired):
        assert_error(server.request("POST", "/devices/pair", pair_body(code)), 403, "pairing_code_invalid")
    assert count(server, Device) == devices
    with server.engine.connect() as conn:  # the expired codes were not used up by the attempts
        assert conn.scalar(select(func.count()).select_from(PairingCode).where(PairingCode.used_at.is_not(None))) == 1
    # A valid code still pairs (7 failures is under the default rate limit of 10).
    assert server.request("POST", "/devices/pair", pair_body(server.pairing_code("A1"))).status == 201


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

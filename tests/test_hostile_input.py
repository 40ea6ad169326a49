"""Hostile and broken input: each request gets its documented status, and nothing stored changes.

Every test fills a server with real data of two agents first (positions, visits, flags), takes a
snapshot of the stored rows, sends the hostile requests one by one and compares the snapshot
after each. Batches that mix good and bad items store exactly the good ones, and the answer
says what happened to each bad one with the contract's code and error path.
"""

from __future__ import annotations

import http.client
import json
import uuid

from sqlalchemy import select

from syncserver.db.models import Position, Visit
from tests.hostile_world import base, world  # noqa: F401 - fixtures (world needs base)
from tests.hostile_world import assert_error, MB, position, snapshot, visit


# --- whole requests that are refused -----------------------------------------------------------


def test_malformed_json_is_400_and_changes_nothing(world):
    p = json.dumps(position(10))
    v = json.dumps(visit(world.accounts[1]))
    cases = {
        "/positions": [
            b'{"positions": [' + p.encode() + b",]}",                      # trailing comma
            b'{"positions": [' + p.encode(),                                # truncated
            b"{'positions': []}",                                           # single quotes
            b'{"positions": [] /* comment */}',
            b'{"positions": [' + p.replace("4.65", "NaN").encode() + b"]}",
            b'{"positions": [' + p.replace("4.65", "Infinity").encode() + b"]}",
            b'{"positions": [' + p.replace("4.65", "-Infinity").encode() + b"]}",
            b'{"positions": [' + p.replace("8.0", "nan").encode() + b"]}",
            b"\xef\xbb\xbf" + b'{"positions": []}',                         # a BOM
            b'{"positions": [{"seq": 10, "provider": "\xff\xfe"}]}',          # not UTF-8 inside a string
            b'{"positions": [' + p.encode()[:-1] + b', "provider": "gps\xc3"}]}',
            b'{"positions": [' + p.encode() + b', ' + p.encode()[:-1] + b', "provider": "\xff"}]}',
            b'{"positions": [{"seq": 10, "provider": "a\\ud800"}]}',       # a lone surrogate
            b'{"positions": [{"seq": 10, "provider": "tab\there"}]}',       # a raw control character
            b'{"positions": []} {"positions": []}',                        # two documents
            b'{"positions": [' + p.encode() + b"]}" + b"\x00",
        ],
        "/visits": [
            b'{"visits": [' + v.replace('"answers": {}', '"answers": {"n": NaN}').encode() + b"]}",
            b'{"visits": [' + v.replace('"answers": {}', '"answers": {"n": Infinity}').encode() + b"]}",
            b'{"visits": [' + v.replace('"answers": {}', '"answers": {"t": "\xff"}').encode("latin-1") + b"]}",
            b'{"visits": [' + v.encode() + b", " + v.replace('"answers": {}', '"answers": {"t": "\xfe"}').encode("latin-1") + b"]}",
            b'{"visits": [' + v.encode()[:-5],
        ],
        "/devices/pair": [
            b'{"code": "ABCD", "device": {"install_id": "' + str(uuid.uuid4()).encode() + b'", "model": "\xff"}}',
            b'{"code": NaN}',
        ],
    }
    before = snapshot(world.server)
    for path, bodies in cases.items():
        for raw in bodies:
            reply = world.post(path, raw=raw)
            assert_error(reply, 400, "bad_request")
            world.unchanged(before, f"{path} {raw[:60]!r}")


def test_wrong_types_and_missing_fields(world):
    before = snapshot(world.server)
    kept_before = snapshot(world.server, progress=True)
    # Whole-request shape errors.
    for path, body, status, code in [
        ("/positions", {"positions": "all of them"}, 400, "bad_request"),
        ("/positions", {"positions": {"0": position(10)}}, 400, "bad_request"),
        ("/positions", [position(10)], 400, "bad_request"),
        ("/positions", {"positions": [{"lat": 4.6}]}, 422, "validation_failed"),
        ("/positions", {"positions": [dict(position(10), seq="10")]}, 422, "validation_failed"),
        ("/visits", {"visits": [{"account_id": world.accounts[0]}]}, 422, "validation_failed"),
        ("/visits", {"visits": [dict(visit(world.accounts[0]), id=[1])]}, 422, "validation_failed"),
        ("/devices/pair", {"code": {"a": 1}, "device": {}}, 422, "validation_failed"),
        ("/devices/pair", {"code": "X", "device": {"install_id": 5}}, 422, "validation_failed"),
    ]:
        assert_error(world.post(path, body), status, code)
        world.unchanged(before, f"{path} {body!r:.60}")

    # Per item: a position with a field of the wrong type or a missing field is `invalid`.
    good = position(10, minutes=10)
    broken = [
        dict(position(11), lat="4.65"), dict(position(12), fix_time="yesterday"), dict(position(13), fix_time=12),
        dict(position(14), fix_time="2026-11-22T14:03:07"),  # no offset
        {k: v for k, v in position(15).items() if k != "lat"}, dict(position(16), mock="yes"),
        dict(position(17), battery_pct=50.5), dict(position(18), charging=1),
    ]
    reply = world.post("/positions", {"positions": [*broken, good]})
    assert reply.status == 200
    assert reply.body["accepted"] == 1 and reply.body["high_seq"] == 10
    assert {(r["seq"], r["code"]) for r in reply.body["rejected"]} == {(s, "invalid") for s in range(11, 19)}
    # Per item: a visit with a wrong type is `rejected` with the path of the field.
    wrong = [
        (dict(visit(world.accounts[1]), outcome="paid"), "outcome"),
        (dict(visit(world.accounts[1]), answers=[]), "answers"),
        (dict(visit(world.accounts[1]), started_at="now"), "started_at"),
        (dict(visit(world.accounts[1]), location={"lat": 4.6, "lon": -74.0}), "location"),
        (dict(visit(world.accounts[1]), location=dict(visit("1")["location"], lat="4.6")), "location.lat"),
        (dict(visit(world.accounts[1]), device_geofence="maybe"), "device_geofence"),
        (dict(visit(world.accounts[1]), promise={"amount": 1000, "due_date": "2026-12-01"}), "promise.amount"),
    ]
    ok = visit(world.accounts[2])
    reply = world.post("/visits", {"visits": [w for w, _ in wrong] + [ok]})
    results = reply.body["results"]
    assert [r["id"] for r in results] == [w["id"] for w, _ in wrong] + [ok["id"]]
    for (item, path), result in zip(wrong, results):
        assert result["status"] == "rejected" and result["errors"], result
        assert result["errors"][0]["path"].startswith(path), (path, result)
    assert results[-1]["status"] == "accepted"
    world.kept(kept_before)
    with world.server.engine.connect() as conn:
        assert set(conn.scalars(select(Position.seq).where(Position.device_id == int(world.device_id)))) == {10}
        assert conn.scalar(select(Visit.id).where(Visit.id == ok["id"])) == ok["id"]
        assert all(conn.scalar(select(Visit.id).where(Visit.id == w["id"])) is None for w, _ in wrong)


def test_huge_numbers(world):
    before = snapshot(world.server)
    kept_before = snapshot(world.server, progress=True)
    # A seq beyond 64 bits cannot be stored: rejected by seq, echoed exactly; no seq at all is 422.
    raw = ('{"positions": [' + json.dumps(position(20, minutes=20)) + ", "
           + json.dumps(position(1)).replace('"seq": 1', '"seq": ' + str(2**70)) + ", "
           + json.dumps(position(1)).replace('"seq": 1', '"seq": 1e400') + "]}")
    assert_error(world.post("/positions", raw=raw.encode()), 422, "validation_failed")  # 1e400 is no integer
    world.unchanged(before, "seq 1e400")
    batch = [
        position(20, minutes=20),
        dict(position(1), seq=2**70), dict(position(1), seq=2**63), dict(position(1), seq=2**62 + 1),
        dict(position(1), seq=0), dict(position(1), seq=-5),
    ]
    raw_items = [json.dumps(item) for item in batch]
    raw_items += [json.dumps(position(21)).replace("4.65", "1e400"),          # lat overflows to infinity
                  json.dumps(position(22)).replace("8.0", "1e308"),            # accuracy absurd
                  json.dumps(position(23)).replace("-74.05", "-1e400"),
                  json.dumps(position(24)).replace('"battery_pct": 80', '"battery_pct": ' + str(2**80))]
    reply = world.post("/positions", raw=("{\"positions\": [" + ", ".join(raw_items) + "]}").encode())
    assert reply.status == 200, reply.body
    assert reply.body["accepted"] == 1 and reply.body["high_seq"] == 20
    assert sorted((r["seq"], r["code"]) for r in reply.body["rejected"]) == sorted(
        [(2**70, "invalid"), (2**63, "invalid"), (2**62 + 1, "invalid"), (0, "invalid"), (-5, "invalid"),
         (21, "invalid"), (22, "invalid"), (23, "invalid"), (24, "invalid")])
    # Visits: an answer that overflows a float is refused per item; a big integer answer is kept exactly.
    v_inf, v_big, v_money = visit(world.accounts[1]), visit(world.accounts[2]), visit(world.accounts[3])
    v_money.update(outcome="promise_to_pay", promise={"amount": "1e400", "due_date": "2026-12-01"})
    body = json.dumps({"visits": [v_inf, v_big, v_money]})
    body = body.replace('"answers": {}', '"answers": {"n": 1e400}', 1)
    body = body.replace('"answers": {}', '"answers": {"n": ' + str(2**70) + "}", 1)
    reply = world.post("/visits", raw=body.encode())
    statuses = {r["id"]: r for r in reply.body["results"]}
    assert statuses[v_inf["id"]]["status"] == "rejected"
    assert statuses[v_inf["id"]]["errors"][0]["path"].startswith("answers")
    assert statuses[v_big["id"]]["status"] == "accepted"
    assert statuses[v_money["id"]]["status"] == "rejected"
    assert statuses[v_money["id"]]["errors"][0]["path"] == "promise.amount"
    stored = world.server.request("GET", f"/visits/{v_big['id']}", token=world.token)
    assert stored.body["answers"] == {"n": 2**70}
    world.kept(kept_before)


def test_strings_of_one_megabyte(world):
    big = "x" * MB
    before = snapshot(world.server)
    # Pairing: a 1 MB model is a 422 on its path.
    error = assert_error(world.post("/devices/pair", {"code": world.server.pairing_code("A1"),
                                                      "device": {"install_id": str(uuid.uuid4()), "model": big}}),
                         422, "validation_failed")
    assert error["details"]["errors"][0]["path"] == "device.model"
    before = snapshot(world.server)  # (the pairing code above is new, and unused)
    kept_before = snapshot(world.server, progress=True)
    # Positions: a 1 MB provider is `invalid`, the rest of the batch is stored.
    reply = world.post("/positions", {"positions": [position(30, minutes=30, provider=big), position(31, minutes=31)]})
    assert reply.body["accepted"] == 1 and [(r["seq"], r["code"]) for r in reply.body["rejected"]] == [(30, "invalid")]
    assert len(json.dumps(reply.body)) < 10_000  # the refusal does not echo the megabyte back
    # Visits: 1 MB notes and a 1 MB account_id are rejected on their paths; a 1 MB free answer
    # (no questionnaire) is kept intact; a 1 MB answer to a text field of at most 200 is rejected.
    notes = visit(world.accounts[1], notes=big)
    account = dict(visit(world.accounts[1]), account_id=big)
    free = visit(world.accounts[2], answers={"comment": big})
    field = visit(world.accounts[3], questionnaire_version_id=world.questionnaire, answers={"comment": big, "paid": True})
    results = [*world.post("/visits", {"visits": [notes, account]}).body["results"],  # (4 MB is the body limit)
               *world.post("/visits", {"visits": [free, field]}).body["results"]]
    assert [r["status"] for r in results] == ["rejected", "rejected", "accepted", "rejected"], results
    assert [e["path"] for e in results[0]["errors"]] == ["notes"]
    assert [e["path"] for e in results[1]["errors"]] == ["account_id"]
    assert [e["path"] for e in results[3]["errors"]] == ["answers.comment"]
    stored = world.server.request("GET", f"/visits/{free['id']}", token=world.token)
    assert stored.status == 200 and stored.body["answers"]["comment"] == big
    after = world.kept(kept_before)
    assert len(after["visits"]) == len(before["visits"]) + 1
    assert len(after["positions"]) == len(before["positions"]) + 1


def _nested(depth: int) -> str:
    return "[" * depth + "]" * depth


def test_deeply_nested_json(world):
    before = snapshot(world.server)
    v = json.dumps(visit(world.accounts[1], answers={"deep": "@"}))
    # 100 000 nested arrays: no JSON parser may recurse that far. A 400, not a crash.
    for path, raw in [
        ("/visits", '{"visits": [' + v.replace('"@"', _nested(100_000)) + "]}"),
        ("/visits", '{"visits": [' + json.dumps(visit(world.accounts[1], outcome=1)) + ", "
         + v.replace('"@"', _nested(100_000)) + "]}"),
        ("/positions", '{"positions": ' + _nested(100_000) + "}"),
        ("/positions", '{"positions": [' + json.dumps(dict(position(40), lat="x")) + ", " + _nested(100_000) + "]}"),
        ("/positions", '{"x": ' + _nested(100_000) + ', "positions": []}'),
        ("/devices/pair", '{"code": "X", "other": ' + _nested(100_000) + "}"),
    ]:
        assert_error(world.post(path, raw=raw.encode()), 400, "bad_request")
        world.unchanged(before, f"{path} nested")
    # Nesting an interpreter can parse but that no answer needs: rejected on `answers`, the rest stored.
    ok = visit(world.accounts[2], answers={"list": [["a"]]})
    deep = [json.dumps(visit(world.accounts[1], answers={"deep": "@"})).replace('"@"', _nested(d)) for d in (40, 500, 950)]
    reply = world.post("/visits", raw=('{"visits": [' + ", ".join([*deep, json.dumps(ok)]) + "]}").encode())
    results = reply.body["results"]
    assert [r["status"] for r in results] == ["rejected", "rejected", "rejected", "accepted"], results
    assert all(r["errors"][0]["path"] == "answers" for r in results[:3])
    assert world.server.request("GET", f"/visits/{ok['id']}", token=world.token).body["answers"] == {"list": [["a"]]}
    after = snapshot(world.server)
    assert len(after["visits"]) == len(before["visits"]) + 1


def test_wrong_content_type_and_encoding(world):
    before = snapshot(world.server)
    body = json.dumps({"positions": [position(50)]}).encode()
    for headers, status, code in [
        ({"Content-Type": "text/plain"}, 415, "unsupported_media_type"),
        ({"Content-Type": "application/octet-stream"}, 415, "unsupported_media_type"),
        ({"Content-Type": "text/json"}, 415, "unsupported_media_type"),
        ({"Content-Encoding": "br"}, 415, "unsupported_media_type"),
        ({"Content-Encoding": "gzip"}, 400, "bad_request"),  # says gzip, is not
    ]:
        assert_error(world.post("/positions", raw=body, headers=headers), status, code)
        world.unchanged(before, f"headers {headers}")


def test_oversized_bodies_get_a_readable_413(world):
    """Far over the limit, announced or chunked: the device reads a 413 (it must not see a reset
    connection, which it would retry forever as a network error)."""
    before = snapshot(world.server)
    body = json.dumps({"positions": [position(55)]}).encode() + b" " * (20 * MB)
    for chunked in (False, True):
        conn = http.client.HTTPConnection("127.0.0.1", world.server.thread.port, timeout=30)
        headers = {"Content-Type": "application/json", "Authorization": f"Bearer {world.token}"}
        if chunked:
            conn.request("POST", "/api/v1/positions", body=iter([body[i:i + 65536] for i in range(0, len(body), 65536)]),
                         headers=headers, encode_chunked=True)
        else:
            conn.request("POST", "/api/v1/positions", body=body, headers=headers)
        response = conn.getresponse()
        error = json.loads(response.read())["error"]
        conn.close()
        assert response.status == 413 and error["code"] == "payload_too_large", (chunked, error)
        world.unchanged(before, f"20 MB body, chunked={chunked}")

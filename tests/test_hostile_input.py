"""Hostile and broken input: each request gets its documented status, and nothing stored changes.

Every test fills a server with real data of two agents first (positions, visits, flags), takes a
snapshot of the stored rows, sends the hostile requests one by one and compares the snapshot
after each. Batches that mix good and bad items store exactly the good ones, and the answer
says what happened to each bad one with the contract's code and error path.
"""

from __future__ import annotations

import http.client
import json
import struct
import threading
import time
import uuid
import zlib
from dataclasses import dataclass, replace
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from sqlalchemy import insert, select

from syncserver.clock import utcnow
from syncserver.db.models import (
    Account,
    AccountAssignment,
    Device,
    Flag,
    PairingCode,
    Position,
    Questionnaire,
    QuestionnaireVersion,
    Visit,
)
from syncserver.devices import revoke_device
from tests.plugins.server import LiveServer, Reply, _start

NOW = datetime.now(timezone.utc)
MB = 1 << 20


def iso(moment: datetime) -> str:
    return moment.isoformat().replace("+00:00", "Z")


def position(seq: int, minutes: float = 0, **extra) -> dict:
    moment = NOW - timedelta(minutes=120) + timedelta(minutes=minutes)
    return {"seq": seq, "fix_time": iso(moment), "device_time": iso(moment), "lat": 4.65, "lon": -74.05,
            "accuracy_m": 8.0, "battery_pct": 80, **extra}


def visit(account_id: str, **extra) -> dict:
    return {"id": str(uuid.uuid4()), "account_id": account_id, "started_at": iso(NOW - timedelta(minutes=5)),
            "finished_at": iso(NOW - timedelta(minutes=1)),
            "location": {"lat": 4.65, "lon": -74.05, "accuracy_m": 10.0, "fix_time": iso(NOW - timedelta(minutes=3))},
            "outcome": "rpc", "answers": {}, **extra}


# --- the stored world and its snapshot ---------------------------------------------------------

_SNAPSHOT = {
    "positions": Position, "visits": Visit, "flags": Flag, "accounts": Account,
    "account_assignments": AccountAssignment, "pairing_codes": PairingCode, "devices": Device,
    "questionnaire_versions": QuestionnaireVersion,
}
_VOLATILE = {"devices": {"last_seen_at"}}  # every request that reaches the writer marks the device seen
_PROGRESS = {"devices": {"last_seen_at", "high_seq", "battery_pct", "charging"}}  # moved by stored positions


def snapshot(server: LiveServer, progress: bool = False) -> dict[str, list[tuple]]:
    """Every stored row of the tables a device can write to, in primary-key order
    (with `progress`, without the device columns that storing new positions moves on)."""
    tables = {}
    skip = _PROGRESS if progress else _VOLATILE
    with server.engine.connect() as conn:
        for name, model in _SNAPSHOT.items():
            table = model.__table__
            columns = [c for c in table.c if c.name not in skip.get(name, set())]
            rows = conn.execute(select(*columns).order_by(*table.primary_key.columns)).all()
            tables[name] = [tuple(row) for row in rows]
    return tables


@dataclass
class World:
    server: LiveServer
    token: str            # agent A1's device
    device_id: str
    accounts: list[str]   # A1's accounts
    other_token: str      # agent B1's device
    other_accounts: list[str]
    other_visit: dict     # a visit stored by B1
    my_visit: dict        # a visit stored by A1
    questionnaire: str    # a published questionnaire version id

    def post(self, path: str, body=None, **kwargs) -> Reply:
        return self.server.request("POST", path, body, token=kwargs.pop("token", self.token), **kwargs)

    def unchanged(self, before: dict, what: str) -> None:
        """Nothing stored changed since `before` (a snapshot)."""
        after = snapshot(self.server)
        for table in before:
            assert after[table] == before[table], f"{what}: table {table} changed"

    def kept(self, before: dict) -> dict:
        """Every row of `before` (a snapshot with progress=True) is still stored, unchanged; returns the new snapshot."""
        after = snapshot(self.server, progress=True)
        for table, rows in before.items():
            missing = [row for row in rows if row not in after[table]]
            assert not missing, f"table {table} lost or changed {len(missing)} row(s)"
        return after


def _questionnaire(server: LiveServer) -> str:
    definition = {"fields": [
        {"key": "comment", "type": "text", "max_length": 200},
        {"key": "paid", "type": "boolean", "required": True},
        {"key": "amount", "type": "number", "min": 0, "max": 1e9},
    ]}
    with server.engine.begin() as conn:
        qid = conn.execute(insert(Questionnaire).values(name="Visita", created_at=utcnow())
                           .returning(Questionnaire.id)).scalar_one()
        vid = conn.execute(insert(QuestionnaireVersion).values(
            questionnaire_id=qid, version=1, title="Visita v1", definition=definition, published_at=utcnow(),
        ).returning(QuestionnaireVersion.id)).scalar_one()
    return str(vid)


def make_world(server: LiveServer) -> World:
    ids = {}
    for code in ("A1", "B1"):
        server.add_agent(code)
        server.add_accounts([
            {"external_ref": f"{code}-{i}", "debtor_name": f"Deudor {i}", "address": f"Calle {i}",
             "lat": 4.65 + i * 0.01, "lon": -74.05, "balance": "1000.00", "agent_code": code}
            for i in range(4)
        ])
        device_id, token = server.pair(code)
        accounts = [a["id"] for a in server.request("GET", "/sync", token=token).body["accounts"]]
        ids[code] = (device_id, token, accounts)
    (device_id, token, accounts), (_, other_token, other_accounts) = ids["A1"], ids["B1"]
    # Stored data with flags: a mocked fix, an inaccurate one, an impossible jump; visits with flags.
    batch = [position(1), position(2, minutes=1, mock=True), position(3, minutes=2, accuracy_m=500.0),
             position(4, minutes=2.1, lat=5.5)]
    assert server.request("POST", "/positions", {"positions": batch}, token=token).body["accepted"] == 4
    assert server.request("POST", "/positions", {"positions": [position(1, lat=4.7)]},
                          token=other_token).body["accepted"] == 1
    my_visit = visit(accounts[0], device_geofence="inside", location={
        "lat": 4.70, "lon": -74.05, "accuracy_m": 10.0, "fix_time": iso(NOW - timedelta(minutes=3)), "mock": True})
    other_visit = visit(other_accounts[0], notes="B1's own notes")
    assert server.request("POST", "/visits", {"visits": [my_visit]}, token=token).body["results"][0]["status"] == "accepted"
    assert server.request("POST", "/visits", {"visits": [other_visit]},
                          token=other_token).body["results"][0]["status"] == "accepted"
    with server.engine.connect() as conn:
        assert conn.scalar(select(Flag.id).limit(1)) is not None
    return World(server, token, device_id, accounts, other_token, other_accounts, other_visit, my_visit,
                 _questionnaire(server))


@pytest.fixture(scope="module")
def base(tmp_path_factory) -> World:
    """One server for the module, filled once; each test takes its snapshot when it starts."""
    live = _start(tmp_path_factory.mktemp("hostile"), None)
    try:
        yield make_world(live)
    finally:
        live.thread.stop()
        live.engine.dispose()


@pytest.fixture
def world(base: World) -> World:
    """The module's world seen from a newly paired device of agent A1 (so tests do not share a trace)."""
    device_id, token = base.server.pair("A1")
    return replace(base, device_id=device_id, token=token)


def assert_error(reply: Reply, status: int, code: str) -> dict:
    assert reply.status == status, (reply.status, reply.body)
    assert isinstance(reply.body, dict) and list(reply.body) == ["error"], reply.body
    assert reply.body["error"]["code"] == code, reply.body
    return reply.body["error"]


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


# --- gzip ---------------------------------------------------------------------------------------


def gzip_bomb(size: int) -> bytes:
    """A valid gzip member of `size` zero bytes (a multiple of 1 MiB), about size/1000 on the wire.

    Each MiB is compressed once and followed by a full flush, so the segments are independent and
    can simply be repeated: building the bomb does not cost deflating the whole gigabyte.
    """
    compressor = zlib.compressobj(9, zlib.DEFLATED, -15)
    segment = compressor.compress(bytes(MB)) + compressor.flush(zlib.Z_FULL_FLUSH)
    last = zlib.compressobj(9, zlib.DEFLATED, -15).flush()
    crc, zeros = 0, bytes(MB)
    for _ in range(size // MB):
        crc = zlib.crc32(zeros, crc)
    header = b"\x1f\x8b\x08\x00\x00\x00\x00\x00\x02\xff"
    return header + segment * (size // MB) + last + struct.pack("<II", crc, size & 0xFFFFFFFF)


def _rss_kb(field: str) -> int:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1])
    raise AssertionError(f"no {field} in /proc/self/status")


class PeakRss:
    """The process's peak resident memory during a block: VmHWM reset first when the kernel allows,
    else sampled every millisecond."""

    def __enter__(self):
        self.start = _rss_kb("VmRSS")
        try:
            Path("/proc/self/clear_refs").write_text("5")  # resets VmHWM to the current RSS
            self.hwm = True
        except OSError:
            self.hwm = False
        self.samples, self._stop = [self.start], threading.Event()
        self._thread = threading.Thread(target=self._sample, daemon=True)
        self._thread.start()
        return self

    def _sample(self):
        while not self._stop.wait(0.001):
            self.samples.append(_rss_kb("VmRSS"))

    def __exit__(self, *exc):
        self._stop.set()
        self._thread.join()
        self.peak = max(max(self.samples), _rss_kb("VmHWM") if self.hwm else 0)
        self.growth_mb = (self.peak - self.start) / 1024


def test_gzip_bomb_is_refused_quickly_without_inflating_it(world):
    bomb = gzip_bomb(1024 * MB)
    assert len(bomb) < 1.2 * MB  # a gigabyte of zeros, about a megabyte on the wire
    gz = {"Content-Encoding": "gzip"}
    before = snapshot(world.server)
    for path in ("/positions", "/visits", "/devices/pair"):
        with PeakRss() as memory:
            started = time.monotonic()
            reply = world.post(path, raw=bomb, headers=gz)
            elapsed = time.monotonic() - started
        error = assert_error(reply, 413, "payload_too_large")
        assert error["details"] == {"max_body_bytes": 4 * MB}
        assert memory.growth_mb < 64, f"server memory grew {memory.growth_mb:.0f} MB on a gzip bomb"
        assert elapsed < 2.0, f"the bomb took {elapsed:.2f} s to refuse: it was inflated"
        world.unchanged(before, f"bomb on {path}")
    # A gzip body that inflates within the limit is served as usual.
    ok = world.post("/positions", {"positions": [position(60, minutes=60)]}, gzip=True)
    assert ok.status == 200 and ok.body["accepted"] == 1


def test_corrupt_gzip_is_400(world):
    import gzip
    body = json.dumps({"positions": [position(70, minutes=70)]}).encode()
    good = gzip.compress(body)
    bad_crc = good[:-8] + bytes([good[-8] ^ 0xFF]) + good[-7:]
    bad_size = good[:-4] + struct.pack("<I", len(body) + 1)
    flipped = good[:20] + bytes([good[20] ^ 0x55]) + good[21:]
    before = snapshot(world.server)
    for corrupt in (b"\x1f\x8b\x08\x00garbage", good[:-10], good[: len(good) // 2], bad_crc, flipped,
                    b"\x1f\x8b", b"", b"not gzip at all", zlib.compress(body)):
        assert_error(world.post("/positions", raw=corrupt, headers={"Content-Encoding": "gzip"}), 400, "bad_request")
        world.unchanged(before, f"corrupt gzip {corrupt[:12]!r}")
    # (The size field is not checked by zlib; a wrong one still inflates to the right JSON.)
    reply = world.post("/positions", raw=bad_size, headers={"Content-Encoding": "gzip"})
    assert reply.status in (200, 400)
    assert world.post("/positions", raw=good, headers={"Content-Encoding": "gzip"}).status == 200


# --- tokens and other agents' data ---------------------------------------------------------------


def test_bad_and_revoked_tokens_store_nothing(world):
    before = snapshot(world.server)
    batch = {"positions": [position(80, minutes=80)]}
    visits = {"visits": [visit(world.accounts[1])]}
    for token in ("", "x", "A" * 43, world.token + "A", world.token.upper(), "Bearer " + world.token):
        for path, body in (("/positions", batch), ("/visits", visits)):
            headers = {"Authorization": f"Bearer {token}"} if token else {}
            reply = world.server.request("POST", path, body, headers=headers)
            assert_error(reply, 401, "unauthorized")
            world.unchanged(before, f"token {token[:10]!r}")
    revoke_device(world.server.engine, world.device_id)
    before = snapshot(world.server)
    for path, body in (("/positions", batch), ("/visits", visits)):
        assert_error(world.post(path, body), 401, "unauthorized")
        assert_error(world.post(path, body, gzip=True), 401, "unauthorized")
        world.unchanged(before, f"revoked {path}")
    assert_error(world.server.request("GET", f"/visits/{world.my_visit['id']}", token=world.token), 401, "unauthorized")


def test_another_agents_visit_id(world):
    theirs = world.other_visit
    before = snapshot(world.server)
    got = world.server.request("GET", f"/visits/{theirs['id']}", token=world.token)
    assert_error(got, 404, "not_found")
    # Reusing B1's visit id from A1: a conflict (B1's visit exists), with or without the same content,
    # and nothing about B1's visit is told.
    for attempt in (dict(visit(world.accounts[1]), id=theirs["id"]), theirs, dict(theirs, account_id=world.accounts[1])):
        reply = world.post("/visits", {"visits": [attempt]})
        (result,) = reply.body["results"]
        assert result["id"] == theirs["id"] and result["status"] == "conflict", result
        assert result["geofence"] is None and result["flags"] == []
        assert "B1" not in json.dumps(result)
        world.unchanged(before, "reused id")
    stored = world.server.request("GET", f"/visits/{theirs['id']}", token=world.other_token)
    assert stored.status == 200 and stored.body["notes"] == "B1's own notes"
    assert stored.body["account_id"] == theirs["account_id"]


def test_nul_characters_are_refused_on_every_backend(any_server):
    """PostgreSQL text cannot hold U+0000: a position, visit or pairing carrying one is refused
    item by item, identically on both backends, and never fails the batch."""
    world = make_world(any_server)
    before = snapshot(world.server)
    reply = world.post("/positions", {"positions": [position(90, minutes=90, provider="gps\u0000"),
                                                    position(91, minutes=91, provider="gps")]})
    assert reply.status == 200, reply.body
    assert reply.body["accepted"] == 1 and [(r["seq"], r["code"]) for r in reply.body["rejected"]] == [(90, "invalid")]
    nul_notes, nul_answers = visit(world.accounts[1], notes="a\u0000b"), visit(world.accounts[2], answers={"k": "v\u0000"})
    reply = world.post("/visits", {"visits": [nul_notes, nul_answers]})
    assert reply.status == 200, reply.body
    first, second = reply.body["results"]
    assert first["status"] == "rejected" and [e["path"] for e in first["errors"]] == ["notes"]
    assert second["status"] == "accepted"  # JSON holds it escaped
    assert world.server.request("GET", f"/visits/{nul_answers['id']}", token=world.token).body["answers"] == {"k": "v\u0000"}
    error = assert_error(world.post("/devices/pair", {"code": world.server.pairing_code("A1"), "device": {
        "install_id": str(uuid.uuid4()), "model": "Pixel\u0000"}}), 422, "validation_failed")
    assert error["details"]["errors"][0]["path"] == "device.model"
    for odd in ("%00", "abc%00def", f"{world.my_visit['id']}%00"):
        assert_error(world.server.request("GET", f"/visits/{odd}", token=world.token), 404, "not_found")
    after = snapshot(world.server)
    assert len(after["positions"]) == len(before["positions"]) + 1
    assert len(after["visits"]) == len(before["visits"]) + 1


def test_unicode_digits_in_ids(world):
    """'²' and '١' pass str.isdigit(): they must not crash the server nor name account 2 or 1."""
    before = snapshot(world.server)
    for odd in ("\u00b2", "\u0661", "\uff11", "1\u00b2"):
        a = dict(visit(world.accounts[1]), account_id=odd)
        q = visit(world.accounts[1], questionnaire_version_id=odd)
        reply = world.post("/visits", {"visits": [a, q]})
        assert reply.status == 200, reply.body
        (ra, rq) = reply.body["results"]
        assert ra["status"] == "rejected" and [e["path"] for e in ra["errors"]] == ["account_id"]
        assert rq["status"] == "rejected" and [e["path"] for e in rq["errors"]] == ["questionnaire_version_id"]
        world.unchanged(before, f"unicode id {odd!r}")


# --- per item: the bad ones are refused, the rest of the batch is stored ---------------------------


def test_positions_batch_rejects_bad_items_and_stores_the_rest(world):
    snapshot(world.server)
    kept_before = snapshot(world.server, progress=True)
    now = datetime.now(timezone.utc)
    ahead = lambda hours: iso(now + timedelta(hours=hours))  # noqa: E731
    batch = [
        position(100, minutes=100),
        position(101, lat=91.0), position(102, lat=-90.5), position(103, lon=180.5), position(104, lon=-181),
        position(105, accuracy_m=-1.0), position(106, battery_pct=101), position(107, battery_pct=-1),
        position(108, bearing_deg=361.0), position(109, speed_mps=-3.0),
        dict(position(110), fix_time=ahead(25), device_time=ahead(25)),
        dict(position(111), fix_time=ahead(24 * 365)),
        dict(position(112), fix_time=ahead(23), device_time=ahead(23)),   # within 24 h: kept
        position(113, minutes=101, lat=90.0, lon=180.0, accuracy_m=0.0, battery_pct=100),  # edges are valid
        position(114, minutes=102, lat=-90.0, lon=-180.0, battery_pct=0),
    ]
    reply = world.post("/positions", {"positions": batch})
    assert reply.status == 200
    body = reply.body
    codes = {r["seq"]: r["code"] for r in body["rejected"]}
    assert codes == {**{s: "invalid" for s in range(101, 110)}, 110: "future_fix", 111: "future_fix"}
    assert all(r["message"] for r in body["rejected"])
    assert body["accepted"] == 4 and body["duplicates"] == 0 and body["high_seq"] == 114
    world.kept(kept_before)
    with world.server.engine.connect() as conn:
        stored = set(conn.scalars(select(Position.seq).where(Position.device_id == int(world.device_id))))
    assert stored == {100, 112, 113, 114}
    # A rejected seq was not used up: the corrected position is accepted, not a seq_conflict.
    fixed = world.post("/positions", {"positions": [position(101, minutes=103)]})
    assert fixed.body == {"accepted": 1, "duplicates": 0, "rejected": [], "high_seq": 114}
    # One seq twice in a batch: the same content is a duplicate, other content a seq_conflict;
    # a stored seq with other content is a seq_conflict and the stored position is kept.
    kept_before = snapshot(world.server, progress=True)
    twice = world.post("/positions", {"positions": [position(120, minutes=120), position(120, minutes=120),
                                                    position(121, minutes=121), position(121, minutes=121, lat=4.7),
                                                    position(100, minutes=100, lat=4.7)]})
    assert twice.body["accepted"] == 2 and twice.body["duplicates"] == 1 and twice.body["high_seq"] == 121
    assert sorted((r["seq"], r["code"]) for r in twice.body["rejected"]) == [(100, "seq_conflict"), (121, "seq_conflict")]
    world.kept(kept_before)


def test_visits_batch_rejects_bad_items_and_stores_the_rest(world):
    snapshot(world.server)
    kept_before = snapshot(world.server, progress=True)
    a = world.accounts
    good = visit(a[0])
    promise_missing = visit(a[1], outcome="promise_to_pay")
    promise_extra = visit(a[1], outcome="rpc", promise={"amount": "100.00", "due_date": "2026-12-01"})
    backwards = visit(a[2], started_at=iso(NOW - timedelta(minutes=1)), finished_at=iso(NOW - timedelta(minutes=5)))
    not_mine = visit(world.other_accounts[1])
    unknown_account = visit("99999")
    unknown_version = visit(a[2], questionnaire_version_id="99999")
    bad_answers = visit(a[3], questionnaire_version_id=world.questionnaire,
                        answers={"comment": 5, "amount": -1, "extra": "x"})  # and `paid` is required
    good_answers = visit(a[3], questionnaire_version_id=world.questionnaire, answers={"paid": False, "amount": 10})
    promise_ok = visit(a[1], outcome="promise_to_pay", promise={"amount": "250000.00", "due_date": "2026-12-15"})
    corrects_theirs = visit(a[0], corrects=world.other_visit["id"])
    corrects_unknown = visit(a[0], corrects=str(uuid.uuid4()))
    corrects_mine = visit(a[0], corrects=world.my_visit["id"])
    batch = [good, promise_missing, promise_extra, backwards, not_mine, unknown_account, unknown_version,
             bad_answers, good_answers, promise_ok, corrects_theirs, corrects_unknown, corrects_mine]
    reply = world.post("/visits", {"visits": batch})
    assert reply.status == 200
    results = reply.body["results"]
    assert [r["id"] for r in results] == [v["id"] for v in batch]  # request order
    by_id = {r["id"]: r for r in results}
    expected = {
        promise_missing["id"]: ["promise"], promise_extra["id"]: ["promise"], backwards["id"]: ["finished_at"],
        not_mine["id"]: ["account_id"], unknown_account["id"]: ["account_id"],
        unknown_version["id"]: ["questionnaire_version_id"],
        bad_answers["id"]: ["answers.amount", "answers.comment", "answers.extra", "answers.paid"],
        corrects_theirs["id"]: ["corrects"], corrects_unknown["id"]: ["corrects"],
    }
    for visit_id, paths in expected.items():
        result = by_id[visit_id]
        assert result["status"] == "rejected", result
        assert sorted(e["path"] for e in result["errors"]) == paths, result
        assert all(e["message"] for e in result["errors"])
    for accepted in (good, good_answers, promise_ok, corrects_mine):
        assert by_id[accepted["id"]]["status"] == "accepted", by_id[accepted["id"]]
        assert by_id[accepted["id"]]["errors"] == []
    world.kept(kept_before)
    with world.server.engine.connect() as conn:
        new_ids = set(conn.scalars(select(Visit.id).where(Visit.device_id == int(world.device_id))))
    assert new_ids == {good["id"], good_answers["id"], promise_ok["id"], corrects_mine["id"]}
    # A rejected visit was not stored: sent again corrected, it is accepted (not a conflict).
    fixed = dict(promise_missing, promise={"amount": "10.00", "due_date": "2026-12-01"})
    assert world.post("/visits", {"visits": [fixed]}).body["results"][0]["status"] == "accepted"

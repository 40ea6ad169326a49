"""Hostile input, continued: gzip bombs and corrupt gzip, bad and revoked tokens, another agent's ids,
NUL characters and Unicode digits; each gets its documented status and nothing stored changes."""

from __future__ import annotations

import json
import struct
import threading
import time
import uuid
import zlib
from pathlib import Path

from syncserver.devices import revoke_device
from tests.hostile_world import base, world  # noqa: F401 - fixtures (world needs base)
from tests.hostile_world import assert_error, make_world, MB, position, snapshot, visit


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

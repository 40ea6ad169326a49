"""Batches that mix good and bad items store exactly the good ones; the answer names each bad one with
the contract's code and error path."""

from __future__ import annotations

import uuid
from datetime import datetime, timedelta, timezone

from sqlalchemy import select

from syncserver.db.models import Position, Visit
from tests.hostile_world import base, world  # noqa: F401 - fixtures (world needs base)
from tests.hostile_world import iso, NOW, position, snapshot, visit


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

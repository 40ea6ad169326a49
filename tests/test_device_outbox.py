"""Outbox bookkeeping: seqs, acknowledgements, dead letters, batch sizing."""

from __future__ import annotations

import sqlite3
import uuid
from datetime import datetime, timedelta, timezone

import msgspec
import pytest

from mobile_protocol.device.outbox import Outbox
from mobile_protocol.device.push import fit_batch
from mobile_protocol.device.state import DeviceState
from mobile_protocol.messages import (
    FieldError,
    GeofenceResult,
    Position,
    PositionsResult,
    RejectedPosition,
    Visit,
    VisitLocation,
    VisitResult,
    VisitsResponse,
)

NOW = datetime(2026, 11, 23, 15, 0, tzinfo=timezone.utc)


def draft(minute: int = 0, lat: float = 4.65) -> Position:
    moment = NOW + timedelta(minutes=minute)
    return Position(seq=0, fix_time=moment, device_time=moment, lat=lat, lon=-74.05, accuracy_m=10.0)


def visit(account_id: str = "1") -> Visit:
    return Visit(id=str(uuid.uuid4()), account_id=account_id, started_at=NOW, finished_at=NOW + timedelta(minutes=5),
                 location=VisitLocation(lat=4.65, lon=-74.05, accuracy_m=8.0, fix_time=NOW), outcome="rpc",
                 answers={})


def result(visit_id: str, status: str, errors: list[FieldError] | None = None) -> VisitResult:
    return VisitResult(id=visit_id, status=status, geofence=GeofenceResult("inside", 3.0), flags=[],
                       errors=errors or [])


@pytest.fixture
def outbox(tmp_path):
    with DeviceState.in_dir(tmp_path) as state:
        yield Outbox(state)


def test_positions_get_fresh_increasing_seqs(outbox):
    assert outbox.add_positions([draft(0), draft(1), draft(2)]) == [1, 2, 3]
    assert outbox.add_positions([draft(3)]) == [4]
    assert [p.seq for p in outbox.positions()] == [1, 2, 3, 4]
    assert [p.seq for p in outbox.positions(limit=2)] == [1, 2]
    assert outbox.counts() == (4, 0)


def test_outbox_survives_reopening(tmp_path):
    with DeviceState.in_dir(tmp_path) as state:
        Outbox(state).add_positions([draft(0), draft(1)])
        queued = visit()
        Outbox(state).add_visits([queued])
    with DeviceState.in_dir(tmp_path) as state:
        outbox = Outbox(state)
        assert [p.seq for p in outbox.positions()] == [1, 2]
        assert outbox.visits() == [queued]
        assert outbox.add_positions([draft(2)]) == [3]


def test_accepted_batch_is_dropped(outbox):
    outbox.add_positions([draft(i) for i in range(5)])
    batch = outbox.positions(limit=3)
    ack = outbox.ack_positions(batch, PositionsResult(accepted=2, duplicates=1, rejected=[], high_seq=3))
    assert (ack.accepted, ack.duplicates, ack.rejected, ack.dropped) == (2, 1, 0, 3)
    assert [p.seq for p in outbox.positions()] == [4, 5]


def test_rejected_positions_become_dead_letters_and_are_never_resent(outbox):
    outbox.add_positions([draft(i) for i in range(4)])
    batch = outbox.positions()
    answer = PositionsResult(accepted=2, duplicates=0, high_seq=4, rejected=[
        RejectedPosition(seq=2, code="future_fix", message="fix_time is more than 24 h ahead"),
        RejectedPosition(seq=3, code="seq_conflict", message="this seq is already stored with other content"),
    ])
    ack = outbox.ack_positions(batch, answer)
    assert (ack.accepted, ack.rejected) == (2, 2)
    assert outbox.positions() == []
    dead = outbox.dead_letters()
    assert [(d.kind, d.item_key, d.code) for d in dead] == [
        ("position", "2", "future_fix"), ("position", "3", "seq_conflict"),
    ]
    assert msgspec.json.decode(dead[0].body, type=Position).seq == 2
    assert dead[1].message == "this seq is already stored with other content"


def test_high_seq_drops_everything_up_to_it_even_outside_the_batch(outbox):
    outbox.add_positions([draft(i) for i in range(6)])
    # The server already holds 1..5 (an earlier answer was lost); we resend only seq 1.
    batch = outbox.positions(limit=1)
    ack = outbox.ack_positions(batch, PositionsResult(accepted=0, duplicates=1, rejected=[], high_seq=5))
    assert ack.dropped == 5
    assert [p.seq for p in outbox.positions()] == [6]


def test_an_incomplete_count_keeps_what_is_not_covered_by_high_seq(outbox):
    outbox.add_positions([draft(i) for i in range(4)])
    batch = outbox.positions()
    # The counts do not cover the batch: only seq <= high_seq may go.
    ack = outbox.ack_positions(batch, PositionsResult(accepted=2, duplicates=0, rejected=[], high_seq=2))
    assert ack.dropped == 2
    assert [p.seq for p in outbox.positions()] == [3, 4]


def test_rejections_of_seqs_not_sent_are_ignored(outbox):
    outbox.add_positions([draft(0), draft(1)])
    batch = outbox.positions(limit=1)
    answer = PositionsResult(accepted=1, duplicates=0, high_seq=1,
                             rejected=[RejectedPosition(seq=2, code="invalid", message="?")])
    outbox.ack_positions(batch, answer)
    assert [p.seq for p in outbox.positions()] == [2] and outbox.dead_letters() == []


def test_visits_keep_insertion_order_and_ids_are_unique(outbox):
    visits = [visit(str(i)) for i in range(5)]
    outbox.add_visits(visits[:3])
    outbox.add_visits(visits[3:])
    assert outbox.visits() == visits
    with pytest.raises(sqlite3.IntegrityError):
        outbox.add_visits([visits[0]])
    assert outbox.counts() == (0, 5)


def test_visit_results_drop_accepted_and_bury_refused(outbox):
    accepted, duplicate, conflict, refused, unanswered = (visit(str(i)) for i in range(5))
    outbox.add_visits([accepted, duplicate, conflict, refused, unanswered])
    response = VisitsResponse(results=[
        result(accepted.id, "accepted"),
        result(duplicate.id, "duplicate"),
        result(conflict.id, "conflict"),
        result(refused.id, "rejected", [FieldError("account_id", "not assigned to this agent")]),
    ])
    ack = outbox.ack_visits(outbox.visits(), response)
    assert (ack.accepted, ack.duplicates, ack.conflicts, ack.rejected, ack.unanswered) == (1, 1, 1, 1, 1)
    assert outbox.visits() == [unanswered]
    dead = {d.item_key: d for d in outbox.dead_letters()}
    assert set(dead) == {conflict.id, refused.id}
    assert dead[refused.id].code == "rejected"
    assert dead[refused.id].errors == [FieldError("account_id", "not assigned to this agent")]
    assert dead[refused.id].message == "account_id: not assigned to this agent"
    assert dead[conflict.id].code == "conflict"
    assert msgspec.json.decode(dead[conflict.id].body, type=Visit) == conflict


def test_fit_batch_respects_item_and_byte_limits():
    positions = [msgspec.structs.replace(draft(i), seq=i + 1) for i in range(100)]
    one = len(msgspec.json.encode(positions[0])) + 1
    assert fit_batch(positions, 30, 10_000_000) == 30
    assert fit_batch(positions[:7], 30, 10_000_000) == 7
    fitted = fit_batch(positions, 100, 20 * one)
    assert 10 <= fitted < 20
    assert len(msgspec.json.encode({"positions": positions[:fitted]})) <= 20 * one
    assert fit_batch(positions, 100, 10) == 1  # one item always goes (the server says 413 if it must)

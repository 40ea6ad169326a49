"""The group committer on both backends: a group's only batch runs without a savepoint, and when it
fails the whole transaction goes with it, exactly as a savepoint's rollback would have undone it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

import pytest
from sqlalchemy import func, insert, select

from mobile_protocol.messages import Position as Fix
from syncserver.clock import to_ms
from syncserver.db.models import Agent, Device, Position
from syncserver.errors import ApiError
from syncserver.group_commit import GroupCommitter
from syncserver.ingest_positions import PositionsJob, PositionsOutcome, prepare_rows

NOW = datetime.now(timezone.utc)


def add_devices(engine, count: int) -> None:
    with engine.begin() as conn:
        conn.execute(insert(Agent).values(id=1, code="A1", name="A", active=True, created_at=NOW))
        for device_id in range(1, count + 1):
            conn.execute(insert(Device).values(id=device_id, agent_id=1, install_id=f"x{device_id}",
                                               token_hash=bytes([device_id]) * 32, paired_at=NOW, high_seq=0))


def job(device_id: int, *seqs: int) -> PositionsJob:
    base = NOW - timedelta(minutes=30)
    fixes = [Fix(seq=seq, fix_time=base + timedelta(seconds=seq), device_time=base + timedelta(seconds=seq),
                 lat=4.6, lon=-74.05, accuracy_m=5.0) for seq in seqs]
    return PositionsJob(device_id, *prepare_rows(device_id, fixes, to_ms(NOW)))


def stored(engine) -> dict[int, list[int]]:
    with engine.connect() as conn:
        rows = conn.execute(select(Position.device_id, Position.seq).order_by(Position.device_id, Position.seq))
        by_device: dict[int, list[int]] = {}
        for device_id, seq in rows:
            by_device.setdefault(device_id, []).append(seq)
        return by_device


@dataclass
class Refused:
    """A job that is not batchable and always fails with a 409."""

    device_id: int | None = None

    def apply(self, group):
        raise ApiError(409, "conflict", "refused on purpose")


def test_a_failing_only_batch_stores_nothing_and_the_next_group_is_unharmed(engine, monkeypatch):
    add_devices(engine, 3)
    committer = GroupCommitter(engine)
    try:
        original = PositionsJob._derive

        def derive(self, group, plan):
            if self.device_id == 2:
                raise RuntimeError("a bug in one job's flags")
            return original(self, group, plan)

        monkeypatch.setattr(PositionsJob, "_derive", derive)
        outcomes, events = committer.commit([job(1, 1, 2), job(2, 1), job(3, 1, 2, 3)])
        assert all(isinstance(o, ApiError) and o.status == 500 and o.code == "internal_error" for o in outcomes)
        assert events == [] and stored(engine) == {}
        with engine.connect() as conn:
            assert conn.scalar(select(func.max(Device.high_seq))) == 0

        monkeypatch.setattr(PositionsJob, "_derive", original)
        outcomes, events = committer.commit([job(1, 1, 2), job(3, 1, 2, 3)])
        # Nothing of the failed group stayed: the same seqs are stored now, as new.
        assert [(o.accepted, o.duplicates, o.high_seq) for o in outcomes] == [(2, 0, 2), (3, 0, 3)]
        assert stored(engine) == {1: [1, 2], 3: [1, 2, 3]}
        assert len(events) == 4  # a PositionsStored per job and a DeviceSeen per device
    finally:
        committer.close()


def test_a_group_of_several_units_isolates_the_one_that_fails(engine):
    add_devices(engine, 2)
    committer = GroupCommitter(engine)
    try:
        outcomes, _ = committer.commit([job(1, 1), Refused(), job(2, 5, 6)])
        assert isinstance(outcomes[0], PositionsOutcome) and outcomes[0].accepted == 1
        assert isinstance(outcomes[1], ApiError) and outcomes[1].status == 409
        assert outcomes[2].accepted == 2
        assert stored(engine) == {1: [1], 2: [5, 6]}
        only, _ = committer.commit([Refused()])  # alone: its rollback is the transaction's
        assert isinstance(only[0], ApiError) and only[0].status == 409
        again, _ = committer.commit([job(1, 1, 2)])
        assert (again[0].accepted, again[0].duplicates) == (1, 1)
    finally:
        committer.close()


@pytest.mark.parametrize("count", [1, 31, 32, 33, 100, 1025, 2500])
def test_rows_go_in_chunks_of_any_count(engine, count):
    add_devices(engine, 1)
    committer = GroupCommitter(engine)
    try:
        outcomes, _ = committer.commit([job(1, *range(1, count + 1))])
        assert outcomes[0].accepted == count
        assert stored(engine) == {1: list(range(1, count + 1))}
    finally:
        committer.close()

"""The writer's dispatch on the loop: groups form from what is queued, the next group leaves as
soon as the previous answer is back, a failed group is a 503 for its jobs only, stop commits all."""

from __future__ import annotations

import asyncio
from dataclasses import dataclass

import pytest

from syncserver.errors import ApiError
from syncserver.events import EventBus
from syncserver.writer import ThreadBackend, Writer
from syncserver.writer_process import ProcessBackend
from tests.test_group_commit import add_devices, job, stored


class Recording:
    """A backend wrapper that notes, in loop order, each group sent and each answer handed back."""

    def __init__(self, inner) -> None:
        self.inner, self.depth, self.log = inner, inner.depth, []
        self.waiting = lambda: 0  # how many jobs the writer holds back, set by the test
        self.handovers: list[tuple[int, int]] = []  # per answer: (jobs waiting, groups sent inside it)

    async def start(self) -> None:
        await self.inner.start()

    def send(self, jobs, done) -> None:
        self.log.append(("send", len(jobs)))

        def answered(result) -> None:
            self.log.append(("answer", len(jobs)))
            waiting, sends = self.waiting(), len(self.log)
            done(result)
            self.handovers.append((waiting, len(self.log) - sends))

        self.inner.send(jobs, answered)

    def forget_branch(self) -> None:
        self.inner.forget_branch()

    def forget_device(self, device_id: int) -> None:
        self.inner.forget_device(device_id)

    async def close(self) -> None:
        await self.inner.close()


@dataclass
class Boom:
    """A job whose unit of work fails outside the committer's savepoints: the whole group fails."""

    device_id: int | None = None

    def apply(self, group):
        from sqlalchemy.exc import OperationalError

        raise OperationalError("SELECT 1", {}, Exception("disk I/O error"))


@pytest.fixture(params=["thread", "process"])
def backend(request, engine):
    add_devices(engine, 20)
    return ThreadBackend(engine) if request.param == "thread" else ProcessBackend(engine)


async def test_groups_form_and_the_next_leaves_before_the_last_is_answered(engine, backend):
    recording = Recording(backend)
    writer = Writer(engine, EventBus(), backend=recording)
    recording.waiting = lambda: len(writer._pending)
    answered: list[int] = []

    async def post(device_id: int, seq: int) -> None:
        outcome = await writer.submit(job(device_id, seq))
        assert outcome.accepted == 1
        answered.append(device_id)

    await writer.start()
    try:
        for seq in range(1, 4):  # jobs keep coming while groups are in flight
            tasks = []
            for d in range(1, 21):
                tasks.append(asyncio.ensure_future(post(d, seq)))
                await asyncio.sleep(0.0005)
            await asyncio.gather(*tasks)
    finally:
        await writer.stop()
    assert stored(engine) == {d: [1, 2, 3] for d in range(1, 21)}
    sends = [n for kind, n in recording.log if kind == "send"]
    assert sum(sends) == 60 and len(sends) < 60, sends  # jobs of one turn of the loop share a group
    # Whenever jobs were waiting for a slot, the next group was sent inside the answer's own
    # callback: before that answer's requests were resolved, not a turn of the loop later.
    assert any(waiting for waiting, _ in recording.handovers), recording.handovers
    assert all(sent == 1 for waiting, sent in recording.handovers if waiting), recording.handovers
    assert writer.groups_committed == len(sends)


async def test_a_failed_group_is_a_503_for_its_jobs_and_the_writer_goes_on(engine, backend):
    writer = Writer(engine, EventBus(), backend=backend)
    await writer.start()
    try:
        results = await asyncio.gather(writer.submit(Boom()), writer.submit(job(1, 1)), return_exceptions=True)
        assert all(isinstance(r, ApiError) and r.status == 503 for r in results), results
        assert (await writer.submit(job(1, 1))).accepted == 1  # nothing of the failed group was kept
    finally:
        await writer.stop()
    assert stored(engine) == {1: [1]}


async def test_stop_commits_what_was_queued(engine, backend):
    writer = Writer(engine, EventBus(), backend=backend, max_group=3)
    await writer.start()
    waiting = [asyncio.ensure_future(writer.submit(job(d, 1))) for d in range(1, 21)]
    await asyncio.sleep(0)
    await writer.stop()
    assert all(w.done() and w.result().accepted == 1 for w in waiting)
    assert stored(engine) == {d: [1] for d in range(1, 21)}

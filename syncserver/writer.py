"""The single database writer: many requests' items committed together (group commit)."""

from __future__ import annotations

import asyncio
import collections
import logging
from concurrent.futures import Future as ThreadFuture
from concurrent.futures import ThreadPoolExecutor
from functools import partial
from typing import Any, Callable, Protocol

from sqlalchemy import Engine

from .errors import ApiError
from .events import EventBus
from .group_commit import BRANCH_TTL, DeviceState, Group, GroupCommitter, Job

__all__ = ["BRANCH_TTL", "DeviceState", "Group", "Job", "Writer", "ThreadBackend"]

log = logging.getLogger(__name__)

# What a backend hands back for a group: (outcomes, events) once committed, or why it failed.
Done = Callable[[Any], None]


class Backend(Protocol):
    """Where groups are committed: a thread of this process or a writer process."""

    depth: int  # groups in flight at once

    async def start(self) -> None: ...

    def send(self, jobs: list[Job], done: Done) -> None:
        """Commit a group; call `done` on the loop once, later, with (outcomes, events) or an exception."""

    def forget_branch(self) -> None: ...

    def forget_device(self, device_id: int) -> None: ...

    async def close(self) -> None: ...


class ThreadBackend:
    """Commits on one thread of this process; `send` is called on the server loop."""

    depth = 1

    def __init__(self, engine: Engine) -> None:
        self.committer = GroupCommitter(engine)
        self._thread = ThreadPoolExecutor(1, thread_name_prefix="campo-writer")
        self._loop: asyncio.AbstractEventLoop | None = None

    async def start(self) -> None:
        """Nothing to start: the thread is made on first use."""
        self._loop = asyncio.get_running_loop()

    def send(self, jobs: list[Job], done: Done) -> None:
        loop = self._loop or asyncio.get_running_loop()
        self._thread.submit(self.committer.commit, jobs).add_done_callback(
            lambda finished: loop.call_soon_threadsafe(done, _result(finished))
        )

    def forget_branch(self) -> None:
        self.committer.forget_branch()

    def forget_device(self, device_id: int) -> None:
        self.committer.forget_device(device_id)

    async def close(self) -> None:
        await asyncio.get_running_loop().run_in_executor(self._thread, self.committer.close)
        self._thread.shutdown(wait=True)


def _result(finished: ThreadFuture) -> Any:
    return finished.exception() or finished.result()


class Writer:
    """Owns all writes. Its methods and callbacks run on the server loop; groups commit in the backend.

    Handlers validate and submit; the writer takes what is queued as a group, hands it to the
    backend (which applies every job in one transaction and commits durably), and only then
    resolves each job's future and publishes the group's events. When a group's answer comes
    back, the next group leaves at once, before this one's requests are answered: the backend
    never waits for the loop to get round to it.
    """

    def __init__(self, engine: Engine, bus: EventBus, *, max_group: int = 512, backend: Backend | None = None) -> None:
        self._bus = bus
        self._max_group = max_group
        self._backend = backend or ThreadBackend(engine)
        self._pending: collections.deque[tuple[Job, asyncio.Future]] = collections.deque()
        self._in_flight = 0
        self._started = False
        self._scheduled = False
        self._drained = asyncio.Event()
        self.groups_committed = 0

    async def start(self) -> None:
        """Start the backend; what was submitted before leaves now."""
        await self._backend.start()
        self._started = True
        self._schedule()

    async def stop(self) -> None:
        """Commit everything already queued, then stop and close the backend."""
        while self._started and (self._pending or self._in_flight):
            self._drained.clear()
            await self._drained.wait()
        self._started = False
        await self._backend.close()

    async def submit(self, job: Job) -> Any:
        """Queue a job and wait until its result is committed (or its error decided)."""
        future = asyncio.get_running_loop().create_future()
        self._pending.append((job, future))
        self._schedule()
        return await future

    def forget_branch(self) -> None:
        """Re-read the branch settings before the next group (they were just changed)."""
        self._backend.forget_branch()

    def forget_device(self, device_id: int) -> None:
        """Drop cached state of a device (after it was revoked elsewhere)."""
        self._backend.forget_device(device_id)

    def _schedule(self) -> None:
        # Not at once: what other handlers submit in this turn of the loop joins the same group.
        if self._started and not self._scheduled and self._in_flight < self._backend.depth:
            self._scheduled = True
            asyncio.get_running_loop().call_soon(self._dispatch)

    def _dispatch(self) -> None:
        self._scheduled = False
        while self._pending and self._in_flight < self._backend.depth:
            batch = [self._pending.popleft() for _ in range(min(len(self._pending), self._max_group))]
            self._in_flight += 1
            try:
                self._backend.send([job for job, _ in batch], partial(self._finished, batch))
            except Exception as exc:  # noqa: BLE001 - answered like a group that failed to commit
                asyncio.get_running_loop().call_soon(self._finished, batch, exc)

    def _finished(self, batch: list[tuple[Job, asyncio.Future]], result: Any) -> None:
        self._in_flight -= 1
        if self._pending and self._started:
            self._dispatch()  # the next group first: the backend is idle until it arrives
        if isinstance(result, BaseException):
            log.error("group commit of %d jobs failed", len(batch), exc_info=result)
            error = ApiError(503, "unavailable", "the server cannot store right now", retry_after=2)
            outcomes, events = [error] * len(batch), []
        else:
            outcomes, events = result
            self.groups_committed += 1
        for (_, future), outcome in zip(batch, outcomes):
            if not future.done():
                if isinstance(outcome, BaseException):
                    future.set_exception(outcome)
                else:
                    future.set_result(outcome)
        for event in events:
            self._bus.publish(event)
        if not self._pending and not self._in_flight:
            self._drained.set()

"""The single database writer: many requests' items committed together (group commit)."""

from __future__ import annotations

import asyncio
import logging
from concurrent.futures import ThreadPoolExecutor
from typing import Any, Protocol

from sqlalchemy import Engine

from .errors import ApiError
from .events import EventBus
from .group_commit import BRANCH_TTL, DeviceState, Group, GroupCommitter, Job

__all__ = ["BRANCH_TTL", "DeviceState", "Group", "Job", "Writer", "ThreadBackend"]

log = logging.getLogger(__name__)


class Backend(Protocol):
    """Where groups are committed: a thread of this process or a writer process."""

    depth: int  # groups in flight at once

    async def start(self) -> None: ...

    async def commit(self, jobs: list[Job]) -> tuple[list[Any], list[Any]]: ...

    def forget_branch(self) -> None: ...

    def forget_device(self, device_id: int) -> None: ...

    async def close(self) -> None: ...


class ThreadBackend:
    """Commits on one thread of this process; `commit` is awaited on the server loop."""

    depth = 1

    def __init__(self, engine: Engine) -> None:
        self.committer = GroupCommitter(engine)
        self._thread = ThreadPoolExecutor(1, thread_name_prefix="campo-writer")

    async def start(self) -> None:
        """Nothing to start: the thread is made on first use."""

    async def commit(self, jobs: list[Job]) -> tuple[list[Any], list[Any]]:
        return await asyncio.get_running_loop().run_in_executor(self._thread, self.committer.commit, jobs)

    def forget_branch(self) -> None:
        self.committer.forget_branch()

    def forget_device(self, device_id: int) -> None:
        self.committer.forget_device(device_id)

    async def close(self) -> None:
        await asyncio.get_running_loop().run_in_executor(self._thread, self.committer.close)
        self._thread.shutdown(wait=True)


class Writer:
    """Owns all writes. Its methods run on the server loop; groups commit in the backend.

    Handlers validate and submit; the writer drains the queue into a group, hands it to the
    backend (which applies every job in one transaction and commits durably), and only then
    resolves each job's future and publishes the group's events.
    """

    def __init__(self, engine: Engine, bus: EventBus, *, max_group: int = 512, backend: Backend | None = None) -> None:
        self._bus = bus
        self._max_group = max_group
        self._backend = backend or ThreadBackend(engine)
        self._queue: asyncio.Queue[tuple[Job, asyncio.Future]] = asyncio.Queue()
        self._task: asyncio.Task | None = None
        self._groups: set[asyncio.Task] = set()
        self.groups_committed = 0

    async def start(self) -> None:
        """Start the backend and the writer task on the current loop."""
        await self._backend.start()
        self._task = asyncio.create_task(self._run(), name="campo-writer")

    async def stop(self) -> None:
        """Commit everything already queued, then stop and close the backend."""
        if self._task is not None:
            await self._queue.join()
            self._task.cancel()
            try:
                await self._task
            except asyncio.CancelledError:
                pass
        await self._backend.close()

    async def submit(self, job: Job) -> Any:
        """Queue a job and wait until its result is committed (or its error decided)."""
        future = asyncio.get_running_loop().create_future()
        self._queue.put_nowait((job, future))
        return await future

    def forget_branch(self) -> None:
        """Re-read the branch settings before the next group (they were just changed)."""
        self._backend.forget_branch()

    def forget_device(self, device_id: int) -> None:
        """Drop cached state of a device (after it was revoked elsewhere)."""
        self._backend.forget_device(device_id)

    async def _run(self) -> None:
        slots = asyncio.Semaphore(self._backend.depth)
        while True:
            # A slot first: what arrives while every slot is busy joins the next group.
            await slots.acquire()
            batch = [await self._queue.get()]
            while len(batch) < self._max_group and not self._queue.empty():
                batch.append(self._queue.get_nowait())
            task = asyncio.create_task(self._group(batch, slots))
            self._groups.add(task)
            task.add_done_callback(self._groups.discard)

    async def _group(self, batch: list[tuple[Job, asyncio.Future]], slots: asyncio.Semaphore) -> None:
        try:
            outcomes, events = await self._backend.commit([job for job, _ in batch])
            self.groups_committed += 1
        except Exception:  # noqa: BLE001 - the whole group failed to commit
            log.exception("group commit of %d jobs failed", len(batch))
            error = ApiError(503, "unavailable", "the server cannot store right now", retry_after=2)
            outcomes, events = [error] * len(batch), []
        finally:
            slots.release()
        for (_, future), outcome in zip(batch, outcomes):
            if not future.done():
                if isinstance(outcome, BaseException):
                    future.set_exception(outcome)
                else:
                    future.set_result(outcome)
            self._queue.task_done()
        for event in events:
            self._bus.publish(event)

"""Group commit: many requests' jobs applied in one transaction (the writer's thread or process)."""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from functools import lru_cache
from itertools import chain
from typing import Any, Protocol

from sqlalchemy import Connection, Engine
from sqlalchemy.exc import OperationalError

from .alerts.writer_checks import WriterAlerts
from .branch import Branch, load_branch
from .clock import utcnow
from .db.checkpoint import Checkpointer
from .db.models import Device
from .errors import ApiError
from .events import DeviceSeen
from .mail_rules import NO_MAIL, MailRules, load_mail_rules

log = logging.getLogger(__name__)

_devices = Device.__table__
# Branch settings (accuracy limit, default radius) and mail rules are re-read at most this often.
BRANCH_TTL = timedelta(seconds=1)


@dataclass(slots=True)
class DeviceState:
    """What the writer knows of a device between transactions."""

    agent_id: int
    revoked: bool
    high_seq: int
    last_fix: tuple[int, float, float] | None = None
    last_fix_loaded: bool = False
    # Latest fix time of the device's visits: positions older than it may change a visit's flags.
    last_visit_ms: int | None = None

    def copy(self) -> DeviceState:
        """A copy to restore when a job fails (dataclasses.replace costs several times more)."""
        return DeviceState(self.agent_id, self.revoked, self.high_seq, self.last_fix, self.last_fix_loaded,
                           self.last_visit_ms)


@dataclass(slots=True)
class Group:
    """One transaction's view: tentative device state, events to publish after commit."""

    conn: Connection
    settings: Branch
    devices: dict[int, DeviceState]
    now: datetime
    events: list[Any] = field(default_factory=list)
    touched: dict[int, dict[str, Any]] = field(default_factory=dict)
    mail: MailRules = NO_MAIL  # which stored visits get an e-mail (read with the branch)
    alerts: WriterAlerts | None = None  # the writer's alert thresholds and open device alerts

    def device(self, device_id: int) -> DeviceState:
        """The device's state within this transaction; 401 when it is revoked."""
        state = self.devices.get(device_id)
        if state is None or state.revoked:
            raise ApiError(401, "unauthorized", "this device's token was revoked")
        return state

    def touch(self, device_id: int, **values: Any) -> None:
        """Record per-device columns (last_seen_at, high_seq, battery) to write once per group."""
        self.touched.setdefault(device_id, {}).update(values)


class Job(Protocol):
    """Work for the writer; `apply` runs on the writer thread inside the group's transaction."""

    device_id: int | None

    def apply(self, group: Group) -> Any: ...


class GroupCommitter:
    """Applies groups of jobs in one durable transaction each; all methods run on the writer's thread.

    Each job runs in its own savepoint, so one bad job fails alone; the caller resolves the
    jobs' futures only after `commit` returned, so an acknowledgement always follows a commit.
    """

    def __init__(self, engine: Engine) -> None:
        self._engine = engine
        self._conn: Connection | None = None
        self._devices: dict[int, DeviceState] = {}
        self._branch: Branch | None = None
        self._mail = NO_MAIL
        self._bind_time = None
        self._branch_read = datetime.min.replace(tzinfo=timezone.utc)
        self._checkpointer = Checkpointer(engine) if Checkpointer.applies_to(engine) else None
        self.alerts = WriterAlerts()
        self.groups_committed = 0

    def forget_branch(self) -> None:
        """Re-read the branch settings and mail rules before the next group (they were just changed)."""
        self._branch = None
        self.alerts.forget()

    def forget_device(self, device_id: int) -> None:
        """Drop cached state of a device (after it was revoked elsewhere)."""
        self._devices.pop(device_id, None)

    def close(self) -> None:
        """Close the connection (the engine stays the owner's) and stop checkpointing."""
        self._close()
        if self._checkpointer is not None:
            self._checkpointer.close()

    def _connection(self) -> Connection:
        if self._conn is None or self._conn.closed:
            self._conn = self._engine.connect().execution_options(sqlite_begin="IMMEDIATE")
            if self._checkpointer is not None:
                self._checkpointer.attach(self._conn)
        return self._conn

    def _close(self) -> None:
        if self._conn is not None:
            self._conn.close()
            self._conn = None

    def _load_devices(self, conn: Connection, ids: set[int]) -> dict[int, DeviceState]:
        # Revocation is re-read every group: the office may revoke from another process.
        states: dict[int, DeviceState] = {}
        if not ids:
            return states
        rows = conn.exec_driver_sql(_devices_sql(conn.dialect.paramstyle, len(ids)), tuple(ids))
        for device_id, agent_id, revoked_at, high_seq in rows:
            cached = self._devices.get(device_id)
            state = DeviceState(agent_id, revoked_at is not None, high_seq)
            if cached is not None and cached.last_fix_loaded:
                state.last_fix, state.last_fix_loaded = cached.last_fix, True
                state.last_visit_ms = cached.last_visit_ms
                state.high_seq = max(state.high_seq, cached.high_seq)
            states[device_id] = state
        return states

    def commit(self, jobs: list[Job]) -> tuple[list[Any], list[Any]]:
        conn = self._connection()
        try:
            now = utcnow()
            ids = {job.device_id for job in jobs if job.device_id is not None}
            if self._branch is None or now - self._branch_read > BRANCH_TTL:
                self._branch, self._mail, self._branch_read = load_branch(conn), load_mail_rules(conn), now
            group = Group(conn, self._branch, self._load_devices(conn, ids), now, mail=self._mail, alerts=self.alerts)
            outcomes: list[Any] = [None] * len(jobs)
            units = _units(jobs)
            if len(units) == 1:  # the usual group: one kind of batch; no savepoint needed
                if not self._alone(group, jobs, units[0], outcomes):
                    return outcomes, []  # it failed and the transaction went with it
            else:
                for indexes, run in units:
                    for i, outcome in zip(indexes, self._isolated(group, [jobs[i] for i in indexes], run)):
                        outcomes[i] = outcome
            if group.touched:
                self._write_touched(conn, group, now)
                self.alerts.check_devices(group)
            conn.commit()
        except BaseException:
            conn.rollback()
            self.alerts.forget()
            self._close()
            raise
        if self._checkpointer is not None:
            self._checkpointer.committed()
        self._devices.update(group.devices)
        self.groups_committed += 1
        return outcomes, group.events

    def _alone(self, group: Group, jobs: list[Job], unit, outcomes: list[Any]) -> bool:
        """Run the group's only unit of work without a savepoint (two statements, two GIL hand-overs
        less); if it fails, roll the whole transaction back, which undoes exactly what the savepoint
        would have. False when it failed (the device cache keeps what it had before the group)."""
        indexes, run = unit
        try:
            results = run(group)
        except OperationalError:
            raise  # the database itself is in trouble: the caller fails the whole group
        except Exception as exc:  # noqa: BLE001 - reported to each job like a failed savepoint
            group.conn.rollback()
            results = [_job_failure(exc, jobs)] * len(indexes)
            failed = True
        else:
            failed = False
        for i, outcome in zip(indexes, results):
            outcomes[i] = outcome
        return not failed

    def _isolated(self, group: Group, jobs: list[Job], run) -> list[Any]:
        """Run jobs in a savepoint: on failure their writes, device state and events are undone."""
        devices = group.devices
        saved = {d: devices[d].copy() for d in {j.device_id for j in jobs} if d in devices}
        events = len(group.events)
        savepoint = group.conn.begin_nested()
        try:
            outcomes = run(group)
            savepoint.commit()
            return outcomes
        except OperationalError:
            raise  # the database itself is in trouble: fail the whole group
        except Exception as exc:  # noqa: BLE001 - one job's failure must not sink the others
            savepoint.rollback()
            group.devices.update(saved)
            del group.events[events:]
            return [_job_failure(exc, jobs)] * len(jobs)

    def _write_touched(self, conn: Connection, group: Group, now) -> None:
        """One UPDATE for every device heard from in this group (last seen, high seq, battery).

        One plain statement, not an executemany (each SQLite step hands the GIL back and forth
        with the event loop) nor a SQLAlchemy case() (building it cost milliseconds).
        """
        ids = list(group.touched)
        powered = [d for d in ids if "battery_pct" in group.touched[d]]
        seen_at = self._seen_at_param(conn)(now)
        params: list[Any] = [seen_at]
        params += chain.from_iterable((d, group.devices[d].high_seq) for d in ids)
        params += chain.from_iterable((d, group.touched[d]["battery_pct"]) for d in powered)
        params += chain.from_iterable((d, group.touched[d].get("charging")) for d in powered)
        params += ids
        conn.exec_driver_sql(_touch_sql(conn.dialect.paramstyle, len(ids), len(powered)), tuple(params))
        for device_id in ids:
            group.events.append(DeviceSeen(str(device_id), str(group.devices[device_id].agent_id), now))

    def _seen_at_param(self, conn: Connection):
        """How a datetime goes to this driver (the column type's own bind processing)."""
        if self._bind_time is None:
            processor = _devices.c.last_seen_at.type.bind_processor(conn.dialect)
            self._bind_time = processor or (lambda value: value)
        return self._bind_time


def _units(jobs: list[Job]) -> list[tuple[list[int], Any]]:
    """The group's units of work: all batchable jobs of a kind together, then each other job alone;
    each is (job indexes, run(group) -> one outcome per job)."""
    batches: dict[type, list[int]] = {}
    alone: list[int] = []
    for index, job in enumerate(jobs):
        if getattr(job, "batchable", False):
            batches.setdefault(type(job), []).append(index)
        else:
            alone.append(index)
    units = [(indexes, _batch_run(kind, [jobs[i] for i in indexes])) for kind, indexes in batches.items()]
    return units + [([index], _job_run(jobs[index])) for index in alone]


def _batch_run(kind: type, batch: list[Job]):
    return lambda group: kind.apply_batch(group, batch)


def _job_run(job: Job):
    return lambda group: [job.apply(group)]


def _job_failure(exc: Exception, jobs: list[Job]) -> ApiError:
    """What the jobs of a failed unit are told (an unexpected failure is logged, not shown)."""
    if isinstance(exc, ApiError):
        return exc
    log.exception("jobs %r failed", jobs, exc_info=exc)
    return ApiError(500, "internal_error", "the server failed to store this request")


@lru_cache(maxsize=256)
def _devices_sql(paramstyle: str, devices: int) -> str:
    mark = "?" if paramstyle == "qmark" else "%s"
    return f"SELECT id, agent_id, revoked_at, high_seq FROM devices WHERE id IN ({', '.join([mark] * devices)})"


@lru_cache(maxsize=256)
def _touch_sql(paramstyle: str, devices: int, powered: int) -> str:
    mark = "?" if paramstyle == "qmark" else "%s"
    cases = lambda column, n, keep: (  # noqa: E731
        f"CASE id {' '.join([f'WHEN {mark} THEN {mark}'] * n)}{f' ELSE {column}' if keep else ''} END"
    )
    sets = [f"last_seen_at = {mark}", f"high_seq = {cases('high_seq', devices, False)}"]
    if powered:
        sets += [f"battery_pct = {cases('battery_pct', powered, True)}", f"charging = {cases('charging', powered, True)}"]
    return f"UPDATE devices SET {', '.join(sets)} WHERE id IN ({', '.join([mark] * devices)})"

"""Storing a device's visits exactly once: checks, geofence verdict, flags (writer thread)."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import datetime
from typing import Any, ClassVar

import msgspec
from sqlalchemy import or_, select

from mobile_protocol import geofence
from mobile_protocol.messages import FieldError, GeofenceResult, Visit, VisitResult

from .alerts.writer_checks import raise_visit_alerts
from .clock import to_ms
from .db.bulk import bind_processor, insert_dicts, insert_rows
from .db.models import Account, AccountAssignment, Flag, Position
from .db.models import Visit as VisitRow
from .errors import ApiError
from .events import VisitStored
from .flags import IMPOSSIBLE_SPEED, too_fast, visit_flags
from .kpis.summaries import visits_stored
from .mail_rules import enqueue_visits
from .trace import load_trace_ends
from .visit_answers import ACCOUNT_COLUMNS, answer_errors, definition_of
from .writer import Group

_visits, _accounts, _flags = VisitRow.__table__, Account.__table__, Flag.__table__
_history, _positions = AccountAssignment.__table__, Position.__table__
_encode = msgspec.json.Encoder().encode


def rejected(visit_id: str, errors: list[FieldError]) -> VisitResult:
    """A `rejected` result with its errors."""
    return VisitResult(visit_id, "rejected", None, [], errors)


def check_shape(visit: Visit) -> list[FieldError]:
    """Rules of one visit that need no database: promise iff promise_to_pay, time order."""
    errors = []
    if visit.outcome == "promise_to_pay" and visit.promise is None:
        errors.append(FieldError("promise", "required when the outcome is promise_to_pay"))
    if visit.outcome != "promise_to_pay" and visit.promise is not None:
        errors.append(FieldError("promise", "only allowed when the outcome is promise_to_pay"))
    if visit.finished_at < visit.started_at:
        errors.append(FieldError("finished_at", "is before started_at"))
    return errors


@dataclass(slots=True)
class _Seen:
    """A visit stored earlier in this group: who sent it, its fingerprint and its result."""

    agent_id: int
    fingerprint: bytes
    result: VisitResult


@dataclass(slots=True)
class VisitsJob:
    """One request's visits in request order: decoded visits, or results decided already."""

    batchable: ClassVar[bool] = True  # the writer hands all of a group's VisitsJobs to apply_batch
    device_id: int
    items: list[Visit | VisitResult]
    received_at: datetime

    @staticmethod
    def apply_batch(group: Group, jobs: list[VisitsJob]) -> list[Any]:
        """Judge every job's visits with shared lookups, then insert all new visits and flags at once."""
        visits = [item for job in jobs for item in job.items if isinstance(item, Visit)]
        stored = VisitsJob._stored({v.id for v in visits} | {v.corrects for v in visits if v.corrects}, group)
        accounts = VisitsJob._accounts(group, visits)
        seen: dict[str, _Seen] = {}
        rows: list[dict[str, Any]] = []
        outcomes: list[Any] = []
        for job in jobs:
            try:
                outcomes.append(job._judge(group, stored, accounts, seen, rows))
            except ApiError as exc:
                outcomes.append(exc)
        if rows:
            insert_dicts(group.conn, _visits, rows)
            visits_stored(group.conn, rows)  # KPI summaries, in the same transaction
        created_at = bind_processor(group.conn, _flags.c.created_at)(group.now)
        flag_rows = [(visit_id, code, created_at) for visit_id, entry in seen.items() if entry.result.status == "accepted"
                     for code in entry.result.flags]
        if flag_rows:
            insert_rows(group.conn, "flags", ("visit_id", "code", "created_at"), flag_rows)
            raise_visit_alerts(group, rows, {row["id"]: seen[row["id"]].result.flags for row in rows})
        if group.mail.enabled:  # the e-mails commit with their visits: a crash cannot lose one
            enqueue_visits(group.conn, [(row["id"], row["outcome"], seen[row["id"]].result.flags) for row in rows],
                           group.mail, group.now)
        return outcomes

    def apply(self, group: Group) -> list[VisitResult]:
        """A single job is a batch of one."""
        outcome = self.apply_batch(group, [self])[0]
        if isinstance(outcome, ApiError):
            raise outcome
        return outcome

    def _judge(self, group: Group, stored, accounts, seen: dict[str, _Seen], rows: list) -> list[VisitResult]:
        """Classify and judge this request's visits in order, queueing the rows of new ones."""
        state = group.device(self.device_id)
        results = []
        for item in self.items:
            if isinstance(item, VisitResult):
                results.append(item)
                continue
            payload = _encode(item)
            fingerprint = hashlib.blake2b(payload, digest_size=16).digest()
            previous = stored.get(item.id)
            if previous is not None or item.id in seen:
                results.append(self._resend(item.id, fingerprint, previous, seen.get(item.id), state.agent_id, group))
                continue
            errors = check_shape(item) + self._check_refs(item, group, state.agent_id, accounts, stored, seen)
            if errors:
                results.append(rejected(item.id, errors))
                continue
            result = self._store(item, payload, fingerprint, accounts[int(item.account_id)], group, rows)
            seen[item.id] = _Seen(state.agent_id, fingerprint, result)
            results.append(result)
        group.touch(self.device_id)
        return results

    @staticmethod
    def _stored(ids: set[str], group: Group) -> dict[str, Any]:
        v = _visits.c
        rows = group.conn.execute(
            select(v.id, v.digest, v.agent_id, v.verdict, v.distance_m).where(v.id.in_(ids))
        ).all()
        return {row.id: row for row in rows}

    @staticmethod
    def _accounts(group: Group, visits: list[Visit]) -> dict[int, Any]:
        ids = {int(v.account_id) for v in visits if _is_id(v.account_id)}
        a = _accounts.c
        rows = group.conn.execute(
            select(a.id, a.agent_id, a.lat, a.lon, a.radius_m, a.polygon, *(a[n] for n in ACCOUNT_COLUMNS))
            .where(a.id.in_(ids))
        ).all()
        return {row.id: row for row in rows}

    def _check_refs(self, visit: Visit, group: Group, agent_id: int, accounts, stored, seen) -> list[FieldError]:
        errors = []
        account = accounts.get(int(visit.account_id)) if _is_id(visit.account_id) else None
        if account is None or not _held_by(group, account, agent_id, visit.started_at):
            errors.append(FieldError("account_id", "no such account is assigned to this device's agent"))
        if visit.corrects is not None:
            target = stored.get(visit.corrects)
            earlier = seen.get(visit.corrects)
            mine = (earlier is not None and earlier.agent_id == agent_id) or (
                target is not None and target.agent_id == agent_id
            )
            if not mine:
                errors.append(FieldError("corrects", "no visit of this agent has that id"))
        if visit.questionnaire_version_id is not None:
            version = visit.questionnaire_version_id
            definition = definition_of(group.conn, group.settings.server_id, int(version)) if _is_id(version) else None
            if definition is None:
                errors.append(FieldError("questionnaire_version_id", "no such published questionnaire version"))
            else:
                errors.extend(answer_errors(group.conn, visit, definition, account, group.settings.timezone))
        return errors

    def _resend(self, visit_id, fingerprint, previous, earlier: _Seen | None, agent_id, group) -> VisitResult:
        if previous is None:  # sent earlier in this very group (this request or a concurrent one)
            if earlier.agent_id != agent_id:
                return VisitResult(visit_id, "conflict", None, [], [FieldError("id", "this id is taken")])
            if earlier.fingerprint == fingerprint:
                return VisitResult(visit_id, "duplicate", earlier.result.geofence, list(earlier.result.flags), [])
            return VisitResult(visit_id, "conflict", earlier.result.geofence, list(earlier.result.flags),
                               [FieldError("id", "a different visit with this id is stored")])
        if previous.agent_id != agent_id:  # someone else's id: say nothing about it
            return VisitResult(visit_id, "conflict", None, [], [FieldError("id", "this id is taken")])
        status = "duplicate" if previous.digest == fingerprint else "conflict"
        flags = list(group.conn.scalars(select(_flags.c.code).where(_flags.c.visit_id == visit_id).order_by(_flags.c.id)))
        errors = [] if status == "duplicate" else [FieldError("id", "a different visit with this id is stored")]
        return VisitResult(visit_id, status, GeofenceResult(previous.verdict, previous.distance_m), flags, errors)

    def _store(self, visit: Visit, payload, fingerprint, account, group: Group, rows: list) -> VisitResult:
        """Judge a new visit (verdict, flags) and queue its row; the caller inserts the rows together."""
        state = group.device(self.device_id)
        loc = visit.location
        check = geofence.check(
            loc.lat, loc.lon, loc.accuracy_m, account_lat=account.lat, account_lon=account.lon,
            radius_m=account.radius_m if account.radius_m is not None else group.settings.default_radius_m,
            polygon=account.polygon,
        )
        fix_ms = to_ms(loc.fix_time)
        flags = visit_flags(
            verdict=check.verdict, device_geofence=visit.device_geofence, started_ms=to_ms(visit.started_at),
            finished_ms=to_ms(visit.finished_at), fix_ms=fix_ms, accuracy_m=loc.accuracy_m,
            accuracy_limit_m=group.settings.accuracy_limit_m, mock=loc.mock, received_ms=to_ms(self.received_at),
        )
        if not state.last_fix_loaded:
            load_trace_ends(group.conn, self.device_id, state)
        if too_fast(self._previous_fix(group, state, fix_ms), fix_ms, loc.lat, loc.lon):
            flags.append(IMPOSSIBLE_SPEED)
        state.last_visit_ms = max(state.last_visit_ms or fix_ms, fix_ms)
        rows.append(dict(
            id=visit.id, device_id=self.device_id, agent_id=state.agent_id, account_id=account.id,
            questionnaire_version_id=int(visit.questionnaire_version_id) if visit.questionnaire_version_id else None,
            corrects=visit.corrects, started_at=visit.started_at, finished_at=visit.finished_at,
            fix_time=loc.fix_time, fix_ms=fix_ms, lat=loc.lat, lon=loc.lon, accuracy_m=loc.accuracy_m,
            mock=bool(loc.mock), outcome=visit.outcome,
            promise_amount=visit.promise.amount if visit.promise else None,
            promise_due=visit.promise.due_date if visit.promise else None,
            answers=visit.answers, notes=visit.notes, device_geofence=visit.device_geofence,
            verdict=check.verdict, distance_m=check.distance_m, received_at=self.received_at,
            digest=fingerprint, payload=payload.decode(),
        ))
        group.events.append(VisitStored(
            visit.id, str(self.device_id), str(state.agent_id), str(account.id), visit.outcome, check.verdict,
            check.distance_m, list(flags), visit.started_at, visit.finished_at, loc.lat, loc.lon, visit.corrects,
        ))
        return VisitResult(visit.id, "accepted", GeofenceResult(check.verdict, check.distance_m), flags, [])

    def _previous_fix(self, group: Group, state, fix_ms: int) -> tuple[int, float, float] | None:
        """The device's last position before fix_ms (from the writer's cache when it is the latest)."""
        if state.last_fix is None or state.last_fix[0] < fix_ms:
            return state.last_fix
        p = _positions.c
        return group.conn.execute(
            select(p.fix_ms, p.lat, p.lon).where(p.device_id == self.device_id, p.fix_ms < fix_ms)
            .order_by(p.fix_ms.desc()).limit(1)
        ).first()


def _is_id(text: str) -> bool:
    """Whether a device's text can be a server id: ASCII digits only (str.isdigit also takes '²', which int() refuses)."""
    return text.isascii() and text.isdigit() and len(text) < 18


def _held_by(group: Group, account, agent_id: int, started_at: datetime) -> bool:
    """Whether the agent holds the account now, or held it when the visit started (offline work)."""
    if account.agent_id == agent_id:
        return True
    h = _history.c
    held = group.conn.scalar(
        select(h.id).where(
            h.account_id == account.id, h.agent_id == agent_id, h.assigned_at <= started_at,
            or_(h.unassigned_at.is_(None), h.unassigned_at > started_at),
        ).limit(1)
    )
    return held is not None


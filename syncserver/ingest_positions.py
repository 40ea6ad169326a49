"""Storing devices' positions exactly once, with their flags: all of a group's batches together (writer thread)."""

from __future__ import annotations

import zlib
from dataclasses import dataclass, field
from itertools import chain, repeat
from operator import itemgetter, le, lt
from typing import Any, ClassVar

import msgspec
from msgspec.structs import astuple
from sqlalchemy import select

from mobile_protocol.messages import Position, RejectedPosition

from .clock import EPOCH, MS, from_ms
from .db.bulk import bind_processor, insert_rows
from .db.models import Flag
from .db.models import Position as PositionRow
from .errors import ApiError
from .events import Compact, LatestPosition, PositionsStored
from .flags import IMPOSSIBLE_SPEED, LOW_ACCURACY, clock_skew_possible, fix_flags, too_fast, too_fast_series
from .trace import load_trace_ends, recheck_trace, recheck_visits
from .writer import DeviceState, Group

_positions = PositionRow.__table__
_flags = Flag.__table__
_encoder = msgspec.json.Encoder()
_COLUMNS = ("device_id", "seq", "fix_ms", "device_ms", "received_ms", "lat", "lon", "accuracy_m", "altitude_m",
            "speed_mps", "bearing_deg", "battery_pct", "charging", "mock", "provider", "digest")
_FLAG_COLUMNS = ("device_id", "seq", "code", "created_at")
_FIX_ORDER = itemgetter(2, 1)  # fix_ms, then seq
_SEQ, _FIX, _LAT, _LON, _ACCURACY, _DIGEST = (itemgetter(i) for i in (1, 2, 5, 6, 7, 15))
_HALF = 1 << 63
# prepare_rows unpacks positions by field order: a new field in the message must be placed here too.
assert Position.__struct_fields__ == (
    "seq", "fix_time", "device_time", "lat", "lon", "accuracy_m", "altitude_m", "speed_mps", "bearing_deg",
    "battery_pct", "charging", "mock", "provider",
), Position.__struct_fields__


def digests(positions: list[Position]) -> list[int]:
    """Stable 64-bit fingerprints of each position's canonical encoding (crc32 and adler32 side by side)."""
    lines = _encoder.encode_lines(positions).split(b"\n")
    del lines[len(positions):]  # encode_lines ends every line, the last one too
    return [(crc << 32 | adler) - _HALF for crc, adler in zip(map(zlib.crc32, lines), map(zlib.adler32, lines))]


def prepare_rows(device_id: int, positions: list[Position], received_ms: int) -> tuple[list[tuple], dict[int, list[str]]]:
    """Rows ready for the INSERT, and the flags a fix earns on its own but for low_accuracy, which
    follows the branch's current limit and is the writer's (this runs on the server loop, so its
    Python work overlaps the writer's time inside SQLite). Column by column: zip and map do the
    per-item work in C, and the rare flags are looked for only when a column says they exist."""
    if not positions:
        return [], {}
    seq, fix, device, lat, lon, accuracy, altitude, speed, bearing, battery, charging, mock, provider = zip(
        *map(astuple, positions)
    )
    fix_ms, device_ms = [(t - EPOCH) // MS for t in fix], [(t - EPOCH) // MS for t in device]
    rows = list(zip(repeat(device_id), seq, fix_ms, device_ms, repeat(received_ms), lat, lon, accuracy, altitude,
                    speed, bearing, battery, charging, mock, provider, digests(positions)))
    flagged = {}
    if any(mock) or clock_skew_possible(fix_ms, device_ms, received_ms):
        for row in rows:
            codes = fix_flags(mock=row[13], accuracy_m=row[7], accuracy_limit_m=float("inf"), fix_ms=row[2],
                              device_ms=row[3], received_ms=received_ms)
            if codes:
                flagged[row[1]] = codes
    return rows, flagged


@dataclass(frozen=True, slots=True)
class PositionsOutcome(Compact):
    """What the writer did with one request's positions."""

    accepted: int
    duplicates: int
    rejected: list[RejectedPosition]
    high_seq: int


@dataclass(slots=True)
class _Plan:
    """One request's positions after classification: the rows to insert and what was said of the rest."""

    job: PositionsJob
    state: DeviceState
    rows: list[tuple]
    duplicates: int
    rejected: list[RejectedPosition]
    flagged: dict[int, list[str]]


@dataclass(slots=True)
class PositionsJob:
    """One request's positions as prepared rows (see prepare_rows), and the items refused already."""

    batchable: ClassVar[bool] = True  # the writer hands all of a group's PositionsJobs to apply_batch
    device_id: int
    rows: list[tuple]
    flagged: dict[int, list[str]] = field(default_factory=dict)
    rejected: list[RejectedPosition] = field(default_factory=list)
    # Made where the job is made (the server loop), so the writer only checks the trace's seam:
    # the rows' indexes in fix-time order (None when already in order), and whether each row in
    # that order is too fast from the one before it (the first from nothing: False).
    order: list[int] | None = None
    fast: list[bool] | None = None

    def __post_init__(self) -> None:
        if self.fast is None and self.rows:
            rows = self.rows
            fix = list(map(_FIX, rows))
            if not all(map(lt, fix, fix[1:])):  # equal fix times: in order when their seqs are
                keys = list(map(_FIX_ORDER, rows))
                if not all(map(le, keys, keys[1:])):
                    self.order = sorted(range(len(rows)), key=keys.__getitem__)
                    rows = [rows[i] for i in self.order]
                    fix = list(map(_FIX, rows))
            self.fast = too_fast_series(None, fix, list(map(_LAT, rows)), list(map(_LON, rows)))

    @staticmethod
    def apply_batch(group: Group, jobs: list[PositionsJob]) -> list[Any]:
        """Classify every job, insert all new rows in one executemany, then derive flags job by job."""
        pending: dict[int, dict[int, int]] = {}
        plans: list[_Plan | ApiError] = []
        for job in jobs:
            try:
                plans.append(job._classify(group, pending))
            except ApiError as exc:
                plans.append(exc)
        rows = list(chain.from_iterable(plan.rows for plan in plans if isinstance(plan, _Plan)))
        if rows:
            insert_rows(group.conn, "positions", _COLUMNS, rows)
        outcomes: list[Any] = []
        # A set: two late batches of one device in a group may both re-derive the same neighbour's flag.
        flags: set[tuple[int, int, str]] = set()
        for plan in plans:
            if isinstance(plan, ApiError):
                outcomes.append(plan)
                continue
            if plan.rows:
                plan.job._derive(group, plan)
            flags.update((plan.job.device_id, seq, code) for seq, codes in plan.flagged.items() for code in codes)
            group.touch(plan.job.device_id)
            outcomes.append(PositionsOutcome(len(plan.rows), plan.duplicates, plan.rejected, plan.state.high_seq))
        if flags:
            created_at = bind_processor(group.conn, _flags.c.created_at)(group.now)
            insert_rows(group.conn, "flags", _FLAG_COLUMNS,
                        [(device_id, seq, code, created_at) for device_id, seq, code in sorted(flags)])
        return outcomes

    def apply(self, group: Group) -> PositionsOutcome:
        """A single job is a batch of one."""
        outcome = self.apply_batch(group, [self])[0]
        if isinstance(outcome, ApiError):
            raise outcome
        return outcome

    def _classify(self, group: Group, pending: dict[int, dict[int, int]]) -> _Plan:
        """Split the request into new rows, duplicates and conflicts (resends within this group included)."""
        state = group.device(self.device_id)
        if not state.last_fix_loaded:
            load_trace_ends(group.conn, self.device_id, state)
        seqs = list(map(_SEQ, self.rows))
        if seqs and self.device_id not in pending and min(seqs) > state.high_seq and len(set(seqs)) == len(seqs):
            return self._all_new(group, pending, state, seqs)
        rejected = list(self.rejected)
        duplicates = 0
        fresh: dict[int, tuple] = {}
        earlier = pending.setdefault(self.device_id, {})
        for row in self.rows:
            seq, fingerprint = row[1], row[15]
            seen = fresh.get(seq)
            known = earlier.get(seq, seen[15] if seen else None)
            if known is None:
                fresh[seq] = row
            elif known == fingerprint:
                duplicates += 1
            else:
                rejected.append(_conflict(seq))
        resent = [seq for seq in fresh if seq <= state.high_seq]
        if resent:
            c = _positions.c
            stored = group.conn.execute(
                select(c.seq, c.digest).where(c.device_id == self.device_id, c.seq.in_(resent))
            )
            for seq, fingerprint in stored:
                if fresh.pop(seq)[15] == fingerprint:
                    duplicates += 1
                else:
                    rejected.append(_conflict(seq))
        earlier.update((seq, row[15]) for seq, row in fresh.items())
        if fresh:
            state.high_seq = max(state.high_seq, max(fresh))
        flagged = {seq: list(codes) for seq, codes in self.flagged.items() if seq in fresh}
        limit = group.settings.accuracy_limit_m
        for seq, row in fresh.items():
            if row[7] > limit:
                flagged.setdefault(seq, []).append(LOW_ACCURACY)
        return _Plan(self, state, list(fresh.values()), duplicates, rejected, flagged)

    def _all_new(self, group: Group, pending: dict[int, dict[int, int]], state: DeviceState, seqs: list[int]) -> _Plan:
        """The usual case, in C-speed steps: every seq is above the stored ones and none repeats."""
        pending[self.device_id] = dict(zip(seqs, map(_DIGEST, self.rows)))
        state.high_seq = max(seqs)
        flagged = {seq: list(codes) for seq, codes in self.flagged.items()}
        limit = group.settings.accuracy_limit_m
        if max(map(_ACCURACY, self.rows)) > limit:
            for row in self.rows:
                if row[7] > limit:
                    flagged.setdefault(row[1], []).append(LOW_ACCURACY)
        return _Plan(self, state, self.rows, 0, list(self.rejected), flagged)

    def _derive(self, group: Group, plan: _Plan) -> None:
        """Speed flags in fix-time order (late positions re-derive their neighbours), latest fix, event."""
        state, flagged, device_id = plan.state, plan.flagged, self.device_id
        whole = len(plan.rows) == len(self.rows) and self.fast is not None  # nothing was a resend
        if whole:
            rows = self.rows if self.order is None else [self.rows[i] for i in self.order]
        else:
            rows = sorted(plan.rows, key=_FIX_ORDER)
        first, last = rows[0], rows[-1]
        if state.last_fix is None or first[2] >= state.last_fix[0]:
            if whole:  # the job's own series, but for its first row, which follows the stored trace
                fast = self.fast
                if too_fast(state.last_fix, first[2], first[5], first[6]):
                    flagged.setdefault(first[1], []).append(IMPOSSIBLE_SPEED)
            else:
                fast = too_fast_series(state.last_fix, [r[2] for r in rows], [r[5] for r in rows],
                                       [r[6] for r in rows])
            if any(fast):
                for row, is_fast in zip(rows, fast):
                    if is_fast:
                        flagged.setdefault(row[1], []).append(IMPOSSIBLE_SPEED)
            upper = None
        else:
            upper = recheck_trace(group, device_id, first[2], last[2], flagged)
        if state.last_visit_ms is not None and state.last_visit_ms > first[2]:
            recheck_visits(group, device_id, first[2], upper)
        latest_fix = None
        if state.last_fix is None or last[2] >= state.last_fix[0]:
            state.last_fix = (last[2], last[5], last[6])
            group.touch(device_id, battery_pct=last[11], charging=last[12])
            latest_fix = LatestPosition(last[1], from_ms(last[2]), last[5], last[6], last[7], last[11], last[12])
        group.events.append(PositionsStored(str(device_id), str(state.agent_id), len(rows), latest_fix, flagged))


def _conflict(seq: int) -> RejectedPosition:
    return RejectedPosition(seq, "seq_conflict", "this seq is already stored with other content")

"""Storing a device's batch of positions exactly once, with their flags (writer thread)."""

from __future__ import annotations

import zlib
from dataclasses import dataclass, field

import msgspec
from sqlalchemy import and_, delete, func, insert, select

from mobile_protocol.messages import Position, RejectedPosition

from .clock import to_ms
from .db.models import Flag, Position as PositionRow, Visit
from .events import LatestPosition, PositionsStored
from .flags import CLOCK_SKEW_MS, IMPOSSIBLE_SPEED, fix_flags, too_fast, too_fast_series
from .writer import Group

_positions = PositionRow.__table__
_flags = Flag.__table__
_visits = Visit.__table__
_encoder = msgspec.json.Encoder()


def digests(positions: list[Position]) -> list[int]:
    """Stable 64-bit fingerprints of each position's canonical encoding (crc32 and adler32 side by side)."""
    lines = _encoder.encode_lines(positions).split(b"\n")
    return [(zlib.crc32(line) << 32 | zlib.adler32(line)) - (1 << 63) for line in lines[: len(positions)]]


@dataclass(frozen=True, slots=True)
class PositionsOutcome:
    """What the writer did with one request's positions."""

    accepted: int
    duplicates: int
    rejected: list[RejectedPosition]
    high_seq: int


@dataclass(slots=True)
class PositionsJob:
    """One request's positions, already decoded and checked item by item."""

    device_id: int
    positions: list[Position]
    received_ms: int
    rejected: list[RejectedPosition] = field(default_factory=list)

    def apply(self, group: Group) -> PositionsOutcome:
        """Insert new positions, classify resends, flag what the trace shows (in the group's transaction)."""
        state = group.device(self.device_id)
        conn = group.conn
        if not state.last_fix_loaded:
            load_trace_ends(conn, self.device_id, state)
        rejected = list(self.rejected)
        duplicates = 0
        fresh: dict[int, tuple[Position, int]] = {}
        for position, fingerprint in zip(self.positions, digests(self.positions)):
            seen = fresh.get(position.seq)
            if seen is None:
                fresh[position.seq] = (position, fingerprint)
            elif seen[1] == fingerprint:
                duplicates += 1
            else:
                rejected.append(_conflict(position.seq))
        resent = [seq for seq in fresh if seq <= state.high_seq]
        if resent:
            stored = conn.execute(
                select(_positions.c.seq, _positions.c.digest).where(
                    _positions.c.device_id == self.device_id, _positions.c.seq.in_(resent)
                )
            )
            for seq, fingerprint in stored:
                if fresh.pop(seq)[1] == fingerprint:
                    duplicates += 1
                else:
                    rejected.append(_conflict(seq))
        if fresh:
            self._insert(group, state, list(fresh.values()))
        group.touch(self.device_id)
        return PositionsOutcome(len(fresh), duplicates, rejected, state.high_seq)

    def _insert(self, group: Group, state, new: list[tuple[Position, int]]) -> None:
        conn, limit, received = group.conn, group.settings.accuracy_limit_m, self.received_ms
        rows, flagged = [], {}
        device_id = self.device_id
        for p, fingerprint in new:
            fix, device_ms = to_ms(p.fix_time), to_ms(p.device_time)
            rows.append((device_id, p.seq, fix, device_ms, received, p.lat, p.lon, p.accuracy_m, p.altitude_m,
                         p.speed_mps, p.bearing_deg, p.battery_pct, p.charging, p.mock, p.provider, fingerprint))
            if p.mock or p.accuracy_m > limit or abs(device_ms - received) > CLOCK_SKEW_MS:
                codes = fix_flags(mock=p.mock, accuracy_m=p.accuracy_m, accuracy_limit_m=limit, fix_ms=fix,
                                  device_ms=device_ms, received_ms=received)
                if codes:
                    flagged[p.seq] = codes
        conn.exec_driver_sql(insert_sql(conn), rows)
        rows.sort(key=lambda r: (r[2], r[1]))
        first, last = rows[0], rows[-1]
        if state.last_fix is None or first[2] >= state.last_fix[0]:
            fast = too_fast_series(state.last_fix, [r[2] for r in rows], [r[5] for r in rows], [r[6] for r in rows])
            for row, is_fast in zip(rows, fast):
                if is_fast:
                    flagged.setdefault(row[1], []).append(IMPOSSIBLE_SPEED)
            upper = None
        else:
            upper = recheck_trace(group, device_id, first[2], last[2], flagged)
        if flagged:
            conn.execute(insert(_flags), [
                {"device_id": device_id, "seq": seq, "code": code, "created_at": group.now}
                for seq, codes in flagged.items() for code in codes
            ])
        if state.last_visit_ms is not None and state.last_visit_ms > first[2]:
            recheck_visits(group, device_id, first[2], upper)
        if state.last_fix is None or last[2] >= state.last_fix[0]:
            state.last_fix = (last[2], last[5], last[6])
            latest = next(p for p, _ in new if p.seq == last[1])
            group.touch(device_id, battery_pct=latest.battery_pct, charging=latest.charging)
            fix = LatestPosition(
                latest.seq, latest.fix_time, latest.lat, latest.lon, latest.accuracy_m, latest.battery_pct, latest.charging
            )
            group.events.append(PositionsStored(str(device_id), str(state.agent_id), len(rows), fix, flagged))
        else:
            group.events.append(PositionsStored(str(device_id), str(state.agent_id), len(rows), None, flagged))
        state.high_seq = max(state.high_seq, max(r[1] for r in rows))


_COLUMNS = ("device_id", "seq", "fix_ms", "device_ms", "received_ms", "lat", "lon", "accuracy_m", "altitude_m",
            "speed_mps", "bearing_deg", "battery_pct", "charging", "mock", "provider", "digest")
_PLACEHOLDER = {"qmark": "?", "format": "%s", "pyformat": "%s"}


def insert_sql(conn) -> str:
    """A plain positional INSERT for the driver's executemany (the hot path skips SQL compilation)."""
    mark = _PLACEHOLDER[conn.dialect.paramstyle]
    return f"INSERT INTO positions ({', '.join(_COLUMNS)}) VALUES ({', '.join([mark] * len(_COLUMNS))})"


def load_trace_ends(conn, device_id: int, state) -> None:
    """Load the device's latest position and latest visit fix into the writer's cache."""
    p, v = _positions.c, _visits.c
    state.last_fix = conn.execute(
        select(p.fix_ms, p.lat, p.lon).where(p.device_id == device_id).order_by(p.fix_ms.desc()).limit(1)
    ).first()
    state.last_visit_ms = conn.scalar(select(func.max(v.fix_ms)).where(v.device_id == device_id))
    # The positions themselves are the truth about which seqs are stored (devices.high_seq is a copy).
    stored_high = conn.scalar(select(func.max(p.seq)).where(p.device_id == device_id)) or 0
    state.high_seq = max(state.high_seq, stored_high)
    state.last_fix_loaded = True


def _conflict(seq: int) -> RejectedPosition:
    return RejectedPosition(seq, "seq_conflict", "this seq is already stored with other content")


def recheck_trace(group: Group, device_id: int, low: int, high: int, flagged: dict[int, list[str]]) -> int | None:
    """Re-derive impossible_speed around late positions in fix-time order; returns the next fix after."""
    conn, c = group.conn, _positions.c
    prev = conn.execute(
        select(c.fix_ms, c.lat, c.lon).where(c.device_id == device_id, c.fix_ms < low).order_by(c.fix_ms.desc()).limit(1)
    ).first()
    upper = conn.scalar(select(c.fix_ms).where(c.device_id == device_id, c.fix_ms > high).order_by(c.fix_ms).limit(1))
    window = conn.execute(
        select(c.seq, c.fix_ms, c.lat, c.lon)
        .where(c.device_id == device_id, c.fix_ms >= low, c.fix_ms <= (upper if upper is not None else high))
        .order_by(c.fix_ms, c.seq)
    ).all()
    seqs = [row.seq for row in window]
    stored = set(
        conn.scalars(
            select(_flags.c.seq).where(
                _flags.c.device_id == device_id, _flags.c.code == IMPOSSIBLE_SPEED, _flags.c.seq.in_(seqs)
            )
        )
    )
    now_fast, gone = set(), []
    for row in window:
        if too_fast(prev, row.fix_ms, row.lat, row.lon):
            now_fast.add(row.seq)
        prev = (row.fix_ms, row.lat, row.lon)
    for seq in now_fast - stored:
        flagged.setdefault(seq, []).append(IMPOSSIBLE_SPEED)
    gone = list(stored - now_fast)
    if gone:
        conn.execute(
            delete(_flags).where(
                _flags.c.device_id == device_id, _flags.c.code == IMPOSSIBLE_SPEED, _flags.c.seq.in_(gone)
            )
        )
    return upper


def recheck_visits(group: Group, device_id: int, low: int, upper: int | None) -> None:
    """Re-derive impossible_speed of visits whose previous position may have changed."""
    conn, v, c = group.conn, _visits.c, _positions.c
    condition = and_(v.device_id == device_id, v.fix_ms > low)
    if upper is not None:
        condition = and_(condition, v.fix_ms <= upper)
    for visit_id, fix_ms, lat, lon in conn.execute(select(v.id, v.fix_ms, v.lat, v.lon).where(condition)):
        prev = conn.execute(
            select(c.fix_ms, c.lat, c.lon)
            .where(c.device_id == device_id, c.fix_ms < fix_ms)
            .order_by(c.fix_ms.desc())
            .limit(1)
        ).first()
        set_visit_flag(group, visit_id, IMPOSSIBLE_SPEED, too_fast(prev, fix_ms, lat, lon))


def set_visit_flag(group: Group, visit_id: str, code: str, wanted: bool) -> None:
    """Add or remove one derived flag on a stored visit."""
    conn, f = group.conn, _flags.c
    present = conn.scalar(select(f.id).where(f.visit_id == visit_id, f.code == code)) is not None
    if wanted and not present:
        conn.execute(insert(_flags).values(visit_id=visit_id, code=code, created_at=group.now))
    elif present and not wanted:
        conn.execute(delete(_flags).where(f.visit_id == visit_id, f.code == code))

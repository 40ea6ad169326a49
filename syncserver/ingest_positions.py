"""Storing a device's batch of positions exactly once, with their flags (writer thread)."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field

import msgspec
from sqlalchemy import and_, delete, insert, select

from mobile_protocol.messages import Position, RejectedPosition

from .clock import to_ms
from .db.models import Flag, Position as PositionRow, Visit
from .events import LatestPosition, PositionsStored
from .flags import IMPOSSIBLE_SPEED, fix_flags, too_fast
from .writer import Group

_positions = PositionRow.__table__
_flags = Flag.__table__
_visits = Visit.__table__
_encode = msgspec.json.Encoder().encode


def digest(content: bytes) -> int:
    """A stable 64-bit fingerprint of an item's canonical encoding."""
    return int.from_bytes(hashlib.blake2b(content, digest_size=8).digest(), "big", signed=True)


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
        rejected = list(self.rejected)
        duplicates = 0
        fresh: dict[int, tuple[Position, int]] = {}
        for position in self.positions:
            fingerprint = digest(_encode(position))
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
        conn, limit = group.conn, group.settings.accuracy_limit_m
        if not state.last_fix_loaded:
            state.last_fix = conn.execute(
                select(_positions.c.fix_ms, _positions.c.lat, _positions.c.lon)
                .where(_positions.c.device_id == self.device_id)
                .order_by(_positions.c.fix_ms.desc())
                .limit(1)
            ).first()
            state.last_fix_loaded = True
        rows, flag_rows, flagged = [], [], {}
        for position, fingerprint in new:
            fix = to_ms(position.fix_time)
            rows.append(
                {
                    "device_id": self.device_id,
                    "seq": position.seq,
                    "fix_ms": fix,
                    "device_ms": to_ms(position.device_time),
                    "received_ms": self.received_ms,
                    "lat": position.lat,
                    "lon": position.lon,
                    "accuracy_m": position.accuracy_m,
                    "altitude_m": position.altitude_m,
                    "speed_mps": position.speed_mps,
                    "bearing_deg": position.bearing_deg,
                    "battery_pct": position.battery_pct,
                    "charging": position.charging,
                    "mock": position.mock,
                    "provider": position.provider,
                    "digest": fingerprint,
                }
            )
            codes = fix_flags(
                mock=position.mock,
                accuracy_m=position.accuracy_m,
                accuracy_limit_m=limit,
                fix_ms=fix,
                device_ms=rows[-1]["device_ms"],
                received_ms=self.received_ms,
            )
            if codes:
                flagged[position.seq] = codes
        conn.execute(insert(_positions), rows)
        rows.sort(key=lambda r: (r["fix_ms"], r["seq"]))
        first, last = rows[0], rows[-1]
        if state.last_fix is None or first["fix_ms"] >= state.last_fix[0]:
            prev = state.last_fix
            for row in rows:
                if too_fast(prev, row["fix_ms"], row["lat"], row["lon"]):
                    flagged.setdefault(row["seq"], []).append(IMPOSSIBLE_SPEED)
                prev = (row["fix_ms"], row["lat"], row["lon"])
            upper = None
        else:
            upper = recheck_trace(group, self.device_id, first["fix_ms"], last["fix_ms"], flagged)
        for seq, codes in flagged.items():
            flag_rows.extend({"device_id": self.device_id, "seq": seq, "code": c, "created_at": group.now} for c in codes)
        if flag_rows:
            conn.execute(insert(_flags), flag_rows)
        recheck_visits(group, self.device_id, first["fix_ms"], upper)
        if state.last_fix is None or last["fix_ms"] >= state.last_fix[0]:
            state.last_fix = (last["fix_ms"], last["lat"], last["lon"])
            latest = next(p for p, _ in new if p.seq == last["seq"])
            group.touch(self.device_id, battery_pct=latest.battery_pct, charging=latest.charging)
            fix = LatestPosition(
                latest.seq, latest.fix_time, latest.lat, latest.lon, latest.accuracy_m, latest.battery_pct, latest.charging
            )
            group.events.append(PositionsStored(str(self.device_id), str(state.agent_id), len(rows), fix, flagged))
        else:
            group.events.append(PositionsStored(str(self.device_id), str(state.agent_id), len(rows), None, flagged))
        state.high_seq = max(state.high_seq, max(r["seq"] for r in rows))


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

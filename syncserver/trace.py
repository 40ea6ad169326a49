"""What the device's trace implies, in fix-time order: speed flags re-derived around late data."""

from __future__ import annotations

from sqlalchemy import and_, delete, func, insert, select

from .db.models import Flag, Position, Visit
from .flags import IMPOSSIBLE_SPEED, too_fast
from .writer import Group

_positions = Position.__table__
_flags = Flag.__table__
_visits = Visit.__table__


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

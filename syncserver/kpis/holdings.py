"""KPI holdings after a reassignment made now, by set-based statements instead of deriving each account again.

A reassignment at `now`, later than every assignment time of the accounts moved, changes only
the tail of their holdings (derive.holding_rows): the old holder's open holding (and, on an
unassignment, the any-agent one) ends on close = the local day of now − 1 µs; the new holder's
(and, from no agent, the any-agent one) starts today, merged into its latest holding when that
one ended yesterday or later. Payment credits (kpi_collected) move only for days after close.
The result equals what accounts_changed would derive (tests/test_holdings_moved.py checks it
against a full rebuild over random histories); when the precondition does not hold the caller
derives the accounts again with holdings_changed.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from datetime import date, datetime, timedelta
from decimal import Decimal

from sqlalchemy import Connection, delete, func, insert, literal, select, update

from ..admin import in_values
from ..db.kpi_models import KpiCollected, KpiHolding, Payment
from ..db.models import Account, AccountAssignment
from .days import NO_NEXT, NO_PREV, local_day
from .derive import ANY_AGENT, segment_key
from .summaries import _current, _lock, _Refresh, rebuild_summaries
from .summaries_refresh import segments_of

_holdings, _collected, _payments = KpiHolding.__table__, KpiCollected.__table__, Payment.__table__
_accounts, _assignments = Account.__table__, AccountAssignment.__table__
_TICK = timedelta(microseconds=1)


def can_follow_moves(conn: Connection, moves: Iterable[tuple[int, int | None]], now: datetime) -> bool:
    """Whether holdings_moved applies: before the writes, every assignment time of these accounts is
    earlier than now and each (account, old holder) has exactly its one open assignment row."""
    moves = list(moves)
    ids = [account_id for account_id, _old in moves]
    h = _assignments.c
    where = in_values(conn, h.account_id, ids)
    latest = conn.execute(select(func.max(h.assigned_at), func.max(h.unassigned_at)).where(where)).one()
    if any(moment is not None and moment >= now for moment in latest):
        return False
    open_rows = conn.execute(select(h.account_id, h.agent_id).where(where, h.unassigned_at.is_(None))).all()
    held = {account_id: old for account_id, old in moves if old is not None}
    return len(open_rows) == len(held) and all(held.get(account_id) == agent_id for account_id, agent_id in open_rows)


def holdings_moved(conn: Connection, moves: Iterable[tuple[int, int | None, int | None]], now: datetime) -> None:
    """Bring kpi_holdings, kpi_collected and kpi_daily up to date after (account, old, new) moves made at now.

    Call it after the assignment writes, when can_follow_moves said yes before them.
    """
    moves = list(moves)
    _lock(conn)
    settings = _current(conn)
    if settings is None:
        rebuild_summaries(conn)
        return
    zone, grace = settings
    today, close = local_day(now, zone), local_day(now - _TICK, zone)
    refresh = _Refresh(conn, zone, grace)
    ends: dict[int, list[int]] = defaultdict(list)  # agent (ANY_AGENT too) -> accounts whose holding ends
    starts: dict[int, list[int]] = defaultdict(list)  # agent -> accounts whose holding starts today
    for account_id, old, new in moves:
        if old is not None:
            ends[old].append(account_id)
        if new is not None:
            starts[new].append(account_id)
        if new is None and old is not None:
            ends[ANY_AGENT].append(account_id)
        if old is None and new is not None:
            starts[ANY_AGENT].append(account_id)
    credits = _payments_from(conn, [m[0] for m in moves], today)  # close + 1 or today: both holders credit today
    for agent_id, ids in ends.items():
        _end(conn, refresh, agent_id, ids, close, credits)
    for agent_id, ids in starts.items():
        _start(conn, refresh, agent_id, ids, today, credits)
    refresh.flush()


def _payments_from(conn: Connection, ids: list[int], first_day: int) -> dict[int, dict[int, Decimal]]:
    """Each account's payments by local day, from first_day on (the only days whose credits can move)."""
    p = _payments.c
    paid: dict[int, dict[int, Decimal]] = defaultdict(lambda: defaultdict(Decimal))
    for account_id, paid_on, amount in conn.execute(select(p.account_id, p.paid_on, p.amount).where(
            in_values(conn, p.account_id, ids), p.paid_on >= date.fromordinal(first_day))):
        paid[account_id][paid_on.toordinal()] += amount
    return paid


def _end(conn: Connection, refresh: _Refresh, agent_id: int, ids: list[int], close: int,
         credits: dict[int, dict[int, Decimal]]) -> None:
    """The agent's open holdings of these accounts end on `close`; its credits after it go."""
    k = _holdings.c
    conn.execute(update(_holdings).where(in_values(conn, k.account_id, ids), k.agent_id == agent_id,
                                         k.last_day == NO_NEXT).values(last_day=close))
    refresh.delta[(close, agent_id)]["h_ends"] += len(ids)
    if agent_id == ANY_AGENT:
        for segment in segments_of(conn, ids).values():
            refresh.segment_delta[(close, segment_key(segment))]["h_ends"] += 1
        return
    c = _collected.c
    lost = [(account_id, day, amount) for account_id in ids if account_id in credits
            for day, amount in credits[account_id].items() if day > close]
    if lost:
        conn.execute(delete(_collected).where(in_values(conn, c.account_id, [a for a, _d, _m in lost]),
                                              c.agent_id == agent_id, c.day > close))
        for _account_id, day, amount in lost:
            refresh.delta[(day, agent_id)]["collected"] -= amount


def _start(conn: Connection, refresh: _Refresh, agent_id: int, ids: list[int], today: int,
           credits: dict[int, dict[int, Decimal]]) -> None:
    """The agent's holdings of these accounts start today (extending one that ended yesterday or later)."""
    k = _holdings.c
    joined = dict(conn.execute(select(k.account_id, k.last_day).where(
        in_values(conn, k.account_id, ids), k.agent_id == agent_id, k.last_day >= today - 1)).all())
    if joined:
        conn.execute(update(_holdings).where(in_values(conn, k.account_id, list(joined)), k.agent_id == agent_id,
                                             k.last_day >= today - 1).values(last_day=NO_NEXT))
        for last in joined.values():
            refresh.delta[(last, agent_id)]["h_ends"] -= 1
    fresh = [account_id for account_id in ids if account_id not in joined]
    if agent_id == ANY_AGENT:
        segments = segments_of(conn, ids)
        for account_id, last in joined.items():
            refresh.segment_delta[(last, segment_key(segments.get(account_id)))]["h_ends"] -= 1
        for account_id in fresh:
            refresh.segment_delta[(today, segment_key(segments.get(account_id)))]["h_starts"] += 1
    if fresh:
        earlier = _latest_last(agent_id)
        rows = select(_accounts.c.id, literal(agent_id), literal(today), literal(NO_NEXT),
                      func.coalesce(earlier, NO_PREV), _accounts.c.segment).where(in_values(conn, _accounts.c.id, fresh))
        conn.execute(insert(_holdings).from_select(["account_id", "agent_id", "first_day", "last_day", "prev_last",
                                                    "segment"], rows))
        refresh.delta[(today, agent_id)]["h_starts"] += len(fresh)
    if agent_id == ANY_AGENT:
        return
    gained = []
    for account_id in ids:
        after = joined.get(account_id, today - 1)  # days after this one are new to the agent
        gained += [{"account_id": account_id, "agent_id": agent_id, "day": day, "amount": amount}
                   for day, amount in sorted(credits.get(account_id, {}).items()) if day > after]
    if gained:
        conn.execute(insert(_collected), gained)
        for row in gained:
            refresh.delta[(row["day"], agent_id)]["collected"] += row["amount"]


def _latest_last(agent_id: int):
    """The last day of the agent's latest earlier holding of the outer account (a correlated subquery)."""
    inner = _holdings.alias("earlier")
    return (select(func.max(inner.c.last_day))
            .where(inner.c.account_id == _accounts.c.id, inner.c.agent_id == agent_id)
            .scalar_subquery())

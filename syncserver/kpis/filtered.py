"""The KPIs of docs/kpis.md restricted to one agent and/or one segment, for the dashboard's filters.

Without a filter this is `compute_kpis`. One segment without an agent, overall or per day, reads
that segment's per-day summaries (segments.py). Otherwise every measure reads the same summary
tables with the filter in the WHERE clause. Distinct accounts use the "inside" formula of measures.py
(rows of [F, T] whose previous day in their chain is before F; per day, F is the row's own day);
the chain is (account, agent) when an agent is filtered or grouped on, else the account's. An
agent's collected amount is the payments on the accounts it held during the period (per day too).
"""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

from sqlalchemy import Connection, Engine, and_, func, literal, or_, select, union_all

from ..db.kpi_models import KpiAccountDay, KpiCollected, KpiPromise, Payment
from ..db.models import Account, AccountAssignment, Agent
from ..db.types import UtcDateTime
from .days import branch_kpi_settings, period_bounds, today, zone_of
from .measures import Measures, _count, _put, _total
from .period import Period
from .report import BY, KpiGroup, KpiReport, compute_kpis
from .segments import segment_days, segment_measures
from .summaries import ensure_summaries

_days, _promises, _accounts = KpiAccountDay.__table__, KpiPromise.__table__, Account.__table__
_held, _payments, _credits = AccountAssignment.__table__, Payment.__table__, KpiCollected.__table__
_CENT = Decimal("0.01")
_SUMS = ("attempts", "contacts", "rpc", "promises", "promised_amount", "accounts_attempted", "accounts_contacted")


def filtered_kpis(bind: Engine | Connection, first: date, last: date, *, by: str = "none",
                  agent_id: int | None = None, segment: str | None = None, as_of: date | None = None,
                  assigned: bool = True) -> KpiReport:
    """compute_kpis for first..last, counting only the agent's visits and/or the segment's accounts.

    With a filter, assigned=False leaves assigned_accounts at 0 (and penetration null): the daily
    trend does not show them, and counting each day's holdings is most of the cost by day.
    """
    if agent_id is None and segment is None:
        return compute_kpis(bind, first, last, by=by, as_of=as_of)
    if by not in BY:
        raise ValueError(f"by must be one of {', '.join(BY)}, not {by!r}")
    if isinstance(bind, Connection):
        ensure_summaries(bind)
        return _compute(bind, first, last, by, agent_id, segment, as_of, assigned)
    with bind.connect().execution_options(sqlite_begin="IMMEDIATE") as conn, conn.begin():
        ensure_summaries(conn)
    with bind.connect() as conn, conn.begin():
        return _compute(conn, first, last, by, agent_id, segment, as_of, assigned)


def _compute(conn: Connection, first: date, last: date, by: str, agent_id: int | None, segment: str | None,
             as_of: date | None, assigned: bool) -> KpiReport:
    timezone, _grace = branch_kpi_settings(conn)
    zone = zone_of(timezone)
    p = Period.of(first, last, as_of or today(zone), zone)
    out: Measures = {}
    if agent_id is None and by == "none":  # one segment: its per-day summaries
        out = {None: segment_measures(conn, p, segment).get(segment, {})}
    elif agent_id is None and by == "day" and not assigned:
        out = segment_days(conn, p, segment)
        _promise_outcomes(conn, p, out, by, agent_id, segment)
        _collected(conn, p, out, by, agent_id, segment)
    else:
        _visits(conn, p, out, by, agent_id, segment)
        _promise_outcomes(conn, p, out, by, agent_id, segment)
        if assigned:
            _assigned(conn, p, out, by, agent_id, segment)
        _collected(conn, p, out, by, agent_id, segment)
    if by == "day":
        for ordinal in range(p.f, p.t + 1):
            out.setdefault(ordinal, {})
    if by == "none":
        out.setdefault(None, {})
    codes = dict(conn.execute(select(Agent.id, Agent.code)).all()) if by == "agent" else {}
    groups = []
    for key, values in out.items():
        if by not in ("day", "none") and not any(values.values()):
            continue
        name = codes[key] if by == "agent" else date.fromordinal(key) if by == "day" else key
        groups.append(KpiGroup(name, **{k: _value(k, v) for k, v in values.items()}))
    groups.sort(key=lambda group: (group.key is None, group.key or ""))
    return KpiReport(first, last, timezone, p.as_of, by, tuple(groups))


def _value(name: str, value) -> Decimal | int:
    return Decimal(value or 0).quantize(_CENT) if name.endswith("_amount") else int(value or 0)


def _visits(conn: Connection, p: Period, out: Measures, by: str, agent_id: int | None, segment: str | None) -> None:
    a = _days.c
    chain = "agent" if agent_id is not None or by == "agent" else "acct"
    since = a.day if by == "day" else p.f
    key = {"agent": a.agent_id, "segment": a.segment, "day": a.day}.get(by)  # the rows carry their segment
    columns = [_total(a.attempts), _total(a.contacts), _total(a.rpc), _total(a.promises), _total(a.promised),
               _count(a[f"a_prev_{chain}"] < since), _count(a[f"c_prev_{chain}"] < since)]
    statement = select(*([key] if key is not None else []), *columns).select_from(_days)
    if agent_id is not None:  # one seek per day on (day, agent_id): SQLite otherwise ranges over every agent's rows
        statement = statement.where(a.day.in_(list(range(p.f, p.t + 1))), a.agent_id == agent_id)
    elif segment is not None:  # one seek per day on (day, segment): only the segment's rows are read
        statement = statement.where(a.day.in_(list(range(p.f, p.t + 1))))
    else:
        statement = statement.where(a.day.between(p.f, p.t))
    if segment is not None:
        statement = statement.where(a.segment == segment)
    rows = conn.execute(statement.group_by(key) if key is not None else statement).all()
    _put(out, rows if key is not None else [(None, *row) for row in rows], _SUMS)


def _promise_outcomes(conn: Connection, p: Period, out: Measures, by: str, agent_id: int | None,
                      segment: str | None) -> None:
    k = _promises.c
    matured = k.settles_by < p.as_of.toordinal()
    key = {"agent": k.agent_id, "day": k.day, "segment": k.segment}.get(by)
    statement = select(*([key] if key is not None else []), _count(matured), _count(matured & k.kept))
    statement = statement.select_from(_promises).where(k.day.between(p.f, p.t))
    if agent_id is not None:
        statement = statement.where(k.agent_id == agent_id)
    if segment is not None:
        statement = statement.where(k.segment == segment)
    rows = conn.execute(statement.group_by(key) if key is not None else statement).all()
    _put(out, rows if key is not None else [(None, *row) for row in rows], ("promises_matured", "promises_kept"))


def _overlaps(start, end):
    h = _held.c
    return and_(h.assigned_at < end, or_(h.unassigned_at.is_(None), h.unassigned_at > start))


def _segment_accounts(segment: str):
    """The segment's account ids as a subquery: SQLite builds it once, instead of reading each account's row."""
    return select(_accounts.c.id).where(_accounts.c.segment == segment)


def _held_where(statement, agent_id: int | None, segment: str | None):
    if agent_id is not None:
        statement = statement.where(_held.c.agent_id == agent_id)
    if segment is not None:
        statement = statement.where(_held.c.account_id.in_(_segment_accounts(segment)))
    return statement


def _assigned(conn: Connection, p: Period, out: Measures, by: str, agent_id: int | None, segment: str | None) -> None:
    h, acc = _held.c, _accounts.c
    source = _held.join(_accounts, acc.id == h.account_id)
    distinct = func.count(func.distinct(h.account_id))
    if by == "day":
        days = [p.first + timedelta(days=i) for i in range((p.last - p.first).days + 1)]
        for start in range(0, len(days), 400):  # SQLite allows 500 terms in one compound SELECT
            calendar = union_all(*(_calendar_row(day, p) for day in days[start : start + 400])).subquery()
            statement = select(calendar.c.day, distinct).select_from(
                calendar.join(_held, _overlaps(calendar.c.s, calendar.c.e)).join(_accounts, acc.id == h.account_id))
            rows = conn.execute(_held_where(statement, agent_id, segment).group_by(calendar.c.day)).all()
            _put(out, rows, ("assigned_accounts",))
        return
    key = {"agent": h.agent_id, "segment": acc.segment}.get(by)
    statement = select(*([key] if key is not None else []), distinct)
    statement = statement.select_from(source if by == "segment" else _held)
    statement = _held_where(statement.where(_overlaps(p.start, p.end)), agent_id, segment)
    rows = conn.execute(statement.group_by(key) if key is not None else statement).all()
    _put(out, rows if key is not None else [(None, *row) for row in rows], ("assigned_accounts",))


def _calendar_row(day: date, p: Period):
    s, e = period_bounds(day, day, p.zone)
    return select(literal(day.toordinal()).label("day"), literal(s, UtcDateTime()).label("s"),
                  literal(e, UtcDateTime()).label("e"))


def _collected(conn: Connection, p: Period, out: Measures, by: str, agent_id: int | None, segment: str | None) -> None:
    pay, acc = _payments.c, _accounts.c
    in_period = pay.paid_on.between(p.first, p.last)
    if agent_id is None and by == "agent":  # one segment by agent: the credits kept per account and holder
        c = _credits.c
        statement = (select(c.agent_id, _total(c.amount)).where(c.day.between(p.f, p.t))
                     .where(c.account_id.in_(_segment_accounts(segment))).group_by(c.agent_id))
        _put(out, conn.execute(statement).all(), ("collected_amount",))
        return
    if agent_id is not None or by == "agent":
        _collected_by_holder(conn, p, out, by, agent_id, segment)
        return
    key = {"segment": acc.segment, "day": pay.paid_on}.get(by)
    statement = select(*([key] if key is not None else []), _total(pay.amount))
    statement = statement.select_from(_payments.join(_accounts, acc.id == pay.account_id)).where(in_period)
    if segment is not None:
        statement = statement.where(acc.segment == segment)
    rows = conn.execute(statement.group_by(key) if key is not None else statement).all()
    if by == "day":
        rows = [(paid_on.toordinal(), total) for paid_on, total in rows]
    _put(out, rows if key is not None else [(None, *row) for row in rows], ("collected_amount",))


def _collected_by_holder(conn: Connection, p: Period, out: Measures, by: str, agent_id: int | None,
                         segment: str | None) -> None:
    """An agent's payments: those on the accounts it held at some moment of the payment's local day."""
    pay, h, acc = _payments.c, _held.c, _accounts.c
    statement = (select(h.agent_id, pay.id, pay.paid_on, pay.amount, acc.segment, h.assigned_at, h.unassigned_at)
                 .select_from(_payments.join(_held, h.account_id == pay.account_id)
                              .join(_accounts, acc.id == pay.account_id))
                 .where(pay.paid_on.between(p.first, p.last), _overlaps(p.start, p.end)))
    if agent_id is not None:  # start from the agent's accounts, not from every payment of the period
        held = select(h.account_id).where(h.agent_id == agent_id, _overlaps(p.start, p.end))
        statement = statement.where(pay.account_id.in_(held))
    bounds: dict[date, tuple] = {}
    counted: set[tuple[int, int]] = set()
    totals: dict = {}
    for holder, payment, paid_on, amount, account_segment, held_from, held_to in conn.execute(
            _held_where(statement, agent_id, segment)):
        start, end = bounds.get(paid_on) or bounds.setdefault(paid_on, period_bounds(paid_on, paid_on, p.zone))
        if held_from >= end or (held_to is not None and held_to <= start) or (holder, payment) in counted:
            continue
        counted.add((holder, payment))
        key = {"agent": holder, "segment": account_segment, "day": paid_on.toordinal()}.get(by)
        totals[key] = totals.get(key, Decimal(0)) + amount
    if by == "none":
        totals.setdefault(None, Decimal(0))
    _put(out, list(totals.items()), ("collected_amount",))

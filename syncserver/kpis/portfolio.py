"""assigned_accounts and collected_amount, from the holdings (assignment history in local days) and the payments.

An account is assigned to an agent in a period if the agent held it at some moment of one of its
days. Distinct accounts held in [F, T] = holdings that started by T minus those that ended before
F (kpi_daily) minus the holdings that overlap [F, T] after an earlier one of the same pair did
(kpi_holdings, rare). An agent's collected amount is the payments on the days it held the
account; without grouping, or by segment or day, every payment counts.
"""

from __future__ import annotations

from functools import cache

from sqlalchemy import Connection, Date, Select, bindparam, case, func, literal_column

from ..db.kpi_models import KpiDaily, KpiHolding, Payment
from ..db.models import Account
from .derive import ANY_AGENT
from .measures import F, Measures, T, _count, _grouped, _put, _total
from .period import Period

_daily, _holdings, _payments, _accounts = KpiDaily.__table__, KpiHolding.__table__, Payment.__table__, Account.__table__
FIRST, LAST = bindparam("first", type_=Date()), bindparam("last", type_=Date())


def _sum_if(condition, column):
    return func.coalesce(func.sum(case((condition, column), else_=0)), 0)


@cache
def _statements(by: str) -> dict[str, Select]:
    """The statements of one grouping, by name."""
    d, h, pay, acc = _daily.c, _holdings.c, _payments.c, _accounts.c
    in_period = pay.paid_on.between(FIRST, LAST)
    agents = d.agent_id != ANY_AGENT
    held = _sum_if(d.day <= T, d.h_starts) - _sum_if(d.day < F, d.h_ends)
    # Written as the partial index's condition: only the days on which holdings changed are read.
    changed = (d.h_starts != literal_column("0")) | (d.h_ends != literal_column("0"))
    gaps = (h.prev_last >= F) & (h.first_day <= T)
    if by == "agent":
        return {
            "held": _grouped(d.agent_id, held, where=(d.day <= T) & agents & changed),
            "gaps": _grouped(h.agent_id, func.count(), where=gaps & (h.agent_id != ANY_AGENT)),
            "collected": _grouped(d.agent_id, _total(d.collected), where=d.day.between(F, T) & agents),
        }
    if by == "none":
        return {
            "held": _grouped(None, held, where=(d.day <= T) & (d.agent_id == ANY_AGENT) & changed),
            "gaps": _grouped(None, func.count(), where=gaps & (h.agent_id == ANY_AGENT)),
            "collected": _grouped(None, _total(pay.amount), where=in_period),
        }
    if by == "day":
        any_agent = d.agent_id == ANY_AGENT
        return {
            "before": _grouped(None, _sum_if(d.day < F, d.h_starts), _sum_if(d.day < F, d.h_ends),
                               where=(d.day < F) & any_agent & changed),
            "days": _grouped(d.day, _total(d.h_starts), _total(d.h_ends), where=d.day.between(F, T) & any_agent),
            "collected": _grouped(pay.paid_on, _total(pay.amount), where=in_period),
        }
    overlapping = (h.first_day <= T) & (h.last_day >= F) & (h.prev_last < F) & (h.agent_id == ANY_AGENT)
    return {
        "assigned": _grouped(acc.segment, _count(overlapping), where=overlapping,
                             source=_holdings.join(_accounts, acc.id == h.account_id)),
        "collected": _grouped(acc.segment, _total(pay.amount), where=in_period,
                              source=_payments.join(_accounts, acc.id == pay.account_id)),
    }


def portfolio_measures(conn: Connection, p: Period, by: str) -> Measures:
    """assigned_accounts and collected_amount per group."""
    out: Measures = {}
    params = {"f": p.f, "t": p.t, "first": p.first, "last": p.last}
    statements = _statements(by)
    run = lambda name: conn.execute(statements[name], params).all()
    keyed = by != "none"
    if by in ("agent", "none"):
        add = lambda old, new: old + new
        _put(out, run("held"), ("assigned_accounts",), add, keyed=keyed)
        _put(out, [(*row[:-1], -row[-1]) for row in run("gaps")], ("assigned_accounts",), add, keyed=keyed)
    elif by == "day":
        starts, ends = run("before")[0]
        changes = {day: (day_starts, day_ends) for day, day_starts, day_ends in run("days")}
        held, ended_before = starts, ends
        for day in range(p.f, p.t + 1):
            day_starts, day_ends = changes.get(day, (0, 0))
            held += day_starts
            out.setdefault(day, {})["assigned_accounts"] = held - ended_before
            ended_before += day_ends
    else:
        _put(out, run("assigned"), ("assigned_accounts",))
    rows = run("collected")
    if by == "day":
        rows = [(paid_on.toordinal(), amount) for paid_on, amount in rows]
    _put(out, rows, ("collected_amount",), keyed=keyed)
    return out

"""From one account's counted visits and payments to its summary rows (plain Python, no SQL).

An account-day row is what one agent did on one account on one local day. Each row carries the
previous and next day of the same chain: *_agent chains follow (account, agent), *_acct chains
follow the account whatever the agent, in (day, agent_id) order. So "accounts attempted in
[F, T]" is the number of rows in that range whose previous day is before F: no DISTINCT, and
sums over days. a_* chains link attempts; c_* chains link contacts (None on a day without one).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from decimal import Decimal
from typing import Any
from zoneinfo import ZoneInfo

from .days import NO_NEXT, NO_PREV, local_day

CONTACT_OUTCOMES = frozenset({"third_party", "rpc", "promise_to_pay"})
RPC_OUTCOMES = frozenset({"rpc", "promise_to_pay"})
PROMISE = "promise_to_pay"
DAILY_SUMS = ("attempts", "contacts", "rpc", "promises", "promised")
DAILY_FLAGS = (
    "a_rows", "a_first_agent", "a_last_agent", "a_first_acct", "a_last_acct", "a_new_acct",
    "c_first_agent", "c_last_agent", "c_first_acct", "c_last_acct", "c_new_acct", "c_rows",
)
DAILY_COLUMNS = DAILY_SUMS + DAILY_FLAGS + ("kept", "h_starts", "h_ends", "collected")
SEGMENT_FLAGS = ("a_rows", "a_first_acct", "a_last_acct", "a_new_acct", "c_rows", "c_first_acct", "c_last_acct",
                 "c_new_acct")
SEGMENT_COLUMNS = DAILY_SUMS + SEGMENT_FLAGS + ("kept", "h_starts", "h_ends")
NO_SEGMENT = ""  # kpi_segment_daily's key for accounts without a segment
ANY_AGENT = 0  # the agent_id of holdings by whichever agent
_TICK = timedelta(microseconds=1)


@dataclass(frozen=True, slots=True)
class CountedVisit:
    """A visit that counts (no other visit corrects it), with its local day."""

    id: str
    account_id: int
    agent_id: int
    day: int
    outcome: str
    promise_amount: Decimal | None
    promise_due: date | None
    hour: int = 0  # local hour of started_at
    verdict: str = ""


def _link(days: list[Any], row_of, prefix: str, suffix: str) -> None:
    """Set prev/next of a chain whose elements (already sorted) are `days`."""
    for i, element in enumerate(days):
        row = row_of(element)
        row[f"{prefix}_prev_{suffix}"] = days[i - 1][0] if i else NO_PREV
        row[f"{prefix}_next_{suffix}"] = days[i + 1][0] if i + 1 < len(days) else NO_NEXT


def account_day_rows(account_id: int, visits: list[CountedVisit]) -> list[dict[str, Any]]:
    """The kpi_account_days rows of one account."""
    rows: dict[tuple[int, int], dict[str, Any]] = {}
    add_visits(account_id, rows, visits)
    return link_account_days(rows)


def add_visits(account_id: int, rows: dict[tuple[int, int], dict[str, Any]], visits: Iterable[CountedVisit]) -> None:
    """Count visits into an account's rows keyed (day, agent_id), adding the rows they lack (chains not set)."""
    for visit in visits:
        row = rows.get((visit.day, visit.agent_id))
        if row is None:
            row = rows[(visit.day, visit.agent_id)] = {
                "account_id": account_id, "agent_id": visit.agent_id, "day": visit.day, "attempts": 0,
                "contacts": 0, "rpc": 0, "promises": 0, "promised": Decimal(0),
            }
        row["attempts"] += 1
        row["contacts"] += visit.outcome in CONTACT_OUTCOMES
        row["rpc"] += visit.outcome in RPC_OUTCOMES
        if visit.outcome == PROMISE:
            row["promises"] += 1
            row["promised"] += visit.promise_amount or Decimal(0)


def link_account_days(rows: dict[tuple[int, int], dict[str, Any]]) -> list[dict[str, Any]]:
    """Set the chains of one account's rows (keyed (day, agent_id)); returns them in (day, agent_id) order."""
    ordered = sorted(rows)  # (day, agent_id)
    for row in rows.values():
        row.update(c_prev_agent=None, c_next_agent=None, c_prev_acct=None, c_next_acct=None)
    contacted = [key for key in ordered if rows[key]["contacts"]]
    _link(ordered, rows.__getitem__, "a", "acct")
    _link(contacted, rows.__getitem__, "c", "acct")
    by_agent: dict[int, list[tuple[int, int]]] = defaultdict(list)
    for key in ordered:
        by_agent[key[1]].append(key)
    for keys in by_agent.values():
        _link(keys, rows.__getitem__, "a", "agent")
        _link([key for key in keys if rows[key]["contacts"]], rows.__getitem__, "c", "agent")
    return [rows[key] for key in ordered]


def daily_contribution(row: dict[str, Any]) -> dict[str, Any]:
    """What one account-day row adds to its (day, agent) kpi_daily row."""
    day, contacted = row["day"], row["c_prev_acct"] is not None
    return {
        **{name: row[name] for name in DAILY_SUMS},
        "a_rows": 1,
        "a_first_agent": int(row["a_prev_agent"] == NO_PREV),
        "a_last_agent": int(row["a_next_agent"] == NO_NEXT),
        "a_first_acct": int(row["a_prev_acct"] == NO_PREV),
        "a_last_acct": int(row["a_next_acct"] == NO_NEXT),
        "a_new_acct": int(row["a_prev_acct"] < day),
        "c_first_agent": int(contacted and row["c_prev_agent"] == NO_PREV),
        "c_last_agent": int(contacted and row["c_next_agent"] == NO_NEXT),
        "c_first_acct": int(contacted and row["c_prev_acct"] == NO_PREV),
        "c_last_acct": int(contacted and row["c_next_acct"] == NO_NEXT),
        "c_new_acct": int(contacted and row["c_prev_acct"] < day),
        "c_rows": int(contacted),
    }


def promise_rows(visits: list[CountedVisit], payments: list[tuple[date, Decimal]], grace_days: int) -> list[dict]:
    """The kpi_promises rows of one account: kept when its payments from the visit's day through due + grace cover it."""
    rows = []
    for visit in visits:
        if visit.outcome != PROMISE or visit.promise_due is None:
            continue
        settles_by = visit.promise_due.toordinal() + grace_days
        paid = sum((amount for paid_on, amount in payments if visit.day <= paid_on.toordinal() <= settles_by),
                   Decimal(0))
        amount = visit.promise_amount or Decimal(0)
        rows.append({"visit_id": visit.id, "account_id": visit.account_id, "agent_id": visit.agent_id,
                     "day": visit.day, "settles_by": settles_by, "amount": amount, "kept": paid >= amount})
    return rows


def holding_rows(account_id: int, assignments: list[tuple[int, datetime, datetime | None]], zone: ZoneInfo) -> list[dict]:
    """The kpi_holdings rows of one account: per agent, and for any agent, the merged local days it was held.

    An assignment row covers a local day when it began before the day's end and ended after its
    start: from the day of assigned_at to the day of the last microsecond before unassigned_at.
    """
    spans: dict[int, list[tuple[int, int]]] = defaultdict(list)
    for agent_id, assigned_at, unassigned_at in assignments:
        first = local_day(assigned_at, zone)
        last = NO_NEXT if unassigned_at is None else local_day(unassigned_at - _TICK, zone)
        if last >= first:
            spans[agent_id].append((first, last))
            spans[ANY_AGENT].append((first, last))
    rows = []
    for agent_id, days in spans.items():
        merged: list[list[int]] = []
        for first, last in sorted(days):
            if merged and first <= merged[-1][1] + 1:
                merged[-1][1] = max(merged[-1][1], last)
            else:
                merged.append([first, last])
        for i, (first, last) in enumerate(merged):
            rows.append({"account_id": account_id, "agent_id": agent_id, "first_day": first, "last_day": last,
                         "prev_last": merged[i - 1][1] if i else NO_PREV})
    return rows


def collected_rows(account_id: int, holdings: list[dict], payments: list[tuple[date, Decimal]]) -> list[dict]:
    """The kpi_collected rows of one account: each day's payments, for every agent that held it that day."""
    paid: dict[int, Decimal] = defaultdict(Decimal)
    for paid_on, amount in payments:
        paid[paid_on.toordinal()] += amount
    return [{"account_id": account_id, "agent_id": h["agent_id"], "day": day, "amount": amount}
            for h in holdings if h["agent_id"] != ANY_AGENT
            for day, amount in sorted(paid.items()) if h["first_day"] <= day <= h["last_day"]]


def holding_contributions(row: dict[str, Any]) -> list[tuple[tuple[int, int], dict[str, int]]]:
    """What a holding adds to kpi_daily: a start on its first day, an end on its last (if it ended)."""
    out = [((row["first_day"], row["agent_id"]), {"h_starts": 1})]
    if row["last_day"] != NO_NEXT:
        out.append(((row["last_day"], row["agent_id"]), {"h_ends": 1}))
    return out


def segment_key(segment: str | None) -> str:
    """An account's segment as kpi_segment_daily keys it."""
    return NO_SEGMENT if segment is None else segment


def visit_hour_rows(account_id: int, segment: str | None, visits: list[CountedVisit]) -> list[dict[str, Any]]:
    """The kpi_visit_hours rows of one account: its counted visits by day, hour, agent, outcome and verdict."""
    rows: dict[tuple, dict[str, Any]] = {}
    for visit in visits:
        key = (visit.day, visit.hour, visit.agent_id, visit.outcome, visit.verdict)
        row = rows.get(key)
        if row is None:
            row = rows[key] = {"day": visit.day, "hour": visit.hour, "agent_id": visit.agent_id,
                               "account_id": account_id, "outcome": visit.outcome, "verdict": visit.verdict,
                               "segment": segment, "attempts": 0, "promised": Decimal(0)}
        row["attempts"] += 1
        if visit.outcome == PROMISE:
            row["promised"] += visit.promise_amount or Decimal(0)
    return list(rows.values())

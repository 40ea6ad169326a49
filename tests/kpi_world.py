"""A KPI test world written straight into the database, and the plain-Python reference of the KPI definitions.

The world stores visits the way the writer does (insert, then `visits_stored` in the same
transaction) and payments the way the importer does (insert, then `accounts_changed`); the
reference reads nothing from the database: it recomputes every definition of docs/kpis.md from
the world's own lists.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from zoneinfo import ZoneInfo

from sqlalchemy import Engine, insert, update

from syncserver.db.kpi_models import Payment
from syncserver.db.models import (
    Account,
    AccountAssignment,
    Agent,
    BranchSettings,
    Device,
    Flag,
    Visit,
)
from syncserver.kpis import accounts_changed, visits_stored

CONTACTS = {"third_party", "rpc", "promise_to_pay"}
RPCS = {"rpc", "promise_to_pay"}
T0 = datetime(2026, 3, 1, tzinfo=UTC)


@dataclass
class VisitFact:
    id: str
    agent: str
    account: str
    started_at: datetime
    outcome: str
    amount: Decimal | None = None
    due: date | None = None
    corrects: str | None = None
    verdict: str = "inside"
    flags: tuple[str, ...] = ()


@dataclass
class World:
    """Agents, accounts, assignment history, visits and payments, in the database and in lists."""

    engine: Engine
    timezone: str = "America/Bogota"
    grace: int = 3
    agents: dict[str, int] = field(default_factory=dict)
    devices: dict[str, int] = field(default_factory=dict)
    accounts: dict[str, int] = field(default_factory=dict)
    segments: dict[str, str | None] = field(default_factory=dict)
    assignments: list[list] = field(default_factory=list)  # [account, agent, start, end or None]
    visits: list[VisitFact] = field(default_factory=list)
    payments: list[tuple[str, date, Decimal]] = field(default_factory=list)

    def __post_init__(self) -> None:
        with self.engine.begin() as conn:
            conn.execute(update(BranchSettings).values(timezone=self.timezone, kpi_grace_days=self.grace))

    def agent(self, code: str) -> None:
        with self.engine.begin() as conn:
            agent_id = conn.execute(insert(Agent).values(code=code, name=code, active=True, created_at=T0)).inserted_primary_key[0]
            device_id = conn.execute(insert(Device).values(
                agent_id=agent_id, install_id=str(uuid.uuid4()), token_hash=uuid.uuid4().bytes * 2, paired_at=T0,
                high_seq=0)).inserted_primary_key[0]
        self.agents[code], self.devices[code] = agent_id, device_id

    def account(self, ref: str, segment: str | None = None, agent: str | None = None, at: datetime = T0) -> None:
        with self.engine.begin() as conn:
            self.accounts[ref] = conn.execute(insert(Account).values(
                external_ref=ref, debtor_name=ref, address="Calle 1", balance=Decimal("100.00"), currency="COP",
                days_past_due=0, segment=segment, updated_at=T0)).inserted_primary_key[0]
        self.segments[ref] = segment
        if agent:
            self.assign(ref, agent, at)

    def assign(self, ref: str, agent: str | None, at: datetime) -> None:
        """Move the account to `agent` (None: unassign) at `at`, closing the open assignment."""
        with self.engine.begin() as conn:
            a = AccountAssignment.__table__.c
            conn.execute(update(AccountAssignment).where(a.account_id == self.accounts[ref], a.unassigned_at.is_(None))
                         .values(unassigned_at=at))
            for row in self.assignments:
                if row[0] == ref and row[3] is None:
                    row[3] = at
            if agent is not None:
                conn.execute(insert(AccountAssignment).values(
                    account_id=self.accounts[ref], agent_id=self.agents[agent], assigned_at=at))
                self.assignments.append([ref, agent, at, None])
            conn.execute(update(Account).where(Account.id == self.accounts[ref])
                         .values(agent_id=self.agents[agent] if agent else None))
            accounts_changed(conn, [self.accounts[ref]])  # as syncserver.changes does

    def resegment(self, ref: str, segment: str | None) -> None:
        """Change the account's segment and its summaries, as an accounts import does."""
        with self.engine.begin() as conn:
            conn.execute(update(Account).where(Account.id == self.accounts[ref]).values(segment=segment))
            accounts_changed(conn, [self.accounts[ref]])
        self.segments[ref] = segment

    def store_visits(self, facts: list[VisitFact]) -> None:
        """Insert visits in one transaction and update the summaries, as the writer thread does."""
        rows = [self._row(fact) for fact in facts]
        with self.engine.begin() as conn:
            conn.execute(insert(Visit), rows)
            flags = [{"visit_id": fact.id, "code": code, "created_at": T0} for fact in facts for code in fact.flags]
            if flags:
                conn.execute(insert(Flag), flags)
            visits_stored(conn, rows)
        self.visits += facts

    def visit(self, agent: str, account: str, started_at: datetime, outcome: str, amount: str | None = None,
              due: date | None = None, corrects: str | None = None, verdict: str = "inside",
              flags: tuple[str, ...] = ()) -> str:
        fact = VisitFact(str(uuid.uuid4()), agent, account, started_at, outcome,
                         Decimal(amount) if amount is not None else None, due, corrects, verdict, flags)
        self.store_visits([fact])
        return fact.id

    def pay(self, ref: str, paid_on: date, amount: str) -> None:
        with self.engine.begin() as conn:
            conn.execute(insert(Payment).values(account_id=self.accounts[ref], paid_on=paid_on, amount=Decimal(amount),
                                                reference=str(uuid.uuid4()), imported_at=T0))
            accounts_changed(conn, [self.accounts[ref]])
        self.payments.append((ref, paid_on, Decimal(amount)))

    def _row(self, fact: VisitFact) -> dict:
        return dict(
            id=fact.id, device_id=self.devices[fact.agent], agent_id=self.agents[fact.agent],
            account_id=self.accounts[fact.account], corrects=fact.corrects, started_at=fact.started_at,
            finished_at=fact.started_at + timedelta(minutes=5), fix_time=fact.started_at, fix_ms=0, lat=4.6, lon=-74.0,
            accuracy_m=10.0, mock=False, outcome=fact.outcome, promise_amount=fact.amount, promise_due=fact.due,
            answers={}, notes=None, device_geofence=None, verdict=fact.verdict, distance_m=0.0, received_at=T0,
            digest=b"0" * 16, payload="{}",
        )


# --- the reference ------------------------------------------------------------------------------------


def reference(world: World, first: date, last: date, by: str, as_of: date) -> dict:
    """{key: {measure: value}} straight from the definitions, for the groups that have anything."""
    zone = ZoneInfo(world.timezone)
    start = datetime.combine(first, datetime.min.time(), zone).astimezone(UTC)
    end = datetime.combine(last + timedelta(days=1), datetime.min.time(), zone).astimezone(UTC)
    corrected = {v.corrects for v in world.visits if v.corrects}
    counted = [v for v in world.visits if v.id not in corrected]
    local = {v.id: v.started_at.astimezone(zone).date() for v in counted}
    attempts = [v for v in counted if first <= local[v.id] <= last]

    def keys_of_visit(v) -> list:
        return {"agent": [v.agent], "segment": [world.segments[v.account]], "day": [local[v.id]], "none": [None]}[by]

    groups: dict = {}

    def group(key) -> dict:
        return groups.setdefault(key, {"attempted": set(), "contacted": set(), "attempts": 0, "contacts": 0, "rpc": 0,
                                       "promises": 0, "matured": 0, "kept": 0, "promised": Decimal(0),
                                       "assigned": set(), "collected": Decimal(0)})

    for v in attempts:
        for key in keys_of_visit(v):
            g = group(key)
            g["attempts"] += 1
            g["attempted"].add(v.account)
            if v.outcome in CONTACTS:
                g["contacts"] += 1
                g["contacted"].add(v.account)
            g["rpc"] += v.outcome in RPCS
            if v.outcome == "promise_to_pay":
                g["promises"] += 1
                g["promised"] += v.amount
                settles_by = v.due + timedelta(days=world.grace)
                if settles_by < as_of:
                    g["matured"] += 1
                    paid = sum((amount for ref, day, amount in world.payments
                                if ref == v.account and local[v.id] <= day <= settles_by), Decimal(0))
                    g["kept"] += paid >= v.amount
    days = [first + timedelta(days=i) for i in range((last - first).days + 1)]
    for ref, agent, held_from, held_to in world.assignments:
        def overlaps(s, e, held_from=held_from, held_to=held_to):
            return held_from < e and (held_to is None or held_to > s)
        if by == "day":
            for day in days:
                s = datetime.combine(day, datetime.min.time(), zone).astimezone(UTC)
                e = datetime.combine(day + timedelta(days=1), datetime.min.time(), zone).astimezone(UTC)
                if overlaps(s, e):
                    group(day)["assigned"].add(ref)
        elif overlaps(start, end):
            key = {"agent": agent, "segment": world.segments[ref], "none": None}[by]
            group(key)["assigned"].add(ref)
    for ref, day, amount in world.payments:
        if not first <= day <= last:
            continue
        if by == "agent":  # every agent that held the account at some moment of the payment's day
            s = datetime.combine(day, datetime.min.time(), zone).astimezone(UTC)
            e = datetime.combine(day + timedelta(days=1), datetime.min.time(), zone).astimezone(UTC)
            for agent in {agent for r, agent, held_from, held_to in world.assignments
                          if r == ref and held_from < e and (held_to is None or held_to > s)}:
                group(agent)["collected"] += amount
        else:
            group({"segment": world.segments[ref], "day": day, "none": None}[by])["collected"] += amount
    if by == "day":
        for day in days:
            group(day)
    if by == "none":
        group(None)
    return {key: {
        "assigned_accounts": len(g["assigned"]), "accounts_attempted": len(g["attempted"]),
        "accounts_contacted": len(g["contacted"]), "attempts": g["attempts"], "contacts": g["contacts"],
        "rpc": g["rpc"], "promises": g["promises"], "promises_matured": g["matured"], "promises_kept": g["kept"],
        "promised_amount": g["promised"].quantize(Decimal("0.01")),
        "collected_amount": g["collected"].quantize(Decimal("0.01")),
    } for key, g in groups.items()}


def engine_groups(report) -> dict:
    """The engine's report in the reference's shape."""
    return {group.key: {name: getattr(group, name) for name in (
        "assigned_accounts", "accounts_attempted", "accounts_contacted", "attempts", "contacts", "rpc", "promises",
        "promises_matured", "promises_kept", "promised_amount", "collected_amount")} for group in report.groups}

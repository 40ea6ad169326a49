"""A synthetic collection history with a known rule for who pays, written through the existing storage.

Accounts, their assignments and visits are inserted in bulk and the KPI summaries updated in
the same transactions (`visits_stored`, `accounts_changed`), as the writer and the importers do.
The rule: log-odds of a payment within 30 days after AS_OF =
    INTERCEPT + RPC_EFFECT × right-party contacts + CONTACT_EFFECT × contacts + DPD_EFFECT × days past due,
and nothing else (earlier payments, balances and contact hours are noise the model must not lean on).
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal

import numpy as np
from sqlalchemy import Engine, insert, select, update

from syncserver.db.kpi_models import Payment
from syncserver.db.models import Account, AccountAssignment, Agent, BranchSettings, Device, Visit
from syncserver.kpis import accounts_changed, visits_stored

AS_OF = date(2026, 5, 1)
START = datetime(2026, 1, 1, tzinfo=UTC)
ZONE = "America/Bogota"  # the world's branch zone: dates "today" must be taken in it, after it is set
INTERCEPT, RPC_EFFECT, CONTACT_EFFECT, DPD_EFFECT = 0.2, 0.9, 0.25, -0.012
OUTCOMES = np.array(["no_contact", "third_party", "rpc", "promise_to_pay"])


@dataclass
class History:
    """What was written, by account id: the generating inputs and the label."""

    engine: Engine
    account_ids: list[int] = field(default_factory=list)
    dpd: dict[int, int] = field(default_factory=dict)
    contacts: dict[int, int] = field(default_factory=dict)
    rpc: dict[int, int] = field(default_factory=dict)
    paid: dict[int, bool] = field(default_factory=dict)


def _agents(conn, n: int, start: datetime) -> list[tuple[int, int]]:
    out = []
    for i in range(n):
        agent = conn.execute(insert(Agent).values(code=f"S{i}", name=f"S{i}", active=True, created_at=start))
        agent_id = agent.inserted_primary_key[0]
        device = conn.execute(insert(Device).values(agent_id=agent_id, install_id=str(uuid.uuid4()),
                                                    token_hash=uuid.uuid4().bytes * 2, paired_at=start, high_seq=0))
        out.append((agent_id, device.inserted_primary_key[0]))
    return out


def history_today(engine: Engine) -> date:
    """Put the branch in the world's zone and return its local date now (what scoring takes as today)."""
    from syncserver.scoring.runs import branch_today  # noqa: PLC0415

    with engine.begin() as conn:
        conn.execute(update(BranchSettings).values(timezone=ZONE))
    return branch_today(engine)


def build_history(engine: Engine, accounts: int, *, seed: int = 7, pay: bool = True, held: bool = True,
                  as_of: date = AS_OF) -> History:
    """Write `accounts` accounts with 120 days of visits before as_of and, by the rule, payments after it."""
    rng = np.random.default_rng(seed)
    start = START + (as_of - AS_OF)  # the history shifts with as_of
    history = History(engine)
    with engine.begin() as conn:
        conn.execute(update(BranchSettings).values(timezone=ZONE))
        agents = _agents(conn, 4, start)
        dpd = rng.integers(0, 361, accounts)
        balance = np.round(np.exp(rng.normal(13, 1, accounts)), 2)
        conn.execute(insert(Account), [dict(
            external_ref=f"R{n:05d}", debtor_name=f"Deudor {n}", address="Calle 1", lat=4.6 + rng.random() * 0.1,
            lon=-74.1 + rng.random() * 0.1, balance=Decimal(str(balance[n])), currency="COP",
            days_past_due=int(dpd[n]), updated_at=start) for n in range(accounts)])
        ids = list(conn.scalars(select(Account.id).order_by(Account.id)))
        if held:
            conn.execute(insert(AccountAssignment), [dict(account_id=a, agent_id=agents[n % 4][0], assigned_at=start)
                                                     for n, a in enumerate(ids)])
            for n, a in enumerate(ids):
                conn.execute(update(Account).where(Account.id == a).values(agent_id=agents[n % 4][0]))
        accounts_changed(conn, ids)
    reach = rng.beta(2, 3, accounts)  # how reachable each debtor is: contacts and RPCs vary a lot
    rows, before = [], datetime.combine(as_of, datetime.min.time(), UTC)
    for n, account_id in enumerate(ids):
        agent_id, device_id = agents[n % 4]
        outcomes = []
        for _ in range(rng.poisson(3)):
            if rng.random() > reach[n]:
                outcomes.append("no_contact")
            else:
                outcomes.append(str(rng.choice(OUTCOMES[1:], p=[0.4, 0.4, 0.2])))
        for outcome in outcomes:
            started = before - timedelta(days=int(rng.integers(2, 120)), hours=int(rng.integers(0, 14)))
            rows.append(_visit(account_id, agent_id, device_id, started, outcome))
        contacts = sum(o != "no_contact" for o in outcomes)
        rpc = sum(o in ("rpc", "promise_to_pay") for o in outcomes)
        logit = INTERCEPT + RPC_EFFECT * rpc + CONTACT_EFFECT * contacts + DPD_EFFECT * dpd[n]
        history.account_ids.append(account_id)
        history.dpd[account_id], history.contacts[account_id], history.rpc[account_id] = int(dpd[n]), contacts, rpc
        history.paid[account_id] = bool(pay and rng.random() < 1 / (1 + np.exp(-logit)))
    with engine.begin() as conn:
        if rows:
            conn.execute(insert(Visit), rows)
            visits_stored(conn, rows)
        payments = []
        for account_id in ids:
            if rng.random() < 0.15:  # an earlier payment, unrelated to the rule
                payments.append((account_id, as_of - timedelta(days=int(rng.integers(1, 150)))))
            if history.paid[account_id]:
                payments.append((account_id, as_of + timedelta(days=int(rng.integers(0, 30)))))
        if payments:
            conn.execute(insert(Payment), [dict(account_id=a, paid_on=d, amount=Decimal("50000.00"),
                                                reference=str(uuid.uuid4()), imported_at=start) for a, d in payments])
            accounts_changed(conn, sorted({a for a, _ in payments}))
    return history


def _visit(account_id: int, agent_id: int, device_id: int, started: datetime, outcome: str) -> dict:
    promise = outcome == "promise_to_pay"
    return dict(
        id=str(uuid.uuid4()), device_id=device_id, agent_id=agent_id, account_id=account_id, corrects=None,
        started_at=started, finished_at=started + timedelta(minutes=10), fix_time=started, fix_ms=0, lat=4.6,
        lon=-74.0, accuracy_m=10.0, mock=False, outcome=outcome,
        promise_amount=Decimal("100000.00") if promise else None,
        promise_due=(started + timedelta(days=7)).date() if promise else None, answers={}, notes=None,
        device_geofence=None, verdict="inside", distance_m=0.0, received_at=started, digest=b"0" * 16, payload="{}",
    )

"""KPI figures: all KPIs by agent for one month and for a year, on SQLite, beside a pandas groupby
over the same rows already in memory (same run, with the ratio); the two must agree.

Data: 1,000,000 visits, 200,000 accounts, 100 agents, 100,000 payments over 12 months, written
with executemany (not through HTTP) and the summaries rebuilt once; the database is cached under
/tmp, so reruns only time the queries. No ANALYZE statistics, as in a branch's database.

    .venv/bin/python bench/kpis.py [--visits 1000000] [--accounts 200000] [--agents 100] [--payments 100000] [--fresh]
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import time
import uuid
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from pathlib import Path
from zoneinfo import ZoneInfo

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import pandas as pd
from sqlalchemy import text

from syncserver.db.bootstrap import open_database
from syncserver.db.models import Visit
from syncserver.kpis import compute_kpis, rebuild_summaries

ZONE = ZoneInfo("America/Bogota")
FIRST_DAY = date(2025, 12, 1)
DAYS = 365
SEGMENTS = ("consumo", "pyme", "tarjeta", "hipotecario", "vehiculo")
OUTCOMES = ("no_contact",) * 9 + ("third_party",) * 4 + ("rpc",) * 4 + ("promise_to_pay",) * 3
STAMP = "%Y-%m-%d %H:%M:%S.%f"  # how SQLAlchemy stores a DateTime on SQLite
MEASURES = ("assigned_accounts", "accounts_attempted", "accounts_contacted", "attempts", "contacts", "rpc",
            "promises", "promises_matured", "promises_kept", "promised_amount", "collected_amount")
START = datetime.combine(FIRST_DAY, datetime.min.time(), ZONE).astimezone(UTC)


def _stamp(moment: datetime) -> str:
    return moment.astimezone(UTC).replace(tzinfo=None).strftime(STAMP)


def generate(path: Path, visits: int, accounts: int, agents: int, payments: int) -> float:
    """Write the data with executemany, then rebuild the summaries; returns the rebuild's seconds."""
    rng = random.Random(20261123)
    engine = open_database(db_url=f"sqlite:///{path}", name="Bench", timezone_name=ZONE.key)
    created = _stamp(START - timedelta(days=30))
    with engine.begin() as conn:
        run = conn.exec_driver_sql
        run("INSERT INTO agents (id, code, name, active, created_at) VALUES (?, ?, ?, 1, ?)",
            [(i, f"G{i:03d}", f"Gestor {i}", created) for i in range(1, agents + 1)])
        run("INSERT INTO devices (id, agent_id, install_id, token_hash, paired_at, high_seq) VALUES (?, ?, ?, ?, ?, 0)",
            [(i, i, str(uuid.uuid4()), uuid.uuid4().bytes * 2, created) for i in range(1, agents + 1)])
        holder = [0] + [rng.randint(1, agents) for _ in range(accounts)]
        moves: dict[int, tuple[datetime, int]] = {}  # 2% of accounts change hands once during the year
        for account in rng.sample(range(1, accounts + 1), accounts // 50):
            moves[account] = (START + timedelta(seconds=rng.randrange(DAYS * 86400)), rng.randint(1, agents))
        run("INSERT INTO accounts (id, external_ref, debtor_name, address, balance, currency, days_past_due, segment, "
            "agent_id, updated_at) VALUES (?, ?, ?, 'Calle 1', 100000000, 'COP', 30, ?, ?, ?)",
            [(i, f"R{i:07d}", f"Deudor {i}", SEGMENTS[i % 5], moves.get(i, (0, holder[i]))[1], created)
             for i in range(1, accounts + 1)])
        rows = [(i, holder[i], created, _stamp(moves[i][0]) if i in moves else None) for i in range(1, accounts + 1)]
        rows += [(i, agent, _stamp(moment), None) for i, (moment, agent) in moves.items()]
        run("INSERT INTO account_assignments (account_id, agent_id, assigned_at, unassigned_at) VALUES (?, ?, ?, ?)",
            rows)
        _visits(run, rng, visits, accounts, holder, moves)
        run("INSERT INTO payments (account_id, paid_on, amount, reference, imported_at) VALUES (?, ?, ?, ?, ?)",
            [(rng.randint(1, accounts), (FIRST_DAY + timedelta(days=rng.randrange(DAYS))).isoformat(),
              rng.randrange(1_000_000, 50_000_000), f"P{i:07d}", created) for i in range(payments)])
    began = time.perf_counter()
    with engine.begin() as conn:
        rebuild_summaries(conn)
    seconds = time.perf_counter() - began
    engine.dispose()
    return seconds


def _visits(run, rng: random.Random, count: int, accounts: int, holder: list[int], moves: dict) -> None:
    """count visits (0.5% of them corrections of an earlier visit of the same account)."""
    required = [c.name for c in Visit.__table__.columns if not c.nullable] + ["corrects", "promise_amount",
                                                                             "promise_due"]
    marks = ", ".join("?" * len(required))
    statement = f"INSERT INTO visits ({', '.join(required)}) VALUES ({marks})"
    corrections = count // 200
    made: list[tuple[str, int, datetime]] = []
    batch = []
    for i in range(count):
        if i >= count - corrections:
            target, account, before = made[rng.randrange(len(made))]
            moment, corrects = before + timedelta(minutes=rng.randint(1, 600)), target
        else:
            account, corrects = rng.randint(1, accounts), None
            moment = START + timedelta(days=rng.randrange(DAYS), seconds=rng.randrange(7 * 3600, 19 * 3600))
        move = moves.get(account)
        agent = move[1] if move and moment >= move[0] else holder[account]
        outcome = rng.choice(OUTCOMES)
        promise = outcome == "promise_to_pay"
        visit_id = str(uuid.UUID(int=rng.getrandbits(128), version=4))
        local = moment.astimezone(ZONE).date()
        values = {
            "id": visit_id, "device_id": agent, "agent_id": agent, "account_id": account, "started_at": _stamp(moment),
            "finished_at": _stamp(moment + timedelta(minutes=6)), "fix_time": _stamp(moment), "fix_ms": 0,
            "lat": 4.65, "lon": -74.05, "accuracy_m": 8.0, "mock": 0, "outcome": outcome, "answers": "{}",
            "verdict": "inside", "received_at": _stamp(moment), "digest": b"0" * 16, "payload": "{}",
            "corrects": corrects, "promise_amount": rng.randrange(5_000_000, 80_000_000) if promise else None,
            "promise_due": (local + timedelta(days=rng.randint(1, 20))).isoformat() if promise else None,
        }
        batch.append(tuple(values[name] for name in required))
        if corrects is None:
            made.append((visit_id, account, moment))
        if len(batch) == 50_000:
            run(statement, batch)
            batch = []
    if batch:
        run(statement, batch)


def median_ms(action, repeat: int) -> float:
    action()  # warm: page cache, statement cache
    times = []
    for _ in range(repeat):
        began = time.perf_counter()
        action()
        times.append((time.perf_counter() - began) * 1000)
    return statistics.median(times)


def _ordinals(moments: pd.Series) -> pd.Series:
    """date.toordinal() of naive timestamps, vectorized (NaT stays missing)."""
    return (moments.dt.floor("D") - pd.Timestamp("1970-01-01")).dt.days + date(1970, 1, 1).toordinal()


def load_frames(engine) -> dict[str, pd.DataFrame]:
    """The rows pandas needs, in memory: counted visits with their local day, promises, payments, assignments."""
    with engine.connect() as conn:
        visits = pd.read_sql_query(text(
            "SELECT v.agent_id, v.account_id, v.started_at, v.outcome, v.promise_amount, v.promise_due, v.id "
            "FROM visits v WHERE NOT EXISTS (SELECT 1 FROM visits c WHERE c.corrects = v.id)"), conn)
        payments = pd.read_sql_query(text("SELECT id, account_id, paid_on, amount FROM payments"), conn)
        held = pd.read_sql_query(text("SELECT agent_id, account_id, assigned_at, unassigned_at "
                                      "FROM account_assignments"), conn)
        grace = conn.scalar(text("SELECT kpi_grace_days FROM branch_settings"))
    started = pd.to_datetime(visits.pop("started_at")).dt.tz_localize("UTC").dt.tz_convert(ZONE.key)
    visits["day"] = _ordinals(started.dt.tz_localize(None))
    visits["contact"] = visits.outcome.isin(["third_party", "rpc", "promise_to_pay"])
    visits["rpc"] = visits.outcome.isin(["rpc", "promise_to_pay"])
    visits["promise"] = visits.outcome == "promise_to_pay"
    visits["promise_amount"] = visits.promise_amount.fillna(0).astype("int64")
    due = pd.to_datetime(visits.promise_due)
    visits["settles_by"] = (_ordinals(due) + grace).fillna(0).astype("int64")
    paid_on = pd.to_datetime(payments.paid_on)
    payments["day"] = _ordinals(paid_on)
    payments["day_start"] = paid_on.dt.tz_localize(ZONE.key).dt.tz_convert("UTC")
    payments["day_end"] = (paid_on + pd.Timedelta(days=1)).dt.tz_localize(ZONE.key).dt.tz_convert("UTC")
    held["assigned_at"] = pd.to_datetime(held.assigned_at).dt.tz_localize("UTC")
    held["unassigned_at"] = pd.to_datetime(held.unassigned_at).dt.tz_localize("UTC")
    return {"visits": visits, "payments": payments, "held": held}


def pandas_by_agent(frames: dict[str, pd.DataFrame], first: date, last: date, as_of: date) -> pd.DataFrame:
    """All KPIs by agent with pandas over rows in memory (the same definitions as the engine)."""
    visits, payments, held = frames["visits"], frames["payments"], frames["held"]
    f, t = first.toordinal(), last.toordinal()
    v = visits[(visits.day >= f) & (visits.day <= t)]
    grouped = v.groupby("agent_id")
    out = pd.DataFrame({
        "attempts": grouped.size(), "contacts": grouped.contact.sum(), "rpc": grouped.rpc.sum(),
        "promises": grouped.promise.sum(), "promised_amount": grouped.promise_amount.sum(),
        "accounts_attempted": grouped.account_id.nunique(),
        "accounts_contacted": v[v.contact].groupby("agent_id").account_id.nunique(),
    })
    promises = v[v.promise & (v.settles_by < as_of.toordinal())]
    paid = promises[["id", "account_id", "day", "settles_by", "promise_amount"]].merge(
        payments[["account_id", "day", "amount"]], on="account_id", how="left", suffixes=("", "_paid"))
    in_window = (paid.day_paid >= paid.day) & (paid.day_paid <= paid.settles_by)
    paid["amount"] = paid.amount.where(in_window, 0).fillna(0)
    per_promise = paid.groupby("id").agg(amount=("amount", "sum"), promised=("promise_amount", "first"))
    promises = promises.set_index("id").assign(kept=per_promise.amount >= per_promise.promised)
    out["promises_matured"] = promises.groupby("agent_id").size()
    out["promises_kept"] = promises.groupby("agent_id").kept.sum()
    start = pd.Timestamp(datetime.combine(first, datetime.min.time(), ZONE)).tz_convert("UTC")
    end = pd.Timestamp(datetime.combine(last + timedelta(days=1), datetime.min.time(), ZONE)).tz_convert("UTC")
    overlap = held[(held.assigned_at < end) & (held.unassigned_at.isna() | (held.unassigned_at > start))]
    pairs = overlap[["agent_id", "account_id"]].drop_duplicates()
    out["assigned_accounts"] = pairs.groupby("agent_id").size()
    period_payments = payments[(payments.day >= f) & (payments.day <= t)].merge(held, on="account_id")
    credited = period_payments[(period_payments.assigned_at < period_payments.day_end)
                               & (period_payments.unassigned_at.isna()
                                  | (period_payments.unassigned_at > period_payments.day_start))]
    credited = credited.drop_duplicates(["agent_id", "id"])
    out["collected_amount"] = credited.groupby("agent_id").amount.sum()
    return out.fillna(0)


def check_same(report, frame: pd.DataFrame) -> None:
    """The engine's figures and pandas' agree exactly (amounts compared in cents)."""
    codes = {f"G{agent:03d}": agent for agent in frame.index}
    for group in report.groups:
        row = frame.loc[codes[group.key]]
        for name in MEASURES:
            mine = getattr(group, name)
            mine = int(mine * 100) if isinstance(mine, Decimal) else mine
            assert mine == int(row[name]), (group.key, name, mine, row[name])
    assert len(report.groups) == len(frame), (len(report.groups), len(frame))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--visits", type=int, default=1_000_000)
    parser.add_argument("--accounts", type=int, default=200_000)
    parser.add_argument("--agents", type=int, default=100)
    parser.add_argument("--payments", type=int, default=100_000)
    parser.add_argument("--db", type=Path, default=None, help="a database made by this script (default: its cache)")
    parser.add_argument("--repeat", type=int, default=7)
    parser.add_argument("--fresh", action="store_true", help="generate the data again")
    args = parser.parse_args()
    cached = Path(f"/tmp/campo-bench-kpis-v1-{args.visits}-{args.accounts}-{args.agents}-{args.payments}.sqlite3")
    path = args.db or cached
    if args.fresh or not path.exists():
        for suffix in ("", "-wal", "-shm"):
            Path(f"{path}{suffix}").unlink(missing_ok=True)
        began = time.perf_counter()
        rebuild = generate(path, args.visits, args.accounts, args.agents, args.payments)
        print(f"generated {path} in {time.perf_counter() - began:.0f} s (summaries rebuilt in {rebuild:.1f} s)")
    engine = open_database(db_url=f"sqlite:///{path}")
    with engine.begin() as conn:  # as a branch's database is: Campo never runs ANALYZE (older caches had it)
        if conn.exec_driver_sql("SELECT 1 FROM sqlite_master WHERE name = 'sqlite_stat1'").first():
            conn.exec_driver_sql("DROP TABLE sqlite_stat1")
    as_of = FIRST_DAY + timedelta(days=DAYS)
    month = (date(2026, 6, 1), date(2026, 6, 30))
    year = (FIRST_DAY, FIRST_DAY + timedelta(days=DAYS - 1))
    began = time.perf_counter()
    frames = load_frames(engine)
    print(f"loading the rows into pandas: {time.perf_counter() - began:.1f} s ({len(frames['visits']):,} counted visits)")
    print(f"{'all KPIs by agent':<28}{'engine (SQLite)':>16}{'pandas in memory':>18}{'ratio':>8}{'goal':>10}")
    for label, (first, last), goal in (("one month", month, 20), ("whole year", year, 100)):
        check_same(compute_kpis(engine, first, last, by="agent", as_of=as_of),
                   pandas_by_agent(frames, first, last, as_of))
        mine = median_ms(lambda f=first, t=last: compute_kpis(engine, f, t, by="agent", as_of=as_of), args.repeat)
        theirs = median_ms(lambda f=first, t=last: pandas_by_agent(frames, f, t, as_of), args.repeat)
        print(f"{label:<28}{mine:>13.1f} ms{theirs:>15.1f} ms{theirs / mine:>7.1f}x{f'< {goal} ms':>10}")
    print("other groupings (engine only):")
    for by in ("none", "segment", "day"):
        for label, (first, last) in (("one month", month), ("whole year", year)):
            mine = median_ms(lambda f=first, t=last, b=by: compute_kpis(engine, f, t, by=b, as_of=as_of),
                             max(1, args.repeat // 3))
            print(f"  by {by:<8} {label:<12}{mine:>9.1f} ms")
    engine.dispose()


if __name__ == "__main__":
    main()

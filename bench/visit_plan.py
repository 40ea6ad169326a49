"""Daily visit-plan figures: a whole day for 40 agents × 60 stops (syncserver.route_plans, the same path as
`campo-server routes plan`), beside routing.plan_route alone on the same stops in the same run.

Data: --agents agents, each holding --stops accounts (plus --extra more, so the 60-stop cap chooses) spread
over a 10 km square of Bogotá, with a stored scoring run giving every account a recommended action (so the
plan follows tiers 1-3). Timed: the read (agents, accounts, the latest run's actions), the planning, the
store (route_plans rows, visit_order executemany, change log) and all of it; the first plan sets every
visit_order, a second one (nothing to change) shows the store's fixed cost. SQLite in a temporary file;
--postgres also runs on a throwaway PostgreSQL (tests/plugins/db.py's server). The machine is shared.

    .venv/bin/python bench/visit_plan.py [--agents 40] [--stops 60] [--extra 20] [--repeat 3] [--day-minutes 480]
                                         [--postgres]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from datetime import date
from decimal import Decimal
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sqlalchemy import Engine, func, insert, select  # noqa: E402

from syncserver.admin import transaction  # noqa: E402
from syncserver.audit import SYSTEM  # noqa: E402
from syncserver.clock import utcnow  # noqa: E402
from syncserver.db.bootstrap import open_database  # noqa: E402
from syncserver.db.models import Account, Agent, Change  # noqa: E402
from syncserver.db.scoring_models import AccountScoreRow, ScoringRun  # noqa: E402
from syncserver.route_plans import compute_plans, store  # noqa: E402
from syncserver.routing import Stop, plan_route  # noqa: E402
from syncserver.scoring.settings import save_scoring_settings  # noqa: E402
from syncserver.visit_plan import PlanLimits, read_work  # noqa: E402

CENTRE = (4.65, -74.08)
SPAN_DEG = 0.09  # about 10 km
ACTIONS = ("field_visit", "payment_agreement", "reminder", "escalate")


def fill(engine: Engine, agents: int, per_agent: int, seed: int = 7) -> None:
    """Agents with start points, their located accounts, and one scoring run giving each account an action."""
    rng = np.random.default_rng(seed)
    now = utcnow()
    with engine.begin() as conn:
        ids = conn.execute(insert(Agent).returning(Agent.id), [
            {"code": f"G{n:02d}", "name": f"Gestor {n}", "active": True, "created_at": now,
             "start_lat": CENTRE[0] + (rng.random() - 0.5) * SPAN_DEG,
             "start_lon": CENTRE[1] + (rng.random() - 0.5) * SPAN_DEG} for n in range(agents)]).scalars().all()
        rows = [{"external_ref": f"R{n:03d}-{i:03d}", "debtor_name": f"Deudor {i}", "address": "Calle 1",
                 "lat": CENTRE[0] + (rng.random() - 0.5) * SPAN_DEG, "lon": CENTRE[1] + (rng.random() - 0.5) * SPAN_DEG,
                 "balance": Decimal(str(round(float(rng.lognormal(13, 1)), 2))), "currency": "COP",
                 "days_past_due": int(rng.integers(0, 361)), "agent_id": agent_id, "updated_at": now}
                for n, agent_id in enumerate(ids) for i in range(per_agent)]
        account_ids = conn.execute(insert(Account).returning(Account.id), rows).scalars().all()
        run_id = conn.execute(insert(ScoringRun).returning(ScoringRun.id), [{
            "as_of": date(2026, 1, 1), "created_at": now, "trigger": "cli", "method": "prior", "auc": None,
            "brier": None, "n_train": 0, "n_holdout": 0, "n_scored": len(account_ids), "calibration": None,
            "coefficients": {}, "parameters": {}, "summary": {}}]).scalar_one()
        conn.execute(insert(AccountScoreRow), [
            {"run_id": run_id, "account_id": a, "probability": float(rng.random()), "cost_minutes": 30.0,
             "quadrant": "likely_cheap", "action": ACTIONS[int(rng.integers(0, 4))], "top_factors": [],
             "days_past_due": 0, "balance": Decimal("1.00")} for a in account_ids])


def timed(fn, *args, **kwargs):
    started = time.perf_counter()
    result = fn(*args, **kwargs)
    return time.perf_counter() - started, result


def run(engine: Engine, label: str, agents: int, stops: int, extra: int, repeat: int, day_minutes: float) -> None:
    fill(engine, agents, stops + extra)
    save_scoring_settings(engine, {"route_max_stops": stops, "route_day_minutes": day_minutes})
    with engine.connect() as conn:
        work, _run = read_work(conn)
    limits = PlanLimits(stops, day_minutes)
    # The baseline: plan_route alone, once per agent, on the stops the planner starts from (the best `stops`).
    first = [(w.start, [Stop(c.account_id, c.lat, c.lon, c.tier, limits.service_min) for c in
                        sorted(w.candidates, key=lambda c: (c.tier, -c.worth, c.account_id))[:stops]])
             for w in work]
    totals, reads, stores, alone, unchanged = [], [], [], [], []
    for attempt in range(repeat):
        started = time.perf_counter()
        with engine.connect() as conn:
            t_read, _ = timed(read_work, conn)
        reads.append(t_read)
        t_all, planned = timed(compute_plans, engine, allow_past=True)
        with transaction(engine) as conn:
            t_store, changed = timed(store, conn, planned, SYSTEM, utcnow())
        totals.append(time.perf_counter() - started - t_read)  # compute_plans reads again: count it once
        stores.append(t_store)
        if attempt == 0:
            first_changed = changed
        else:
            unchanged.append(changed)
        t0 = time.perf_counter()
        for start, day_stops in first:
            plan_route(start, day_stops)
        alone.append(time.perf_counter() - t0)
    with engine.connect() as conn:
        logged = conn.scalar(select(func.count()).select_from(Change))
    planned_stops = sum(len(p.account_ids) for p in planned.plans)
    km = [p.km for p in planned.plans]
    minutes = [p.minutes for p in planned.plans]
    med = statistics.median
    print(f"{label}: {agents} agents × {stops + extra} accounts held, {planned_stops} stops planned "
          f"(cap {limits.max_stops} stops, {limits.day_minutes:g} min); per agent {statistics.mean(km):.1f} km, "
          f"{statistics.mean(minutes) / 60:.1f} h on average")
    print(f"  whole day (read, plan, store): median {med(totals) * 1000:7.0f} ms of {repeat}; store alone "
          f"{med(stores) * 1000:5.0f} ms; read alone {med(reads) * 1000:5.0f} ms")
    print(f"  plan_route alone, once per agent on its best {stops}: median {med(alone) * 1000:7.0f} ms "
          f"({med(totals) / med(alone):.2f}x for the whole day's planning)")
    print(f"  visit_order changed: {first_changed} accounts on the first plan, {unchanged} on the next; "
          f"{logged} change-log rows")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--agents", type=int, default=40)
    parser.add_argument("--stops", type=int, default=60)
    parser.add_argument("--extra", type=int, default=20, help="accounts held beyond the day's stops")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--day-minutes", type=float, default=480.0,
                        help="route_day_minutes (480: the default; 1440: every one of the stops fits)")
    parser.add_argument("--postgres", action="store_true")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        engine = open_database(Path(folder))
        run(engine, "SQLite", args.agents, args.stops, args.extra, args.repeat, args.day_minutes)
        engine.dispose()
    if args.postgres:
        from tests.plugins.db import SUPERUSER, _PgProcess, find_pg_bindir  # noqa: PLC0415

        server = _PgProcess(find_pg_bindir())
        try:
            server.initdb()
            port = server.start()
            with server.run_as.popen([str(server.bindir / "createdb"), "-h", "127.0.0.1", "-p", str(port), "-U",
                                      SUPERUSER, "bench"], server.env) as created:
                created.wait()
            with tempfile.TemporaryDirectory() as folder:
                engine = open_database(Path(folder), f"postgresql+psycopg://{SUPERUSER}@127.0.0.1:{port}/bench")
                run(engine, "PostgreSQL", args.agents, args.stops, args.extra, args.repeat, args.day_minutes)
                engine.dispose()
        finally:
            server.stop()


if __name__ == "__main__":
    main()

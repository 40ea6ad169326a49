"""Promise and agreement figures on SQLite: the Promesas and Convenios reads, a recompute of every agreement and a
payment import that re-matches agreements, each beside the same-run read of the Pagos page (list_payments: as many
rows into plain values). The machine is shared: absolute times are noisy, the ratios less so.

    .venv/bin/python bench/agreements.py [--accounts 5000] [--agreements 1000]
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
import uuid
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from pathlib import Path

from sqlalchemy import insert

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from syncserver.agreements import AgreementTerms, create_agreement, list_agreements, recompute_all  # noqa: E402
from syncserver.db.bootstrap import open_database  # noqa: E402
from syncserver.db.kpi_models import Payment  # noqa: E402
from syncserver.kpis import compute_kpis, rebuild_summaries  # noqa: E402
from syncserver.payments import import_payments, list_payments, plan_payments  # noqa: E402
from syncserver.promises import list_promises  # noqa: E402
from tests.kpi_world import VisitFact, World  # noqa: E402

FIRST, LAST = date(2026, 1, 1), date(2026, 6, 30)


def best(fn, runs: int = 3) -> float:
    """The best of a few runs, in seconds."""
    times = []
    for _ in range(runs):
        began = time.perf_counter()
        fn()
        times.append(time.perf_counter() - began)
    return min(times)


def build(folder: Path, accounts: int, agreements: int):
    engine = open_database(db_url=f"sqlite:///{folder / 'bench.sqlite3'}")
    world = World(engine)
    rng = random.Random(7)
    for code in ("A1", "A2", "A3", "A4"):
        world.agent(code)
    start = datetime(2026, 1, 1, 14, tzinfo=UTC)
    for i in range(accounts):
        world.account(f"C{i:05d}", None, f"A{i % 4 + 1}", at=start - timedelta(days=10))
    facts = []
    for i in range(accounts * 2):
        when = start + timedelta(days=rng.randrange(170), hours=rng.randrange(8))
        facts.append(VisitFact(str(uuid.uuid4()), f"A{i % 4 + 1}", f"C{rng.randrange(accounts):05d}", when,
                               "promise_to_pay", Decimal(rng.randrange(50, 500) * 1000),
                               (when + timedelta(days=rng.randrange(1, 15))).date()))
    world.store_visits(facts)
    with engine.begin() as conn:
        conn.execute(insert(Payment), [
            {"account_id": world.accounts[f"C{rng.randrange(accounts):05d}"], "amount": Decimal(rng.randrange(20, 400) * 1000),
             "paid_on": FIRST + timedelta(days=rng.randrange(180)), "reference": str(uuid.uuid4()), "imported_at": start}
            for _ in range(accounts * 2)])
        rebuild_summaries(conn)
    for i in range(agreements):
        create_agreement(engine, world.accounts[f"C{i:05d}"], AgreementTerms(
            Decimal(1_200_000), Decimal(200_000), 12, ("weekly", "fortnightly", "monthly")[i % 3], date(2026, 1, 10),
            penalty_kind="fixed", penalty_value=Decimal(10_000)), now=datetime(2026, 1, 5, 15, tzinfo=UTC))
    payments = folder / "payments.csv"
    payments.write_text("external_ref,paid_on,amount,reference\n" + "".join(
        f"C{rng.randrange(agreements):05d},2026-02-{rng.randrange(1, 28):02d},{rng.randrange(50, 300) * 1000},"
        f"{uuid.uuid4()}\n" for _ in range(1000)))
    return engine, payments


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--accounts", type=int, default=5000)
    parser.add_argument("--agreements", type=int, default=1000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        began = time.perf_counter()
        engine, payments = build(Path(folder), args.accounts, args.agreements)
        print(f"branch: {args.accounts} accounts, {args.accounts * 2} promises, {args.accounts * 2} payments, "
              f"{args.agreements} agreements of 13 rows (built in {time.perf_counter() - began:.0f} s)")
        baseline = best(lambda: list_payments(engine))  # reads as many rows into values as list_promises
        kpis = best(lambda: compute_kpis(engine, FIRST, LAST, by="agent", as_of=date(2026, 7, 1)))
        figures = {
            "list_promises (every promise, as of 1 Jul)": best(lambda: list_promises(engine, as_of=date(2026, 7, 1))),
            "list_promises (broken only)": best(lambda: list_promises(engine, as_of=date(2026, 7, 1), status="broken")),
            "list_agreements (every agreement)": best(lambda: list_agreements(engine, as_of=date(2026, 7, 1))),
            "recompute_all (stores every agreement)": best(lambda: recompute_all(engine, date(2026, 7, 1))),
        }
        began = time.perf_counter()
        result = import_payments(engine, plan_payments(payments, engine))
        figures[f"import of {result.created} payments (KPIs + agreements re-matched)"] = time.perf_counter() - began
        print(f"{'baseline list_payments (' + str(args.accounts * 2) + ' payments)':<58} {baseline * 1000:8.1f} ms")
        print(f"{'compute_kpis by agent, 6 months (summaries)':<58} {kpis * 1000:8.1f} ms  ({kpis / baseline:.1f}×)")
        for name, seconds in figures.items():
            print(f"{name:<58} {seconds * 1000:8.1f} ms  ({seconds / baseline:.1f}× the baseline)")
        engine.dispose()


if __name__ == "__main__":
    main()

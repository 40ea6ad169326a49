"""KPI summary upkeep as the writer pays it: visits_stored (deltas) beside deriving the batch's accounts again
(accounts_changed, what visits_stored did before), on two identical databases in the same run, with the ratio.

20,000 visits in batches of 200 over a month, 2,000 accounts, 10 agents (about ten visits per
account: denser than a branch's month, so re-deriving pays for long histories). Afterwards both
databases' summaries must be equal.

    .venv/bin/python bench/summaries.py [--visits 20000] [--batch 200] [--accounts 2000]
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
import uuid
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sqlalchemy import insert, select  # noqa: E402

from syncserver.db import kpi_models  # noqa: E402
from syncserver.db.bootstrap import open_database  # noqa: E402
from syncserver.db.models import Visit  # noqa: E402
from syncserver.kpis.summaries import accounts_changed, visits_stored  # noqa: E402
from tests.kpi_world import VisitFact, World  # noqa: E402

AGENTS = [f"G{i}" for i in range(10)]
START = datetime(2026, 3, 1, 12, tzinfo=UTC)


def world(path: Path, accounts: int) -> World:
    made = World(open_database(db_url=f"sqlite:///{path}"))
    for code in AGENTS:
        made.agent(code)
    for i in range(accounts):
        made.account(f"R{i}", ("consumo", "pyme", None)[i % 3], AGENTS[i % len(AGENTS)])
    return made


def batches(count: int, size: int, accounts: int) -> list[list[VisitFact]]:
    rng, out = random.Random(5), []
    for _ in range(count // size):
        facts = []
        for _ in range(size):
            i = rng.randrange(accounts)
            outcome = rng.choice(("no_contact", "third_party", "rpc", "promise_to_pay"))
            when = START + timedelta(minutes=rng.randrange(30 * 24 * 60))
            promise = outcome == "promise_to_pay"
            facts.append(VisitFact(str(uuid.uuid4()), AGENTS[i % len(AGENTS)], f"R{i}", when, outcome,
                                   Decimal("1000.00") if promise else None,
                                   (when + timedelta(days=5)).date() if promise else None, None))
        out.append(facts)
    return out


def store(made: World, groups: list[list[VisitFact]], update) -> float:
    """Seconds spent in `update(conn, rows)` while storing the batches, each in its own transaction."""
    spent = 0.0
    for facts in groups:
        rows = [made._row(fact) for fact in facts]
        with made.engine.begin() as conn:
            conn.execute(insert(Visit), rows)
            began = time.perf_counter()
            update(conn, rows)
            spent += time.perf_counter() - began
    return spent


def summaries(made: World) -> dict:
    tables = [kpi_models.KpiAccountDay, kpi_models.KpiDaily, kpi_models.KpiPromise, kpi_models.KpiSegmentDaily,
              kpi_models.KpiVisitHour]
    with made.engine.connect() as conn:
        return {t.__tablename__: sorted(tuple(row) for row in conn.execute(select(t.__table__))) for t in tables}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--visits", type=int, default=20_000)
    parser.add_argument("--batch", type=int, default=200)
    parser.add_argument("--accounts", type=int, default=2_000)
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="campo-bench-summaries-"))
    groups = batches(args.visits, args.batch, args.accounts)
    deltas, derived = world(folder / "deltas.sqlite3", args.accounts), world(folder / "derived.sqlite3", args.accounts)
    again = store(derived, groups, lambda conn, rows: accounts_changed(conn, {row["account_id"] for row in rows}))
    mine = store(deltas, groups, visits_stored)
    assert summaries(deltas) == summaries(derived), "the two ways disagree"
    print(f"{args.visits:,} visits in batches of {args.batch}, {args.accounts:,} accounts (summaries equal)")
    print(f"visits_stored (deltas):              {mine:6.2f} s  {args.visits / mine:9,.0f} visits/s")
    print(f"baseline: derive the accounts again: {again:6.2f} s  {args.visits / again:9,.0f} visits/s")
    print(f"ratio: {again / mine:.1f}x faster")


if __name__ == "__main__":
    main()

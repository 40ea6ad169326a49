"""Bulk reassignment figures on 20,000 accounts across 40 agents: the full office path (history, change log,
KPI holdings, audit, one transaction) beside a bare executemany UPDATE of accounts.agent_id (same run, same
database) and beside assign_account called once per account; then an auto-balance plan and its commit.

Data: tests/scoring_world.py's synthetic history (visits over 120 days, payments, KPI summaries) scaled
to --accounts, with its 4 agents plus more up to --agents. SQLite in a temporary file; --postgres also
runs on a throwaway PostgreSQL (tests/plugins/db.py's server). The machine is shared: times are noisy.

    .venv/bin/python bench/assignment.py [--accounts 20000] [--agents 40] [--repeat 3] [--postgres]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sqlalchemy import Engine, bindparam, insert, select, update  # noqa: E402

from syncserver.assignments import apply_holders, assign_accounts  # noqa: E402
from syncserver.balance_plan import commit_balance, plan_balance  # noqa: E402
from syncserver.changes import assign_account  # noqa: E402
from syncserver.clock import utcnow  # noqa: E402
from syncserver.db.bootstrap import open_database  # noqa: E402
from syncserver.db.models import Account, Agent  # noqa: E402
from tests.scoring_world import build_history  # noqa: E402

PER_ROW_SAMPLE = 1000  # assign_account one by one is slow: timed on this many, scaled up


def timed(fn, *args, **kwargs) -> tuple[float, object]:
    started = time.perf_counter()
    result = fn(*args, **kwargs)
    return time.perf_counter() - started, result


def bare_update(engine: Engine, holders: dict[int, int]) -> None:
    """The baseline: accounts.agent_id only, one executemany UPDATE, one transaction; no history, no log."""
    a = Account.__table__
    with engine.begin() as conn:
        conn.execute(update(a).where(a.c.id == bindparam("b_id")).values(agent_id=bindparam("b_agent")),
                     [{"b_id": account_id, "b_agent": agent_id} for account_id, agent_id in holders.items()])


def per_row(engine: Engine, holders: dict[int, int]) -> None:
    """assign_account once per account (what a loop over the existing function costs), one transaction."""
    now = utcnow()
    with engine.begin() as conn:
        for account_id, agent_id in holders.items():
            assign_account(conn, account_id, agent_id, now)


def bench(name: str, url: str, accounts: int, agents: int, repeat: int) -> None:
    engine = open_database(db_url=url)
    seconds, history = timed(build_history, engine, accounts)
    with engine.begin() as conn:
        conn.execute(insert(Agent), [{"code": f"B{i:02d}", "name": f"Gestor {i}", "active": True,
                                      "created_at": utcnow()} for i in range(agents - 4)])
        agent_ids = list(conn.scalars(select(Agent.id).order_by(Agent.id)))
    print(f"\n{name}: {accounts} accounts, {len(agent_ids)} agents written in {seconds:.1f} s (set-up, not a figure)")
    ids = history.account_ids
    full, one_agent, bare = [], [], []
    for r in range(repeat):
        rotation = {account_id: agent_ids[(n + r + 1) % len(agent_ids)] for n, account_id in enumerate(ids)}
        full.append(timed(apply_holders, engine, rotation)[0])
        one_agent.append(timed(assign_accounts, engine, ids, agent_ids[r % len(agent_ids)])[0])
        back = {account_id: agent_ids[r % len(agent_ids)] for account_id in ids}
        shifted = {account_id: agent_ids[(n + r + 2) % len(agent_ids)] for n, account_id in enumerate(ids)}
        bare.append(timed(bare_update, engine, shifted)[0])
        bare_update(engine, back)  # put accounts.agent_id back as the history says (not timed)
    sample = dict(list({a: agent_ids[(n + 7) % len(agent_ids)] for n, a in enumerate(ids)}.items())[:PER_ROW_SAMPLE])
    one_by_one = timed(per_row, engine, sample)[0] * len(ids) / len(sample)
    base = statistics.median(bare)
    for label, times in (("reassign, 40 agents (rotation)", full), ("reassign, all to one agent", one_agent)):
        seconds = statistics.median(times)
        print(f"  {label}: median {seconds:.2f} s (runs: {', '.join(f'{t:.2f}' for t in times)}), "
              f"{seconds / base:.1f}x the bare UPDATE")
    print(f"  baseline, bare executemany UPDATE of agent_id: median {base:.2f} s "
          f"(runs: {', '.join(f'{t:.2f}' for t in bare)})")
    print(f"  assign_account once per account: {one_by_one:.1f} s for {len(ids)} "
          f"(timed on {len(sample)}, scaled), {one_by_one / statistics.median(full):.1f}x the set-based path")
    plans, commits = [], []
    for _ in range(repeat):
        seconds, plan = timed(plan_balance, engine, agent_ids, max_accounts=len(ids) // len(agent_ids) + 50)
        plans.append(seconds)
        commits.append(timed(commit_balance, engine, plan)[0])
        apply_holders(engine, {account_id: agent_ids[0] for account_id in ids})  # start the next one unbalanced
    counts = [load.accounts for load in plan.loads]
    print(f"  auto-balance plan (read + territories): median {statistics.median(plans):.2f} s, "
          f"spread {plan.spread:.1%}, {min(counts)}..{max(counts)} accounts, {plan.moves} moves; "
          f"commit median {statistics.median(commits):.2f} s")
    engine.dispose()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--accounts", type=int, default=20_000)
    parser.add_argument("--agents", type=int, default=40)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--postgres", action="store_true", help="also on a throwaway PostgreSQL server")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        bench("SQLite", f"sqlite:///{folder}/bench.sqlite3", args.accounts, args.agents, args.repeat)
    if args.postgres:
        from tests.plugins.db import SUPERUSER, _PgProcess, find_pg_bindir  # noqa: PLC0415

        server = _PgProcess(find_pg_bindir())
        try:
            server.initdb()
            port = server.start()
            with server.run_as.popen([str(server.bindir / "createdb"), "-h", "127.0.0.1", "-p", str(port), "-U",
                                      SUPERUSER, "bench"], server.env) as created:
                created.wait()
            bench("PostgreSQL", f"postgresql+psycopg://{SUPERUSER}@127.0.0.1:{port}/bench", args.accounts,
                  args.agents, args.repeat)
        finally:
            server.stop()


if __name__ == "__main__":
    main()

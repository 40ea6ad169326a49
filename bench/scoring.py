"""Scoring figures on 20,000 accounts: the model's quality on a known rule, computing a run, and storing its
scores with one Core executemany beside the same rows inserted one statement each (same run, same database).

Quality: the AUC on the model's own held-out accounts (the split fit_model makes) beside two baselines on
the same accounts: the generating rule's own log-odds (the best any model can do on this data) and days
past due alone; then the strongest standardised coefficients beside the rule's, and how often each
account's top factor is one of the rule's features and the one the rule pushes it most with.

Data: tests/scoring_world.py's synthetic history (visits over 120 days, payments by a known rule),
scaled to --accounts. SQLite in a temporary file; --postgres also runs on a throwaway PostgreSQL
(tests/plugins/db.py's server). The machine is shared (2 cores): times are noisy, ±30 %.

    .venv/bin/python bench/scoring.py [--accounts 20000] [--repeat 3] [--postgres]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from datetime import timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import numpy as np  # noqa: E402
from sklearn.metrics import roc_auc_score  # noqa: E402
from sklearn.model_selection import train_test_split  # noqa: E402
from sqlalchemy import Engine, delete, insert  # noqa: E402

from syncserver.db.bootstrap import open_database  # noqa: E402
from syncserver.db.scoring_models import AccountScoreRow, ScoringRun  # noqa: E402
from syncserver.scoring.features import extract_features, held_at, paid_within  # noqa: E402
from syncserver.scoring.model import HELD_OUT, fit_model, score_features  # noqa: E402
from syncserver.scoring.run_queries import run_scores  # noqa: E402
from syncserver.scoring.runs import prepare_run, store_run  # noqa: E402
from tests import scoring_world as rule  # noqa: E402
from tests.scoring_world import AS_OF, History, build_history  # noqa: E402

EFFECTS = {"rpc": rule.RPC_EFFECT, "contacts": rule.CONTACT_EFFECT, "days_past_due": rule.DPD_EFFECT}


def one_by_one(engine: Engine, prepared) -> int:
    """The baseline: the same run, each score row its own INSERT statement, in one transaction."""
    with engine.begin() as conn:
        run_id = conn.execute(insert(ScoringRun).values(**prepared.run)).inserted_primary_key[0]
        for row in prepared.scores:
            conn.execute(insert(AccountScoreRow).values(run_id=run_id, **row))
    return run_id


def timed(fn, *args) -> tuple[float, object]:
    started = time.perf_counter()
    result = fn(*args)
    return time.perf_counter() - started, result


def quality(engine: Engine, history: History) -> None:
    """The fitted model's AUC and factors beside the rule that generated the payments."""
    model = fit_model(engine, AS_OF)
    with engine.connect() as conn:
        features = extract_features(conn, AS_OF, held_at(conn, AS_OF))
        paid = paid_within(conn, features.account_ids, AS_OF, model.horizon_days)
    ids = features.account_ids
    assert [bool(p) for p in paid] == [history.paid[int(a)] for a in ids], "labels differ from the rule's draws"
    # The same split fit_model makes: it depends only on the labels, the share and the seed.
    _, held, _, y_held = train_test_split(np.arange(len(ids)), paid, test_size=HELD_OUT, stratify=paid,
                                          random_state=0)
    inputs = {name: np.array([getattr(history, "dpd" if name == "days_past_due" else name)[int(a)] for a in ids],
                             dtype=float) for name in EFFECTS}
    logit = rule.INTERCEPT + sum(EFFECTS[name] * inputs[name] for name in EFFECTS)
    oracle = roc_auc_score(y_held, logit[held])
    dpd_only = roc_auc_score(y_held, -inputs["days_past_due"][held])
    print(f"  model ({model.kind}, {model.labelled} labelled, {model.payers} payers): AUC on {len(held)} held-out "
          f"accounts {model.auc:.3f} (goal > 0.75); the rule itself {oracle:.3f} (model/rule "
          f"{model.auc / oracle:.2f}); days past due alone {dpd_only:.3f}")
    strongest = sorted(model.coefficients, key=lambda name: -abs(model.coefficients[name]))[:4]
    shown = ", ".join(f"{name} {model.coefficients[name]:+.2f}" + (f" (rule {EFFECTS[name] * inputs[name].std():+.2f})"
                                                                   if name in EFFECTS else "") for name in strongest)
    print(f"  strongest standardised coefficients: {shown}")
    tops = [score.factors[0].feature for score in score_features(model, features)]
    pushes = np.abs(np.column_stack([EFFECTS[name] * (inputs[name] - inputs[name].mean()) for name in EFFECTS]))
    rule_tops = [list(EFFECTS)[j] for j in pushes.argmax(axis=1)]
    in_rule = sum(top in EFFECTS for top in tops) / len(tops)
    same = sum(top == mine for top, mine in zip(tops, rule_tops, strict=True)) / len(tops)
    print(f"  each account's top factor: one of the rule's features for {in_rule:.1%}; the rule's own strongest "
          f"push for {same:.1%}")


def bench(name: str, url: str, accounts: int, repeat: int) -> None:
    engine = open_database(db_url=url)
    seconds, history = timed(build_history, engine, accounts)
    print(f"\n{name}: {accounts} accounts written in {seconds:.1f} s (set-up, not a figure)")
    quality(engine, history)
    as_of = AS_OF + timedelta(days=30)
    prepare_times, bulk_times, single_times, read_times = [], [], [], []
    for _ in range(repeat):
        seconds, prepared = timed(prepare_run, engine, as_of)
        prepare_times.append(seconds)
        seconds, run_id = timed(store_run, engine, prepared)
        bulk_times.append(seconds)
        read_times.append(timed(run_scores, engine, run_id)[0])
        seconds, baseline_id = timed(one_by_one, engine, prepared)
        single_times.append(seconds)
        with engine.begin() as conn:
            conn.execute(delete(ScoringRun).where(ScoringRun.id.in_([run_id, baseline_id])))
    bulk, single = statistics.median(bulk_times), statistics.median(single_times)
    print(f"  compute a run (fit + features + scores + costs): median {statistics.median(prepare_times):.2f} s "
          f"(runs: {', '.join(f'{t:.2f}' for t in prepare_times)})")
    print(f"  store {len(prepared.scores)} scores, one executemany:  median {bulk:.3f} s "
          f"(runs: {', '.join(f'{t:.3f}' for t in bulk_times)})")
    print(f"  baseline, one INSERT per row:          median {single:.3f} s  -> bulk is {single / bulk:.1f}x faster")
    print(f"  read the run's scores back (run_scores): median {statistics.median(read_times):.3f} s")
    engine.dispose()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--accounts", type=int, default=20_000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--postgres", action="store_true", help="also on a throwaway PostgreSQL server")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        bench("SQLite", f"sqlite:///{folder}/bench.sqlite3", args.accounts, args.repeat)
    if args.postgres:
        from tests.plugins.db import SUPERUSER, _PgProcess, find_pg_bindir  # noqa: PLC0415

        server = _PgProcess(find_pg_bindir())
        try:
            server.initdb()
            port = server.start()
            with server.run_as.popen([str(server.bindir / "createdb"), "-h", "127.0.0.1", "-p", str(port), "-U",
                                      SUPERUSER, "bench"], server.env) as created:
                created.wait()
            bench("PostgreSQL", f"postgresql+psycopg://{SUPERUSER}@127.0.0.1:{port}/bench", args.accounts, args.repeat)
        finally:
            server.stop()


if __name__ == "__main__":
    main()

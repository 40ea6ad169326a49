"""Custom report figures: two pivots on the big KPI database, beside a pandas groupby over the same rows in memory.

- agent × month for the whole year (the KPI engine, one period per month, through the summaries);
- weekday × hour (local) for one month (a GROUP BY over the visits table, bucketed in local time).

Each pivot computes its cells and its totals (rows, columns, overall: four groupings, none summed);
the pandas baseline does the same four groupbys over the counted visits already loaded, for the
measures both compute (attempts, contacts, rpc, promises, promised amount, distinct accounts
attempted and contacted), and the two must agree. The database is bench/kpis.py's (generated and
cached under /tmp on the first run). The machine is shared: absolute figures are noisy, the ratio less so.

    .venv/bin/python bench/pivot.py [--visits 1000000] [--accounts 200000] [--agents 100] [--payments 100000]
"""

from __future__ import annotations

import argparse
import sys
import time
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import pandas as pd
from sqlalchemy import text

from bench.kpis import DAYS, FIRST_DAY, ZONE, generate, median_ms
from syncserver.db.bootstrap import open_database
from syncserver.kpis.pivot import run_report
from syncserver.kpis.pivot_result import TOTAL
from syncserver.kpis.report_definition import ReportDefinition

VISIT_MEASURES = ("attempts", "contacts", "rpc", "promises", "promised_amount", "accounts_attempted",
                  "accounts_contacted")
EVERY_KPI = VISIT_MEASURES + ("assigned_accounts", "collected_amount", "promises_matured", "promises_kept",
                              "penetration", "intensity", "hits", "rpc_rate", "ptp_rate", "kept_rate")


def load_visits(engine) -> pd.DataFrame:
    """The counted visits with their local agent code, month, weekday and hour (what pandas groups)."""
    with engine.connect() as conn:
        visits = pd.read_sql_query(text(
            "SELECT a.code AS agent, v.account_id, v.started_at, v.outcome, v.promise_amount FROM visits v "
            "JOIN agents a ON a.id = v.agent_id WHERE NOT EXISTS (SELECT 1 FROM visits c WHERE c.corrects = v.id)"),
            conn)
    local = pd.to_datetime(visits.pop("started_at")).dt.tz_localize("UTC").dt.tz_convert(ZONE.key)
    naive = local.dt.tz_localize(None)
    visits["day"] = naive.dt.floor("D")
    visits["month"] = naive.dt.to_period("M").dt.start_time
    visits["weekday"], visits["hour"] = naive.dt.day_of_week, naive.dt.hour
    visits["contact"] = visits.outcome.isin(["third_party", "rpc", "promise_to_pay"])
    visits["rpc"] = visits.outcome.isin(["rpc", "promise_to_pay"])
    visits["promise"] = visits.outcome == "promise_to_pay"
    visits["promised"] = visits.promise_amount.fillna(0).astype("int64").where(visits.promise, 0)
    visits["contacted"] = visits.account_id.where(visits.contact)
    return visits


def pandas_pivot(visits: pd.DataFrame, first: date, last: date, rows: str, column: str) -> dict:
    """{grouping: frame} of the visit measures for rows × column, rows, column and overall."""
    v = visits[(visits.day >= pd.Timestamp(first)) & (visits.day <= pd.Timestamp(last))]
    out = {}
    for keys in ([rows, column], [rows], [column], []):
        grouped = v.groupby(keys) if keys else v.assign(all=0).groupby("all")
        out[tuple(keys)] = grouped.agg(attempts=("outcome", "size"), contacts=("contact", "sum"), rpc=("rpc", "sum"),
                                       promises=("promise", "sum"), promised_amount=("promised", "sum"),
                                       accounts_attempted=("account_id", "nunique"),
                                       accounts_contacted=("contacted", "nunique"))
    return out


def check_same(result, frames: dict, rows: str, column: str) -> None:
    """Every cell and total of the engine equals pandas' (amounts in cents)."""
    def key_of(dimension, value):
        return pd.Timestamp(value) if dimension == "month" else value

    def same(found: dict, expected) -> None:
        for name in VISIT_MEASURES:
            mine = found[name]
            mine = int(mine * 100) if isinstance(mine, Decimal) else mine
            assert mine == int(expected[name]), (name, mine, expected[name])

    full, by_rows, by_column, overall = (frames[k] for k in ((rows, column), (rows,), (column,), ()))
    for (row,) in result.row_keys:
        same(result.cells[((row,), TOTAL)], by_rows.loc[key_of(rows, row)])
        for key in result.column_keys:
            if (key_of(rows, row), key_of(column, key)) in full.index:
                same(result.cells[((row,), key)], full.loc[(key_of(rows, row), key_of(column, key))])
    for key in result.column_keys:
        if key_of(column, key) in by_column.index:
            same(result.cells[(TOTAL, key)], by_column.loc[key_of(column, key)])
    same(result.cells[(TOTAL, TOTAL)], overall.iloc[0])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--visits", type=int, default=1_000_000)
    parser.add_argument("--accounts", type=int, default=200_000)
    parser.add_argument("--agents", type=int, default=100)
    parser.add_argument("--payments", type=int, default=100_000)
    parser.add_argument("--db", type=Path, default=None, help="a database made by this script (default: its cache)")
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    cached = Path(f"/tmp/campo-bench-kpis-v1-{args.visits}-{args.accounts}-{args.agents}-{args.payments}.sqlite3")
    path = args.db or cached
    if not path.exists():
        began = time.perf_counter()
        generate(path, args.visits, args.accounts, args.agents, args.payments)
        print(f"generated {path} in {time.perf_counter() - began:.0f} s")
    engine = open_database(db_url=f"sqlite:///{path}")
    as_of = FIRST_DAY + timedelta(days=DAYS)
    year = (FIRST_DAY, FIRST_DAY + timedelta(days=DAYS - 1))
    month = (date(2026, 6, 1), date(2026, 6, 30))
    began = time.perf_counter()
    visits = load_visits(engine)
    print(f"loading the rows into pandas: {time.perf_counter() - began:.1f} s ({len(visits):,} counted visits)")
    print(f"{'pivot (cells + totals)':<44}{'engine (SQLite)':>16}{'pandas in memory':>18}{'ratio':>8}")
    cases = (("agent × month, a year, visit measures", year, "agent", "month", VISIT_MEASURES),
             ("weekday × hour, a month, visit measures", month, "weekday", "hour", VISIT_MEASURES))
    for label, (first, last), rows, column, measures in cases:
        definition = ReportDefinition(preset="custom", first=first, last=last, rows=(rows,), column=column,
                                      measures=measures)
        check_same(run_report(engine, definition, as_of=as_of), pandas_pivot(visits, first, last, rows, column),
                   rows, column)
        mine = median_ms(lambda d=definition: run_report(engine, d, as_of=as_of), args.repeat)
        theirs = median_ms(lambda f=first, t=last, r=rows, c=column: pandas_pivot(visits, f, t, r, c), args.repeat)
        print(f"{label:<44}{mine:>13.0f} ms{theirs:>15.0f} ms{theirs / mine:>7.1f}x")
    print("engine only (every KPI: assigned accounts, collected, promises kept, rates):")
    for label, (first, last), rows, column in (("agent × month, a year", year, "agent", "month"),
                                               ("segment × week, a year", year, "segment", "week"),
                                               ("agent × outcome, a month", month, "agent", "outcome")):
        measures = EVERY_KPI if column != "outcome" else tuple(m for m in EVERY_KPI if m not in (
            "assigned_accounts", "collected_amount", "penetration"))
        definition = ReportDefinition(preset="custom", first=first, last=last, rows=(rows,), column=column,
                                      measures=measures)
        mine = median_ms(lambda d=definition: run_report(engine, d, as_of=as_of), max(1, args.repeat // 2))
        print(f"  {label:<42}{mine:>13.0f} ms")
    engine.dispose()


if __name__ == "__main__":
    main()

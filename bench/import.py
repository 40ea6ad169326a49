"""Accounts import figures: 100,000 rows of a lender's file (its own headers, every Campo field) read
through a mapping and imported; each figure beside a same-run baseline and the ratio.

Baselines: reading the same file with csv.reader (or calamine's rows for .xlsx, the importer's reader) and
writing its cells as they are into a plain table with sqlite3 executemany, in one transaction. The
importer does more (checks every cell, upserts by external_ref, assignment history, KPI holdings,
change log), so the ratio says what that costs. Last, on SQLite, a first import into a second empty
branch as the desktop's wizard makes it: with a progress callback and a cancel event. The machine is
shared: absolute times are noisy.

    .venv/bin/python bench/import.py [--rows 100000] [--xlsx] [--db-url postgresql://...]
"""

from __future__ import annotations

import argparse
import contextlib
import csv
import random
import sqlite3
import sys
import tempfile
import threading
import time
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sqlalchemy import func, select  # noqa: E402

from syncserver.accounts_import import apply_import, parse_accounts_file  # noqa: E402
from syncserver.accounts_mapping import guess_mapping  # noqa: E402
from syncserver.agents import AgentCodeTaken, add_agent  # noqa: E402
from syncserver.db.bootstrap import open_database  # noqa: E402
from syncserver.db.models import Change  # noqa: E402

HEADERS = ["OBLIGACION", "NOMBRE", "CEDULA", "DIRECCION", "LATITUD", "LONGITUD", "SALDO", "DIAS_MORA", "SEGMENTO",
           "GESTOR", "TELEFONO1", "TELEFONO2", "CORREO", "AUTORIZA_CORREO", "AUTORIZA_SMS", "AUTORIZA_WHATSAPP",
           "PRODUCTO", "MONTO_ORIGINAL", "FECHAS_CUOTAS", "OBSERVACIONES"]
PRODUCTS = ("Libre inversión", "Tarjeta de crédito", "Vehículo", "Microcrédito")
AGENTS = 40
CPU: dict[str, float] = {}  # this process's CPU seconds of the last import's phases (less noisy than wall time)


def lender_rows(count: int, prefix: str = "OB", seed: int = 7, changed_every: int = 0) -> list[list[str]]:
    """Rows as a lender exports them; with changed_every=N, every Nth balance differs."""
    rng = random.Random(seed)
    rows = []
    for i in range(count):
        first = date(2026, 1, 5) + timedelta(days=i % 28)
        dues = ";".join((first + timedelta(days=30 * k)).isoformat() for k in range(rng.randint(0, 6)))
        balance = rng.randint(100_000, 20_000_000) + (7 if changed_every and i % changed_every == 0 else 0)
        rows.append([
            f"{prefix}-{i:07d}", f"Deudor {i} Pérez", f"{rng.randint(10_000_000, 1_099_999_999)}",
            f"Calle {i % 200} # {i % 90}-{i % 70}, Bogotá", f"{4.5 + rng.random() * 0.3:.6f}",
            f"{-74.2 + rng.random() * 0.2:.6f}", f"{balance:,}".replace(",", ".") + ",00", str(rng.randint(0, 400)),
            rng.choice(("temprana", "media", "tardía")), f"G{i % AGENTS:02d}", f"300 {rng.randint(1_000_000, 9_999_999)}",
            "" if i % 3 else f"(601) {rng.randint(2_000_000, 7_999_999)}", f"deudor{i}@correo.example.co",
            rng.choice(("sí", "no")), rng.choice(("SI", "NO", "")), rng.choice(("x", "")), rng.choice(PRODUCTS),
            f"{balance * 2:,}".replace(",", ".") + ",00", dues, "" if i % 5 else "Llamar en la tarde",
        ])
    return rows


def write_csv(path: Path, rows: list[list[str]]) -> None:
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle, delimiter=";")
        writer.writerow(HEADERS)
        writer.writerows(rows)


def write_xlsx(path: Path, rows: list[list[str]]) -> None:
    from openpyxl import Workbook

    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet()
    sheet.append(HEADERS)
    for row in rows:
        sheet.append(row)
    workbook.save(path)


def baseline(path: Path, workdir: Path) -> float:
    """Read the file plainly and executemany its cells into a plain SQLite table, in one transaction."""
    began = time.perf_counter()
    if path.suffix == ".csv":
        with path.open(newline="", encoding="utf-8") as handle:
            reader = csv.reader(handle, delimiter=";")
            next(reader)
            cells = list(reader)
    else:
        from python_calamine import CalamineWorkbook

        workbook = CalamineWorkbook.from_path(str(path))
        cells = list(workbook.get_sheet_by_index(0).iter_rows())[1:]
        workbook.close()
    db = sqlite3.connect(workdir / f"baseline-{path.suffix[1:]}.sqlite3", isolation_level=None)
    db.execute("PRAGMA journal_mode=WAL")
    db.execute(f"CREATE TABLE t (id INTEGER PRIMARY KEY, {', '.join(f'c{i}' for i in range(len(HEADERS)))})")
    db.execute("BEGIN")
    db.executemany(f"INSERT INTO t ({', '.join(f'c{i}' for i in range(len(HEADERS)))}) "
                   f"VALUES ({', '.join('?' * len(HEADERS))})", cells)
    db.execute("COMMIT")
    db.close()
    return time.perf_counter() - began


def openpyxl_read(path: Path) -> float:
    """The reader the importer used before calamine: openpyxl's read-only rows, values only."""
    from openpyxl import load_workbook

    began = time.perf_counter()
    workbook = load_workbook(path, read_only=True, data_only=True)
    sum(1 for _row in workbook.worksheets[0].iter_rows(values_only=True))
    workbook.close()
    return time.perf_counter() - began


def timed_import(engine, path: Path, hooks: bool = False) -> tuple[float, float, object, object]:
    """Read + check, then write; with hooks, as the app's wizard calls them (a progress callback, a cancel event)."""
    reports: list[tuple[int, int]] = []
    extra = {"progress": lambda done, total: reports.append((done, total)), "cancel": threading.Event()} if hooks else {}
    began, cpu = time.perf_counter(), time.process_time()
    plan = parse_accounts_file(path, engine, guess_mapping(HEADERS), **extra)
    parsed, parsed_cpu = time.perf_counter(), time.process_time()
    result = apply_import(engine, plan, extra.get("progress"), cancel=extra.get("cancel"))
    CPU.update(parse=parsed_cpu - cpu, apply=time.process_time() - parsed_cpu, reports=len(reports))
    return parsed - began, time.perf_counter() - parsed, plan, result


def changes(engine) -> int:
    with engine.connect() as conn:
        return conn.scalar(select(func.count()).select_from(Change))


def line(label: str, seconds: float, base: float | None = None, note: str = "") -> None:
    ratio = f"  baseline {base:6.2f} s  ratio {seconds / base:5.1f}x" if base else ""
    print(f"{label:<44} {seconds:6.2f} s{ratio}  {note}".rstrip(), flush=True)


def run(kind: str, rows: int, db_url: str | None, workdir: Path) -> None:
    path = workdir / f"lender.{kind}"
    (write_csv if kind == "csv" else write_xlsx)(path, lender_rows(rows, kind.upper()))
    engine = open_database(workdir / kind, db_url, timezone_name="America/Bogota")
    for a in range(AGENTS):
        with contextlib.suppress(AgentCodeTaken):  # a PostgreSQL database is shared by both runs
            add_agent(engine, f"G{a:02d}", f"Gestor {a}")
    base = baseline(path, workdir)
    print(f"--- {kind.upper()}, {rows:,} rows, {engine.dialect.name} ({path.stat().st_size / 1e6:.1f} MB)")
    if kind == "xlsx":
        line("for reference: openpyxl read-only rows alone", openpyxl_read(path), base)
    parse_s, apply_s, plan, result = timed_import(engine, path)
    assert not plan.errors, plan.errors[:3]
    line("first import: read + check", parse_s, note=f"(CPU {CPU['parse']:.2f} s)")
    line("first import: write", apply_s, note=f"created {result.created:,} (CPU {CPU['apply']:.2f} s)")
    line("first import: total", parse_s + apply_s, base, "goal < 20 s")
    before = changes(engine)
    parse_s, apply_s, _plan, result = timed_import(engine, path)
    line("same file again (all unchanged): total", parse_s + apply_s, base,
         f"unchanged {result.unchanged:,}, change-log entries +{changes(engine) - before}")
    (write_csv if kind == "csv" else write_xlsx)(path, lender_rows(rows, kind.upper(), changed_every=10))
    before = changes(engine)
    parse_s, apply_s, _plan, result = timed_import(engine, path)
    line("10 % of balances changed: total", parse_s + apply_s, base,
         f"updated {result.updated:,}, change-log entries +{changes(engine) - before}")
    engine.dispose()
    if db_url is None:  # a second empty branch (a PostgreSQL URL is one database: the rows are there already)
        fresh = open_database(workdir / f"{kind}-wizard", timezone_name="America/Bogota")
        for a in range(AGENTS):
            add_agent(fresh, f"G{a:02d}", f"Gestor {a}")
        parse_s, apply_s, _plan, result = timed_import(fresh, path, hooks=True)
        line("first import with the wizard's hooks: total", parse_s + apply_s, base,
             f"created {result.created:,}, {CPU['reports']} progress reports "
             f"(CPU {CPU['parse'] + CPU['apply']:.2f} s)")
        fresh.dispose()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--xlsx", action="store_true", help="also time the same rows as an .xlsx workbook")
    parser.add_argument("--db-url", default=None, help="a PostgreSQL URL instead of SQLite in a temporary folder")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="campo-bench-import-") as tmp:
        run("csv", args.rows, args.db_url, Path(tmp))
        if args.xlsx:
            run("xlsx", args.rows, args.db_url, Path(tmp))


if __name__ == "__main__":
    main()

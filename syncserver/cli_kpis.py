"""`campo-server payments import|list` and `campo-server kpis`: the commands of issue D's engine."""

from __future__ import annotations

import argparse
from dataclasses import asdict
from datetime import date
from pathlib import Path

from .admin import AdminError

RATE_HEADERS = (("penetration", "PENETR"), ("intensity", "INTENS"), ("hits", "HITS"), ("rpc_rate", "RPC%"),
                ("ptp_rate", "PTP%"), ("kept_rate", "KEPT%"))


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date YYYY-MM-DD") from None


def cmd_payments_import(args: argparse.Namespace) -> int:
    """Check a payments file, store its new payments, report invalid rows (exit 1 if any)."""
    from . import cli
    from .payments import import_payments, plan_payments

    engine = cli._open(args)
    result = import_payments(engine, plan_payments(Path(args.file), engine), actor=cli.cli_actor())
    if args.json:
        cli._print_json({"created": result.created, "unchanged": result.unchanged,
                         "errors": [asdict(error) for error in result.errors]})
    else:
        for error in result.errors:
            print(error)
        invalid = len({error.line for error in result.errors})
        print(f"created {result.created}, unchanged {result.unchanged}; {invalid} invalid row(s) not imported")
    return 1 if result.errors else 0


def cmd_payments_list(args: argparse.Namespace) -> int:
    """List payments, newest first."""
    from . import cli
    from .payments import list_payments

    payments = list_payments(cli._open(args), external_ref=args.account)
    if args.json:
        cli._print_json([{**asdict(p), "paid_on": p.paid_on.isoformat()} for p in payments])
        return 0
    rows = [[p.paid_on.isoformat(), p.external_ref, p.amount, p.reference] for p in payments]
    cli._print_table(["PAID ON", "ACCOUNT", "AMOUNT", "REFERENCE"], rows)
    return 0


def _rate(value: float | None, percent: bool) -> str:
    if value is None:
        return "—"
    return f"{value:.1%}" if percent else f"{value:.2f}"


def cmd_kpis(args: argparse.Namespace) -> int:
    """Print the KPIs of a period of local dates, grouped."""
    from . import cli
    from .kpis import compute_kpis

    if args.last < args.first:
        raise AdminError(f"--to {args.last} is before --from {args.first}")
    engine = cli._open(args)
    report = compute_kpis(engine, args.first, args.last, by=args.by, as_of=args.as_of)
    written = [_export(report, path, engine) for path in (args.xlsx, args.csv) if path is not None]
    if args.json:
        cli._print_json(report.as_json())
        return 0
    print(f"KPIs {report.first} .. {report.last} ({report.timezone}), as of {report.as_of}, by {report.by}")
    headers = ["KEY", "ASSIGNED", "ATTEMPTED", "CONTACTED", "ATTEMPTS", "CONTACTS", "RPC", "PTP", "MATURED", "KEPT"]
    rows = []
    for g in report.groups:
        key = "(all)" if g.key is None and report.by == "none" else ("—" if g.key is None else str(g.key))
        rates = [_rate(getattr(g, name), name != "intensity") for name, _ in RATE_HEADERS]
        rows.append([key, g.assigned_accounts, g.accounts_attempted, g.accounts_contacted, g.attempts, g.contacts,
                     g.rpc, g.promises, g.promises_matured, g.promises_kept, *rates, g.promised_amount,
                     g.collected_amount])
    cli._print_table(headers + [header for _, header in RATE_HEADERS] + ["PROMISED", "COLLECTED"], rows)
    for path, count in written:
        print(f"wrote {count} group(s) to {path}")
    return 0


def _export(report, path: Path, engine) -> tuple[Path, int]:
    """Write the report's groups to an .xlsx or .csv file (syncserver/table_export.py's formats), audited."""
    from .audit import cli_actor
    from .export_audit import KPIS, audited_export
    from .kpis.tables import kpi_table
    from .table_export import ExportError, export_table

    columns, rows = kpi_table(report.groups, report.by)
    try:
        return path, audited_export(
            engine, what=KPIS, path=path, actor=cli_actor(),
            write=lambda: export_table(path, f"KPIs {report.first} {report.last}", columns, rows),
            details={"from": report.first, "to": report.last, "by": report.by})
    except (ExportError, OSError) as exc:
        raise AdminError(f"cannot write {path}: {exc}") from None


def add_kpi_commands(commands, command) -> None:
    """Add `payments` and `kpis` to campo-server's parser (`command` is cli.build_parser's helper)."""
    payments = commands.add_parser("payments", help="payments on accounts")
    payments = payments.add_subparsers(dest="action", required=True)
    load = command(payments, "import", cmd_payments_import,
                   "import .csv or .xlsx payments (external_ref, paid_on, amount, reference)", listing=True)
    load.add_argument("file")
    command(payments, "list", cmd_payments_list, "list payments", listing=True).add_argument(
        "--account", help="only this account's (external_ref)")
    kpis = command(commands, "kpis", cmd_kpis, "collection KPIs of a period (definitions: docs/kpis.md)", listing=True)
    kpis.add_argument("--from", dest="first", type=_day, required=True, help="first local date, YYYY-MM-DD")
    kpis.add_argument("--to", dest="last", type=_day, required=True, help="last local date, YYYY-MM-DD")
    kpis.add_argument("--by", choices=("agent", "segment", "day", "none"), default="none")
    kpis.add_argument("--as-of", dest="as_of", type=_day, help="date promises mature against (default: today)")
    kpis.add_argument("--xlsx", type=_suffixed(".xlsx"), metavar="FILE.xlsx",
                      help="also write the groups to an Excel file (typed cells)")
    kpis.add_argument("--csv", type=_suffixed(".csv"), metavar="FILE.csv",
                      help="also write the groups to a CSV file (UTF-8 with BOM, ',' separated, '.' decimals)")


def _suffixed(suffix: str):
    """An argparse type: a path that ends in `suffix`."""
    def parse(text: str) -> Path:
        if not text.lower().endswith(suffix):
            raise argparse.ArgumentTypeError(f"{text!r} does not end in {suffix}")
        return Path(text)
    return parse

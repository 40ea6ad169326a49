"""`campo-server accounts import|list`: the portfolio from a lender's file, with its own headers if need be."""

from __future__ import annotations

import argparse
import sys
from dataclasses import asdict
from pathlib import Path

from .account_fields import FIELD_NAMES, MANY_FIELDS
from .admin import AdminError, list_accounts
from .audit import cli_actor

PROGRESS_MIN_ROWS = 2000


def _field_column(text: str) -> tuple[str, str]:
    field, equals, column = text.partition("=")
    field, column = field.strip(), column.strip()
    if not equals or not field or not column:
        raise argparse.ArgumentTypeError(f"{text!r} is not FIELD=COLUMN (e.g. balance=SALDO)")
    if field not in FIELD_NAMES:
        raise argparse.ArgumentTypeError(f"unknown field {field!r}; the fields are {', '.join(FIELD_NAMES)}")
    return field, column


def _mapping(args: argparse.Namespace) -> dict[str, tuple[str, ...]] | None:
    """The mapping --guess and --map give (None: columns named like the fields)."""
    from .accounts_import import peek_file
    from .accounts_mapping import fold_header, guess_mapping

    if not args.guess and not args.map:
        return None
    headers = peek_file(Path(args.file), rows=0).headers
    if args.guess:
        mapping = guess_mapping(headers)
    else:  # fields not given: from a column named like them, if there is one
        mapping = {fold_header(label): (label,) for label in headers if fold_header(label) in FIELD_NAMES}
    given: dict[str, list[str]] = {}
    for field, column in args.map or ():
        if field in given and field not in MANY_FIELDS:
            raise AdminError(f"--map {field}= given twice; only {', '.join(sorted(MANY_FIELDS))} take several columns")
        given.setdefault(field, []).append(column)
    taken = {fold_header(column) for columns in given.values() for column in columns}
    for field in list(mapping):  # a column given to another field leaves the field it was guessed for
        mapping[field] = tuple(c for c in mapping[field] if fold_header(c) not in taken)
    return {**{f: c for f, c in mapping.items() if c}, **{f: tuple(c) for f, c in given.items()}}


def _progress_bar(label: str):
    def draw(done: int, total: int) -> None:
        if not total:  # a workbook: its length is not known before the end
            sys.stderr.write(f"\r{label} {done} lines")
        else:
            share = min(1.0, done / total)
            sys.stderr.write(f"\r{label} [{'#' * int(share * 30):<30}] {share:4.0%} {done}/{total}")
            sys.stderr.write("\n" if done >= total else "")
        sys.stderr.flush()

    return draw


def cmd_accounts_import(args: argparse.Namespace) -> int:
    """Validate a .csv/.xlsx file, import its valid rows, report the others (exit 1 if any)."""
    from . import cli
    from .accounts_import import apply_import, parse_accounts_file

    engine = cli._open(args)
    interactive = sys.stderr.isatty() and not args.json
    mapping = _mapping(args)
    if interactive:
        print(f"Checking {Path(args.file).name}...", file=sys.stderr, flush=True)
    plan = parse_accounts_file(Path(args.file), engine, mapping,
                               progress=_progress_bar("Checking ") if interactive else None)
    show_progress = interactive and len(plan.rows) >= PROGRESS_MIN_ROWS
    result = apply_import(engine, plan, progress=_progress_bar("Importing") if show_progress else None,
                          actor=cli_actor())
    if args.json:
        summary = {k: getattr(result, k) for k in ("created", "updated", "moved", "unchanged")}
        errors = [asdict(error) for error in result.errors]
        cli._print_json({**summary, "errors": errors, "ignored_columns": list(plan.ignored_columns),
                         "mapping": {field: list(columns) for field, columns in plan.mapping.items()}})
        return 1 if result.errors else 0
    if mapping is not None:
        print("Columns: " + ", ".join(f"{field}={'+'.join(columns)}" for field, columns in plan.mapping.items()))
    if plan.ignored_columns:
        print(f"Ignored column(s): {', '.join(plan.ignored_columns)}")
    for error in result.errors:
        print(error)
    invalid = len({error.line for error in result.errors})
    print(f"created {result.created}, updated {result.updated}, moved {result.moved}, "
          f"unchanged {result.unchanged}; {invalid} invalid row(s) not imported")
    return 1 if result.errors else 0


def _consents(account) -> str:
    given = [name for name, flag in (("email", account.consent_email), ("sms", account.consent_sms),
                                     ("whatsapp", account.consent_whatsapp)) if flag]
    return ",".join(given) or "-"


def cmd_accounts_list(args: argparse.Namespace) -> int:
    """List accounts with their assigned agent."""
    from . import cli

    accounts = list_accounts(cli._open(args), agent_code=args.agent)
    if args.json:
        cli._print_json([asdict(account) for account in accounts])
        return 0
    rows = [
        [a.external_ref, a.debtor_name, a.document_id or "-", f"{a.balance} {a.currency}", a.days_past_due,
         a.agent_code or "-", a.segment, cli._yes(a.lat is not None), " ".join(a.phones) or "-", _consents(a)]
        for a in accounts
    ]
    cli._print_table(["REF", "DEBTOR", "DOCUMENT", "BALANCE", "DPD", "AGENT", "SEGMENT", "LOCATION", "PHONES",
                      "CONSENT"], rows)
    return 0


def add_account_commands(commands, command) -> None:
    """Add `accounts import` and `accounts list` to campo-server's parser (`command` is cli.build_parser's helper)."""
    accounts = commands.add_parser("accounts", help="the portfolio")
    accounts = accounts.add_subparsers(dest="action", required=True)
    load = command(accounts, "import", cmd_accounts_import, "import .csv or .xlsx accounts", listing=True)
    load.add_argument("file")
    load.add_argument("--map", action="append", type=_field_column, metavar="FIELD=COLUMN",
                      help="read FIELD from the file's COLUMN (e.g. balance=SALDO); repeat it; phones and "
                           "instalment_due_dates take several columns (repeat the field)")
    load.add_argument("--guess", action="store_true",
                      help="guess the columns from the file's headers (Spanish or English), as the app does; "
                           "--map overrides a guess")
    command(accounts, "list", cmd_accounts_list, "list accounts", listing=True).add_argument("--agent")

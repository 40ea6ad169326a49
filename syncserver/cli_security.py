"""`campo-server users …` and `campo-server audit`: desktop users with roles, and the audit log."""

from __future__ import annotations

import argparse
import getpass
import sys
from dataclasses import asdict
from datetime import date
from pathlib import Path

from .admin import AdminError
from .audit import cli_actor
from .permissions import ROLES


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date YYYY-MM-DD") from None


def _new_password(args: argparse.Namespace, login: str) -> str:
    """The new password: one line of stdin with --password-stdin, else typed twice without echo."""
    from .passwords import password_problem

    if args.password_stdin:
        password = sys.stdin.readline().rstrip("\r\n")
    else:
        try:
            password = getpass.getpass(f"New password for {login}: ")
            if getpass.getpass("Type it again: ") != password:
                raise AdminError("the two passwords differ; nothing was changed")
        except EOFError:
            raise AdminError("no password typed (use --password-stdin to pass one on standard input)") from None
    if (problem := password_problem(password, login)) is not None:
        raise problem
    return password


def cmd_users_add(args: argparse.Namespace) -> int:
    """Add a user (the first one must be an administrator)."""
    from . import cli
    from .users import create_user, normalize_login

    engine = cli._open(args)
    user = create_user(engine, args.login, args.name, args.role, _new_password(args, normalize_login(args.login)),
                       actor=cli_actor())
    return cli._show(args, asdict(user), f"Added user {user.login} ({user.display_name}), {user.role}")


def cmd_users_list(args: argparse.Namespace) -> int:
    """List users."""
    from . import cli
    from .users import list_users

    engine = cli._open(args)
    users = list_users(engine)
    if args.json:
        cli._print_json([asdict(user) for user in users])
        return 0
    zone = cli._branch_zone(engine)
    rows = [[u.login, u.display_name, u.role, cli._yes(u.active), cli._local(u.last_login_at, zone),
             cli._local(u.locked_until, zone)] for u in users]
    cli._print_table(["LOGIN", "NAME", "ROLE", "ACTIVE", "LAST LOGIN", "LOCKED UNTIL"], rows)
    if not users:
        print("No users: the desktop opens without login (single-user mode).")
    return 0


def cmd_users_passwd(args: argparse.Namespace) -> int:
    """Set a user's password (also unlocks them)."""
    from . import cli
    from .users import get_user, set_password

    engine = cli._open(args)
    login = get_user(engine, args.login).login
    user = set_password(engine, login, _new_password(args, login), actor=cli_actor())
    return cli._show(args, asdict(user), f"New password set for {user.login}")


def cmd_users_update(args: argparse.Namespace) -> int:
    """Change a user's name, role or active flag."""
    from . import cli
    from .users import update_user

    user = update_user(cli._open(args), args.login, display_name=args.name, role=args.role, active=args.active,
                       actor=cli_actor())
    state = "active" if user.active else "inactive"
    return cli._show(args, asdict(user), f"User {user.login}: {user.display_name}, {user.role}, {state}")


def cmd_users_deactivate(args: argparse.Namespace) -> int:
    """Stop a user from signing in."""
    from . import cli
    from .users import deactivate_user

    user = deactivate_user(cli._open(args), args.login, actor=cli_actor())
    return cli._show(args, asdict(user), f"User {user.login} is deactivated")


def cmd_audit(args: argparse.Namespace) -> int:
    """Print the audit log (newest first), as a table, JSON, or a CSV file."""
    from . import cli
    from .audit_log import AuditFilter, day_range, export_audit, list_audit

    from .audit import ACTIONS

    if args.first and args.last and args.first > args.last:
        raise AdminError("--from is after --to")
    if args.csv and args.json:
        raise AdminError("choose --json or --csv, not both")
    if args.action and args.action not in ACTIONS:
        raise AdminError(f"unknown action {args.action!r}; the actions are: {', '.join(ACTIONS)}")
    engine = cli._open(args)
    zone = cli._branch_zone(engine)
    since, until = day_range(args.first, args.last, zone)
    where = AuditFilter(since, until, args.actor, args.action)
    if args.csv:
        count = export_audit(engine, where, Path(args.csv), zone, actor=cli_actor())
        print(f"Wrote {count} entries to {args.csv}")
        return 0
    rows = list_audit(engine, where)
    if args.json:
        cli._print_json([asdict(row) for row in rows])
        return 0
    table = [[row.at.astimezone(zone).strftime("%Y-%m-%d %H:%M:%S"), row.actor, row.action,
              f"{row.subject_type} {row.subject_id}" if row.subject_type else "", row.origin] for row in rows]
    cli._print_table(["AT", "ACTOR", "ACTION", "SUBJECT", "ORIGIN"], table)
    return 0


def add_security_commands(commands, command) -> None:
    """Register `users …` and `audit` on campo-server's parser (`command` is cli's helper)."""
    users = commands.add_parser("users", help="desktop users and their roles").add_subparsers(dest="action",
                                                                                            required=True)
    add = command(users, "add", cmd_users_add, "add a user (asks for the password twice)", listing=True)
    add.add_argument("login")
    add.add_argument("name")
    add.add_argument("--role", choices=ROLES, required=True)
    add.add_argument("--password-stdin", action="store_true", help="read the password from standard input")
    command(users, "list", cmd_users_list, "list users", listing=True)
    passwd = command(users, "passwd", cmd_users_passwd, "set a user's password (and unlock them)", listing=True)
    passwd.add_argument("login")
    passwd.add_argument("--password-stdin", action="store_true", help="read the password from standard input")
    change = command(users, "update", cmd_users_update, "change a user's name, role or active flag", listing=True)
    change.add_argument("login")
    change.add_argument("--name")
    change.add_argument("--role", choices=ROLES)
    change.add_argument("--active", dest="active", action="store_true", default=None)
    change.add_argument("--inactive", dest="active", action="store_false")
    command(users, "deactivate", cmd_users_deactivate, "stop a user from signing in", listing=True).add_argument("login")

    audit = command(commands, "audit", cmd_audit, "the audit log of sensitive actions, newest first", listing=True)
    audit.add_argument("--from", dest="first", type=_day, help="first day (YYYY-MM-DD, the branch's time zone)")
    audit.add_argument("--to", dest="last", type=_day, help="last day, included")
    audit.add_argument("--action", help="only this action code, e.g. device.revoked")
    audit.add_argument("--actor", help="only this actor, e.g. a login or cli:ana")
    audit.add_argument("--csv", metavar="FILE", help="write the entries to a CSV file (UTF-8 with BOM) instead")

"""`campo-server mail settings|test|outbox`: visit e-mail notifications from the command line."""

from __future__ import annotations

import argparse
import getpass
import sys
from dataclasses import asdict, replace

from .admin import AdminError
from .audit import cli_actor
from .cli import _branch_zone, _local, _open, _print_json, _print_table, _show
from .clock import utcnow
from .mail_outbox import STATUSES, list_outbox, outbox_counts, retry_failed
from .mail_settings import SECURITIES, VISIT_FLAGS, MailSettingsInfo, read_mail_settings, split_addresses, update_mail_settings
from .mail_smtp import MailError
from .mail_trial import send_trial
from mobile_protocol.messages import OUTCOMES


def _codes(text: str, known: tuple[str, ...], what: str) -> tuple[str, ...]:
    """A comma-separated list of codes; "all" and "none" as words."""
    if text.strip() == "all":
        return known
    if text.strip() in ("", "none"):
        return ()
    chosen = tuple(c.strip() for c in text.split(",") if c.strip())
    for code in chosen:
        if code not in known:
            raise AdminError(f"unknown {what} {code!r}; use some of {', '.join(known)}, or all, or none")
    return chosen


def _settings_text(info: MailSettingsInfo) -> str:
    shown = info.public()
    lines = [f"Notifications: {'on' if info.enabled else 'off'}",
             f"SMTP server:   {info.host or '(not set)'}:{info.port} ({info.security})",
             f"User:          {info.username or '(none)'}  password: {shown['password'] or '(none)'}",
             f"From:          {info.from_address or '(not set)'}",
             f"To:            {', '.join(info.recipients) or '(nobody)'}",
             f"Language:      {info.language}",
             f"Outcomes:      {', '.join(info.outcomes) or '(none)'}",
             f"Flags:         {', '.join(info.flags) or '(none)'}"]
    return "\n".join(lines)


def cmd_settings(args: argparse.Namespace) -> int:
    """Show the mail settings, or change the ones given (nothing is stored when one is wrong)."""
    engine = _open(args)
    current = read_mail_settings(engine)
    changes: dict = {}
    for name in ("host", "port", "security", "username", "language"):
        if getattr(args, name) is not None:
            changes[name] = getattr(args, name)
    if args.sender is not None:
        changes["from_address"] = args.sender
    if args.to is not None:
        changes["recipients"] = split_addresses(",".join(args.to))
    if args.outcomes is not None:
        changes["outcomes"] = _codes(args.outcomes, OUTCOMES, "outcome")
    if args.flags is not None:
        changes["flags"] = _codes(args.flags, VISIT_FLAGS, "flag")
    if args.password_stdin:
        changes["password"] = sys.stdin.readline().rstrip("\n") if not sys.stdin.isatty() else getpass.getpass("SMTP password: ")
    if args.no_password:
        changes["password"] = ""
    if args.enabled is not None:
        changes["enabled"] = args.enabled
    info = update_mail_settings(engine, replace(current, **changes), actor=cli_actor()) if changes else current
    return _show(args, info.public(), _settings_text(info))


def cmd_test(args: argparse.Namespace) -> int:
    """Send a test e-mail to TO with the stored settings; exit 1 with the SMTP server's answer when it fails."""
    try:
        message_id = send_trial(_open(args), args.to)
    except MailError as error:
        if args.json:
            _print_json({"sent": False, "kind": error.kind, "detail": error.detail})
        else:
            print(f"Not sent ({error.kind}): {error.detail}", file=sys.stderr)
        return 1
    return _show(args, {"sent": True, "message_id": message_id}, f"Sent a test e-mail to {args.to} ({message_id})")


def cmd_outbox(args: argparse.Namespace) -> int:
    """List the visit e-mail outbox (newest first) and how many rows have each status."""
    engine = _open(args)
    retried = retry_failed(engine, utcnow()) if args.retry_failed else 0
    entries = list_outbox(engine, status=args.status, limit=args.limit)
    counts = outbox_counts(engine)
    if args.json:
        _print_json({"counts": counts, "retried": retried, "entries": [asdict(e) for e in entries]})
        return 0
    if args.retry_failed:
        print(f"{retried} failed e-mail(s) queued again")
    zone = _branch_zone(engine)
    rows = [[e.id, e.visit_id, e.status, e.attempts, _local(e.created_at, zone), _local(e.sent_at, zone),
             (e.last_error or "")[:60]] for e in entries]
    _print_table(["ID", "VISIT", "STATUS", "ATTEMPTS", "QUEUED", "SENT", "LAST ERROR"], rows)
    print("  ".join(f"{status}: {counts[status]}" for status in STATUSES))
    return 0


def add_commands(commands, command) -> None:
    """Register `mail ...` on campo-server's parser (`command` is cli's helper; cli imports us late)."""
    group = commands.add_parser("mail", help="e-mail notifications of finished visits")
    group = group.add_subparsers(dest="action", required=True)
    settings = command(group, "settings", cmd_settings, "show or change the mail settings", listing=True)
    on = settings.add_mutually_exclusive_group()
    on.add_argument("--enable", dest="enabled", action="store_true", default=None, help="send visit e-mails")
    on.add_argument("--disable", dest="enabled", action="store_false", help="stop queueing visit e-mails")
    settings.add_argument("--host", help="SMTP server")
    settings.add_argument("--port", type=int, help="SMTP port (587 for STARTTLS, 465 for TLS, 25 for none)")
    settings.add_argument("--security", choices=SECURITIES)
    settings.add_argument("--user", dest="username", help="SMTP user name ('' for none)")
    password = settings.add_mutually_exclusive_group()
    password.add_argument("--password-stdin", action="store_true", help="read the SMTP password from stdin")
    password.add_argument("--no-password", action="store_true", help="clear the stored password")
    settings.add_argument("--from", dest="sender", help="sender address")
    settings.add_argument("--to", action="extend", nargs="+", help="recipient addresses (replace the list)")
    settings.add_argument("--language", choices=("es", "en"))
    settings.add_argument("--outcomes", help=f"outcomes that send an e-mail: some of {','.join(OUTCOMES)}, all or none")
    settings.add_argument("--flags", help=f"flags that send an e-mail: some of {','.join(VISIT_FLAGS)}, all or none")
    command(group, "test", cmd_test, "send a test e-mail with the stored settings", listing=True).add_argument("to")
    outbox = command(group, "outbox", cmd_outbox, "list the visit e-mail outbox", listing=True)
    outbox.add_argument("--status", choices=STATUSES)
    outbox.add_argument("--limit", type=int, default=100)
    outbox.add_argument("--retry-failed", action="store_true", help="queue the failed e-mails again first")

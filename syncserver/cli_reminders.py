"""`campo-server reminders plan|send|log|settings|opt-out`: debtor reminders from the command line."""

from __future__ import annotations

import argparse
import asyncio
from concurrent.futures import ThreadPoolExecutor
from dataclasses import asdict, replace
from pathlib import Path

from sqlalchemy import Engine, select

from .admin import AdminError
from .audit import cli_actor
from .cli import _branch_zone, _local, _open, _print_json, _print_table, _show
from .config import MailPolicy
from .db.engine import default_data_dir
from .db.models import Account
from .events import EventBus
from .reminder_optouts import set_opt_out
from .reminder_outbox import STATUSES, list_reminders, reminder_counts
from .reminder_planner import plan_reminders
from .reminder_sender import ReminderSender
from .reminder_settings import (
    CHANNELS,
    LANGUAGES,
    PROVIDERS,
    hhmm,
    parse_hhmm,
    read_reminder_settings,
    update_reminder_settings,
)
from .writer import Writer


def cmd_plan(args: argparse.Namespace) -> int:
    """Plan today's reminders (what the server does every few minutes)."""
    result = plan_reminders(_open(args))
    skipped = ", ".join(f"{reason}: {n}" for reason, n in sorted(result.skipped.items())) or "none"
    return _show(args, asdict(result), f"Queued {result.queued}; skipped {skipped}; already planned {result.already}")


async def _send(engine: Engine, data_dir: Path) -> int:
    bus, readers = EventBus(), ThreadPoolExecutor(2, thread_name_prefix="campo-reader")
    bus.bind(asyncio.get_running_loop())
    writer = Writer(engine, bus)
    await writer.start()
    try:
        sender = ReminderSender(engine, writer, readers, data_dir, MailPolicy(), float("inf"))
        try:
            return await sender.send_due()
        finally:
            await sender.stop()
    finally:
        await writer.stop()
        readers.shutdown(wait=True)


def cmd_send(args: argparse.Namespace) -> int:
    """Plan, then send every message due now (a server running on the same database does this by itself)."""
    engine = _open(args)
    result = plan_reminders(engine)
    sent = asyncio.run(_send(engine, Path(args.data_dir) if args.data_dir else default_data_dir()))
    counts = reminder_counts(engine)
    return _show(args, {"planned": asdict(result), "sent": sent, "counts": counts},
                 f"Queued {result.queued}, sent {sent}; " + "  ".join(f"{s}: {counts[s]}" for s in STATUSES))


def cmd_log(args: argparse.Namespace) -> int:
    """The reminder messages, newest first, with how many have each status."""
    engine = _open(args)
    entries = list_reminders(engine, status=args.status, channel=args.channel, limit=args.limit)
    counts = reminder_counts(engine, channel=args.channel)
    if args.json:
        _print_json({"counts": counts, "entries": [asdict(e) for e in entries]})
        return 0
    zone = _branch_zone(engine)
    _print_table(["ID", "ACCOUNT", "CHANNEL", "KIND", "DUE", "TO", "STATUS", "REASON", "TRIES", "SENT", "LAST ERROR"],
                 [[e.id, e.external_ref, e.channel, e.kind, e.due_on.isoformat(), e.address or "", e.status,
                   e.reason or "", e.attempts, _local(e.sent_at, zone), (e.last_error or "")[:50]] for e in entries])
    print("  ".join(f"{status}: {counts[status]}" for status in STATUSES))
    return 0


def _settings_text(info) -> str:
    shown = info.public()
    return "\n".join([
        f"Channels:     {', '.join(info.channels()) or '(none)'}",
        f"Days before:  {info.days_before}",
        f"Quiet hours:  {hhmm(info.quiet_start)}-{hhmm(info.quiet_end)}"
        + (" (none)" if info.quiet_start == info.quiet_end else ""),
        f"Provider:     {info.provider} {info.provider_url}  token: {shown['provider_token'] or '(none)'}",
        f"Inbound STOP: token {shown['inbound_token'] or '(none: /hooks/reminders/opt-out is off)'}",
        f"Sender name:  {info.sender_name or '(the company of the agreements)'}",
        f"Language:     {info.language}",
    ] + [f"Template {key}: {text}" for key, text in info.templates.items()])


def cmd_settings(args: argparse.Namespace) -> int:
    """Show the reminder settings, or change the ones given (nothing is stored when one is wrong)."""
    engine = _open(args)
    current = read_reminder_settings(engine)
    changes: dict = {}
    if args.channels is not None:
        chosen = {c.strip() for c in args.channels.split(",") if c.strip() and c.strip() != "none"}
        if unknown := chosen - set(CHANNELS):
            raise AdminError(f"unknown channel(s) {', '.join(sorted(unknown))}; use some of {', '.join(CHANNELS)}")
        changes.update(email_on="email" in chosen, sms_on="sms" in chosen, whatsapp_on="whatsapp" in chosen)
    for name in ("days_before", "provider", "provider_url", "provider_token", "inbound_token", "sender_name",
                 "language"):
        if getattr(args, name) is not None:
            changes[name] = getattr(args, name)
    if args.quiet is not None:
        start, _, end = args.quiet.partition("-")
        changes.update(quiet_start=parse_hhmm(start, "quiet_start"), quiet_end=parse_hhmm(end or start, "quiet_end"))
    for key, text in args.template or ():
        changes.setdefault("templates", dict(current.templates))[key] = text
    info = update_reminder_settings(engine, replace(current, **changes), actor=cli_actor()) if changes else current
    return _show(args, info.public(), _settings_text(info))


def cmd_opt_out(args: argparse.Namespace) -> int:
    """Set the channels an account (by its reference) gets no reminders on."""
    engine = _open(args)
    with engine.connect() as conn:
        account_id = conn.scalar(select(Account.id).where(Account.external_ref == args.account))
    if account_id is None:
        raise AdminError(f"no account {args.account!r}")
    chosen = () if args.channels == "none" else tuple(c.strip() for c in args.channels.split(",") if c.strip())
    done = set_opt_out(engine, account_id, chosen, actor=cli_actor())
    return _show(args, {"account": args.account, "opted_out": list(done)},
                 f"{args.account}: no reminders by {', '.join(done) or '(none: every channel allowed)'}")


def add_commands(commands, command) -> None:
    """Register `reminders ...` on campo-server's parser (`command` is cli's helper; cli imports us late)."""
    group = commands.add_parser("reminders", help="reminders to debtors by e-mail, SMS and WhatsApp")
    group = group.add_subparsers(dest="action", required=True)
    command(group, "plan", cmd_plan, "plan today's reminders", listing=True)
    command(group, "send", cmd_send, "plan and send the reminders due now", listing=True)
    log = command(group, "log", cmd_log, "list the reminder messages", listing=True)
    log.add_argument("--status", choices=STATUSES)
    log.add_argument("--channel", choices=CHANNELS)
    log.add_argument("--limit", type=int, default=100)
    settings = command(group, "settings", cmd_settings, "show or change the reminder settings", listing=True)
    settings.add_argument("--channels", help=f"channels on: some of {','.join(CHANNELS)}, or none")
    settings.add_argument("--days-before", type=int)
    settings.add_argument("--quiet", help="quiet hours HH:MM-HH:MM in the branch's time (the same twice: none)")
    settings.add_argument("--provider", choices=PROVIDERS)
    settings.add_argument("--provider-url")
    settings.add_argument("--provider-token")
    settings.add_argument("--inbound-token", help="the token the provider sends to /hooks/reminders/opt-out")
    settings.add_argument("--sender-name")
    settings.add_argument("--language", choices=LANGUAGES)
    settings.add_argument("--template", nargs=2, action="append", metavar=("KIND", "TEXT"),
                          help="before_due, after_miss, before_due_en or after_miss_en, and its text")
    opt_out = command(group, "opt-out", cmd_opt_out, "set the channels an account gets no reminders on", listing=True)
    opt_out.add_argument("account", help="the account's reference")
    opt_out.add_argument("--channels", default=",".join(CHANNELS), help="channels opted out (default all), or none")

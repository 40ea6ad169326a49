"""`campo-server alerts list|ack|settings`: the office's alerts from the command line."""

from __future__ import annotations

import argparse
from dataclasses import replace

from .admin import AdminError
from .alerts.kinds import KINDS
from .alerts.office import acknowledge, list_alerts
from .alerts.settings import AlertSettingsInfo, read_alert_settings, update_alert_settings
from .alerts.words import describe, kind_name
from .audit import cli_actor
from .cli import _branch_zone, _local, _open, _print_json, _print_table, _show


def cmd_list(args: argparse.Namespace) -> int:
    """List alerts, newest first (only the open ones with --open)."""
    engine = _open(args)
    alerts = list_alerts(engine, open_only=args.open, limit=args.limit)
    if args.json:
        _print_json([dict(alert.public(), text=describe(alert)) for alert in alerts])
        return 0
    zone = _branch_zone(engine)
    state = lambda a: "resuelta" if a.resolved_at else ("vista" if a.acknowledged_at else "abierta")  # noqa: E731
    _print_table(["ID", "KIND", "SINCE", "STATE", "ALERT"],
                 [[a.id, kind_name(a.kind), _local(a.raised_at, zone), state(a), describe(a)] for a in alerts])
    return 0


def cmd_ack(args: argparse.Namespace) -> int:
    """Acknowledge alerts by id (audited as the operating system's user)."""
    engine = _open(args)
    done = acknowledge(engine, args.ids, actor=cli_actor())
    return _show(args, {"acknowledged": done},
                 f"Acknowledged {len(done)} alert(s)" + (f": {', '.join(map(str, done))}" if done else ""))


def cmd_settings(args: argparse.Namespace) -> int:
    """Show the alert thresholds, or change the ones given."""
    engine = _open(args)
    info = read_alert_settings(engine)
    changes: dict = {}
    for name in ("silent_minutes", "battery_pct", "work_start", "work_end"):
        if getattr(args, name) is not None:
            changes[name] = getattr(args, name)
    if args.work_days is not None:
        try:
            changes["work_days"] = tuple(int(day) for day in args.work_days.split(",") if day.strip())
        except ValueError:
            raise AdminError("--work-days takes ISO weekdays separated by commas, e.g. 1,2,3,4,5") from None
    if args.mail is not None:
        chosen = args.mail.strip()
        changes["mail_kinds"] = KINDS if chosen == "all" else tuple(
            k.strip() for k in ("" if chosen == "none" else chosen).split(",") if k.strip())
    if changes:
        info = update_alert_settings(engine, replace(info, **changes), actor=cli_actor())
    return _show(args, info.public(), _settings_text(info))


def _settings_text(info: AlertSettingsInfo) -> str:
    return "\n".join([
        f"Silent device after: {info.silent_minutes} min, {info.work_start}-{info.work_end} on days "
        f"{','.join(map(str, info.work_days))}",
        f"Low battery below:   {info.battery_pct} %",
        f"By e-mail:           {', '.join(info.mail_kinds) or '(none)'}",
    ])


def add_commands(commands, command) -> None:
    """Register `alerts ...` on campo-server's parser (`command` is cli's helper; cli imports us late)."""
    group = commands.add_parser("alerts", help="alerts for the office").add_subparsers(dest="action", required=True)
    listing = command(group, "list", cmd_list, "list alerts, newest first", listing=True)
    listing.add_argument("--open", action="store_true", help="only alerts neither acknowledged nor resolved")
    listing.add_argument("--limit", type=int, default=200)
    command(group, "ack", cmd_ack, "acknowledge alerts", listing=True).add_argument("ids", nargs="+", type=int,
                                                                                     metavar="ID")
    settings = command(group, "settings", cmd_settings, "show or change the alert thresholds", listing=True)
    settings.add_argument("--silent-minutes", type=int)
    settings.add_argument("--battery-pct", type=int)
    settings.add_argument("--work-start", help="HH:MM, branch local time")
    settings.add_argument("--work-end", help="HH:MM, branch local time")
    settings.add_argument("--work-days", help="ISO weekdays, e.g. 1,2,3,4,5 (Monday to Friday)")
    settings.add_argument("--mail", help=f"kinds also sent by e-mail: some of {','.join(KINDS)}, all or none")

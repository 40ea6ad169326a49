"""`campo-server`: set up a branch, manage agents, accounts and devices, and run the sync server."""

from __future__ import annotations

import argparse
import json
import os
import sys
from dataclasses import asdict
from datetime import date, datetime, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from alembic.util.exc import CommandError
from sqlalchemy import Engine
from sqlalchemy.exc import SQLAlchemyError

from .admin import AdminError
from .agents import UNCHANGED, add_agent, list_agents, update_agent
from .audit import cli_actor
from .branch import Branch, load_branch
from .cli_agreements import add_agreement_commands
from .cli_accounts import add_account_commands
from .cli_kpis import add_kpi_commands
from .cli_routes import add_route_commands
from .cli_scoring import add_scoring_commands
from .cli_security import add_security_commands
from .db.bootstrap import open_database
from .db.engine import default_data_dir
from .devices import list_devices, revoke_device
from .netinfo import DEFAULT_PORT, last_served, server_urls
from .questionnaire_setup import ensure_default_questionnaire

PROG = "campo-server"
MAX_TTL_HOURS = 24 * 30


def _json_value(value: Any) -> Any:
    if isinstance(value, datetime):
        return value.isoformat().replace("+00:00", "Z")
    if isinstance(value, date | Decimal):
        return str(value)
    raise TypeError(f"not JSON: {type(value).__name__}")


def _print_json(value: Any) -> None:
    print(json.dumps(value, default=_json_value, ensure_ascii=False, indent=2))


def _print_table(headers: list[str], rows: list[list[Any]]) -> None:
    cells = [headers] + [["" if cell is None else str(cell) for cell in row] for row in rows]
    widths = [max(len(row[i]) for row in cells) for i in range(len(headers))]
    for row in cells:
        print("  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True)).rstrip())


def _show(args: argparse.Namespace, value: Any, text: str) -> int:
    """Print `value` as JSON with --json, else `text`; exit code 0."""
    if args.json:
        _print_json(value)
    else:
        print(text)
    return 0


def _yes(flag: bool) -> str:
    return "yes" if flag else "no"


def _local(moment: datetime | None, zone: ZoneInfo) -> str:
    return moment.astimezone(zone).strftime("%Y-%m-%d %H:%M") if moment else ""


def _branch(engine: Engine) -> Branch:
    with engine.connect() as conn:
        return load_branch(conn)


def _branch_zone(engine: Engine) -> ZoneInfo:
    try:
        return ZoneInfo(_branch(engine).timezone)
    except ZoneInfoNotFoundError:
        return ZoneInfo("UTC")


def _open(args: argparse.Namespace, **branch: str | None) -> Engine:
    try:
        return open_database(args.data_dir, args.db_url, **branch)
    except (SQLAlchemyError, CommandError, OSError) as exc:
        raise AdminError(f"cannot open the database: {str(exc).splitlines()[0]}") from None


def cmd_init(args: argparse.Namespace) -> int:
    """Create or upgrade the database; set the branch's name and timezone when given."""
    if args.timezone:
        try:
            ZoneInfo(args.timezone)
        except (ZoneInfoNotFoundError, ValueError):
            raise AdminError(f"unknown timezone {args.timezone!r}; use an IANA name like America/Bogota") from None
    engine = _open(args)
    if args.name or args.timezone:  # through the office's own function: checked and audited
        from .settings import read_settings, update_branch

        current = read_settings(engine)
        update_branch(engine, name=args.name or current.name, timezone=args.timezone or current.timezone,
                      default_radius_m=current.default_radius_m, accuracy_limit_m=current.accuracy_limit_m,
                      actor=cli_actor())
    branch = _branch(engine)
    print(f"Branch {branch.name!r} ({branch.timezone}), server id {branch.server_id}")
    if (version := ensure_default_questionnaire(engine)) is not None:
        print(f"Installed the questionnaire {version.title!r}, version {version.version} (id {version.id})")
    print(f"Database: {engine.url.render_as_string(hide_password=True)}")
    return 0


def cmd_agent_add(args: argparse.Namespace) -> int:
    """Add an agent."""
    agent = add_agent(_open(args), args.code, args.name, args.email, actor=cli_actor())
    return _show(args, asdict(agent), f"Added agent {agent.code} ({agent.name})")


def cmd_agent_update(args: argparse.Namespace) -> int:
    """Change an agent's name, email, active flag or start point."""
    email = None if args.no_email else (args.email if args.email is not None else UNCHANGED)
    start = None if args.no_start else (args.start if args.start is not None else UNCHANGED)
    agent = update_agent(_open(args), args.code, name=args.name, email=email, active=args.active, start=start,
                         actor=cli_actor())
    state = "active" if agent.active else "inactive"
    return _show(args, asdict(agent), f"Agent {agent.code}: {agent.name}, {agent.email or 'no email'}, {state}")


def _lat_lon(text: str) -> tuple[float, float]:
    try:
        lat, lon = (float(part) for part in text.split(","))
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not LAT,LON (e.g. 4.65,-74.08)") from None
    return lat, lon


def cmd_agent_list(args: argparse.Namespace) -> int:
    """List agents."""
    engine = _open(args)
    agents = list_agents(engine)
    if args.json:
        _print_json([asdict(agent) for agent in agents])
        return 0
    zone = _branch_zone(engine)
    rows = [[a.code, a.name, a.email, _yes(a.active), _local(a.created_at, zone)] for a in agents]
    _print_table(["CODE", "NAME", "EMAIL", "ACTIVE", "CREATED"], rows)
    return 0


def cmd_enroll(args: argparse.Namespace) -> int:
    """Make a pairing code for an agent and show it with its URI and QR code."""
    from .pairing import create_pairing_code, pair_uri

    if not 0 < args.ttl_hours <= MAX_TTL_HOURS:
        raise AdminError(f"--ttl-hours must be above 0 and at most {MAX_TTL_HOURS}")
    if args.port == 0:
        raise AdminError("--port 0 is no address a device can reach; give the server's real port")
    for url in args.url or []:
        if not url.startswith(("http://", "https://")):
            raise AdminError(f"--url {url!r} must start with http:// or https://")
    engine = _open(args)
    served = None
    if not (args.url or args.public_url or args.port or args.tls or args.tls_cert or args.tls_key):
        served = last_served(Path(args.data_dir) if args.data_dir else default_data_dir(),
                             engine.url.render_as_string(hide_password=True))
    if served is not None:  # what the last `serve` on this data directory offers (public URL, port, HTTPS)
        urls, fingerprint = served
    else:
        fingerprint = _tls_fingerprint(args) if args.tls else None
        urls = args.url or server_urls(args.port or DEFAULT_PORT, args.public_url,
                                       scheme="https" if args.tls else "http")
    info = create_pairing_code(engine, args.agent_code, timedelta(hours=args.ttl_hours), actor=cli_actor())
    uri = pair_uri(info.code, urls, fingerprint)
    if args.json:
        _print_json({"code": info.code, "expires_at": info.expires_at, "uri": uri})
        return 0
    from .qr import print_qr

    zone = _branch_zone(engine)
    print(f"Pairing code for {info.agent.code} ({info.agent.name}): {info.display}")
    print(f"Expires: {_local(info.expires_at, zone)} ({zone.key}); single use")
    print(f"Server URL(s): {', '.join(urls)}")
    print(uri)
    print_qr(uri)
    return 0


def cmd_devices_list(args: argparse.Namespace) -> int:
    """List paired devices."""
    engine = _open(args)
    devices = list_devices(engine, agent_code=args.agent)
    if args.json:
        _print_json([asdict(device) for device in devices])
        return 0
    zone = _branch_zone(engine)
    rows = [
        [d.id, d.agent_code, d.model, d.os, d.app_version, _local(d.paired_at, zone), _local(d.last_seen_at, zone),
         "" if d.battery_pct is None else f"{d.battery_pct}%",
         f"revoked {_local(d.revoked_at, zone)}" if d.revoked else "active"]
        for d in devices
    ]
    _print_table(["ID", "AGENT", "MODEL", "OS", "APP", "PAIRED", "LAST SEEN", "BATTERY", "STATUS"], rows)
    return 0


def cmd_devices_revoke(args: argparse.Namespace) -> int:
    """Revoke a device's token."""
    device = revoke_device(_open(args), args.device_id, actor=cli_actor())
    text = f"Device {device.id} ({device.agent_code}, {device.model or 'unknown model'}) is revoked"
    return _show(args, asdict(device), text)


def cmd_serve(args: argparse.Namespace) -> int:
    """Run the sync server until interrupted."""
    from .config import ServerConfig  # aiohttp and the server only load for this command
    from .runner import run

    _open(args).dispose()  # create or upgrade now, so a database problem is one line, not a traceback
    data_dir = Path(args.data_dir) if args.data_dir else default_data_dir()
    config = ServerConfig(
        data_dir=data_dir, db_url=args.db_url, host=args.host, port=args.port,
        discovery=not args.no_discovery, public_url=args.public_url, writer_process=args.writer == "process",
        tls=args.tls, tls_cert=args.tls_cert, tls_key=args.tls_key,
    )
    if args.tls:
        _tls_fingerprint(args)  # a certificate problem is one line, not a traceback
    return run(config) or 0


def _tls_arguments(parser: argparse.ArgumentParser, what: str) -> None:
    parser.add_argument("--tls", action="store_true", help=what)
    parser.add_argument("--tls-cert", type=Path, help="your own certificate (PEM; default: a self-signed one kept in the data directory)")
    parser.add_argument("--tls-key", type=Path, help="the private key of --tls-cert (PEM)")


def _tls_fingerprint(args: argparse.Namespace) -> str:
    """The SHA-256 of the certificate --tls uses (made on first use), checked against its key."""
    from .tls import TlsError, certificate_fingerprint, resolve_tls, server_context

    data_dir = Path(args.data_dir) if args.data_dir else default_data_dir()
    try:
        files = resolve_tls(data_dir, args.tls_cert, args.tls_key)
        server_context(files)
        return certificate_fingerprint(files.cert)
    except TlsError as exc:
        raise AdminError(str(exc)) from None


def _port(text: str) -> int:
    port = int(text)
    if not 0 <= port < 65536:
        raise argparse.ArgumentTypeError(f"port {text} is not between 0 (any free port) and 65535")
    return port


def cmd_demo(args: argparse.Namespace) -> int:
    """Fill the database with the Bogotá demo branch; optionally write pairing codes for the simulator."""
    from .demo import AGENTS, create_demo_branch
    from .pairing import create_pairing_code, pair_uri

    engine = _open(args, name="Sucursal Demo Bogotá", timezone_name="America/Bogota")
    data_dir = Path(args.data_dir) if args.data_dir else default_data_dir()
    branch = create_demo_branch(engine, data_dir, agents=args.agents, accounts=args.accounts)
    print(f"Demo branch: {branch.agents} agents, {branch.accounts} accounts in Bogotá")
    if args.codes:
        urls = server_urls(args.port)
        with open(args.codes, "w", encoding="utf-8") as handle:
            for code, _ in AGENTS[: branch.agents]:
                info = create_pairing_code(engine, code, actor=cli_actor())
                uri = pair_uri(info.code, urls)
                handle.write(json.dumps({"code": info.code, "expires_at": info.expires_at.isoformat(), "uri": uri}) + "\n")
        print(f"Pairing codes for the simulator: {args.codes}")
    return 0


def build_parser() -> argparse.ArgumentParser:
    """The argument parser of campo-server."""
    parser = argparse.ArgumentParser(prog=PROG, description=__doc__)
    env = os.environ.get
    parser.add_argument("--data-dir", default=env("CAMPO_DATA_DIR"), help="data directory [$CAMPO_DATA_DIR]")
    parser.add_argument("--db-url", default=env("CAMPO_DB_URL"), help="database URL [$CAMPO_DB_URL]")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    def command(group, name: str, handler, help_text: str, *, listing: bool = False):
        sub = group.add_parser(name, help=help_text, description=help_text)
        sub.set_defaults(handler=handler)
        if listing:
            sub.add_argument("--json", action="store_true", help="print JSON instead of text")
        return sub

    init = command(commands, "init", cmd_init, "create or upgrade the database")
    init.add_argument("--name", help="branch name")
    init.add_argument("--timezone", help="IANA timezone of the branch, e.g. America/Lima")

    agent = commands.add_parser("agent", help="field agents").add_subparsers(dest="action", required=True)
    add = command(agent, "add", cmd_agent_add, "add an agent", listing=True)
    add.add_argument("code")
    add.add_argument("name")
    add.add_argument("--email")
    command(agent, "list", cmd_agent_list, "list agents", listing=True)
    change = command(agent, "update", cmd_agent_update, "change an agent", listing=True)
    change.add_argument("code")
    change.add_argument("--name")
    change.add_argument("--email")
    change.add_argument("--no-email", action="store_true", help="clear the email")
    change.add_argument("--active", dest="active", action="store_true", default=None)
    change.add_argument("--inactive", dest="active", action="store_false")
    change.add_argument("--start", type=_lat_lon, metavar="LAT,LON", help="where the agent's day starts")
    change.add_argument("--no-start", action="store_true", help="clear the start point")

    add_account_commands(commands, command)  # accounts import, accounts list

    enroll = command(commands, "enroll", cmd_enroll, "make a pairing code for a device", listing=True)
    enroll.add_argument("agent_code")
    enroll.add_argument("--ttl-hours", type=float, default=24.0, help="hours the code stays valid (24)")
    enroll.add_argument("--url", action="extend", nargs="+", help="server URL(s) (default: every LAN address)")
    enroll.add_argument("--port", type=_port, help=f"port of the LAN URLs (default: {DEFAULT_PORT}; with none of "
                        "--url, --public-url, --port, --tls: the URLs and certificate of the last `serve`)")
    enroll.add_argument("--public-url", help="a URL reachable from outside the LAN, listed first")
    _tls_arguments(enroll, "the server serves HTTPS: https URLs, and the certificate's fingerprint (fp) in the URI")

    devices = commands.add_parser("devices", help="paired devices")
    devices = devices.add_subparsers(dest="action", required=True)
    command(devices, "list", cmd_devices_list, "list devices", listing=True).add_argument("--agent")
    command(devices, "revoke", cmd_devices_revoke, "revoke a device", listing=True).add_argument("device_id")
    add_kpi_commands(commands, command)  # payments, kpis
    add_scoring_commands(commands, command)
    add_route_commands(commands, command)  # routes plan, routes show
    add_agreement_commands(commands, command)  # agreements, promises
    add_security_commands(commands, command)  # users, audit

    demo = command(commands, "demo", cmd_demo, "fill the database with a demo branch in Bogotá")
    demo.add_argument("--agents", type=int, default=8, help="number of agents (up to 12)")
    demo.add_argument("--accounts", type=int, default=400, help="number of accounts")
    demo.add_argument("--codes", help="write one pairing code per agent to this file (JSON lines)")
    demo.add_argument("--port", type=_port, default=DEFAULT_PORT, help="port of the URLs in the codes")

    serve = command(commands, "serve", cmd_serve, "run the sync server")
    serve.add_argument("--host", default="0.0.0.0")
    serve.add_argument("--port", type=_port, default=DEFAULT_PORT)
    serve.add_argument("--no-discovery", action="store_true", help="do not announce the server on the LAN")
    serve.add_argument("--public-url", help="the URL devices outside the LAN use")
    serve.add_argument("--writer", choices=("thread", "process"), default="process",
                       help="commit in a writer process of its own (default: decoding and storing use two cores) "
                            "or on a thread of the server (less memory)")
    _tls_arguments(serve, "serve HTTPS")

    from .cli_questionnaires import add_commands  # noqa: PLC0415 - it imports this module's helpers
    add_commands(commands, command)
    from .cli_mail import add_commands as add_mail_commands  # noqa: PLC0415 - the same
    add_mail_commands(commands, command)
    from .cli_reminders import add_commands as add_reminder_commands  # noqa: PLC0415 - the same
    add_reminder_commands(commands, command)
    from .cli_alerts import add_commands as add_alert_commands  # noqa: PLC0415 - the same
    add_alert_commands(commands, command)
    return parser


def main(argv: list[str] | None = None) -> int:
    """Run one campo-server command; 2 and one line on stderr for a mistake the user can fix."""
    args = build_parser().parse_args(argv)
    try:
        return args.handler(args)
    except AdminError as exc:
        print(f"{PROG}: error: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())

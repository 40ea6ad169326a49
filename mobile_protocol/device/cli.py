"""`campo-device`: the reference device client as a command line (simulator, demo, load generator)."""

from __future__ import annotations

import argparse
import asyncio
import sqlite3
import sys
from pathlib import Path

from platformdirs import user_state_dir

from mobile_protocol.messages import OUTCOMES

from . import commands
from .answers import AnswersFileError
from .client import RequestFailed
from .media import MediaFileError
from .pairing import PairingError
from .push import describe_failure
from .state import DeviceState
from .visit import VisitRefused


def _positive(text: str) -> float:
    value = float(text)
    if value <= 0:
        raise argparse.ArgumentTypeError(f"must be positive, not {text}")
    return value


def _share(text: str) -> float:
    value = float(text)
    if not 0.0 <= value <= 1.0:
        raise argparse.ArgumentTypeError(f"must be between 0 and 1, not {text}")
    return value


def _add_shares(p: argparse.ArgumentParser) -> None:
    p.add_argument("--outside-share", type=_share, default=0.0, metavar="F",
                   help="fraction of visits made 150-400 m from the account, recorded forced (default 0)")
    p.add_argument("--mock-share", type=_share, default=0.0, metavar="F",
                   help="fraction of visits, and the positions around them, with a mock location (default 0)")


def build_parser() -> argparse.ArgumentParser:
    """The argument parser of every command."""
    parser = argparse.ArgumentParser(prog="campo-device", description="Campo reference device client.")
    parser.add_argument("--state-dir", type=Path, default=None,
                        help="where this device keeps its state (default: the user state dir)")
    parser.add_argument("--retry-attempts", type=int, default=6, metavar="N",
                        help="tries per request on network errors, 429 and 5xx (default 6; 1 = no retry)")
    parser.add_argument("--retry-deadline-s", type=_positive, default=120.0, metavar="S",
                        help="give up retrying a request after this many seconds (default 120)")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    p = sub.add_parser("pair", help="pair with a server: URL CODE, or a campo://pair?... URI")
    p.add_argument("target", metavar="URL|URI")
    p.add_argument("code", nargs="?", default=None, metavar="CODE")
    p.add_argument("--force", action="store_true", help="pair again even with items in the outbox")

    p = sub.add_parser("sync", help="fetch accounts and questionnaires (full, then deltas)")
    p.add_argument("--json", action="store_true")

    p = sub.add_parser("accounts", help="list the local accounts")
    p.add_argument("--json", action="store_true")
    p.add_argument("--long", action="store_true", help="every field of each account (phones, e-mail, instalments...)")

    p = sub.add_parser("visit", help="record a visit to an account and queue it")
    p.add_argument("account_id")
    p.add_argument("--outcome", choices=OUTCOMES,
                   help="needed unless the account's questionnaire sets it from the answers")
    p.add_argument("--lat", type=float, required=True)
    p.add_argument("--lon", type=float, required=True)
    p.add_argument("--accuracy", type=float, required=True, metavar="M")
    p.add_argument("--promise", nargs=2, metavar=("AMOUNT", "DUE_DATE"))
    p.add_argument("--answers", metavar="FILE.json")
    p.add_argument("--lang", choices=("es", "en"), default="en", help="language of field labels in errors")
    p.add_argument("--notes")
    p.add_argument("--duration-min", type=float, default=5.0, help="how long the visit took (default 5)")
    p.add_argument("--force", action="store_true", help="record it even outside the geofence")
    p.add_argument("--mock", action="store_true", help="say the fix was mocked")

    p = sub.add_parser("position", help="queue one position taken now")
    p.add_argument("--lat", type=float, required=True)
    p.add_argument("--lon", type=float, required=True)
    p.add_argument("--accuracy", type=float, required=True, metavar="M")
    p.add_argument("--battery", type=int, metavar="PCT")
    p.add_argument("--charging", action="store_true")
    p.add_argument("--mock", action="store_true")

    p = sub.add_parser("walk", help="simulate a walk between the accounts, ending now, and queue it")
    p.add_argument("--minutes", type=_positive, required=True)
    p.add_argument("--speed-kmh", type=_positive, default=5.0)
    p.add_argument("--interval-s", type=_positive, default=None, help="default: the branch's position interval")
    p.add_argument("--seed", type=int, default=None)
    _add_shares(p)

    p = sub.add_parser("push", help="send the outbox")
    p.add_argument("--json", action="store_true")

    p = sub.add_parser("status", help="pairing, cursor, outbox and dead letters")
    p.add_argument("--json", action="store_true")

    p = sub.add_parser("simulate", help="many devices in one process, in (sped-up) real time")
    p.add_argument("--server", default=None, metavar="URL", help="default: the URLs in the codes' URIs")
    p.add_argument("--codes", required=True, type=Path, metavar="FILE")
    p.add_argument("--minutes", type=_positive, required=True, help="simulated minutes")
    p.add_argument("--interval-s", type=_positive, default=10.0, help="simulated seconds between fixes")
    p.add_argument("--speedup", type=float, default=1.0)
    p.add_argument("--state-dir", dest="sim_state_dir", type=Path, default=None,
                   help="device n keeps its state in DIR/n (default: STATE_DIR/simulate)")
    p.add_argument("--ephemeral", action="store_true", help="keep device state in memory only")
    p.add_argument("--live-clock", action="store_true",
                   help="stamp fixes with the real clock (compressed timeline) instead of simulated time")
    p.add_argument("--connections", type=int, default=50, help="connection limit of the shared session")
    p.add_argument("--seed", type=int, default=None)
    _add_shares(p)
    p.add_argument("--json", action="store_true")
    return parser


HANDLERS = {
    "pair": commands.cmd_pair,
    "sync": commands.cmd_sync,
    "accounts": commands.cmd_accounts,
    "visit": commands.cmd_visit,
    "position": commands.cmd_position,
    "walk": commands.cmd_walk,
    "push": commands.cmd_push,
    "status": commands.cmd_status,
}


async def run(args: argparse.Namespace) -> int:
    """Run one parsed command."""
    state_dir = args.state_dir or Path(user_state_dir("campo-device"))
    if args.command == "simulate":
        return await commands.cmd_simulate(args, state_dir)
    with DeviceState.in_dir(state_dir) as state:
        return await HANDLERS[args.command](state, args)


def main(argv: list[str] | None = None) -> int:
    """Entry point of `campo-device`; user mistakes are one line on stderr, never a traceback."""
    args = build_parser().parse_args(argv)
    try:
        return asyncio.run(run(args))
    except VisitRefused as exc:
        message, code = f"refused: {exc}", commands.EXIT_REFUSED
    except commands.UserError as exc:
        message, code = str(exc), exc.exit_code
    except (PairingError, AnswersFileError, MediaFileError) as exc:
        message, code = str(exc), commands.EXIT_FAILED
    except RequestFailed as exc:
        message, code = describe_failure(exc), commands.EXIT_FAILED
    except sqlite3.Error as exc:
        message, code = f"cannot use the device state in {args.state_dir or 'the user state dir'}: {exc}", 1
    except OSError as exc:
        message, code = f"{exc.strerror or exc}: {exc.filename or ''}".rstrip(": "), commands.EXIT_FAILED
    except KeyboardInterrupt:
        message, code = "interrupted", 130
    print(f"campo-device: {message}", file=sys.stderr)
    return code


if __name__ == "__main__":
    sys.exit(main())

"""What each `campo-device` command does; run on the CLI's event loop, one at a time."""

from __future__ import annotations

import argparse
import dataclasses
import json
import random
import sys
from datetime import datetime, timedelta, timezone
from pathlib import Path

import msgspec

from mobile_protocol.messages import Account, Position

from . import tables
from .answers import read_answers
from .client import RetryPolicy, make_session
from .media import file_answers, tiny_png
from .outbox import Outbox
from .pairing import NotPaired, connect, pair_device, pair_target
from .push import push_outbox
from .simulate import read_codes, run_simulation
from .state import DeviceState
from .visit import DEFAULT_RADIUS_M, build_visit, local_day, parse_promise
from .walk import place, plan_walk

EXIT_FAILED = 1
EXIT_REFUSED = 2


class UserError(Exception):
    """A mistake the user can fix; printed without a traceback."""

    def __init__(self, message: str, exit_code: int = EXIT_FAILED) -> None:
        super().__init__(message)
        self.exit_code = exit_code


def _print_json(value: object) -> None:
    sys.stdout.write(msgspec.json.encode(value).decode() + "\n")


def _server_now(state: DeviceState) -> datetime:
    """The server's time as this device best knows it (device clock plus measured offset)."""
    return datetime.now(timezone.utc) + timedelta(seconds=state.clock_offset_s)


def _retry(args: argparse.Namespace) -> RetryPolicy:
    """The retry budget the user gave (--retry-attempts, --retry-deadline-s)."""
    return RetryPolicy(attempts=max(1, args.retry_attempts), deadline_s=args.retry_deadline_s)


def _paired(state: DeviceState) -> None:
    if state.pairing is None:
        raise NotPaired()


def _account(state: DeviceState, account_id: str) -> Account:
    account = state.account(account_id)
    if account is None:
        hint = "run `campo-device sync` first" if not state.accounts() else "see `campo-device accounts`"
        raise UserError(f"unknown account {account_id!r}: {hint}")
    return account


async def cmd_pair(state: DeviceState, args: argparse.Namespace) -> int:
    """Pair with a server from URL + code or a campo:// URI."""
    target = pair_target(args.target, args.code)
    queued = sum(Outbox(state).counts())
    if state.pairing is not None and queued and not args.force:
        raise UserError(f"the outbox still holds {queued} items of the current pairing: run `campo-device push`"
                        " first, or pass --force to send them under the new pairing")
    async with make_session() as session:
        pairing = await pair_device(state, session, target)
    agent = pairing.agent
    print(f"paired with {pairing.server_urls[0]} as device {pairing.device_id}:"
          f" agent {agent.code} {agent.name} (id {agent.id})")
    return 0


async def cmd_sync(state: DeviceState, args: argparse.Namespace) -> int:
    """Full sync without a cursor, else delta; print what changed."""
    _paired(state)
    async with make_session() as session:
        client, _ = await connect(state, session, retry=_retry(args))
        summary = state.apply_sync(await client.sync(state.cursor))
    if args.json:
        _print_json(dataclasses.asdict(summary))
    else:
        print(tables.sync_line(summary))
    return 0


async def cmd_accounts(state: DeviceState, args: argparse.Namespace) -> int:
    """List local accounts."""
    accounts = state.accounts()
    if args.json:
        _print_json(accounts)
    elif not accounts:
        print("no local accounts" + ("" if state.cursor else ": run `campo-device sync`"))
    elif args.long:
        print("\n\n".join(tables.account_details(account) for account in accounts))
    else:
        print(tables.accounts_table(accounts))
    return 0


async def cmd_visit(state: DeviceState, args: argparse.Namespace) -> int:
    """Record a visit locally, as the app would, and queue it."""
    _paired(state)
    account = _account(state, args.account_id)
    finished = _server_now(state)
    started = finished - timedelta(minutes=args.duration_min)
    promise = parse_promise(*args.promise) if args.promise else None
    answers, files = {}, {}
    if args.answers:  # `{"file": PATH}` answers name photos and signatures next to the answers file
        answers, files = file_answers(read_answers(args.answers), Path(args.answers).parent)
    questionnaire = state.latest_questionnaire(account.questionnaire_id) if account.questionnaire_id else None
    if account.questionnaire_id and questionnaire is None:
        print(f"warning: questionnaire {account.questionnaire_id} is not synced; answers are not checked",
              file=sys.stderr)
    settings = state.settings
    visit, verdict = build_visit(
        account, outcome=args.outcome, lat=args.lat, lon=args.lon, accuracy_m=args.accuracy,
        fix_time=started, started_at=started, finished_at=finished, promise=promise, answers=answers,
        notes=args.notes, mock=args.mock, force=args.force, questionnaire=questionnaire,
        default_radius_m=settings.default_radius_m if settings else DEFAULT_RADIUS_M,
        today=local_day(started, settings.timezone if settings else None), lang=args.lang,
    )
    outbox = Outbox(state)
    for data in files.values():  # before the visit, as they are sent
        outbox.add_media(data)
    outbox.add_visits([visit])
    distance = "" if verdict.distance_m is None else f", {verdict.distance_m:.0f} m"
    print(f"queued visit {visit.id} to {account.id} ({visit.outcome}; geofence {verdict.verdict}{distance})")
    return 0


async def cmd_position(state: DeviceState, args: argparse.Namespace) -> int:
    """Queue one position taken now."""
    _paired(state)
    device_now = datetime.now(timezone.utc)
    draft = Position(
        seq=0, fix_time=_server_now(state), device_time=device_now, lat=args.lat, lon=args.lon,
        accuracy_m=args.accuracy, battery_pct=args.battery, charging=args.charging or None,
        mock=args.mock or None, provider="manual",
    )
    try:
        msgspec.convert(msgspec.to_builtins(msgspec.structs.replace(draft, seq=1)), Position)
    except msgspec.ValidationError as exc:
        raise UserError(f"not a valid position: {exc}") from None
    (seq,) = Outbox(state).add_positions([draft])
    print(f"queued position {seq}")
    return 0


async def cmd_walk(state: DeviceState, args: argparse.Namespace) -> int:
    """Simulate a walk that ends now and queue its positions and visits."""
    _paired(state)
    accounts = state.accounts()
    if not any(place(a) is not None for a in accounts):
        raise UserError("no local accounts with a location to walk to: run `campo-device sync` first")
    settings = state.settings
    interval = args.interval_s or (settings.position_interval_s if settings else 60)
    outbox, images = Outbox(state), random.Random(args.seed)
    plan = plan_walk(
        accounts, end_time=_server_now(state), minutes=args.minutes, interval_s=interval,
        speed_kmh=args.speed_kmh, seed=args.seed, id_salt=state.install_id,
        clock_offset_s=state.clock_offset_s, questionnaire_for=state.latest_questionnaire,
        default_radius_m=settings.default_radius_m if settings else DEFAULT_RADIUS_M,
        outside_share=args.outside_share, mock_share=args.mock_share,
        media_for=lambda _kind: outbox.add_media(tiny_png(images)),
    )
    seqs = outbox.add_positions(plan.positions)
    outbox.add_visits(plan.visits)
    span = f" (seq {seqs[0]}–{seqs[-1]})" if seqs else ""
    print(f"queued {len(seqs)} positions{span} and {len(plan.visits)} visits over {args.minutes:g} minutes")
    return 0


async def cmd_push(state: DeviceState, args: argparse.Namespace) -> int:
    """Send the outbox; print counts."""
    _paired(state)
    async with make_session() as session:
        client, health = await connect(state, session, retry=_retry(args))
        report = await push_outbox(Outbox(state), client, health.limits)
    if args.json:
        _print_json(report.as_dict())
    else:
        print(tables.push_line(report))
        if report.error:
            outbox = Outbox(state)
            positions, visits = outbox.counts()
            print(f"stopped: {report.error} (outbox kept: {outbox.media_count()} media, {positions} positions,"
                  f" {visits} visits)", file=sys.stderr)
    return EXIT_FAILED if report.error else 0


async def cmd_status(state: DeviceState, args: argparse.Namespace) -> int:
    """Show pairing, cursor, outbox and dead letters."""
    outbox = Outbox(state)
    dead = outbox.dead_letters()
    if args.json:
        pairing = state.pairing
        _print_json({
            "state": str(state.path) if state.path else None,
            "install_id": state.install_id,
            "pairing": None if pairing is None else {**msgspec.to_builtins(pairing), "token": "***"},
            "cursor": state.cursor,
            **state.summary(),
            "dead_letter_items": [{**msgspec.structs.asdict(d), "body": json.loads(bytes(d.body))} for d in dead],
        })
    else:
        print(tables.status_text(state, dead))
    return 0


async def cmd_simulate(args: argparse.Namespace, default_state_dir: Path) -> int:
    """Many devices in one process; print the summary."""
    try:
        targets = read_codes(args.codes)
    except OSError as exc:
        raise UserError(f"cannot read codes file {args.codes}: {exc.strerror or exc}") from None
    if not targets:
        raise UserError(f"no pairing codes in {args.codes}")
    state_dir = None if args.ephemeral else (args.sim_state_dir or default_state_dir / "simulate")
    try:
        summary = await run_simulation(
            args.server, targets, args.minutes, interval_s=args.interval_s, speedup=args.speedup,
            state_dir=state_dir, connection_limit=args.connections, seed=args.seed, live_clock=args.live_clock,
            outside_share=args.outside_share, mock_share=args.mock_share,
        )
    except ValueError as exc:
        raise UserError(str(exc)) from None
    if args.json:
        _print_json(summary.as_dict())
    else:
        print(tables.simulation_text(summary))
    return EXIT_FAILED if summary.errors and not summary.positions_sent else 0

"""Many simulated devices in one process: pair, sync, walk in (sped-up) real time, push."""

from __future__ import annotations

import asyncio
import json
import math
import random
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from datetime import datetime, timedelta, timezone
from pathlib import Path

import aiohttp
import msgspec

from mobile_protocol.messages import Account, Position, Visit

from .client import RequestFailed, RetryPolicy, make_session, normalize_base_url
from .media import tiny_png
from .outbox import Outbox
from .pairing import PairingError, PairTarget, connect, pair_device, parse_pair_uri
from .push import PushReport, describe_failure, push_outbox
from .state import STATE_FILE, DeviceState
from .walk import Walker, offset, place, share

MAX_ERRORS_KEPT = 20


@dataclass(slots=True)
class SimulationSummary:
    """What a simulation did, summed over its devices."""

    devices: int = 0
    running: int = 0
    positions_sent: int = 0
    visits_sent: int = 0
    positions_rejected: int = 0
    visits_rejected: int = 0
    requests: int = 0
    errors: int = 0
    error_messages: list[str] = field(default_factory=list)

    def add_push(self, report: PushReport) -> None:
        """Count one push of one device."""
        self.positions_sent += report.positions_accepted + report.positions_duplicates
        self.visits_sent += report.visits_accepted + report.visits_duplicates
        self.positions_rejected += report.positions_rejected
        self.visits_rejected += report.visits_rejected + report.visits_conflicts
        self.requests += report.requests
        if report.error:
            self.add_error(report.error)

    def add_error(self, message: str) -> None:
        """Count an error, keeping the first few messages."""
        self.errors += 1
        if len(self.error_messages) < MAX_ERRORS_KEPT:
            self.error_messages.append(message)

    def as_dict(self) -> dict[str, object]:
        """Plain values for --json."""
        return asdict(self)


def read_codes(path: str | Path) -> list[PairTarget]:
    """Pairing codes of a file: one code or campo:// URI a line, or `campo-server enroll --json` lines."""
    targets = []
    for number, line in enumerate(Path(path).read_text(encoding="utf-8").splitlines(), start=1):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        try:
            if line.startswith("{"):
                entry = json.loads(line)
                uri = entry.get("uri")
                targets.append(parse_pair_uri(uri) if uri else PairTarget(code=str(entry["code"])))
            elif line.startswith("campo:"):
                targets.append(parse_pair_uri(line))
            else:
                targets.append(PairTarget(code=line))
        except (ValueError, KeyError, TypeError, PairingError) as exc:
            raise PairingError(f"{path}, line {number}: not a pairing code ({exc})") from None
    return targets


def restamp(fix: Position, visits: list[Visit], to_real: Callable[[datetime], datetime],
            clock_offset_s: float) -> tuple[Position, list[Visit]]:
    """Move a walker's output from simulated time onto the real clock (live mode)."""
    fix_time = to_real(fix.fix_time)
    fix = msgspec.structs.replace(fix, fix_time=fix_time, device_time=fix_time - timedelta(seconds=clock_offset_s))
    visits = [
        msgspec.structs.replace(
            v, started_at=to_real(v.started_at), finished_at=to_real(v.finished_at),
            location=msgspec.structs.replace(v.location, fix_time=to_real(v.location.fix_time)),
        )
        for v in visits
    ]
    return fix, visits


class SimulatedDevice:
    """One simulated device; runs as a task on the simulation's event loop."""

    def __init__(self, number: int, target: PairTarget, state: DeviceState, summary: SimulationSummary,
                 rng: random.Random, outside_share: float = 0.0, mock_share: float = 0.0) -> None:
        self.number = number
        self.outside_share = outside_share
        self.mock_share = mock_share
        self.target = target
        self.state = state
        self.outbox = Outbox(state)
        self.summary = summary
        self.rng = rng

    def _start(self, accounts: list[Account]) -> tuple[float, float] | None:
        """A little way from one of the agent's accounts, so a short run already sees visits."""
        located = [p for p in map(place, accounts) if p is not None]
        if not located:
            return None
        lat, lon = self.rng.choice(located)
        distance, angle = self.rng.uniform(40, 200), self.rng.uniform(0, 2 * math.pi)
        return offset(lat, lon, distance * math.cos(angle), distance * math.sin(angle))

    def _media_maker(self) -> Callable[[str], str]:
        """Photos and signatures for the simulated answers: small PNGs, queued for upload."""
        images = random.Random(self.rng.getrandbits(64))
        return lambda _kind: self.outbox.add_media(tiny_png(images))

    async def run(self, session: aiohttp.ClientSession, clock: Callable[[float], datetime], ticks: list[float],
                  interval_s: float, retry: RetryPolicy,
                  on_progress: Callable[[SimulationSummary], None] | None,
                  to_real: Callable[[datetime], datetime] | None = None) -> None:
        """Pair (once), sync, then take a fix at every tick, queue finished visits, and push.

        A push that outlasts a tick delays nothing: the fixes of the ticks it spanned are taken
        (with their own times) and go in the next push, as on a phone with a slow network.
        """
        loop = asyncio.get_running_loop()
        await asyncio.sleep(self.rng.uniform(0, min(2.0, interval_s)))  # no thundering herd at start
        try:
            if self.state.pairing is None:
                await pair_device(self.state, session, self.target)
            client, _ = await connect(self.state, session, retry=retry)
            self.state.apply_sync(await client.sync(self.state.cursor))
        except (RequestFailed, PairingError) as exc:
            reason = describe_failure(exc) if isinstance(exc, RequestFailed) else str(exc)
            self.summary.add_error(f"device {self.number}: {reason}")
            return
        settings = self.state.settings
        offset = self.state.clock_offset_s
        accounts = self.state.accounts()
        walker = Walker(
            accounts, start_time=clock(loop.time()) + timedelta(seconds=offset), rng=self.rng,
            start=self._start(accounts),
            clock_offset_s=offset, questionnaire_for=self.state.latest_questionnaire,
            default_radius_m=settings.default_radius_m if settings else 100.0,
            speed_kmh=self.rng.uniform(4.0, 6.0), outside_share=self.outside_share, mock_share=self.mock_share,
            media_for=self._media_maker(),
        )
        self.summary.running += 1
        try:
            pending = [tick for tick in ticks if tick >= loop.time()]  # the rest passed while pairing
            while pending:
                await asyncio.sleep(max(0.0, pending[0] - loop.time()))
                fixes, finished = [], []
                while pending and pending[0] <= loop.time():
                    fix, visits = walker.advance(clock(pending.pop(0)) + timedelta(seconds=offset))
                    if to_real is not None:
                        fix, visits = restamp(fix, visits, to_real, offset)
                    fixes.append(fix)
                    finished.extend(visits)
                self.outbox.add_positions(fixes)
                self.outbox.add_visits(finished)
                self.summary.add_push(await push_outbox(self.outbox, client, self.state.limits, retry=retry))
                if on_progress is not None:
                    on_progress(self.summary)
        finally:
            self.summary.running -= 1


async def run_simulation(server_url: str | None, targets: list[PairTarget], minutes: float, *,
                         interval_s: float = 10.0, speedup: float = 1.0, state_dir: Path | None = None,
                         session: aiohttp.ClientSession | None = None, connection_limit: int = 50,
                         seed: int | None = None, live_clock: bool = False, outside_share: float = 0.0,
                         mock_share: float = 0.0,
                         on_progress: Callable[[SimulationSummary], None] | None = None) -> SimulationSummary:
    """Run one simulated device per pairing target for `minutes` of simulated time.

    Agents move `speedup` times faster than real time. By default the timestamps are simulated
    time, which starts `minutes * (1 - 1/speedup)` in the past and meets the real "now" when the
    run ends: the timeline is true (walking speeds, visit lengths) and no fix is in the future.
    With `live_clock`, timestamps are the real clock instead (the timeline is compressed: a
    10-minute visit lasts 10/speedup real minutes), which suits a live map. With `state_dir`,
    device n keeps its state in state_dir/n/ and a rerun reuses its pairing; without it, state
    is in memory. `outside_share` of the visits are made 150-400 m from the account (recorded
    forced) and `mock_share` of them, with the positions around them, with a mock location (see
    walk.py). Cancel the task to stop early.
    """
    if minutes <= 0 or interval_s <= 0:
        raise ValueError("minutes and interval must be positive")
    share(outside_share, "outside share")
    share(mock_share, "mock share")
    if speedup < 1:
        raise ValueError("speedup must be 1 or more (simulated time may not run ahead of real time)")
    if server_url is not None:
        url = normalize_base_url(server_url)
        targets = [PairTarget(code=t.code, urls=[url], fingerprint=t.fingerprint) for t in targets]
    elif any(not t.urls for t in targets):
        raise PairingError("no server URL: give --server, or codes as campo:// URIs")

    summary = SimulationSummary(devices=len(targets))
    loop = asyncio.get_running_loop()
    real_seconds = minutes * 60 / speedup
    start_loop, start_wall = loop.time(), datetime.now(timezone.utc)
    sim_start = start_wall if live_clock else start_wall + timedelta(seconds=real_seconds - minutes * 60)

    def to_real(moment: datetime) -> datetime:
        """Live mode: the real time at which the simulation reached a simulated moment."""
        return start_wall + (moment - start_wall) / speedup

    def clock(at: float) -> datetime:
        """Simulated (device-local) time at a time of the loop's clock, `speedup` times faster."""
        return sim_start + timedelta(seconds=(at - start_loop) * speedup)

    tick_s = interval_s / speedup
    ticks = [start_loop + k * tick_s for k in range(int(real_seconds // tick_s) + 1)]
    retry = RetryPolicy(attempts=3, deadline_s=max(5.0, tick_s))
    master = random.Random(seed)
    states: list[DeviceState] = []
    own_session = session is None
    session = session or make_session(connection_limit)
    try:
        devices = []
        for number, target in enumerate(targets):
            path = None if state_dir is None else Path(state_dir) / str(number) / STATE_FILE
            state = DeviceState(path, durable=False)
            states.append(state)
            devices.append(SimulatedDevice(number, target, state, summary, random.Random(master.getrandbits(64)),
                                           outside_share=outside_share, mock_share=mock_share))
        outcomes = await asyncio.gather(
            *(d.run(session, clock, ticks, tick_s, retry, on_progress, to_real if live_clock else None)
              for d in devices),
            return_exceptions=True,
        )
        for number, outcome in enumerate(outcomes):
            if isinstance(outcome, BaseException):
                if isinstance(outcome, (KeyboardInterrupt, SystemExit)):
                    raise outcome
                summary.add_error(f"device {number} failed: {outcome!r}")
    finally:
        if own_session:
            await session.close()
        for state in states:
            state.close()
    return summary

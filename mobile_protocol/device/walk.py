"""A simulated agent walking between its accounts: positions with GPS noise, visits at accounts.

Two knobs make some visits worth a supervisor's look (both 0 by default, deterministic with the
walk's seed): `outside_share` of the visits are made from 150-400 m away from the account (the
agent stops short, say at a gated entrance), so the protocol's rule says `outside`; the app would
refuse them, so they are recorded forced, with the device's own verdict, and a quarter of them
carry a device verdict of `inside` (a phone whose check ran on a stale fix), which the server
flags as `geofence_mismatch`. `mock_share` of the visits are made with a mock-location app on:
the visit's fix and the positions around it (from MOCK_APPROACH_M before the place until
MOCK_AFTER after the visit) say `mock`.
"""

from __future__ import annotations

import math
import random
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from decimal import Decimal

import msgspec

from mobile_protocol.geofence import distance_m
from mobile_protocol.messages import Account, Position, QuestionnaireVersion, Visit
from mobile_protocol.questionnaire import derive_outcome, promise_message

from .answers import sample_answers
from .visit import DEFAULT_RADIUS_M, build_visit, check_geofence, parse_promise

METRES_PER_DEGREE = 111_320.0
FALLBACK_START = (4.60971, -74.08175)
# Outcome mix of a typical collection round.
OUTCOME_WEIGHTS = {"no_contact": 0.35, "third_party": 0.2, "rpc": 0.25, "promise_to_pay": 0.2}
DRAIN_PCT_PER_S = 1 / 360  # about 1 % every 6 minutes
CHARGE_PCT_PER_S = 1 / 90
OUTSIDE_DISTANCE_M = (150.0, 400.0)
# A forced visit must stay outside whatever accuracy (at most 20 m) and noise its fix gets.
OUTSIDE_MARGIN_M = 50.0
MISMATCH_SHARE = 0.25  # of the outside visits, those whose phone said "inside"
MOCK_APPROACH_M = 300.0
MOCK_AFTER = timedelta(minutes=5)


def offset(lat: float, lon: float, north_m: float, east_m: float) -> tuple[float, float]:
    """The point a few metres north/east of another (flat-earth, fine below a few km)."""
    dlat = north_m / METRES_PER_DEGREE
    dlon = east_m / (METRES_PER_DEGREE * max(0.01, math.cos(math.radians(lat))))
    return max(-90.0, min(90.0, lat + dlat)), (lon + dlon + 180.0) % 360.0 - 180.0


def bearing_deg(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Initial bearing from point 1 to point 2, degrees clockwise from north, in [0, 360)."""
    p1, p2, dl = math.radians(lat1), math.radians(lat2), math.radians(lon2 - lon1)
    x = math.sin(dl) * math.cos(p2)
    y = math.cos(p1) * math.sin(p2) - math.sin(p1) * math.cos(p2) * math.cos(dl)
    return math.degrees(math.atan2(x, y)) % 360.0


def to_ms(moment: datetime) -> datetime:
    """A time cut to whole milliseconds, the precision of a GPS fix."""
    return moment.replace(microsecond=moment.microsecond // 1000 * 1000)


def place(account: Account) -> tuple[float, float] | None:
    """Where to go for an account: its location, else the middle of its polygon fence."""
    if account.location is not None:
        return account.location.lat, account.location.lon
    ring = account.geofence.polygon[0] if account.geofence.polygon else []
    if len(ring) < 3:
        return None
    return sum(p[1] for p in ring) / len(ring), sum(p[0] for p in ring) / len(ring)


def route_order(accounts: list[Account], start: tuple[float, float]) -> list[Account]:
    """Accounts to walk to: visit_order ones in that order, the rest by nearest neighbour."""
    located = [a for a in accounts if place(a) is not None]
    ordered = sorted((a for a in located if a.visit_order is not None), key=lambda a: (a.visit_order, a.id))
    rest = sorted((a for a in located if a.visit_order is None), key=lambda a: a.id)
    here = place(ordered[-1]) if ordered else start
    while rest:
        nearest = min(rest, key=lambda a: distance_m(*here, *place(a)))  # type: ignore[misc]
        rest.remove(nearest)
        ordered.append(nearest)
        here = place(nearest)
    return ordered


def start_point(accounts: list[Account], rng: random.Random) -> tuple[float, float]:
    """Where the agent starts: a few hundred metres from the centre of its accounts."""
    located = [p for p in map(place, accounts) if p is not None]
    if not located:
        return FALLBACK_START
    lat = sum(p[0] for p in located) / len(located)
    lon = sum(p[1] for p in located) / len(located)
    distance, angle = rng.uniform(200, 800), rng.uniform(0, 2 * math.pi)
    return offset(lat, lon, distance * math.cos(angle), distance * math.sin(angle))


def share(value: float, name: str) -> float:
    """A fraction from 0 to 1, else ValueError."""
    if not 0.0 <= value <= 1.0:
        raise ValueError(f"{name} must be between 0 and 1, not {value:g}")
    return float(value)


@dataclass(frozen=True, slots=True)
class Leg:
    """Where the agent goes for one account, and how that visit is made."""

    account: Account
    point: tuple[float, float]
    outside: bool = False
    mismatch: bool = False
    mock: bool = False


class Walker:
    """One simulated agent moving through simulated time; pure, runs on the caller's thread."""

    def __init__(self, accounts: list[Account], *, start_time: datetime, rng: random.Random,
                 speed_kmh: float = 5.0, start: tuple[float, float] | None = None,
                 clock_offset_s: float = 0.0, default_radius_m: float = DEFAULT_RADIUS_M,
                 questionnaire_for: Callable[[str], QuestionnaireVersion | None] | None = None,
                 make_id: Callable[[], str] | None = None, outside_share: float = 0.0,
                 mock_share: float = 0.0, media_for: Callable[[str], str] | None = None) -> None:
        if speed_kmh <= 0:
            raise ValueError("speed must be positive")
        self.outside_share = share(outside_share, "outside share")
        self.mock_share = share(mock_share, "mock share")
        self.rng = rng
        # The knobs draw from their own stream, taken only when one is on: a walk without them is
        # the walk it always was, and raising one share keeps the visits a lower one picked.
        self.knob_rng = random.Random(rng.getrandbits(64)) if outside_share or mock_share else None
        self.lat, self.lon = start or start_point(accounts, rng)
        self.route = route_order(accounts, (self.lat, self.lon))
        self.time = start_time
        self.speed_mps = speed_kmh / 3.6
        self.clock_offset = timedelta(seconds=clock_offset_s)
        self.default_radius_m = default_radius_m
        self.questionnaire_for = questionnaire_for or (lambda _qid: None)
        self.media_for = media_for  # makes a photo or signature file, queues it, returns its media id
        self.make_id = make_id or (lambda: str(uuid.uuid4()))
        self.next_account = 0
        self.leg: Leg | None = None
        self.mock_until: datetime | None = None
        self.visit_started: datetime | None = None
        self.visit_until: datetime | None = None
        self.battery = rng.uniform(35.0, 100.0)
        self.charging = False

    def advance(self, until: datetime) -> tuple[Position, list[Visit]]:
        """Move on to `until`: a fix taken then (seq 0, to be numbered) and the visits finished."""
        visits: list[Visit] = []
        moved_bearing: float | None = None
        self._battery(max(0.0, (until - self.time).total_seconds()))
        while self.time < until:
            if self.visit_until is not None:
                if self.visit_until > until:
                    self.time = until
                    break
                self.time = self.visit_until
                visits.append(self._finish_visit())
                continue
            if self.next_account >= len(self.route):
                self.time = until  # round done: the agent waits where it is
                break
            if self.leg is None:
                self.leg = self._plan_leg(self.route[self.next_account])
            target = self.leg.point
            gap = distance_m(self.lat, self.lon, *target)
            available = (until - self.time).total_seconds()
            moved_bearing = bearing_deg(self.lat, self.lon, *target) if gap > 0.5 else moved_bearing
            if gap <= self.speed_mps * available:
                self.time = min(until, to_ms(self.time + timedelta(seconds=gap / self.speed_mps)))
                self.lat, self.lon = target
                self.visit_started = self.time
                self.visit_until = self.time + timedelta(seconds=self.rng.randint(240, 720))
            else:
                step = self.speed_mps * available / gap
                self.lat += (target[0] - self.lat) * step
                self.lon += (target[1] - self.lon) * step
                self.time = until
        return self._fix(to_ms(until), moved_bearing), visits

    def _plan_leg(self, account: Account) -> Leg:
        """The next account's leg: at the account, or (outside_share) short of it; mocked or not."""
        point = place(account)
        assert point is not None
        if self.knob_rng is None:
            return Leg(account, point)
        draw_outside, draw_mismatch, draw_mock = (self.knob_rng.random() for _ in range(3))
        distance, angle = self.knob_rng.uniform(*OUTSIDE_DISTANCE_M), self.knob_rng.uniform(0, 2 * math.pi)
        outside = draw_outside < self.outside_share
        if outside:
            point = self._outside_point(account, point, distance, angle)
        return Leg(account, point, outside=outside, mismatch=outside and draw_mismatch < MISMATCH_SHARE,
                   mock=draw_mock < self.mock_share)

    def _outside_point(self, account: Account, at: tuple[float, float], distance: float,
                       angle: float) -> tuple[float, float]:
        """A point `distance` m from the account, further out if its fence is wider than that."""
        for _ in range(100):
            point = offset(*at, distance * math.cos(angle), distance * math.sin(angle))
            if check_geofence(account, *point, OUTSIDE_MARGIN_M, self.default_radius_m).verdict == "outside":
                return point
            distance += 50.0
        return point

    def _mocking(self, when: datetime) -> bool:
        """Whether a mock-location app is on: near or at a mocked visit, or just after one."""
        if self.mock_until is not None and when <= self.mock_until:
            return True
        leg = self.leg
        if leg is None or not leg.mock:
            return False
        return self.visit_until is not None or distance_m(self.lat, self.lon, *leg.point) <= MOCK_APPROACH_M

    def _battery(self, seconds: float) -> None:
        if self.charging:
            self.battery = min(100.0, self.battery + CHARGE_PCT_PER_S * seconds)
            self.charging = self.battery < 85.0
        else:
            self.battery = max(1.0, self.battery - DRAIN_PCT_PER_S * seconds)
            # A power bank comes out when the battery runs low, now and then earlier.
            self.charging = self.battery < 20.0 or (self.battery < 50.0 and self.rng.random() < 0.01)

    def _noisy(self, lat: float, lon: float, accuracy_m: float) -> tuple[float, float]:
        sigma = accuracy_m / 2
        return offset(lat, lon, self.rng.gauss(0, sigma), self.rng.gauss(0, sigma))

    def _fix(self, when: datetime, moved_bearing: float | None) -> Position:
        accuracy = round(self.rng.uniform(5.0, 30.0), 1)
        lat, lon = self._noisy(self.lat, self.lon, accuracy)
        moving = moved_bearing is not None
        mock = self._mocking(when) or None
        speed = self.speed_mps * self.rng.uniform(0.8, 1.2) if moving else self.rng.uniform(0.0, 0.3)
        return Position(
            seq=0, fix_time=when, device_time=when - self.clock_offset,
            lat=round(lat, 7), lon=round(lon, 7), accuracy_m=accuracy,
            speed_mps=round(speed, 2), bearing_deg=round(moved_bearing, 1) % 360.0 if moving else None,
            battery_pct=int(round(self.battery)), charging=self.charging, mock=mock, provider="gps",
        )

    def _finish_visit(self) -> Visit:
        leg = self.leg
        assert leg is not None
        account = leg.account
        started, finished = self.visit_started, self.visit_until
        assert started is not None and finished is not None
        self.next_account += 1
        self.leg = None
        self.visit_started = self.visit_until = None
        if leg.mock:
            self.mock_until = finished + MOCK_AFTER
        accuracy = round(self.rng.uniform(5.0, 20.0), 1)
        lat, lon = self._noisy(*leg.point, accuracy / 2)
        outcomes = list(OUTCOME_WEIGHTS)
        outcome = self.rng.choices(outcomes, weights=list(OUTCOME_WEIGHTS.values()))[0]
        balance = Decimal(account.balance)
        if outcome == "promise_to_pay" and balance < Decimal(1):
            outcome = "rpc"  # nothing to promise on a settled account
        promise = None
        if outcome == "promise_to_pay":
            share = Decimal(self.rng.choice(["0.1", "0.25", "0.5", "1"]))
            due = started.date() + timedelta(days=self.rng.randint(1, 21))
            promise = parse_promise(str(max(Decimal("1.00"), balance * share)), due)
        questionnaire = self.questionnaire_for(account.questionnaire_id) if account.questionnaire_id else None
        answers = {}
        if questionnaire is not None:  # the answers set the outcome and promise when the mapping says so
            day = started.date()
            answers = sample_answers(questionnaire.definition, self.rng, day, account, outcome=outcome,
                                     media=self.media_for)
            derived = derive_outcome(questionnaire.definition, answers, account, today=day)
            if derived.outcome is not None:
                outcome = derived.outcome
                promise = promise_message(derived.promise) if derived.promise else None
        visit, _ = build_visit(
            account, outcome=outcome, lat=round(lat, 7), lon=round(lon, 7), accuracy_m=accuracy,
            fix_time=started + timedelta(seconds=self.rng.randint(0, 30)), started_at=started,
            finished_at=finished, promise=promise, answers=answers, mock=leg.mock, force=True,
            questionnaire=questionnaire, default_radius_m=self.default_radius_m, visit_id=self.make_id(),
        )
        if leg.mismatch and visit.device_geofence == "outside":
            visit = msgspec.structs.replace(visit, device_geofence="inside")
        return visit


@dataclass(slots=True)
class WalkPlan:
    """Positions (seq 1..n, renumbered when queued) and visits of one simulated walk."""

    positions: list[Position]
    visits: list[Visit]


def seeded_ids(*salt: object) -> Callable[[], str]:
    """Reproducible UUIDv4s for one walk; the salt keeps two walks (or devices) apart."""
    rng = random.Random("|".join(map(str, salt)))
    return lambda: str(uuid.UUID(int=rng.getrandbits(128), version=4))


def plan_walk(accounts: list[Account], *, end_time: datetime, minutes: float, interval_s: float = 60.0,
              speed_kmh: float = 5.0, seed: int | None = None, id_salt: str = "",
              **walker_options) -> WalkPlan:
    """A walk of `minutes` of simulated time ending at `end_time`, a fix every `interval_s`.

    With a seed, the same inputs give the same walk; visit ids also depend on `end_time` and
    `id_salt` (the install id), since a visit id names one visit forever. `walker_options` go to
    Walker (among them `outside_share` and `mock_share`, see the module's docstring).
    """
    if minutes <= 0 or interval_s <= 0:
        raise ValueError("minutes and interval must be positive")
    rng = random.Random(seed)
    start_time = to_ms(end_time) - timedelta(minutes=minutes)
    if seed is not None:
        walker_options.setdefault("make_id", seeded_ids(seed, end_time.isoformat(), id_salt))
    walker = Walker(accounts, start_time=start_time, rng=rng, speed_kmh=speed_kmh, **walker_options)
    positions: list[Position] = []
    visits: list[Visit] = []
    ticks = int(minutes * 60 // interval_s)
    for k in range(ticks + 1):
        fix, done = walker.advance(start_time + timedelta(seconds=k * interval_s))
        positions.append(msgspec.structs.replace(fix, seq=k + 1))
        visits.extend(done)
    return WalkPlan(positions=positions, visits=visits)

"""A simulated agent walking between its accounts: positions with GPS noise, visits at accounts."""

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

from .answers import sample_answers
from .visit import DEFAULT_RADIUS_M, build_visit, parse_promise

METRES_PER_DEGREE = 111_320.0
FALLBACK_START = (4.60971, -74.08175)
# Outcome mix of a typical collection round.
OUTCOME_WEIGHTS = {"no_contact": 0.35, "third_party": 0.2, "rpc": 0.25, "promise_to_pay": 0.2}
DRAIN_PCT_PER_S = 1 / 360  # about 1 % every 6 minutes
CHARGE_PCT_PER_S = 1 / 90


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


class Walker:
    """One simulated agent moving through simulated time; pure, runs on the caller's thread."""

    def __init__(self, accounts: list[Account], *, start_time: datetime, rng: random.Random,
                 speed_kmh: float = 5.0, start: tuple[float, float] | None = None,
                 clock_offset_s: float = 0.0, default_radius_m: float = DEFAULT_RADIUS_M,
                 questionnaire_for: Callable[[str], QuestionnaireVersion | None] | None = None,
                 make_id: Callable[[], str] | None = None) -> None:
        if speed_kmh <= 0:
            raise ValueError("speed must be positive")
        self.rng = rng
        self.lat, self.lon = start or start_point(accounts, rng)
        self.route = route_order(accounts, (self.lat, self.lon))
        self.time = start_time
        self.speed_mps = speed_kmh / 3.6
        self.clock_offset = timedelta(seconds=clock_offset_s)
        self.default_radius_m = default_radius_m
        self.questionnaire_for = questionnaire_for or (lambda _qid: None)
        self.make_id = make_id or (lambda: str(uuid.uuid4()))
        self.next_account = 0
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
            account = self.route[self.next_account]
            target = place(account)
            assert target is not None
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
        speed = self.speed_mps * self.rng.uniform(0.8, 1.2) if moving else self.rng.uniform(0.0, 0.3)
        return Position(
            seq=0, fix_time=when, device_time=when - self.clock_offset,
            lat=round(lat, 7), lon=round(lon, 7), accuracy_m=accuracy,
            speed_mps=round(speed, 2), bearing_deg=round(moved_bearing, 1) % 360.0 if moving else None,
            battery_pct=int(round(self.battery)), charging=self.charging, provider="gps",
        )

    def _finish_visit(self) -> Visit:
        account = self.route[self.next_account]
        started, finished = self.visit_started, self.visit_until
        assert started is not None and finished is not None
        self.next_account += 1
        self.visit_started = self.visit_until = None
        accuracy = round(self.rng.uniform(5.0, 20.0), 1)
        lat, lon = self._noisy(*place(account), accuracy / 2)  # type: ignore[misc]
        outcomes = list(OUTCOME_WEIGHTS)
        outcome = self.rng.choices(outcomes, weights=list(OUTCOME_WEIGHTS.values()))[0]
        balance = Decimal(account.balance)
        if outcome == "promise_to_pay" and balance < Decimal("1"):
            outcome = "rpc"  # nothing to promise on a settled account
        promise = None
        if outcome == "promise_to_pay":
            share = Decimal(self.rng.choice(["0.1", "0.25", "0.5", "1"]))
            due = started.date() + timedelta(days=self.rng.randint(1, 21))
            promise = parse_promise(str(max(Decimal("1.00"), balance * share)), due)
        questionnaire = self.questionnaire_for(account.questionnaire_id) if account.questionnaire_id else None
        answers = sample_answers(questionnaire.definition, self.rng, started.date()) if questionnaire else {}
        visit, _ = build_visit(
            account, outcome=outcome, lat=round(lat, 7), lon=round(lon, 7), accuracy_m=accuracy,
            fix_time=started + timedelta(seconds=self.rng.randint(0, 30)), started_at=started,
            finished_at=finished, promise=promise, answers=answers, force=True, questionnaire=questionnaire,
            default_radius_m=self.default_radius_m, visit_id=self.make_id(),
        )
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
    `id_salt` (the install id), since a visit id names one visit forever.
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

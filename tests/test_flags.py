"""The flags of the contract, computed by the server on positions and visits.

Flags are read where the office reads them: GET /visits/{id} and the `flags` table. Speeds in
these tests are either slow (under 20 m/s) or absurd (hundreds of m/s), so the expected flags do
not hang on how the distance is computed; the 55 m/s threshold itself is checked with a margin.
"""

from __future__ import annotations

import random
import uuid
from collections import defaultdict
from datetime import datetime, timedelta, timezone

from sqlalchemy import select, update

from syncserver.db.models import BranchSettings, Flag
from syncserver.office import settings_changed
from tests.plugins.server import LiveServer

NOW = datetime.now(timezone.utc)
BASE = NOW - timedelta(hours=6)  # trace fixes: old enough that clock_skew never applies to them
HOME = (4.65, -74.05)            # the account's location (default geofence radius 75 m)
DEG_LAT_M = 110_574.0            # metres per degree of latitude near the equator (within 0.1 %)


def iso(moment: datetime) -> str:
    return moment.isoformat().replace("+00:00", "Z")


def fix(seq: int, seconds: float, lat: float = HOME[0], lon: float = HOME[1], **extra) -> dict:
    """A position `seconds` after BASE (device clock = fix time unless given)."""
    moment = BASE + timedelta(seconds=seconds)
    return {"seq": seq, "fix_time": iso(moment), "device_time": iso(moment), "lat": lat, "lon": lon,
            "accuracy_m": 8.0, **extra}


def north(metres: float) -> float:
    """The latitude `metres` north of HOME."""
    return HOME[0] + metres / DEG_LAT_M


def visit(account_id: str, *, at: datetime, lat: float = HOME[0], lon: float = HOME[1], accuracy: float = 10.0,
          started: datetime | None = None, finished: datetime | None = None, **extra) -> dict:
    """A visit whose fix is at `at`; it started 2 min before and finished 2 min after, unless given."""
    location = {"lat": lat, "lon": lon, "accuracy_m": accuracy, "fix_time": iso(at)}
    if "mock" in extra:
        location["mock"] = extra.pop("mock")
    return {"id": str(uuid.uuid4()), "account_id": account_id,
            "started_at": iso(started or at - timedelta(minutes=2)), "finished_at": iso(finished or at + timedelta(minutes=2)),
            "location": location, "outcome": "rpc", "answers": {}, **extra}


class Field:
    """One agent with an account at HOME; devices are paired on demand."""

    def __init__(self, server: LiveServer) -> None:
        self.server = server
        server.add_agent("A1")
        server.add_accounts([{"external_ref": "H1", "debtor_name": "Deudor", "address": "Calle 1",
                              "lat": HOME[0], "lon": HOME[1], "balance": "100.00", "agent_code": "A1"}])
        self.device_id, self.token = server.pair("A1")
        self.account = server.request("GET", "/sync", token=self.token).body["accounts"][0]["id"]

    def device(self) -> tuple[int, str]:
        device_id, token = self.server.pair("A1")
        return int(device_id), token

    def positions(self, batch: list[dict], token: str | None = None) -> dict:
        reply = self.server.request("POST", "/positions", {"positions": batch}, token=token or self.token)
        assert reply.status == 200 and not reply.body["rejected"], reply.body
        return reply.body

    def visit(self, item: dict, token: str | None = None) -> dict:
        reply = self.server.request("POST", "/visits", {"visits": [item]}, token=token or self.token)
        (result,) = reply.body["results"]
        assert result["status"] == "accepted", result
        return result

    def visit_flags(self, visit_id: str, token: str | None = None) -> set[str]:
        """A visit's flags as GET /visits/{id} says, checked against the flags table."""
        stored = self.server.request("GET", f"/visits/{visit_id}", token=token or self.token)
        assert stored.status == 200, stored.body
        with self.server.engine.connect() as conn:
            table = list(conn.scalars(select(Flag.code).where(Flag.visit_id == visit_id)))
        assert sorted(stored.body["flags"]) == sorted(table)
        assert len(table) == len(set(table))
        return set(table)

    def position_flags(self, device_id: int | str) -> dict[int, set[str]]:
        """seq -> flags of a device's positions, from the flags table (never the same flag twice)."""
        flags: dict[int, set[str]] = defaultdict(set)
        with self.server.engine.connect() as conn:
            for seq, code in conn.execute(select(Flag.seq, Flag.code).where(Flag.device_id == int(device_id))):
                assert code not in flags[seq], (seq, code)
                flags[seq].add(code)
        return dict(flags)

    def speed_flags(self, device_id: int | str) -> set[int]:
        return {seq for seq, codes in self.position_flags(device_id).items() if "impossible_speed" in codes}


# --- one fix on its own -------------------------------------------------------------------------


def test_flags_of_a_single_position(server):
    field = Field(server)
    now = datetime.now(timezone.utc)

    def fresh(seq: int, device_offset_min: float, **extra) -> dict:
        """A fix of a minute ago, uploaded now by a device whose clock is `device_offset_min` off."""
        return dict(fix(seq, 0, **extra), fix_time=iso(now - timedelta(minutes=1)),
                    device_time=iso(now + timedelta(minutes=device_offset_min)))

    batch = [
        fix(1, 0),
        fix(2, 60, mock=True),
        fix(3, 120, mock=False),
        fix(4, 180, accuracy_m=100.0),                 # at the limit: not over it
        fix(5, 240, accuracy_m=100.5),
        fix(6, 300, accuracy_m=2500.0, mock=True),
        fix(7, 360, device_time=iso(BASE + timedelta(minutes=30))),  # an old fix says nothing of the clock
        fresh(8, 0), fresh(9, 15), fresh(10, -15), fresh(11, 9), fresh(12, -9), fresh(13, 60 * 24),
    ]
    field.positions(batch)
    assert field.position_flags(field.device_id) == {
        2: {"mock_location"}, 5: {"low_accuracy"}, 6: {"low_accuracy", "mock_location"},
        9: {"clock_skew"}, 10: {"clock_skew"}, 13: {"clock_skew"},
    }
    # The limit is the branch's: lowered to 50 m, a 60 m fix is inaccurate.
    with server.engine.begin() as conn:
        conn.execute(update(BranchSettings).values(accuracy_limit_m=50.0))
    server.thread.submit(settings_changed(server.thread.app)).result(10)
    field.positions([fix(20, 600, accuracy_m=60.0), fix(21, 660, accuracy_m=50.0)])
    assert field.position_flags(field.device_id)[20] == {"low_accuracy"}
    assert 21 not in field.position_flags(field.device_id)


# --- visits ---------------------------------------------------------------------------------------


def test_flags_of_visits(server):
    field = Field(server)
    at = NOW - timedelta(minutes=30)
    account = field.account
    cases = [
        # (visit, flags, server verdict)
        (visit(account, at=at), set(), "inside"),
        (visit(account, at=at, device_geofence="inside"), set(), "inside"),
        (visit(account, at=at, mock=True), {"mock_location"}, "inside"),
        (visit(account, at=at, accuracy=100.0), set(), "uncertain"),
        (visit(account, at=at, accuracy=150.0), {"low_accuracy"}, "uncertain"),
        (visit(account, at=at, lat=north(1000)), {"outside_geofence"}, "outside"),
        (visit(account, at=at, lat=north(1000), device_geofence="outside"), {"outside_geofence"}, "outside"),
        (visit(account, at=at, lat=north(1000), device_geofence="uncertain"), {"outside_geofence"}, "outside"),
        (visit(account, at=at, lat=north(1000), device_geofence="inside"),
         {"outside_geofence", "geofence_mismatch"}, "outside"),
        # 70 m away with 10 m accuracy: uncertain. The device saying inside is no mismatch.
        (visit(account, at=at, lat=north(70), device_geofence="inside"), set(), "uncertain"),
        (visit(account, at=at, lat=north(1000), accuracy=200.0, mock=True, device_geofence="inside"),
         {"outside_geofence", "geofence_mismatch", "low_accuracy", "mock_location"}, "outside"),
        # stale_fix: the fix more than 10 min before started_at or after finished_at.
        (visit(account, at=at, started=at + timedelta(minutes=11), finished=at + timedelta(minutes=15)),
         {"stale_fix"}, "inside"),
        (visit(account, at=at, started=at + timedelta(minutes=9), finished=at + timedelta(minutes=15)), set(), "inside"),
        (visit(account, at=at, started=at - timedelta(minutes=20), finished=at - timedelta(minutes=11)),
         {"stale_fix"}, "inside"),
        (visit(account, at=at, started=at - timedelta(minutes=20), finished=at - timedelta(minutes=9)), set(), "inside"),
    ]
    for item, flags, verdict in cases:
        result = field.visit(item)
        assert set(result["flags"]) == flags, (item, result)
        assert result["geofence"]["verdict"] == verdict, (item, result)
        assert field.visit_flags(item["id"]) == flags
        # A resend says the same flags (from the database) and adds none.
        again = field.server.request("POST", "/visits", {"visits": [item]}, token=field.token).body["results"][0]
        assert again["status"] == "duplicate" and set(again["flags"]) == flags
        assert field.visit_flags(item["id"]) == flags


def test_clock_skew_on_a_visit(server):
    field = Field(server)
    now = datetime.now(timezone.utc)
    # The device's clock runs 20 min fast: its started/finished are ahead, its GPS fix is not.
    skewed = visit(field.account, at=now - timedelta(minutes=1), started=now + timedelta(minutes=15),
                   finished=now + timedelta(minutes=20))
    assert "clock_skew" in field.visit(skewed)["flags"]
    assert "clock_skew" in field.visit_flags(skewed["id"])
    # A correct clock, uploaded right away: no skew.
    fine = visit(field.account, at=now - timedelta(minutes=3), started=now - timedelta(minutes=5),
                 finished=now - timedelta(minutes=1))
    assert field.visit(fine)["flags"] == []
    # Uploaded hours later (offline day): the fix is not fresh, the clock cannot be judged.
    late = visit(field.account, at=now - timedelta(hours=3))
    assert field.visit(late)["flags"] == []


def test_impossible_speed_on_a_visit_from_the_previous_position(server):
    field = Field(server)
    at = BASE + timedelta(minutes=30)
    field.positions([fix(1, 29 * 60), fix(2, 29.5 * 60, lat=north(40_000))])  # 30 s before the visit: 40 km away
    far = visit(field.account, at=at)
    assert "impossible_speed" in field.visit(far)["flags"]
    # A visit whose previous position (in fix time) is close is fine, even if a later one is far.
    device_id, token = field.device()
    field.positions([fix(1, 20 * 60), fix(2, 31 * 60, lat=north(40_000))], token=token)
    near = visit(field.account, at=at)
    assert field.visit(near, token=token)["flags"] == []
    # The threshold: 55 m/s. 50 m/s is possible, 60 m/s is not (100 s before the visit).
    for speed, flagged in ((50, False), (60, True)):
        _, token = field.device()
        field.positions([fix(1, 30 * 60 - 100, lat=north(speed * 100))], token=token)
        result = field.visit(visit(field.account, at=at), token=token)
        assert ("impossible_speed" in result["flags"]) is flagged, (speed, result)


# --- impossible speed in fix-time order -------------------------------------------------------------


def test_impossible_speed_between_positions(server):
    field = Field(server)
    field.positions([
        fix(1, 0), fix(2, 60, lat=north(1000)),           # 16.7 m/s
        fix(3, 120, lat=north(11_000)),                    # 167 m/s
        fix(4, 180, lat=north(11_500)),                    # 8 m/s from seq 3
        fix(5, 240, lat=north(11_500 + 55 * 0.9 * 60)),    # 49.5 m/s
        fix(6, 300, lat=north(11_500 + 55 * 0.9 * 60 + 55 * 1.1 * 60)),  # 60.5 m/s
    ])
    assert field.speed_flags(field.device_id) == {3, 6}
    # A later batch continues from the stored trace's last fix.
    field.positions([fix(7, 360, lat=north(100_000))])
    assert field.speed_flags(field.device_id) == {3, 6, 7}


def test_a_late_position_makes_the_next_ones_flag_appear(server):
    field = Field(server)
    field.positions([fix(1, 0), fix(3, 120, lat=north(500))])  # 4 m/s: fine
    assert field.speed_flags(field.device_id) == set()
    # Arrives late, between them in fix time, 20 km away: it is fast, and so is the one after it.
    field.positions([fix(2, 60, lat=north(20_000))])
    assert field.speed_flags(field.device_id) == {2, 3}


def test_a_late_position_makes_the_next_ones_flag_disappear(server):
    field = Field(server)
    field.positions([fix(1, 0), fix(3, 100, lat=north(10_000))])  # 100 m/s
    assert field.speed_flags(field.device_id) == {3}
    # Arrives late: the device was already there at 50 s. The jump was before it, not after.
    field.positions([fix(2, 50, lat=north(10_000))])
    assert field.speed_flags(field.device_id) == {2}


def test_a_late_position_before_the_whole_trace(server):
    field = Field(server)
    field.positions([fix(2, 60), fix(3, 120)])
    field.positions([fix(1, 0, lat=north(30_000))])  # earlier than everything stored, far away
    assert field.speed_flags(field.device_id) == {2}
    # A batch mixing a late fix and new ones.
    field.positions([fix(5, 240), fix(4, 90, lat=north(30_000)), fix(6, 300, lat=north(30_000))])
    # In fix order: 1 (far) 2 (home) 4@90 (far) 3@120 (home) 5@240 (home) 6@300 (far)
    assert field.speed_flags(field.device_id) == {2, 4, 3, 6}


def test_a_visits_impossible_speed_follows_late_positions(server):
    field = Field(server)
    at = BASE + timedelta(minutes=10)
    field.positions([fix(1, 0)])  # at home, 10 min before the visit
    stored = visit(field.account, at=at)
    assert field.visit(stored)["flags"] == []
    # A position 60 s before the visit's fix arrives late, 100 km away: the visit's speed is impossible.
    field.positions([fix(2, 9 * 60, lat=north(100_000))])
    assert field.visit_flags(stored["id"]) == {"impossible_speed"}
    # Another, 30 s before the visit, back home: the jump is before it now, the visit is fine again.
    field.positions([fix(3, 9.5 * 60)])
    assert field.visit_flags(stored["id"]) == set()
    assert field.speed_flags(field.device_id) == {2, 3}
    # Positions after the visit's fix do not change it.
    field.positions([fix(4, 11 * 60, lat=north(200_000))])
    assert field.visit_flags(stored["id"]) == set()
    # A resend of the visit reports the current flags.
    again = field.server.request("POST", "/visits", {"visits": [stored]}, token=field.token).body["results"][0]
    assert again["status"] == "duplicate" and again["flags"] == []


def test_arrival_order_does_not_change_the_flags(server):
    """A trace with jumps, sent in fix order to one device and shuffled in small batches to another
    (visits first, positions after): the same impossible_speed flags, the ones the trace implies."""
    field = Field(server)
    rng = random.Random(20261122)
    trace, lat, jumps = [], HOME[0], set()
    for seq in range(1, 61):
        if seq > 1 and rng.random() < 0.2:
            lat += 0.3 if lat < 5.5 else -0.3  # ~33 km in 30 s
            jumps.add(seq)
        else:
            lat += 0.001                        # ~110 m in 30 s
        trace.append(fix(seq, seq * 30, lat=lat))
    # Visits between fixes: at the previous fix's place (fine) or 50 km from it (impossible).
    visits, expected_visits = [], {}
    for k, after in enumerate((5, 17, 29, 41, 53)):
        far = k % 2 == 1
        prev = trace[after - 1]
        item = visit(field.account, at=BASE + timedelta(seconds=after * 30 + 10),
                     lat=prev["lat"] + (0.45 if far else 0.0), lon=prev["lon"])
        visits.append(item)
        expected_visits[item["id"]] = far

    ordered_id, ordered = field.device()
    field.positions(trace, token=ordered)
    for item in visits:
        result = field.visit(dict(item, id=str(uuid.uuid4())), token=ordered)
        assert ("impossible_speed" in result["flags"]) is expected_visits[item["id"]], result
    assert field.speed_flags(ordered_id) == jumps

    shuffled_id, shuffled = field.device()
    for item in visits:
        assert "impossible_speed" not in field.visit(item, token=shuffled)["flags"]  # no positions yet
    order = trace[:]
    rng.shuffle(order)
    while order:
        size = rng.randint(1, 7)
        field.positions(order[:size], token=shuffled)
        order = order[size:]
    assert field.speed_flags(shuffled_id) == jumps
    for item in visits:
        flagged = "impossible_speed" in field.visit_flags(item["id"], token=shuffled)
        assert flagged is expected_visits[item["id"]], item


def test_two_late_batches_of_one_device_in_one_group(tmp_path):
    """Both late batches re-derive the same stored neighbour's flag inside one transaction: stored once."""
    from datetime import datetime, timezone

    from sqlalchemy import insert as sql_insert

    from mobile_protocol.messages import Position as Fix
    from syncserver.db.bootstrap import open_database
    from syncserver.db.models import Agent, Device
    from syncserver.ingest_positions import PositionsJob, prepare_rows
    from syncserver.group_commit import GroupCommitter

    engine = open_database(tmp_path)
    now = datetime.now(timezone.utc)
    with engine.begin() as conn:
        conn.execute(sql_insert(Agent).values(id=1, code="A1", name="A", active=True, created_at=now))
        conn.execute(sql_insert(Device).values(id=1, agent_id=1, install_id="x", token_hash=b"h" * 32,
                                               paired_at=now, high_seq=0))
    base = now - timedelta(hours=1)

    def job(*fixes):
        positions = [Fix(seq=seq, fix_time=base + timedelta(seconds=t), device_time=base + timedelta(seconds=t),
                         lat=lat, lon=-74.05, accuracy_m=5.0) for seq, t, lat in fixes]
        rows, flagged = prepare_rows(1, positions, round(now.timestamp() * 1000))
        return PositionsJob(1, rows, flagged)

    writer = GroupCommitter(engine)
    first, _ = writer.commit([job((10, 1000, 4.60), (11, 1600, 4.601))])
    assert first[0].accepted == 2
    # Two late batches: seq 5 (5 km south) and seq 7 (back north 9 s later). Both re-derive seq 7.
    outcomes, _ = writer.commit([job((5, 990, 4.555)), job((7, 999, 4.60))])
    assert [o.accepted for o in outcomes] == [1, 1], outcomes
    with engine.connect() as conn:
        fast = sorted(conn.scalars(select(Flag.seq).where(Flag.code == "impossible_speed")))
    assert fast == [7]
    writer.close()
    engine.dispose()

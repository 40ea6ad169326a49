"""The event bus tells subscribers what the server did, after it is committed."""

from __future__ import annotations

import time

from syncserver.events import DevicePaired, DeviceRevoked, DeviceSeen, PositionsStored, SyncServed, VisitStored
from syncserver.office import revoke
from tests.test_api_flow import position, setup_agent, visit


def wait_for(server, kind, timeout=5.0):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        found = [e for e in list(server.events) if isinstance(e, kind)]
        if found:
            return found
        time.sleep(0.01)
    raise AssertionError(f"no {kind.__name__} event")


def test_events_of_a_device_day(server):
    setup_agent(server)
    device_id, token = server.pair("A1")
    paired = wait_for(server, DevicePaired)[0]
    assert paired.device_id == device_id and paired.agent_code == "A1"

    accounts = server.request("GET", "/sync", token=token).body["accounts"]
    served = wait_for(server, SyncServed)[0]
    assert served.full and served.accounts == 3

    batch = [position(i, minutes=i, battery_pct=90 - i) for i in range(1, 6)]
    assert server.request("POST", "/positions", {"positions": batch}, token=token).body["accepted"] == 5
    stored = wait_for(server, PositionsStored)[-1]
    assert stored.device_id == device_id and stored.accepted == 5
    assert stored.latest.seq == 5 and stored.latest.battery_pct == 85
    with server.engine.connect() as conn:  # the event came after the commit: the rows are there
        assert conn.exec_driver_sql("SELECT count(*) FROM positions").scalar() == 5
        battery, high_seq, seen_at = conn.exec_driver_sql(
            "SELECT battery_pct, high_seq, last_seen_at FROM devices WHERE id = ?", (int(device_id),)
        ).one()
        assert (battery, high_seq) == (85, 5) and seen_at is not None
    seen = wait_for(server, DeviceSeen)[-1]
    assert seen.device_id == device_id

    account = accounts[0]
    sent = visit(account["id"], account["location"]["lat"], account["location"]["lon"], outcome="promise_to_pay",
                 promise={"amount": "50000.00", "due_date": "2026-12-01"})
    assert server.request("POST", "/visits", {"visits": [sent]}, token=token).body["results"][0]["status"] == "accepted"
    stored_visit = wait_for(server, VisitStored)[0]
    assert stored_visit.visit_id == sent["id"] and stored_visit.verdict == "inside"
    assert stored_visit.outcome == "promise_to_pay" and stored_visit.account_id == account["id"]

    revoke_future = server.thread.submit(revoke(server.thread.app, device_id))
    assert revoke_future.result(10).revoked
    assert wait_for(server, DeviceRevoked)[0].device_id == device_id
    assert server.request("GET", "/sync", token=token).status == 401


def test_compact_classes_pickle_back_equal_with_every_field():
    import dataclasses
    import pickle
    from datetime import datetime, timezone

    import syncserver.ingest_positions  # noqa: F401 - defines PositionsOutcome
    from syncserver.events import Compact, LatestPosition

    classes = []
    pending = list(Compact.__subclasses__())
    while pending:
        cls = pending.pop()
        classes.append(cls)
        pending.extend(cls.__subclasses__())
    assert len(classes) >= 11
    for cls in classes:  # __reduce__ rebuilds from __match_args__: it must name every field, in order
        assert cls.__match_args__ == tuple(f.name for f in dataclasses.fields(cls)), cls
        assert not any(f.kw_only or not f.init for f in dataclasses.fields(cls)), cls
    now = datetime(2026, 12, 4, 3, 0, tzinfo=timezone.utc)
    latest = LatestPosition(7, now, -34.6, -58.4, 5.0, None, True)
    event = PositionsStored("12", "3", 4, latest, {7: ["mock_location"]})
    back = pickle.loads(pickle.dumps(event, pickle.HIGHEST_PROTOCOL))
    assert back == event and back is not event and back.latest.charging is True

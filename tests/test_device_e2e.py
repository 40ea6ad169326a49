"""The reference device client against a real sync server over real HTTP (no mocks)."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import select

from mobile_protocol.device.client import make_session
from mobile_protocol.device.outbox import Outbox
from mobile_protocol.device.pairing import connect
from mobile_protocol.device.push import push_outbox
from mobile_protocol.device.state import DeviceState
from syncserver.db.models import Position as PositionRow
from tests.device_helpers import (
    acli, add_portfolio, cli, paired_cli, stored_flags, stored_seqs, stored_visit_ids, token_of,
)


def test_pair_sync_visit_push_and_read_back(server, tmp_path, capsys):
    add_portfolio(server)
    uri = f"campo://pair?v=1&code={server.pairing_code('A1')}&url=http://127.0.0.1:9&url={server.url}"
    assert cli(tmp_path, "pair", uri) == 0
    assert "agent A1 Gestor A1" in capsys.readouterr().out
    assert cli(tmp_path, "sync") == 0
    assert capsys.readouterr().out.startswith("full sync: 4 accounts")
    assert cli(tmp_path, "accounts", "--json") == 0
    accounts = json.loads(capsys.readouterr().out)
    first = accounts[0]

    lat, lon = first["location"]["lat"] + 0.0001, first["location"]["lon"]
    assert cli(tmp_path, "visit", first["id"], "--outcome", "promise_to_pay", "--promise", "300000", "2099-01-31",
               "--lat", str(lat), "--lon", str(lon), "--accuracy", "8", "--notes", "paga a fin de mes") == 0
    visit_id = capsys.readouterr().out.split()[2]
    assert cli(tmp_path, "position", "--lat", str(lat), "--lon", str(lon), "--accuracy", "8", "--battery", "77") == 0
    assert capsys.readouterr().out == "queued position 1\n"
    assert cli(tmp_path, "push", "--json") == 0
    report = json.loads(capsys.readouterr().out)
    assert (report["positions_accepted"], report["visits_accepted"], report["rejected"]) == (1, 1, 0)

    with DeviceState.in_dir(tmp_path / "device") as state:
        assert state.pairing.server_urls[0] == server.url  # the URL that answered comes first
        assert Outbox(state).counts() == (0, 0)
        device_id = state.pairing.device_id
    assert stored_seqs(server, device_id) == [1]
    reply = server.request("GET", f"/visits/{visit_id}", token=token_of(tmp_path))
    assert reply.status == 200
    stored = reply.body
    assert stored["account_id"] == first["id"] and stored["outcome"] == "promise_to_pay"
    assert stored["promise"] == {"amount": "300000.00", "due_date": "2099-01-31"}
    assert stored["geofence"]["verdict"] == "inside" and stored["device_geofence"] == "inside"
    assert stored["received_at"] and stored["notes"] == "paga a fin de mes"

    assert cli(tmp_path, "sync") == 0
    assert capsys.readouterr().out.startswith("delta sync: 0 accounts new or changed")
    assert cli(tmp_path, "sync", "--json") == 0
    assert json.loads(capsys.readouterr().out) == {
        "full": False, "accounts": 0, "removed_accounts": 0, "questionnaires": 0, "removed_questionnaires": 0,
        "total_accounts": 4,
    }


async def test_client_get_visit_returns_the_stored_visit(server, tmp_path):
    add_portfolio(server)
    assert await acli(tmp_path, "pair", server.url, server.pairing_code("A1")) == 0
    assert await acli(tmp_path, "sync") == 0
    state = DeviceState.in_dir(tmp_path / "device")
    account = state.accounts()[0]
    assert await acli(tmp_path, "visit", account.id, "--outcome", "rpc", "--lat", str(account.location.lat),
               "--lon", str(account.location.lon), "--accuracy", "5", "--mock") == 0
    [queued] = Outbox(state).visits()
    async with make_session() as session:
        client, health = await connect(state, session)
        assert health.protocol == 1 and abs(client.clock_offset_s) < 5
        await push_outbox(Outbox(state), client, health.limits)
        stored = await client.get_visit(queued.id)
    assert stored.id == queued.id and stored.location == queued.location and stored.received_at is not None
    assert "mock_location" in stored.flags
    state.close()


def test_outside_visit_is_refused_unless_forced(server, tmp_path, capsys):
    state = paired_cli(server, tmp_path, capsys)
    account = state.accounts()[0]
    far = [account.id, "--outcome", "no_contact", "--lat", str(account.location.lat + 0.01),
           "--lon", str(account.location.lon), "--accuracy", "10"]
    assert cli(tmp_path, "visit", *far) == 2
    assert "outside" in capsys.readouterr().err
    assert Outbox(state).counts() == (0, 0)

    assert cli(tmp_path, "visit", *far, "--force") == 0
    [queued] = Outbox(state).visits()
    assert queued.device_geofence == "outside"
    assert cli(tmp_path, "push") == 0
    stored = server.request("GET", f"/visits/{queued.id}", token=state.pairing.token).body
    assert stored["geofence"]["verdict"] == "outside" and "outside_geofence" in stored["flags"]
    state.close()


def test_walk_and_push_store_every_position_exactly_once(server, tmp_path, capsys):
    state = paired_cli(server, tmp_path, capsys)
    assert cli(tmp_path, "walk", "--minutes", "180", "--interval-s", "20", "--seed", "5") == 0
    assert "queued 541 positions (seq 1–541)" in capsys.readouterr().out
    queued_visits = {v.id for v in Outbox(state).visits()}
    assert len(queued_visits) == 4
    assert cli(tmp_path, "push", "--json") == 0
    report = json.loads(capsys.readouterr().out)
    assert report["positions_accepted"] == 541 and report["visits_accepted"] == 4 and report["rejected"] == 0
    assert stored_seqs(server, state.pairing.device_id) == list(range(1, 542))
    assert stored_visit_ids(server) == queued_visits

    assert cli(tmp_path, "walk", "--minutes", "10", "--interval-s", "60", "--seed", "5") == 0
    assert cli(tmp_path, "push") == 0
    assert stored_seqs(server, state.pairing.device_id) == list(range(1, 553))
    state.close()


def test_walk_with_shares_pushes_visits_the_server_finds_outside_or_mocked(server, tmp_path, capsys):
    add_portfolio(server, "A1", n=16)
    assert cli(tmp_path, "pair", server.url, server.pairing_code("A1")) == 0
    assert cli(tmp_path, "sync") == 0
    assert cli(tmp_path, "walk", "--minutes", "600", "--interval-s", "60", "--seed", "3",
               "--outside-share", "0.4", "--mock-share", "0.3") == 0
    capsys.readouterr()
    state = DeviceState.in_dir(tmp_path / "device")
    queued = Outbox(state).visits()
    mocked_seqs = {p.seq for p in Outbox(state).positions() if p.mock}
    assert len(queued) == 16 and mocked_seqs
    assert cli(tmp_path, "push", "--json") == 0
    report = json.loads(capsys.readouterr().out)
    assert report["visits_accepted"] == 16 and report["rejected"] == 0

    outside, mocked = [], []
    for visit in queued:
        stored = server.request("GET", f"/visits/{visit.id}", token=state.pairing.token).body
        assert stored["device_geofence"] == visit.device_geofence
        if stored["geofence"]["verdict"] == "outside":
            outside.append(visit)
            assert "outside_geofence" in stored["flags"] and 140 <= stored["geofence"]["distance_m"] <= 410
            assert ("geofence_mismatch" in stored["flags"]) == (visit.device_geofence == "inside")
        else:
            assert visit.device_geofence in ("inside", "uncertain")
            assert not {"outside_geofence", "geofence_mismatch"} & set(stored["flags"])
        assert ("mock_location" in stored["flags"]) == bool(visit.location.mock)
        if visit.location.mock:
            mocked.append(visit)
    assert 0 < len(outside) < 16 and 0 < len(mocked) < 16
    assert any(v.device_geofence == "outside" for v in outside)  # recorded forced, as the app would
    _, position_flags = stored_flags(server)
    assert {seq for seq, codes in position_flags.items() if "mock_location" in codes} == mocked_seqs
    with server.engine.connect() as conn:
        assert {seq for (seq,) in conn.execute(select(PositionRow.seq).where(PositionRow.mock))} == mocked_seqs
    state.close()


def test_walk_options_refuse_a_share_above_one(tmp_path, capsys):
    with pytest.raises(SystemExit):
        cli(tmp_path, "walk", "--minutes", "10", "--outside-share", "1.5")
    assert "between 0 and 1" in capsys.readouterr().err

"""`campo-device simulate`: many devices in one process pair, walk and push; bad codes, the live clock and
visit shares."""

from __future__ import annotations

import json
from datetime import datetime, timezone

import pytest
from sqlalchemy import select

from mobile_protocol.device.outbox import Outbox
from mobile_protocol.device.pairing import PairTarget
from mobile_protocol.device.simulate import read_codes, run_simulation
from mobile_protocol.device.state import DeviceState
from syncserver.db.models import Position as PositionRow
from syncserver.db.models import Visit as VisitRow
from tests.device_helpers import add_portfolio, stored_flags, stored_seqs


async def test_simulation_pairs_walks_and_pushes_many_devices(server, tmp_path):
    add_portfolio(server, "A1")
    add_portfolio(server, "B2", lat0=4.70)
    codes = tmp_path / "codes.jsonl"
    lines = [json.dumps({"code": server.pairing_code(agent), "expires_at": "2099-01-01T00:00:00Z"})
             for agent in ("A1", "B2", "A1")]
    codes.write_text("\n".join(lines) + "\n", encoding="utf-8")
    progress = []
    summary = await run_simulation(server.url, read_codes(codes), minutes=1.0, interval_s=5, speedup=12,
                                   state_dir=tmp_path / "sim", seed=1, on_progress=progress.append)
    assert (summary.devices, summary.errors) == (3, 0), summary.error_messages
    assert progress and summary.positions_sent == progress[-1].positions_sent
    device_ids = []
    for number in range(3):
        with DeviceState.in_dir(tmp_path / "sim" / str(number)) as state:
            assert Outbox(state).counts() == (0, 0)
            device_ids.append(state.pairing.device_id)
            assert len(state.accounts()) == 4
    assert len(set(device_ids)) == 3
    per_device = [stored_seqs(server, d) for d in device_ids]
    assert sum(map(len, per_device)) == summary.positions_sent
    assert all(seqs and seqs == list(range(1, len(seqs) + 1)) for seqs in per_device)

    # A rerun reuses the pairings (the codes are spent) and goes on counting.
    again = await run_simulation(server.url, read_codes(codes), minutes=0.5, interval_s=5, speedup=6,
                                 state_dir=tmp_path / "sim")
    assert again.errors == 0 and again.positions_sent >= 3
    after = [stored_seqs(server, d) for d in device_ids]
    assert all(new[: len(old)] == old and new == list(range(1, len(new) + 1)) for old, new in zip(per_device, after))
    assert sum(map(len, after)) == summary.positions_sent + again.positions_sent


async def test_ephemeral_simulation_reports_bad_codes_as_errors(server, tmp_path):
    add_portfolio(server)
    targets = [PairTarget(code=server.pairing_code("A1")), PairTarget(code="NOT-A-CODE")]
    summary = await run_simulation(server.url, targets, minutes=0.5, interval_s=5, speedup=6)
    assert summary.devices == 2 and summary.errors == 1 and summary.positions_sent >= 1
    assert "device 1" in summary.error_messages[0] and "pairing_code_invalid" in summary.error_messages[0]


async def test_live_clock_simulation_stamps_fixes_with_the_real_clock(server, tmp_path):
    add_portfolio(server)
    started = datetime.now(timezone.utc)
    summary = await run_simulation(server.url, [PairTarget(code=server.pairing_code("A1"))], minutes=1.0,
                                   interval_s=10, speedup=12, live_clock=True, seed=4)
    ended = datetime.now(timezone.utc)
    assert summary.errors == 0 and summary.positions_sent >= 3
    with server.engine.connect() as conn:
        fixes = sorted(ms for (ms,) in conn.execute(select(PositionRow.fix_ms)))
    assert started.timestamp() * 1000 - 1000 <= fixes[0] and fixes[-1] <= ended.timestamp() * 1000 + 1000
    # Ten simulated seconds between fixes are 10/12 of a real second apart.
    assert all(700 <= b - a <= 1000 for a, b in zip(fixes, fixes[1:]))


async def test_simulation_with_shares_sends_visits_flagged_outside_and_mocked(server, tmp_path):
    add_portfolio(server, "A1", n=10)
    summary = await run_simulation(server.url, [PairTarget(code=server.pairing_code("A1"))], minutes=150,
                                   interval_s=60, speedup=900, seed=2, outside_share=0.5, mock_share=0.5)
    assert summary.errors == 0 and summary.visits_sent >= 6, summary
    visit_flags, position_flags = stored_flags(server)
    with server.engine.connect() as conn:
        visits = conn.execute(select(VisitRow.id, VisitRow.verdict, VisitRow.device_geofence, VisitRow.mock)).all()
    assert len(visits) == summary.visits_sent
    outside = [v for v in visits if v.verdict == "outside"]
    assert outside and len(outside) < len(visits)
    assert all("outside_geofence" in visit_flags[v.id] and v.device_geofence in ("outside", "inside")
               for v in outside)
    mocked = {v.id for v in visits if v.mock}
    assert mocked and mocked == {vid for vid, codes in visit_flags.items() if "mock_location" in codes}
    assert any("mock_location" in codes for codes in position_flags.values())


async def test_simulation_refuses_a_share_above_one(server):
    with pytest.raises(ValueError, match="mock share"):
        await run_simulation(server.url, [PairTarget(code="X")], minutes=1, mock_share=2.0)

"""What the crash test checks at the end: every acknowledged item stored, every item stored exactly once."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import msgspec

from mobile_protocol.device.outbox import Outbox
from mobile_protocol.device.state import DeviceState
from mobile_protocol.messages import Position, Visit
from syncserver.ingest_positions import digests

from tests.crash.device import AckLog
from tests.crash.servers import ServerProcess


def assert_clean_log(server: ServerProcess) -> None:
    """No run of the server logged an error or a traceback (a killed run logs nothing at all)."""
    text = server.log_path.read_text(errors="replace")
    bad = [line for line in text.splitlines() if " ERROR " in line or " CRITICAL " in line or "Traceback" in line]
    assert not bad, bad[:5]


def stored(data_dir: Path, device_id: str) -> tuple[dict[int, tuple], dict[str, tuple], dict]:
    """What the database holds for the device: positions by seq, visits by id, and counters."""
    db = sqlite3.connect(f"file:{data_dir / 'campo.sqlite3'}?mode=ro", uri=True)
    try:
        assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        rows = db.execute(
            "SELECT seq, digest, fix_ms, lat, lon, accuracy_m, battery_pct FROM positions WHERE device_id = ?",
            (int(device_id),),
        ).fetchall()
        positions: dict[int, tuple] = {}
        duplicated = []
        for row in rows:
            if row[0] in positions:
                duplicated.append(row[0])
            positions[row[0]] = row
        visit_rows = db.execute("SELECT id, payload, digest, device_id FROM visits").fetchall()
        visits = {row[0]: row for row in visit_rows}
        counts = {
            "position_rows": len(rows),
            "duplicated_seqs": duplicated,
            "visit_rows": len(visit_rows),
            "high_seq": db.execute("SELECT high_seq FROM devices WHERE id = ?", (int(device_id),)).fetchone()[0],
            "other_devices_positions": db.execute(
                "SELECT count(*) FROM positions WHERE device_id != ?", (int(device_id),)
            ).fetchone()[0],
        }
    finally:
        db.close()
    return positions, visits, counts


def check_acknowledged(data_dir: Path, device_id: str, log: AckLog, positions: dict[int, Position],
                       visits: dict[str, Visit]) -> None:
    """Every item the device saw acknowledged is stored, once, with the content the device sent."""
    stored_positions, stored_visits, counts = stored(data_dir, device_id)
    assert counts["duplicated_seqs"] == []
    missing = sorted(log.positions - stored_positions.keys())
    assert not missing, f"{len(missing)} acknowledged positions are not stored, e.g. {missing[:10]}"
    acked = sorted(log.positions)
    expected_digests = dict(zip(acked, digests([positions[seq] for seq in acked])))
    for seq in acked:
        _, digest, fix_ms, lat, lon, accuracy, battery = stored_positions[seq]
        sent = positions[seq]
        assert digest == expected_digests[seq], f"position {seq} is stored with other content"
        assert fix_ms == round(sent.fix_time.timestamp() * 1000), seq
        assert (lat, lon, accuracy, battery) == (sent.lat, sent.lon, sent.accuracy_m, sent.battery_pct), seq
    missing_visits = sorted(set(log.visits) - stored_visits.keys())
    assert not missing_visits, f"{len(missing_visits)} acknowledged visits are not stored: {missing_visits[:5]}"
    for visit_id in log.visits:
        _, payload, digest, row_device = stored_visits[visit_id]
        sent = visits[visit_id]
        assert str(row_device) == device_id
        assert msgspec.json.decode(payload, type=Visit) == sent, f"visit {visit_id} is stored with other content"
        assert digest == hashlib.blake2b(msgspec.json.encode(sent), digest_size=16).digest(), visit_id


def check_exactly_once(data_dir: Path, device_id: str, state_dir: Path, positions: dict[int, Position],
                       visits: dict[str, Visit]) -> dict:
    """Every position seq 1..N and every visit id stored exactly once; the outbox empty, no dead letters."""
    with DeviceState.in_dir(state_dir) as state:
        outbox = Outbox(state)
        assert outbox.counts() == (0, 0)
        assert outbox.dead_letters() == []
    stored_positions, stored_visits, counts = stored(data_dir, device_id)
    n = len(positions)
    assert sorted(positions) == list(range(1, n + 1))
    assert counts["duplicated_seqs"] == []
    assert counts["position_rows"] == n and sorted(stored_positions) == list(range(1, n + 1))
    assert counts["other_devices_positions"] == 0
    assert counts["high_seq"] == n
    assert counts["visit_rows"] == len(visits) and set(stored_visits) == set(visits)
    everything = AckLog(positions=set(positions), visits={v: "accepted" for v in visits})
    check_acknowledged(data_dir, device_id, everything, positions, visits)
    return counts

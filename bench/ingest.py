"""Ingest figures: positions/s from 50 devices in batches of 100, single-position requests/s,
visits/s; each printed beside its same-run baseline and the ratio, and beside the issue's minimal
group-commit server (bench/minimal_server.py), which shows what the architecture allows on this machine.

    .venv/bin/python bench/ingest.py [--seconds 10] [--devices 50]
"""

from __future__ import annotations

import argparse
import asyncio
import sqlite3
import sys
import time
import uuid
from datetime import datetime
from pathlib import Path

import aiohttp
import msgspec

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.common import BARE, MINIMAL, SERVER, cpu_seconds, iso, now, pair_all, percentile, seed, start, timedelta, tmpdir  # noqa: E402

encode = msgspec.json.encode
STEP = timedelta(seconds=0.5)


def positions_body(seq0: int, count: int, start: datetime, lat: float, first_seq: int) -> bytes:
    """A device's next batch, as a phone sends it: a fix every half second along a walk (the
    baseline's rows rise the same way; positions all at one instant, as this bench once sent,
    land in the middle of the route index and cost SQLite several times more pages per row)."""
    return encode({"positions": [
        {"seq": seq, "fix_time": start + (seq - first_seq) * STEP, "device_time": start + (seq - first_seq) * STEP,
         "lat": lat + (seq - first_seq) * 2e-6, "lon": -74.08, "accuracy_m": 8.5, "speed_mps": 1.2,
         "battery_pct": 77, "charging": False, "provider": "fused"}
        for seq in range(seq0, seq0 + count)
    ]})


async def hammer(base: str, tokens: list[str], seconds: float, batch: int, first_seq: int = 1,
                 hours_ago: float = 12) -> tuple[int, float, list[float]]:
    """Each device posts batches of positions back to back, its fixes from `hours_ago` on (a later
    run on the same devices starts nearer now: its fixes follow the stored trace, not precede it);
    returns (stored, elapsed, latencies)."""
    moment = now() - timedelta(hours=hours_ago)
    latencies: list[float] = []
    stored = 0
    connector = aiohttp.TCPConnector(limit=0)
    async with aiohttp.ClientSession(connector=connector) as session:
        deadline = time.perf_counter() + seconds

        async def device(index: int, token: str) -> None:
            nonlocal stored
            headers = {"Authorization": f"Bearer {token}", "Content-Type": "application/json"}
            seq = first_seq
            while time.perf_counter() < deadline:
                body = positions_body(seq, batch, moment, 4.6 + index * 1e-3, first_seq)
                began = time.perf_counter()
                async with session.post(f"{base}/api/v1/positions", data=body, headers=headers) as response:
                    answer = await response.json(content_type=None)
                latencies.append(time.perf_counter() - began)
                stored += answer["accepted"]
                seq += batch

        began = time.perf_counter()
        await asyncio.gather(*(device(i, t) for i, t in enumerate(tokens)))
        return stored, time.perf_counter() - began, latencies


async def visits_run(base: str, tokens: list[str], seconds: float, accounts: dict[str, list[str]]) -> tuple[int, float]:
    """Each device posts batches of 20 visits to its own accounts; returns (accepted, elapsed)."""
    accepted = 0
    async with aiohttp.ClientSession(connector=aiohttp.TCPConnector(limit=0)) as session:
        deadline = time.perf_counter() + seconds

        async def device(token: str) -> None:
            nonlocal accepted
            headers = {"Authorization": f"Bearer {token}"}
            async with session.get(f"{base}/api/v1/sync", headers=headers) as response:
                mine = (await response.json())["accounts"]
            start_at, end_at = iso(now() - timedelta(minutes=9)), iso(now() - timedelta(minutes=8))
            outcomes = ["no_contact", "third_party", "rpc"]
            while time.perf_counter() < deadline:
                visits = []
                for i in range(20):
                    account = mine[i % len(mine)]
                    visits.append({
                        "id": str(uuid.uuid4()), "account_id": account["id"], "started_at": start_at,
                        "finished_at": end_at, "outcome": outcomes[i % 3], "answers": {"note": "ok"},
                        "location": {"lat": account["location"]["lat"] + 2e-4, "lon": account["location"]["lon"],
                                     "accuracy_m": 12.0, "fix_time": start_at},
                        "device_geofence": "inside",
                    })
                async with session.post(f"{base}/api/v1/visits", data=encode({"visits": visits}),
                                        headers=dict(headers, **{"Content-Type": "application/json"})) as response:
                    answer = await response.json()
                accepted += sum(r["status"] == "accepted" for r in answer["results"])

        began = time.perf_counter()
        await asyncio.gather(*(device(t) for t in tokens))
        return accepted, time.perf_counter() - began


def sqlite_baseline(devices: int, rows: int) -> tuple[float, float]:
    """Plain sqlite3.executemany of the same rows (devices x batches of 100, seq rising per device) into
    the same schema with the server's pragmas, one durable commit per round of batches: (rows/s, CPU s/row)."""
    from syncserver.db.bootstrap import open_database

    data_dir = tmpdir()
    open_database(data_dir).dispose()
    conn = sqlite3.connect(data_dir / "campo.sqlite3", isolation_level=None)
    for pragma in ("journal_mode=WAL", "synchronous=FULL", "foreign_keys=ON"):
        conn.execute(f"PRAGMA {pragma}")
    conn.execute("INSERT INTO agents (id, code, name, active, created_at) VALUES (1, 'B', 'B', 1, '2026-01-01')")
    for device in range(1, devices + 1):
        conn.execute("INSERT INTO devices (id, agent_id, install_id, token_hash, paired_at, high_seq) "
                     "VALUES (?, 1, 'x', ?, '2026-01-01', 0)", (device, bytes([device % 256, device // 256])))
    rounds = max(1, rows // (devices * 100))
    batches = [[(device, seq, 1_700_000_000_000 + seq * 1000, 1_700_000_000_000 + seq * 1000, 1, 4.6 + seq * 1e-5,
                 -74.08, 8.5, None, 1.2, None, 77, 0, None, "fused", hash((device, seq)))
                for seq in range(r * 100 + 1, r * 100 + 101)] for r in range(rounds) for device in range(1, devices + 1)]
    sql = ("INSERT INTO positions (device_id, seq, fix_ms, device_ms, received_ms, lat, lon, accuracy_m, altitude_m,"
           " speed_mps, bearing_deg, battery_pct, charging, mock, provider, digest) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)")
    began, cpu = time.perf_counter(), time.process_time()
    for r in range(rounds):
        conn.execute("BEGIN")
        for batch in batches[r * devices:(r + 1) * devices]:
            conn.executemany(sql, batch)
        conn.execute("COMMIT")
    rows = rounds * devices * 100
    return rows / (time.perf_counter() - began), (time.process_time() - cpu) / rows


async def single_requests(base: str, tokens: list[str], seconds: float, first_seq: int = 1,
                          hours_ago: float = 12) -> float:
    stored, elapsed, _ = await hammer(base, tokens, seconds, 1, first_seq, hours_ago)
    return stored / elapsed


def single_against_bare(base: str, bare_base: str, minimal_base: str, tokens: list[str], seconds: float,
                        rounds: int = 4) -> tuple[float, float, float]:
    """Single-position requests/s of the server, the bare handler and the minimal group-commit
    server, in alternating slices (the machine's load drifts within seconds: one run after the
    other compared two different machines)."""
    ours = bare = minimal = 0.0
    for r in range(rounds):
        ours += asyncio.run(single_requests(base, tokens, seconds / rounds, r * 10_000_000 + 1, 12 - 2 * r)) / rounds
        bare += asyncio.run(single_requests(bare_base, tokens, seconds / rounds)) / rounds
        minimal += asyncio.run(single_requests(minimal_base, tokens, seconds / rounds, r * 10_000_000 + 1,
                                               12 - 2 * r)) / rounds
    return ours, bare, minimal


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--seconds", type=float, default=10.0)
    parser.add_argument("--devices", type=int, default=50)
    args = parser.parse_args()

    data_dir = tmpdir()
    codes = seed(data_dir, args.devices * 3)
    # The baseline runs before and after the HTTP runs: the machine's load drifts, the mean is fairer.
    before, before_cpu = sqlite_baseline(args.devices, 100_000)
    process, base = start(SERVER, str(data_dir))
    bare_process, bare_base = start(BARE)
    minimal_process, minimal_base = start(MINIMAL, str(tmpdir()))
    try:
        tokens = asyncio.run(pair_all(base, codes))
        batch_tokens, single_tokens, visit_tokens = (tokens[i::3] for i in range(3))
        cpu = cpu_seconds(process.pid)
        stored, elapsed, latencies = asyncio.run(hammer(base, batch_tokens, args.seconds, 100))
        server_cpu = (cpu_seconds(process.pid) - cpu) / stored
        rate = stored / elapsed
        m_stored, m_elapsed, _ = asyncio.run(hammer(minimal_base, batch_tokens, args.seconds / 2, 100))
        minimal_rate = m_stored / m_elapsed
        single, bare, minimal = single_against_bare(base, bare_base, minimal_base, single_tokens, args.seconds / 2)
        accepted, v_elapsed = asyncio.run(visits_run(base, visit_tokens, args.seconds / 2, {}))
    finally:
        bare_process.kill()
        minimal_process.kill()
        process.terminate()
        process.wait(30)
    after, after_cpu = sqlite_baseline(args.devices, max(stored, 100_000))
    baseline, baseline_cpu = (before + after) / 2, (before_cpu + after_cpu) / 2

    print(f"positions over HTTP ({args.devices} devices x batches of 100): {rate:,.0f}/s "
          f"p50 {percentile(latencies, .5) * 1000:.1f} ms p99 {percentile(latencies, .99) * 1000:.1f} ms")
    print(f"  baseline sqlite3.executemany same rows/schema: {baseline:,.0f}/s (before {before:,.0f}, after {after:,.0f})"
          f"  ratio {rate / baseline:.2f} (goal >= 0.5; goal rate >= 100,000/s, p99 < 100 ms)")
    print(f"  server CPU {server_cpu * 1e6:.1f} us/position (all threads); baseline {baseline_cpu * 1e6:.1f} us/row;"
          f" ratio {baseline_cpu / server_cpu:.2f} (load-independent)")
    print(f"  the issue's minimal group-commit server (bench/minimal_server.py), same devices: {minimal_rate:,.0f}/s;"
          f" ratio {rate / minimal_rate:.2f}")
    print(f"single-position requests: {single:,.0f} req/s; bare aiohttp handler: {bare:,.0f} req/s "
          f" ratio {single / bare:.2f} (goal >= 0.7)")
    print(f"  minimal group-commit server: {minimal:,.0f} req/s, ratio to bare {minimal / bare:.2f};"
          f" ours to minimal {single / minimal:.2f}")
    print(f"visits with geofence and flags: {accepted / v_elapsed:,.0f}/s (goal >= 5,000/s)")


if __name__ == "__main__":
    main()

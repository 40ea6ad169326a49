"""The issue's "minimal server with group commit", as a reference for bench/ingest.py: the same
positions schema and pragmas, msgspec decoding of the same message, one writer thread committing
every queued request together (`synchronous=FULL`), and nothing else (no flags, no events, no
device state, no conflict check beyond the unique key). What it reaches on this machine is the
ceiling of the architecture; the distance to it is what Campo's own work costs.

    python bench/minimal_server.py DATA_DIR     # prints "Listening on http://127.0.0.1:PORT"
"""

from __future__ import annotations

import asyncio
import queue
import sqlite3
import sys
import threading
import time
from pathlib import Path

import msgspec
from aiohttp import web

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from mobile_protocol.messages import PositionsBatch  # noqa: E402
from syncserver.db.bootstrap import open_database  # noqa: E402

_decode = msgspec.json.Decoder(PositionsBatch).decode
_encode = msgspec.json.encode
_SQL = ("INSERT INTO positions (device_id, seq, fix_ms, device_ms, received_ms, lat, lon, accuracy_m, altitude_m,"
        " speed_mps, bearing_deg, battery_pct, charging, mock, provider, digest)"
        " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?) ON CONFLICT DO NOTHING")


class MinimalWriter:
    """One thread that commits every queued request together; futures resolve on the loop after COMMIT."""

    def __init__(self, path: Path, loop: asyncio.AbstractEventLoop) -> None:
        self._loop = loop
        self._queue: queue.SimpleQueue = queue.SimpleQueue()
        self._conn = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
        for pragma in ("journal_mode=WAL", "synchronous=FULL", "foreign_keys=ON", "busy_timeout=5000"):
            self._conn.execute(f"PRAGMA {pragma}")
        self._conn.execute("INSERT OR IGNORE INTO agents (id, code, name, active, created_at)"
                           " VALUES (999999, 'MIN', 'MIN', 1, '2026-01-01')")
        threading.Thread(target=self._run, daemon=True).start()

    def add_device(self, device_id: int) -> None:
        self._conn.execute("INSERT INTO devices (id, agent_id, install_id, token_hash, paired_at, high_seq)"
                           " VALUES (?, 999999, 'min', ?, '2026-01-01', 0)", (device_id, device_id.to_bytes(8, "big")))

    def submit(self, device_id: int, rows: list[tuple]) -> asyncio.Future:
        future = self._loop.create_future()
        self._queue.put((device_id, rows, future))
        return future

    def _run(self) -> None:
        conn = self._conn
        while True:
            group = [self._queue.get()]
            while not self._queue.empty():
                group.append(self._queue.get())
            conn.execute("BEGIN")
            answers = []
            for device_id, rows, future in group:
                before = conn.total_changes
                conn.executemany(_SQL, rows)
                answers.append((future, conn.total_changes - before, max(row[1] for row in rows)))
            conn.execute("UPDATE devices SET last_seen_at = ? WHERE id IN (%s)" % ",".join("?" * len({g[0] for g in group})),
                         (time.strftime("%Y-%m-%d %H:%M:%S"), *{g[0] for g in group}))
            conn.execute("COMMIT")
            self._loop.call_soon_threadsafe(_resolve, answers)


def _resolve(answers: list) -> None:
    for future, accepted, high in answers:
        if not future.done():
            future.set_result((accepted, high))


async def main(data_dir: Path) -> None:
    open_database(data_dir).dispose()
    writer = MinimalWriter(data_dir / "campo.sqlite3", asyncio.get_running_loop())
    devices: dict[str, int] = {}

    async def positions(request: web.Request) -> web.Response:
        token = request.headers["Authorization"].removeprefix("Bearer ")
        device_id = devices.get(token)
        if device_id is None:
            device_id = devices[token] = 1_000_000 + len(devices)
            writer.add_device(device_id)
        batch = _decode(await request.read())
        received = int(time.time() * 1000)
        rows = [(device_id, p.seq, int(p.fix_time.timestamp() * 1000), int(p.device_time.timestamp() * 1000), received,
                 p.lat, p.lon, p.accuracy_m, p.altitude_m, p.speed_mps, p.bearing_deg, p.battery_pct, p.charging,
                 p.mock, p.provider, 0) for p in batch.positions]
        accepted, high = await writer.submit(device_id, rows)
        body = {"accepted": accepted, "duplicates": len(rows) - accepted, "rejected": [], "high_seq": high}
        return web.Response(body=_encode(body), content_type="application/json")

    app = web.Application()
    app.router.add_post("/api/v1/positions", positions)
    runner = web.AppRunner(app, access_log=None)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    print(f"Listening on http://127.0.0.1:{runner.addresses[0][1]}", flush=True)
    await asyncio.Event().wait()


if __name__ == "__main__":
    try:
        import uvloop
        uvloop.install()
    except ImportError:
        pass
    sys.setswitchinterval(0.001)
    asyncio.run(main(Path(sys.argv[1])))

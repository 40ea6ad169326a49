"""bench/desktop.py's parent side: the big branch it seeds, and the child processes it runs, one per measurement."""

from __future__ import annotations

import json
import os
import random
import sqlite3
import subprocess
import sys
import time
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

BOGOTA = (4.50, 4.80, -74.20, -74.00)  # lat min/max, lon min/max


def seed_big(data_dir: Path, accounts: int, points: int, devices: int) -> dict:
    """Agents, accounts through the real importer, paired devices (tokens), today's trace points in bulk."""
    from sqlalchemy import select

    from syncserver.accounts_import import apply_import, parse_accounts_file
    from syncserver.agents import add_agent
    from syncserver.clock import utcnow
    from syncserver.db.bootstrap import open_database
    from syncserver.db.models import Account
    from syncserver.map_queries import day_start
    from syncserver.pairing import create_pairing_code, redeem_pairing_code

    rng = random.Random(7)
    lat0, lat1, lon0, lon1 = BOGOTA
    engine = open_database(data_dir)
    began = time.perf_counter()
    for a in range(devices):
        add_agent(engine, f"G{a:03d}", f"Gestor {a}")
    lines = ["external_ref,debtor_name,address,lat,lon,radius_m,balance,currency,days_past_due,agent_code,segment"]
    for i in range(accounts):
        lines.append(f"R{i},Deudor {i},Calle {i % 200} # {i % 90}-{i % 70},{rng.uniform(lat0, lat1):.6f},"
                     f"{rng.uniform(lon0, lon1):.6f},60,150000.00,COP,45,G{i % devices:03d},A")
    csv_path = data_dir / "accounts.csv"
    csv_path.write_text("\n".join(lines) + "\n")
    apply_import(engine, parse_accounts_file(csv_path, engine))
    now = utcnow()
    tokens, agent_account = [], []
    with engine.begin() as conn:
        for a in range(devices):
            code = create_pairing_code(conn, f"G{a:03d}").code
            paired = redeem_pairing_code(conn, code, str(uuid.uuid4()), "bench", None, None, now)
            tokens.append(paired.token)
            agent_account.append(conn.scalar(select(Account.id).where(Account.agent_id == paired.agent_id)
                                             .order_by(Account.id).limit(1)))
        device_ids = [row[0] for row in conn.exec_driver_sql("SELECT id FROM devices ORDER BY id")]
    engine.dispose()
    accounts_s = time.perf_counter() - began

    # Today's trace: every device walks from local midnight (Bogotá) to a minute ago.
    began = time.perf_counter()
    since_ms = int(day_start("America/Bogota", now).timestamp() * 1000)
    end_ms = int(now.timestamp() * 1000) - 60_000
    per_device = points // devices
    step = max(1, (end_ms - since_ms) // per_device)
    conn = sqlite3.connect(data_dir / "campo.sqlite3", isolation_level=None)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("BEGIN")
    sql = ("INSERT INTO positions (device_id, seq, fix_ms, device_ms, received_ms, lat, lon, accuracy_m, altitude_m,"
           " speed_mps, bearing_deg, battery_pct, charging, mock, provider, digest)"
           " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)")
    for device_id in device_ids:
        lat, lon = rng.uniform(lat0, lat1), rng.uniform(lon0, lon1)
        rows = []
        for seq in range(1, per_device + 1):
            lat = min(lat1, max(lat0, lat + rng.uniform(-2e-4, 2e-4)))
            lon = min(lon1, max(lon0, lon + rng.uniform(-2e-4, 2e-4)))
            fix = since_ms + (seq - 1) * step
            rows.append((device_id, seq, fix, fix, fix + 2000, lat, lon, 8.5, None, 1.1, None,
                         max(5, 100 - seq * 90 // per_device), 0, 0, "fused", rng.getrandbits(62)))
        conn.executemany(sql, rows)
        conn.execute("UPDATE devices SET high_seq = ?, last_seen_at = ? WHERE id = ?",
                     (per_device, now.isoformat(), device_id))
    conn.execute("COMMIT")
    conn.close()
    return {"tokens": tokens, "accounts": agent_account, "accounts_s": accounts_s, "devices": device_ids,
            "points_s": time.perf_counter() - began, "points": per_device * devices}


def empty_dir():
    from bench.common import tmpdir
    from syncserver.db.bootstrap import open_database

    data_dir = tmpdir()
    open_database(data_dir).dispose()  # migrated once: a normal start, not the first install
    return data_dir


def child(mode: str, *args: str, timeout: float = 90.0) -> dict:
    """Run bench/desktop.py as a child measuring one thing; returns its RESULT plus `spawned` (parent's clock)."""
    env = dict(os.environ, PYTHONPATH=str(ROOT), QT_QPA_PLATFORM="offscreen", QTWEBENGINE_DISABLE_SANDBOX="1")
    spawned = time.time()
    process = subprocess.run([sys.executable, str(ROOT / "bench" / "desktop.py"), "--child", mode, *args],
                             capture_output=True, text=True, env=env, timeout=timeout, check=False)
    for line in process.stdout.splitlines():
        if line.startswith("RESULT "):
            result = json.loads(line.removeprefix("RESULT "))
            result["spawned"] = spawned
            return result
    raise RuntimeError(f"child {mode} failed ({process.returncode}):\n{process.stderr[-3000:]}")

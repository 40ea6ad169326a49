"""Shared pieces of the benchmarks: a server subprocess, seeded agents and paired devices."""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
import uuid
from datetime import datetime, timedelta, timezone
from pathlib import Path

import aiohttp

ROOT = Path(__file__).resolve().parent.parent

SERVER = """
import sys
from pathlib import Path
from syncserver.config import ServerConfig
from syncserver.runner import run
import os
extra = {"switch_interval_s": float(os.environ["CAMPO_SWITCH_INTERVAL"])} if "CAMPO_SWITCH_INTERVAL" in os.environ else {}
extra["writer_process"] = os.environ.get("CAMPO_WRITER", "process") == "process"  # as `campo-server serve`
extra["nightly_scoring"] = False  # a scoring run must not share the cores with what is measured
sys.exit(run(ServerConfig(data_dir=Path(sys.argv[1]), host="127.0.0.1", port=0, discovery=False, **extra)))
"""

BARE = """
import asyncio, sys
from aiohttp import web
async def handler(request):
    await request.read()
    return web.json_response({"accepted": 1, "duplicates": 0, "rejected": [], "high_seq": 1})
app = web.Application()
app.router.add_post("/api/v1/positions", handler)
async def main():
    runner = web.AppRunner(app, access_log=None)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    print(f"Listening on http://127.0.0.1:{runner.addresses[0][1]}", flush=True)
    await asyncio.Event().wait()
try:
    import uvloop; uvloop.install()
except ImportError:
    pass
asyncio.run(main())
"""


# The "minimal server with group commit" (bench/minimal_server.py), run like the others.
MINIMAL = f"import runpy, sys; sys.argv[0] = {str(ROOT / 'bench' / 'minimal_server.py')!r}; " \
          f"runpy.run_path(sys.argv[0], run_name='__main__')"


def iso(moment: datetime) -> str:
    return moment.isoformat().replace("+00:00", "Z")


def start(code: str, *args: str) -> tuple[subprocess.Popen, str]:
    """Start a server script in its own process; return it and its base URL."""
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    process = subprocess.Popen([sys.executable, "-c", code, *args], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                               env=env, text=True)
    line = process.stdout.readline().strip()
    if not line.startswith("Listening on "):
        process.kill()
        raise RuntimeError(f"server did not start: {line!r}")
    return process, line.removeprefix("Listening on ")


def seed(data_dir: Path, agents: int, accounts_per_agent: int = 10) -> list[str]:
    """Create agents with accounts and one pairing code each; returns the codes."""
    from syncserver.accounts_import import apply_import, parse_accounts_file
    from syncserver.agents import add_agent
    from syncserver.db.bootstrap import open_database
    from syncserver.pairing import create_pairing_code

    engine = open_database(data_dir)
    csv_path = data_dir / "accounts.csv"
    lines = ["external_ref,debtor_name,address,lat,lon,radius_m,balance,currency,days_past_due,agent_code,segment"]
    for a in range(agents):
        add_agent(engine, f"G{a:03d}", f"Gestor {a}")
        for i in range(accounts_per_agent):
            lines.append(f"R{a}-{i},Deudor {a}-{i},Calle {i},{4.6 + a * 0.001:.5f},{-74.08 + i * 0.001:.5f},60,"
                         f"150000.00,COP,45,G{a:03d},A")
    csv_path.write_text("\n".join(lines) + "\n")
    apply_import(engine, parse_accounts_file(csv_path, engine))
    codes = [create_pairing_code(engine, f"G{a:03d}").code for a in range(agents)]
    engine.dispose()
    return codes


async def pair_all(base: str, codes: list[str]) -> list[str]:
    """Pair one device per code over HTTP; returns their tokens."""
    tokens = []
    async with aiohttp.ClientSession() as session:
        for code in codes:
            body = {"code": code, "device": {"install_id": str(uuid.uuid4()), "model": "bench"}}
            async with session.post(f"{base}/api/v1/devices/pair", json=body) as response:
                tokens.append((await response.json())["token"])
    return tokens


def tmpdir() -> Path:
    return Path(tempfile.mkdtemp(prefix="campo-bench-"))


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(len(ordered) * p))] if ordered else float("nan")


def now() -> datetime:
    return datetime.now(timezone.utc)


def process_tree(pid: int) -> list[int]:
    """The process and its descendants (the server and its writer process; Linux)."""
    found, todo = [], [pid]
    while todo:
        current = todo.pop()
        found.append(current)
        try:
            for task in Path(f"/proc/{current}/task").iterdir():
                todo += [int(child) for child in (task / "children").read_text().split()]
        except OSError:
            pass
    return found


def cpu_seconds(pid: int) -> float:
    """User + system CPU time so far of a process and its descendants (Linux; NaN elsewhere)."""
    total = 0.0
    for member in process_tree(pid):
        try:
            fields = Path(f"/proc/{member}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            if member == pid:
                return float("nan")
            continue
        total += (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    return total


def rss_mb(pid: int) -> float:
    """Resident memory of a process and its descendants, in MB (Linux; NaN elsewhere)."""
    total = 0.0
    for member in process_tree(pid):
        try:
            lines = Path(f"/proc/{member}/status").read_text().splitlines()
        except OSError:
            continue
        total += sum(int(line.split()[1]) for line in lines if line.startswith("VmRSS:")) / 1024
    return total or float("nan")


__all__ = ["BARE", "MINIMAL", "SERVER", "cpu_seconds", "iso", "now", "pair_all", "percentile", "process_tree", "rss_mb", "seed", "start",
           "time", "timedelta", "tmpdir"]

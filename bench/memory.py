"""Server memory: RSS of the server process while 1,000 devices each post a position every 10 s
for a minute, beside the same server's RSS when idle (same run).

    .venv/bin/python bench/memory.py [--devices 1000] [--seconds 60]
"""

from __future__ import annotations

import argparse
import asyncio
import random
import sys
import time
from pathlib import Path

import aiohttp
import msgspec

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.common import SERVER, iso, now, pair_all, rss_mb, seed, start, timedelta, tmpdir  # noqa: E402


async def devices(base: str, tokens: list[str], seconds: float, pid: int) -> tuple[float, int, int]:
    peak, sent, errors = rss_mb(pid), 0, 0
    deadline = time.perf_counter() + seconds
    async with aiohttp.ClientSession(connector=aiohttp.TCPConnector(limit=0)) as session:

        async def device(token: str) -> None:
            nonlocal sent, errors
            await asyncio.sleep(random.uniform(0, 10))
            seq = 1
            headers = {"Authorization": f"Bearer {token}", "Content-Type": "application/json"}
            while time.perf_counter() < deadline:
                moment = iso(now() - timedelta(seconds=1))
                body = msgspec.json.encode({"positions": [{"seq": seq, "fix_time": moment, "device_time": moment,
                                                           "lat": 4.6 + random.random() / 100, "lon": -74.08,
                                                           "accuracy_m": 9.0, "battery_pct": 60}]})
                try:
                    async with session.post(f"{base}/api/v1/positions", data=body, headers=headers) as response:
                        await response.read()
                        sent += response.status == 200
                        errors += response.status != 200
                except aiohttp.ClientError:
                    errors += 1
                seq += 1
                await asyncio.sleep(10)

        async def watch() -> None:
            nonlocal peak
            while time.perf_counter() < deadline:
                peak = max(peak, rss_mb(pid))
                await asyncio.sleep(0.5)

        await asyncio.gather(watch(), *(device(t) for t in tokens))
    return peak, sent, errors


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--devices", type=int, default=1000)
    parser.add_argument("--seconds", type=float, default=60.0)
    args = parser.parse_args()
    data_dir = tmpdir()
    codes = seed(data_dir, args.devices, accounts_per_agent=2)
    process, base = start(SERVER, str(data_dir))
    try:
        idle = rss_mb(process.pid)
        tokens = asyncio.run(pair_all(base, codes))
        peak, sent, errors = asyncio.run(devices(base, tokens, args.seconds, process.pid))
    finally:
        process.terminate()
        process.wait(30)
    print(f"server RSS with {args.devices} devices posting every 10 s for {args.seconds:.0f} s: peak {peak:.0f} MB "
          f"(goal < 200 MB); idle baseline {idle:.0f} MB; ratio {peak / idle:.2f}; {sent} posts ok, {errors} errors")


if __name__ == "__main__":
    main()

"""Sync figures: p50/p95 of a full sync of 500 accounts and of an empty delta sync, beside the
same-run round trip of /health (the floor any request pays).

    .venv/bin/python bench/sync.py [--requests 300]
"""

from __future__ import annotations

import argparse
import asyncio
import sys
import time
from pathlib import Path

import aiohttp

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.common import SERVER, pair_all, percentile, seed, start, tmpdir  # noqa: E402


async def timed(session: aiohttp.ClientSession, url: str, headers: dict, count: int) -> tuple[list[float], dict]:
    latencies, body = [], {}
    for _ in range(count):
        began = time.perf_counter()
        async with session.get(url, headers=headers) as response:
            body = await response.json()
        latencies.append(time.perf_counter() - began)
    return latencies, body


async def measure(base: str, token: str, count: int) -> None:
    headers = {"Authorization": f"Bearer {token}"}
    async with aiohttp.ClientSession() as session:
        await timed(session, f"{base}/api/v1/sync", headers, 5)  # warm up
        health, _ = await timed(session, f"{base}/api/v1/health", {}, count)
        full, body = await timed(session, f"{base}/api/v1/sync", headers, count)
        assert len(body["accounts"]) == 500, len(body["accounts"])
        delta, empty = await timed(session, f"{base}/api/v1/sync?cursor={body['cursor']}", headers, count)
        assert not empty["accounts"] and not empty["full"]
    ms = lambda values, p: percentile(values, p) * 1000  # noqa: E731
    print(f"full sync of 500 accounts: p50 {ms(full, .5):.1f} ms  p95 {ms(full, .95):.1f} ms  (goal p95 < 50 ms)")
    print(f"empty delta sync:          p50 {ms(delta, .5):.1f} ms  p95 {ms(delta, .95):.1f} ms")
    print(f"baseline GET /health:      p50 {ms(health, .5):.1f} ms  p95 {ms(health, .95):.1f} ms"
          f"  (full/health p50 ratio {percentile(full, .5) / percentile(health, .5):.1f})")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--requests", type=int, default=300)
    args = parser.parse_args()
    data_dir = tmpdir()
    codes = seed(data_dir, 1, accounts_per_agent=500)
    process, base = start(SERVER, str(data_dir))
    try:
        token = asyncio.run(pair_all(base, codes))[0]
        asyncio.run(measure(base, token, args.requests))
    finally:
        process.terminate()
        process.wait(30)


if __name__ == "__main__":
    main()

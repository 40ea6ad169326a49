"""Visits/s with "Visita de cobranza" answers checked at ingest (fields, outcome mapping, a photo),
beside the same visits without a questionnaire version in the same run, and the ratio.

    .venv/bin/python bench/visits_answers.py [--seconds 10] [--devices 30]
"""

from __future__ import annotations

import argparse
import asyncio
import hashlib
import struct
import sys
import time
import uuid
import zlib
from pathlib import Path

import aiohttp
import msgspec

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.common import SERVER, iso, now, pair_all, seed, start, timedelta, tmpdir  # noqa: E402

encode = msgspec.json.encode
ROUNDS = 4


def _chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))


PHOTO = (b"\x89PNG\r\n\x1a\n" + _chunk(b"IHDR", struct.pack(">IIBBBBB", 1, 1, 8, 0, 0, 0, 0))
         + _chunk(b"IDAT", zlib.compress(b"\x00\x80")) + _chunk(b"IEND", b""))  # a 1×1 grey PNG


def answers_for(index: int, photo: str, day: str) -> tuple[dict, str, dict | None]:
    """Answers of the default questionnaire, their outcome and promise (a third each: promise, rpc, nobody)."""
    kind = index % 3
    if kind == 0:
        return ({"attended_by": "titular", "non_payment_reason": "menos_ingresos", "promises_payment": True,
                 "promise_amount": "50000", "promise_date": day, "facade_photo": {"media_id": photo},
                 "signature": {"media_id": photo}, "notes": "pago parcial"},
                "promise_to_pay", {"amount": "50000.00", "due_date": day})
    if kind == 1:
        return ({"attended_by": "titular", "non_payment_reason": "olvido", "promises_payment": False,
                 "next_contact": day, "facade_photo": {"media_id": photo}}, "rpc", None)
    return {"attended_by": "nadie", "next_contact": day}, "no_contact", None


async def run(base: str, tokens: list[str], seconds: float, version: str | None) -> tuple[int, int, float]:
    """Each device posts batches of 20 visits; returns (accepted, rejected, elapsed)."""
    accepted = rejected = 0
    day = (now() + timedelta(days=2)).date().isoformat()
    photo = hashlib.sha256(PHOTO).hexdigest()
    async with aiohttp.ClientSession(connector=aiohttp.TCPConnector(limit=0)) as session:
        deadline = time.perf_counter() + seconds

        async def device(token: str) -> None:
            nonlocal accepted, rejected
            headers = {"Authorization": f"Bearer {token}", "Content-Type": "application/json"}
            async with session.get(f"{base}/api/v1/sync", headers=headers) as response:
                mine = (await response.json())["accounts"]
            async with session.post(f"{base}/api/v1/media", data=PHOTO,
                                    headers={**headers, "Content-Type": "image/png"}) as response:
                assert response.status in (200, 201), await response.text()
            start_at, end_at = iso(now() - timedelta(minutes=9)), iso(now() - timedelta(minutes=8))
            index = 0
            while time.perf_counter() < deadline:
                visits = []
                for _ in range(20):
                    account = mine[index % len(mine)]
                    answers, outcome, promise = answers_for(index, photo, day)
                    index += 1
                    visit = {"id": str(uuid.uuid4()), "account_id": account["id"], "started_at": start_at,
                             "finished_at": end_at, "outcome": outcome, "answers": answers,
                             "location": {"lat": account["location"]["lat"], "lon": account["location"]["lon"],
                                          "accuracy_m": 12.0, "fix_time": start_at}}
                    if promise:
                        visit["promise"] = promise
                    if version:
                        visit["questionnaire_version_id"] = version
                    else:
                        visit["answers"] = {"n": len(answers)}
                    visits.append(visit)
                async with session.post(f"{base}/api/v1/visits", data=encode({"visits": visits}),
                                        headers=headers) as response:
                    results = (await response.json())["results"]
                accepted += sum(r["status"] == "accepted" for r in results)
                rejected += sum(r["status"] == "rejected" for r in results)
                if rejected and version:
                    raise SystemExit(f"a valid visit was rejected: {[r for r in results if r['errors']][:1]}")

        began = time.perf_counter()
        await asyncio.gather(*(device(t) for t in tokens))
        return accepted, rejected, time.perf_counter() - began


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--seconds", type=float, default=10.0)
    parser.add_argument("--devices", type=int, default=30)
    args = parser.parse_args()

    from syncserver.db.bootstrap import open_database
    from syncserver.questionnaire_setup import use_default_questionnaire
    from syncserver.questionnaires import latest_version

    data_dir = tmpdir()
    codes = seed(data_dir, args.devices * 2)
    engine = open_database(data_dir)
    version = str(latest_version(engine, use_default_questionnaire(engine)).id)
    engine.dispose()
    process, base = start(SERVER, str(data_dir))
    try:
        tokens = asyncio.run(pair_all(base, codes))
        plain = checked = plain_elapsed = checked_elapsed = 0.0
        for _ in range(ROUNDS):  # alternated, so a busy moment of the machine weighs on both sides alike
            count, _, elapsed = asyncio.run(run(base, tokens[::2], args.seconds / 2 / ROUNDS, None))
            plain, plain_elapsed = plain + count, plain_elapsed + elapsed
            count, _, elapsed = asyncio.run(run(base, tokens[1::2], args.seconds / 2 / ROUNDS, version))
            checked, checked_elapsed = checked + count, checked_elapsed + elapsed
    finally:
        process.terminate()
        process.wait(30)
    with_answers, without = checked / checked_elapsed, plain / plain_elapsed
    print(f"visits with Visita de cobranza answers checked (fields, outcome, media): {with_answers:,.0f}/s")
    print(f"  baseline, same visits without a questionnaire version: {without:,.0f}/s  "
          f"ratio {with_answers / without:.2f} (goal >= 0.8; goal rate >= 5,000/s)")


if __name__ == "__main__":
    main()

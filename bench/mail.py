"""Visit e-mail figures, each beside its same-run baseline and the ratio:

1. ingest cost: the writer's visits/s alone with notifications off and on (the outbox insert in
   the visits' transaction), then over HTTP with notifications off, on with the SMTP server down
   (rows written, the sender paused), and on while delivering to a local SMTP server;
2. the outbox: 1,000 visit e-mails delivered to a local SMTP server (aiosmtpd, its own process)
   while the sync server is restarted twice mid-way (SIGTERM; `--kill` makes the second a SIGKILL),
   counting what arrived and duplicates by Message-ID; baseline: the same 1,000 with no restart.

    .venv/bin/python bench/mail.py [--emails 1000] [--seconds 5] [--kill]
"""

from __future__ import annotations

import argparse
import asyncio
import collections
import os
import signal
import socket
import subprocess
import sys
import time
import uuid
from pathlib import Path

import aiohttp
import msgspec

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.common import ROOT, iso, now, pair_all, seed, timedelta, tmpdir  # noqa: E402
from bench.ingest import visits_run  # noqa: E402

SERVER = """
import os, sys
from pathlib import Path
from syncserver.config import MailPolicy, ServerConfig
from syncserver.runner import run
policy = MailPolicy(lease_s=float(os.environ.get("CAMPO_MAIL_LEASE", "120")))
sys.exit(run(ServerConfig(data_dir=Path(sys.argv[1]), host="127.0.0.1", port=0, discovery=False,
                          writer_process=True, mail=policy)))
"""

SINK = """
import sys, time
from aiosmtpd.controller import Controller
log = open(sys.argv[2], "a", buffering=1)
class Handler:
    async def handle_DATA(self, server, session, envelope):
        for line in envelope.content.split(b"\\r\\n"):
            if line.lower().startswith(b"message-id:"):
                log.write(line.split(b":", 1)[1].strip().decode() + "\\n")
                break
        return "250 OK"
controller = Controller(Handler(), hostname="127.0.0.1", port=int(sys.argv[1]))
controller.start()
print("ready", flush=True)
while True:
    time.sleep(3600)
"""


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def run_script(code: str, *args: str, env: dict | None = None) -> tuple[subprocess.Popen, str]:
    process = subprocess.Popen([sys.executable, "-c", code, *args], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                               env=dict(os.environ, PYTHONPATH=str(ROOT), **(env or {})), text=True)
    line = process.stdout.readline().strip()
    if not line:
        process.kill()
        raise RuntimeError("a bench process did not start")
    return process, line.removeprefix("Listening on ")


def configure(data_dir: Path, port: int) -> None:
    """Notifications on for every visit, to 127.0.0.1:port without TLS."""
    from syncserver.db.bootstrap import open_database
    from syncserver.mail_settings import MailSettingsInfo, update_mail_settings

    engine = open_database(data_dir)
    update_mail_settings(engine, MailSettingsInfo(enabled=True, host="127.0.0.1", port=port, security="none",
                                                  from_address="campo@bench.example", recipients=("s@bench.example",)))
    engine.dispose()


def received(log: Path) -> list[str]:
    return log.read_text().split() if log.exists() else []


async def post_visits(base: str, tokens: list[str], total: int) -> list[str]:
    """Post `total` accepted visits, 20 per request, spread over the devices; returns their ids."""
    ids: list[str] = []
    start_at, end_at = iso(now() - timedelta(minutes=9)), iso(now() - timedelta(minutes=8))
    async with aiohttp.ClientSession() as session:
        mine = {}
        for token in tokens:
            async with session.get(f"{base}/api/v1/sync", headers={"Authorization": f"Bearer {token}"}) as response:
                mine[token] = (await response.json())["accounts"]
        turn = 0
        while len(ids) < total:
            token = tokens[turn % len(tokens)]
            turn += 1
            visits = []
            for i in range(min(20, total - len(ids))):
                account = mine[token][i % len(mine[token])]
                visits.append({"id": str(uuid.uuid4()), "account_id": account["id"], "started_at": start_at,
                               "finished_at": end_at, "outcome": "rpc", "answers": {},
                               "location": {"lat": account["location"]["lat"], "lon": account["location"]["lon"],
                                            "accuracy_m": 10.0, "fix_time": start_at}})
            async with session.post(f"{base}/api/v1/visits", data=msgspec.json.encode({"visits": visits}),
                                    headers={"Authorization": f"Bearer {token}", "Content-Type": "application/json"}) as r:
                answer = await r.json()
            ids += [v["id"] for v, res in zip(visits, answer["results"]) if res["status"] == "accepted"]
    return ids


def ingest_rate(smtp_port: int | None, seconds: float, devices: int) -> float:
    """visits/s on a fresh branch; smtp_port None: notifications off."""
    data_dir = tmpdir()
    codes = seed(data_dir, devices)
    if smtp_port is not None:
        configure(data_dir, smtp_port)
    server, base = run_script(SERVER, str(data_dir))
    try:
        tokens = asyncio.run(pair_all(base, codes))
        accepted, elapsed = asyncio.run(visits_run(base, tokens, seconds, {}))
    finally:
        server.terminate()
        server.wait(60)
    return accepted / elapsed


def writer_rates(rounds: int, seconds: float, group: int = 200, devices: int = 10) -> dict[str, float]:
    """visits/s of the writer alone (GroupCommitter, groups of `group` visits, no HTTP), notifications off
    and on with every visit matching, alternated `rounds` times: the enqueue's own cost.

    Each measurement gets a fresh branch: the KPI summaries' work per visit grows with the visits
    already stored on the same account and day, which would favour whichever phase runs first.
    """
    rates: dict[str, list[float]] = {"off": [], "on": []}
    for _ in range(rounds):
        for name in ("off", "on"):
            rates[name].append(_writer_rate(name == "on", seconds, group, devices))
    return {name: max(values) for name, values in rates.items()}


def _writer_rate(mail: bool, seconds: float, group: int, devices: int) -> float:
    from sqlalchemy import select

    from mobile_protocol.messages import Visit
    from syncserver.clock import utcnow
    from syncserver.db.bootstrap import open_database
    from syncserver.db.models import Account, Device
    from syncserver.group_commit import GroupCommitter
    from syncserver.ingest_visits import VisitsJob
    from syncserver.pairing import redeem_pairing_code

    data_dir = tmpdir()
    codes = seed(data_dir, devices)
    if mail:
        configure(data_dir, free_port())
    engine = open_database(data_dir)
    with engine.begin() as conn:
        for code in codes:
            redeem_pairing_code(conn, code, str(uuid.uuid4()), "bench", None, None, utcnow())
        owned = {d: [a for a, in conn.execute(select(Account.id).where(Account.agent_id == agent))]
                 for d, agent in conn.execute(select(Device.id, Device.agent_id))}
    start_at, end_at = iso(now() - timedelta(minutes=9)), iso(now() - timedelta(minutes=8))

    def job(device: int) -> VisitsJob:
        items = [msgspec.convert({
            "id": str(uuid.uuid4()), "account_id": str(owned[device][i % len(owned[device])]), "started_at": start_at,
            "finished_at": end_at, "outcome": "rpc", "answers": {},
            "location": {"lat": 4.6, "lon": -74.08, "accuracy_m": 10.0, "fix_time": start_at}}, Visit, strict=False)
            for i in range(group // devices)]
        return VisitsJob(device, items, utcnow())

    committer = GroupCommitter(engine)
    stored, busy = 0, 0.0
    while busy < seconds:
        jobs = [job(d) for d in owned]  # made outside the timing: decoding is not the writer's
        began = time.perf_counter()
        committer.commit(jobs)
        busy += time.perf_counter() - began
        stored += group
    committer.close()
    engine.dispose()
    return stored / busy


def outbox_run(total: int, restarts: int, kill_last: bool, devices: int = 10) -> dict:
    """Deliver `total` visit e-mails with `restarts` sync server restarts at even shares of the way."""
    data_dir = tmpdir()
    log = data_dir / "received.txt"
    port = free_port()
    sink, _ = run_script(SINK, str(port), str(log))
    codes = seed(data_dir, devices)
    configure(data_dir, port)
    env = {"CAMPO_MAIL_LEASE": "5"} if kill_last else {}
    server, base = run_script(SERVER, str(data_dir), env=env)
    try:
        tokens = asyncio.run(pair_all(base, codes))
        began = time.perf_counter()
        ids = asyncio.run(post_visits(base, tokens, total))
        posted = time.perf_counter() - began
        for n in range(1, restarts + 1):
            while len(received(log)) < total * n // (restarts + 1):
                time.sleep(0.01)
            hard = kill_last and n == restarts
            server.send_signal(signal.SIGKILL if hard else signal.SIGTERM)
            server.wait(60)
            server, base = run_script(SERVER, str(data_dir), env=env)
        while len(set(received(log))) < total and time.perf_counter() - began < 600:
            time.sleep(0.01)
        elapsed = time.perf_counter() - began
        time.sleep(1.0)  # anything sent twice would arrive now
    finally:
        server.terminate()
        server.wait(60)
        sink.kill()
    got = received(log)
    counts = collections.Counter(got)
    expected = {f"visit-{visit_id}@" for visit_id in ids}
    return {"posted": len(ids), "received": len(got), "distinct": len(counts),
            "duplicates": sum(c - 1 for c in counts.values()), "elapsed": elapsed, "post_s": posted,
            "all_ours": all(m.split("@")[0].lstrip("<") + "@" in expected for m in counts)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--emails", type=int, default=1000)
    parser.add_argument("--seconds", type=float, default=5.0)
    parser.add_argument("--devices", type=int, default=20)
    parser.add_argument("--kill", action="store_true", help="make the second restart a SIGKILL")
    args = parser.parse_args()

    writer = writer_rates(4, args.seconds / 2)
    print(f"writer alone (groups of 200 visits, a fresh branch each, best of 4 x {args.seconds / 2:g} s, alternated):")
    print(f"  notifications off (baseline): {writer['off']:,.0f} visits/s")
    print(f"  on, every visit queued:       {writer['on']:,.0f} visits/s  ratio {writer['on'] / writer['off']:.2f}")

    down = free_port()  # nobody listens: the sender fails once per row, then waits in backoff
    sink_port = free_port()
    sink, _ = run_script(SINK, str(sink_port), str(tmpdir() / "ingest.txt"))
    try:
        rates = collections.defaultdict(list)
        for _ in range(2):  # alternated, so a noisy neighbour hurts all three alike
            rates["off"].append(ingest_rate(None, args.seconds, args.devices))
            rates["down"].append(ingest_rate(down, args.seconds, args.devices))
            rates["on"].append(ingest_rate(sink_port, args.seconds, args.devices))
    finally:
        sink.kill()
    off, down_rate, on = (max(rates[k]) for k in ("off", "down", "on"))
    print(f"visits ingest ({args.devices} devices x batches of 20, best of 2 x {args.seconds:g} s; shared machine, noisy):")
    print(f"  notifications off (baseline):            {off:,.0f}/s")
    print(f"  on, SMTP down (outbox rows only):         {down_rate:,.0f}/s  ratio {down_rate / off:.2f}")
    print(f"  on, delivering to a local SMTP server:    {on:,.0f}/s  ratio {on / off:.2f}")

    baseline = outbox_run(args.emails, 0, False)
    restarted = outbox_run(args.emails, 2, args.kill)
    how = "SIGTERM then SIGKILL (lease 5 s)" if args.kill else "SIGTERM, twice"
    for name, r in (("no restart (baseline)", baseline), (f"sync server restarted ({how})", restarted)):
        print(f"outbox, {name}: {r['posted']} visits posted in {r['post_s']:.1f} s; {r['received']} e-mails received, "
              f"{r['distinct']} distinct Message-IDs, {r['duplicates']} duplicates, all ours: {r['all_ours']}; "
              f"{r['elapsed']:.1f} s from the first post to the last e-mail ({r['distinct'] / r['elapsed']:,.0f}/s)")
    print(f"  time ratio restarted / baseline: {restarted['elapsed'] / baseline['elapsed']:.2f}")


if __name__ == "__main__":
    main()

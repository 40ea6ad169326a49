"""Desktop figures: cold start to a usable window, first paint of a big map, commit-to-map latency of a
new visit; each printed beside its same-run baseline and the ratio.

    .venv/bin/python bench/desktop.py [--accounts 20000] [--points 200000] [--devices 20] [--visits 30]

Every Qt measurement runs in a fresh child process (this same file with --child ...), so no run
inherits a warm QtWebEngine from another; the child prints one `RESULT {json}` line.

Page-side moments are stamped by the page itself: a profile-wide user script (injected at document
creation, before map.js runs) polls campoMap.counts() every few ms for accounts (drawn on one canvas layer)
and route points, wraps Leaflet's FeatureGroup.addLayer for agents and visits (stamped as each is added),
and records Date.now() when the expected counts are reached and at the next animation frame after that
(the frame in which the canvases redraw). The route points expected are those Python sent (long routes
are simplified for the overview), told to the page when the load is read. Python compares the stamps with
time.time() (same wall clock, 1 ms resolution); polling only collects the stamps.

Run it with bytecode caching on, as an installed app runs: with PYTHONDONTWRITEBYTECODE set, every cold
start compiles every module from source (10-15 s here instead of about 2 s); the bench says so when it is.
"""

from __future__ import annotations

import argparse
import json
import sqlite3
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.desktop_seed import child, empty_dir, seed_big  # noqa: E402


def ms(seconds: float) -> str:
    return f"{seconds * 1000:,.0f} ms"


def paint_figures(result: dict) -> dict:
    py, jsv = result["py"], result["js"]
    t0 = py["load_start"]
    nan = float("nan")
    out = {"total": jsv["frame"] / 1000 - t0 if jsv.get("frame") else None,
           "read": py.get("read_end", nan) - py.get("read_start", nan),
           "send": py.get("send", nan), "map_read_end": py.get("map_read_end", nan) - t0,
           "read_end": py.get("routes_read_end", nan) - t0, "page_ready": py.get("page_ready", nan) - t0,
           "counts": result["counts"], "drawn": jsv.get("drawn", 0), "timeout": jsv.get("timeout"),
           "drawn_at": jsv["drawn_at"] / 1000 - t0 if jsv.get("drawn_at") else nan,
           "accounts_at": jsv.get("last", {}).get("accounts", nan) / 1000 - t0,
           "first_acc": jsv.get("first", {}).get("accounts", nan) / 1000 - t0,
           "n": jsv.get("n", {}), "answered": jsv.get("answered", nan) - t0,
           "sent_points": py.get("route_points", 0), "fixes_read": py.get("fixes_read", 0)}
    if jsv.get("frame"):
        out["frame"] = (jsv["frame"] - jsv["done"]) / 1000
    return out


def shift_to_yesterday(source: Path) -> Path:
    """A copy of the seeded data whose trace points are yesterday's (no routes today, same latest fixes)."""
    import shutil

    from bench.common import tmpdir

    target = tmpdir() / "data"
    shutil.copytree(source, target)
    conn = sqlite3.connect(target / "campo.sqlite3", isolation_level=None)
    conn.execute("UPDATE positions SET fix_ms = fix_ms - 86400000, device_ms = device_ms - 86400000, "
                 "received_ms = received_ms - 86400000")
    conn.close()
    return target


def keep_first(source: Path, per_device: int) -> Path:
    """A copy of the seeded data with only the first `per_device` points of each device."""
    import shutil

    from bench.common import tmpdir

    target = tmpdir() / "data"
    shutil.copytree(source, target)
    conn = sqlite3.connect(target / "campo.sqlite3", isolation_level=None)
    conn.execute("DELETE FROM positions WHERE seq > ?", (per_device,))
    conn.execute("UPDATE devices SET high_seq = ?", (per_device,))
    conn.close()
    return target


def paint_line(name: str, f: dict) -> str:
    if f["total"] is not None:
        return f"{name}: {ms(f['total'])}"
    return (f"{name}: NOT DRAWN within {f['timeout']:.0f} s (the page stopped answering at +{f['answered']:.1f} s,"
            f" when it had {f['n'].get('accounts', 0):,} accounts and {f['drawn']:,} route points)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--accounts", type=int, default=20_000)
    parser.add_argument("--points", type=int, default=200_000)
    parser.add_argument("--devices", type=int, default=20)
    parser.add_argument("--visits", type=int, default=30)
    parser.add_argument("--runs", type=int, default=3, help="cold starts of each kind (the median is printed)")
    parser.add_argument("--paint-timeout", type=float, default=30.0, help="seconds to wait for a paint")
    parser.add_argument("--child", nargs="+", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        from bench.desktop_children import child_bare, child_cold, child_live, child_paint

        {"bare": child_bare, "cold": child_cold, "paint": child_paint, "live": child_live}[args.child[0]](
            *args.child[1:])
        return

    began = time.perf_counter()
    if sys.flags.dont_write_bytecode:
        print("warning: PYTHONDONTWRITEBYTECODE is set: each cold start compiles every module (not what users see)")
    from bench.common import percentile, tmpdir
    from syncserver.map_routes import SIMPLIFY_M

    # 1. cold start
    empty = empty_dir()
    cold, bare = [], []
    for _ in range(args.runs):
        bare.append(child("bare"))
        cold.append(child("cold", str(empty)))
    cold_ready = statistics.median(r["ready"] - r["spawned"] for r in cold)
    bare_ready = statistics.median(r["ready"] - r["spawned"] for r in bare)
    cold_map = statistics.median(r["map"] - r["spawned"] for r in cold if "map" in r)
    c = sorted(cold, key=lambda r: r["ready"] - r["spawned"])[len(cold) // 2]
    b = sorted(bare, key=lambda r: r["ready"] - r["spawned"])[len(bare) // 2]

    # 2. first paint of the big map, and of the empty one
    big = tmpdir()
    seeded = seed_big(big, args.accounts, args.points, args.devices)
    seed_json = big / "bench-seed.json"
    seed_json.write_text(json.dumps(seeded))
    devices = [str(d) for d in seeded["devices"]]
    per_device = seeded["points"] // args.devices
    small_per_device = max(1, per_device // 10)
    live_dir = shift_to_yesterday(big)
    small_dir = keep_first(big, small_per_device)
    full = {"accounts": args.accounts, "agents": args.devices, "routes": seeded["points"], "devices": devices}
    no_routes = dict(full, routes=0)
    small = dict(full, routes=small_per_device * args.devices)
    paint_big = paint_figures(child("paint", str(big), json.dumps(full), str(args.paint_timeout),
                                    timeout=args.paint_timeout + 60))
    paint_small = paint_figures(child("paint", str(small_dir), json.dumps(small), str(args.paint_timeout),
                                      timeout=args.paint_timeout + 60))
    paint_nor = paint_figures(child("paint", str(live_dir), json.dumps(no_routes), str(args.paint_timeout),
                                    timeout=args.paint_timeout + 60))
    paint_empty = paint_figures(child("paint", str(empty), json.dumps(
        {"accounts": 0, "agents": 0, "routes": 0, "devices": []}), "30"))

    # 3. commit-to-map latency of new visits: on the full data if its paint finished, else with the
    # trace points moved to yesterday (same accounts, agents and latest fixes; no routes to draw)
    live_on = big if paint_big["total"] is not None else live_dir
    live = child("live", str(live_on), json.dumps(full if live_on is big else no_routes), str(seed_json),
                 str(args.visits), timeout=180)
    to_page = [live["page"][v] / 1000 - t for v, t in live["answers"].items() if v in live["page"]]
    to_signal = [live["signals"][v] - t for v, t in live["answers"].items() if v in live["signals"]]
    missing = len(live["answers"]) - len(to_page)
    from_sent = [live["page"][v] / 1000 - t for v, t in live["sent"].items() if v in live["page"]]

    print(f"cold start to usable window (process start -> window painted + server listening), median of "
          f"{args.runs}: {ms(cold_ready)} (goal < 3 s)")
    print(f"  baseline empty QMainWindow 1280x800 (process start -> first paint): {ms(bare_ready)}  "
          f"ratio {cold_ready / bare_ready:.1f}")
    print(f"  where: python+imports {ms(c['imported'] - c['spawned'])} (bare {ms(b['imported'] - b['spawned'])}), "
          f"QApplication+window+pages {ms(c['built'] - c['imported'])}, show->first paint "
          f"{ms(c['paint'] - c['shown'])}, server listening at +{ms(c['started'] - c['spawned'])}; "
          f"map page data shown (empty db) at +{ms(cold_map)}")
    pb, pe = paint_big, paint_empty
    pts = f"{seeded['points']:,}"
    print(paint_line(f"first paint of {args.accounts:,} accounts + {pts} trace points today ({args.devices} devices) "
                     "(MapPage() -> frame after the last marker and route point)", pb) + " (goal < 2 s)")
    print(f"  baseline same page, empty database (MapPage() -> map ready + frame): {ms(pe['total'])}  "
          + (f"ratio {pb['total'] / pe['total']:.1f}" if pb["total"] else "ratio n/a (not drawn)"))
    print(f"  where (full): page ready (Leaflet + channel + setup) at +{ms(pb['page_ready'])} (empty: "
          f"+{ms(pe['page_ready'])}); workers read+encode: accounts/agents/visits done at +{ms(pb['map_read_end'])}, "
          f"routes at +{ms(pb['read_end'])}; GUI thread busy {ms(pb['send'])} in all handing the messages to "
          f"the channel; accounts first seen at "
          f"+{ms(pb['first_acc'])}, all at +{ms(pb['accounts_at'])}; route points drawn {pb['drawn']:,} "
          f"(sent {pb['sent_points']:,} of {pb['fixes_read']:,} fixes: long routes simplified to "
          f"{SIMPLIFY_M:g} m for the overview) at +{ms(pb['drawn_at'])}")
    print("  " + paint_line(f"same accounts + {small_per_device * args.devices:,} points today "
                            f"({small_per_device}/device)", paint_small)
          + f"; worker {ms(paint_small['read'])}, GUI send {ms(paint_small['send'])}")
    print("  " + paint_line(f"same accounts + agents, the {pts} points yesterday (no routes)", paint_nor)
          + f"; worker {ms(paint_nor['read'])}, GUI send {ms(paint_nor['send'])}, all accounts at "
          f"+{ms(paint_nor['accounts_at'])}")
    where = "full data" if live_on is big else "trace points moved to yesterday, as the full paint did not finish"
    print(f"commit-to-map latency of a new visit ({where}; HTTP answer -> marker added in the page), "
          f"{len(to_page)} visits: "
          f"p50 {ms(percentile(to_page, .5))} p95 {ms(percentile(to_page, .95))} max {ms(max(to_page, default=float('nan')))} "
          f"(goal p95 <= 250 ms; page-side Date.now() stamps, 1 ms resolution{'; missing ' + str(missing) if missing else ''})")
    print(f"  baseline HTTP answer -> Qt signal bridge.visit_stored on the GUI thread: p50 "
          f"{ms(percentile(to_signal, .5))} p95 {ms(percentile(to_signal, .95))}  "
          f"ratio p95 {percentile(to_page, .95) / max(percentile(to_signal, .95), 1e-3):.1f}"
          f" (min page {ms(min(to_page, default=0))}, min signal {ms(min(to_signal, default=0))}: negative = before"
          " the answer; the server publishes the event at commit, before it writes the answer)")
    print(f"  for context, request sent -> marker in the page: p50 {ms(percentile(from_sent, .5))} "
          f"p95 {ms(percentile(from_sent, .95))} max {ms(max(from_sent, default=float('nan')))}")
    print(f"(seeding: {args.accounts:,} accounts via apply_import {seeded['accounts_s']:.1f} s, "
          f"{seeded['points']:,} points via sqlite3.executemany {seeded['points_s']:.1f} s; "
          f"whole bench {time.perf_counter() - began:.0f} s)")


if __name__ == "__main__":
    main()

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
import os
import random
import sqlite3
import statistics
import subprocess
import sys
import time
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

NO_TILES = "http://127.0.0.1:9/{z}/{x}/{y}.png"  # nothing listens on port 9: tiles fail at once, no network
BOGOTA = (4.50, 4.80, -74.20, -74.00)  # lat min/max, lon min/max

PROBE_JS = """
(function () {
  const B = window.__bench = { doc: Date.now(), n: { accounts: 0, agents: 0, visits: 0 }, first: {}, last: {},
                               visits: {}, ready: null, done: null, frame: null, drawn: 0, drawn_at: null,
                               visible: document.visibilityState, target: TARGET };
  function poll() {
    if (!(window.campoMap && window.campoMap.ready)) return false;
    const counts = window.campoMap.counts();
    const t = Date.now();
    if (counts.accounts !== B.n.accounts) {
      if (!B.first.accounts) B.first.accounts = t;
      B.n.accounts = counts.accounts;
      B.last.accounts = t;
    }
    if (counts.route_points !== B.drawn) { B.drawn = counts.route_points; B.drawn_at = t; }
    return true;
  }
  function finish() {
    if (B.done !== null || !poll()) return;
    if (B.n.accounts < B.target.accounts || B.n.agents < B.target.agents) return;
    // target.routes: the points Python sent (after simplification), set by the bench when the load is read.
    if (B.target.routes < 0 || B.drawn < B.target.routes) return;
    B.done = Date.now();
    requestAnimationFrame(function () { B.frame = Date.now(); });
  }
  function patch(L) {
    const add = L.FeatureGroup.prototype.addLayer;
    L.FeatureGroup.prototype.addLayer = function (layer) {
      const result = add.call(this, layer);
      const kind = layer && layer.campoKind;
      if (kind && B.n[kind] !== undefined) {
        const t = Date.now();
        B.n[kind] += 1;
        if (!B.first[kind]) B.first[kind] = t;
        B.last[kind] = t;
        if (kind === "visits" && layer.campo && !B.visits[layer.campo.id]) B.visits[layer.campo.id] = t;
        finish();
      }
      return result;
    };
  }
  // Accounts (one canvas layer) and route points are counted by polling campoMap.counts(): a few ms apart.
  const timer = setInterval(function () {
    if (window.L && window.L.FeatureGroup && !B.patched) { B.patched = Date.now(); patch(window.L); }
    if (window.campoMap && window.campoMap.ready && B.ready === null) B.ready = Date.now();
    finish();
    if (B.done !== null) clearInterval(timer);
  }, 1);
})();
"""


# --- seeding (parent process) ---------------------------------------------------------------------

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
    """Run this file as a child measuring one thing; returns its RESULT plus `spawned` (parent's clock)."""
    env = dict(os.environ, PYTHONPATH=str(ROOT), QT_QPA_PLATFORM="offscreen", QTWEBENGINE_DISABLE_SANDBOX="1")
    spawned = time.time()
    process = subprocess.run([sys.executable, str(Path(__file__).resolve()), "--child", mode, *args],
                             capture_output=True, text=True, env=env, timeout=timeout, check=False)
    for line in process.stdout.splitlines():
        if line.startswith("RESULT "):
            result = json.loads(line.removeprefix("RESULT "))
            result["spawned"] = spawned
            return result
    raise RuntimeError(f"child {mode} failed ({process.returncode}):\n{process.stderr[-3000:]}")


# --- children -------------------------------------------------------------------------------------

def qt_env() -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ.setdefault("QTWEBENGINE_DISABLE_SANDBOX", "1")


def install_probe(target: dict) -> None:
    """The page-side stamps, for every page of the default profile (MapPage loads in its constructor)."""
    from PySide6.QtWebEngineCore import QWebEngineProfile, QWebEngineScript

    script = QWebEngineScript()
    script.setName("campo-bench")
    script.setSourceCode(PROBE_JS.replace("TARGET", json.dumps(target)))
    script.setInjectionPoint(QWebEngineScript.InjectionPoint.DocumentCreation)
    script.setWorldId(QWebEngineScript.ScriptWorldId.MainWorld)
    QWebEngineProfile.defaultProfile().scripts().insert(script)


def wait(app, condition, timeout: float) -> bool:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            return False
        app.processEvents()
        time.sleep(0.002)
    return True


def js(app, view, expression: str, timeout: float = 10.0):
    answers = []
    view.page().runJavaScript(f"JSON.stringify({expression})", 0, answers.append)
    wait(app, lambda: bool(answers), timeout)
    return json.loads(answers[0]) if answers and answers[0] else None


def first_paint_filter(widgets, stamps: dict):
    """Stamps the first Paint event of any of `widgets` (the window and its always-visible parts)."""
    from PySide6.QtCore import QEvent, QObject

    class Filter(QObject):
        def eventFilter(self, obj, event):  # noqa: N802 - Qt override
            if event.type() == QEvent.Type.Paint and "paint" not in stamps:
                stamps["paint"] = time.time()
            return False

    watcher = Filter()
    for widget in widgets:
        widget.installEventFilter(watcher)
    return watcher


def child_bare() -> None:
    """Baseline of 1: an empty QMainWindow of the same size, shown, first paint."""
    qt_env()
    from PySide6.QtWidgets import QApplication, QMainWindow

    imported = time.time()
    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.resize(1280, 800)
    stamps: dict = {}
    watcher = first_paint_filter([window], stamps)
    window.show()
    shown = time.time()
    wait(app, lambda: "paint" in stamps, 30)
    print("RESULT " + json.dumps({"imported": imported, "shown": shown, "ready": stamps["paint"]}), flush=True)


def child_cold(data_dir: str) -> None:
    """1: what `campo --data-dir D --port 0 --no-discovery` does (desktop.app.main), with stamps."""
    qt_env()
    from PySide6.QtWidgets import QApplication

    from desktop.app import install_translator
    from desktop.server_host import ServerHost
    from desktop.views.main_window import MainWindow
    from desktop.views.pages import build_pages
    from syncserver.config import ServerConfig

    imported = time.time()
    app = QApplication(sys.argv[:1])
    app.setApplicationName("Campo")
    install_translator(app, "es")
    host = ServerHost(ServerConfig(data_dir=Path(data_dir), port=0, discovery=False))
    stamps: dict = {}
    host.started.connect(lambda _port: stamps.setdefault("started", time.time()))
    window = MainWindow(host)
    build_pages(window, host)
    map_page = window.pages_by_key["map"]
    map_page.set_tile_url(NO_TILES)
    map_page.data_shown.connect(lambda: stamps.setdefault("map", time.time()))
    built = time.time()
    watcher = first_paint_filter([window, window.navigation, window.statusBar()], stamps)
    window.show()
    shown = time.time()
    host.start()
    ok = wait(app, lambda: "paint" in stamps and "started" in stamps, 30)
    ready = time.time()
    wait(app, lambda: "map" in stamps, 30)
    result = {"imported": imported, "built": built, "shown": shown, "ok": ok, "ready": ready, **stamps}
    window.close()  # stops the server as the app does
    print("RESULT " + json.dumps(result), flush=True)


def open_map(app, data_dir: str, target: dict):
    """A started host, then the Map page (stamped from its construction = load start)."""
    from desktop.server_host import ServerHost
    from desktop.views import map_page as map_module
    from syncserver.config import ServerConfig

    install_probe(target)
    host = ServerHost(ServerConfig(data_dir=Path(data_dir), port=0, discovery=False))
    host.start()
    wait(app, lambda: host.port is not None, 60)
    host.engine  # noqa: B018 - opened (migrations checked) before the clock starts, as after a cold start
    stamps: dict = {}
    payload = map_module.map_payload
    real_load, real_routes = payload.load, payload.load_routes

    def timed(name, read):
        def run(engine):
            stamps.setdefault("read_start", time.time())
            found = read(engine)
            stamps[f"{name}_read_end"] = stamps["read_end"] = time.time()
            return found
        return run

    payload.load, payload.load_routes = timed("map", real_load), timed("routes", real_routes)
    load_start = time.time()
    page = map_module.MapPage(host)
    page.set_tile_url(NO_TILES)
    real_map_loaded, real_routes_loaded = page._map_loaded, page._routes_loaded

    def map_loaded(found):
        stamps.setdefault("send_start", time.time())
        real_map_loaded(found)
        stamps["send"] = stamps.get("send", 0.0) + time.time() - stamps["send_start"]

    def routes_loaded(found):
        began = time.time()
        stamps.setdefault("send_start", began)
        stamps["route_points"], stamps["fixes_read"] = found.points, found.fixes_read
        # The routes the page must draw: what was sent (long routes are simplified for the overview). Told
        # once the page is ready: a script run while the page still loads is lost (a quick read came first).
        routes = found.points if target["routes"] else 0

        def tell() -> None:
            page.view.page().runJavaScript(f"window.__bench && (window.__bench.target.routes = {routes})")

        if page.bridge.is_ready:
            tell()
        else:
            page.bridge.pageReady.connect(tell)
        real_routes_loaded(found)
        stamps["send"] = stamps.get("send", 0.0) + time.time() - began

    page._map_loaded, page._routes_loaded = map_loaded, routes_loaded
    page.bridge.pageReady.connect(lambda: stamps.setdefault("page_ready", time.time()))
    page.data_shown.connect(lambda: stamps.setdefault("data_shown", time.time()))
    page.resize(1100, 760)
    page.show()
    stamps["load_start"] = load_start
    return host, page, stamps


def collect(app, page, timeout: float = 60.0) -> dict:
    """Poll the page's stamps until the frame after the last expected marker is in."""
    deadline = time.monotonic() + timeout
    bench = {}
    while time.monotonic() < deadline:
        answer = js(app, page.view, "window.__bench", timeout=max(0.1, min(3.0, deadline - time.monotonic())))
        if answer:
            bench = answer
            bench["answered"] = time.time()
        if bench.get("frame"):
            return bench
        wait(app, lambda: False, 0.02)
    bench["timeout"] = timeout
    return bench


def child_paint(data_dir: str, target: str, timeout: str) -> None:
    """2: from MapPage construction (view.load) to the frame after every account, agent and route point is drawn."""
    qt_env()
    from PySide6.QtWebEngineWidgets import QWebEngineView  # noqa: F401 - before QApplication
    from PySide6.QtWidgets import QApplication

    app = QApplication(sys.argv[:1])
    host, page, stamps = open_map(app, data_dir, json.loads(target))
    bench = collect(app, page, float(timeout))
    counts = js(app, page.view, "campoMap.counts()", timeout=3) if bench.get("frame") else None
    print("RESULT " + json.dumps({"py": stamps, "js": bench, "counts": counts}), flush=True)
    os._exit(0)  # a page still busy drawing would hold a normal exit


def child_live(data_dir: str, target: str, seed_json: str, visits: str) -> None:
    """3: post visits over HTTP to the embedded server; stamp the answer, the Qt signal, the page's marker."""
    qt_env()
    import threading
    import urllib.request

    from PySide6.QtWebEngineWidgets import QWebEngineView  # noqa: F401 - before QApplication
    from PySide6.QtWidgets import QApplication

    from syncserver.clock import utcnow

    seeded = json.loads(Path(seed_json).read_text())
    app = QApplication(sys.argv[:1])
    host, page, _stamps = open_map(app, data_dir, json.loads(target))
    painted = collect(app, page, 40).get("frame") is not None
    signals: dict[str, float] = {}
    host.bridge.visit_stored.connect(lambda event: signals.setdefault(event.visit_id, time.time()))
    answers: dict[str, float] = {}
    sent: dict[str, float] = {}
    base = f"http://127.0.0.1:{host.port}/api/v1"

    def post_all() -> None:
        for i in range(int(visits)):
            device = i % len(seeded["tokens"])
            moment = utcnow()
            start_at = (moment.replace(microsecond=0)).isoformat().replace("+00:00", "Z")
            visit_id = str(uuid.uuid4())
            body = {"visits": [{
                "id": visit_id, "account_id": str(seeded["accounts"][device]), "started_at": start_at,
                "finished_at": start_at, "outcome": ["no_contact", "third_party", "rpc"][i % 3],
                "answers": {"note": "bench"}, "device_geofence": "inside",
                "location": {"lat": 4.65, "lon": -74.08, "accuracy_m": 12.0, "fix_time": start_at},
            }]}
            request = urllib.request.Request(f"{base}/visits", data=json.dumps(body).encode(), method="POST",
                                             headers={"Content-Type": "application/json",
                                                      "Authorization": f"Bearer {seeded['tokens'][device]}"})
            sent[visit_id] = time.time()
            with urllib.request.urlopen(request, timeout=10) as response:
                answer = json.loads(response.read())
            answers[visit_id] = time.time()
            status = answer["results"][0]["status"]
            if status != "accepted":
                answers[visit_id] = float("nan")
                print(f"visit not accepted: {answer}", file=sys.stderr)
            time.sleep(0.15)  # one at a time: latency, not throughput

    poster = threading.Thread(target=post_all, daemon=True)
    poster.start()
    wait(app, lambda: not poster.is_alive(), 60)
    wait(app, lambda: False, 0.5)
    bench = js(app, page.view, "window.__bench") or {}
    print("RESULT " + json.dumps({"answers": answers, "signals": signals, "page": bench.get("visits", {}),
                                  "painted": painted, "sent": sent}), flush=True)
    os._exit(0)


# --- report ---------------------------------------------------------------------------------------

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

"""bench/desktop.py's child processes: each measures one thing in a fresh interpreter (a bare window, a cold
start, a big map's first paint, the commit-to-map latency of new visits) and prints one `RESULT {json}` line."""

from __future__ import annotations

import json
import os
import sys
import time
import uuid
from pathlib import Path

from bench.desktop_probe import first_paint_filter, install_probe, js, qt_env, wait

NO_TILES = "http://127.0.0.1:9/{z}/{x}/{y}.png"  # nothing listens on port 9: tiles fail at once, no network


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

"""bench/desktop.py's probes: the page-side script that stamps when the map has drawn what Python sent,
and the Qt helpers of the child processes (offscreen environment, waiting, JavaScript, first paint)."""

from __future__ import annotations

import json
import os
import time


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

"""Pages built when first shown: the start pays for the map only; navigation, wiring and the alerts badge still work."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import uuid
from pathlib import Path

from tests.test_api_flow import position
from tests.test_desktop_shell import post

ROOT = Path(__file__).resolve().parent.parent

START = """
import json, sys
from pathlib import Path
from PySide6.QtWidgets import QApplication
from desktop.server_host import ServerHost
from desktop.views.main_window import MainWindow
from desktop.views.pages import build_pages
from syncserver.background import ServerThread
from syncserver.config import ServerConfig

ServerThread.preload = lambda self: None  # what the GUI thread itself imports (the server's preload is apart)
app = QApplication([])
host = ServerHost(ServerConfig(data_dir=Path(sys.argv[1]), port=0, discovery=False))
window = MainWindow(host)
build_pages(window, host)
built = [key for key in window.pages_by_key if window.built_page(key) is not None]
print(json.dumps({"built": built, "modules": sorted(m for m in sys.modules if m.split(".")[0] in
                  ("sklearn", "scipy", "PIL", "aiohttp", "alembic", "desktop", "syncserver"))}))
"""


def test_a_fresh_start_builds_only_the_map_and_loads_no_heavy_module(tmp_path):
    env = dict(os.environ, PYTHONPATH=str(ROOT), QT_QPA_PLATFORM="offscreen", QTWEBENGINE_DISABLE_SANDBOX="1")
    result = subprocess.run([sys.executable, "-c", START, str(tmp_path / "data")], capture_output=True, text=True,
                            env=env, timeout=120, check=False)
    assert result.returncode == 0, result.stderr[-3000:]
    started = json.loads(result.stdout.splitlines()[-1])
    assert started["built"] == ["map"]
    loaded = set(started["modules"])
    assert "desktop.views.reports_page" not in loaded and "desktop.views.strategy_page" not in loaded
    assert "desktop.views.alerts_page" not in loaded and "desktop.views.mail_dialog" not in loaded
    assert "desktop.views.settings_dialog" not in loaded
    # Fitting, planning, photos and the server itself load where they are used (the server on its own threads).
    heavy = {m.split(".")[0] for m in loaded} & {"sklearn", "scipy", "PIL", "aiohttp", "alembic"}
    assert not heavy, sorted(m for m in loaded if m.split(".")[0] in heavy)[:20]


def test_a_page_is_built_once_when_first_shown_and_its_wiring_works(desk, qtbot):
    from desktop.views.pages import build_pages

    build_pages(desk.window, desk.host)
    window = desk.window
    assert window.built_page("strategy") is None and window.built_page("accounts") is None
    built = []
    window.page_built.connect(lambda key, page: built.append(key))
    with qtbot.waitSignal(window.page_built, timeout=5000):
        window.navigation.setCurrentRow(window._page_keys.index("strategy"))  # a click in the navigation
    strategy = window.built_page("strategy")
    assert built == ["strategy"] and window.pages.currentWidget() is strategy
    assert window.pages.count() == window.navigation.count() == len(window.pages_by_key)

    strategy.show_in_accounts.emit([1, 2])  # wired at build: opens the accounts page, built for it
    accounts = window.built_page("accounts")
    assert built == ["strategy", "accounts"] and window.pages.currentWidget() is accounts
    qtbot.waitUntil(lambda: accounts.proxy.ids == {1, 2}, timeout=5000)
    assert window.show_page("strategy") is strategy and built == ["strategy", "accounts"]
    assert window.pages.indexOf(strategy) == window._page_keys.index("strategy")  # in the placeholder's place
    assert window.pages.indexOf(accounts) == window._page_keys.index("accounts")
    window.show_page("map")
    assert window.pages.currentWidget() is window.pages_by_key["map"]


def test_the_alerts_badge_counts_before_the_alerts_page_is_built(desk, qtbot):
    from desktop.views.pages import build_pages

    build_pages(desk.window, desk.host)
    window, badge = desk.window, desk.window.alerts_badge
    item = window.navigation.item(window._page_keys.index("alerts"))
    desk.add_agent("A1", "Ana")
    token = post(f"{desk.api}/devices/pair", {"code": desk.pairing_code("A1"),
                                             "device": {"install_id": str(uuid.uuid4())}})["token"]
    post(f"{desk.api}/positions", {"positions": [position(1, battery_pct=8)]}, token)
    qtbot.waitUntil(lambda: badge.text() == "Alertas abiertas: 1", timeout=5000)
    assert item.text() == "Alertas (1)" and window.built_page("alerts") is None

    page = window.show_page("alerts")  # from now on the page counts
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=5000)
    page.table.selectRow(0)
    with qtbot.waitSignal(page.acknowledged, timeout=5000):
        page.acknowledge_selected()
    qtbot.waitUntil(lambda: badge.text() == "Alertas abiertas: 0" and item.text() == "Alertas", timeout=5000)


def test_the_host_preloads_the_server_modules_off_the_gui_thread(tmp_path):
    script = """
import sys, threading, time
from pathlib import Path
from desktop.server_host import ServerHost
from syncserver.config import ServerConfig
host = ServerHost(ServerConfig(data_dir=Path(sys.argv[1]), port=0, discovery=False))
names = [t.name for t in threading.enumerate()]
deadline = time.monotonic() + 60
while "syncserver.runner" not in sys.modules or getattr(sys.modules["syncserver.runner"].__spec__, "_initializing", 0):
    assert time.monotonic() < deadline
    time.sleep(0.01)
print("campo-server-preload" in names, "aiohttp" in sys.modules)
"""
    env = dict(os.environ, PYTHONPATH=str(ROOT), QT_QPA_PLATFORM="offscreen")
    result = subprocess.run([sys.executable, "-c", script, str(tmp_path / "data")], capture_output=True, text=True,
                            env=env, timeout=120, check=False)
    assert result.returncode == 0, result.stderr[-3000:]
    assert result.stdout.split() == ["True", "True"]

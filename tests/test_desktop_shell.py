"""The desktop shell: embedded server on its own thread, server events as Qt signals, status bar."""

from __future__ import annotations

import json
import subprocess
import sys
import time
import urllib.request
import uuid

from tests.test_api_flow import position


def post(url: str, body: dict, token: str | None = None) -> dict:
    headers = {"Content-Type": "application/json"} | ({"Authorization": f"Bearer {token}"} if token else {})
    request = urllib.request.Request(url, data=json.dumps(body).encode(), headers=headers, method="POST")
    with urllib.request.urlopen(request, timeout=10) as response:
        return json.loads(response.read())


def test_events_reach_the_gui_thread_as_signals(desk, qtbot):
    desk.add_agent("A1")
    with qtbot.waitSignal(desk.host.bridge.device_paired, timeout=5000) as paired:
        token = post(f"{desk.api}/devices/pair", {"code": desk.pairing_code("A1"),
                                                 "device": {"install_id": str(uuid.uuid4())}})["token"]
    assert paired.args[0].agent_code == "A1"
    assert "127.0.0.1" in desk.window.urls_label.text() or desk.window.urls_label.text().count("http://")

    latencies = []
    for batch in range(5):
        done = []
        desk.host.bridge.positions_stored.connect(lambda event: done.append(time.perf_counter()))
        answer = post(f"{desk.api}/positions", {"positions": [position(batch + 1, minutes=batch)]}, token)
        acknowledged = time.perf_counter()  # the server answers after the commit
        assert answer["accepted"] == 1
        qtbot.waitUntil(lambda: bool(done), timeout=2000)
        latencies.append(max(0.0, done[0] - acknowledged))
        desk.host.bridge.positions_stored.disconnect()
    assert max(latencies) < 0.25, latencies
    qtbot.waitUntil(lambda: "1" in desk.window.online_label.text(), timeout=2000)
    assert "Sin datos" not in desk.window.last_data_label.text()


def test_screenshot_option_renders_the_window_and_exits(tmp_path):
    picture = tmp_path / "window.png"
    result = subprocess.run(
        [sys.executable, "-m", "desktop.app", "--data-dir", str(tmp_path / "data"), "--port", "0",
         "--no-discovery", "--screenshot", str(picture), "--quit-after", "2"],
        capture_output=True, text=True, timeout=120,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert picture.stat().st_size > 5000
    assert picture.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    # A new branch opened in the app has the default questionnaire to hand to its devices.
    from syncserver.db.bootstrap import open_database
    from syncserver.questionnaires import list_questionnaires

    engine = open_database(tmp_path / "data")
    assert [q.name for q in list_questionnaires(engine)] == ["Visita de cobranza"]
    engine.dispose()

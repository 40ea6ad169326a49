"""Tiles in the real page: asked for with Campo's user agent (OpenStreetMap's tile policy), credited."""

from __future__ import annotations

from tests.test_map_page import open_map, wait_for  # noqa: F401 - open_map is a fixture


def test_tiles_are_asked_for_with_campos_user_agent_and_attribution_is_shown(desk, qtbot, open_map):  # noqa: F811
    """OpenStreetMap's tile policy: the application says who it is; the map credits the tiles' source."""
    import base64
    import threading
    from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

    from desktop.views.map_page import user_agent

    png = base64.b64decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==")
    agents: list[str] = []

    class Tiles(BaseHTTPRequestHandler):
        def do_GET(self):  # noqa: N802 - http.server's name
            agents.append(self.headers.get("User-Agent", ""))
            self.send_response(200)
            self.send_header("Content-Type", "image/png")
            self.send_header("Content-Length", str(len(png)))
            self.end_headers()
            self.wfile.write(png)

        def log_message(self, *args):
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Tiles)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        page = open_map()
        page.set_tile_url(f"http://127.0.0.1:{server.server_port}/{{z}}/{{x}}/{{y}}.png")
        qtbot.waitUntil(lambda: len(agents) > 0, timeout=10_000)
        assert user_agent().startswith("Campo/0.1.0 (")
        assert set(agents) == {user_agent()}
        wait_for(page, qtbot, "campoMap.tileNotice()", "")
        attribution = "document.querySelector('.leaflet-control-attribution').textContent"
        wait_for(page, qtbot, f"{attribution}.includes('© colaboradores de OpenStreetMap')", True)
    finally:
        server.shutdown()
        server.server_close()

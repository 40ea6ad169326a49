"""The Map page in a real QtWebEngine page: Leaflet from its package, data in, live visits, escaping."""

from __future__ import annotations

import csv
import json
import time
import urllib.request
import uuid
from datetime import timedelta

import pytest

from syncserver.accounts_import import apply_import, parse_accounts_file
from tests.plugins.server import ACCOUNT_COLUMNS
from tests.test_api_flow import NOW, iso, position, visit

HOSTILE = '<img src=x onerror="window.__pwned=1">'
NO_TILES = "http://127.0.0.1:9/{z}/{x}/{y}.png"  # nothing listens on port 9: every tile fails


def post(url: str, body: dict, token: str | None = None) -> dict:
    headers = {"Content-Type": "application/json"} | ({"Authorization": f"Bearer {token}"} if token else {})
    request = urllib.request.Request(url, data=json.dumps(body).encode(), headers=headers, method="POST")
    with urllib.request.urlopen(request, timeout=10) as response:
        return json.loads(response.read())


def get(url: str, token: str) -> dict:
    request = urllib.request.Request(url, headers={"Authorization": f"Bearer {token}"})
    with urllib.request.urlopen(request, timeout=10) as response:
        return json.loads(response.read())


def import_accounts(desk, tmp_path, rows: list[dict]) -> None:
    """Through the real importer, as the office would."""
    path = tmp_path / f"accounts-{uuid.uuid4().hex[:8]}.csv"
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, fieldnames=ACCOUNT_COLUMNS)
        writer.writeheader()
        for row in rows:
            writer.writerow({"radius_m": "", "currency": "COP", "days_past_due": 30, "segment": "",
                             "balance": "1000", **row})
    plan = parse_accounts_file(path, desk.host.engine)
    assert not plan.errors, plan.errors
    apply_import(desk.host.engine, plan)


def pair(desk, agent_code: str) -> str:
    return post(f"{desk.api}/devices/pair", {"code": desk.pairing_code(agent_code),
                                            "device": {"install_id": str(uuid.uuid4())}})["token"]


def evaluate(page, qtbot, script: str):
    """The JSON value of a JavaScript expression, evaluated in the real page."""
    answers = []
    page.view.page().runJavaScript(f"JSON.stringify({script})", 0, answers.append)
    qtbot.waitUntil(lambda: bool(answers), timeout=5000)
    return json.loads(answers[0]) if answers[0] else None  # nothing back when the script threw


@pytest.fixture
def open_map(desk, qtbot):
    """Opens the Map page on the desk's server once the test has set up its data."""
    import shiboken6

    from desktop.views.map_page import MapPage

    pages = []

    def open_page():
        page = MapPage(desk.host)
        pages.append(page)
        page.set_tile_url(NO_TILES)
        page.resize(900, 700)
        page.show()
        with qtbot.waitSignal(page.data_shown, timeout=20_000):
            pass
        return page

    yield open_page
    for page in pages:  # the web page must go before the web profile does, at exit
        page.close()
        shiboken6.delete(page)


def click(page, qtbot, kind: str, ident: str) -> None:
    """A real left click on the marker, where the page draws it."""
    from PySide6.QtCore import QPoint, Qt
    from PySide6.QtTest import QTest

    x, y = evaluate(page, qtbot, f"campoMap.point('{kind}', '{ident}')")
    QTest.mouseClick(page.view.focusProxy(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                     QPoint(x, y))


def painted(pane: str, lat: float, lon: float) -> str:
    """A script giving the alpha (0-255) of a pane's canvas where (lat, lon) is drawn."""
    return f"""(function () {{
        const map = campoMap.map();
        const canvas = map.getPane('{pane}').querySelector('canvas');
        const at = map.latLngToLayerPoint([{lat}, {lon}]);
        const origin = L.DomUtil.getPosition(canvas);  // the canvas sits at its bounds' top left, in layer pixels
        return canvas.getContext('2d').getImageData(Math.round(at.x - origin.x), Math.round(at.y - origin.y),
                                                    1, 1).data[3];
    }})()"""


def wait_for(page, qtbot, script: str, expected, timeout: int = 5000) -> None:
    deadline = time.monotonic() + timeout / 1000
    value = None
    while time.monotonic() < deadline:
        value = evaluate(page, qtbot, script)
        if value == expected:
            return
        qtbot.wait(50)
    pytest.fail(f"{script} is {value!r}, expected {expected!r}")


def test_map_shows_data_and_follows_the_field_live(desk, qtbot, tmp_path, open_map):
    desk.add_agent("A1", "Ana Gómez")
    import_accounts(desk, tmp_path, [
        {"external_ref": f"R-{i}", "debtor_name": f"Deudor {i}", "address": f"Calle {i} # 10-20",
         "lat": 4.65 + i * 0.01, "lon": -74.05, "agent_code": "A1"}
        for i in range(3)
    ])
    token = pair(desk, "A1")
    post(f"{desk.api}/positions", {"positions": [position(1, minutes=58)]}, token)
    accounts = {a["external_ref"]: a for a in get(f"{desk.api}/sync", token)["accounts"]}

    page = open_map()
    assert evaluate(page, qtbot, "window.L.version") == "1.9.4"
    counts = evaluate(page, qtbot, "campoMap.counts()")
    assert (counts["accounts"], counts["agents"], counts["visits"]) == (3, 1, 0)
    assert evaluate(page, qtbot, "campoMap.row('agents', '1').agent_name") == "Ana Gómez"
    wait_for(page, qtbot, "campoMap.tileNotice()", "Mosaicos no disponibles")

    far = visit(accounts["R-1"]["id"], 4.70, -74.05, device_geofence="inside")
    post(f"{desk.api}/visits", {"visits": [far]}, token)
    wait_for(page, qtbot, "campoMap.counts().visits", 1)
    wait_for(page, qtbot, f"campoMap.row('visits', '{far['id']}').debtor_name", "Deudor 1")
    shown = evaluate(page, qtbot, f"campoMap.row('visits', '{far['id']}')")
    assert shown["verdict"] == "outside" and "outside_geofence" in shown["flags"]

    two_days_ago = {"started_at": iso(NOW - timedelta(days=2, minutes=5)),
                    "finished_at": iso(NOW - timedelta(days=2)),
                    "location": dict(far["location"], fix_time=iso(NOW - timedelta(days=2, minutes=2)))}
    with qtbot.waitSignal(desk.host.bridge.visit_stored, timeout=5000):  # the page hears it first
        post(f"{desk.api}/visits", {"visits": [visit(accounts["R-2"]["id"], 4.67, -74.05, **two_days_ago)]}, token)
    assert evaluate(page, qtbot, "campoMap.counts().visits") == 1, "a visit of another day is not today's"

    post(f"{desk.api}/positions", {"positions": [position(2, lat=4.66, minutes=59)]}, token)
    wait_for(page, qtbot, "campoMap.row('agents', '1').lat", 4.66)
    assert evaluate(page, qtbot, "campoMap.counts().agents") == 1
    assert evaluate(page, qtbot, "campoMap.row('agents', '1').agent_name") == "Ana Gómez"

    evaluate(page, qtbot, f"campoMap.centerOn({far['location']['lat']}, {far['location']['lon']}, 13)")
    wait_for(page, qtbot, "campoMap.map().getCenter().lat.toFixed(2)", "4.70")
    qtbot.wait(300)  # the canvas redraws (and learns where its markers are) on the frame after a move
    with qtbot.waitSignal(page.selected, timeout=5000) as clicked:
        click(page, qtbot, "visits", far["id"])
    assert clicked.args == ["visits", far["id"]]
    popup = "document.querySelector('.leaflet-popup-content').textContent"
    wait_for(page, qtbot, f"{popup}.includes('Deudor 1')", True)

    overlays = evaluate(page, qtbot, "Array.from(document.querySelectorAll("
                                     "'.leaflet-control-layers-overlays label')).map(l => l.textContent.trim())")
    assert overlays == ["Gestores", "Cuentas", "Visitas de hoy", "Recorridos de hoy"]
    legend = evaluate(page, qtbot, "document.querySelector('.campo-legend').textContent")
    assert "Fuera de la geocerca" in legend and "Sin señal" in legend

    page.center_on(4.66, -74.05)
    wait_for(page, qtbot, "campoMap.map().getZoom() >= 15 && campoMap.counts().fences > 0", True)


def test_names_from_data_are_shown_as_text_never_as_html(desk, qtbot, tmp_path, open_map):
    desk.add_agent("A1", HOSTILE)
    import_accounts(desk, tmp_path, [
        {"external_ref": "EVIL-1", "debtor_name": HOSTILE, "address": HOSTILE, "segment": "<b>x</b>",
         "lat": 4.65, "lon": -74.05, "agent_code": "A1"},
    ])
    token = pair(desk, "A1")
    account_id = get(f"{desk.api}/sync", token)["accounts"][0]["id"]
    post(f"{desk.api}/positions", {"positions": [position(1, minutes=58)]}, token)
    hostile_visit = visit(account_id, 4.65, -74.05)
    post(f"{desk.api}/visits", {"visits": [hostile_visit]}, token)

    page = open_map()
    for kind, ident in (("accounts", account_id), ("visits", hostile_visit["id"]), ("agents", "1")):
        popup = evaluate(page, qtbot, f"""(function () {{
            const element = campoMap.open('{kind}', '{ident}');
            return {{text: element.textContent, images: element.querySelectorAll('img, b').length}};
        }})()""")
        assert HOSTILE in popup["text"], (kind, popup)
        assert popup["images"] == 0, kind
    tooltip = evaluate(page, qtbot, "campoMap.marker('agents', '1').getTooltip().getContent().textContent")
    assert tooltip == HOSTILE
    qtbot.wait(300)  # an injected <img src=x> would have failed to load by now
    assert evaluate(page, qtbot, "typeof window.__pwned") == "undefined"
    assert evaluate(page, qtbot, "document.querySelectorAll('img[src=\"x\"]').length") == 0


def test_accounts_arrive_as_columns_and_geofences_follow_the_zoom(desk, qtbot, tmp_path, open_map):
    from desktop.views import map_payload
    from syncserver.map_queries import ACCOUNT_FIELDS, MapAccounts

    desk.add_agent("A1")
    import_accounts(desk, tmp_path, [{"external_ref": "R-0", "debtor_name": "Deudor 0", "address": "Calle 1",
                                      "lat": 4.65, "lon": -74.05, "agent_code": "A1"}])
    page = open_map()
    wait_for(page, qtbot, "campoMap.map().getZoom() >= 15", True)  # one account: the map fits it, up close
    zoom_out = "campoMap.map().setView(campoMap.map().getCenter(), 12, {animate: false}) && true"
    evaluate(page, qtbot, zoom_out)
    count = map_payload.ACCOUNTS_PER_MESSAGE + 500
    many = {name: [None] * count for name in ACCOUNT_FIELDS}
    many |= {"id": [f"x{i}" for i in range(count)], "ref": [f"X-{i}" for i in range(count)],
             "debtor_name": [f"Deudor {i}" for i in range(count)], "address": [""] * count,
             "lat": [4.0 + i / 10_000 for i in range(count)], "lon": [-74.2] * count, "radius_m": [50.0] * count}
    # A polygon is rings of [lon, lat], as devices get it.
    many["id"][0], many["lat"][0], many["lon"][0], many["radius_m"][0] = "poly", 4.7, -74.1, None
    many["polygon"][0] = [[[-74.1005, 4.6995], [-74.0995, 4.6995], [-74.0995, 4.7005], [-74.1005, 4.7005]]]
    batches = []
    page.bridge.batch.connect(lambda kind, payload: batches.append(kind))
    for message in map_payload.accounts(MapAccounts(**many)):
        page._post(*message)
    assert batches == ["accounts"] * 2
    wait_for(page, qtbot, "campoMap.counts().accounts", count + 1)
    assert evaluate(page, qtbot, "campoMap.row('accounts', 'x7').debtor_name") == "Deudor 7"
    wait_for(page, qtbot, "campoMap.counts().fences", 0)

    page.center_on(4.7, -74.1)
    wait_for(page, qtbot, "campoMap.map().getZoom() >= 15 && campoMap.counts().fences", 1)
    evaluate(page, qtbot, zoom_out)
    wait_for(page, qtbot, "campoMap.counts().fences", 0)

    with qtbot.waitSignal(page.data_shown, timeout=10_000):
        page.reload()  # what the database holds replaces what was pushed by hand
    wait_for(page, qtbot, "campoMap.counts().accounts", 1)
    page.set_tile_url(NO_TILES.replace(":9/", ":9/other/"))
    wait_for(page, qtbot, "campoMap.tileNotice()", "Mosaicos no disponibles")


def test_a_click_on_an_account_dot_selects_it_and_shows_its_popup(desk, qtbot, tmp_path, open_map):
    desk.add_agent("A1")
    import_accounts(desk, tmp_path, [
        {"external_ref": f"R-{i}", "debtor_name": f"Deudor {i}", "address": f"Calle {i}",
         "lat": 4.65 + i * 0.002, "lon": -74.05, "agent_code": "A1"} for i in range(3)
    ])
    page = open_map()
    ident = evaluate(page, qtbot, "(function () { for (const id of ['1', '2', '3']) {"
                                  " const row = campoMap.row('accounts', id);"
                                  " if (row && row.ref === 'R-1') return id; } return null; })()")
    assert ident is not None
    qtbot.wait(300)  # the canvas draws on the next frame
    assert evaluate(page, qtbot, painted("campoAccounts", 4.652, -74.05)) > 200, "the dot is drawn"
    assert evaluate(page, qtbot, painted("campoAccounts", 4.651, -74.05)) == 0, "nothing between dots"
    with qtbot.waitSignal(page.selected, timeout=5000) as clicked:
        click(page, qtbot, "accounts", ident)
    assert clicked.args == ["accounts", ident]
    wait_for(page, qtbot, "document.querySelector('.leaflet-popup-content').textContent.includes('Deudor 1')",
             True)
    from PySide6.QtCore import QPoint, Qt
    from PySide6.QtTest import QTest

    evaluate(page, qtbot, "campoMap.map().closePopup() || true")
    x, y = evaluate(page, qtbot, f"campoMap.point('accounts', '{ident}')")
    QTest.mouseClick(page.view.focusProxy(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                     QPoint(x + 40, y))  # off every dot: nothing is selected
    qtbot.wait(300)
    assert evaluate(page, qtbot, "document.querySelectorAll('.leaflet-popup').length") == 0


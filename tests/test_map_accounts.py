"""Account dots on the real map page: coloured by segment, or by whether they were visited today."""

from __future__ import annotations

import json

from tests.test_api_flow import visit
from tests.test_map_page import (  # noqa: F401 - open_map is a fixture
    HOSTILE,
    evaluate,
    get,
    import_accounts,
    open_map,
    pair,
    post,
    wait_for,
)


def pixel(pane: str, lat: float, lon: float) -> str:
    """A script giving [r, g, b, a] of a pane's canvas where (lat, lon) is drawn."""
    return f"""(function () {{
        const map = campoMap.map();
        const canvas = map.getPane('{pane}').querySelector('canvas');
        const at = map.latLngToLayerPoint([{lat}, {lon}]);
        const origin = L.DomUtil.getPosition(canvas);
        return Array.from(canvas.getContext('2d').getImageData(Math.round(at.x - origin.x),
                                                               Math.round(at.y - origin.y), 1, 1).data);
    }})()"""


def blend(hex_color: str) -> list[int]:
    """The colour drawn at 85 % over the white halo."""
    rgb = [int(hex_color[i:i + 2], 16) for i in (1, 3, 5)]
    return [round(0.85 * c + 0.15 * 255) for c in rgb]


def test_accounts_are_coloured_by_segment_then_by_todays_visits(desk, qtbot, tmp_path, open_map):  # noqa: F811
    desk.add_agent("A1", "Ana Gómez")
    segments = ["Temprana", "Tardía", HOSTILE, ""]
    import_accounts(desk, tmp_path, [
        {"external_ref": f"R-{i}", "debtor_name": f"Deudor {i}", "address": f"Calle {i}",
         "lat": 4.65 + i * 0.004, "lon": -74.05, "agent_code": "A1", "segment": segment}
        for i, segment in enumerate(segments)
    ])
    token = pair(desk, "A1")
    accounts = {a["external_ref"]: a["id"] for a in get(f"{desk.api}/sync", token)["accounts"]}
    page = open_map()
    evaluate(page, qtbot, "campoMap.centerOn(4.656, -74.05, 15) || true")
    qtbot.wait(300)  # the canvas draws on the next frame

    palette = evaluate(page, qtbot, "campo.SEGMENT_COLORS")
    expected = dict(zip(sorted(s for s in segments if s), palette, strict=False))
    colors = {ref: evaluate(page, qtbot, f"campoMap.accountColor('{ident}')") for ref, ident in accounts.items()}
    assert colors == {"R-0": expected["Temprana"], "R-1": expected["Tardía"], "R-2": expected[HOSTILE],
                      "R-3": evaluate(page, qtbot, "campo.NO_SEGMENT_COLOR")}
    assert len(set(colors.values())) == 4
    for i, ref in enumerate(accounts):
        drawn = evaluate(page, qtbot, pixel("campoAccounts", 4.65 + i * 0.004, -74.05))
        assert all(abs(a - b) <= 3 for a, b in zip(drawn[:3], blend(colors[ref]), strict=True)), (ref, drawn)
    # Segment names come from the file: the legend shows them as text, sorted, with the accounts without one.
    assert evaluate(page, qtbot, "campoMap.legendAccounts()") == [*sorted(s for s in segments if s), "Sin segmento"]
    assert evaluate(page, qtbot, "window.__pwned === undefined")

    # The supervisor switches the colouring in the page's own control, as a person would.
    evaluate(page, qtbot, "(function () { const c = document.getElementById('campo-coloring');"
                          " c.value = 'visited'; c.dispatchEvent(new Event('change')); return true; })()")
    assert evaluate(page, qtbot, "campoMap.legendAccounts()") == ["Sin visita hoy", "Visitada hoy"]
    not_visited, visited = evaluate(page, qtbot, "[campo.ACCOUNT_COLOR, campo.VISITED_COLOR]")
    assert {evaluate(page, qtbot, f"campoMap.accountColor('{ident}')") for ident in accounts.values()} == {not_visited}

    post(f"{desk.api}/visits", {"visits": [visit(accounts["R-1"], 4.654, -74.05)]}, token)
    wait_for(page, qtbot, f"campoMap.accountColor('{accounts['R-1']}')", visited)
    assert evaluate(page, qtbot, f"campoMap.accountColor('{accounts['R-0']}')") == not_visited
    qtbot.wait(300)
    drawn = evaluate(page, qtbot, pixel("campoAccounts", 4.654, -74.05))
    assert all(abs(a - b) <= 3 for a, b in zip(drawn[:3], blend(visited), strict=True)), drawn

    # A reload keeps the choice and learns today's visits again from the server.
    page.reload()
    qtbot.waitUntil(lambda: evaluate(page, qtbot, "campoMap.counts().visits") == 1, timeout=10_000)
    wait_for(page, qtbot, f"campoMap.accountColor('{accounts['R-1']}')", visited)
    assert json.loads(json.dumps(evaluate(page, qtbot, "campoMap.legendAccounts()"))) == ["Sin visita hoy", "Visitada hoy"]

"""The Promesas page follows the phones: a promise made at a visit shows while the page is open, with no
click; a burst of uploads is read once."""

from __future__ import annotations

import uuid
from datetime import timedelta

from desktop.views.promises_page import LIVE_DEBOUNCE_MS
from syncserver.clock import utcnow
from tests.kpi_world import World
from tests.test_api_flow import visit
from tests.test_desktop_shell import post
from tests.test_map_page import get


def test_a_promise_made_at_a_visit_appears_on_the_open_page(desk, qtbot) -> None:
    from desktop.views.promises_page import PromisesPage

    world = World(desk.host.engine)
    world.agent("A1")
    for ref in ("P-1", "P-2", "P-3"):
        world.account(ref, None, "A1", at=utcnow() - timedelta(days=5))
    token = post(f"{desk.api}/devices/pair", {"code": desk.pairing_code("A1"),
                                             "device": {"install_id": str(uuid.uuid4())}})["token"]
    accounts = {a["external_ref"]: a for a in get(f"{desk.api}/sync", token)["accounts"]}
    page = PromisesPage(desk.host)
    qtbot.addWidget(page)
    page.status_combo.setCurrentIndex(page.status_combo.findData(None))  # every status
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        page.show()
    assert page.model.rowCount() == 0

    due = (utcnow() + timedelta(days=7)).date().isoformat()
    reads = []
    page.loaded.connect(reads.append)
    for ref in ("P-1", "P-2"):  # a burst: two promises and a plain contact, one read
        account = accounts[ref]
        answer = post(f"{desk.api}/visits", {"visits": [visit(
            account["id"], 4.65, -74.05, "promise_to_pay", promise={"amount": "150000.00", "due_date": due})]}, token)
        assert answer["results"][0]["status"] == "accepted", answer
    account = accounts["P-3"]
    post(f"{desk.api}/visits", {"visits": [visit(account["id"], 4.65, -74.05, "rpc")]}, token)
    qtbot.waitUntil(lambda: page.model.rowCount() == 2, timeout=LIVE_DEBOUNCE_MS + 10_000)
    qtbot.wait(LIVE_DEBOUNCE_MS + 500)
    assert reads == [2]  # read once for the burst; the contact without a promise asked for nothing
    assert {page.model.promise_at(r).external_ref for r in range(2)} == {"P-1", "P-2"}
    assert page.status_label.text().startswith("2 de 2 promesas")

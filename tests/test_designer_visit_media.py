"""Photo and signature answers show as thumbnails in a visit's details, read through the media service."""

from __future__ import annotations

import json
import urllib.request
import uuid
from datetime import UTC, datetime

from syncserver.media import media_id
from syncserver.visit_queries import VisitDetail
from tests.test_media import png


def upload_png(desk, data: bytes) -> str:
    paired = json.loads(urllib.request.urlopen(urllib.request.Request(
        f"{desk.api}/devices/pair", data=json.dumps({"code": desk.pairing_code("A1"),
                                                     "device": {"install_id": str(uuid.uuid4())}}).encode(),
        headers={"Content-Type": "application/json"}), timeout=10).read())
    request = urllib.request.Request(f"{desk.api}/media", data=data, headers={
        "Content-Type": "image/png", "Authorization": f"Bearer {paired['token']}"})
    with urllib.request.urlopen(request, timeout=10) as response:
        return json.loads(response.read())["id"]


def visit(answers: dict) -> VisitDetail:
    now = datetime(2026, 11, 23, 15, 0, tzinfo=UTC)
    return VisitDetail("v-1", 1, "A1", "Gestor A1", 1, "CR-001", "María Gómez", "COP", now, now, now, "rpc", None,
                       None, "inside", 12.0, 4.6, -74.1, None, (), address="Calle 1", fix_time=now, accuracy_m=5.0,
                       mock=False, answers=answers, notes=None)


def test_photos_and_signatures_show_as_thumbnails_and_missing_ones_say_so(desk, qtbot):
    from desktop.views.visit_details import VisitDetails

    desk.add_agent("A1")
    photo = upload_png(desk, png(400, 200, seed=3))
    signature = upload_png(desk, png(90, 30, seed=4))
    assert photo == media_id(png(400, 200, seed=3))
    absent = "f" * 64
    details = VisitDetails(host=desk.host)
    qtbot.addWidget(details)
    details.show_visit(visit({
        "attended_by": "titular", "facade_photo": {"media_id": photo}, "signature": {"media_id": signature},
        "references": [{"name": "Luz", "ref_photo": {"media_id": absent}}],
    }), lambda moment: moment)
    table = details.answers
    assert table.rowCount() == 5 and table.item(4, 0).text() == "references[0].ref_photo"
    qtbot.waitUntil(lambda: table.cellWidget(1, 1) is not None and table.cellWidget(2, 1) is not None, timeout=5000)
    shown = table.cellWidget(1, 1).pixmap()
    assert (shown.width(), shown.height()) == (160, 80)  # 400×200 shrunk to the thumbnail's size
    assert (table.cellWidget(2, 1).pixmap().width(), table.cellWidget(2, 1).pixmap().height()) == (90, 30)  # never enlarged
    assert table.item(0, 1).text() == "titular" and table.cellWidget(0, 1) is None
    qtbot.waitUntil(lambda: table.item(4, 1).text() == "Foto o firma aún no recibida", timeout=5000)

    details.show_visit(visit({"notes": "sin fotos"}), lambda moment: moment)
    assert table.rowCount() == 1 and table.cellWidget(0, 1) is None

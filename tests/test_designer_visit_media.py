"""Photo and signature answers show as thumbnails in a visit's details, read through the media service."""

from __future__ import annotations

import json
import urllib.request
import uuid
from datetime import UTC, date, datetime

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


def test_a_visit_reads_in_the_words_of_the_version_it_was_filled_with_however_old(server, qtbot):
    from desktop.views.visit_details import VisitDetails
    from syncserver.questionnaire_setup import export_definition
    from syncserver.questionnaires import publish, save_draft
    from syncserver.visit_queries import get_visit
    from tests.test_questionnaires_server_ingest import _at, _promise_answers, _ready, _send

    token, accounts, v1 = _ready(server)
    sent = _at(accounts[0], outcome="promise_to_pay", questionnaire_version_id=v1, answers=_promise_answers(),
               promise={"amount": "500000.00", "due_date": _promise_answers()["promise_date"]})
    [result] = _send(server, token, sent)
    assert result["status"] == "accepted", result
    qid = int(server.request("GET", "/sync", token=token).body["questionnaires"][0]["questionnaire_id"])
    newer = export_definition(server.engine, qid)
    newer["fields"][1]["label"]["es"] = "¿Quién abrió la puerta?"
    newer["fields"][1]["choices"][0]["label"]["es"] = "El deudor en persona"
    save_draft(server.engine, qid, newer)
    assert publish(server.engine, qid).version.version == 2

    details = VisitDetails()
    qtbot.addWidget(details)
    details.show_visit(get_visit(server.engine, sent["id"]), lambda moment: moment)
    assert details.fields["questionnaire"].text() == "Visita de cobranza v1"
    table = details.answers
    shown = [(table.item(row, 0).text(), table.item(row, 1).text()) for row in range(table.rowCount())]
    assert shown == [  # the version's order and words, not the keys and codes it stored
        ("¿Quién atendió?", "El titular"), ("Motivo del no pago", "Desempleo"), ("¿Promete pagar?", "Sí"),
        ("Monto prometido", "500.000,00 COP"),
        ("Fecha de pago prometida", date.fromisoformat(_promise_answers()["promise_date"]).strftime("%d/%m/%Y"))]
    assert table.item(0, 0).toolTip() == "attended_by"


def test_repeat_items_and_choices_are_named_by_the_version():
    from desktop.views.visit_answer_rows import answer_rows

    definition = {"fields": [
        {"type": "select_multiple", "key": "assets", "label": {"es": "Bienes"},
         "choices": [{"code": "casa", "label": {"es": "Casa"}}, {"code": "moto", "label": {"es": "Moto"}}]},
        {"type": "repeat", "key": "refs", "label": {"es": "Referencia"}, "children": [
            {"type": "text", "key": "name", "label": {"es": "Nombre"}}]}]}
    rows = answer_rows(definition, {"refs": [{"name": "Luz"}, {"name": "Leo"}], "assets": ["moto"], "old": 1})
    assert [(r.path, r.question, r.value) for r in rows] == [
        ("assets", "Bienes", ["moto"]), ("refs[0].name", "Referencia 1 › Nombre", "Luz"),
        ("refs[1].name", "Referencia 2 › Nombre", "Leo"), ("old", "old", 1)]
    assert rows[0].choices == {"casa": "Casa", "moto": "Moto"}
    assert [r.question for r in answer_rows({"fields": "unreadable"}, {"a": 1})] == ["a"]

"""Photos and signatures from the reference device to a real server: media first, then the visit."""

from __future__ import annotations

import asyncio
import json
import random
from datetime import UTC, datetime

import pytest
from sqlalchemy import insert, select, update

from mobile_protocol.device.cli import main
from mobile_protocol.device.client import make_session
from mobile_protocol.device.media import (
    MediaFileError,
    file_answers,
    looks_like_image,
    media_id,
    tiny_png,
)
from mobile_protocol.device.outbox import Outbox
from mobile_protocol.device.pairing import connect
from mobile_protocol.device.push import push_outbox
from mobile_protocol.device.state import DeviceState
from mobile_protocol.device.visit import build_visit
from mobile_protocol.device.walk import plan_walk
from mobile_protocol.questionnaire import default_questionnaire, media_ids
from syncserver.clock import utcnow
from syncserver.db.models import Account as AccountRow
from syncserver.db.models import Questionnaire as QuestionnaireRow
from syncserver.db.models import QuestionnaireVersion as VersionRow
from syncserver.db.models import Visit as VisitRow

HOME = (4.65, -74.05)


def world(server, tmp_path, capsys, accounts: int = 3) -> DeviceState:
    """Agent A1 with accounts on the shipped questionnaire, and a paired, synced device."""
    server.add_agent("A1")
    server.add_accounts([{"external_ref": f"R{i}", "debtor_name": f"Deudor {i}", "address": "Calle 1",
                          "lat": HOME[0] + i * 0.004, "lon": HOME[1], "balance": "500000.00", "agent_code": "A1"}
                         for i in range(accounts)])
    with server.engine.begin() as conn:  # a published version, as `campo-server questionnaires publish` makes
        qid = conn.execute(insert(QuestionnaireRow).values(name="Visita", created_at=utcnow())
                           .returning(QuestionnaireRow.id)).scalar_one()
        conn.execute(insert(VersionRow).values(questionnaire_id=qid, version=1, title="Visita de cobranza",
                                               definition=default_questionnaire(), published_at=utcnow()))
        conn.execute(update(AccountRow).values(questionnaire_id=qid))
    state_dir = str(tmp_path / "device")
    assert main(["--state-dir", state_dir, "pair", server.url, server.pairing_code("A1")]) == 0
    assert main(["--state-dir", state_dir, "sync"]) == 0
    capsys.readouterr()
    return DeviceState.in_dir(tmp_path / "device")


async def push(state: DeviceState, visits=None):
    """Push the outbox (or post `visits` directly and return the raw response) over real HTTP."""
    async with make_session() as session:
        client, health = await connect(state, session)
        if visits is not None:
            return await client.post_visits(visits)
        return await push_outbox(Outbox(state), client, health.limits)


def stored_answers(server) -> dict[str, dict]:
    with server.engine.connect() as conn:
        return {vid: answers for vid, answers in conn.execute(select(VisitRow.id, VisitRow.answers))}


def test_tiny_png_is_an_image_and_ids_are_sha256():
    data = tiny_png(random.Random(1))
    assert looks_like_image(data) and data[12:16] == b"IHDR" and data.endswith(b"IEND\xaeB`\x82")
    assert len(media_id(data)) == 64 and media_id(data) != media_id(tiny_png(random.Random(2)))


def test_file_answers_become_media_ids(tmp_path):
    (tmp_path / "front.png").write_bytes(tiny_png(random.Random(3)))
    (tmp_path / "note.txt").write_text("not an image")
    answers, files = file_answers({"facade_photo": {"file": "front.png"}, "notes": "x",
                                   "refs": [{"page": {"file": "front.png"}}]}, tmp_path)
    (identifier,) = files
    assert answers == {"facade_photo": {"media_id": identifier}, "notes": "x", "refs": [{"page": {"media_id": identifier}}]}
    with pytest.raises(MediaFileError, match="note.txt is not a JPEG or PNG image"):
        file_answers({"facade_photo": {"file": "note.txt"}}, tmp_path)
    with pytest.raises(MediaFileError, match="cannot read media file"):
        file_answers({"facade_photo": {"file": "missing.jpg"}}, tmp_path)


def test_visit_with_a_photo_file_uploads_it_first_and_is_accepted(server, tmp_path, capsys):
    state = world(server, tmp_path, capsys)
    account = state.accounts()[0]
    (tmp_path / "front.png").write_bytes(tiny_png(random.Random(4)))
    answers_file = tmp_path / "answers.json"
    answers_file.write_text(json.dumps({"attended_by": "nadie", "facade_photo": {"file": "front.png"}}))
    state_dir = str(tmp_path / "device")
    assert main(["--state-dir", state_dir, "visit", account.id, "--lat", str(account.location.lat),
                 "--lon", str(account.location.lon), "--accuracy", "8", "--answers", str(answers_file)]) == 0
    assert "(no_contact; geofence inside" in capsys.readouterr().out
    outbox = Outbox(state)
    assert outbox.media_count() == 1 and outbox.counts() == (0, 1)
    assert main(["--state-dir", state_dir, "status"]) == 0
    assert "outbox:       1 media, 0 positions, 1 visits" in capsys.readouterr().out
    assert main(["--state-dir", state_dir, "push"]) == 0
    assert "media 1/0" in capsys.readouterr().out
    assert outbox.media_count() == 0 and outbox.counts() == (0, 0) and outbox.dead_letters() == []
    (stored,) = stored_answers(server).values()
    assert stored["facade_photo"] == {"media_id": media_id((tmp_path / "front.png").read_bytes())}


def test_a_walk_uploads_its_photos_and_signatures_before_the_visits(server, tmp_path, capsys):
    state = world(server, tmp_path, capsys, accounts=6)
    outbox = Outbox(state)
    images = random.Random(6)
    plan = plan_walk(state.accounts(), end_time=datetime.now(UTC), minutes=90, interval_s=60, seed=3,
                     speed_kmh=20, questionnaire_for=state.latest_questionnaire,
                     media_for=lambda _kind: outbox.add_media(tiny_png(images)))
    named = {m for v in plan.visits for m in media_ids(default_questionnaire(), v.answers)}
    assert len(plan.visits) == 6 and named and outbox.media_count() == len(named)
    outbox.add_visits(plan.visits)
    report = asyncio.run(push(state))
    assert report.error is None and report.media_uploaded == len(named)
    assert report.visits_accepted == 6 and outbox.dead_letters() == []
    stored = stored_answers(server)
    assert {m for answers in stored.values() for m in media_ids(default_questionnaire(), answers)} == named


def test_visits_naming_media_the_server_lacks(server, tmp_path, capsys):
    state = world(server, tmp_path, capsys)
    outbox = Outbox(state)
    photo = tiny_png(random.Random(7))
    account = state.accounts()[0]
    now = datetime.now(UTC)

    def visit():
        made, _ = build_visit(account, outcome=None, lat=account.location.lat, lon=account.location.lon,
                              accuracy_m=5, fix_time=now, started_at=now, finished_at=now,
                              questionnaire=state.latest_questionnaire(account.questionnaire_id),
                              answers={"attended_by": "nadie", "facade_photo": {"media_id": media_id(photo)}})
        return made

    lost = visit()  # its file is neither on the server nor queued: it can never be accepted
    outbox.add_visits([lost])
    report = asyncio.run(push(state))
    assert (report.visits_rejected, report.visits_waiting_media) == (1, 0)
    (letter,) = outbox.dead_letters()
    assert letter.item_key == lost.id and [(e.path, e.code) for e in letter.errors] == [
        ("answers.facade_photo", "media_missing")]

    early = visit()  # sent while its file is still queued (a race): kept, then sent after the file
    response = asyncio.run(push(state, [early]))
    outbox.add_media(photo)
    outbox.add_visits([early])
    ack = outbox.ack_visits([early], response)
    assert (ack.waiting_media, ack.rejected, outbox.counts()) == (1, 0, (0, 1))
    report = asyncio.run(push(state))
    assert (report.media_uploaded, report.visits_accepted, outbox.counts()) == (1, 1, (0, 0))
    assert len(outbox.dead_letters()) == 1


def test_a_file_the_server_refuses_becomes_a_dead_letter(server, tmp_path, capsys):
    state = world(server, tmp_path, capsys)
    outbox = Outbox(state)
    fake = b"\x89PNG\r\n\x1a\n" + b"not really a png"
    identifier = outbox.add_media(fake)
    report = asyncio.run(push(state))
    assert (report.media_rejected, report.error, outbox.media_count()) == (1, None, 0)
    (letter,) = outbox.dead_letters()
    assert (letter.kind, letter.item_key, letter.code) == ("media", identifier, "unsupported_media_type")
    assert json.loads(bytes(letter.body)) == {"id": identifier, "size": len(fake)}

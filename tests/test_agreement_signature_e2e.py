"""The debtor signs on the agent's phone, the agreement is printed at the office with that signature on it.

Real parts end to end: the desktop app with its embedded server on 127.0.0.1, the reference device
(`campo-device`) pairing, syncing, capturing a promise visit whose signature field is a PNG drawn on
the phone, uploading the file and the visit over HTTP; the office makes the agreement from that visit
and prints it from the Convenios page; the PDF carries that very image.
"""

from __future__ import annotations

import hashlib
import json
import zlib
from datetime import timedelta
from decimal import Decimal

from pypdf import PdfReader
from sqlalchemy import insert, select, update

from mobile_protocol.device.cli import main as device_main
from mobile_protocol.device.state import DeviceState
from mobile_protocol.questionnaire import default_questionnaire
from syncserver.accounts_import import apply_import, parse_accounts_file
from syncserver.agreements import AgreementTerms, create_agreement, get_agreement
from syncserver.clock import utcnow
from syncserver.db.models import Account, Questionnaire, QuestionnaireVersion, Visit


def _signature_png(width: int = 240, height: int = 80) -> bytes:
    """A white strip with a dark diagonal stroke, as a signature pad would give (plain zlib PNG, no Qt)."""
    rows = []
    for y in range(height):
        row = bytearray(b"\x00")
        for x in range(width):
            ink = abs(y - (height - 1) * (1 - x / (width - 1))) < 3
            row += b"\x1a\x23\x7e" if ink else b"\xff\xff\xff"
        rows.append(bytes(row))

    def chunk(kind: bytes, data: bytes) -> bytes:
        return len(data).to_bytes(4, "big") + kind + data + zlib.crc32(kind + data).to_bytes(4, "big")

    header = width.to_bytes(4, "big") + height.to_bytes(4, "big") + b"\x08\x02\x00\x00\x00"
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(b"".join(rows)))
            + chunk(b"IEND", b""))


def test_a_signature_captured_on_the_device_is_drawn_on_the_printed_agreement(desk, qtbot, tmp_path, capsys):
    from desktop.views.agreements_page import AgreementsPage

    engine = desk.host.engine
    desk.add_agent("A1", "Ana Ruiz")
    accounts_csv = tmp_path / "cartera.csv"
    accounts_csv.write_text("external_ref,debtor_name,address,lat,lon,balance,currency,days_past_due,agent_code\n"
                            "CR-900,María Fernanda Gómez Rojas,Calle 45 # 12-30,4.65,-74.05,1250000.00,COP,30,A1\n",
                            encoding="utf-8")
    plan = parse_accounts_file(accounts_csv, engine)
    assert not plan.errors, plan.errors
    apply_import(engine, plan)
    with engine.begin() as conn:  # the shipped questionnaire, with its "signature" field, published
        qid = conn.execute(insert(Questionnaire).values(name="Visita", created_at=utcnow())
                           .returning(Questionnaire.id)).scalar_one()
        conn.execute(insert(QuestionnaireVersion).values(questionnaire_id=qid, version=1, title="Visita de cobranza",
                                                         definition=default_questionnaire(), published_at=utcnow()))
        conn.execute(update(Account).values(questionnaire_id=qid))

    phone = str(tmp_path / "phone")
    server_url = f"http://127.0.0.1:{desk.host.port}"
    assert device_main(["--state-dir", phone, "pair", server_url, desk.pairing_code("A1")]) == 0
    assert device_main(["--state-dir", phone, "sync"]) == 0
    state = DeviceState.in_dir(tmp_path / "phone")
    try:
        (account,) = state.accounts()
    finally:
        state.close()
    png = _signature_png()
    (tmp_path / "firma.png").write_bytes(png)
    due = (utcnow() + timedelta(days=5)).date().isoformat()
    answers = tmp_path / "answers.json"
    answers.write_text(json.dumps({"attended_by": "titular", "non_payment_reason": "menos_ingresos",
                                   "promises_payment": True, "promise_amount": "200000.00", "promise_date": due,
                                   "signature": {"file": "firma.png"}}))
    assert device_main(["--state-dir", phone, "visit", account.id, "--lat", str(account.location.lat),
                        "--lon", str(account.location.lon), "--accuracy", "8", "--outcome", "promise_to_pay",
                        "--promise", "200000", due, "--answers", str(answers)]) == 0
    assert device_main(["--state-dir", phone, "push"]) == 0
    capsys.readouterr()
    with engine.connect() as conn:
        visit_id, stored = conn.execute(select(Visit.id, Visit.answers)).one()
        account_id = conn.scalar(select(Account.id))
    assert stored["signature"] == {"media_id": hashlib.sha256(png).hexdigest()}  # the file, by its SHA-256

    agreement = create_agreement(engine, account_id, AgreementTerms(
        Decimal("1250000"), Decimal("200000"), 3, "monthly", utcnow().date() + timedelta(days=1)),
        visit_id=visit_id, actor=desk.host.actor)
    assert get_agreement(engine, agreement).signature_media_id == hashlib.sha256(png).hexdigest()
    page = AgreementsPage(desk.host)
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.detail_shown, timeout=10_000):
        page.show()
        page.reload(show=agreement)
    assert page.details.fields["signature"].text() == "Capturada en la visita"
    path = tmp_path / "convenio.pdf"
    with qtbot.waitSignal(page.printed, timeout=10_000):
        page.print_agreement(str(path))
    reader = PdfReader(path)
    text = " ".join(" ".join(p.extract_text() for p in reader.pages).split())
    assert "María Fernanda Gómez Rojas" in text and "CONVENIO DE PAGO" in text
    (image,) = [image for p in reader.pages for image in p.images]  # the one image: the debtor's signature
    drawn = image.image.convert("L")
    assert drawn.size[0] / drawn.size[1] == 240 / 80  # the phone's strip, not some other picture
    dark = sum(drawn.histogram()[:100])
    assert 0.01 < dark / (drawn.size[0] * drawn.size[1]) < 0.2  # its stroke came through

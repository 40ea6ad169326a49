"""The e-mails' words match the desktop's (Spanish sources and their English translations), and their content."""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal
from email import message_from_bytes, policy
from zoneinfo import ZoneInfo

from mobile_protocol.messages import OUTCOMES
from syncserver.mail_content import first_photo, message_id, visit_message
from syncserver.mail_settings import VISIT_FLAGS
from syncserver.mail_words import ENGLISH, SPANISH, format_money
from syncserver.visit_queries import VisitDetail
from mobile_protocol.questionnaire.default import default_questionnaire


def labels():
    from desktop.visit_labels import flag_words, outcome_labels, verdict_labels

    return outcome_labels(), verdict_labels(), {code: sentence for code, (_, sentence) in flag_words().items()}


def test_spanish_and_english_words_are_the_desktops(qapp):
    from desktop.app import install_translator

    assert labels() == (SPANISH.outcomes, SPANISH.verdicts, SPANISH.flags)
    translator = install_translator(qapp, "en")
    try:
        assert labels() == (ENGLISH.outcomes, ENGLISH.verdicts, ENGLISH.flags)
    finally:
        qapp.removeTranslator(translator)
    assert set(SPANISH.outcomes) == set(OUTCOMES) and set(SPANISH.flags) == set(VISIT_FLAGS)
    assert SPANISH.phrases.keys() == ENGLISH.phrases.keys()


def detail(**changes) -> VisitDetail:
    moment = datetime(2026, 11, 23, 15, 30, tzinfo=UTC)
    values = dict(id="v-1", agent_id=1, agent_code="A1", agent_name="Ana Ruiz", account_id=1, external_ref="CR-9",
                  debtor_name="José Pérez", currency="COP", started_at=moment, finished_at=moment,
                  received_at=moment, outcome="promise_to_pay", promise_amount=Decimal("1234567.50"),
                  promise_due=date(2026, 11, 30), verdict="outside", distance_m=312.4, lat=4.6, lon=-74.1,
                  corrects=None, flags=("outside_geofence", "mock_location"), address="Cra 7 # 10-20",
                  fix_time=moment, accuracy_m=8.0, mock=True, answers={}, notes=None)
    values.update(changes)
    return VisitDetail(**values)


def test_the_summary_in_local_time_with_money_and_flags_in_each_language():
    for language, expected in (("es", ["Hora: 23/11/2026 10:30–10:30 (America/Bogota)",
                                       "Promesa: 1.234.567,50 COP, vence 30/11/2026",
                                       "Geocerca: Fuera de la geocerca (a 312 m)",
                                       "Alertas: Fuera de la geocerca: la visita"]),
                               ("en", ["Time: 2026-11-23 10:30–10:30 (America/Bogota)",
                                       "Promise: 1,234,567.50 COP, due 2026-11-30",
                                       "Geofence: Outside the geofence (312 m away)",
                                       "Flags: Outside the geofence: the visit"])):
        message = visit_message(detail(), sender="c@b.co", recipients=("s@b.co",), language=language,
                                branch_name="Norte", zone=ZoneInfo("America/Bogota"), server_id="srv", photo=None)
        parsed = message_from_bytes(message.as_bytes(), policy=policy.default)
        text = parsed.get_body(("plain",)).get_content()
        for line in expected:
            assert line in text, (line, text)
        assert parsed["Message-ID"] == message_id("srv", "v-1") == "<visit-v-1@srv.campo>"


def test_a_line_break_in_a_name_cannot_add_a_header():
    message = visit_message(detail(debtor_name="Ana\r\nBcc: todos@ejemplo.com"), sender="c@b.co", recipients=("s@b.co",),
                            language="es", branch_name="N", zone=ZoneInfo("UTC"), server_id="srv", photo=None)
    parsed = message_from_bytes(message.as_bytes(), policy=policy.default)
    assert parsed["Bcc"] is None and parsed["Subject"] == "Visita terminada: Ana Bcc: todos@ejemplo.com — Promesa de pago"


def test_the_first_photo_in_questionnaire_order_is_the_one_shown_and_signatures_are_not_photos():
    definition = default_questionnaire()
    photo, signature = "a" * 64, "b" * 64
    assert first_photo(definition, {"signature": {"media_id": signature}}) is None
    assert first_photo(definition, {"signature": {"media_id": signature}, "facade_photo": {"media_id": photo}}) == photo
    assert first_photo(definition, {"facade_photo": {"media_id": "not-an-id"}}) is None
    assert first_photo(None, {"facade_photo": {"media_id": photo}}) is None
    assert format_money(Decimal("5"), "USD", "en") == "5.00 USD"

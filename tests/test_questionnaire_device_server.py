"""Property tests: the reference device accepts a visit's answers exactly when the server does.

The device side is `build_visit` as `campo-device visit --answers` runs it (the account as synced,
the branch-local day of the visit); the server side is the ingest's `answer_errors` on the visit
as it arrives over the wire (JSON), with the account's database row and the branch's time zone,
media uploaded first as the device does. Random definitions and answer sets, valid and broken,
and the shipped questionnaire with dates around the visit's day in zones either side of UTC.
"""

from __future__ import annotations

import random
import uuid
from datetime import UTC, datetime, timedelta

import msgspec
import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st
from sqlalchemy import insert, select

from mobile_protocol.device.answers import sample_answers
from mobile_protocol.device.visit import AnswersRefused, build_visit, local_day
from mobile_protocol.messages import Account, Geofence, LatLon, QuestionnaireVersion, Visit, VisitLocation
from mobile_protocol.questionnaire import default_questionnaire, derive_outcome, media_ids, parse_definition, promise_message
from syncserver.db.bootstrap import open_database
from syncserver.db.models import Account as AccountRow
from syncserver.db.models import Media
from syncserver.visit_answers import answer_errors
from tests.test_questionnaire_properties import definitions, flat, valid_answers

ZONES = ["America/Bogota", "Asia/Tokyo", "UTC"]
BALANCE = "250000.00"
DEVICE_ACCOUNT = Account(id="1", external_ref="CR-1", debtor_name="Ana", address="Calle 1", location=LatLon(lat=4.65, lon=-74.05),
                         geofence=Geofence(radius_m=75.0), balance=BALANCE, currency="COP", days_past_due=40,
                         segment=None, questionnaire_id="1", visit_order=None)
CHECKED = settings(max_examples=80, deadline=None,
                   suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
WIRE = msgspec.json.Decoder(Visit)


@pytest.fixture(scope="module")
def branch(tmp_path_factory):
    """A branch database holding the visited account; its row as the ingest reads it."""
    engine = open_database(tmp_path_factory.mktemp("branch"))
    now = datetime(2026, 11, 1, tzinfo=UTC)
    with engine.begin() as conn:
        conn.execute(insert(AccountRow).values(id=1, external_ref="CR-1", debtor_name="Ana", address="Calle 1",
                                               balance=BALANCE, currency="COP", days_past_due=40, updated_at=now))
        row = conn.execute(select(AccountRow.__table__).where(AccountRow.id == 1)).one()
    yield engine, row
    engine.dispose()


def moments() -> st.SearchStrategy[datetime]:
    """Visit starts on any hour of a few days, so the local day differs from UTC's either way."""
    return st.builds(lambda day, minute: datetime(2026, 11, 20, tzinfo=UTC) + timedelta(days=day, minutes=minute),
                     st.integers(0, 4), st.integers(0, 24 * 60 - 1))


def device_verdict(definition, answers, started: datetime, zone: str) -> tuple[list[str], Visit]:
    """The paths the device refuses (none: accepted) and the visit it sends, as the server decodes it."""
    version = QuestionnaireVersion(id="7", questionnaire_id="1", version=1, title="Q", published_at=started,
                                   definition=definition)
    day = local_day(started, zone)
    mapped = derive_outcome(definition, answers, DEVICE_ACCOUNT, today=day)
    try:
        visit, _ = build_visit(DEVICE_ACCOUNT, outcome=None if mapped.outcome else "rpc", lat=4.65, lon=-74.05,
                               accuracy_m=5, fix_time=started, started_at=started, finished_at=started,
                               answers=answers, questionnaire=version, today=day, force=True,
                               visit_id=str(uuid.uuid4()))
        refused: list[str] = []
    except AnswersRefused as exc:  # the phone would not send it; the server sees it anyway
        refused = [e.path for e in exc.errors]
        promise = promise_message(mapped.promise) if mapped.promise else None
        visit = Visit(id=str(uuid.uuid4()), account_id="1", started_at=started, finished_at=started,
                      location=VisitLocation(lat=4.65, lon=-74.05, accuracy_m=5, fix_time=started),
                      outcome=mapped.outcome or "rpc", promise=promise, answers=answers, questionnaire_version_id="7")
    return refused, WIRE.decode(msgspec.json.encode(visit))


def server_verdict(branch, definition, visit: Visit, zone: str) -> list[str]:
    """The paths the server's ingest rejects, after the device uploaded the visit's media."""
    engine, row = branch
    parsed = parse_definition(definition)
    with engine.begin() as conn:
        for media_id in media_ids(parsed, visit.answers):  # upload first, then the visit
            if conn.scalar(select(Media.sha256).where(Media.sha256 == media_id)) is None:
                conn.execute(insert(Media).values(sha256=media_id, mime="image/png", size=1, received_at=visit.started_at))
        return [e.path for e in answer_errors(conn, visit, parsed, row, zone)]


def broken(data, specs, answers: dict) -> dict:
    """The answers as they are, or with one thing wrong: an unknown key, a bad value, an answer too many or too few."""
    fields = flat(specs)
    answered = [s for s in fields if s.key in answers and s.invalid]
    required = [s for s in answered if s.raw.get("required")]
    how = data.draw(st.sampled_from(["none", "none", "unknown"] + (["wrong"] if answered else [])
                                    + (["drop"] if required else [])))
    answers = dict(answers)
    if how == "unknown":
        answers["not_a_field"] = 1
    elif how == "wrong":
        spec = data.draw(st.sampled_from(answered))
        answers[spec.key] = data.draw(st.sampled_from(spec.invalid))
    elif how == "drop":
        del answers[data.draw(st.sampled_from(required)).key]
    return answers


@CHECKED
@given(st.data(), moments(), st.sampled_from(ZONES))
def test_the_device_accepts_exactly_what_the_server_accepts(branch, data, started, zone):
    definition, specs = data.draw(definitions())
    answers = broken(data, specs, data.draw(valid_answers(specs)))
    refused, visit = device_verdict(definition, answers, started, zone)
    assert server_verdict(branch, definition, visit, zone) == refused
    event("refused" if refused else "accepted")


@CHECKED
@given(st.data(), moments(), st.sampled_from(ZONES), st.integers(0, 2**32))
def test_the_shipped_questionnaire_judges_dates_by_the_same_day_on_both_sides(branch, data, started, zone, seed):
    definition = default_questionnaire()
    rng = random.Random(seed)
    day = local_day(started, zone)
    answers = sample_answers(definition, rng, day, DEVICE_ACCOUNT)
    for key in ("promise_date", "next_contact"):  # the day before, of, or after the visit
        if key in answers:
            answers[key] = (day + timedelta(days=data.draw(st.integers(-1, 1)))).isoformat()
    if "promise_amount" in answers and data.draw(st.booleans()):
        answers["promise_amount"] = data.draw(st.sampled_from(["249999.99", BALANCE, "250000.01", "0.50"]))
    refused, visit = device_verdict(definition, answers, started, zone)
    assert server_verdict(branch, definition, visit, zone) == refused
    event("refused" if refused else "accepted")
    if answers.get("promise_date", "9999") < day.isoformat():
        assert "answers.promise_date" in refused


def test_a_device_judging_by_its_utc_day_would_disagree_with_the_server(branch):
    """What the properties guard: at 21:00 in Bogotá (02:00 UTC the next day) a promise for today is valid."""
    started = datetime(2026, 11, 23, 2, 0, tzinfo=UTC)
    answers = {"attended_by": "titular", "non_payment_reason": "olvido", "promises_payment": True,
               "promise_amount": "1000.00", "promise_date": "2026-11-22"}
    refused, visit = device_verdict(default_questionnaire(), answers, started, "America/Bogota")
    assert refused == [] and server_verdict(branch, default_questionnaire(), visit, "America/Bogota") == []
    refused_by_utc, _ = device_verdict(default_questionnaire(), answers, started, "UTC")
    assert refused_by_utc == ["answers.promise_date"]

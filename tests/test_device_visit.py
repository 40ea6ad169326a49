"""Building a visit on the device: geofence refusal, promise rules, questionnaire answers."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal

import pytest

from mobile_protocol.device import cli
from mobile_protocol.device.outbox import Outbox
from mobile_protocol.device.state import DeviceState
from mobile_protocol.device.visit import VisitRefused, build_visit, parse_promise
from mobile_protocol.device.walk import offset, plan_walk
from mobile_protocol.messages import Geofence, QuestionnaireVersion
from mobile_protocol.questionnaire import (
    check_outcome,
    default_questionnaire,
    validate_answers,
)
from tests.test_device_state import PAIRING, account, questionnaire, sync

NOW = datetime(2026, 11, 23, 15, 0, tzinfo=UTC)
HOME = account("1", 4.65, -74.05, radius_m=75.0)


def make(target=HOME, *, north_m: float = 0.0, accuracy: float = 10.0, **options):
    lat, lon = offset(4.65, -74.05, north_m, 0.0)
    options.setdefault("outcome", "rpc")
    return build_visit(target, lat=lat, lon=lon, accuracy_m=accuracy, fix_time=NOW - timedelta(minutes=5),
                       started_at=NOW - timedelta(minutes=5), finished_at=NOW, **options)


def test_inside_visit_carries_the_local_verdict():
    visit, verdict = make(north_m=20, notes="todo bien")
    assert verdict.verdict == "inside" and visit.device_geofence == "inside"
    assert visit.account_id == "1" and visit.outcome == "rpc" and visit.promise is None
    assert visit.location.fix_time == NOW - timedelta(minutes=5) and visit.location.mock is None
    assert visit.notes == "todo bien" and len(visit.id) == 36 and visit.id[14] == "4"


def test_outside_is_refused_unless_forced():
    with pytest.raises(VisitRefused, match="outside account 1's geofence"):
        make(north_m=300)
    visit, verdict = make(north_m=300, force=True, mock=True)
    assert verdict.verdict == "outside" and visit.device_geofence == "outside" and visit.location.mock is True


def test_uncertain_is_allowed():
    visit, _ = make(north_m=70, accuracy=20)
    assert visit.device_geofence == "uncertain"


def test_polygon_and_default_radius_and_no_location():
    square = [[[-74.051, 4.649], [-74.049, 4.649], [-74.049, 4.651], [-74.051, 4.651], [-74.051, 4.649]]]
    fenced = account("2", 4.65, -74.05)
    fenced.geofence = Geofence(polygon=square)
    assert make(fenced, accuracy=5)[1].verdict == "inside"
    default = account("3", 4.65, -74.05, radius_m=None)
    assert make(default, north_m=150, accuracy=5, default_radius_m=200.0)[1].verdict == "inside"
    nowhere = account("4", None)
    visit, verdict = make(nowhere)
    assert verdict.verdict == "no_location" and visit.device_geofence is None


def test_promise_only_with_promise_to_pay():
    promise = parse_promise("150000", "2026-12-01")
    visit, _ = make(outcome="promise_to_pay", promise=promise)
    assert visit.promise.amount == "150000.00" and visit.promise.due_date == date(2026, 12, 1)
    with pytest.raises(VisitRefused, match="needs a promise"):
        make(outcome="promise_to_pay")
    with pytest.raises(VisitRefused, match="only with outcome promise_to_pay"):
        make(outcome="rpc", promise=promise)
    with pytest.raises(VisitRefused, match="before the visit"):
        make(outcome="promise_to_pay", promise=parse_promise("1", "2026-11-01"))


@pytest.mark.parametrize("amount, due, problem", [
    ("abc", "2026-12-01", "not a decimal"),
    ("0", "2026-12-01", "more than zero"),
    ("-5", "2026-12-01", "more than zero"),
    ("NaN", "2026-12-01", "more than zero"),
    ("10", "1/12/2026", "not a date"),
])
def test_bad_promise_input(amount, due, problem):
    with pytest.raises(VisitRefused, match=problem):
        parse_promise(amount, due)


def test_unknown_outcome_and_impossible_times():
    with pytest.raises(VisitRefused, match="unknown outcome"):
        make(outcome="paid")
    with pytest.raises(VisitRefused, match="finish before"):
        build_visit(HOME, outcome="rpc", lat=4.65, lon=-74.05, accuracy_m=5, fix_time=NOW,
                    started_at=NOW, finished_at=NOW - timedelta(minutes=1))


def test_answers_are_checked_against_the_questionnaire_version():
    version = questionnaire("v3", fields=[
        {"key": "contacted", "type": "boolean", "required": True},
        {"key": "amount", "type": "integer", "min": 0},
    ])
    visit, _ = make(questionnaire=version, answers={"contacted": True, "amount": 3})
    assert visit.questionnaire_version_id == "v3" and visit.answers == {"contacted": True, "amount": 3}
    with pytest.raises(VisitRefused, match=r"(?s)answers.color: not a field.*answers.contacted: required"):
        make(questionnaire=version, answers={"color": "red"})


# --- the default questionnaire on the device ---------------------------------------------------

DEFAULT = QuestionnaireVersion(id="41", questionnaire_id="q1", version=1, title="Visita de cobranza",
                               published_at=NOW, definition=default_questionnaire())
OWED = account("7", 4.65, -74.05, radius_m=75.0, balance="500000.00", questionnaire_id="q1")
PROMISE = {"attended_by": "titular", "non_payment_reason": "olvido", "promises_payment": True,
           "promise_amount": "120000.00", "promise_date": "2026-11-30"}


def test_outcome_and_promise_come_from_the_answers():
    visit, _ = make(OWED, outcome=None, questionnaire=DEFAULT, answers=PROMISE)
    assert visit.outcome == "promise_to_pay" and visit.questionnaire_version_id == "41"
    assert (visit.promise.amount, visit.promise.due_date) == ("120000.00", date(2026, 11, 30))
    visit, _ = make(OWED, outcome="third_party", questionnaire=DEFAULT, answers={"attended_by": "familiar"})
    assert visit.outcome == "third_party" and visit.promise is None
    with pytest.raises(VisitRefused, match="the outcome comes from the answers here: outcome: the answers say rpc"):
        make(OWED, outcome="no_contact", questionnaire=DEFAULT,
             answers={"attended_by": "titular", "non_payment_reason": "olvido", "promises_payment": False})
    with pytest.raises(VisitRefused, match=r"promise.amount: the answers say 120000.00"):
        make(OWED, outcome=None, questionnaire=DEFAULT, answers=PROMISE,
             promise=parse_promise("99", date(2026, 11, 30)))
    with pytest.raises(VisitRefused, match=r"give the outcome \(--outcome\)"):
        make(HOME, outcome=None)


def test_the_geofence_is_checked_before_the_answers():
    with pytest.raises(VisitRefused, match="outside account 7's geofence"):
        make(OWED, north_m=300, outcome=None, questionnaire=DEFAULT, answers={"bogus": 1})


def test_answers_are_checked_with_the_account_and_the_visits_day():
    too_much = dict(PROMISE, promise_amount="500000.01")
    with pytest.raises(VisitRefused, match=r"answers.promise_amount \(Promised amount\): Cannot exceed"):
        make(OWED, outcome=None, questionnaire=DEFAULT, answers=too_much)
    past = dict(PROMISE, promise_date="2026-11-22")
    with pytest.raises(VisitRefused, match=r"La fecha no puede ser anterior a la visita"):
        make(OWED, outcome=None, questionnaire=DEFAULT, answers=past, lang="es")
    visit, _ = make(OWED, outcome=None, questionnaire=DEFAULT, answers=past, today=date(2026, 11, 22))
    assert visit.promise.due_date == date(2026, 11, 22)


@pytest.fixture
def synced(tmp_path):
    with DeviceState.in_dir(tmp_path) as state:
        state.set_pairing(PAIRING)
        state.apply_sync(sync("c1", full=True, accounts=[OWED], questionnaires=[DEFAULT]))
    return tmp_path


def run_visit(state_dir, tmp_path, answers, *extra) -> int:
    path = tmp_path / "answers.json"
    path.write_text(json.dumps(answers), encoding="utf-8")
    return cli.main(["--state-dir", str(state_dir), "visit", "7", "--lat", "4.65", "--lon", "-74.05",
                     "--accuracy", "10", "--answers", str(path), *extra])


def test_cli_prints_one_line_per_field_like_the_phone_and_queues_nothing(synced, tmp_path, capsys):
    bad = dict(PROMISE, promise_amount="600000.00")
    del bad["promise_date"]
    assert run_visit(synced, tmp_path, bad) == 2
    assert capsys.readouterr().err.splitlines() == [
        "campo-device: refused: answers do not fit questionnaire 'Visita de cobranza':",
        "  answers.promise_amount (Promised amount): Cannot exceed the account's balance",
        "  answers.promise_date (Promised payment date): required",
    ]
    assert run_visit(synced, tmp_path, bad, "--lang", "es") == 2
    assert capsys.readouterr().err.splitlines()[1:] == [  # as a phone in Spanish says it
        "  answers.promise_amount (Monto prometido): No puede superar el saldo de la cuenta",
        "  answers.promise_date (Fecha de pago prometida): obligatoria",
    ]
    with DeviceState.in_dir(synced) as state:
        assert Outbox(state).visits() == []


def test_cli_queues_a_visit_whose_outcome_comes_from_the_answers(synced, tmp_path, capsys):
    later = dict(PROMISE, promise_date=(datetime.now(UTC) + timedelta(days=3)).date().isoformat())
    assert run_visit(synced, tmp_path, later) == 0
    assert "(promise_to_pay; geofence inside" in capsys.readouterr().out
    with DeviceState.in_dir(synced) as state:
        (visit,) = Outbox(state).visits()
    assert visit.answers == later and visit.promise.amount == "120000.00"
    assert visit.questionnaire_version_id == "41"


def test_a_walk_fills_the_default_questionnaire_with_valid_answers_and_mapped_outcomes():
    accounts = [account(str(i), 4.65 + 0.001 * i, -74.05, balance="800000.00", questionnaire_id="q1")
                for i in range(40)]
    end = datetime(2026, 11, 23, 22, 0, tzinfo=UTC)
    plan = plan_walk(accounts, end_time=end, minutes=900, interval_s=120, seed=5, speed_kmh=20,
                     questionnaire_for=lambda qid: DEFAULT if qid == "q1" else None)
    assert len(plan.visits) == 40
    by_id = {a.id: a for a in accounts}
    for visit in plan.visits:
        day = visit.started_at.date()
        assert validate_answers(DEFAULT.definition, visit.answers, by_id[visit.account_id], today=day) == []
        assert check_outcome(DEFAULT.definition, visit.answers, visit.outcome, visit.promise) == []
        assert "facade_photo" not in visit.answers  # nothing to upload in a simulation
    outcomes = [v.outcome for v in plan.visits]
    assert set(outcomes) == {"no_contact", "third_party", "rpc", "promise_to_pay"}
    promises = [v.promise for v in plan.visits if v.promise]
    assert len(promises) == outcomes.count("promise_to_pay")
    assert all(Decimal(1) <= Decimal(p.amount) <= Decimal("800000.00") for p in promises)


def test_a_questionnaire_that_cannot_be_evaluated_is_refused_with_its_problem():
    broken = questionnaire("v9", fields=[{"key": "a", "type": "text", "relevant": {"nope": 1}}])
    with pytest.raises(VisitRefused, match=r"questionnaire 'Q q1 v1' cannot be used: fields\[0\].relevant: "
                                           r"not a valid expression: unknown operator 'nope'"):
        make(questionnaire=broken, answers={})

"""Building a visit on the device: geofence refusal, promise rules, questionnaire answers."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import pytest

from mobile_protocol.device.visit import VisitRefused, build_visit, parse_promise
from mobile_protocol.device.walk import offset
from mobile_protocol.messages import Geofence
from tests.test_device_state import account, questionnaire

NOW = datetime(2026, 11, 23, 15, 0, tzinfo=timezone.utc)
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

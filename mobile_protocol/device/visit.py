"""Building a visit the way the phone app does: geofence first, then promise and answers."""

from __future__ import annotations

import uuid
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from mobile_protocol import geofence
from mobile_protocol.messages import (
    Account,
    FieldError,
    Promise,
    QuestionnaireVersion,
    Visit,
    VisitLocation,
)
from mobile_protocol.questionnaire import (
    DefinitionError,
    check_outcome,
    derive_outcome,
    parse_definition,
    promise_message,
    validate_answers,
)
from mobile_protocol.questionnaire.check import walk

DEFAULT_RADIUS_M = 100.0


class VisitRefused(Exception):
    """A visit the device will not record, with the reason for the agent."""


def parse_promise(amount: str, due_date: str | date) -> Promise:
    """A promise from user input: a positive decimal amount (2 places) and an ISO date."""
    try:
        value = Decimal(str(amount).strip())
    except InvalidOperation:
        raise VisitRefused(f"promise amount {amount!r} is not a decimal number") from None
    if not value.is_finite() or value <= 0:
        raise VisitRefused(f"promise amount must be more than zero, not {amount}")
    value = value.quantize(Decimal("0.01"))
    if value >= Decimal("1e15"):
        raise VisitRefused(f"promise amount {amount} is too large")
    if isinstance(due_date, date):
        due = due_date
    else:
        try:
            due = date.fromisoformat(due_date.strip())
        except ValueError:
            raise VisitRefused(f"promise due date {due_date!r} is not a date (YYYY-MM-DD)") from None
    return Promise(amount=str(value), due_date=due)


def check_geofence(account: Account, lat: float, lon: float, accuracy_m: float,
                   default_radius_m: float = DEFAULT_RADIUS_M) -> geofence.GeofenceCheck:
    """The protocol's geofence rule for a fix against an account's fence."""
    location = account.location
    return geofence.check(
        lat, lon, accuracy_m,
        account_lat=None if location is None else location.lat,
        account_lon=None if location is None else location.lon,
        radius_m=account.geofence.radius_m if account.geofence.radius_m is not None else default_radius_m,
        polygon=account.geofence.polygon,
    )


def local_day(moment: datetime, timezone_name: str | None) -> date:
    """The branch-local day of a moment (the `today` of questionnaire expressions); UTC's without a zone."""
    try:
        return moment.astimezone(ZoneInfo(timezone_name)).date() if timezone_name else moment.date()
    except (ZoneInfoNotFoundError, ValueError):
        return moment.date()


class AnswersRefused(VisitRefused):
    """Answers that fail their questionnaire version: one line per field, as the phone shows them."""

    def __init__(self, title: str, errors: list[FieldError], labels: dict[str, str]) -> None:
        self.errors = errors
        lines = [f"  {e.path}{_label(e.path, labels)}: {e.message}" for e in errors]
        super().__init__("\n".join([f"answers do not fit questionnaire {title!r}:", *lines]))


def _label(path: str, labels: dict[str, str]) -> str:
    key = path.rsplit(".", 1)[-1]
    return f" ({labels[key]})" if labels.get(key) else ""


def field_labels(definition: dict[str, Any], lang: str) -> dict[str, str]:
    """Each field's label by key, in `lang` (else the other language)."""
    try:
        parsed = parse_definition(definition)
    except DefinitionError:
        return {}
    return {f.key: f.label.pick(lang) for _path, f, _repeat in walk(parsed.fields)}


def build_visit(
    account: Account,
    *,
    outcome: str | None,
    lat: float,
    lon: float,
    accuracy_m: float,
    fix_time: datetime,
    started_at: datetime,
    finished_at: datetime,
    promise: Promise | None = None,
    answers: dict[str, Any] | None = None,
    notes: str | None = None,
    mock: bool = False,
    force: bool = False,
    questionnaire: QuestionnaireVersion | None = None,
    default_radius_m: float = DEFAULT_RADIUS_M,
    visit_id: str | None = None,
    today: date | None = None,
    lang: str = "en",
) -> tuple[Visit, geofence.GeofenceCheck]:
    """A protocol Visit, or VisitRefused for what the app would not let the agent submit.

    With a questionnaire, the answers are checked against it (the same evaluator as the server's,
    `today` being the visit's local day, by default its UTC day); when its outcome mapping sets the
    outcome and promise, `outcome` and `promise` may be left out and must agree when given.
    """
    if outcome is not None and outcome not in ("no_contact", "third_party", "rpc", "promise_to_pay"):
        raise VisitRefused(f"unknown outcome {outcome!r}: use no_contact, third_party, rpc or promise_to_pay")
    if not (-90 <= lat <= 90 and -180 <= lon <= 180):
        raise VisitRefused(f"({lat}, {lon}) is not a latitude/longitude")
    if accuracy_m < 0:
        raise VisitRefused("accuracy must be zero or more metres")
    if finished_at < started_at:
        raise VisitRefused("the visit cannot finish before it starts")
    if started_at.tzinfo is None or finished_at.tzinfo is None or fix_time.tzinfo is None:
        raise ValueError("visit times must be timezone-aware")

    verdict = check_geofence(account, lat, lon, accuracy_m, default_radius_m)
    if verdict.verdict == "outside" and not force:
        raise VisitRefused(
            f"you are outside account {account.id}'s geofence ({verdict.distance_m:.0f} m from it,"
            f" accuracy {accuracy_m:.0f} m): move closer, or use --force to record it anyway"
        )

    day = today or started_at.date()
    answers = dict(answers or {})
    if questionnaire is not None:
        try:
            errors = validate_answers(questionnaire.definition, answers, account, today=day, lang=lang)
        except DefinitionError as exc:  # published before today's checks; the server refuses it too
            raise VisitRefused(f"questionnaire {questionnaire.title!r} cannot be used: {exc}") from None
        if errors:
            raise AnswersRefused(questionnaire.title, errors, field_labels(questionnaire.definition, lang))
        derived = derive_outcome(questionnaire.definition, answers, account, today=day)
        if derived.outcome is not None:
            outcome = outcome or derived.outcome
            if promise is None and derived.promise is not None:
                promise = promise_message(derived.promise)
            disagree = check_outcome(questionnaire.definition, answers, outcome, promise, account, today=day)
            if disagree:
                listed = "; ".join(f"{e.path}: {e.message}" for e in disagree)
                raise VisitRefused(f"the outcome comes from the answers here: {listed}")
    if outcome is None:
        raise VisitRefused("give the outcome (--outcome): no questionnaire answer sets it")
    if outcome == "promise_to_pay" and promise is None:
        raise VisitRefused("outcome promise_to_pay needs a promise: --promise AMOUNT DUE_DATE")
    if outcome != "promise_to_pay" and promise is not None:
        raise VisitRefused(f"a promise goes only with outcome promise_to_pay, not {outcome}")
    if promise is not None and promise.due_date < day:
        raise VisitRefused(f"promise due date {promise.due_date} is before the visit ({day})")

    visit = Visit(
        id=visit_id or str(uuid.uuid4()),
        account_id=account.id,
        questionnaire_version_id=None if questionnaire is None else questionnaire.id,
        started_at=started_at,
        finished_at=finished_at,
        location=VisitLocation(lat=lat, lon=lon, accuracy_m=accuracy_m, fix_time=fix_time, mock=mock or None),
        outcome=outcome,  # type: ignore[arg-type]
        promise=promise,
        answers=answers,
        device_geofence=verdict.verdict if verdict.verdict != "no_location" else None,  # type: ignore[arg-type]
        notes=notes or None,
    )
    return visit, verdict

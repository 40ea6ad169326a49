"""A visit's answers against its questionnaire version: fields, outcome, media (writer thread).

Versions are immutable, so each one's definition is read and parsed once per process and kept;
the shared evaluator (`mobile_protocol.questionnaire`) caches its compiled form by identity.
"""

from __future__ import annotations

import logging
from collections import OrderedDict
from datetime import date, datetime
from functools import lru_cache
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from sqlalchemy import Connection, select

from mobile_protocol.messages import FieldError, Visit
from mobile_protocol.questionnaire import (
    Definition,
    DefinitionError,
    LogicError,
    check_outcome,
    compiled,
    media_ids,
    parse_definition,
    validate_answers,
)

from .db.models import QuestionnaireVersion
from .media import known_media

log = logging.getLogger(__name__)
MEDIA_MISSING = "media_missing"
ACCOUNT_COLUMNS = ("external_ref", "debtor_name", "address", "balance", "currency", "days_past_due", "segment")
_versions = QuestionnaireVersion.__table__
_CACHE_SIZE = 512
# (server_id of the database, version id): one process may serve several branches (tests, the desktop).
_definitions: OrderedDict[tuple[str, int], Definition | None] = OrderedDict()


def definition_of(conn: Connection, server_id: str, version_id: int) -> Definition | None:
    """The parsed definition of a published version of this database (None: no such version), cached."""
    key = (server_id, version_id)
    if key in _definitions:
        _definitions.move_to_end(key)
        return _definitions[key]
    raw = conn.scalar(select(_versions.c.definition).where(_versions.c.id == version_id))
    if raw is None:
        return None  # not cached: it may be published later
    try:
        definition = parse_definition(raw)
        compiled(definition)  # compiles its expressions now, and keeps them for validation
    except (DefinitionError, LogicError):  # stored unchecked: nothing can be validated against it
        log.error("questionnaire version %s has an unusable definition", version_id)
        definition = None
    _definitions[key] = definition
    if len(_definitions) > _CACHE_SIZE:
        _definitions.popitem(last=False)
    return definition


@lru_cache(maxsize=16)
def _zone(name: str) -> ZoneInfo:
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return ZoneInfo("UTC")


def visit_day(started_at: datetime, timezone_name: str) -> date:
    """The branch-local day a visit started on (the `today` of its expressions)."""
    return started_at.astimezone(_zone(timezone_name)).date()


def account_context(account: Any) -> dict[str, Any] | None:
    """The `account.*` values of an account row (None when the visit names no known account)."""
    if account is None:
        return None
    return {name: getattr(account, name) for name in ACCOUNT_COLUMNS}


def answer_errors(conn: Connection, visit: Visit, definition: Definition, account: Any,
                  timezone_name: str) -> list[FieldError]:
    """Per-field errors of the answers, then outcome/promise disagreements, then media not uploaded yet.

    `media_missing` errors come only when everything else is right, so a visit rejected with
    nothing but `media_missing` errors is exactly one the device may send again after uploading.
    """
    context = account_context(account)
    today = visit_day(visit.started_at, timezone_name)
    errors = validate_answers(definition, visit.answers, context, today=today)
    if errors:
        return errors
    errors = check_outcome(definition, visit.answers, visit.outcome, visit.promise, context, today=today)
    if errors:
        return errors
    wanted = media_ids(definition, visit.answers)
    if not wanted:
        return []
    missing = wanted - known_media(conn, wanted)
    return [FieldError(path, f"media {media_id} has not been uploaded yet; upload it, then send the visit again",
                       MEDIA_MISSING)
            for path, media_id in _media_paths(visit.answers, "answers") if media_id in missing]


def _media_paths(value: Any, path: str):
    """(path, media id) of every `{"media_id": ...}` in the answers, repeats included, in order."""
    if isinstance(value, dict):
        if isinstance(value.get("media_id"), str):
            yield path, value["media_id"]
            return
        for key, inner in value.items():
            yield from _media_paths(inner, f"{path}.{key}")
    elif isinstance(value, list):
        for index, inner in enumerate(value):
            yield from _media_paths(inner, f"{path}[{index}]")

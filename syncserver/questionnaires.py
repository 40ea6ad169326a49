"""Questionnaires for the office: drafts, checked publishing into immutable versions, import and export.

Plain functions over an Engine (or a Connection, to join the caller's transaction) returning
plain dataclasses; the desktop designer calls them from its worker, `campo-server
questionnaires` from the command line. A draft is free-form work in progress (it only has to be
a readable definition); publishing runs `check_definition` and either stores nothing and says
what is wrong, or makes the next version and logs it so devices get it on their next sync.
Import/export, the default questionnaire and account assignment are in questionnaire_setup.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from typing import Any

import msgspec
from sqlalchemy import Connection, Engine, delete, func, insert, select, update

from mobile_protocol.questionnaire import Definition, DefinitionError, Problem, check_definition, parse_definition

from .admin import AdminError
from .audit import QUESTIONNAIRE_PUBLISHED, SYSTEM, record
from .changes import record_questionnaire_published
from .clock import utcnow
from .db.models import Account, Questionnaire, QuestionnaireDraft, QuestionnaireVersion
from .permissions import QUESTIONNAIRES_EDIT, QUESTIONNAIRES_PUBLISH, authorize
from .questionnaire_diff import DefinitionDiff, diff_definitions

_questionnaires, _versions = Questionnaire.__table__, QuestionnaireVersion.__table__
_drafts, _accounts = QuestionnaireDraft.__table__, Account.__table__


class QuestionnaireNotFound(AdminError):
    """No questionnaire (or version) has this id."""


class DefinitionRefused(AdminError):
    """A definition that cannot be saved or published; `problems` point to the fields."""

    def __init__(self, message: str, problems: list[Problem]) -> None:
        super().__init__(message + "".join(f"\n  {p.path or '(definition)'}: {p.message}" for p in problems))
        self.problems = problems


@dataclass(frozen=True, slots=True)
class VersionInfo:
    """A published version; its definition never changes."""

    id: int
    questionnaire_id: int
    version: int
    title: str
    published_at: datetime
    definition: dict[str, Any]


@dataclass(frozen=True, slots=True)
class Draft:
    """The one draft of a questionnaire."""

    questionnaire_id: int
    definition: dict[str, Any]
    updated_at: datetime


@dataclass(frozen=True, slots=True)
class QuestionnaireInfo:
    """A questionnaire as the office lists it."""

    id: int
    name: str
    created_at: datetime
    retired_at: datetime | None
    latest_version: int | None
    latest_version_id: int | None
    published_at: datetime | None
    draft_updated_at: datetime | None
    accounts: int


@dataclass(frozen=True, slots=True)
class Published:
    """What publish did: the version devices now get, and what changed since the one before."""

    version: VersionInfo
    previous_version: int | None
    diff: DefinitionDiff
    created: bool  # False: the draft equalled the latest version, so no version was made


@contextmanager
def write_transaction(bind: Engine | Connection) -> Iterator[Connection]:
    """The caller's connection, or a new write transaction (SQLite: the write lock up front)."""
    if isinstance(bind, Connection):
        yield bind
        return
    with bind.connect() as conn:
        conn.execution_options(sqlite_begin="IMMEDIATE")
        with conn.begin():
            yield conn


@contextmanager
def _reading(bind: Engine | Connection) -> Iterator[Connection]:
    if isinstance(bind, Connection):
        yield bind
        return
    with bind.connect() as conn:
        yield conn


def readable_definition(raw: Any) -> tuple[Definition, dict[str, Any]]:
    """The parsed definition and its canonical JSON form; DefinitionRefused when unreadable."""
    try:
        definition = parse_definition(raw)
    except DefinitionError as exc:
        raise DefinitionRefused("the definition cannot be read:", exc.problems) from None
    return definition, msgspec.to_builtins(definition)


def definition_title(definition: Definition, fallback: str) -> str:
    """The definition's title (Spanish first) for a version row, else `fallback`."""
    return (definition.title.es or definition.title.en or fallback)[:200]


def _version(row) -> VersionInfo:
    return VersionInfo(row.id, row.questionnaire_id, row.version, row.title, row.published_at, row.definition)


def _require(conn: Connection, questionnaire_id: int):
    row = conn.execute(select(_questionnaires).where(_questionnaires.c.id == questionnaire_id)).first()
    if row is None:
        raise QuestionnaireNotFound(f"no questionnaire has id {questionnaire_id}")
    return row


def list_questionnaires(bind: Engine | Connection) -> list[QuestionnaireInfo]:
    """Every questionnaire with its latest version, draft and how many accounts use it."""
    q, v, d, a = _questionnaires.c, _versions.c, _drafts.c, _accounts.c
    latest = select(v.questionnaire_id, func.max(v.version).label("version")).group_by(v.questionnaire_id).subquery()
    used = select(a.questionnaire_id, func.count().label("n")).group_by(a.questionnaire_id).subquery()
    query = (
        select(q.id, q.name, q.created_at, q.retired_at, v.version, v.id.label("version_id"), v.published_at,
               d.updated_at, func.coalesce(used.c.n, 0))
        .outerjoin(latest, latest.c.questionnaire_id == q.id)
        .outerjoin(_versions, (v.questionnaire_id == q.id) & (v.version == latest.c.version))
        .outerjoin(_drafts, d.questionnaire_id == q.id)
        .outerjoin(used, used.c.questionnaire_id == q.id)
        .order_by(q.id)
    )
    with _reading(bind) as conn:
        return [QuestionnaireInfo(*row) for row in conn.execute(query)]


def list_versions(bind: Engine | Connection, questionnaire_id: int) -> list[VersionInfo]:
    """A questionnaire's versions, oldest first."""
    with _reading(bind) as conn:
        _require(conn, questionnaire_id)
        rows = conn.execute(select(_versions).where(_versions.c.questionnaire_id == questionnaire_id)
                            .order_by(_versions.c.version))
        return [_version(row) for row in rows]


def get_version(bind: Engine | Connection, version_id: int) -> VersionInfo:
    """One published version, however old."""
    with _reading(bind) as conn:
        row = conn.execute(select(_versions).where(_versions.c.id == version_id)).first()
    if row is None:
        raise QuestionnaireNotFound(f"no questionnaire version has id {version_id}")
    return _version(row)


def latest_version(bind: Engine | Connection, questionnaire_id: int) -> VersionInfo | None:
    """The newest version of a questionnaire (None before its first publish)."""
    with _reading(bind) as conn:
        _require(conn, questionnaire_id)
        row = conn.execute(select(_versions).where(_versions.c.questionnaire_id == questionnaire_id)
                           .order_by(_versions.c.version.desc()).limit(1)).first()
    return _version(row) if row is not None else None


def get_draft(bind: Engine | Connection, questionnaire_id: int) -> Draft | None:
    """The questionnaire's draft, or None when nobody is editing it."""
    with _reading(bind) as conn:
        _require(conn, questionnaire_id)
        row = conn.execute(select(_drafts).where(_drafts.c.questionnaire_id == questionnaire_id)).first()
    return Draft(row.questionnaire_id, row.definition, row.updated_at) if row is not None else None


def create_questionnaire(bind: Engine | Connection, name: str, definition: Any = None,
                         now: datetime | None = None, *, actor: str = SYSTEM) -> Draft:
    """A new questionnaire whose draft is `definition` (an empty one when None)."""
    name = name.strip()
    if not name:
        raise AdminError("a questionnaire needs a name")
    _, canonical = readable_definition(definition if definition is not None else {"fields": []})
    now = now or utcnow()
    with write_transaction(bind) as conn:
        authorize(conn, actor, QUESTIONNAIRES_EDIT)
        qid = conn.execute(insert(_questionnaires).values(name=name[:200], created_at=now)
                           .returning(_questionnaires.c.id)).scalar_one()
        conn.execute(insert(_drafts).values(questionnaire_id=qid, definition=canonical, updated_at=now))
    return Draft(qid, canonical, now)


class DraftChanged(AdminError):
    """The draft was saved by someone else since the version of it being edited."""


def save_draft(bind: Engine | Connection, questionnaire_id: int, definition: Any, now: datetime | None = None,
               *, expected_updated_at: datetime | None = None, actor: str = SYSTEM) -> Draft:
    """Replace the questionnaire's draft (it must be readable; checking waits for publish).

    With `expected_updated_at` (the `updated_at` of the draft the editor loaded), refuse with
    DraftChanged when another save came in between, instead of overwriting it.
    """
    _, canonical = readable_definition(definition)
    now = now or utcnow()
    with write_transaction(bind) as conn:
        authorize(conn, actor, QUESTIONNAIRES_EDIT)
        _require(conn, questionnaire_id)
        if expected_updated_at is not None:
            current = conn.scalar(select(_drafts.c.updated_at).where(_drafts.c.questionnaire_id == questionnaire_id))
            if current is not None and current != expected_updated_at:
                raise DraftChanged(f"the draft of questionnaire {questionnaire_id} was saved elsewhere at {current:%H:%M:%S}")
        changed = conn.execute(update(_drafts).where(_drafts.c.questionnaire_id == questionnaire_id)
                               .values(definition=canonical, updated_at=now)).rowcount
        if not changed:
            conn.execute(insert(_drafts).values(questionnaire_id=questionnaire_id, definition=canonical, updated_at=now))
    return Draft(questionnaire_id, canonical, now)


def discard_draft(bind: Engine | Connection, questionnaire_id: int, *, actor: str = SYSTEM) -> bool:
    """Drop the draft; True when there was one."""
    with write_transaction(bind) as conn:
        authorize(conn, actor, QUESTIONNAIRES_EDIT)
        _require(conn, questionnaire_id)
        return conn.execute(delete(_drafts).where(_drafts.c.questionnaire_id == questionnaire_id)).rowcount > 0


@dataclass(frozen=True, slots=True)
class DraftCheck:
    """What publishing the draft now would do: refuse (`problems`), or make `next_version` with `diff`."""

    problems: list[Problem]
    diff: DefinitionDiff
    next_version: int | None  # None: the draft equals the latest version, nothing would be published


def check_draft(bind: Engine | Connection, questionnaire_id: int) -> DraftCheck:
    """The publish confirmation's content, without publishing: problems, or what would change."""
    draft = get_draft(bind, questionnaire_id)
    if draft is None:
        raise AdminError(f"questionnaire {questionnaire_id} has no draft to check")
    definition, _ = readable_definition(draft.definition)
    latest = latest_version(bind, questionnaire_id)
    diff = diff_definitions(parse_definition(latest.definition) if latest else None, definition)
    number = None if latest is not None and diff.empty else (latest.version + 1 if latest else 1)
    return DraftCheck(check_definition(definition), diff, number)


def publish(bind: Engine | Connection, questionnaire_id: int, now: datetime | None = None, *,
            actor: str = SYSTEM) -> Published:
    """Check the draft and make it the next immutable version (audited); the draft is then gone.

    Nothing is stored when the check finds problems (DefinitionRefused lists them with their
    paths). A draft equal to the latest version makes no new version (`created` is False).
    """
    now = now or utcnow()
    with write_transaction(bind) as conn:
        authorize(conn, actor, QUESTIONNAIRES_PUBLISH)
        row = _require(conn, questionnaire_id)
        if row.retired_at is not None:
            raise AdminError(f"questionnaire {questionnaire_id} is retired; it cannot be published")
        draft = conn.execute(select(_drafts).where(_drafts.c.questionnaire_id == questionnaire_id)).first()
        if draft is None:
            raise AdminError(f"questionnaire {questionnaire_id} has no draft to publish")
        definition, canonical = readable_definition(draft.definition)
        problems = check_definition(definition)
        if problems:
            raise DefinitionRefused(f"questionnaire {questionnaire_id} was not published:", problems)
        result = _publish(conn, questionnaire_id, row.name, definition, canonical, now)
        conn.execute(delete(_drafts).where(_drafts.c.questionnaire_id == questionnaire_id))
        if result.created:
            diff = result.diff
            record(conn, actor=actor, action=QUESTIONNAIRE_PUBLISHED, subject_type="questionnaire",
                   subject_id=questionnaire_id, at=now,
                   details={"name": row.name, "version": result.version.version, "version_id": result.version.id,
                            "previous_version": result.previous_version, "added": diff.added,
                            "removed": diff.removed, "changed": diff.changed})
    return result


def _publish(conn: Connection, questionnaire_id: int, name: str, definition: Definition,
             canonical: dict[str, Any], now: datetime) -> Published:
    previous = conn.execute(select(_versions).where(_versions.c.questionnaire_id == questionnaire_id)
                            .order_by(_versions.c.version.desc()).limit(1)).first()
    old = parse_definition(previous.definition) if previous is not None else None
    diff = diff_definitions(old, definition)
    if previous is not None and diff.empty:
        return Published(_version(previous), previous.version, diff, False)
    number = previous.version + 1 if previous is not None else 1
    values = dict(questionnaire_id=questionnaire_id, version=number, title=definition_title(definition, name),
                  definition=canonical, published_at=now)
    version_id = conn.execute(insert(_versions).values(**values).returning(_versions.c.id)).scalar_one()
    record_questionnaire_published(conn, version_id, now)
    return Published(VersionInfo(version_id, **values), previous.version if previous else None, diff, True)

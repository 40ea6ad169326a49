"""Questionnaires for the office: drafts, checked publishing into immutable versions, import and export.

Plain functions over an Engine (or a Connection, to join the caller's transaction) returning
plain dataclasses; the desktop designer calls them from its worker, `campo-server
questionnaires` from the command line. A draft is free-form work in progress (it only has to be
a readable definition); publishing runs `check_definition` and either stores nothing and says
what is wrong, or makes the next version and logs it so devices get it on their next sync.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from typing import Any

import msgspec
from sqlalchemy import Connection, Engine, delete, func, insert, select, update

from mobile_protocol.questionnaire import (
    Definition,
    DefinitionError,
    Problem,
    check_definition,
    default_questionnaire,
    parse_definition,
)

from .admin import AdminError, in_values
from .changes import record_changes_for_holders, record_questionnaire_published
from .clock import utcnow
from .db.models import Account, Questionnaire, QuestionnaireDraft, QuestionnaireVersion
from .questionnaire_diff import DefinitionDiff, diff_definitions

_questionnaires, _versions = Questionnaire.__table__, QuestionnaireVersion.__table__
_drafts, _accounts = QuestionnaireDraft.__table__, Account.__table__
DEFAULT_NAME = "Visita de cobranza"


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
def _writing(bind: Engine | Connection) -> Iterator[Connection]:
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


def _readable(raw: Any) -> tuple[Definition, dict[str, Any]]:
    """The parsed definition and its canonical JSON form; DefinitionRefused when unreadable."""
    try:
        definition = parse_definition(raw)
    except DefinitionError as exc:
        raise DefinitionRefused("the definition cannot be read:", exc.problems) from None
    return definition, msgspec.to_builtins(definition)


def _title(definition: Definition, fallback: str) -> str:
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
                         now: datetime | None = None) -> Draft:
    """A new questionnaire whose draft is `definition` (an empty one when None)."""
    name = name.strip()
    if not name:
        raise AdminError("a questionnaire needs a name")
    _, canonical = _readable(definition if definition is not None else {"fields": []})
    now = now or utcnow()
    with _writing(bind) as conn:
        qid = conn.execute(insert(_questionnaires).values(name=name[:200], created_at=now)
                           .returning(_questionnaires.c.id)).scalar_one()
        conn.execute(insert(_drafts).values(questionnaire_id=qid, definition=canonical, updated_at=now))
    return Draft(qid, canonical, now)


class DraftChanged(AdminError):
    """The draft was saved by someone else since the version of it being edited."""


def save_draft(bind: Engine | Connection, questionnaire_id: int, definition: Any, now: datetime | None = None,
               *, expected_updated_at: datetime | None = None) -> Draft:
    """Replace the questionnaire's draft (it must be readable; checking waits for publish).

    With `expected_updated_at` (the `updated_at` of the draft the editor loaded), refuse with
    DraftChanged when another save came in between, instead of overwriting it.
    """
    _, canonical = _readable(definition)
    now = now or utcnow()
    with _writing(bind) as conn:
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


def discard_draft(bind: Engine | Connection, questionnaire_id: int) -> bool:
    """Drop the draft; True when there was one."""
    with _writing(bind) as conn:
        _require(conn, questionnaire_id)
        return conn.execute(delete(_drafts).where(_drafts.c.questionnaire_id == questionnaire_id)).rowcount > 0


def check_draft(bind: Engine | Connection, questionnaire_id: int) -> list[Problem]:
    """What publishing the draft now would refuse (empty: it would publish)."""
    draft = get_draft(bind, questionnaire_id)
    if draft is None:
        raise AdminError(f"questionnaire {questionnaire_id} has no draft to check")
    definition, _ = _readable(draft.definition)
    return check_definition(definition)


def publish(bind: Engine | Connection, questionnaire_id: int, now: datetime | None = None) -> Published:
    """Check the draft and make it the next immutable version; the draft is then gone.

    Nothing is stored when the check finds problems (DefinitionRefused lists them with their
    paths). A draft equal to the latest version makes no new version (`created` is False).
    """
    now = now or utcnow()
    with _writing(bind) as conn:
        row = _require(conn, questionnaire_id)
        if row.retired_at is not None:
            raise AdminError(f"questionnaire {questionnaire_id} is retired; it cannot be published")
        draft = conn.execute(select(_drafts).where(_drafts.c.questionnaire_id == questionnaire_id)).first()
        if draft is None:
            raise AdminError(f"questionnaire {questionnaire_id} has no draft to publish")
        definition, canonical = _readable(draft.definition)
        problems = check_definition(definition)
        if problems:
            raise DefinitionRefused(f"questionnaire {questionnaire_id} was not published:", problems)
        result = _publish(conn, questionnaire_id, row.name, definition, canonical, now)
        conn.execute(delete(_drafts).where(_drafts.c.questionnaire_id == questionnaire_id))
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
    values = dict(questionnaire_id=questionnaire_id, version=number, title=_title(definition, name),
                  definition=canonical, published_at=now)
    version_id = conn.execute(insert(_versions).values(**values).returning(_versions.c.id)).scalar_one()
    record_questionnaire_published(conn, version_id, now)
    return Published(VersionInfo(version_id, **values), previous.version if previous else None, diff, True)


def export_definition(bind: Engine | Connection, questionnaire_id: int, *, version: int | None = None,
                      draft: bool = False) -> dict[str, Any]:
    """A definition as JSON-ready data: the latest version, version `version`, or the draft."""
    if draft:
        found = get_draft(bind, questionnaire_id)
        if found is None:
            raise AdminError(f"questionnaire {questionnaire_id} has no draft")
        return found.definition
    versions = list_versions(bind, questionnaire_id)
    chosen = [v for v in versions if version is None or v.version == version]
    if not chosen:
        what = f"version {version}" if version is not None else "published version"
        raise QuestionnaireNotFound(f"questionnaire {questionnaire_id} has no {what}")
    return chosen[-1].definition


def import_definition(bind: Engine | Connection, raw: Any, *, into: int | None = None,
                      name: str | None = None) -> Draft:
    """A definition (JSON text or data) as the draft of questionnaire `into`, or of a new one."""
    definition, _ = _readable(raw)
    if into is not None:
        return save_draft(bind, into, definition)
    return create_questionnaire(bind, name or _title(definition, "Cuestionario importado"), definition)


def use_questionnaire(bind: Engine | Connection, questionnaire_id: int, *, only_unset: bool = True,
                      now: datetime | None = None) -> None:
    """Point accounts (by default those without one) to a questionnaire; their holders' devices hear of it."""
    now = now or utcnow()
    with _writing(bind) as conn:
        _require(conn, questionnaire_id)
        a = _accounts.c
        which = a.questionnaire_id.is_(None) if only_unset else a.questionnaire_id.is_distinct_from(questionnaire_id)
        ids = list(conn.scalars(select(a.id).where(which)))
        if not ids:
            return
        chosen = in_values(conn, a.id, ids)
        conn.execute(update(_accounts).where(chosen).values(questionnaire_id=questionnaire_id, updated_at=now))
        record_changes_for_holders(conn, chosen, now)


def ensure_default_questionnaire(bind: Engine | Connection, now: datetime | None = None) -> VersionInfo | None:
    """On a branch without questionnaires, install "Visita de cobranza" as published version 1.

    Returns the new version, or None when the branch already had a questionnaire.
    """
    now = now or utcnow()
    with _writing(bind) as conn:
        if conn.scalar(select(func.count()).select_from(_questionnaires)):
            return None
        definition, canonical = _readable(default_questionnaire())
        qid = conn.execute(insert(_questionnaires).values(name=_title(definition, DEFAULT_NAME), created_at=now)
                           .returning(_questionnaires.c.id)).scalar_one()
        return _publish(conn, qid, DEFAULT_NAME, definition, canonical, now).version


def use_default_questionnaire(bind: Engine) -> int | None:
    """Install "Visita de cobranza" if the branch has no questionnaire; accounts without one get it. Its id."""
    installed = ensure_default_questionnaire(bind)
    if installed is not None:
        chosen: int | None = installed.questionnaire_id
    else:
        named = [q for q in list_questionnaires(bind) if q.name == DEFAULT_NAME and q.latest_version and not q.retired_at]
        chosen = named[0].id if named else None
    if chosen is not None:
        use_questionnaire(bind, chosen)
    return chosen

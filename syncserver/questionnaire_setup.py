"""Questionnaires in and out of a branch: JSON import/export, the default one, which accounts use which."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import Connection, Engine, func, select, update

from mobile_protocol.questionnaire import default_questionnaire

from .admin import AdminError, in_values
from .audit import ACCOUNTS_QUESTIONNAIRE_SET, SYSTEM, record
from .changes import record_changes_for_holders
from .clock import utcnow
from .db.models import Account, Questionnaire
from .permissions import ACCOUNTS_ASSIGN, authorize
from .questionnaires import (
    Draft,
    QuestionnaireNotFound,
    VersionInfo,
    create_questionnaire,
    definition_title,
    get_draft,
    list_questionnaires,
    list_versions,
    publish,
    readable_definition,
    save_draft,
    write_transaction,
)

DEFAULT_NAME = "Visita de cobranza"
_questionnaires, _accounts = Questionnaire.__table__, Account.__table__


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
                      name: str | None = None, actor: str = SYSTEM) -> Draft:
    """A definition (JSON text or data) as the draft of questionnaire `into`, or of a new one."""
    definition, _ = readable_definition(raw)
    if into is not None:
        return save_draft(bind, into, definition, actor=actor)
    return create_questionnaire(bind, name or definition_title(definition, "Cuestionario importado"), definition,
                                actor=actor)


def use_questionnaire(bind: Engine | Connection, questionnaire_id: int, *, only_unset: bool = True,
                      now: datetime | None = None, actor: str = SYSTEM) -> int:
    """Point accounts (by default those without one) to a questionnaire; their holders' devices hear of it.

    Returns how many accounts changed (audited when any did).
    """
    now = now or utcnow()
    with write_transaction(bind) as conn:
        authorize(conn, actor, ACCOUNTS_ASSIGN)
        if conn.scalar(select(_questionnaires.c.id).where(_questionnaires.c.id == questionnaire_id)) is None:
            raise QuestionnaireNotFound(f"no questionnaire has id {questionnaire_id}")
        a = _accounts.c
        which = a.questionnaire_id.is_(None) if only_unset else a.questionnaire_id.is_distinct_from(questionnaire_id)
        ids = list(conn.scalars(select(a.id).where(which)))
        if ids:
            chosen = in_values(conn, a.id, ids)
            conn.execute(update(_accounts).where(chosen).values(questionnaire_id=questionnaire_id, updated_at=now))
            record_changes_for_holders(conn, chosen, now)
            record(conn, actor=actor, action=ACCOUNTS_QUESTIONNAIRE_SET, subject_type="questionnaire",
                   subject_id=questionnaire_id, details={"accounts": len(ids), "only_unset": only_unset}, at=now)
        return len(ids)


def ensure_default_questionnaire(bind: Engine | Connection, now: datetime | None = None) -> VersionInfo | None:
    """On a branch without questionnaires, install "Visita de cobranza" as published version 1.

    Returns the new version, or None when the branch already had a questionnaire.
    """
    now = now or utcnow()
    with write_transaction(bind) as conn:
        if conn.scalar(select(func.count()).select_from(_questionnaires)):
            return None
        draft = create_questionnaire(conn, DEFAULT_NAME, default_questionnaire(), now)
        return publish(conn, draft.questionnaire_id, now).version


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

"""Building a device's sync answer from the change log (reader threads)."""

from __future__ import annotations

from sqlalchemy import Connection, func, select

from mobile_protocol.messages import Account, Geofence, LatLon, QuestionnaireVersion, SyncResponse, SyncSettings

from .branch import Branch, load_branch
from .db.models import Account as AccountRow
from .db.models import Change, Questionnaire
from .db.models import QuestionnaireVersion as VersionRow

_accounts, _changes = AccountRow.__table__, Change.__table__
_questionnaires, _versions = Questionnaire.__table__, VersionRow.__table__


def parse_cursor(cursor: str | None, branch: Branch, head: int) -> int | None:
    """The change id a cursor stands for, or None when the server does not know it."""
    if not cursor:
        return None
    epoch, _, number = cursor.partition(".")
    if epoch != branch.cursor_epoch or not (number.isascii() and number.isdigit()) or len(number) > 18:
        return None
    since = int(number)
    return since if since <= head else None


def account_message(row, branch: Branch) -> Account:
    """An account row as the protocol's Account."""
    location = LatLon(row.lat, row.lon) if row.lat is not None and row.lon is not None else None
    if row.polygon:
        fence = Geofence(polygon=row.polygon)
    else:
        fence = Geofence(radius_m=row.radius_m if row.radius_m is not None else branch.default_radius_m)
    return Account(
        id=str(row.id),
        external_ref=row.external_ref,
        debtor_name=row.debtor_name,
        address=row.address,
        location=location,
        geofence=fence,
        balance=f"{row.balance:.2f}",
        currency=row.currency,
        days_past_due=row.days_past_due,
        segment=row.segment,
        questionnaire_id=str(row.questionnaire_id) if row.questionnaire_id is not None else None,
        visit_order=row.visit_order,
        document_id=row.document_id,
        phones=list(row.phones),
        email=row.email,
        consent_email=row.consent_email,
        consent_sms=row.consent_sms,
        consent_whatsapp=row.consent_whatsapp,
        product=row.product,
        original_amount=None if row.original_amount is None else f"{row.original_amount:.2f}",
        instalment_due_dates=list(row.instalment_due_dates),
        notes=row.notes,
    )


def _version_message(row) -> QuestionnaireVersion:
    return QuestionnaireVersion(
        id=str(row.id), questionnaire_id=str(row.questionnaire_id), version=row.version,
        title=row.title, published_at=row.published_at, definition=row.definition,
    )


def _latest_versions(conn: Connection, questionnaire_ids=None) -> tuple[list, list[str]]:
    """Latest version of each active questionnaire (of `questionnaire_ids` when given), and the others' ids."""
    v, q = _versions.c, _questionnaires.c
    query = select(_versions, q.retired_at).join(_questionnaires, q.id == v.questionnaire_id)
    if questionnaire_ids is not None:
        query = query.where(v.questionnaire_id.in_(questionnaire_ids))
    rows = conn.execute(query.order_by(v.questionnaire_id, v.version)).all()
    latest: dict[int, object] = {}
    for row in rows:
        latest[row.questionnaire_id] = row
    current = [r for r in latest.values() if r.retired_at is None]
    keep = {r.id for r in current}
    return [_version_message(r) for r in current], [str(r.id) for r in rows if r.id not in keep]


def build_sync(conn: Connection, agent_id: int, cursor: str | None) -> SyncResponse:
    """The full or delta sync of one agent's device."""
    branch = load_branch(conn)
    head = conn.scalar(select(func.coalesce(func.max(_changes.c.id), 0)))
    since = parse_cursor(cursor, branch, head)
    a, c = _accounts.c, _changes.c
    settings = SyncSettings(branch.name, branch.timezone, branch.default_radius_m, branch.accuracy_limit_m)
    new_cursor = f"{branch.cursor_epoch}.{head}"
    if since is None:
        rows = conn.execute(select(_accounts).where(a.agent_id == agent_id).order_by(a.visit_order, a.id)).all()
        versions, _ = _latest_versions(conn)
        return SyncResponse(new_cursor, True, [account_message(r, branch) for r in rows], [], versions, [], settings)
    changed = select(c.object_id).where(c.id > since, c.id <= head, c.kind == "account", c.agent_id == agent_id)
    rows = conn.execute(select(_accounts).where(a.id.in_(changed.distinct())).order_by(a.id)).all()
    mine = [r for r in rows if r.agent_id == agent_id]
    present = {r.id for r in rows}
    gone = set(conn.scalars(changed.distinct())) - present
    removed = sorted({r.id for r in rows if r.agent_id != agent_id} | gone)
    touched = conn.scalars(
        select(c.object_id).where(c.id > since, c.id <= head, c.kind == "questionnaire_version")
    ).all()
    touched_q = set(conn.scalars(select(_versions.c.questionnaire_id).where(_versions.c.id.in_(touched)))) if touched else set()
    touched_q |= set(
        conn.scalars(select(c.object_id).where(c.id > since, c.id <= head, c.kind == "questionnaire_retired"))
    )
    versions, stale = _latest_versions(conn, touched_q) if touched_q else ([], [])
    return SyncResponse(
        new_cursor, False, [account_message(r, branch) for r in mine], [str(i) for i in removed], versions, stale, settings
    )

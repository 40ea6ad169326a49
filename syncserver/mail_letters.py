"""Composing the e-mails of claimed outbox rows from the stored visits (a reader thread of the server)."""

from __future__ import annotations

from dataclasses import dataclass
from email.message import EmailMessage
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from sqlalchemy import Engine

from .alerts.mail import alert_letters
from .branch import load_branch
from .mail_content import first_photo, visit_message
from .mail_outbox import Claimed
from .mail_settings import MailSettingsInfo
from .mail_thumbnail import thumbnail_jpeg
from .media import MediaCorrupt, read_media
from .visit_queries import get_visit


@dataclass(frozen=True, slots=True)
class Letter:
    """A claimed row and its composed e-mail (None when it cannot be composed: `problem` says why)."""

    claimed: Claimed
    message: EmailMessage | None
    problem: str | None = None


def compose(engine: Engine, media_root: Path, settings: MailSettingsInfo, claimed: list[Claimed]) -> list[Letter]:
    """The e-mail of each claimed row, in order, with its photo's thumbnail when the photo has arrived."""
    # One plain read connection for the batch (get_visit given an Engine would open a write transaction each).
    with engine.connect() as conn:
        branch = load_branch(conn)
        visits = {row.visit_id: get_visit(conn, row.visit_id) for row in claimed if row.visit_id is not None}
        alerts = alert_letters(conn, branch, settings, [row for row in claimed if row.alert_id is not None])
    try:
        zone = ZoneInfo(branch.timezone)
    except (ZoneInfoNotFoundError, ValueError):
        zone = ZoneInfo("UTC")
    letters = []
    for row in claimed:
        if row.alert_id is not None:
            letters.append(Letter(row, *alerts[row.alert_id]))
            continue
        visit = visits[row.visit_id]
        if visit is None:  # cannot happen while visits are never deleted; kept as a value, not a crash
            letters.append(Letter(row, None, f"visit {row.visit_id} is not stored"))
            continue
        photo, missing = None, False
        media = first_photo(visit.definition, visit.answers)
        if media is not None:
            try:
                content = read_media(engine, media_root, media)
            except MediaCorrupt:
                content = None
            photo = thumbnail_jpeg(content.data) if content is not None else None
            missing = photo is None
        letters.append(Letter(row, visit_message(
            visit, sender=settings.from_address, recipients=settings.recipients, language=settings.language,
            branch_name=branch.name, zone=zone, server_id=branch.server_id, photo=photo, photo_missing=missing,
        )))
    return letters

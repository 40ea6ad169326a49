"""Writing alerts: raise (deduplicated), resolve, queue their e-mails (in the caller's transaction).

Every function here takes the connection of a transaction already open (the writer's group or a
writer job), writes with one statement per call whatever the number of alerts, and returns what
changed so the caller can publish `AlertsChanged`.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, insert, select, update

from ..db.alert_models import Alert
from ..db.mail_models import MailOutbox

_alerts, _outbox = Alert.__table__, MailOutbox.__table__
COLUMNS = ("kind", "device_id", "agent_id", "account_id", "visit_id", "agreement_id", "params", "dedupe_key")


def alert_row(kind: str, key: str, *, device_id: int | None = None, agent_id: int | None = None,
              account_id: int | None = None, visit_id: str | None = None, agreement_id: int | None = None,
              **params: Any) -> dict[str, Any]:
    """One alert to raise, as the plain dict `raise_alerts` takes (params are JSON values)."""
    return {"kind": kind, "dedupe_key": key, "device_id": device_id, "agent_id": agent_id, "account_id": account_id,
            "visit_id": visit_id, "agreement_id": agreement_id, "params": params}


def _ignoring_duplicates(conn: Connection):
    """INSERT ... ON CONFLICT (dedupe_key) DO NOTHING for this backend."""
    if conn.dialect.name == "postgresql":
        from sqlalchemy.dialects.postgresql import insert as dialect_insert  # noqa: PLC0415
    else:
        from sqlalchemy.dialects.sqlite import insert as dialect_insert  # noqa: PLC0415
    return dialect_insert(_alerts).on_conflict_do_nothing(index_elements=["dedupe_key"])


def raise_alerts(conn: Connection, rows: list[dict[str, Any]], now: datetime,
                 mail_kinds: Iterable[str] = ()) -> list[tuple[int, str]]:
    """Insert the alerts whose condition has no open alert yet (one statement); (id, kind) of the new ones.

    The new alerts of a kind in `mail_kinds` get an outbox row each, in the same transaction.
    """
    if not rows:
        return []
    values = [{**row, "raised_at": now} for row in rows]
    new = [(r.id, r.kind) for r in conn.execute(_ignoring_duplicates(conn).returning(_alerts.c.id, _alerts.c.kind),
                                                values)]
    wanted = set(mail_kinds)
    queue_mail(conn, [alert_id for alert_id, kind in new if kind in wanted], now)
    return new


def queue_mail(conn: Connection, alert_ids: list[int], now: datetime) -> None:
    """One outbox row per alert, due now (the sender gives each a stable Message-ID)."""
    if alert_ids:
        conn.execute(insert(_outbox), [{"alert_id": alert_id, "status": "pending", "attempts": 0,
                                        "next_attempt_at": now, "created_at": now} for alert_id in alert_ids])


def resolve_keys(conn: Connection, keys: Iterable[str], now: datetime) -> int:
    """Resolve the open alerts of these conditions (their key is freed for a later alert); how many."""
    keys = list(keys)
    if not keys:
        return 0
    a = _alerts.c
    return conn.execute(update(_alerts).where(a.dedupe_key.in_(keys)).values(resolved_at=now, dedupe_key=None)).rowcount


def open_keys(conn: Connection, kinds: Iterable[str]) -> dict[str, int]:
    """The keys of the conditions that still hold an alert, of these kinds, with the alert's id."""
    a = _alerts.c
    return dict(conn.execute(select(a.dedupe_key, a.id).where(a.kind.in_(list(kinds)), a.dedupe_key.is_not(None))).all())


def open_device_kinds(conn: Connection, kinds: Iterable[str]) -> dict[int, set[str]]:
    """Device id → kinds of its alerts whose condition still holds (the writer's cache starts from this)."""
    a = _alerts.c
    found: dict[int, set[str]] = {}
    for device_id, kind in conn.execute(select(a.device_id, a.kind).where(
            a.kind.in_(list(kinds)), a.dedupe_key.is_not(None), a.device_id.is_not(None))):
        found.setdefault(device_id, set()).add(kind)
    return found

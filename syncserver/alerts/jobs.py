"""Writer jobs of the periodic alert checks: silent devices, and the sweep of promises and agreements (writer thread)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any, ClassVar

from sqlalchemy import JSON, String, cast, exists, func, insert, literal, select

from ..db.alert_models import Alert
from ..db.models import Device
from ..db.types import UtcDateTime
from ..events import AlertsChanged
from .kinds import SILENT_DEVICE
from .store import open_keys, queue_mail, raise_alerts, resolve_keys

_alerts, _devices = Alert.__table__, Device.__table__


@dataclass(slots=True)
class SilentCheckJob:
    """Raise an alert for every device not heard since `cutoff` that has none open: one INSERT ... SELECT."""

    device_id: ClassVar[None] = None
    cutoff: datetime
    now: datetime
    minutes: int
    mail_kinds: tuple[str, ...] = ()

    def apply(self, group) -> list[int]:
        d, a = _devices.c, _alerts.c
        key = literal("silent:") + cast(d.id, String)
        heard = func.coalesce(d.last_seen_at, d.paired_at)
        candidates = select(
            literal(SILENT_DEVICE), d.id, d.agent_id, literal({"minutes": self.minutes}, JSON), key,
            literal(self.now, UtcDateTime()),
        ).where(d.revoked_at.is_(None), heard < self.cutoff, ~exists().where(a.dedupe_key == key))
        statement = (insert(_alerts).from_select(["kind", "device_id", "agent_id", "params", "dedupe_key", "raised_at"],
                                                 candidates).returning(a.id, a.device_id))
        new = group.conn.execute(statement).all()
        if not new:
            return []
        if group.alerts is not None:
            group.alerts.note_silent([row.device_id for row in new])
        mail = self.mail_kinds if group.mail.enabled else ()
        if SILENT_DEVICE in mail:
            queue_mail(group.conn, [row.id for row in new], self.now)
        group.events.append(AlertsChanged(len(new), 0))
        return [row.id for row in new]


@dataclass(slots=True)
class SweepJob:
    """Make the open alerts of `kinds` match the conditions found now: raise the new, resolve the ended."""

    device_id: ClassVar[None] = None
    kinds: tuple[str, ...]
    rows: list[dict[str, Any]]  # conditions to raise an alert for
    holding: set[str]  # keys of every condition that still holds (a superset of the rows' keys)
    now: datetime
    mail_kinds: tuple[str, ...] = ()

    def apply(self, group) -> tuple[int, int]:
        held = open_keys(group.conn, self.kinds)
        resolved = resolve_keys(group.conn, [key for key in held if key not in self.holding], self.now)
        mail = self.mail_kinds if group.mail.enabled else ()
        new = raise_alerts(group.conn, [row for row in self.rows if row["dedupe_key"] not in held], self.now, mail)
        if new or resolved:
            group.events.append(AlertsChanged(len(new), resolved))
        return len(new), resolved

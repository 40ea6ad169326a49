"""Alerts the writer raises inside its group: low batteries, devices heard again, flagged visits (writer thread).

Hot path rule: nothing here runs a statement per position or per visit. The device check reads
only each group's touched devices (the latest battery of each, kept by `Group.touch`) against a
cache of the devices that have an open device alert, and writes only on a change; the visit check
adds one executemany per batch of visits, and only when some visit is flagged.
"""

from __future__ import annotations

import logging
from datetime import datetime, timedelta, timezone
from typing import Any

from sqlalchemy import Connection

from ..events import AlertsChanged
from .kinds import DEVICE_KINDS, LOW_BATTERY, SILENT_DEVICE, VISIT_FLAG_KINDS, battery_key, silent_key, visit_key
from .settings import DEFAULTS, AlertSettingsInfo, read_alert_settings
from .store import alert_row, open_device_kinds, raise_alerts, resolve_keys

log = logging.getLogger(__name__)
SETTINGS_TTL = timedelta(seconds=1)
# A low battery resolves at threshold + this (or when charging), so a battery hovering at the threshold
# does not raise an alert on every other position.
BATTERY_HYSTERESIS_PCT = 5


class WriterAlerts:
    """The writer's memory of open device alerts and the thresholds; used only on the writer's thread."""

    def __init__(self) -> None:
        self._open: dict[int, set[str]] | None = None
        self._settings: AlertSettingsInfo = DEFAULTS
        self._read = datetime.min.replace(tzinfo=timezone.utc)

    def forget(self) -> None:
        """Re-read the open alerts and thresholds before the next group (after a failed group or a change)."""
        self._open = None
        self._read = datetime.min.replace(tzinfo=timezone.utc)

    def settings(self, conn: Connection, now: datetime) -> AlertSettingsInfo:
        """The thresholds, re-read at most every SETTINGS_TTL."""
        if now - self._read > SETTINGS_TTL:
            self._settings, self._read = read_alert_settings(conn), now
        return self._settings

    def mail_kinds(self, group) -> tuple[str, ...]:
        """The kinds that go by e-mail in this group (none while e-mail notifications are off)."""
        return self.settings(group.conn, group.now).mail_kinds if group.mail.enabled else ()

    def note_silent(self, device_ids: list[int]) -> None:
        """Devices the silent check just raised an alert for (in this writer's transaction)."""
        if self._open is not None:
            for device_id in device_ids:
                self._open.setdefault(device_id, set()).add(SILENT_DEVICE)

    def check_devices(self, group) -> None:
        """Raise low batteries and resolve what the group's touched devices ended; writes only on a change."""
        conn, now = group.conn, group.now
        if self._open is None:
            self._open = open_device_kinds(conn, DEVICE_KINDS)
        threshold = self.settings(conn, now).battery_pct
        raised: list[dict[str, Any]] = []
        ended: list[tuple[int, str, str]] = []
        for device_id, values in group.touched.items():
            kinds = self._open.get(device_id, ())
            if SILENT_DEVICE in kinds:
                ended.append((device_id, SILENT_DEVICE, silent_key(device_id)))
            pct = values.get("battery_pct")
            if pct is None:
                continue
            charging = bool(values.get("charging"))
            if LOW_BATTERY in kinds:
                if charging or pct >= threshold + BATTERY_HYSTERESIS_PCT:
                    ended.append((device_id, LOW_BATTERY, battery_key(device_id)))
            elif pct < threshold and not charging:
                state = group.devices.get(device_id)
                raised.append(alert_row(LOW_BATTERY, battery_key(device_id), device_id=device_id,
                                        agent_id=state.agent_id if state else None, battery_pct=pct,
                                        threshold=threshold))
        if not raised and not ended:
            return
        try:
            with conn.begin_nested():  # a failure here must not sink the group's positions and visits
                resolved = resolve_keys(conn, [key for _, _, key in ended], now)
                new = raise_alerts(conn, raised, now, self.mail_kinds(group))
        except Exception:  # noqa: BLE001 - alerts are advisory; the ingest commits anyway
            log.exception("device alerts of this group failed")
            self.forget()
            return
        for device_id, kind, _ in ended:
            self._open.get(device_id, set()).discard(kind)
        for row in raised:
            self._open.setdefault(row["device_id"], set()).add(LOW_BATTERY)
        group.events.append(AlertsChanged(len(new), resolved))


def raise_visit_alerts(group, rows: list[dict[str, Any]], flags_of: dict[str, list[str]]) -> None:
    """Alerts for new visits outside their geofence or with a mock location: one executemany, if any."""
    alerts = [alert_row(kind, visit_key(kind, row["id"]), device_id=row["device_id"], agent_id=row["agent_id"],
                        account_id=row["account_id"], visit_id=row["id"], outcome=row["outcome"],
                        distance_m=row["distance_m"])
              for row in rows for flag in flags_of.get(row["id"], ()) if (kind := VISIT_FLAG_KINDS.get(flag))]
    if not alerts:
        return
    checks: WriterAlerts | None = getattr(group, "alerts", None)
    mail_kinds = checks.mail_kinds(group) if checks is not None else ()
    new = raise_alerts(group.conn, alerts, group.now, mail_kinds)
    if new:
        group.events.append(AlertsChanged(len(new), 0))

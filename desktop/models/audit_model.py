"""The audit log as a table: when, who, what, on what, from where, and the details in short."""

from __future__ import annotations

import json
from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication, QModelIndex, QObject, QPersistentModelIndex, Qt

from syncserver import audit as a
from syncserver.audit_log import AuditRow

from ..security_labels import audit_action_labels, export_labels, origin_labels, subject_labels
from .table import RowsTableModel

ModelIndex = QModelIndex | QPersistentModelIndex

AT, ACTOR, ACTION, SUBJECT, ORIGIN, DETAILS = range(6)
# Entries whose details are {field: [old, new]}.
CHANGES = frozenset({a.AGENT_UPDATED, a.AGENT_ACTIVATED, a.AGENT_DEACTIVATED, a.USER_UPDATED, a.USER_ACTIVATED,
                     a.USER_DEACTIVATED, a.SETTINGS_CHANGED, a.SERVER_SETTINGS_CHANGED, a.MAIL_SETTINGS_CHANGED,
                     a.STRATEGY_RULES_CHANGED, a.AGREEMENT_SETTINGS_CHANGED, a.REPORT_RENAMED})
LIST_SHOWN = 3  # longer lists are counted, not listed (the tooltip and the CSV have them all)
TOOLTIP_CHARS = 3000


def _short(value: Any) -> str:
    if value is None:
        return "—"
    if isinstance(value, bool):
        return QCoreApplication.translate("AuditModel", "sí") if value else QCoreApplication.translate("AuditModel", "no")
    if isinstance(value, list):
        if len(value) > LIST_SHOWN:
            return f"{len(value)} ×"
        return "[" + ", ".join(_short(item) for item in value) + "]"
    if isinstance(value, dict):
        return "{" + ", ".join(f"{key}: {_short(item)}" for key, item in value.items()) + "}"
    return str(value)


def details_summary(action: str, details: dict[str, Any]) -> str:
    """The details on one line: "name: Ana → Ana María" for changes, "key: value" otherwise."""
    if action in CHANGES:
        return "; ".join(f"{field}: {_short(pair[0])} → {_short(pair[1])}" if isinstance(pair, list) and len(pair) == 2
                         else f"{field}: {_short(pair)}" for field, pair in details.items())
    if action == a.DATA_EXPORTED and "what" in details:
        details = {**details, "what": export_labels().get(details["what"], details["what"])}
    return "; ".join(f"{key}: {_short(value)}" for key, value in details.items())


class AuditModel(RowsTableModel):
    """GUI thread only. Rows are `AuditRow` values, newest first, shown in the branch's time zone."""

    RowRole = Qt.ItemDataRole.UserRole + 1

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._headers = [self.tr("Fecha y hora"), self.tr("Quién"), self.tr("Acción"), self.tr("Sobre"),
                         self.tr("Origen"), self.tr("Detalles")]
        self._zone = ZoneInfo("UTC")
        self._actions = audit_action_labels()
        self._origins = origin_labels()
        self._subjects = subject_labels()

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row: AuditRow = self._rows[index.row()]
        column = index.column()
        if role == self.RowRole:
            return row
        if role == Qt.ItemDataRole.DisplayRole:
            if column == AT:
                return row.at.astimezone(self._zone).strftime("%d/%m/%Y %H:%M:%S")
            if column == ACTOR:
                return row.actor
            if column == ACTION:
                return self._actions.get(row.action, row.action)
            if column == SUBJECT:
                if row.subject_type is None:
                    return ""
                kind = self._subjects.get(row.subject_type, row.subject_type)
                return f"{kind} {row.subject_id}" if row.subject_id is not None else kind
            if column == ORIGIN:
                return self._origins.get(row.origin, row.origin)
            if column == DETAILS:
                return details_summary(row.action, row.details)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == ACTION:
                return row.action
            if column == DETAILS and row.details:
                text = json.dumps(row.details, ensure_ascii=False, indent=1)
                return text if len(text) <= TOOLTIP_CHARS else text[:TOOLTIP_CHARS] + "\n…"
        return None

    def set_rows(self, rows: list[AuditRow], zone: ZoneInfo) -> None:
        """Show a freshly read page of the log (a new filter: the whole table changes)."""
        self.beginResetModel()
        self._rows = list(rows)
        self._zone = zone
        self.endResetModel()

    def row_at(self, row: int) -> AuditRow:
        """The entry shown in a row."""
        return self._rows[row]

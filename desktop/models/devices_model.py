"""Paired devices as a table: agent, model, OS, app version, last seen, battery, active or revoked."""

from __future__ import annotations

import dataclasses
from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import (
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QColor

from syncserver.devices import DeviceInfo

from ..branch_day import local
from .table import RowsTableModel

ModelIndex = QModelIndex | QPersistentModelIndex

AGENT, MODEL, OS, APP_VERSION, LAST_SEEN, BATTERY, STATE = range(7)


class DevicesModel(RowsTableModel):
    """GUI thread only. Rows are `DeviceInfo` values, newest pairing first; events change single cells."""

    DeviceRole = Qt.ItemDataRole.UserRole + 1
    AgentIdRole = Qt.ItemDataRole.UserRole + 2

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._headers = [
            self.tr("Gestor"), self.tr("Modelo"), self.tr("Sistema"), self.tr("Versión de la app"),
            self.tr("Última conexión"), self.tr("Batería"), self.tr("Estado"),
        ]
        self.now = lambda: datetime.now(UTC)  # replaceable clock for the relative ages

    # --- Qt model interface -------------------------------------------------------------


    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        device = self._rows[index.row()]
        if role == self.DeviceRole:
            return device
        if role == self.AgentIdRole:
            return device.agent_id
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(device, index.column())
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == LAST_SEEN and device.last_seen_at:
            return local(device.last_seen_at).strftime("%d/%m/%Y %H:%M:%S")
        if role == Qt.ItemDataRole.ForegroundRole and device.revoked:
            return QColor(Qt.GlobalColor.gray)
        return None

    def _display(self, device: DeviceInfo, column: int) -> str:
        if column == AGENT:
            return f"{device.agent_code} · {device.agent_name}"
        if column == MODEL:
            return device.model or ""
        if column == OS:
            return device.os or ""
        if column == APP_VERSION:
            return device.app_version or ""
        if column == LAST_SEEN:
            return self.age_text(device.last_seen_at)
        if column == BATTERY:
            if device.battery_pct is None:
                return ""
            text = f"{device.battery_pct} %"
            return text + self.tr(" (cargando)") if device.charging else text
        if column == STATE:
            return self.tr("Revocado") if device.revoked else self.tr("Activo")
        return ""

    def age_text(self, moment: datetime | None) -> str:
        """How long ago, in words people read at a glance."""
        if moment is None:
            return self.tr("nunca")
        seconds = max(0, int((self.now() - moment).total_seconds()))
        if seconds < 60:
            return self.tr("hace un momento")
        if seconds < 3600:
            return self.tr("hace %d min") % (seconds // 60)
        if seconds < 86400:
            return self.tr("hace %d h") % (seconds // 3600)
        return self.tr("hace %d días") % (seconds // 86400)

    # --- changes --------------------------------------------------------------------------

    def set_devices(self, devices: list[DeviceInfo]) -> None:
        """Show a freshly loaded list (the page's first load, not a per-event update)."""
        self.beginResetModel()
        self._rows = list(devices)
        self.endResetModel()

    def add_device(self, device: DeviceInfo) -> None:
        """A newly paired device: a new first row (or its row updated if already shown)."""
        if self.row_of(device.id) is not None:
            self.replace(device)
            return
        self.beginInsertRows(QModelIndex(), 0, 0)
        self._rows.insert(0, device)
        self.endInsertRows()

    def replace(self, device: DeviceInfo) -> None:
        """Show a device as just read from the database (every cell of its row)."""
        row = self.row_of(device.id)
        if row is not None:
            self._rows[row] = device
            self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))

    def mark_seen(self, device_id: int | str, seen_at: datetime) -> None:
        """The device talked to the server: its last-seen cell changes."""
        self._change(device_id, LAST_SEEN, last_seen_at=seen_at)

    def set_battery(self, device_id: int | str, battery_pct: int | None, charging: bool | None) -> None:
        """The device reported its battery with a position: its battery cell changes."""
        if battery_pct is not None:
            self._change(device_id, BATTERY, battery_pct=battery_pct, charging=charging)

    def mark_revoked(self, device_id: int | str, revoked_at: datetime) -> None:
        """The device's token was revoked: its state cell changes (the first revocation time stays)."""
        row = self.row_of(device_id)
        if row is not None and not self._rows[row].revoked:
            self._change(device_id, STATE, revoked_at=revoked_at)

    def rename_agent(self, agent_id: int, agent_name: str) -> None:
        """An agent's name was edited: the agent cell of each of its devices changes."""
        for row, device in enumerate(self._rows):
            if device.agent_id == agent_id and device.agent_name != agent_name:
                self._rows[row] = dataclasses.replace(device, agent_name=agent_name)
                cell = self.index(row, AGENT)
                self.dataChanged.emit(cell, cell)

    def refresh_ages(self) -> None:
        """Relative ages grow with time: one change signal for the whole last-seen column."""
        if self._rows:
            self.dataChanged.emit(self.index(0, LAST_SEEN), self.index(len(self._rows) - 1, LAST_SEEN))

    def _change(self, device_id: int | str, column: int, **values: Any) -> None:
        row = self.row_of(device_id)
        if row is None:
            return
        self._rows[row] = dataclasses.replace(self._rows[row], **values)
        cell = self.index(row, column)
        self.dataChanged.emit(cell, cell)

    # --- reading ----------------------------------------------------------------------------

    def row_of(self, device_id: int | str) -> int | None:
        """The row of a device (events name it by a string id, the database by an int)."""
        wanted = str(device_id)
        for row, device in enumerate(self._rows):
            if str(device.id) == wanted:
                return row
        return None

    def device_at(self, row: int) -> DeviceInfo | None:
        """The device shown in this row, if any."""
        return self._rows[row] if 0 <= row < len(self._rows) else None


class AgentDevicesFilter(QSortFilterProxyModel):
    """GUI thread only. Shows one agent's devices, or every device when no agent is chosen."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._agent_id: int | None = None

    @property
    def agent_id(self) -> int | None:
        return self._agent_id

    def set_agent_id(self, agent_id: int | None) -> None:
        """Filter to this agent's devices (None: all)."""
        if agent_id == self._agent_id:
            return
        self.beginFilterChange()
        self._agent_id = agent_id
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: ModelIndex) -> bool:
        if self._agent_id is None:
            return True
        index = self.sourceModel().index(source_row, 0, source_parent)
        return index.data(DevicesModel.AgentIdRole) == self._agent_id

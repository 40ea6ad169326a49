"""The "Gestores y dispositivos" page: field agents above, their paired devices below."""

from __future__ import annotations

import html
from datetime import UTC, datetime

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from syncserver.agents import AgentInfo, list_agents, update_agent
from syncserver.devices import DeviceInfo, get_device, list_devices
from syncserver.events import DevicePaired, DeviceRevoked, DeviceSeen, PositionsStored
from syncserver.office import revoke
from syncserver.permissions import AGENTS_MANAGE, DEVICES_PAIR, DEVICES_REVOKE

from ..models.agents_model import NAME, AgentsModel
from ..models.devices_model import AGENT, AgentDevicesFilter, DevicesModel
from ..server_host import ServerHost
from ..worker import run_in_background
from .agent_dialog import AgentDialog
from .pairing_dialog import PairingDialog
from .permission_ui import denied_text, guard

AGE_REFRESH_MS = 30_000


def _table(model, stretch: int) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.verticalHeader().hide()
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    view.horizontalHeader().setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    return view


class AgentsPage(QWidget):
    """GUI thread only. Reads and writes run on pool threads, revocation on the server loop; events arrive by signal."""

    def __init__(self, host: ServerHost, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.host = host
        self.agents_model = AgentsModel(self)
        self.devices_model = DevicesModel(self)
        self.devices_filter = AgentDevicesFilter(self)
        self.devices_filter.setSourceModel(self.devices_model)
        self.agent_dialog: AgentDialog | None = None
        self.pairing_dialog: PairingDialog | None = None
        self.loaded = False
        self._build()
        host.bridge.device_paired.connect(self._device_paired)
        host.bridge.device_seen.connect(self._device_seen)
        host.bridge.positions_stored.connect(self._positions_stored)
        host.bridge.device_revoked.connect(self._device_revoked)
        self._ages = QTimer(self)  # relative ages ("hace 3 min") grow without any event
        self._ages.timeout.connect(self.devices_model.refresh_ages)
        self._ages.start(AGE_REFRESH_MS)
        if host.port is not None:
            self.load()
        else:  # the server migrates the database as it starts: read after that
            host.started.connect(lambda _port: self.load())

    def _build(self) -> None:
        self.add_button = QPushButton(self.tr("Nuevo gestor"))
        self.edit_button = QPushButton(self.tr("Editar"))
        self.active_button = QPushButton(self.tr("Desactivar"))
        self.pair_button = QPushButton(self.tr("Vincular un dispositivo"))
        self.revoke_button = QPushButton(self.tr("Revocar"))
        self.all_devices_check = QCheckBox(self.tr("Dispositivos de todos los gestores"))
        self.notice_label = QLabel()
        self.notice_label.setTextFormat(Qt.TextFormat.PlainText)  # it quotes agents' names
        self.agents_view = _table(self.agents_model, NAME)
        self.devices_view = _table(self.devices_filter, AGENT)
        self.add_button.clicked.connect(self.add_agent)
        self.edit_button.clicked.connect(self.edit_agent)
        self.active_button.clicked.connect(self.toggle_active)
        self.pair_button.clicked.connect(self.open_pairing)
        self.revoke_button.clicked.connect(self.revoke_selected)
        self.all_devices_check.toggled.connect(lambda _checked: self._agent_changed())
        self.agents_view.doubleClicked.connect(lambda _index: self.edit_agent())
        self.agents_view.selectionModel().currentRowChanged.connect(lambda *_: self._agent_changed())
        self.devices_view.selectionModel().currentRowChanged.connect(lambda *_: self._update_buttons())
        self.devices_filter.modelReset.connect(self._update_buttons)
        self.devices_model.dataChanged.connect(lambda *_: self._update_buttons())

        agents_bar = QHBoxLayout()
        agents_bar.addWidget(QLabel(self.tr("<b>Gestores</b>")))
        agents_bar.addStretch(1)
        for button in (self.add_button, self.edit_button, self.active_button):
            agents_bar.addWidget(button)
        devices_bar = QHBoxLayout()
        devices_bar.addWidget(QLabel(self.tr("<b>Dispositivos</b>")))
        devices_bar.addWidget(self.all_devices_check)
        devices_bar.addStretch(1)
        devices_bar.addWidget(self.pair_button)
        devices_bar.addWidget(self.revoke_button)
        splitter = QSplitter(Qt.Orientation.Vertical)
        for bar, view in ((agents_bar, self.agents_view), (devices_bar, self.devices_view)):
            part = QWidget()
            part_layout = QVBoxLayout(part)
            part_layout.setContentsMargins(0, 0, 0, 0)
            part_layout.addLayout(bar)
            part_layout.addWidget(view)
            splitter.addWidget(part)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.notice_label)
        self._update_buttons()

    # --- loading and live events ----------------------------------------------------------

    def load(self) -> None:
        """Read every agent and device in the background."""
        host = self.host
        run_in_background(lambda: (list_agents(host.engine), list_devices(host.engine)), self._loaded, self._failed)

    def _loaded(self, result: tuple[list[AgentInfo], list[DeviceInfo]]) -> None:
        agents, devices = result
        self.agents_model.set_agents(agents)
        self.devices_model.set_devices(devices)
        self.loaded = True
        self._agent_changed()

    def _device_paired(self, event: DevicePaired) -> None:
        host = self.host
        run_in_background(lambda: get_device(host.engine, event.device_id), self.devices_model.add_device, self._failed)

    def _device_seen(self, event: DeviceSeen) -> None:
        self.devices_model.mark_seen(event.device_id, event.seen_at)

    def _positions_stored(self, event: PositionsStored) -> None:
        if event.latest is not None:
            self.devices_model.set_battery(event.device_id, event.latest.battery_pct, event.latest.charging)

    def _device_revoked(self, event: DeviceRevoked) -> None:
        self.devices_model.mark_revoked(event.device_id, datetime.now(UTC))

    def _failed(self, error: Exception) -> None:
        self.notice_label.setText(denied_text(error) or self.tr("Error: %s") % error)
        self._update_buttons()

    # --- selection ------------------------------------------------------------------------------

    def selected_agent(self) -> AgentInfo | None:
        """The agent of the current row of the agents table."""
        index = self.agents_view.currentIndex()
        return self.agents_model.agent_at(index.row()) if index.isValid() else None

    def selected_device(self) -> DeviceInfo | None:
        """The device of the current row of the devices table."""
        index = self.devices_view.currentIndex()
        if not index.isValid():
            return None
        return self.devices_model.device_at(self.devices_filter.mapToSource(index).row())

    def select_agent(self, code: str) -> None:
        """Make this agent the current row (its devices show below)."""
        row = self.agents_model.row_of(code)
        if row is not None:
            self.agents_view.setCurrentIndex(self.agents_model.index(row, 0))

    def _agent_changed(self) -> None:
        agent = self.selected_agent()
        show_all = self.all_devices_check.isChecked() or agent is None
        self.devices_filter.set_agent_id(None if show_all else agent.id)
        self._update_buttons()

    def _update_buttons(self) -> None:
        agent, device, session = self.selected_agent(), self.selected_device(), self.host.session
        guard(self.add_button, session, AGENTS_MANAGE)
        guard(self.edit_button, session, AGENTS_MANAGE, agent is not None)
        guard(self.active_button, session, AGENTS_MANAGE, agent is not None)
        self.active_button.setText(self.tr("Activar") if agent and not agent.active else self.tr("Desactivar"))
        guard(self.pair_button, session, DEVICES_PAIR)
        guard(self.revoke_button, session, DEVICES_REVOKE, device is not None and not device.revoked)

    # --- actions ----------------------------------------------------------------------------------

    def add_agent(self) -> AgentDialog:
        """Open the dialog for a new agent (non-blocking); returns it."""
        return self._open_agent_dialog(None)

    def edit_agent(self) -> AgentDialog | None:
        """Open the dialog for the selected agent's name and email."""
        agent = self.selected_agent()
        return self._open_agent_dialog(agent) if agent and self.host.session.can(AGENTS_MANAGE) else None

    def _open_agent_dialog(self, agent: AgentInfo | None) -> AgentDialog:
        self.agent_dialog = AgentDialog(self.host, agent, self)
        self.agent_dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.agent_dialog.saved.connect(self._agent_saved)
        self.agent_dialog.open()
        return self.agent_dialog

    def _agent_saved(self, agent: AgentInfo) -> None:
        self.agents_model.upsert(agent)
        self.devices_model.rename_agent(agent.id, agent.name)
        self.select_agent(agent.code)
        self._update_buttons()

    def toggle_active(self) -> None:
        """Deactivate the selected agent (no new pairings, no sync), or activate it again."""
        agent = self.selected_agent()
        if agent is None:
            return
        host, code, active, actor = self.host, agent.code, not agent.active, self.host.actor
        run_in_background(lambda: update_agent(host.engine, code, active=active, actor=actor), self._agent_saved,
                          self._failed)

    def open_pairing(self) -> PairingDialog:
        """Open the pairing dialog for the selected agent (non-blocking); returns it."""
        if self.pairing_dialog is not None:
            self.pairing_dialog.deleteLater()
        active = [agent for agent in self.agents_model.agents() if agent.active]
        selected = self.selected_agent()
        self.pairing_dialog = PairingDialog(self.host, active, selected.code if selected else None, self)
        self.pairing_dialog.paired.connect(self._paired)
        self.pairing_dialog.open()
        return self.pairing_dialog

    def _paired(self, event: DevicePaired) -> None:
        text = self.tr("Dispositivo vinculado a %s (%s).") % (event.agent_name, event.model or self.tr("modelo desconocido"))
        self.notice_label.setText(text)
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("Vincular un dispositivo"), text,
                          QMessageBox.StandardButton.Ok, self)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()

    def revoke_selected(self) -> None:
        """Revoke the selected device after asking; its next request gets 401."""
        device = self.selected_device()
        if device is None or device.revoked:
            return
        # Rich text on purpose, with the typed names escaped: they must show as typed, never as markup.
        question = self.tr("<p>¿Revocar el dispositivo %s de %s?</p><p>Dejará de poder sincronizar; para volver a "
                           "usarlo habrá que vincularlo de nuevo.</p>") % (
            html.escape(device.model or device.install_id), html.escape(device.agent_name))
        answer = QMessageBox.question(self, self.tr("Revocar"), question,
                                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                      QMessageBox.StandardButton.No)
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.revoke_button.setEnabled(False)
        self.host.call(revoke(self.host.server.app, device.id, self.host.actor), self._revoked, self._failed)

    def _revoked(self, device: DeviceInfo) -> None:
        self.devices_model.replace(device)
        self.notice_label.setText(self.tr("Dispositivo revocado."))
        self._update_buttons()

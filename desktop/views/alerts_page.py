"""The "Alertas" page: open alerts (kind, subject, since when), acknowledged one or many at a time.

It reads again when the server says alerts changed (the bridge's signal), never on a timer; a
burst of changes while a reading is on its way gives one more reading, not one per change.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from syncserver.alerts.kinds import DEVICE_KINDS, VISIT_KINDS
from syncserver.alerts.office import AlertInfo, acknowledge, list_alerts
from syncserver.permissions import ALERTS_ACKNOWLEDGE

from ..models.alerts_model import AlertsModel
from ..server_host import ServerHost
from ..worker import run_in_background
from .alert_settings_dialog import AlertSettingsDialog
from .permission_ui import denied_text, guard


class AlertsPage(QWidget):
    """GUI thread only. Reads and acknowledgements run on pool threads (run_in_background)."""

    open_count_changed = Signal(int)
    go_to = Signal(str, object)  # ("agent", code) | ("visit", id) | ("account", id) | ("agreement", id)
    acknowledged = Signal(list)

    def __init__(self, host: ServerHost, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.host = host
        self.model = AlertsModel(self)
        self._reading = False
        self._again = False
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setStretchLastSection(True)  # the detail takes what the others leave
        self.table.doubleClicked.connect(self._open)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.ack_button = QPushButton(self.tr("Marcar como vistas"))
        self.ack_button.clicked.connect(self.acknowledge_selected)
        self.settings_button = QPushButton(self.tr("Umbrales…"))
        self.settings_button.clicked.connect(self.open_settings)
        self.status_label = QLabel(self.tr("Cargando alertas…"))
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Alertas abiertas: sin marcar como vistas ni resueltas solas. "
                                     "Doble clic para ir a lo que señalan.")))
        bar.addStretch(1)
        bar.addWidget(self.settings_button)
        bar.addWidget(self.ack_button)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status_label)
        for signal in (self.model.rowsInserted, self.model.rowsRemoved):
            signal.connect(self._count)
        # Kind, subject and since fit their texts as rows come (a header in ResizeToContents mode
        # sized them once, from the titles, while the list was still empty).
        self.model.rowsInserted.connect(lambda *_: [self.table.resizeColumnToContents(c) for c in (0, 1, 2)])
        host.branch_zone_changed.connect(lambda _zone: self.table.viewport().update())  # «Desde» on the new clock
        host.bridge.alerts_changed.connect(lambda _event: self.reload())
        if host.port is None:
            host.started.connect(lambda _port: self.reload())
        else:
            self.reload()
        self._selection_changed()

    def showEvent(self, event) -> None:  # noqa: N802 - Qt override
        """Read again when the page comes into view: the CLI or another PC may have acknowledged some."""
        super().showEvent(event)
        self.reload()

    def reload(self) -> None:
        """Read the open alerts on a pool thread (once more after it when asked meanwhile)."""
        if self._reading:
            self._again = True
            return
        self._reading, self._again = True, False
        engine = self.host.engine if self.host.port is not None else None
        if engine is None:
            self._reading = False
            return
        run_in_background(lambda: list_alerts(engine, open_only=True), self._loaded, self._failed)

    def _loaded(self, alerts: list[AlertInfo]) -> None:
        self._reading = False
        self.model.merge(alerts)
        self._count()
        self._selection_changed()
        if self._again:
            self.reload()

    def _failed(self, error: Exception) -> None:
        self._reading = False
        self.status_label.setText(self.tr("No se pudieron leer las alertas: %s") % (str(error) or type(error).__name__))

    def _count(self, *_args) -> None:
        count = self.model.rowCount()
        self.status_label.setText(self.tr("1 alerta abierta") if count == 1 else self.tr("%d alertas abiertas") % count)
        self.open_count_changed.emit(count)

    def selected_alerts(self) -> list[AlertInfo]:
        """The alerts of the selected rows, in table order."""
        return [self.model.alert_at(index.row()) for index in sorted(self.table.selectionModel().selectedRows())]

    def _selection_changed(self, *_args) -> None:
        guard(self.ack_button, self.host.session, ALERTS_ACKNOWLEDGE, bool(self.selected_alerts()))

    def acknowledge_selected(self) -> None:
        """Mark the selected alerts as seen by this session's user (audited)."""
        ids = [alert.id for alert in self.selected_alerts()]
        if not ids:
            return
        engine, actor = self.host.engine, self.host.actor
        self.ack_button.setEnabled(False)
        run_in_background(lambda: acknowledge(engine, ids, actor=actor), self._acknowledged, self._ack_failed)

    def _acknowledged(self, ids: list[int]) -> None:
        self.acknowledged.emit(ids)
        self.reload()

    def _ack_failed(self, error: Exception) -> None:
        self.status_label.setText(denied_text(error) or self.tr("No se pudieron marcar: %s") % error)
        self._selection_changed()

    def _open(self, index: QModelIndex) -> None:
        alert = self.model.alert_at(index.row())
        if alert.kind in DEVICE_KINDS and alert.agent_code:
            self.go_to.emit("agent", alert.agent_code)
        elif alert.kind in VISIT_KINDS and alert.visit_id:
            self.go_to.emit("visit", alert.visit_id)
        elif alert.agreement_id is not None:
            self.go_to.emit("agreement", alert.agreement_id)
        elif alert.account_id is not None:
            self.go_to.emit("account", alert.account_id)

    def open_settings(self) -> AlertSettingsDialog:
        """Edit the thresholds."""
        dialog = AlertSettingsDialog(self.host, self)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

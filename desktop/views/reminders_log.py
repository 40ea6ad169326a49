"""The reminder message log: filters by status and channel, counts, and the table; reloads on RemindersChanged."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from syncserver.kpis.days import zone_of
from syncserver.reminder_outbox import STATUSES, list_reminders, reminder_counts
from syncserver.settings import read_settings

from ..models.reminders_model import RemindersModel
from ..reminder_labels import channel_labels, status_labels
from ..server_host import ServerHost
from ..worker import run_in_background

LIMIT = 2000


class RemindersLog(QWidget):
    """GUI thread only. Reads on a pool thread; a reload asked during one runs once it ends."""

    loaded = Signal(int)  # rows shown

    def __init__(self, host: ServerHost, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.host = host
        self.model = RemindersModel(self)
        self._loading = False
        self._again = False
        self.status_combo = QComboBox()
        self.status_combo.addItem(self.tr("Todos los estados"), None)
        for code, label in status_labels().items():
            self.status_combo.addItem(label, code)
        self.channel_combo = QComboBox()
        self.channel_combo.addItem(self.tr("Todos los canales"), None)
        for code, label in channel_labels().items():
            self.channel_combo.addItem(label, code)
        for combo in (self.status_combo, self.channel_combo):
            combo.currentIndexChanged.connect(self._changed)
        self.counts_label = QLabel()
        self.counts_label.setTextFormat(Qt.TextFormat.PlainText)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        bar = QHBoxLayout()
        bar.addWidget(self.status_combo)
        bar.addWidget(self.channel_combo)
        bar.addWidget(self.counts_label, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        host.bridge.reminders_changed.connect(self._changed)  # a bound slot: disconnected when this widget goes

    def _changed(self, _event) -> None:
        self.reload()

    def reload(self) -> None:
        """Read the log again with the filters chosen."""
        if self._loading:
            self._again = True
            return
        self._loading = True
        status, channel = self.status_combo.currentData(), self.channel_combo.currentData()
        host = self.host

        def read():
            engine = host.engine
            zone = zone_of(read_settings(engine).timezone)
            return (list_reminders(engine, status=status, channel=channel, limit=LIMIT),
                    reminder_counts(engine, channel=channel), zone)

        run_in_background(read, self._loaded, self._failed)

    def _loaded(self, found) -> None:
        if not isValid(self):
            return
        rows, counts, zone = found
        self.model.set_rows(rows, zone)
        labels = status_labels()
        self.counts_label.setText("  ·  ".join(f"{labels[s]}: {counts[s]}" for s in STATUSES))
        self._finish()
        self.loaded.emit(len(rows))

    def _failed(self, error: Exception) -> None:
        if not isValid(self):
            return
        self.counts_label.setText(self.tr("No se pudo leer el registro de mensajes: %s") % error)
        self._finish()

    def _finish(self) -> None:
        self._loading = False
        if self._again:
            self._again = False
            self.reload()

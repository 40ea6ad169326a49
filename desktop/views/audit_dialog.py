"""Auditoría (Archivo menu): the log of sensitive actions, filtered by dates, person and action, exported as CSV."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from syncserver.audit_log import AuditFilter, audit_actors, day_range, export_audit, list_audit
from syncserver.branch import load_branch
from syncserver.kpis.days import zone_of
from syncserver.permissions import DATA_EXPORT

from ..branch_day import qdate
from ..models.audit_model import DETAILS, AuditModel
from ..security_labels import audit_action_labels
from ..server_host import ServerHost
from ..worker import run_in_background
from .permission_ui import denied_text, guard

SHOWN_LIMIT = 5000  # the table shows the newest ones; the CSV has them all
DEFAULT_DAYS = 30


class AuditDialog(QDialog):
    """GUI thread only; the log is read and exported on pool threads. `loaded(int)` after each read."""

    loaded = Signal(int)
    exported = Signal(int)

    def __init__(self, host: ServerHost, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.host = host
        self.zone = None
        self._generation = 0  # only the newest read's answer is shown
        self.setWindowTitle(self.tr("Auditoría"))
        self.resize(1000, 560)
        today = qdate(host.branch_today())
        self.from_edit = self._date(today.addDays(-DEFAULT_DAYS))
        self.to_edit = self._date(today)
        self.actor_combo = QComboBox()
        self.actor_combo.addItem(self.tr("Todos"), None)
        self.action_combo = QComboBox()
        self.action_combo.addItem(self.tr("Todas"), None)
        for code, label in sorted(audit_action_labels().items(), key=lambda item: item[1]):
            self.action_combo.addItem(label, code)
        self.export_button = QPushButton(self.tr("Exportar CSV…"))
        self.export_button.clicked.connect(self._choose_export)
        guard(self.export_button, host.session, DATA_EXPORT)
        self.model = AuditModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(DETAILS, QHeaderView.ResizeMode.Stretch)
        self.status_label = QLabel(self.tr("Leyendo…"))
        self.status_label.setTextFormat(Qt.TextFormat.PlainText)
        self.status_label.setWordWrap(True)
        filters = QHBoxLayout()
        for caption, widget in ((self.tr("Desde"), self.from_edit), (self.tr("Hasta"), self.to_edit),
                                (self.tr("Quién"), self.actor_combo), (self.tr("Acción"), self.action_combo)):
            filters.addWidget(QLabel(caption))
            filters.addWidget(widget)
        filters.addStretch(1)
        filters.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status_label)
        for signal in (self.from_edit.dateChanged, self.to_edit.dateChanged, self.actor_combo.currentIndexChanged,
                       self.action_combo.currentIndexChanged):
            signal.connect(lambda *_: self.reload())
        self.reload()

    def _date(self, day: QDate) -> QDateEdit:
        edit = QDateEdit(day)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("dd/MM/yyyy")
        return edit

    def set_filter(self, first: date | None = None, last: date | None = None, actor: str | None = None,
                   action: str | None = None) -> None:
        """Choose the filter as a person would (each change reads again)."""
        if first is not None:
            self.from_edit.setDate(QDate(first.year, first.month, first.day))
        if last is not None:
            self.to_edit.setDate(QDate(last.year, last.month, last.day))
        if actor is not None:
            index = self.actor_combo.findData(actor)
            if index < 0:
                self.actor_combo.addItem(actor, actor)
                index = self.actor_combo.count() - 1
            self.actor_combo.setCurrentIndex(index)
        if action is not None:
            self.action_combo.setCurrentIndex(max(0, self.action_combo.findData(action)))

    def days(self) -> tuple[date, date]:
        """The first and last day chosen (in order)."""
        first, last = self.from_edit.date().toPython(), self.to_edit.date().toPython()
        return (first, last) if first <= last else (last, first)

    def reload(self) -> None:
        """Read the entries that match the filter (newest first) in the background."""
        self._generation += 1
        generation, host = self._generation, self.host
        first, last = self.days()
        actor, action = self.actor_combo.currentData(), self.action_combo.currentData()

        def read():  # pool thread
            with host.engine.connect() as conn:
                zone = zone_of(load_branch(conn).timezone)
            where = AuditFilter(*day_range(first, last, zone), actor, action)
            return where, zone, list_audit(host.engine, where, limit=SHOWN_LIMIT), audit_actors(host.engine)

        run_in_background(read, lambda answer: self._read(generation, *answer), self._failed)

    def _read(self, generation: int, where: AuditFilter, zone, rows, actors: list[str]) -> None:
        if generation != self._generation:
            return
        self.where, self.zone = where, zone
        self.model.set_rows(rows, zone)
        known = {self.actor_combo.itemData(i) for i in range(self.actor_combo.count())}
        for actor in actors:
            if actor not in known:
                self.actor_combo.blockSignals(True)  # a new choice, not a new filter
                self.actor_combo.addItem(actor, actor)
                self.actor_combo.blockSignals(False)
        if len(rows) >= SHOWN_LIMIT:
            self.status_label.setText(self.tr("Se muestran los %d registros más recientes; acote las fechas para ver "
                                              "los demás (la exportación los incluye todos).") % len(rows))
        else:
            self.status_label.setText(self.tr("%d registros") % len(rows))
        self.loaded.emit(len(rows))

    def _failed(self, error: Exception) -> None:
        self.status_label.setText(denied_text(error) or self.tr("No se pudo leer la auditoría: %s") % error)

    def _choose_export(self) -> None:
        first, last = self.days()
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Exportar la auditoría"),
                                              f"auditoria_{first:%Y%m%d}_{last:%Y%m%d}.csv", self.tr("CSV (*.csv)"))
        if path:
            self.export_to(path)

    def export_to(self, path: str | Path) -> None:
        """Write the entries of the current filter (all of them) to a CSV file, in the background."""
        if self.zone is None or not self.host.session.can(DATA_EXPORT):
            return
        host, where, zone, actor = self.host, self.where, self.zone, self.host.actor
        self.export_button.setEnabled(False)
        run_in_background(lambda: export_audit(host.engine, where, path, zone, actor=actor),
                          lambda count: self._exported(path, count), self._export_failed)

    def _exported(self, path, count: int) -> None:
        self.export_button.setEnabled(True)
        self.status_label.setText(self.tr("%d registros exportados a %s") % (count, path))
        self.exported.emit(count)

    def _export_failed(self, error: Exception) -> None:
        self.export_button.setEnabled(True)
        self.status_label.setText(denied_text(error) or self.tr("No se pudo exportar: %s") % error)

"""The saved reports list: open, rename (edit the name in place) and delete, each asked of the page by signal."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QListWidget, QListWidgetItem, QPushButton, QVBoxLayout, QWidget

from syncserver.kpis.saved_reports import SavedReportInfo

from ..branch_day import local

IdRole = Qt.ItemDataRole.UserRole + 1


class SavedReportsBox(QGroupBox):
    """GUI thread only. Shows the saved reports; asks to open (double click too), rename or delete one by id."""

    open_requested = Signal(int)
    rename_requested = Signal(int, str)
    delete_requested = Signal(int, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Informes guardados"), parent)
        self.list = QListWidget()
        self.list.setMaximumHeight(120)
        self.list.setToolTip(self.tr("Doble clic: abrir · F2: cambiar el nombre"))
        self.list.setEditTriggers(QListWidget.EditTrigger.EditKeyPressed | QListWidget.EditTrigger.SelectedClicked)
        self.list.itemDoubleClicked.connect(lambda item: self.open_requested.emit(item.data(IdRole)))
        self.list.itemChanged.connect(self._edited)
        self.list.currentItemChanged.connect(lambda *_: self._enable())
        self.open_button = QPushButton(self.tr("Abrir"))
        self.delete_button = QPushButton(self.tr("Eliminar"))
        self.open_button.clicked.connect(self._open)
        self.delete_button.clicked.connect(self._delete)
        buttons = QHBoxLayout()
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.list)
        layout.addLayout(buttons)
        self.reports: list[SavedReportInfo] = []
        self.may_change, self.refused = True, ""  # the role's answer to reports.save (set_allowed)
        self._enable()

    def set_allowed(self, allowed: bool, refused: str = "") -> None:
        """Whether renaming and deleting are allowed; `refused` says why not (the delete button's tooltip)."""
        self.may_change, self.refused = allowed, refused
        self.set_reports(self.reports)

    def set_reports(self, reports: list[SavedReportInfo], current: int | None = None) -> None:
        """List these reports, selecting `current` if it is among them."""
        self.reports = reports
        self.list.blockSignals(True)
        self.list.clear()
        for report in reports:
            item = QListWidgetItem(report.name)
            item.setData(IdRole, report.id)
            if self.may_change:
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
            item.setToolTip(self.tr("Guardado el %s") % local(report.updated_at).strftime("%d/%m/%Y %H:%M"))
            self.list.addItem(item)
            if report.id == current:
                self.list.setCurrentItem(item)
        self.list.blockSignals(False)
        self._enable()

    def select(self, report_id: int) -> None:
        """Make this report the selected one."""
        for i in range(self.list.count()):
            if self.list.item(i).data(IdRole) == report_id:
                self.list.setCurrentRow(i)

    def name_of(self, report_id: int) -> str | None:
        """The listed name of a report."""
        return next((r.name for r in self.reports if r.id == report_id), None)

    def _selected(self) -> QListWidgetItem | None:
        return self.list.currentItem()

    def _enable(self) -> None:
        chosen = self._selected() is not None
        self.open_button.setEnabled(chosen)
        self.delete_button.setEnabled(chosen and self.may_change)
        self.delete_button.setToolTip("" if self.may_change else self.refused)

    def _open(self) -> None:
        if (item := self._selected()) is not None:
            self.open_requested.emit(item.data(IdRole))

    def _delete(self) -> None:
        if (item := self._selected()) is not None:
            self.delete_requested.emit(item.data(IdRole), item.text())

    def _edited(self, item: QListWidgetItem) -> None:
        if item.text() != self.name_of(item.data(IdRole)):
            self.rename_requested.emit(item.data(IdRole), item.text())

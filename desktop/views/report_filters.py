"""The report builder's filters: agents, segments, outcomes and verdicts as checklists (none checked: all)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QTabWidget, QWidget

from ..models.report_labels import key_text
from ..visit_labels import outcome_labels, verdict_labels

FILTER_KEYS = ("agents", "segments", "outcomes", "verdicts")
ValueRole = Qt.ItemDataRole.UserRole + 1


class ReportFilters(QTabWidget):
    """GUI thread only. One checklist per filter; `changed` when a check changes."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setUsesScrollButtons(False)
        self.setElideMode(Qt.TextElideMode.ElideRight)  # four tabs in the builder's width
        self.setDocumentMode(True)
        self.lists: dict[str, QListWidget] = {}
        titles = (self.tr("Gestor"), self.tr("Segmento"), self.tr("Resultado"), self.tr("Geocerca"))
        for key, title in zip(FILTER_KEYS, titles, strict=True):
            checklist = QListWidget()
            checklist.itemChanged.connect(lambda _item, key=key: self._changed(key))
            self.lists[key] = checklist
            self.addTab(checklist, title)
        self.set_items("outcomes", list(outcome_labels().items()))
        self.set_items("verdicts", list(verdict_labels().items()))

    def set_agents(self, agents: list[tuple[str, str]]) -> None:
        """The agents to choose from: (code, name)."""
        self.set_items("agents", [(code, key_text("agent", code, {code: name})) for code, name in agents])

    def set_segments(self, segments: list[str]) -> None:
        """The segments to choose from (accounts without one come last)."""
        self.set_items("segments", [(s, s) for s in segments] + [(None, key_text("segment", None))])

    def set_items(self, key: str, items: list[tuple[Any, str]]) -> None:
        """Fill a checklist with (value, label), keeping what was checked (a checked value not offered stays)."""
        checked = self.checked(key)
        known = {value for value, _label in items}
        items = items + [(value, str(value)) for value in checked if value not in known]
        checklist = self.lists[key]
        checklist.blockSignals(True)
        checklist.clear()
        for value, label in items:
            item = QListWidgetItem(label)
            item.setData(ValueRole, value)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if value in checked else Qt.CheckState.Unchecked)
            checklist.addItem(item)
        checklist.blockSignals(False)
        self._retitle(key)

    def checked(self, key: str) -> tuple:
        """The checked values of a filter, in list order (empty: no filter)."""
        checklist = self.lists[key]
        return tuple(checklist.item(i).data(ValueRole) for i in range(checklist.count())
                     if checklist.item(i).checkState() == Qt.CheckState.Checked)

    def set_checked(self, key: str, values: tuple) -> None:
        """Check exactly these values (added to the list if it does not offer them yet)."""
        checklist = self.lists[key]
        present = {checklist.item(i).data(ValueRole) for i in range(checklist.count())}
        checklist.blockSignals(True)
        for value in values:
            if value not in present:
                item = QListWidgetItem(str(value))
                item.setData(ValueRole, value)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                checklist.addItem(item)
        for i in range(checklist.count()):
            item = checklist.item(i)
            item.setCheckState(Qt.CheckState.Checked if item.data(ValueRole) in values else Qt.CheckState.Unchecked)
        checklist.blockSignals(False)
        self._retitle(key)

    def _changed(self, key: str) -> None:
        self._retitle(key)
        self.changed.emit()

    def _retitle(self, key: str) -> None:
        """"Gestor (2)" when two are checked."""
        index = FILTER_KEYS.index(key)
        base = self.tabText(index).split(" (")[0]
        count = len(self.checked(key))
        self.setTabText(index, f"{base} ({count})" if count else base)

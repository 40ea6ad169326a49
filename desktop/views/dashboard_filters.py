"""The dashboard's filter bar: period preset (or custom dates), agent and segment."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import QComboBox, QDateEdit, QHBoxLayout, QLabel, QWidget

from syncserver.kpis.dashboard import AgentChoice, DashboardQuery

PRESETS = ("today", "week", "month", "last30", "custom")


def period_of(preset: str, today: date, custom: tuple[date, date]) -> tuple[date, date]:
    """The local dates a preset means on `today` (custom: the dates chosen, in order)."""
    if preset == "today":
        return today, today
    if preset == "week":
        return today - timedelta(days=today.weekday()), today
    if preset == "month":
        return today.replace(day=1), today
    if preset == "last30":
        return today - timedelta(days=29), today
    first, last = custom
    return (first, last) if first <= last else (last, first)


class DashboardFilters(QWidget):
    """GUI thread only. Emits `changed` whenever the period, the agent or the segment changes."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.preset_combo = QComboBox()
        for key, label in zip(PRESETS, (self.tr("Hoy"), self.tr("Esta semana"), self.tr("Este mes"),
                                        self.tr("Últimos 30 días"), self.tr("Personalizado")), strict=True):
            self.preset_combo.addItem(label, key)
        self.preset_combo.setCurrentIndex(PRESETS.index("month"))
        today = QDate.currentDate()
        self.date_from = QDateEdit(today.addDays(-29))
        self.date_to = QDateEdit(today)
        for edit in (self.date_from, self.date_to):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("dd/MM/yyyy")
            edit.dateChanged.connect(self._dates_changed)
        self.agent_combo = QComboBox()
        self.agent_combo.addItem(self.tr("Todos los gestores"), None)
        self.segment_combo = QComboBox()
        self.segment_combo.addItem(self.tr("Todos los segmentos"), None)
        self.preset_combo.currentIndexChanged.connect(self._preset_changed)
        self.agent_combo.currentIndexChanged.connect(lambda _: self.changed.emit())
        self.segment_combo.currentIndexChanged.connect(lambda _: self.changed.emit())
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(QLabel(self.tr("Periodo")))
        layout.addWidget(self.preset_combo)
        self.from_label, self.to_label = QLabel(self.tr("Desde")), QLabel(self.tr("Hasta"))
        for widget in (self.from_label, self.date_from, self.to_label, self.date_to):
            layout.addWidget(widget)
        layout.addSpacing(12)
        layout.addWidget(self.agent_combo)
        layout.addWidget(self.segment_combo)
        layout.addStretch(1)
        self._show_dates()

    @property
    def preset(self) -> str:
        """The chosen preset's key."""
        return self.preset_combo.currentData()

    def set_preset(self, preset: str) -> None:
        """Choose a preset (emits `changed`)."""
        self.preset_combo.setCurrentIndex(PRESETS.index(preset))

    def set_custom(self, first: date, last: date) -> None:
        """Choose the custom period first..last (emits `changed` once)."""
        for edit, day in ((self.date_from, first), (self.date_to, last)):
            edit.blockSignals(True)
            edit.setDate(QDate(day.year, day.month, day.day))
            edit.blockSignals(False)
        if self.preset != "custom":
            self.set_preset("custom")
        else:
            self.changed.emit()

    def query(self, today: date) -> DashboardQuery:
        """The filters as a query, with the presets read on the branch's `today`."""
        custom = (self.date_from.date().toPython(), self.date_to.date().toPython())
        first, last = period_of(self.preset, today, custom)
        return DashboardQuery(first, last, self.agent_combo.currentData(), self.segment_combo.currentData())

    def set_agent(self, agent_id: int | None) -> None:
        """Choose an agent (None: all)."""
        self.agent_combo.setCurrentIndex(max(0, self.agent_combo.findData(agent_id)))

    def set_segment(self, segment: str | None) -> None:
        """Choose a segment (None: all)."""
        self.segment_combo.setCurrentIndex(max(0, self.segment_combo.findData(segment)))

    def set_agents(self, agents: tuple[AgentChoice, ...]) -> None:
        """Fill the agent list, keeping the current choice (no `changed`)."""
        self._fill(self.agent_combo, [(f"{a.name} ({a.code})", a.id) for a in agents])

    def set_segments(self, segments: tuple[str, ...]) -> None:
        """Fill the segment list, keeping the current choice (no `changed`)."""
        self._fill(self.segment_combo, [(segment, segment) for segment in segments])

    @staticmethod
    def _fill(combo: QComboBox, items: list[tuple[str, object]]) -> None:
        chosen = combo.currentData()
        combo.blockSignals(True)
        while combo.count() > 1:
            combo.removeItem(1)
        for label, value in items:
            combo.addItem(label, value)
        combo.setCurrentIndex(max(0, combo.findData(chosen)))
        combo.blockSignals(False)

    def _preset_changed(self, _index: int) -> None:
        self._show_dates()
        self.changed.emit()

    def _dates_changed(self, _date: QDate) -> None:
        if self.preset == "custom":
            self.changed.emit()

    def _show_dates(self) -> None:
        custom = self.preset == "custom"
        for widget in (self.from_label, self.date_from, self.to_label, self.date_to):
            widget.setVisible(custom)

"""The inbox's filter with one more condition the dashboard asks for: a local weekday and hour."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject

from .visits_model import ModelIndex, VisitsFilter


class SlotVisitsFilter(VisitsFilter):
    """GUI thread only. VisitsFilter, plus only visits started on a local (weekday, hour) when one is set."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.local_slot: tuple[int, int] | None = None

    def set_local_slot(self, slot: tuple[int, int] | None) -> None:
        """Only visits started on this local weekday (0 = Monday) and hour; None: any."""
        self._change("local_slot", tuple(slot) if slot is not None else None)

    def filterAcceptsRow(self, source_row: int, source_parent: ModelIndex) -> bool:
        if not super().filterAcceptsRow(source_row, source_parent):
            return False
        if self.local_slot is None:
            return True
        model = self.sourceModel()
        local = model.local_time(model.visit_at(source_row).started_at)
        return (local.weekday(), local.hour) == self.local_slot


def slot_label(slot: tuple[int, int] | None) -> str:
    """"Solo lun 09h" for the slot (Monday 9 o'clock), "" for none."""
    if slot is None:
        return ""
    names = [QCoreApplication.translate("SlotVisitsFilter", "lun"), QCoreApplication.translate("SlotVisitsFilter", "mar"),
             QCoreApplication.translate("SlotVisitsFilter", "mié"), QCoreApplication.translate("SlotVisitsFilter", "jue"),
             QCoreApplication.translate("SlotVisitsFilter", "vie"), QCoreApplication.translate("SlotVisitsFilter", "sáb"),
             QCoreApplication.translate("SlotVisitsFilter", "dom")]
    return QCoreApplication.translate("SlotVisitsFilter", "Solo %s %02dh") % (names[slot[0]], slot[1])

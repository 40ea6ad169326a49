"""A zone drawn on the map (resources/map/map_draw.js): the accounts inside it, counted on a pool thread, then the
"Asignar a…" dialog for them."""

from __future__ import annotations

import json
from typing import Any

from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtWidgets import QMessageBox, QWidget

from syncserver.assignments import ZONE
from syncserver.zones import ZoneAccounts, accounts_in_zone

from ..models.kpi_format import group_number
from ..worker import run_in_background
from .assign_dialog import AssignDialog, balances_text

AUDITED_CORNERS = 100  # a zone with more corners is audited by its count and bounds only


class ZoneBridge(QObject):
    """GUI thread only; the page's JavaScript calls the slots through the web channel (camelCase: what it sees)."""

    clearRequested = Signal()
    zone_drawn = Signal(list)  # [[lat, lon], ...]

    def __init__(self, labels: dict[str, str], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.labels = labels

    @Slot(result=str)
    def setup(self) -> str:
        """The drawing tools' words, asked for by the page before it adds them."""
        return json.dumps({"labels": self.labels})

    @Slot(str)
    def drawn(self, ring_json: str) -> None:
        """The user finished a polygon or a rectangle: its corners as JSON [[lat, lon], ...]."""
        try:
            ring = json.loads(ring_json)
        except ValueError:
            return
        if isinstance(ring, list):
            self.zone_drawn.emit(ring)


class MapZone(QObject):
    """GUI thread only. `counted(ZoneAccounts)` follows each zone read; `assigned(AssignmentResult)` each commit;
    `failed(str)` says why a zone could not be used."""

    counted = Signal(object)
    assigned = Signal(object)
    failed = Signal(str)

    def __init__(self, host, parent: QWidget) -> None:
        super().__init__(parent)
        self.host, self.widget = host, parent
        self.bridge = ZoneBridge(self._labels(), self)
        self.bridge.zone_drawn.connect(self.use_zone)
        self.dialog: AssignDialog | None = None

    def _labels(self) -> dict[str, str]:
        return {
            "draw_polygon": self.tr("Dibujar una zona para asignar sus cuentas"),
            "draw_rectangle": self.tr("Dibujar un rectángulo para asignar sus cuentas"),
            "cancel_title": self.tr("Dejar de dibujar"), "cancel": self.tr("Cancelar"),
            "finish_title": self.tr("Terminar la zona"), "finish": self.tr("Terminar"),
            "undo_title": self.tr("Borrar el último punto"), "undo": self.tr("Borrar el último punto"),
            "polygon_start": self.tr("Haga clic para empezar la zona."),
            "polygon_continue": self.tr("Haga clic para seguir la zona."),
            "polygon_end": self.tr("Haga clic en el primer punto para cerrar la zona."),
            "crossing": self.tr("Los bordes de la zona no pueden cruzarse."),
            "rectangle_start": self.tr("Haga clic y arrastre para dibujar el rectángulo."),
            "rectangle_end": self.tr("Suelte el botón para terminar."),
        }

    def use_zone(self, ring: list[Any]) -> None:
        """Find the accounts inside this zone (pool thread), then ask for the agent."""
        engine = self.host.engine
        run_in_background(lambda: (ring, accounts_in_zone(engine, ring)), self._counted, self._failed)

    def _counted(self, answer: tuple[list[Any], ZoneAccounts]) -> None:
        ring, found = answer
        self.counted.emit(found)
        if found.count:
            unassigned = found.holders.get(None, 0)
            summary = self.tr("%s cuentas dentro de la zona, saldo total %s; hoy con %d gestores distintos y %s "
                              "sin gestor.") % (group_number(found.count), balances_text(found.balances),
                                                len([a for a in found.holders if a is not None]),
                                                group_number(unassigned))
        else:
            summary = self.tr("No hay cuentas con ubicación dentro de la zona.")
        details: dict[str, Any] = {"zone_corners": len(ring)}
        if len(ring) <= AUDITED_CORNERS:
            details["zone"] = [[round(lat, 6), round(lon, 6)] for lat, lon in ring]
        dialog = AssignDialog(self.host, found.account_ids, summary, source=ZONE, details=details, parent=self.widget)
        dialog.assigned.connect(self.assigned)
        dialog.finished.connect(lambda _code: self.bridge.clearRequested.emit())
        dialog.finished.connect(dialog.deleteLater)
        self.dialog = dialog
        dialog.open()

    def _failed(self, error: Exception) -> None:
        self.bridge.clearRequested.emit()
        text = self.tr("No se pudo usar la zona: %s") % (str(error) or type(error).__name__)
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Zona"), text, parent=self.widget)
        box.finished.connect(box.deleteLater)
        box.open()
        self.failed.emit(text)

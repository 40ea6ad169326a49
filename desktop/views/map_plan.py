"""One agent's planned visit order on the map page (resources/map/map_plan.js): the plan as JSON over QWebChannel."""

from __future__ import annotations

import json
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Signal, Slot

from syncserver.route_plans import RoutePlan

from ..models.kpi_format import group_number


def duration_text(minutes: float) -> str:
    """Minutes as "3 h 05 min" (or "45 min"), in the interface's words."""
    hours, rest = divmod(round(minutes), 60)
    if hours:
        return QCoreApplication.translate("RoutePlan", "%d h %02d min") % (hours, rest)
    return QCoreApplication.translate("RoutePlan", "%d min") % rest


class PlanBridge(QObject):
    """GUI thread only; the page's JavaScript calls the slots through the web channel (camelCase: what it sees)."""

    planShown = Signal(str)  # the plan's JSON, or "" to take the drawing away

    def __init__(self, labels: dict[str, str], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.labels = labels
        self.payload = ""

    @Slot(result=str)
    def setup(self) -> str:
        """The layer's words, asked for by the page before it draws."""
        return json.dumps({"labels": self.labels})

    @Slot(result=str)
    def current(self) -> str:
        """The plan chosen before the page was up ("" for none)."""
        return self.payload


class MapPlan(QObject):
    """GUI thread only. `show(plan, agent_name)` draws a stored plan; `show(None)` takes it away."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.bridge = PlanBridge({
            "start": self.tr("Punto de partida"),
            "tier_1": self.tr("Visita de campo"), "tier_2": self.tr("Oferta de convenio"),
            "tier_3": self.tr("Recordatorio o escalamiento"),
        }, self)

    def payload(self, plan: RoutePlan | None, agent_name: str = "", *, fit: bool = True) -> str:
        """The JSON the page draws (names stay plain text: the page shows them with textContent)."""
        if plan is None:
            return ""
        stops: list[dict[str, Any]] = [
            {"order": s.order, "lat": s.lat, "lon": s.lon, "ref": s.external_ref, "name": s.debtor_name,
             "tier": s.tier, "arrival": self.tr("llega a los %s") % duration_text(s.arrival_min)}
            for s in plan.stops if s.lat is not None and s.lon is not None]
        summary = self.tr("%s: %d paradas · %s km · %s") % (agent_name, len(plan.stops), group_number(plan.km, 1),
                                                            duration_text(plan.minutes))
        return json.dumps({"agent": agent_name, "day": plan.day.isoformat(), "summary": summary,
                           "start": list(plan.start) if plan.start else None, "stops": stops, "km": plan.km,
                           "minutes": plan.minutes, "fit": fit}, ensure_ascii=False)

    def show(self, plan: RoutePlan | None, agent_name: str = "") -> None:
        """Draw this plan on the page (now, or as soon as the page asks)."""
        self.bridge.payload = self.payload(plan, agent_name)
        self.bridge.planShown.emit(self.bridge.payload)

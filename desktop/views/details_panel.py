"""What the map's selection is, in words: a visit, an account with its recent visits, or an agent's device."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, tzinfo
from typing import Any

from PySide6.QtCore import Qt, QTimer, Slot
from PySide6.QtWidgets import QStackedWidget, QVBoxLayout, QWidget
from shiboken6 import isValid
from sqlalchemy import Engine

from syncserver.branch import load_branch
from syncserver.clock import utcnow
from syncserver.detail_queries import RECENT_DAYS, AccountDetail, AgentDetail, read_account, read_agent
from syncserver.map_queries import day_start
from syncserver.visit_queries import VisitDetail, get_visit

from ..branch_day import zone_named
from ..models.accounts_model import format_money
from ..server_host import ServerHost
from ..visit_labels import outcome_label, outcome_labels
from ..worker import run_in_background
from .visit_details import FieldsCard, VisitDetails, plain_label

# --- reads (pool thread) ---

@dataclass(frozen=True, slots=True)
class _Loaded:
    generation: int
    zone: tzinfo | None
    found: VisitDetail | AccountDetail | AgentDetail | None


REFRESH_MS = 300  # events arrive in bursts (a batch of fixes, then the device seen): one read for all


def read_item(engine: Engine, kind: str, item_id: str, generation: int) -> _Loaded:
    """What `show_item` shows, read in one go (pool thread)."""
    with engine.connect() as conn:
        branch = load_branch(conn)
    zone = zone_named(branch.timezone)
    found: Any = None
    if kind == "visits":
        found = get_visit(engine, item_id)
    elif kind == "accounts":
        if item_id.strip().isdigit():
            found = read_account(engine, int(item_id), branch.default_radius_m, utcnow())
    elif kind == "agents":
        found = read_agent(engine, item_id, day_start(branch.timezone))
    return _Loaded(generation, zone, found)


# --- the panel (GUI thread) ---

def _metres(value: float) -> str:
    return f"{value:,.0f}".replace(",", ".")


class _Card(FieldsCard):
    """GUI thread only. A bold title over a form of plain-text fields."""

    def __init__(self, rows: list[tuple[str, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.add_fields(rows)
        self.body.addStretch(1)


class DetailsPanel(QWidget):
    """GUI thread only. `show_item(kind, id)` reads in the background; only the newest request's answer shows.

    What is shown stays current: the bridge's events about it (a new fix or visit of the shown
    device, a visit to the shown account, a correction of the shown visit) re-read it quietly.
    """

    def __init__(self, host: ServerHost, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.host = host
        self._generation = 0
        self._zone: tzinfo | None = None
        self.shown: tuple[str, str] | None = None  # (kind, id) on display once its read is in
        self.message = plain_label()
        self.message.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignHCenter)
        self.visit = VisitDetails(host=host)
        self.account = _Card([
            ("ref", self.tr("Referencia")), ("address", self.tr("Dirección")), ("balance", self.tr("Saldo")),
            ("days_past_due", self.tr("Días de mora")), ("segment", self.tr("Segmento")),
            ("agent", self.tr("Gestor")), ("geofence", self.tr("Geocerca")),
            ("visits", self.tr("Visitas (últimos %d días)") % RECENT_DAYS), ("last_visit", self.tr("Última visita")),
        ])
        self.agent = _Card([
            ("agent", self.tr("Gestor")), ("device", self.tr("Dispositivo")), ("app_version", self.tr("Versión de la app")),
            ("last_seen", self.tr("Última conexión")), ("battery", self.tr("Batería")),
            ("fix", self.tr("Última posición")), ("visits_today", self.tr("Visitas de hoy")), ("state", self.tr("Estado")),
        ])
        self.stack = QStackedWidget()
        for page in (self.message, self.visit, self.account, self.agent):
            self.stack.addWidget(page)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)
        self.setMinimumWidth(300)  # room for an address or a flag's sentence without a wrap every word
        self._refresh = QTimer(self, singleShot=True, interval=REFRESH_MS, timeout=self._reread)
        bridge = host.bridge
        bridge.positions_stored.connect(lambda event: self._touched("agents", event.device_id))
        bridge.device_seen.connect(lambda event: self._touched("agents", event.device_id))
        bridge.device_revoked.connect(lambda event: self._touched("agents", event.device_id))
        bridge.visit_stored.connect(self._visit_stored)
        self.clear()

    def clear(self) -> None:
        """Show that nothing is selected."""
        self._generation += 1
        self.shown = None
        self._say(self.tr("Seleccione una visita, una cuenta o un gestor en el mapa"))

    @Slot(str, str)
    def show_item(self, kind: str, item_id: str) -> None:
        """Show a visit, an account or an agent's device (kinds as MapPage.selected names them)."""
        self._generation += 1
        generation, engine = self._generation, self.host.engine
        self.shown = None
        self._say(self.tr("Cargando…"))
        run_in_background(lambda: read_item(engine, kind, str(item_id), generation),
                          lambda loaded: self._loaded(kind, str(item_id), loaded), self._failed_for(generation))

    def _visit_stored(self, event) -> None:
        self._touched("agents", event.device_id)
        self._touched("accounts", event.account_id)
        if event.corrects is not None:
            self._touched("visits", event.corrects)

    def _touched(self, kind: str, item_id: str) -> None:
        """An event concerns this item: re-read it soon if it is the one shown (several events, one read)."""
        if self.shown == (kind, str(item_id)) and not self._refresh.isActive():
            self._refresh.start()

    def _reread(self) -> None:
        """Read the shown item again without the 'loading' message; the card changes when the answer is in."""
        if self.shown is None:
            return
        kind, item_id = self.shown
        self._generation += 1
        generation, engine = self._generation, self.host.engine
        run_in_background(lambda: read_item(engine, kind, item_id, generation),
                          lambda loaded: self._loaded(kind, item_id, loaded), self._failed_for(generation))

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.stack.setCurrentWidget(self.message)

    def _failed_for(self, generation: int):
        def failed(error: Exception) -> None:
            if isValid(self) and generation == self._generation:
                self._say(self.tr("No se pudieron leer los detalles: %s") % error)
        return failed

    def _loaded(self, kind: str, item_id: str, loaded: _Loaded) -> None:
        if not isValid(self) or loaded.generation != self._generation:
            return  # the user selected something else meanwhile
        self._zone = loaded.zone
        found = loaded.found
        if found is None:
            self._say({
                "visits": self.tr("Esa visita ya no existe."), "accounts": self.tr("Esa cuenta ya no existe."),
                "agents": self.tr("Ese dispositivo ya no existe."),
            }.get(kind, self.tr("No hay nada que mostrar.")))
            return
        if isinstance(found, VisitDetail):
            self.visit.show_visit(found, self._local)
            self.stack.setCurrentWidget(self.visit)
        elif isinstance(found, AccountDetail):
            self._show_account(found)
            self.stack.setCurrentWidget(self.account)
        else:
            self._show_agent(found)
            self.stack.setCurrentWidget(self.agent)
        self.shown = (kind, item_id)

    def _local(self, moment: datetime) -> datetime:
        return moment.astimezone(self._zone)

    def _when(self, moment: datetime | None) -> str:
        return self._local(moment).strftime("%d/%m/%Y %H:%M:%S") if moment is not None else self.tr("Nunca")

    def _show_account(self, account: AccountDetail) -> None:
        fields = self.account.fields
        self.account.title.setText(account.debtor_name)
        fields["ref"].setText(account.external_ref)
        fields["address"].setText(account.address)
        fields["balance"].setText(format_money(account.balance, account.currency))
        fields["days_past_due"].setText(str(account.days_past_due))
        fields["segment"].setText(account.segment or self.tr("Sin segmento"))
        if account.agent_code is None:
            fields["agent"].setText(self.tr("Sin asignar"))
        else:
            fields["agent"].setText(f"{account.agent_name} ({account.agent_code})")
        fields["geofence"].setText(self._geofence_text(account))
        total = sum(account.recent_outcomes.values())
        if total == 0:
            fields["visits"].setText(self.tr("Ninguna"))
        else:
            order = list(outcome_labels())  # the protocol's order; unknown codes after
            counts = sorted(account.recent_outcomes.items(),
                            key=lambda item: order.index(item[0]) if item[0] in order else len(order))
            parts = "\n".join(f"• {outcome_label(code)}: {count}" for code, count in counts)
            fields["visits"].setText(f"{total}\n{parts}")
        fields["last_visit"].setText(self._when(account.last_visit_at) if account.last_visit_at else self.tr("Ninguna"))

    def _geofence_text(self, account: AccountDetail) -> str:
        if account.lat is None or account.lon is None:
            return self.tr("Sin ubicación: no se puede verificar la geocerca")
        if account.polygon:
            outer = account.polygon[0]
            closed = len(outer) > 1 and outer[0] == outer[-1]  # GeoJSON repeats the first point; some files do not
            return self.tr("Polígono de %d vértices") % (len(outer) - closed)
        if account.radius_m is not None:
            return self.tr("Radio de %s m") % _metres(account.radius_m)
        return self.tr("Radio de %s m (el de la sucursal)") % _metres(account.default_radius_m)

    def _show_agent(self, agent: AgentDetail) -> None:
        device, fields = agent.device, self.agent.fields
        self.agent.title.setText(device.agent_name)
        fields["agent"].setText(f"{device.agent_name} ({device.agent_code})")
        described = " · ".join(part for part in (device.model, device.os) if part)
        fields["device"].setText(described or self.tr("Sin datos del dispositivo"))
        fields["app_version"].setText(device.app_version or self.tr("Desconocida"))
        fields["last_seen"].setText(self._when(device.last_seen_at))
        battery_pct, charging = device.battery_pct, device.charging
        if battery_pct is None and agent.latest is not None:
            battery_pct, charging = agent.latest.battery_pct, agent.latest.charging
        if battery_pct is None:
            fields["battery"].setText(self.tr("Sin datos"))
        else:
            fields["battery"].setText(f"{battery_pct} %" + (self.tr(" (cargando)") if charging else ""))
        if agent.latest is None:
            fields["fix"].setText(self.tr("Sin posiciones"))
        else:
            fix = datetime.fromtimestamp(agent.latest.fix_ms / 1000, tz=utcnow().tzinfo)
            accuracy = self.tr("precisión %s m") % _metres(agent.latest.accuracy_m)
            fields["fix"].setText(f"{self._when(fix)} ({accuracy})")
        fields["visits_today"].setText(str(agent.visits_today))
        if device.revoked_at is not None:
            fields["state"].setText(self.tr("Revocado el %s") % self._when(device.revoked_at))
        else:
            fields["state"].setText(self.tr("Activo, emparejado el %s") % self._when(device.paired_at))

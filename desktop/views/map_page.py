"""The Map page: accounts, agents, today's visits and routes on a Leaflet map, kept live from server events;
the bar under the map replays one agent's day (map_replay.py).

Leaflet comes from the installed `django-js-lib-leaflet` package (its static folder, as file:// URLs);
only the page's own glue lives in resources/map. Data goes to the page as JSON messages over QWebChannel,
encoded on the worker thread that read it (map_payload.py).
"""

from __future__ import annotations

import html
from datetime import datetime
from importlib.metadata import PackageNotFoundError, metadata
from typing import Any

from PySide6.QtCore import QTimer, QUrl, QUrlQuery, Signal, Slot
from PySide6.QtWebChannel import QWebChannel
from PySide6.QtWebEngineCore import QWebEngineSettings
from PySide6.QtWebEngineWidgets import QWebEngineView
from PySide6.QtWidgets import QVBoxLayout, QWidget

from syncserver.clock import to_ms, utcnow
from syncserver.events import PositionsStored, VisitStored
from syncserver.map_queries import latest_positions, replay_devices, visit_by_id

from ..resource_paths import leaflet_dir, leaflet_draw_dir, resource_path
from ..server_host import ServerHost
from ..worker import run_in_background
from . import map_payload
from .map_bridge import MapBridge
from .map_live_routes import LiveRoutes
from .map_payload import MapLoad, RoutesLoad
from .map_plan import MapPlan
from .map_replay import MapReplay
from .map_zone import MapZone
from .replay_bar import ReplayBar

OSM_TILES = "https://tile.openstreetmap.org/{z}/{x}/{y}.png"
DEFAULT_CENTER = (4.65, -74.08)  # Bogotá, until there is data to fit
DEFAULT_ZOOM = 12


def user_agent() -> str:
    """How the map introduces itself to tile servers (OpenStreetMap's usage policy asks for the application)."""
    try:
        about = metadata("campo")
    except PackageNotFoundError:
        return "Campo (desktop supervisor map)"
    urls = [entry.split(",", 1)[-1].strip() for entry in about.get_all("Project-URL") or []]
    home = about.get("Home-page") or (urls[0] if urls else "")
    return f"Campo/{about['Version']} (desktop supervisor map{'; +' + home if home else ''})"


class MapPage(QWidget):
    """GUI thread only. Reads run in background workers; the page gets messages once it says it is ready."""

    selected = Signal(str, str)  # kind ("accounts", "agents", "visits"), id (device id for agents)
    data_shown = Signal()  # a load (the first, or a reload) reached the page
    replay_shown = Signal()  # a replayed day reached the page

    def __init__(self, host: ServerHost, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.host = host
        self._pending: list[tuple[str, str]] = []
        self._known_devices: set[str] = set()
        self._loaded = False  # every part of the newest load reached the page
        self._shown_generation = 0  # the load whose data the page holds (a newer one clears it first)
        self._waiting: set[str] = set()  # parts of the newest load still to come: "map", "routes"
        self._generation = 0  # only the newest load's answer is shown
        self._reloading: list[tuple[str, dict[str, Any]]] | None = None  # live rows seen while a load runs
        self._since: datetime | None = None  # start of "today" for visits, known once the first load is in
        self._new_day = QTimer(self)  # at the branch's midnight, today's visits start over
        self._new_day.setSingleShot(True)
        self._new_day.timeout.connect(self.reload)
        self._fit_pending = True
        self._timezone = "UTC"  # the branch's, known with the first load
        self.bridge = MapBridge(self._setup(OSM_TILES), self)
        self.bridge.selected.connect(self.selected)
        self.bridge.pageReady.connect(self._page_ready)

        self.view = QWebEngineView(self)
        self.view.page().profile().setHttpUserAgent(user_agent())
        settings = self.view.settings()
        settings.setAttribute(QWebEngineSettings.WebAttribute.LocalContentCanAccessFileUrls, True)
        settings.setAttribute(QWebEngineSettings.WebAttribute.LocalContentCanAccessRemoteUrls, True)
        self.channel = QWebChannel(self.view.page())
        self.channel.registerObject("campoBridge", self.bridge)
        self.zone = MapZone(host, self)  # a zone drawn on the map: its accounts to an agent (map_draw.js)
        self.channel.registerObject("campoZone", self.zone.bridge)
        self.plan = MapPlan(self)  # an agent's planned visit order (map_plan.js, route_plan_panel.py)
        self.channel.registerObject("campoPlan", self.plan.bridge)
        self.view.page().setWebChannel(self.channel)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view, 1)
        self.replay_bar = ReplayBar(self)
        layout.addWidget(self.replay_bar)
        self.replay = MapReplay(host, self.replay_bar, self._post, lambda: self._timezone, self)
        self.replay.shown.connect(self.replay_shown)
        self.replay.failed.connect(
            lambda error: self.setToolTip(self.tr("No se pudo leer el recorrido: %s") % error))
        self.replay_bar.time_changed.connect(self.bridge.replayTime)
        self.routes = LiveRoutes(host, self._post, self)

        url = QUrl.fromLocalFile(str(resource_path("map", "map.html")))
        query = QUrlQuery()
        leaflet = QUrl.fromLocalFile(str(leaflet_dir()))
        query.addQueryItem("leaflet", leaflet.toString(QUrl.ComponentFormattingOption.FullyEncoded))
        draw = QUrl.fromLocalFile(str(leaflet_draw_dir()))
        query.addQueryItem("leaflet_draw", draw.toString(QUrl.ComponentFormattingOption.FullyEncoded))
        url.setQuery(query)
        self.view.load(url)

        host.bridge.visit_stored.connect(self._visit_stored)
        host.bridge.positions_stored.connect(self._positions_stored)
        if host.port is None:  # the server migrates the database as it starts: read after that
            host.started.connect(lambda _port: self.reload())
        else:
            self.reload()

    def _setup(self, tile_url: str) -> dict[str, Any]:
        tr = self.tr
        return {
            "tile_url": tile_url,
            "center": list(DEFAULT_CENTER),
            "zoom": DEFAULT_ZOOM,
            "labels": {
                "agents": tr("Gestores"), "accounts": tr("Cuentas"), "account": tr("Cuenta"),
                "visits": tr("Visitas de hoy"), "agent": tr("Gestor"),
                "live": tr("En línea (< 5 min)"), "quiet": tr("Quieto (< 30 min)"), "silent": tr("Sin señal"),
                "battery": tr("Batería"), "charging": tr("cargando"), "segment": tr("Segmento"),
                "outcome_promise_to_pay": tr("Promesa de pago"), "outcome_rpc": tr("Contacto con el titular"),
                "outcome_third_party": tr("Contacto con un tercero"), "outcome_no_contact": tr("Sin contacto"),
                "verdict_inside": tr("Dentro de la geocerca"), "verdict_outside": tr("Fuera de la geocerca"),
                "verdict_uncertain": tr("Geocerca incierta (precisión baja)"),
                "verdict_no_location": tr("Sin ubicación"),
                "outside_geofence": tr("Fuera de la geocerca"),
                "flag_outside_geofence": tr("Fuera de la geocerca"),
                "flag_geofence_mismatch": tr("El teléfono la dio por dentro"),
                "flag_mock_location": tr("Ubicación simulada"), "flag_low_accuracy": tr("Precisión baja"),
                "flag_stale_fix": tr("Ubicación vieja"), "flag_impossible_speed": tr("Velocidad imposible"),
                "flag_clock_skew": tr("Reloj del teléfono desfasado"),
                "tiles_unavailable": tr("Mosaicos no disponibles"), "routes": tr("Recorridos de hoy"),
                "color_accounts_by": tr("Color de las cuentas:"), "coloring_segment": tr("por segmento"),
                "coloring_visited": tr("visitadas hoy o no"), "visited_today": tr("Visitada hoy"),
                "not_visited_today": tr("Sin visita hoy"), "other_segments": tr("Otros segmentos"),
                "no_segment": tr("Sin segmento"),
                # Leaflet shows the attribution as HTML: escape it like any other text.
                "attribution": html.escape(tr("© colaboradores de OpenStreetMap")),
            },
        }

    # --- what the rest of the app calls ---

    def reload(self) -> None:
        """Read accounts, latest positions, today's visits and routes again (background) and send them."""
        engine = self.host.engine
        self._generation += 1
        generation = self._generation
        self._reloading = []
        self.routes.reset()
        self._loaded, self._waiting = False, {"map", "routes"}
        run_in_background(lambda: replay_devices(engine), self.replay_bar.set_devices)
        failed = lambda error: self._load_failed(error) if generation == self._generation else None  # noqa: E731
        # Two reads side by side: accounts and visits show while the routes (the slow part) are read.
        run_in_background(lambda: map_payload.load(engine),
                          lambda found: self._map_loaded(found) if generation == self._generation else None, failed)
        run_in_background(lambda: map_payload.load_routes(engine),
                          lambda found: self._routes_loaded(found) if generation == self._generation else None,
                          failed)

    @Slot(float, float)
    def center_on(self, lat: float, lon: float) -> None:
        """Center the map on a point (zooming in to street level)."""
        self._fit_pending = False
        self.bridge.settings["center"] = [lat, lon]
        self.bridge.settings["zoom"] = max(self.bridge.settings["zoom"], 16)
        if self.bridge.is_ready:
            self.bridge.centerRequested.emit(lat, lon)

    def set_tile_url(self, url: str) -> None:
        """Use another tile server (a `{z}/{x}/{y}` URL template); the default is OpenStreetMap."""
        self.bridge.settings["tile_url"] = url
        if self.bridge.is_ready:
            self.bridge.tileUrlChanged.emit(url)

    # --- data to the page ---

    def _send(self, kind: str, rows: list[Any]) -> None:
        """A few rows (dataclasses or dicts, encoded here: live events are small) to the page."""
        for message in map_payload.rows(kind, rows):
            self._post(*message)

    def _post(self, kind: str, payload: str) -> None:
        if self.bridge.is_ready:
            self.bridge.batch.emit(kind, payload)
        else:
            self._pending.append((kind, payload))

    def _page_ready(self) -> None:
        pending, self._pending = self._pending, []
        for message in pending:
            self.bridge.batch.emit(*message)
        self._after_load()

    def _map_loaded(self, found: MapLoad) -> None:
        self._clear_older()
        self._since, self._timezone = found.since, found.timezone
        self._new_day.start(max(1000, int((found.until - utcnow()).total_seconds() * 1000) + 1000))
        self._known_devices.update(found.device_ids)
        for message in found.messages:
            self._post(*message)
        self.replay_bar.set_timezone(found.timezone)
        for kind, row in self._reloading or []:  # newer than the snapshot, or not in it
            self._send(kind, [row])
        self._reloading = None
        self._part_done("map")

    def _routes_loaded(self, found: RoutesLoad) -> None:
        self._clear_older()
        self.routes.loaded(found)
        self._part_done("routes")

    def _clear_older(self) -> None:
        if self._shown_generation not in (0, self._generation):
            self._post("clear", "[]")  # a reload replaces everything (accounts may have gone)
        self._shown_generation = self._generation

    def _part_done(self, part: str) -> None:
        self._waiting.discard(part)
        if not self._waiting:
            self._loaded = True
            self._after_load()

    def _after_load(self) -> None:
        if not (self._loaded and self.bridge.is_ready):
            return
        if self._fit_pending:
            self._fit_pending = False
            self.bridge.fitRequested.emit()
        self.data_shown.emit()

    def _live(self, kind: str, row: dict[str, Any]) -> None:
        if self._reloading is not None:
            self._reloading.append((kind, row))
        self._send(kind, [row])

    def _load_failed(self, error: Exception) -> None:
        self._reloading = None
        # The page stays usable with what it has; live events still arrive.
        self.setToolTip(self.tr("No se pudieron leer los datos del mapa: %s") % error)

    # --- live events ---

    def _visit_stored(self, event: VisitStored) -> None:
        if self._since is not None and event.finished_at < self._since:
            return  # a phone that was offline sent an older day's visit: not today's map
        row = {
            "id": event.visit_id, "account_id": event.account_id, "agent_id": event.agent_id,
            "lat": event.lat, "lon": event.lon, "outcome": event.outcome, "verdict": event.verdict,
            "flags": list(event.flags), "finished_ms": to_ms(event.finished_at), "corrects": event.corrects,
        }
        self._live("visits", row)
        engine, visit_id = self.host.engine, event.visit_id
        # Names come from the database; the marker is already on the map meanwhile.
        run_in_background(lambda: _visit(engine, visit_id), self._visit_read)

    def _visit_read(self, visit) -> None:
        if visit is not None:
            self._send("visits", [visit])

    def _positions_stored(self, event: PositionsStored) -> None:
        self.routes.read()
        latest = event.latest
        if latest is None:
            return
        self._live("agents", {
            "device_id": event.device_id, "agent_id": event.agent_id, "lat": latest.lat, "lon": latest.lon,
            "accuracy_m": latest.accuracy_m, "battery_pct": latest.battery_pct, "charging": latest.charging,
            "fix_ms": to_ms(latest.fix_time),
        })
        if event.device_id not in self._known_devices:
            self._known_devices.add(event.device_id)
            engine, device_id = self.host.engine, int(event.device_id)
            run_in_background(lambda: _positions(engine, device_id), self._agents_read)
            run_in_background(lambda: replay_devices(engine), self.replay_bar.set_devices)

    def _agents_read(self, agents) -> None:
        self._send("agents", agents)


def _visit(engine, visit_id: str):
    with engine.connect() as conn:
        return visit_by_id(conn, visit_id)


def _positions(engine, device_id: int):
    with engine.connect() as conn:
        return latest_positions(conn, [device_id])

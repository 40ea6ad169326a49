// Campo's map page: Leaflet from the installed package, data from Python over QWebChannel.
// Every value that comes from data reaches the DOM through textContent, never as HTML.
"use strict";

(function (campo) {
  const FENCE_MIN_ZOOM = 15;
  const FENCE_MAX_DRAWN = 2000; // geofences are drawn for the accounts in view only, up to this many
  const LIVE_LAYERS = ["agents", "visits", "routes"];
  const text = campo.text;
  const label = campo.label;

  let bridge = null;
  let map = null;
  let setTileUrl = null; // map_controls.js
  let accounts = null; // the accounts' canvas layer (map_accounts.js)
  let routes = null; // today's routes (map_routes.js)
  let replay = null; // the replay of a day (map_replay.js)
  const layers = {};
  const markers = { agents: new Map(), visits: new Map() };

  // --- agents and visits: Leaflet markers (tens to a few thousand) ---

  function restyle(marker) {
    if (marker.campoKind === "visits") {
      marker.setStyle(campo.visitStyle(marker.campo));
      return;
    }
    const state = campo.staleness(marker.campo.fix_ms);
    if (marker.campoState !== state) {
      marker.campoState = state;
      marker.setIcon(campo.agentIcon(state));
    }
  }

  function newMarker(kind, row) {
    if (kind === "visits") return L.circleMarker([row.lat, row.lon], campo.visitStyle(row));
    const marker = L.marker([row.lat, row.lon], { icon: campo.agentIcon(campo.staleness(row.fix_ms)),
                                                  zIndexOffset: 1000, keyboard: false });
    marker.campoState = campo.staleness(row.fix_ms);
    return marker;
  }

  function upsert(kind, row, key) {
    const known = markers[kind].get(key);
    if (known) {
      known.campo = row;
      known.setLatLng([row.lat, row.lon]);
      restyle(known);
      if (popup && popup.campoKey === kind + ":" + key && popup.isOpen()) popup.setContent(campo.POPUPS[kind](row));
      return known;
    }
    const marker = newMarker(kind, row);
    marker.campo = row;
    marker.campoKind = kind;
    markers[kind].set(key, marker);
    layers[kind].addLayer(marker);
    return marker;
  }

  const APPLY = {
    agents(row) {
      const known = markers.agents.get(row.device_id);
      if (known && known.campo.fix_ms > row.fix_ms) return; // an older snapshot than what we show
      const merged = Object.assign({}, known ? known.campo : {}, row);
      const marker = upsert("agents", merged, row.device_id);
      if (merged.agent_name) {
        const name = text("span", "", merged.agent_name);
        if (marker.getTooltip()) marker.setTooltipContent(name);
        else marker.bindTooltip(name, { direction: "top" });
      }
    },
    visits(row) {
      if (row.corrects) removeVisit(row.corrects);
      const known = markers.visits.get(row.id);
      const merged = Object.assign({}, known ? known.campo : {}, row); // a live row has no names yet
      const account = accounts.rows.get(String(row.account_id));
      if (merged.debtor_name == null && account) merged.debtor_name = account.debtor_name;
      upsert("visits", merged, row.id);
      accounts.markVisited(row.account_id);
      accountsChanged();
    },
  };

  function removeVisit(id) {
    const marker = markers.visits.get(id);
    if (marker) {
      layers.visits.removeLayer(marker);
      markers.visits.delete(id);
    }
  }

  function clear() {
    for (const kind of Object.keys(markers)) {
      markers[kind].clear();
      layers[kind].clearLayers();
    }
    accounts.clearRows();
    accountsChanged();
    layers.fences.clearLayers();
    routes.clearRoutes();
  }

  function receive(kind, json) {
    if (kind === "clear") {
      clear();
    } else if (kind === "routes") {
      routes.receive(JSON.parse(json));
    } else if (kind === "accounts") {
      for (const columns of JSON.parse(json)) accounts.addColumns(columns);
      accountsChanged();
      drawFences();
    } else if (replay.messages[kind]) {
      replay.messages[kind](JSON.parse(json));
    } else if (APPLY[kind]) {
      for (const row of JSON.parse(json)) APPLY[kind](row);
    }
  }

  // --- clicks: one popup at a time, built from the row when asked for ---

  let popup = null;

  function openPopup(kind, row, latlng) {
    popup = L.popup({ offset: kind === "agents" ? [0, -4] : [0, 0] })
      .setLatLng(latlng).setContent(campo.POPUPS[kind](row)).openOn(map);
    popup.campoKey = kind + ":" + (kind === "agents" ? row.device_id : row.id);
    return popup;
  }

  function select(kind, row, latlng) {
    openPopup(kind, row, latlng);
    const id = kind === "agents" ? row.device_id : row.id;
    if (bridge) bridge.select(kind, String(id));
  }

  function markerClicked(event) {
    L.DomEvent.stopPropagation(event); // the map's own click (accounts under the pointer) is not this one
    select(event.layer.campoKind, event.layer.campo, event.layer.getLatLng());
  }

  function mapClicked(event) {
    if (!map.hasLayer(accounts)) return;
    const row = accounts.nearest(event.layerPoint);
    if (row) select("accounts", row, L.latLng(row.lat, row.lon));
  }

  // --- geofences: only when zoomed in, only for the accounts in view ---

  function drawFences() {
    layers.fences.clearLayers();
    if (map.getZoom() < FENCE_MIN_ZOOM) return;
    const view = map.getBounds().pad(0.2);
    const style = { color: campo.ACCOUNT_COLOR, weight: 1, fillOpacity: 0.08, interactive: false };
    let drawn = 0;
    for (const row of accounts.rows.values()) {
      if (drawn >= FENCE_MAX_DRAWN) break;
      if (!view.contains([row.lat, row.lon])) continue;
      if (row.polygon) {
        const rings = row.polygon.map((ring) => ring.map((point) => [point[1], point[0]]));
        layers.fences.addLayer(L.polygon(rings, style));
      } else if (row.radius_m) {
        layers.fences.addLayer(L.circle([row.lat, row.lon], Object.assign({ radius: row.radius_m }, style)));
      }
      drawn += 1;
    }
  }

  function fitData() {
    let bounds = null;
    const parts = [accounts.getBounds(), routes.getBounds()];
    for (const kind of ["visits", "agents"]) {
      if (layers[kind].getLayers().length) parts.push(layers[kind].getBounds());
    }
    for (const more of parts) {
      if (!more || !more.isValid()) continue;
      bounds = bounds ? bounds.extend(more) : L.latLngBounds(more.getSouthWest(), more.getNorthEast());
    }
    // No animations for jumps Python asks for: a zoom animation's end would undo a jump made during it.
    if (bounds) map.fitBounds(bounds.pad(0.05), { maxZoom: 16, animate: false });
  }

  function start(setup) {
    campo.labels = setup.labels || {};
    // One canvas for every marker: thousands of SVG nodes would make panning crawl.
    map = L.map("map", { preferCanvas: true, renderer: L.canvas({ padding: 0.5 }) })
      .setView(setup.center, setup.zoom);
    // Accounts and routes: canvases of their own under the overlay pane, whose canvas (visits) gets clicks first.
    map.createPane("campoAccounts").style.zIndex = 390;
    map.createPane("campoRoutes").style.zIndex = 395;
    accounts = campo.accountsLayer("campoAccounts");
    routes = campo.routesLayer("campoRoutes");
    layers.routes = routes;
    layers.fences = L.layerGroup();
    layers.visits = L.featureGroup().on("click", markerClicked);
    layers.agents = L.featureGroup().on("click", markerClicked);
    replay = campo.replayer(map, { agents: layers.agents, visits: layers.visits, routes: layers.routes },
                            (marker) => openPopup("visits", marker.campo, marker.getLatLng()));
    const accountsOverlay = L.layerGroup([accounts, layers.fences]);
    accountsOverlay.addTo(map);
    layers.routes.addTo(map);
    layers.visits.addTo(map);
    layers.agents.addTo(map);
    // The layers control writes names as HTML: hand it escaped text.
    L.control.layers(null, {
      [campo.asHtml(label("agents"))]: layers.agents,
      [campo.asHtml(label("accounts"))]: accountsOverlay,
      [campo.asHtml(label("visits"))]: layers.visits,
      [campo.asHtml(label("routes"))]: layers.routes,
    }, { collapsed: false }).addTo(map);
    legend = campo.legendControl(accounts.legend(label));
    legend.addTo(map);
    campo.coloringControl(setAccountColoring).addTo(map);
    setTileUrl = campo.tileSwitcher(map);
    setTileUrl(setup.tile_url);
    map.on("click", mapClicked);
    map.on("zoomend moveend", drawFences);
    window.setInterval(() => markers.agents.forEach(restyle), 30 * 1000);
  }

  // --- account colours: by segment, or visited today or not ---

  let legend = null;
  let legendShown = "";

  function accountsChanged() {
    const entries = accounts.legend(label);
    const key = JSON.stringify(entries);
    if (legend && key !== legendShown) { // a visit more rarely changes what the legend says
      legendShown = key;
      legend.showAccounts(entries);
    }
  }

  function setAccountColoring(coloring) {
    accounts.setColoring(coloring);
    const choice = document.getElementById("campo-coloring");
    if (choice) choice.value = accounts.coloring;
    accountsChanged();
  }

  // --- what Python and tests can call ---

  function latLngOf(kind, id) {
    if (kind === "accounts") {
      const row = accounts.rows.get(String(id));
      return row ? L.latLng(row.lat, row.lon) : null;
    }
    const marker = markers[kind] && markers[kind].get(String(id));
    return marker ? marker.getLatLng() : null;
  }

  window.campoMap = {
    counts() {
      return { accounts: accounts.rows.size, agents: markers.agents.size, visits: markers.visits.size,
               fences: layers.fences ? layers.fences.getLayers().length : 0, route_points: routes.points() };
    },
    row(kind, id) {
      if (kind === "accounts") return accounts.rows.get(String(id)) || null;
      const marker = markers[kind] && markers[kind].get(String(id));
      return marker ? marker.campo : null;
    },
    marker(kind, id) {
      return (markers[kind] && markers[kind].get(String(id))) || null;
    },
    // Where a marker is drawn, in the map's container pixels (for clicks in tests).
    point(kind, id) {
      const latlng = latLngOf(kind, id);
      if (!latlng) return null;
      const point = map.latLngToContainerPoint(latlng);
      return [Math.round(point.x), Math.round(point.y)];
    },
    // Opens a marker's popup as a click would; returns the popup's element (for tests and the side panel).
    open(kind, id) {
      const row = window.campoMap.row(kind, id);
      if (!row) return null;
      select(kind, row, latLngOf(kind, id));
      return popup.getElement();
    },
    centerOn(lat, lon, zoom) {
      map.setView([lat, lon], zoom || Math.max(map.getZoom(), 16), { animate: false });
    },
    map() {
      return map;
    },
    route: (deviceId) => routes.route(deviceId),
    setAccountColoring: setAccountColoring,
    accountColor: (id) => {
      const row = accounts.rows.get(String(id));
      return row ? accounts.color(row) : null;
    },
    legendAccounts: () => [...document.querySelectorAll(".campo-legend-accounts div")].map((n) => n.textContent),
    replayState: () => replay.state(),
    replayAt: (ms) => replay.at(ms),
    liveLayersShown() {
      return LIVE_LAYERS.filter((kind) => map.hasLayer(layers[kind]));
    },
    tileNotice() {
      const notice = document.getElementById("tile-notice");
      return notice.hidden ? "" : notice.textContent;
    },
  };

  function connect() {
    new QWebChannel(qt.webChannelTransport, function (channel) {
      bridge = channel.objects.campoBridge;
      bridge.batch.connect(receive);
      bridge.fitRequested.connect(fitData);
      bridge.centerRequested.connect(window.campoMap.centerOn);
      bridge.tileUrlChanged.connect((url) => setTileUrl(url));
      bridge.replayTime.connect((ms) => replay.at(ms));
      bridge.setup(function (json) {
        start(JSON.parse(json));
        for (const plugin of campo.mapPlugins || []) plugin(map, channel.objects); // e.g. map_draw.js
        window.campoMap.ready = true;
        bridge.ready();
      });
    });
  }

  document.addEventListener("DOMContentLoaded", function () {
    campo.loadLeaflet(connect);
  });
})(window.campo);

// Campo's map page: Leaflet from the installed package, data from Python over QWebChannel.
// Every value that comes from data reaches the DOM through textContent, never as HTML.
"use strict";

(function () {
  const FENCE_MIN_ZOOM = 15;
  const FENCE_MAX_DRAWN = 2000; // geofences are drawn for the accounts in view only, up to this many
  const LIVE_MS = 5 * 60 * 1000;
  const QUIET_MS = 30 * 60 * 1000;
  const STALENESS_COLORS = { live: "#1a9641", quiet: "#fdae61", silent: "#7f7f7f" }; // also in map.css
  const OUTCOME_COLORS = {
    promise_to_pay: "#1a9641", rpc: "#2b83ba", third_party: "#abdda4", no_contact: "#fdae61",
  };
  const OTHER_OUTCOME_COLOR = "#999999";
  const OUTSIDE_RING = "#d7191c";
  const ACCOUNT_COLOR = "#5e3c99";

  let bridge = null;
  let labels = {};
  let map = null;
  let tiles = null;
  const layers = {};
  const markers = { accounts: new Map(), agents: new Map(), visits: new Map() };
  const ROUTE_COLORS = ["#e6550d", "#3182bd", "#31a354", "#756bb1", "#d6616b", "#636363", "#8c6d31", "#17becf"];
  const routes = new Map(); // device id -> { fixes: [[fix_ms, lat, lon]] in fix-time order, line }
  let replay = null; // { trace, visits, shown, marker, line, layer } while a day is replayed

  function loadLeaflet(done) {
    const base = new URLSearchParams(window.location.search).get("leaflet");
    if (!base) {
      throw new Error("map.html needs ?leaflet=<folder of leaflet.js>");
    }
    const css = document.createElement("link");
    css.rel = "stylesheet";
    css.href = base + "/leaflet.css";
    document.head.appendChild(css);
    const script = document.createElement("script");
    script.src = base + "/leaflet.js";
    script.onload = done;
    document.head.appendChild(script);
  }

  function text(tag, className, value) {
    const node = document.createElement(tag);
    if (className) node.className = className;
    node.textContent = value == null ? "" : String(value);
    return node;
  }

  function asHtml(value) {
    return text("span", "", value).innerHTML;
  }

  function label(key) {
    return Object.prototype.hasOwnProperty.call(labels, key) ? labels[key] : key;
  }

  function staleness(fixMs) {
    const age = Date.now() - fixMs;
    return age < LIVE_MS ? "live" : age < QUIET_MS ? "quiet" : "silent";
  }

  function timeText(ms) {
    return new Date(ms).toLocaleTimeString([], { hour: "2-digit", minute: "2-digit" });
  }

  // --- popups (built as DOM elements, so data is only ever text) ---

  function accountPopup(row) {
    const box = text("div", "campo-popup", "");
    box.appendChild(text("div", "title", row.debtor_name));
    box.appendChild(text("div", "line", row.ref));
    box.appendChild(text("div", "line", row.address));
    if (row.segment) box.appendChild(text("div", "line", label("segment") + ": " + row.segment));
    return box;
  }

  function agentPopup(row) {
    const box = text("div", "campo-popup", "");
    const who = row.agent_name ? row.agent_name + " (" + row.agent_code + ")" : label("agent");
    box.appendChild(text("div", "title", who));
    box.appendChild(text("div", "line", label(staleness(row.fix_ms)) + " · " + timeText(row.fix_ms)));
    if (row.battery_pct != null) {
      const charging = row.charging ? " · " + label("charging") : "";
      box.appendChild(text("div", "line", label("battery") + ": " + row.battery_pct + " %" + charging));
    }
    return box;
  }

  function visitPopup(row) {
    const box = text("div", "campo-popup", "");
    box.appendChild(text("div", "title", row.debtor_name || ""));
    box.appendChild(text("div", "line", label("outcome_" + row.outcome) + " · " + timeText(row.finished_ms)));
    if (row.agent_name) box.appendChild(text("div", "line", row.agent_name));
    box.appendChild(text("div", "line", label("verdict_" + row.verdict)));
    for (const flag of row.flags || []) box.appendChild(text("div", "flag", label("flag_" + flag)));
    return box;
  }

  const POPUPS = { accounts: accountPopup, agents: agentPopup, visits: visitPopup };

  // --- markers ---

  // Agents are few and must stand out from visit dots: a DOM badge (square, dark border), always on top.
  function agentIcon(state) {
    return L.divIcon({ className: "campo-agent " + state, iconSize: [16, 16] });
  }

  function visitStyle(row) {
    const outside = row.verdict === "outside";
    return { radius: outside ? 7 : 6, color: outside ? OUTSIDE_RING : "#ffffff", weight: outside ? 3 : 1,
             fillColor: OUTCOME_COLORS[row.outcome] || OTHER_OUTCOME_COLOR, fillOpacity: 0.95 };
  }

  const ACCOUNT_STYLE = { radius: 4, color: "#ffffff", weight: 1, fillColor: ACCOUNT_COLOR, fillOpacity: 0.85 };

  function restyle(marker) {
    if (marker.campoKind !== "agents") {
      marker.setStyle(marker.campoKind === "visits" ? visitStyle(marker.campo) : ACCOUNT_STYLE);
      return;
    }
    const state = staleness(marker.campo.fix_ms);
    if (marker.campoState !== state) {
      marker.campoState = state;
      marker.setIcon(agentIcon(state));
    }
  }

  function newMarker(kind, row) {
    if (kind !== "agents") {
      return L.circleMarker([row.lat, row.lon], kind === "visits" ? visitStyle(row) : ACCOUNT_STYLE);
    }
    const marker = L.marker([row.lat, row.lon], { icon: agentIcon(staleness(row.fix_ms)), zIndexOffset: 1000,
                                                  keyboard: false });
    marker.campoState = staleness(row.fix_ms);
    return marker;
  }

  function upsert(kind, row, key) {
    const known = markers[kind].get(key);
    if (known) {
      known.campo = row;
      known.setLatLng([row.lat, row.lon]);
      restyle(known);
      if (known.isPopupOpen()) known.setPopupContent(POPUPS[kind](row));
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
    accounts(row) {
      upsert("accounts", row, row.id);
    },
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
      const account = markers.accounts.get(row.account_id);
      if (merged.debtor_name == null && account) merged.debtor_name = account.campo.debtor_name;
      upsert("visits", merged, row.id);
    },
  };


  // --- today's routes: one polyline per device, in fix-time order, however late a fix arrives ---

  function routeOf(deviceId) {
    let route = routes.get(deviceId);
    if (!route) {
      // By device id, so a device keeps its colour across reloads.
      const color = ROUTE_COLORS[(parseInt(deviceId, 10) || routes.size) % ROUTE_COLORS.length];
      // smoothFactor simplifies long lines on screen, per zoom: cheap to draw however many fixes.
      const line = L.polyline([], { color: color, weight: 3, opacity: 0.75, smoothFactor: 1.5, interactive: false });
      route = { fixes: [], line: line };
      routes.set(deviceId, route);
      layers.routes.addLayer(line);
    }
    return route;
  }

  // Where a fix goes: after every fix taken at or before it.
  function insertionIndex(fixes, fixMs) {
    let low = 0;
    let high = fixes.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (fixes[middle][0] <= fixMs) low = middle + 1;
      else high = middle;
    }
    return low;
  }

  function receiveRoute(rows) {
    // Leaflet re-projects a whole line on every addLatLng: points are collected first and each
    // touched line is set once per batch (a day of fixes went from minutes to milliseconds).
    const touched = new Set();
    for (const row of rows) {
      const route = routeOf(row.device_id);
      const fix = [row.fix_ms, row.lat, row.lon];
      const last = route.fixes.length ? route.fixes[route.fixes.length - 1][0] : -Infinity;
      if (row.fix_ms >= last) route.fixes.push(fix); // the usual case: in fix-time order
      else route.fixes.splice(insertionIndex(route.fixes, row.fix_ms), 0, fix); // a late fix
      touched.add(route);
    }
    for (const route of touched) route.line.setLatLngs(route.fixes.map((fix) => [fix[1], fix[2]]));
  }

  // --- replay: one device's day; Python moves the time, the page places the marker and the visits ---

  const LIVE_LAYERS = ["agents", "visits", "routes"];

  function replayBegin(rows) {
    replayEnd();
    const meta = rows[0] || {};
    const layer = L.featureGroup();
    replay = { trace: [], visits: [], shown: 0, marker: null, line: null, layer: layer, time: null,
               name: meta.agent_name || "" };
    for (const kind of LIVE_LAYERS) {
      layers[kind].campoWasOn = map.hasLayer(layers[kind]);
      map.removeLayer(layers[kind]);
    }
    layer.addTo(map);
  }

  function replayShow() {
    if (!replay) return;
    const latlngs = replay.trace.map((fix) => [fix[1], fix[2]]);
    replay.line = L.polyline(latlngs, { color: "#3182bd", weight: 3, opacity: 0.45, smoothFactor: 1.5,
                                        interactive: false });
    replay.layer.addLayer(replay.line);
    replay.marker = L.marker(latlngs[0] || map.getCenter(), { icon: agentIcon("live"), zIndexOffset: 1000,
                                                              keyboard: false });
    if (replay.name) replay.marker.bindTooltip(text("span", "", replay.name), { direction: "top" });
    const bounds = L.latLngBounds(latlngs.concat(replay.visits.map((row) => [row.lat, row.lon])));
    if (bounds.isValid()) map.fitBounds(bounds.pad(0.05), { maxZoom: 17, animate: false });
    replayAt(replay.trace.length ? replay.trace[0][0] : 0);
  }

  // Where the device was at `ms`: between the fixes around it, in proportion to the time; its last fix after.
  function replayPosition(ms) {
    const trace = replay.trace;
    const after = insertionIndex(trace, ms); // trace[after - 1] is the last fix at or before ms
    if (after === 0) return null;
    const before = trace[after - 1];
    const next = trace[after];
    if (!next || before[0] === ms || next[0] === before[0]) return [before[1], before[2]];
    const share = (ms - before[0]) / (next[0] - before[0]);
    return [before[1] + (next[1] - before[1]) * share, before[2] + (next[2] - before[2]) * share];
  }

  function replayAt(ms) {
    if (!replay) return;
    replay.time = ms;
    const where = replayPosition(ms);
    if (where) {
      replay.marker.setLatLng(where);
      if (!replay.layer.hasLayer(replay.marker)) replay.layer.addLayer(replay.marker);
    } else if (replay.marker && replay.layer.hasLayer(replay.marker)) {
      replay.layer.removeLayer(replay.marker);
    }
    // Visits are sorted by fix time: show the first `wanted`, add or take away only the difference.
    let wanted = 0;
    while (wanted < replay.visits.length && replay.visits[wanted].fix_ms <= ms) wanted += 1;
    for (let i = replay.shown; i < wanted; i += 1) {
      const row = replay.visits[i];
      if (!row.marker) {
        row.marker = L.circleMarker([row.lat, row.lon], visitStyle(row));
        row.marker.campo = row;
        row.marker.campoKind = "visits";
      }
      replay.layer.addLayer(row.marker);
    }
    for (let i = wanted; i < replay.shown; i += 1) replay.layer.removeLayer(replay.visits[i].marker);
    replay.shown = wanted;
  }

  function replayEnd() {
    if (!replay) return;
    map.removeLayer(replay.layer);
    replay = null;
    for (const kind of LIVE_LAYERS) {
      if (layers[kind].campoWasOn !== false) layers[kind].addTo(map);
    }
  }

  function replayClicked(event) {
    if (event.layer.campoKind !== "visits") return;
    event.layer.unbindPopup();
    event.layer.bindPopup(visitPopup(event.layer.campo)).openPopup();
  }

  const REPLAY = {
    replay_begin: replayBegin,
    replay_trace(rows) {
      if (replay) for (const fix of rows) replay.trace.push(fix);
    },
    replay_visits(rows) {
      if (replay) for (const row of rows) replay.visits.push(row);
    },
    replay_show() {
      replayShow();
      if (replay) replay.layer.on("click", replayClicked);
    },
    replay_end: replayEnd,
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
    layers.fences.clearLayers();
    routes.clear();
    layers.routes.clearLayers();
  }

  function receive(kind, json) {
    if (kind === "clear") {
      clear();
      return;
    }
    if (kind === "routes") {
      receiveRoute(JSON.parse(json));
      return;
    }
    if (REPLAY[kind]) {
      REPLAY[kind](JSON.parse(json));
      return;
    }
    const apply = APPLY[kind];
    if (!apply) return;
    for (const row of JSON.parse(json)) apply(row);
    if (kind === "accounts") drawFences();
  }

  function openPopup(marker) {
    marker.unbindPopup();
    marker.bindPopup(POPUPS[marker.campoKind](marker.campo)).openPopup();
  }

  function clicked(event) {
    const marker = event.layer;
    openPopup(marker);
    const row = marker.campo;
    const id = marker.campoKind === "agents" ? row.device_id : row.id;
    if (bridge) bridge.select(marker.campoKind, String(id));
  }

  // --- geofences: only when zoomed in, only for the accounts in view ---

  function drawFences() {
    layers.fences.clearLayers();
    if (map.getZoom() < FENCE_MIN_ZOOM) return;
    const view = map.getBounds().pad(0.2);
    let drawn = 0;
    for (const marker of markers.accounts.values()) {
      if (drawn >= FENCE_MAX_DRAWN) break;
      if (!view.contains(marker.getLatLng())) continue;
      const row = marker.campo;
      const style = { color: ACCOUNT_COLOR, weight: 1, fillOpacity: 0.08, interactive: false };
      if (row.polygon) {
        const rings = row.polygon.map((ring) => ring.map((point) => [point[1], point[0]]));
        layers.fences.addLayer(L.polygon(rings, style));
      } else if (row.radius_m) {
        layers.fences.addLayer(L.circle([row.lat, row.lon], Object.assign({ radius: row.radius_m }, style)));
      }
      drawn += 1;
    }
  }

  // --- legend and tile notice ---

  function legendControl() {
    const legend = L.control({ position: "bottomright" });
    legend.onAdd = function () {
      const box = L.DomUtil.create("div", "campo-legend");
      const section = (title, entries) => {
        box.appendChild(text("h4", "", title));
        for (const [name, color, shape] of entries) {
          const line = document.createElement("div");
          const swatch = text("span", "campo-swatch " + (shape || ""), "");
          if (shape !== "ring") swatch.style.background = color;
          line.appendChild(swatch);
          line.appendChild(document.createTextNode(name));
          box.appendChild(line);
        }
      };
      section(label("agents"), Object.entries(STALENESS_COLORS)
        .map(([key, color]) => [label(key), color, "agent"]));
      section(label("accounts"), [[label("account"), ACCOUNT_COLOR]]);
      section(label("visits"), Object.entries(OUTCOME_COLORS)
        .map(([key, color]) => [label("outcome_" + key), color])
        .concat([[label("outside_geofence"), OUTSIDE_RING, "ring"]]));
      return box;
    };
    return legend;
  }

  function tilesFailed() {
    const notice = document.getElementById("tile-notice");
    notice.textContent = label("tiles_unavailable");
    notice.hidden = false;
  }

  function tilesLoaded() {
    document.getElementById("tile-notice").hidden = true;
  }

  function setTileUrl(url) {
    tilesLoaded();
    if (tiles) map.removeLayer(tiles);
    tiles = L.tileLayer(url, { maxZoom: 19, attribution: label("attribution") });
    tiles.on("tileerror", tilesFailed);
    tiles.on("tileload", tilesLoaded);
    tiles.addTo(map);
  }

  function fitData() {
    let bounds = null;
    for (const kind of ["accounts", "visits", "agents", "routes"]) {
      if (!layers[kind].getLayers().length) continue;
      const more = layers[kind].getBounds();
      if (!more.isValid()) continue;
      bounds = bounds ? bounds.extend(more) : L.latLngBounds(more.getSouthWest(), more.getNorthEast());
    }
    // No animations for jumps Python asks for: a zoom animation's end would undo a jump made during it.
    if (bounds) map.fitBounds(bounds.pad(0.05), { maxZoom: 16, animate: false });
  }

  function restyleAgents() {
    for (const marker of markers.agents.values()) restyle(marker);
  }

  function start(setup) {
    labels = setup.labels || {};
    // One canvas for every marker: thousands of SVG nodes would make panning crawl.
    map = L.map("map", { preferCanvas: true, renderer: L.canvas({ padding: 0.5 }) })
      .setView(setup.center, setup.zoom);
    for (const kind of ["accounts", "fences", "routes", "visits", "agents"]) {
      layers[kind] = kind === "fences" ? L.layerGroup() : L.featureGroup();
    }
    for (const kind of ["accounts", "visits", "agents"]) layers[kind].on("click", clicked);
    const accountsOverlay = L.layerGroup([layers.accounts, layers.fences]);
    accountsOverlay.addTo(map);
    layers.routes.addTo(map);
    layers.visits.addTo(map);
    layers.agents.addTo(map);
    // The layers control writes names as HTML: hand it escaped text.
    L.control.layers(null, {
      [asHtml(label("agents"))]: layers.agents,
      [asHtml(label("accounts"))]: accountsOverlay,
      [asHtml(label("visits"))]: layers.visits,
      [asHtml(label("routes"))]: layers.routes,
    }, { collapsed: false }).addTo(map);
    legendControl().addTo(map);
    setTileUrl(setup.tile_url);
    map.on("zoomend moveend", drawFences);
    window.setInterval(restyleAgents, 30 * 1000);
  }

  // --- what Python and tests can call ---

  window.campoMap = {
    counts() {
      return { accounts: markers.accounts.size, agents: markers.agents.size, visits: markers.visits.size,
               fences: layers.fences ? layers.fences.getLayers().length : 0 };
    },
    row(kind, id) {
      const marker = markers[kind] && markers[kind].get(String(id));
      return marker ? marker.campo : null;
    },
    marker(kind, id) {
      return (markers[kind] && markers[kind].get(String(id))) || null;
    },
    // Opens a marker's popup as a click would; returns the popup's element (for tests and the side panel).
    open(kind, id) {
      const marker = markers[kind] && markers[kind].get(String(id));
      if (!marker) return null;
      clicked({ layer: marker });
      return marker.getPopup().getElement();
    },
    centerOn(lat, lon, zoom) {
      map.setView([lat, lon], zoom || Math.max(map.getZoom(), 16), { animate: false });
    },
    map() {
      return map;
    },
    // Today's route of a device as [fix_ms, lat, lon] in fix-time order, and how many points its line has.
    route(deviceId) {
      const route = routes.get(String(deviceId));
      return route ? { fixes: route.fixes, drawn: route.line.getLatLngs().length } : null;
    },
    // The replay as shown: its time, where the marker is (null before the first fix), which visits are shown.
    replayState() {
      if (!replay) return null;
      const shown = replay.marker && replay.layer.hasLayer(replay.marker) ? replay.marker.getLatLng() : null;
      return { time: replay.time, marker: shown ? [shown.lat, shown.lng] : null, points: replay.trace.length,
               visits: replay.visits.slice(0, replay.shown).map((row) => row.id) };
    },
    replayAt: replayAt,
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
      bridge.tileUrlChanged.connect(setTileUrl);
      bridge.replayTime.connect(replayAt);
      bridge.setup(function (json) {
        start(JSON.parse(json));
        window.campoMap.ready = true;
        bridge.ready();
      });
    });
  }

  document.addEventListener("DOMContentLoaded", function () {
    loadLeaflet(connect);
  });
})();

// Campo's map page: one agent's planned visit order of a day (route_plans), drawn as a line from the start point
// through numbered stops. Python sends the plan over QWebChannel (campoPlan, desktop/views/map_plan.py).
// Every value that comes from data reaches the DOM through textContent, never as HTML.
"use strict";

window.campo = window.campo || {};

(function (campo) {
  const LINE = { color: "#d95f02", weight: 4, opacity: 0.8, interactive: false };
  const START = { radius: 7, color: "#263238", weight: 3, fillColor: "#ffffff", fillOpacity: 1 };
  const text = campo.text;

  function stopIcon(stop) {
    const tier = [1, 2, 3].includes(stop.tier) ? stop.tier : 3;
    const badge = text("div", "campo-stop tier-" + tier, String(stop.order));
    return L.divIcon({ className: "campo-stop-icon", html: badge, iconSize: [22, 22], iconAnchor: [11, 11] });
  }

  function stopTooltip(stop, labels) {
    const box = text("div", "campo-popup", "");
    box.appendChild(text("div", "title", stop.order + ". " + (stop.name || "")));
    box.appendChild(text("div", "line", stop.ref));
    box.appendChild(text("div", "line", (labels["tier_" + stop.tier] || "") + " · " + stop.arrival));
    return box;
  }

  function start(map, plan, setup) {
    const labels = setup.labels || {};
    const layer = L.featureGroup().addTo(map);
    const summary = L.control({ position: "bottomleft" });
    summary.onAdd = () => text("div", "campo-plan-summary", "");
    let line = null;
    let shown = null; // the plan drawn: { agent, day, stops }

    function show(json) {
      layer.clearLayers();
      line = null;
      shown = null;
      summary.remove();
      const data = json ? JSON.parse(json) : null;
      if (!data || !Array.isArray(data.stops)) return;
      summary.addTo(map);
      summary.getContainer().textContent = data.summary || "";
      const latlngs = [];
      if (Array.isArray(data.start)) {
        latlngs.push(data.start);
        const origin = L.circleMarker(data.start, START);
        origin.bindTooltip(text("span", "", labels.start || ""), { direction: "top" });
        layer.addLayer(origin);
      }
      for (const stop of data.stops) {
        if (typeof stop.lat !== "number" || typeof stop.lon !== "number") continue;
        latlngs.push([stop.lat, stop.lon]);
        const marker = L.marker([stop.lat, stop.lon], { icon: stopIcon(stop), keyboard: false, zIndexOffset: 2000 });
        marker.bindTooltip(stopTooltip(stop, labels), { direction: "top", offset: [0, -8] });
        layer.addLayer(marker);
      }
      line = L.polyline(latlngs, LINE);
      layer.addLayer(line);
      shown = { agent: data.agent, day: data.day, stops: data.stops.length };
      const bounds = layer.getBounds();
      if (data.fit && bounds.isValid()) map.fitBounds(bounds.pad(0.1), { maxZoom: 16, animate: false });
    }

    plan.planShown.connect(show);
    plan.current(show); // a plan chosen before the page was up

    // For tests and Python: what is drawn.
    window.campoPlan = {
      points: () => (line ? line.getLatLngs().length : 0),
      summary: () => (summary.getContainer() && summary.getContainer().isConnected ? summary.getContainer().textContent
                                                                                  : ""),
      shown: () => shown,
      numbers: () => [...document.querySelectorAll(".campo-stop")].map((node) => node.textContent),
      tooltip(order) {
        const found = layer.getLayers().find((l) => l.getIcon && l.getIcon().options.html.textContent === String(order));
        return found ? found.getTooltip().getContent().textContent : null;
      },
    };
  }

  campo.mapPlugins = campo.mapPlugins || [];
  campo.mapPlugins.push(function (map, objects) {
    const plan = objects.campoPlan;
    if (!plan) return;
    plan.setup((json) => start(map, plan, JSON.parse(json)));
  });
})(window.campo);

// Today's routes: one polyline per device, in fix-time order, however late a fix arrives.
// Python sends columns per device ({device_id, fix_ms: [], lat: [], lon: []}), simplified for the first view.
"use strict";

window.campo = window.campo || {};

(function (campo) {
  const ROUTE_COLORS = ["#e6550d", "#3182bd", "#31a354", "#756bb1", "#d6616b", "#636363", "#8c6d31", "#17becf"];

  campo.routesLayer = function () {
    const layer = L.featureGroup();
    const routes = new Map(); // device id -> { times: [fix_ms], latlngs: [L.LatLng], line }

    function routeOf(deviceId) {
      let route = routes.get(deviceId);
      if (!route) {
        // By device id, so a device keeps its colour across reloads.
        const color = ROUTE_COLORS[(parseInt(deviceId, 10) || routes.size) % ROUTE_COLORS.length];
        // smoothFactor simplifies long lines on screen, per zoom: cheap to draw however many fixes.
        const line = L.polyline([], { color: color, weight: 3, opacity: 0.75, smoothFactor: 1.5,
                                      interactive: false });
        route = { times: [], latlngs: [], line: line };
        routes.set(deviceId, route);
        layer.addLayer(line);
      }
      return route;
    }

    function receive(parts) {
      for (const part of parts) {
        const route = routeOf(String(part.device_id));
        const { fix_ms: times, lat, lon } = part;
        const last = route.times.length ? route.times[route.times.length - 1] : -Infinity;
        if (!times.length) continue;
        if (times[0] >= last) { // the usual case: newer than all we have (each part is in fix-time order)
          for (let i = 0; i < times.length; i += 1) {
            route.times.push(times[i]);
            route.latlngs.push(L.latLng(lat[i], lon[i]));
          }
        } else {
          for (let i = 0; i < times.length; i += 1) { // late fixes go in the middle
            const at = campo.insertionIndex(route.times, times[i]);
            route.times.splice(at, 0, times[i]);
            route.latlngs.splice(at, 0, L.latLng(lat[i], lon[i]));
          }
        }
        // Leaflet re-projects a whole line on every change: set each line once per batch.
        route.line.setLatLngs(route.latlngs);
      }
    }

    return {
      layer: layer,
      receive: receive,
      clear() {
        routes.clear();
        layer.clearLayers();
      },
      // A device's route as [fix_ms, lat, lon] in fix-time order, and how many points its line has.
      route(deviceId) {
        const route = routes.get(String(deviceId));
        if (!route) return null;
        const fixes = route.times.map((ms, i) => [ms, route.latlngs[i].lat, route.latlngs[i].lng]);
        return { fixes: fixes, drawn: route.line.getLatLngs().length };
      },
      points() {
        let drawn = 0;
        for (const route of routes.values()) drawn += route.line.getLatLngs().length;
        return drawn;
      },
    };
  };
})(window.campo);

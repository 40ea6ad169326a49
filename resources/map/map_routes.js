// Today's routes: one line per device on a canvas of their own, in fix-time order, however late a fix arrives.
// Python sends columns per device ({device_id, fix_ms: [], lat: [], lon: []}, long ones simplified) as
// integers (ms, microdegrees), each the difference from the one before.
// Leaflet polylines project every point through LatLng/Point objects (~5 µs each, again on every zoom):
// here each fix is projected once to Web Mercator's unit square and a draw only scales and offsets it.
"use strict";

window.campo = window.campo || {};

(function (campo) {
  const ROUTE_COLORS = ["#e6550d", "#3182bd", "#31a354", "#756bb1", "#d6616b", "#636363", "#8c6d31", "#17becf"];
  const MIN_STEP_PX = 1.5; // fixes closer than this to the last drawn one are skipped (as Leaflet's smoothFactor)

  const unitX = campo.unitX;
  const unitY = campo.unitY;

  function undelta(part) {
    const count = part.fix_ms.length;
    const times = new Array(count);
    const lat = new Array(count);
    const lon = new Array(count);
    let t = 0, y = 0, x = 0;
    for (let i = 0; i < count; i += 1) {
      t += part.fix_ms[i];
      y += part.lat[i];
      x += part.lon[i];
      times[i] = t;
      lat[i] = y / 1e6;
      lon[i] = x / 1e6;
    }
    return { times: times, lat: lat, lon: lon };
  }

  campo.routesLayer = function (pane) {
    const Lines = L.Canvas.extend({
      initialize(options) {
        L.Canvas.prototype.initialize.call(this, options);
        this.routes = new Map(); // device id -> { times, lat, lon, x, y (unit square), color }
      },

      routeOf(deviceId) {
        let route = this.routes.get(deviceId);
        if (!route) {
          // By device id, so a device keeps its colour across reloads.
          const color = ROUTE_COLORS[(parseInt(deviceId, 10) || this.routes.size) % ROUTE_COLORS.length];
          route = { times: [], lat: [], lon: [], x: [], y: [], color: color };
          this.routes.set(deviceId, route);
        }
        return route;
      },

      receive(parts) {
        for (const part of parts) {
          const route = this.routeOf(String(part.device_id));
          const { times, lat, lon } = undelta(part);
          if (!times.length) continue;
          const last = route.times.length ? route.times[route.times.length - 1] : -Infinity;
          if (times[0] >= last) { // the usual case: newer than all we have (each part is in fix-time order)
            for (let i = 0; i < times.length; i += 1) {
              route.times.push(times[i]);
              route.lat.push(lat[i]);
              route.lon.push(lon[i]);
              route.x.push(unitX(lon[i]));
              route.y.push(unitY(lat[i]));
            }
          } else {
            for (let i = 0; i < times.length; i += 1) { // late fixes go in the middle
              const at = campo.insertionIndex(route.times, times[i]);
              route.times.splice(at, 0, times[i]);
              route.lat.splice(at, 0, lat[i]);
              route.lon.splice(at, 0, lon[i]);
              route.x.splice(at, 0, unitX(lon[i]));
              route.y.splice(at, 0, unitY(lat[i]));
            }
          }
        }
        this.redrawSoon();
      },

      clearRoutes() {
        this.routes.clear();
        this.redrawSoon();
      },

      redrawSoon() {
        if (this._map && this._ctx) {
          this._redrawRequest = this._redrawRequest || L.Util.requestAnimFrame(this._redraw, this);
        }
      },

      _draw() {
        L.Canvas.prototype._draw.call(this);
        const ctx = this._ctx;
        const scale = 256 * Math.pow(2, this._map.getZoom());
        const origin = this._map.getPixelOrigin();
        const min = this._bounds.min;
        const max = this._bounds.max;
        const minStep = MIN_STEP_PX * MIN_STEP_PX;
        ctx.save();
        ctx.lineWidth = 3;
        ctx.lineJoin = "round";
        ctx.lineCap = "round";
        ctx.globalAlpha = 0.75;
        for (const route of this.routes.values()) {
          const count = route.x.length;
          ctx.beginPath();
          let lastX = 0;
          let lastY = 0;
          let lastCode = -1; // which side of the canvas the last point is off (0: on it)
          for (let i = 0; i < count; i += 1) {
            const x = route.x[i] * scale - origin.x;
            const y = route.y[i] * scale - origin.y;
            const code = (x < min.x ? 1 : 0) | (x > max.x ? 2 : 0) | (y < min.y ? 4 : 0) | (y > max.y ? 8 : 0);
            if (lastCode === -1 || (code & lastCode)) { // the first point, or a segment wholly off one side
              ctx.moveTo(x, y);
            } else {
              const dx = x - lastX;
              const dy = y - lastY;
              if (dx * dx + dy * dy < minStep && i < count - 1) continue;
              ctx.lineTo(x, y);
            }
            lastX = x;
            lastY = y;
            lastCode = code;
          }
          ctx.strokeStyle = route.color;
          ctx.stroke();
        }
        ctx.restore();
      },

      getBounds() {
        let south = Infinity, west = Infinity, north = -Infinity, east = -Infinity;
        for (const route of this.routes.values()) {
          for (let i = 0; i < route.lat.length; i += 1) {
            south = Math.min(south, route.lat[i]);
            north = Math.max(north, route.lat[i]);
            west = Math.min(west, route.lon[i]);
            east = Math.max(east, route.lon[i]);
          }
        }
        return south <= north ? L.latLngBounds([south, west], [north, east]) : null;
      },

      // A device's route as [fix_ms, lat, lon] in fix-time order, and how many points its line has.
      route(deviceId) {
        const route = this.routes.get(String(deviceId));
        if (!route) return null;
        const fixes = route.times.map((ms, i) => [ms, route.lat[i], route.lon[i]]);
        return { fixes: fixes, drawn: route.x.length };
      },

      points() {
        let drawn = 0;
        for (const route of this.routes.values()) drawn += route.x.length;
        return drawn;
      },
    });
    return new Lines({ pane: pane, padding: 0.1 });
  };
})(window.campo);

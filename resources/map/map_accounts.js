// Accounts on one canvas of their own: tens of thousands of dots drawn in one path, no layer object each
// (Leaflet circle markers cost ~30 µs apiece to add, and as much again to re-project on every zoom).
// Clicks come from the map: the nearest dot under the pointer wins.
"use strict";

window.campo = window.campo || {};

(function (campo) {
  const RADIUS = 4;
  const CLICK_SLOP = 3; // px around a dot that still count as a click on it

  // A Leaflet canvas renderer with no paths: it brings the canvas, its placement on pan and its scaling
  // during zoom animations; `_draw` paints the dots.
  campo.accountsLayer = function (pane) {
    const Dots = L.Canvas.extend({
      initialize(options) {
        L.Canvas.prototype.initialize.call(this, options);
        this.rows = new Map(); // account id -> row (with its place in Web Mercator's unit square as _x, _y)
        this.coloring = "segment"; // or "visited": visited today or not
        this.visited = new Set(); // ids of the accounts with a visit today
        this.segmentColors = new Map(); // segment -> colour, in the order of the sorted segment names
      },

      setColoring(coloring) {
        this.coloring = coloring === "visited" ? "visited" : "segment";
        this.redrawSoon();
      },

      markVisited(accountId) {
        const id = String(accountId);
        if (this.visited.has(id)) return;
        this.visited.add(id);
        if (this.coloring === "visited") this.redrawSoon();
      },

      // Colours follow the sorted segment names, so a segment keeps its colour from one load to the next.
      recolorSegments() {
        const names = new Set();
        for (const row of this.rows.values()) if (row.segment) names.add(row.segment);
        this.segmentColors = new Map([...names].sort().map((name, i) =>
          [name, campo.SEGMENT_COLORS[i % campo.SEGMENT_COLORS.length]]));
      },

      color(row) {
        if (this.coloring === "visited") {
          return this.visited.has(row.id) ? campo.VISITED_COLOR : campo.ACCOUNT_COLOR;
        }
        return this.segmentColors.get(row.segment) || campo.NO_SEGMENT_COLOR;
      },

      // [label, colour] pairs of what the dots mean now, for the legend.
      legend(label) {
        if (this.coloring === "visited") {
          return [[label("not_visited_today"), campo.ACCOUNT_COLOR], [label("visited_today"), campo.VISITED_COLOR]];
        }
        const entries = [...this.segmentColors.entries()];
        const shown = entries.slice(0, campo.SEGMENT_COLORS.length); // more would repeat colours
        const hasOther = [...this.rows.values()].some((row) => !row.segment);
        return shown.concat(entries.length > shown.length ? [[label("other_segments"), "#cccccc"]] : [])
          .concat(hasOther || !entries.length ? [[label("no_segment"), campo.NO_SEGMENT_COLOR]] : []);
      },

      upsert(row) {
        row.id = String(row.id);
        row._x = campo.unitX(row.lon);
        row._y = campo.unitY(row.lat);
        this.rows.set(row.id, row);
      },

      // Rows from Python's columns: {id: [...], lat: [...], ...}.
      addColumns(columns) {
        const names = Object.keys(columns);
        const count = columns.id.length;
        for (let i = 0; i < count; i += 1) {
          const row = {};
          for (const name of names) row[name] = columns[name][i];
          this.upsert(row);
        }
        this.recolorSegments();
        this.redrawSoon();
      },

      clearRows() {
        this.rows.clear();
        this.visited.clear();
        this.segmentColors.clear();
        this.redrawSoon();
      },

      redrawSoon() {
        if (this._map && this._ctx) {
          this._redrawRequest = this._redrawRequest || L.Util.requestAnimFrame(this._redraw, this);
        }
      },

      // Where a row is drawn, in layer pixels.
      point(row) {
        const scale = 256 * Math.pow(2, this._map.getZoom());
        const origin = this._map.getPixelOrigin();
        return [row._x * scale - origin.x, row._y * scale - origin.y];
      },

      _draw() {
        L.Canvas.prototype._draw.call(this);
        if (!this.rows.size) return;
        const ctx = this._ctx;
        const min = this._bounds.min;
        const max = this._bounds.max;
        const scale = 256 * Math.pow(2, this._map.getZoom());
        const origin = this._map.getPixelOrigin();
        // White halos in one path, then the dots of each colour in one path each (a stroke per dot in one
        // path would cut across the neighbours it overlaps).
        const shown = new Map(); // colour -> flat [x, y, ...] of the dots in view
        const halo = RADIUS + 1;
        ctx.beginPath();
        for (const row of this.rows.values()) {
          const x = row._x * scale - origin.x;
          const y = row._y * scale - origin.y;
          if (x < min.x - halo || y < min.y - halo || x > max.x + halo || y > max.y + halo) continue;
          ctx.moveTo(x + halo, y);
          ctx.arc(x, y, halo, 0, 2 * Math.PI);
          const color = this.color(row);
          const points = shown.get(color);
          if (points) points.push(x, y);
          else shown.set(color, [x, y]);
        }
        ctx.fillStyle = "#ffffff";
        ctx.fill();
        ctx.globalAlpha = 0.85;
        for (const [color, points] of shown) {
          ctx.beginPath();
          for (let i = 0; i < points.length; i += 2) {
            ctx.moveTo(points[i] + RADIUS, points[i + 1]);
            ctx.arc(points[i], points[i + 1], RADIUS, 0, 2 * Math.PI);
          }
          ctx.fillStyle = color;
          ctx.fill();
        }
        ctx.globalAlpha = 1;
      },

      // The account drawn under a layer point (the one nearest its centre), or null.
      nearest(layerPoint) {
        let best = null;
        let bestDistance = (RADIUS + CLICK_SLOP) * (RADIUS + CLICK_SLOP);
        const scale = 256 * Math.pow(2, this._map.getZoom());
        const origin = this._map.getPixelOrigin();
        for (const row of this.rows.values()) {
          const x = row._x * scale - origin.x;
          const y = row._y * scale - origin.y;
          const distance = (x - layerPoint.x) * (x - layerPoint.x) + (y - layerPoint.y) * (y - layerPoint.y);
          if (distance <= bestDistance) {
            best = row;
            bestDistance = distance;
          }
        }
        return best;
      },

      getBounds() {
        if (!this.rows.size) return null;
        let south = Infinity, west = Infinity, north = -Infinity, east = -Infinity;
        for (const row of this.rows.values()) {
          if (row.lat < south) south = row.lat;
          if (row.lat > north) north = row.lat;
          if (row.lon < west) west = row.lon;
          if (row.lon > east) east = row.lon;
        }
        return L.latLngBounds([south, west], [north, east]);
      },
    });
    return new Dots({ pane: pane, padding: 0.1 });
  };
})(window.campo);

// Campo's map page: drawing a zone (polygon or rectangle) to assign the accounts inside it.
// Leaflet.draw comes from the installed pyqtlet2 package, given by Python as ?leaflet_draw=<file:// URL>;
// the zone's corners go to Python over QWebChannel (campoZone), which finds the accounts and asks for the agent.
// Labels reach the page as text: Leaflet.draw writes its tooltips as HTML, so they are escaped first.
"use strict";

window.campo = window.campo || {};

(function (campo) {
  const ZONE_STYLE = { color: "#0969da", weight: 2, fillOpacity: 0.12 };

  function loadDraw(base, done) {
    const css = document.createElement("link");
    css.rel = "stylesheet";
    css.href = base + "/leaflet.draw.css";
    document.head.appendChild(css);
    const script = document.createElement("script");
    script.src = base + "/leaflet.draw.js";
    script.onload = done;
    document.head.appendChild(script);
  }

  // Leaflet.draw's own words, in the interface's language (only the tools offered here).
  function translate(labels) {
    const html = (key) => campo.asHtml(labels[key] || "");
    const draw = L.drawLocal.draw;
    draw.toolbar.buttons.polygon = labels.draw_polygon || draw.toolbar.buttons.polygon;
    draw.toolbar.buttons.rectangle = labels.draw_rectangle || draw.toolbar.buttons.rectangle;
    // Titles become attributes; texts become the buttons' HTML.
    draw.toolbar.actions = { title: labels.cancel_title, text: html("cancel") };
    draw.toolbar.finish = { title: labels.finish_title, text: html("finish") };
    draw.toolbar.undo = { title: labels.undo_title, text: html("undo") };
    draw.handlers.polygon.tooltip = { start: html("polygon_start"), cont: html("polygon_continue"),
                                      end: html("polygon_end") };
    draw.handlers.polyline.error = html("crossing");
    draw.handlers.rectangle.tooltip = { start: html("rectangle_start") };
    draw.handlers.simpleshape.tooltip = { end: html("rectangle_end") };
  }

  function ringOf(layer) {
    const rings = layer.getLatLngs();
    const outer = Array.isArray(rings[0]) ? rings[0] : rings;
    return outer.map((point) => [point.lat, point.lng]);
  }

  function start(map, zone, setup) {
    translate(setup.labels || {});
    const drawn = L.featureGroup().addTo(map);
    const control = new L.Control.Draw({
      position: "topleft",
      draw: {
        polyline: false, circle: false, marker: false, circlemarker: false,
        polygon: { allowIntersection: false, showArea: false, shapeOptions: ZONE_STYLE },
        rectangle: { showArea: false, shapeOptions: ZONE_STYLE },
      },
      edit: false,
    });
    map.addControl(control);
    const created = function (event) {
      drawn.clearLayers();
      drawn.addLayer(event.layer);
      zone.drawn(JSON.stringify(ringOf(event.layer)));
    };
    map.on(L.Draw.Event.CREATED, created);
    zone.clearRequested.connect(() => drawn.clearLayers());

    // For tests and Python: what is drawn, where the tools are, and a zone drawn as the tool would finish it.
    window.campoDraw = {
      version: L.drawVersion,
      zones: () => drawn.getLayers().map(ringOf),
      button(kind) {
        const node = document.querySelector(".leaflet-draw-draw-" + kind);
        if (!node) return null;
        const box = node.getBoundingClientRect();
        return [Math.round(box.left + box.width / 2), Math.round(box.top + box.height / 2)];
      },
      point(lat, lon) {
        const point = map.latLngToContainerPoint([lat, lon]);
        return [Math.round(point.x), Math.round(point.y)];
      },
      finish(ring) {
        created({ layer: L.polygon(ring, ZONE_STYLE), layerType: "polygon" });
      },
    };
  }

  campo.mapPlugins = campo.mapPlugins || [];
  campo.mapPlugins.push(function (map, objects) {
    const zone = objects.campoZone;
    const base = new URLSearchParams(window.location.search).get("leaflet_draw");
    if (!zone || !base) return;
    zone.setup(function (json) {
      loadDraw(base, () => start(map, zone, JSON.parse(json)));
    });
  });
})(window.campo);

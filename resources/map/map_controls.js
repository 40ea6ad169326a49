// Campo's map page: loading Leaflet, the legend, and the tile layer with its "tiles unavailable" notice.
"use strict";

window.campo = window.campo || {};

(function (campo) {
  const text = campo.text;
  const label = campo.label;

  // Leaflet from the installed package's folder, given by Python as ?leaflet=<file:// URL>.
  campo.loadLeaflet = function (done) {
    const base = new URLSearchParams(window.location.search).get("leaflet");
    if (!base) throw new Error("map.html needs ?leaflet=<folder of leaflet.js>");
    const css = document.createElement("link");
    css.rel = "stylesheet";
    css.href = base + "/leaflet.css";
    document.head.appendChild(css);
    const script = document.createElement("script");
    script.src = base + "/leaflet.js";
    script.onload = done;
    document.head.appendChild(script);
  };

  campo.legendControl = function () {
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
      section(label("agents"), Object.entries(campo.STALENESS_COLORS)
        .map(([key, color]) => [label(key), color, "agent"]));
      section(label("accounts"), [[label("account"), campo.ACCOUNT_COLOR]]);
      section(label("visits"), Object.entries(campo.OUTCOME_COLORS)
        .map(([key, color]) => [label("outcome_" + key), color])
        .concat([[label("outside_geofence"), campo.OUTSIDE_RING, "ring"]]));
      return box;
    };
    return legend;
  };

  // Returns setTileUrl(url): one tile layer at a time; with no tiles the map says so and shows its data anyway.
  campo.tileSwitcher = function (map) {
    let tiles = null;
    const notice = () => document.getElementById("tile-notice");
    function failed() {
      notice().textContent = label("tiles_unavailable");
      notice().hidden = false;
    }
    function loaded() {
      notice().hidden = true;
    }
    return function setTileUrl(url) {
      loaded();
      if (tiles) map.removeLayer(tiles);
      tiles = L.tileLayer(url, { maxZoom: 19, attribution: label("attribution") });
      tiles.on("tileerror", failed);
      tiles.on("tileload", loaded);
      tiles.addTo(map);
    };
  };
})(window.campo);

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

  // The legend; `legend.showAccounts([[label, colour], ...])` redraws what the account dots mean.
  campo.legendControl = function (accountEntries) {
    const legend = L.control({ position: "bottomright" });
    let accountsBox = null;
    const lines = (box, entries) => {
      for (const [name, color, shape] of entries) {
        const line = document.createElement("div");
        const swatch = text("span", "campo-swatch " + (shape || ""), "");
        if (shape !== "ring") swatch.style.background = color;
        line.appendChild(swatch);
        line.appendChild(document.createTextNode(name));
        box.appendChild(line);
      }
    };
    legend.showAccounts = function (entries) {
      if (!accountsBox) return;
      accountsBox.replaceChildren();
      lines(accountsBox, entries);
    };
    legend.onAdd = function () {
      const box = L.DomUtil.create("div", "campo-legend");
      box.appendChild(text("h4", "", label("agents")));
      lines(box, Object.entries(campo.STALENESS_COLORS).map(([key, color]) => [label(key), color, "agent"]));
      box.appendChild(text("h4", "", label("accounts")));
      accountsBox = L.DomUtil.create("div", "campo-legend-accounts", box);
      lines(accountsBox, accountEntries);
      box.appendChild(text("h4", "", label("visits")));
      lines(box, Object.entries(campo.OUTCOME_COLORS)
        .map(([key, color]) => [label("outcome_" + key), color])
        .concat([[label("outside_geofence"), campo.OUTSIDE_RING, "ring"]]));
      return box;
    };
    return legend;
  };

  // A choice of what the account dots' colour says: their segment, or whether they were visited today.
  campo.coloringControl = function (changed) {
    const control = L.control({ position: "topright" });
    control.onAdd = function () {
      const box = L.DomUtil.create("div", "campo-coloring leaflet-bar");
      const caption = text("label", "", label("color_accounts_by") + " ");
      const choice = document.createElement("select");
      choice.id = "campo-coloring";
      for (const key of ["segment", "visited"]) {
        const option = text("option", "", label("coloring_" + key));
        option.value = key;
        choice.appendChild(option);
      }
      choice.addEventListener("change", () => changed(choice.value));
      caption.appendChild(choice);
      box.appendChild(caption);
      L.DomEvent.disableClickPropagation(box);
      return box;
    };
    return control;
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

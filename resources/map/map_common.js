// Campo's map page, shared pieces: labels, colours, popups and marker styles.
// Every value that comes from data reaches the DOM through textContent, never as HTML.
"use strict";

window.campo = window.campo || {};

(function (campo) {
  const LIVE_MS = 5 * 60 * 1000;
  const QUIET_MS = 30 * 60 * 1000;

  campo.labels = {};
  campo.STALENESS_COLORS = { live: "#1a9641", quiet: "#fdae61", silent: "#7f7f7f" }; // also in map.css
  campo.OUTCOME_COLORS = {
    promise_to_pay: "#1a9641", rpc: "#2b83ba", third_party: "#abdda4", no_contact: "#fdae61",
  };
  campo.OTHER_OUTCOME_COLOR = "#999999";
  campo.OUTSIDE_RING = "#d7191c";
  campo.ACCOUNT_COLOR = "#5e3c99"; // also: not visited today
  campo.VISITED_COLOR = "#9e9e9e"; // visited today: done for the day, drawn quieter
  campo.NO_SEGMENT_COLOR = "#5e3c99";
  // Segments, in sorted order (Tableau 10 without its grey, which stays for "visited").
  campo.SEGMENT_COLORS = ["#4e79a7", "#f28e2b", "#e15759", "#76b7b2", "#59a14f", "#edc948", "#b07aa1",
                          "#ff9da7", "#9c755f"];

  campo.text = function (tag, className, value) {
    const node = document.createElement(tag);
    if (className) node.className = className;
    node.textContent = value == null ? "" : String(value);
    return node;
  };

  campo.asHtml = function (value) {
    return campo.text("span", "", value).innerHTML;
  };

  campo.label = function (key) {
    return Object.prototype.hasOwnProperty.call(campo.labels, key) ? campo.labels[key] : key;
  };

  campo.staleness = function (fixMs) {
    const age = Date.now() - fixMs;
    return age < LIVE_MS ? "live" : age < QUIET_MS ? "quiet" : "silent";
  };

  campo.timeText = function (ms) {
    return new Date(ms).toLocaleTimeString([], { hour: "2-digit", minute: "2-digit" });
  };

  // Web Mercator (Leaflet's EPSG:3857) in the unit square: pixels at zoom z are these times 256 * 2^z.
  const MAX_LATITUDE = 85.0511287798;
  campo.unitX = function (lon) {
    return lon / 360 + 0.5;
  };
  campo.unitY = function (lat) {
    const phi = Math.max(-MAX_LATITUDE, Math.min(MAX_LATITUDE, lat)) * Math.PI / 180;
    return 0.5 - Math.log(Math.tan(Math.PI / 4 + phi / 2)) / (2 * Math.PI);
  };

  // Where `ms` goes in ascending `times`: after every time at or before it.
  campo.insertionIndex = function (times, ms) {
    let low = 0;
    let high = times.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (times[middle] <= ms) low = middle + 1;
      else high = middle;
    }
    return low;
  };

  // --- popups (built as DOM elements, so data is only ever text) ---

  const text = campo.text;
  const label = campo.label;

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
    box.appendChild(text("div", "line", label(campo.staleness(row.fix_ms)) + " · " + campo.timeText(row.fix_ms)));
    if (row.battery_pct != null) {
      const charging = row.charging ? " · " + label("charging") : "";
      box.appendChild(text("div", "line", label("battery") + ": " + row.battery_pct + " %" + charging));
    }
    return box;
  }

  function visitPopup(row) {
    const box = text("div", "campo-popup", "");
    box.appendChild(text("div", "title", row.debtor_name || ""));
    box.appendChild(text("div", "line", label("outcome_" + row.outcome) + " · " + campo.timeText(row.finished_ms)));
    if (row.agent_name) box.appendChild(text("div", "line", row.agent_name));
    box.appendChild(text("div", "line", label("verdict_" + row.verdict)));
    for (const flag of row.flags || []) box.appendChild(text("div", "flag", label("flag_" + flag)));
    return box;
  }

  campo.POPUPS = { accounts: accountPopup, agents: agentPopup, visits: visitPopup };

  // --- marker styles ---

  // Agents are few and must stand out from visit dots: a DOM badge (square, dark border), always on top.
  campo.agentIcon = function (state) {
    return L.divIcon({ className: "campo-agent " + state, iconSize: [16, 16] });
  };

  campo.visitStyle = function (row) {
    const outside = row.verdict === "outside";
    return { radius: outside ? 7 : 6, color: outside ? campo.OUTSIDE_RING : "#ffffff", weight: outside ? 3 : 1,
             fillColor: campo.OUTCOME_COLORS[row.outcome] || campo.OTHER_OUTCOME_COLOR, fillOpacity: 0.95 };
  };
})(window.campo);

// Replay of one device's day: Python moves the time, the page places the marker and the visits.
"use strict";

window.campo = window.campo || {};

(function (campo) {
  // `liveLayers`: kind -> layer hidden while replaying; `onVisitClick(row)` when a replayed visit is clicked.
  campo.replayer = function (map, liveLayers, onVisitClick) {
    let replay = null; // { trace, times, visits, shown, marker, line, layer, time, name } while a day is replayed

    function begin(rows) {
      end();
      const meta = rows[0] || {};
      const layer = L.featureGroup();
      replay = { trace: [], times: [], visits: [], shown: 0, marker: null, line: null, layer: layer, time: null,
                 name: meta.agent_name || "" };
      for (const live of Object.values(liveLayers)) {
        live.campoWasOn = map.hasLayer(live);
        map.removeLayer(live);
      }
      layer.on("click", (event) => {
        if (event.layer.campoKind === "visits") onVisitClick(event.layer);
      });
      layer.addTo(map);
    }

    function show() {
      if (!replay) return;
      const latlngs = replay.trace.map((fix) => [fix[1], fix[2]]);
      replay.line = L.polyline(latlngs, { color: "#3182bd", weight: 3, opacity: 0.45, smoothFactor: 1.5,
                                          interactive: false });
      replay.layer.addLayer(replay.line);
      replay.marker = L.marker(latlngs[0] || map.getCenter(), { icon: campo.agentIcon("live"),
                                                                zIndexOffset: 1000, keyboard: false });
      if (replay.name) replay.marker.bindTooltip(campo.text("span", "", replay.name), { direction: "top" });
      const bounds = L.latLngBounds(latlngs.concat(replay.visits.map((row) => [row.lat, row.lon])));
      if (bounds.isValid()) map.fitBounds(bounds.pad(0.05), { maxZoom: 17, animate: false });
      at(replay.trace.length ? replay.trace[0][0] : 0);
    }

    // Where the device was at `ms`: between the fixes around it, in proportion to the time; its last fix after.
    function position(ms) {
      const trace = replay.trace;
      const after = campo.insertionIndex(replay.times, ms); // trace[after - 1] is the last fix at or before ms
      if (after === 0) return null;
      const before = trace[after - 1];
      const next = trace[after];
      if (!next || before[0] === ms || next[0] === before[0]) return [before[1], before[2]];
      const share = (ms - before[0]) / (next[0] - before[0]);
      return [before[1] + (next[1] - before[1]) * share, before[2] + (next[2] - before[2]) * share];
    }

    function at(ms) {
      if (!replay) return;
      replay.time = ms;
      const where = position(ms);
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
          row.marker = L.circleMarker([row.lat, row.lon], campo.visitStyle(row));
          row.marker.campo = row;
          row.marker.campoKind = "visits";
        }
        replay.layer.addLayer(row.marker);
      }
      for (let i = wanted; i < replay.shown; i += 1) replay.layer.removeLayer(replay.visits[i].marker);
      replay.shown = wanted;
    }

    function end() {
      if (!replay) return;
      map.removeLayer(replay.layer);
      replay = null;
      for (const live of Object.values(liveLayers)) {
        if (live.campoWasOn !== false) live.addTo(map);
      }
    }

    return {
      // What Python sends, by message kind.
      messages: {
        replay_begin: begin,
        replay_trace(rows) {
          if (!replay) return;
          for (const fix of rows) {
            replay.trace.push(fix);
            replay.times.push(fix[0]);
          }
        },
        replay_visits(rows) {
          if (replay) for (const row of rows) replay.visits.push(row);
        },
        replay_show: show,
        replay_end: end,
      },
      at: at,
      // The replay as shown: its time, where the marker is (null before the first fix), which visits are shown.
      state() {
        if (!replay) return null;
        const shown = replay.marker && replay.layer.hasLayer(replay.marker) ? replay.marker.getLatLng() : null;
        return { time: replay.time, marker: shown ? [shown.lat, shown.lng] : null, points: replay.trace.length,
                 visits: replay.visits.slice(0, replay.shown).map((row) => row.id) };
      },
    };
  };
})(window.campo);

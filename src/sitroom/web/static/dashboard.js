// sitroom dashboard: map of events, timeline per day, live updates over server-sent events.
// Everything from the server is inserted as text (textContent), never as HTML.
(function () {
  "use strict";
  var config = JSON.parse(document.getElementById("config").dataset.config);
  var COLOURS = ["#c0392b", "#8e44ad", "#d35400", "#2471a3", "#17a589", "#7f8c8d"];
  function colour(type) { var i = config.types.indexOf(type); return COLOURS[i < 0 ? 5 : i]; }
  function qs(extra) {
    var p = new URLSearchParams(config.query);
    Object.keys(extra || {}).forEach(function (k) { p.set(k, extra[k]); });
    return p.toString();
  }
  function getJSON(url) {
    return fetch(url, { credentials: "same-origin" }).then(function (r) {
      if (!r.ok) { throw new Error(url + ": HTTP " + r.status); }
      return r.json();
    });
  }

  // -- map --------------------------------------------------------------------------------------
  var map = null, markers = {}, bounds = [];
  var mapDiv = document.getElementById("map");
  if (window.L && mapDiv.dataset.leaflet === "yes") {
    map = L.map(mapDiv, { preferCanvas: false, worldCopyJump: true }).setView([30, 30], 3);
    if (config.tiles) {
      L.tileLayer(config.tiles, { attribution: config.attribution || "", maxZoom: 18 }).addTo(map);
    }
    getJSON("/static/basemap/countries-110m.geojson").then(function (data) {
      var layer = L.geoJSON(data, { style: { color: "#8a8f98", weight: 0.7, fillColor: "#eef0f2", fillOpacity: config.tiles ? 0 : 1 }, interactive: false });
      layer.addTo(map); layer.bringToBack();
    }).catch(function () { /* borders are decoration: events still show */ });
  } else if (!document.getElementById("map-missing")) {
    var note = document.createElement("p");
    note.className = "notice"; note.id = "map-missing";
    note.textContent = "The map library did not load; events are listed on the right.";
    mapDiv.appendChild(note);
  }

  function radius(ev) { return 5 + 2.2 * Math.sqrt(ev.fatalities || 0); }
  function style(ev) {
    var c = colour(ev.event_type);
    var contested = ev.status === "contested" || ev.status === "denied";
    return { radius: radius(ev), color: ev.rejected ? "#999" : c, weight: contested ? 2.5 : 1.5,
             dashArray: contested ? "4 3" : null, fillColor: c,
             fillOpacity: ev.rejected ? 0.1 : (ev.status === "claimed" ? 0.08 : 0.65), className: "ev-marker" };
  }
  function label(ev) {
    return ev.event_date + " · " + ev.sub_event_type + (ev.location ? " · " + ev.location : "") +
      " · " + ev.status + (ev.fatalities ? " · " + ev.fatalities + " killed" : "");
  }
  function place(ev) {
    if (!map || ev.latitude === null || ev.longitude === null) { return; }
    var m = markers[ev.id];
    if (m) { m.setLatLng([ev.latitude, ev.longitude]); m.setStyle(style(ev)); m.setRadius(radius(ev)); }
    else {
      m = L.circleMarker([ev.latitude, ev.longitude], style(ev)).addTo(map);
      m.on("click", function () { window.location.href = "/events/" + encodeURIComponent(ev.id); });
      markers[ev.id] = m;
    }
    m.unbindTooltip(); m.bindTooltip(label(ev));
    var el = m.getElement && m.getElement();
    if (el) { el.setAttribute("data-event-id", ev.id); }
    bounds.push([ev.latitude, ev.longitude]);
  }
  getJSON("/api/events?" + qs({ limit: 1000, sort: "-date" })).then(function (page) {
    page.items.forEach(place);
    if (map && bounds.length) { map.fitBounds(bounds, { padding: [40, 40], maxZoom: 7 }); }
    document.body.setAttribute("data-map-ready", "yes");
  }).catch(function (e) { document.getElementById("live-state").textContent = String(e.message); });

  // -- timeline ---------------------------------------------------------------------------------
  var SVG = "http://www.w3.org/2000/svg";
  function svg(name, attrs, parent) {
    var el = document.createElementNS(SVG, name);
    Object.keys(attrs).forEach(function (k) { el.setAttribute(k, attrs[k]); });
    if (parent) { parent.appendChild(el); }
    return el;
  }
  function drawTimeline(stats) {
    var box = document.getElementById("timeline");
    while (box.firstChild) { box.removeChild(box.firstChild); }
    var days = {}, order = [];
    stats.by_day.forEach(function (r) {
      if (!days[r.date]) { days[r.date] = { events: {}, n: 0, dead: 0 }; order.push(r.date); }
      days[r.date].events[r.event_type] = r.events; days[r.date].n += r.events; days[r.date].dead += r.fatalities;
    });
    order.sort();
    if (!order.length) { box.textContent = "No events yet."; return; }
    var W = Math.max(box.clientWidth || 800, 300), H = 180, pad = 30;
    var maxN = Math.max.apply(null, order.map(function (d) { return days[d].n; }));
    var maxD = Math.max(1, Math.max.apply(null, order.map(function (d) { return days[d].dead; })));
    var bw = Math.min(48, Math.max(2, (W - 2 * pad) / order.length - 2));
    var root = svg("svg", { width: W, height: H + 40, role: "img", "aria-label": "events and fatalities per day" }, box);
    var line = [];
    order.forEach(function (d, i) {
      var x = pad + i * (bw + 2), y = H;
      config.types.forEach(function (t) {
        var n = days[d].events[t] || 0; if (!n) { return; }
        var h = (H - 20) * n / maxN; y -= h;
        var r = svg("rect", { x: x, y: y, width: bw, height: h, fill: colour(t), "class": "bar" }, root);
        svg("title", {}, r).textContent = d + " · " + t + ": " + n + " events";
      });
      line.push((x + bw / 2) + "," + (H - (H - 20) * days[d].dead / maxD));
      if (order.length <= 31 || i % Math.ceil(order.length / 15) === 0) {
        var tx = svg("text", { x: x + bw / 2, y: H + 14, "text-anchor": "middle", "class": "axis" }, root);
        tx.textContent = d.slice(5);
      }
    });
    svg("polyline", { points: line.join(" "), fill: "none", stroke: "#222", "stroke-width": 1.5, "class": "fatalities" }, root);
    var lg = svg("text", { x: pad, y: H + 32, "class": "axis" }, root);
    lg.textContent = "bars: events by type (max " + maxN + "/day) · line: fatalities (max " + maxD + "/day)";
  }
  var statsTimer = null;
  function refreshStats() {
    clearTimeout(statsTimer);
    statsTimer = setTimeout(function () {
      getJSON("/api/stats?" + qs()).then(function (s) {
        drawTimeline(s); document.getElementById("total").textContent = s.total.events;
      }).catch(function () {});
    }, 300);
  }
  refreshStats();

  // -- live -------------------------------------------------------------------------------------
  function matches(ev) {
    var q = config.query;
    if (q.event_type && q.event_type !== ev.event_type && q.event_type !== ev.sub_event_type) { return false; }
    if (q.status && q.status !== ev.status) { return false; }
    if (q.country && (ev.country || "").toLowerCase() !== q.country.toLowerCase()) { return false; }
    return true;
  }
  function listItem(ev) {
    var li = document.createElement("li");
    li.setAttribute("data-id", ev.id); li.className = "new";
    var a = document.createElement("a");
    a.href = "/events/" + encodeURIComponent(ev.id);
    a.textContent = ev.event_date + " · " + ev.sub_event_type + (ev.location ? " · " + ev.location : "");
    li.appendChild(a);
    var badge = document.createElement("span");
    badge.className = "badge st-" + ev.status; badge.textContent = ev.status;
    li.appendChild(document.createTextNode(" ")); li.appendChild(badge);
    if (ev.fatalities) {
      var f = document.createElement("span"); f.className = "fat"; f.textContent = " " + ev.fatalities + " killed";
      li.appendChild(f);
    }
    return li;
  }
  if (window.EventSource) {
    var state = document.getElementById("live-state");
    var source = new EventSource("/api/stream");
    source.addEventListener("hello", function () { state.textContent = "live"; state.className = "live"; });
    source.addEventListener("event", function (msg) {
      var ev = JSON.parse(msg.data);
      if (!matches(ev)) { return; }
      var list = document.getElementById("latest");
      var old = list.querySelector('li[data-id="' + CSS.escape(ev.id) + '"]');
      if (old) { old.remove(); }
      list.insertBefore(listItem(ev), list.firstChild);
      while (list.children.length > 50) { list.removeChild(list.lastChild); }
      place(ev);
      refreshStats();
    });
    source.onerror = function () { state.textContent = "reconnecting…"; state.className = ""; };
  }
})();

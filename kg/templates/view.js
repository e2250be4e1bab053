/* The who-said-what page: reads the JSON the build embedded and draws it with vis-network.
   Every string from an article reaches the page through textContent or a canvas label, never as HTML. */
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("kg-data").textContent);
  var TYPES = {
    person: { label: "People", one: "Person", color: "#4e79a7", border: "#2c4f78", shape: "dot" },
    organization: { label: "Organisations", one: "Organisation", color: "#f28e2b", border: "#b35f0e", shape: "square" },
    place: { label: "Places", one: "Place", color: "#59a14f", border: "#36702f", shape: "triangle" },
    article: { label: "Articles", one: "Article", color: "#b07aa1", border: "#7a4a6d", shape: "diamond" },
    topic: { label: "Topics and issues", one: "Topic", color: "#edc948", border: "#a88a1c", shape: "hexagon" }
  };
  var EDGES = {
    statement: { label: "said (to someone / in an article)", color: "#e15759" },
    affiliation: { label: "affiliation, with role", color: "#4e79a7" },
    place: { label: "based in / located in", color: "#59a14f" },
    "part-of": { label: "part of", color: "#f28e2b" },
    mention: { label: "mentioned in article", color: "#d5d5d5", dashed: true },
    "for": { label: "for the issue (position)", color: "#2ca02c" },
    against: { label: "against the issue (position)", color: "#d62728" }
  };
  var nodesById = {};
  data.nodes.forEach(function (n) { nodesById[n.id] = n; });
  var big = !data.physics;

  function name(id) { var n = nodesById[id]; return n ? n.names[0] : ""; }
  function short(text, max) { return text.length > max ? text.slice(0, max - 1) + "\u2026" : text; }
  function plural(count, one, many) { return count + " " + (count === 1 ? one : many); }

  function nodeTitle(n) {
    var lines = [n.names[0], TYPES[n.type].one];
    if (n.type === "article") {
      lines.push(plural(n.statements.length, "statement", "statements"));
    } else {
      lines.push("mentioned in " + plural(n.mentions, "article", "articles"));
      if (n.said) lines.push(plural(n.said, "statement", "statements") + " made");
      if (n.heard) lines.push(plural(n.heard, "statement", "statements") + " addressed to them");
    }
    return lines.join("\n");
  }

  function edgeTitle(e) {
    var a = name(e[0]), b = name(e[1]), count = e[3], labels = e[4];
    if (e[2] === "statement") {
      return labels.indexOf("to") >= 0 ? a + " said " + plural(count, "thing", "things") + " to " + b
        : a + ": " + plural(count, "statement", "statements") + " in \u201c" + b + "\u201d";
    }
    if (e[2] === "affiliation") return a + " \u2014 " + labels.join(", ") + " \u2014 " + b;
    if (e[2] === "mention") return "\u201c" + a + "\u201d mentions " + b;
    return a + " \u2014 " + labels.join(", ") + " \u2014 " + b;
  }

  var visNodes = data.nodes.map(function (n) {
    var t = TYPES[n.type];
    var weight = n.type === "article" ? Math.min(n.statements.length + 1, 6) : n.mentions + 2 * n.said + n.heard;
    return {
      id: n.id, label: n.type === "article" ? short(n.names[0], 40) : n.names[0], title: nodeTitle(n),
      x: n.x, y: n.y, value: weight, shape: t.shape, group: n.type,
      color: { background: t.color, border: t.border, highlight: { background: t.color, border: "#111" },
               hover: { background: t.color, border: "#111" } }
    };
  });
  var visEdges = data.edges.map(function (e, i) {
    var k = EDGES[e[2]];
    return {
      id: i, from: e[0], to: e[1], kind: e[2], title: edgeTitle(e),
      label: e[2] === "affiliation" ? short(e[4].join(", "), 30) : undefined,
      width: e[2] === "mention" ? 1 : Math.min(1.5 + Math.log(e[3]) * 1.5, 7),
      dashes: !!k.dashed, arrows: e[2] === "statement" ? { to: { enabled: true, scaleFactor: 0.5 } } : undefined,
      color: { color: k.color, highlight: "#222", hover: "#555", opacity: e[2] === "mention" ? 0.6 : 0.9 }
    };
  });
  var nodes = new vis.DataSet(visNodes);
  var edges = new vis.DataSet(visEdges);
  var options = {
    autoResize: true,
    nodes: {
      borderWidth: 1.5,
      font: { size: 15, face: "system-ui, sans-serif", color: "#1f2430", strokeWidth: 4, strokeColor: "#ffffff" },
      scaling: { min: 9, max: 38, label: { enabled: true, min: 13, max: 20, drawThreshold: 5, maxVisible: 28 } }
    },
    edges: {
      smooth: big ? false : { type: "continuous", roundness: 0.3 },
      font: { size: 11, color: "#3a4a66", strokeWidth: 3, strokeColor: "#ffffff", align: "middle" },
      selectionWidth: 2, hoverWidth: 1
    },
    physics: {
      enabled: data.physics, solver: "forceAtlas2Based",
      forceAtlas2Based: { gravitationalConstant: -110, centralGravity: 0.008, springLength: 150, springConstant: 0.04,
                          damping: 0.5, avoidOverlap: 0.6 },
      stabilization: { enabled: true, iterations: 120, updateInterval: 40, fit: true },
      minVelocity: 1.5, maxVelocity: 40
    },
    interaction: { hover: true, tooltipDelay: 150, hideEdgesOnDrag: big, hideEdgesOnZoom: big, multiselect: false },
    layout: { improvedLayout: false, randomSeed: 1 }
  };
  var container = document.getElementById("graph");
  var network = new vis.Network(container, { nodes: nodes, edges: edges }, options);
  var view = window.kgView = { network: network, nodes: nodes, edges: edges, data: data, settled: false,
                               settledAt: null, frozen: !data.physics };

  function settle() {
    if (view.settled) return;
    view.settled = true;
    view.settledAt = performance.now();
    document.body.setAttribute("data-settled", "true");
  }
  if (data.physics) {
    network.once("stabilized", settle);
    network.once("stabilizationIterationsDone", function () { setTimeout(settle, 1500); });
  } else {
    network.once("afterDrawing", function () { network.fit(); settle(); });
  }

  /* ---- summary, note, legend and toggles ---- */
  var counts = {};
  data.nodes.forEach(function (n) { counts[n.type] = (counts[n.type] || 0) + 1; });
  var summary = Object.keys(TYPES).filter(function (t) { return counts[t]; }).map(function (t) {
    return counts[t] === 1 ? "1 " + TYPES[t].one.toLowerCase() : counts[t] + " " + TYPES[t].label.toLowerCase();
  });
  summary.push(plural(data.statements.length, "statement", "statements"));
  document.getElementById("summary").textContent = summary.join(" \u00b7 ");
  if (data.note) {
    var note = document.getElementById("note");
    note.textContent = data.note;
    note.hidden = false;
  }

  function el(tag, className, text) {
    var e = document.createElement(tag);
    if (className) e.className = className;
    if (text !== undefined && text !== null) e.textContent = String(text);
    return e;
  }

  var typeBoxes = {};
  function setTypeHidden(type, hidden) {
    typeBoxes[type].checked = !hidden;
    nodes.update(data.nodes.filter(function (n) { return n.type === type; }).map(function (n) {
      return { id: n.id, hidden: hidden };
    }));
  }
  var legendNodes = document.getElementById("legend-nodes");
  legendNodes.appendChild(el("h3", null, "Show"));
  Object.keys(TYPES).forEach(function (type) {
    if (!counts[type]) return;
    var label = el("label"), box = el("input"), swatch = el("span", "swatch " + TYPES[type].shape);
    box.type = "checkbox"; box.checked = true; box.setAttribute("data-type", type);
    box.addEventListener("change", function () { setTypeHidden(type, !box.checked); });
    typeBoxes[type] = box;
    swatch.style.background = TYPES[type].color;
    swatch.style.borderBottomColor = TYPES[type].color;
    label.appendChild(box); label.appendChild(swatch);
    label.appendChild(el("span", null, TYPES[type].label));
    label.appendChild(el("span", "count", counts[type]));
    legendNodes.appendChild(label);
  });
  var edgeCounts = {};
  data.edges.forEach(function (e) { edgeCounts[e[2]] = (edgeCounts[e[2]] || 0) + 1; });
  var legendEdges = document.getElementById("legend-edges");
  legendEdges.appendChild(el("h3", null, "Links"));
  Object.keys(EDGES).forEach(function (kind) {
    if (!edgeCounts[kind]) return;
    var label = el("label"), box = el("input"), line = el("span", "line" + (EDGES[kind].dashed ? " dashed" : ""));
    box.type = "checkbox"; box.checked = true; box.setAttribute("data-edge", kind);
    box.addEventListener("change", function () {
      edges.update(visEdges.filter(function (e) { return e.kind === kind; }).map(function (e) {
        return { id: e.id, hidden: !box.checked };
      }));
    });
    line.style.borderTopColor = EDGES[kind].color;
    label.appendChild(box); label.appendChild(line);
    label.appendChild(el("span", null, EDGES[kind].label));
    label.appendChild(el("span", "count", edgeCounts[kind]));
    legendEdges.appendChild(label);
  });

  var freeze = document.getElementById("freeze");
  function showFreeze() { freeze.textContent = view.frozen ? "Unfreeze layout" : "Freeze layout"; }
  freeze.addEventListener("click", function () {
    view.frozen = !view.frozen;
    network.setOptions({ physics: { enabled: !view.frozen } });
    showFreeze();
  });
  showFreeze();
  document.getElementById("fit").addEventListener("click", function () { network.fit({ animation: { duration: 400 } }); });

  /* ---- the side panel ---- */
  var panel = document.getElementById("panel");
  function nodeLink(id) {
    if (!nodesById[id]) return el("span", null, "(unknown)");
    var a = el("a", "node-link", nodesById[id].type === "article" ? short(name(id), 70) : name(id));
    a.setAttribute("role", "button"); a.tabIndex = 0;
    a.addEventListener("click", function (event) { event.preventDefault(); select(id); });
    return a;
  }
  function articleLink(id) {
    var n = nodesById[id];
    var span = el("span");
    if (!n) return span;
    if (n.url) {
      var a = el("a", null, n.names[0]);
      a.href = n.url; a.target = "_blank"; a.rel = "noopener noreferrer";
      span.appendChild(a);
    } else {
      span.appendChild(el("span", null, n.names[0]));
    }
    if (n.date) span.appendChild(el("span", "meta", " (" + n.date + ")"));
    return span;
  }
  function statementItem(index, show) {
    var s = data.statements[index]; // [text, kind, cue, speaker, who, addressee, article]
    var li = el("li", "statement " + s[1]);
    var meta = el("div", "meta");
    meta.appendChild(el("span", "tag " + s[1], s[1] === "direct" ? "direct quote" : "reported"));
    if (show.speaker) {
      if (s[3] >= 0) meta.appendChild(nodeLink(s[3]));
      else meta.appendChild(el("span", null, s[4] ? "unnamed: " + s[4] : "unnamed speaker"));
      meta.appendChild(el("span", null, " " + (s[2] || "said") + " "));
    } else if (s[2]) {
      meta.appendChild(el("span", null, s[2] + " "));
    }
    if (s[5] >= 0) { meta.appendChild(el("span", null, "to ")); meta.appendChild(nodeLink(s[5])); }
    li.appendChild(meta);
    li.appendChild(el("blockquote", null, s[1] === "direct" ? "\u201c" + s[0] + "\u201d" : s[0]));
    if (show.article && s[6] >= 0) {
      var source = el("div", "meta");
      source.appendChild(el("span", null, "in "));
      source.appendChild(articleLink(s[6]));
      li.appendChild(source);
    }
    return li;
  }
  function section(title, items) {
    if (!items.length) return;
    panel.appendChild(el("h3", null, title + " (" + items.length + ")"));
    var ul = el("ul");
    items.forEach(function (item) { ul.appendChild(item); });
    panel.appendChild(ul);
  }
  function showPanel(id) {
    var n = nodesById[id];
    panel.textContent = "";
    if (!n) { panel.appendChild(el("p", "hint", "Click a node to see its statements.")); return; }
    panel.setAttribute("data-node", n.iri);
    panel.appendChild(el("h2", null, n.names[0]));
    var kind = TYPES[n.type].one;
    if (n.type !== "article") kind += " \u00b7 mentioned in " + plural(n.mentions, "article", "articles");
    panel.appendChild(el("p", "kind", kind));
    if (n.names.length > 1 && n.type !== "article") panel.appendChild(el("p", "aka", "also: " + n.names.slice(1).join(", ")));
    if (n.type === "article") {
      var p = el("p"); p.appendChild(articleLink(n.id)); panel.appendChild(p);
      section("Statements", n.statements.map(function (i) { return statementItem(i, { speaker: true }); }));
      Object.keys(TYPES).forEach(function (type) {
        var mentioned = data.edges.filter(function (e) { return e[2] === "mention" && e[0] === n.id && nodesById[e[1]].type === type; });
        section(TYPES[type].label + " mentioned", mentioned.map(function (e) { var li = el("li"); li.appendChild(nodeLink(e[1])); return li; }));
      });
      return;
    }
    var said = n.statements.filter(function (i) { return data.statements[i][3] === n.id; });
    var heard = n.statements.filter(function (i) { return data.statements[i][5] === n.id; });
    section("Statements", said.map(function (i) { return statementItem(i, { article: true }); }));
    section("Addressed to them", heard.map(function (i) { return statementItem(i, { speaker: true, article: true }); }));
    section("Affiliations", n.affiliations.map(function (a) { // [person, organization, role, article]
      var li = el("li");
      if (n.type === "person") {
        li.appendChild(el("span", null, (a[2] || "member") + " \u2014 "));
        li.appendChild(nodeLink(a[1]));
      } else {
        li.appendChild(nodeLink(a[0]));
        li.appendChild(el("span", null, " \u2014 " + (a[2] || "member")));
      }
      return li;
    }));
    var ties = data.edges.filter(function (e) {
      return (e[2] === "place" || e[2] === "part-of") && (e[0] === n.id || e[1] === n.id);
    });
    section(n.type === "place" ? "Based or located here" : "Places and parents", ties.map(function (e) {
      var li = el("li");
      if (e[0] === n.id) { li.appendChild(el("span", null, e[4].join(", ") + " ")); li.appendChild(nodeLink(e[1])); }
      else { li.appendChild(nodeLink(e[0])); li.appendChild(el("span", null, " \u2014 " + e[4].join(", "))); }
      return li;
    }));
    section("Articles", n.articles.map(function (a) { var li = el("li"); li.appendChild(articleLink(a)); return li; }));
  }
  function select(id) {
    var n = nodesById[id];
    if (!n) return;
    if (typeBoxes[n.type] && !typeBoxes[n.type].checked) setTypeHidden(n.type, false);
    network.selectNodes([id]);
    network.focus(id, { scale: Math.max(network.getScale(), 1.1), animation: { duration: 350, easingFunction: "easeInOutQuad" } });
    showPanel(id);
  }
  network.on("click", function (params) {
    if (params.nodes.length) showPanel(params.nodes[0]);
  });
  view.select = select;

  /* ---- search by any name ---- */
  var index = [];
  var datalist = document.getElementById("names");
  var seen = {};
  data.nodes.forEach(function (n) {
    n.names.forEach(function (nm) {
      index.push([nm.toLowerCase(), n.id]);
      if (!seen[nm]) { seen[nm] = true; var o = el("option"); o.value = nm; datalist.appendChild(o); }
    });
  });
  function weight(id) { var n = nodesById[id]; return n.mentions + n.said + n.heard; }
  function find(query) {
    var q = query.trim().toLowerCase();
    if (!q) return null;
    var tests = [function (s) { return s === q; }, function (s) { return s.indexOf(q) === 0; },
                 function (s) { return s.indexOf(q) >= 0; }];
    for (var t = 0; t < tests.length; t++) {
      var hits = index.filter(function (entry) { return tests[t](entry[0]); });
      if (hits.length) {
        hits.sort(function (a, b) { return weight(b[1]) - weight(a[1]) || a[1] - b[1]; });
        return hits[0][1];
      }
    }
    return null;
  }
  var search = document.getElementById("search"), result = document.getElementById("search-result");
  function runSearch() {
    var id = find(search.value);
    if (id === null) { result.textContent = search.value.trim() ? "Nothing named \u201c" + search.value.trim() + "\u201d." : ""; return; }
    result.textContent = "Found: " + name(id);
    select(id);
  }
  search.addEventListener("keydown", function (event) { if (event.key === "Enter") runSearch(); });
  search.addEventListener("change", runSearch);
  view.search = function (query) { search.value = query; runSearch(); return find(query); };
})();

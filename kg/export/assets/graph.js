// kg graph page: filters, search, side panel and legible labels over pyvis's vis-network.
// Runs right after pyvis's drawGraph(), in the same script element, with the globals it
// defines (nodes, edges: vis.DataSet; network: vis.Network) and KG_META, KG_PAGE.
// Every string from the graph is shown with textContent: nothing is parsed as HTML.
(function () {
  "use strict";
  var meta = KG_META, page = KG_PAGE;
  var articles = meta.articles || {};
  var WIKIDATA = "https://www.wikidata.org/wiki/";  // + a Q-ID, checked
  var panel = document.getElementById("kg-panel");
  var panelBody = document.getElementById("kg-panel-body");
  var search = document.getElementById("kg-search");
  var results = document.getElementById("kg-search-results");
  var status = document.getElementById("kg-status");
  var nodeIndex = {};     // node id -> vis item
  var edgesOf = {};       // node id -> edge ids
  nodes.forEach(function (n) { nodeIndex[n.id] = n; edgesOf[n.id] = []; });
  edges.forEach(function (e) {
    if (edgesOf[e.from]) edgesOf[e.from].push(e.id);
    if (e.to !== e.from && edgesOf[e.to]) edgesOf[e.to].push(e.id);
  });

  // --- settle once, then stop ------------------------------------------------
  function ready() {
    network.setOptions({physics: {enabled: false}});
    var bar = document.getElementById("loadingBar");  // pyvis's overlay: gone at once
    if (bar) bar.style.display = "none";
    scaleLabels();
    window.kgReady = true;
  }
  if (page.physics) {
    network.once("stabilizationIterationsDone", ready);
  } else {
    network.once("afterDrawing", ready);
  }

  // --- labels stay legible when zoomed out -------------------------------------
  // The K biggest nodes keep their labels at a readable size on screen; the rest
  // shrink with the view and fade out below vis-network's draw threshold, so a
  // zoomed-out graph is not a smear. K is page.labelled in the fitted view (every
  // node in a small graph) and grows as the view zooms in on fewer nodes.
  var ranked = nodes.get({fields: ["id", "kg"]})
    .sort(function (a, b) { return b.kg.mentions - a.kg.mentions; })
    .map(function (n) { return n.id; });
  var base = ranked.length <= page.labelledAll ? ranked.length : page.labelled;
  var fitScale = null, lastScale = null, lastSize = null, lastK = 0, pending = false;
  function scaleLabels() {
    pending = false;
    var scale = network.getScale();
    if (fitScale === null) fitScale = scale;
    lastScale = scale;
    var size = Math.round(Math.min(page.fontMax, Math.max(page.font, page.font / scale)));
    var zoom = Math.max(1, scale / fitScale);
    var k = Math.min(ranked.length, page.labelledMax, Math.round(base * zoom * zoom));
    if (size === lastSize && k === lastK) return;
    var updates = [];
    for (var i = 0; i < Math.max(k, lastK); i++) {
      if (i < k) updates.push({id: ranked[i], font: {size: size}});
      else updates.push({id: ranked[i], font: {size: page.font}});
    }
    lastSize = size;
    lastK = k;
    nodes.update(updates);
  }
  // Any change of scale (wheel, pinch, focus, fit) ends in a redraw: check there.
  network.on("afterDrawing", function () {
    if (window.kgReady && !pending && network.getScale() !== lastScale) {
      pending = true;
      window.requestAnimationFrame(scaleLabels);
    }
  });
  // --- filters -----------------------------------------------------------------
  function checked(kind) {
    var on = {};
    document.querySelectorAll('input[data-filter="' + kind + '"]').forEach(function (box) {
      on[box.value] = box.checked;
    });
    return on;
  }
  function anyOn(values, on) {
    if (!values || !values.length) return true;
    for (var i = 0; i < values.length; i++) if (on[values[i]] !== false) return true;
    return false;
  }
  function applyFilters() {
    var types = checked("type"), families = checked("family"), langs = checked("lang");
    var nodeUpdates = [], edgeUpdates = [], shownNodes = 0, shownEdges = 0;
    var visible = {};
    nodes.forEach(function (n) {
      var show = types[n.kg.type] !== false && anyOn(n.kg.languages, langs);
      visible[n.id] = show;
      if (show) shownNodes++;
      if (!!n.hidden === show) nodeUpdates.push({id: n.id, hidden: !show});
    });
    edges.forEach(function (e) {
      var show = families[e.kg.family] !== false && anyOn(e.kg.languages, langs) &&
        visible[e.from] && visible[e.to];
      if (show) shownEdges++;
      if (!!e.hidden === show) edgeUpdates.push({id: e.id, hidden: !show});
    });
    nodes.update(nodeUpdates);
    edges.update(edgeUpdates);
    status.textContent = "Showing " + shownNodes + " of " + nodes.length + " entities and " +
      shownEdges + " of " + edges.length + " relations";
  }
  document.querySelectorAll("input[data-filter]").forEach(function (box) {
    box.addEventListener("change", applyFilters);
  });
  var reset = document.getElementById("kg-reset");
  reset.addEventListener("click", function () {
    document.querySelectorAll("input[data-filter]").forEach(function (box) { box.checked = true; });
    applyFilters();
    search.value = "";
    clearResults();
    network.unselectAll();
    closePanel();
    network.fit();
  });

  // --- search ------------------------------------------------------------------
  function norm(text) {
    return String(text).normalize("NFKD").replace(/[\u0300-\u036f]/g, "")
      .toLowerCase().replace(/\s+/g, " ").trim();
  }
  var names = [];  // [normalised name, node id, shown name, is alias]
  nodes.forEach(function (n) {
    names.push([norm(n.kg.name), n.id, n.kg.name, false]);
    (n.kg.aliases || []).forEach(function (a) { names.push([norm(a), n.id, a, true]); });
  });
  function find(text) {
    var q = norm(text);
    if (!q) return [];
    var found = {}, ranked = [];
    names.forEach(function (entry) {
      var at = entry[0].indexOf(q);
      if (at < 0) return;
      var rank = entry[0] === q ? 0 : at === 0 ? 1 : 2;
      var old = found[entry[1]];
      if (old === undefined || rank < old.rank) {
        found[entry[1]] = {id: entry[1], rank: rank, via: entry[3] ? entry[2] : null};
      }
    });
    for (var id in found) ranked.push(found[id]);
    ranked.sort(function (a, b) {
      return a.rank - b.rank || nodeIndex[b.id].kg.mentions - nodeIndex[a.id].kg.mentions;
    });
    return ranked.slice(0, 12);
  }
  function clearResults() {
    results.replaceChildren();
    results.hidden = true;
  }
  function showResults(found) {
    results.replaceChildren();
    if (!found.length) {
      results.appendChild(el("li", "kg-none", "No entity or alias matches"));
    }
    found.forEach(function (hit) {
      var item = el("li");
      var button = el("button", null, nodeIndex[hit.id].kg.name);
      button.type = "button";
      if (hit.via) button.appendChild(el("span", "kg-via", " (" + hit.via + ")"));
      button.addEventListener("click", function () { focusNode(hit.id); clearResults(); });
      item.appendChild(button);
      results.appendChild(item);
    });
    results.hidden = false;
  }
  search.addEventListener("input", function () {
    if (search.value.trim()) showResults(find(search.value)); else clearResults();
  });
  search.addEventListener("keydown", function (event) {
    if (event.key === "Enter") {
      var found = find(search.value);
      if (found.length) { focusNode(found[0].id); clearResults(); }
    } else if (event.key === "Escape") {
      clearResults();
    }
  });
  function focusNode(id) {
    var n = nodeIndex[id];
    if (n.hidden) {  // a filtered-out entity is shown again when asked for by name
      nodes.update({id: id, hidden: false});
    }
    network.selectNodes([id]);
    network.focus(id, {scale: Math.max(network.getScale(), 1.0), animation: {duration: 400}});
    showNode(id);
  }

  // --- side panel --------------------------------------------------------------
  function el(tag, cls, text) {
    var node = document.createElement(tag);
    if (cls) node.className = cls;
    if (text !== undefined && text !== null) node.textContent = String(text);
    return node;
  }
  function row(list, key, value) {
    if (value === undefined || value === null || value === "" ||
        (Array.isArray(value) && !value.length)) return;
    list.appendChild(el("dt", null, key));
    list.appendChild(el("dd", null, Array.isArray(value) ? value.join("; ") : value));
  }
  function articleTitle(id) {
    var a = articles[id];
    return a && a.title ? a.title : id;
  }
  function openPanel(heading) {
    panelBody.replaceChildren();
    panelBody.appendChild(el("h2", null, heading));
    panel.hidden = false;
    return panelBody;
  }
  function closePanel() { panel.hidden = true; }
  document.getElementById("kg-panel-close").addEventListener("click", closePanel);

  function showNode(id) {
    var kg = nodeIndex[id].kg;
    var body = openPanel(kg.name);
    var list = el("dl");
    row(list, "Type", kg.type);
    row(list, "ID", kg.kbId);
    if (typeof kg.wikidata === "string" && /^Q[1-9][0-9]*$/.test(kg.wikidata)) {
      var link = el("a", null, kg.wikidata);
      link.href = WIKIDATA + kg.wikidata;
      link.rel = "noopener noreferrer";
      link.target = "_blank";
      list.appendChild(el("dt", null, "Wikidata"));
      list.appendChild(el("dd")).appendChild(link);
    }
    row(list, "Aliases", kg.aliases);
    row(list, "Languages", kg.languages);
    row(list, "Mentions", kg.mentions);
    body.appendChild(list);
    if (kg.articles && kg.articles.length) {
      body.appendChild(el("h3", null, "Articles (" + kg.articles.length + ")"));
      var ul = el("ul");
      kg.articles.forEach(function (a) { ul.appendChild(el("li", null, articleTitle(a))); });
      body.appendChild(ul);
    }
    var ids = edgesOf[id] || [];
    if (ids.length) {
      body.appendChild(el("h3", null, "Relations (" + ids.length + ")"));
      var rel = el("ul", "kg-relations");
      ids.forEach(function (eid) {
        var e = edges.get(eid);
        var li = el("li");
        var button = el("button", null, e.kg.sourceName + " \u2192 " + e.kg.relation +
                        " \u2192 " + e.kg.targetName);
        button.type = "button";
        button.style.borderLeftColor = e.color.color;
        button.addEventListener("click", function () {
          network.selectEdges([eid]);
          showEdge(eid);
        });
        li.appendChild(button);
        rel.appendChild(li);
      });
      body.appendChild(rel);
    }
  }

  function showEdge(id) {
    var kg = edges.get(id).kg;
    var body = openPanel(kg.sourceName + " \u2192 " + kg.targetName);
    var list = el("dl");
    row(list, "Relation", kg.relation + (kg.family ? " (" + kg.family + ")" : ""));
    row(list, "Confidence", kg.confidence === null ? null : kg.confidence.toFixed(2));
    row(list, "Modality", kg.modality);
    ["title", "stake", "amount", "date"].forEach(function (key) {
      row(list, key.charAt(0).toUpperCase() + key.slice(1), kg[key]);
    });
    row(list, "Languages", kg.languages);
    body.appendChild(list);
    if (kg.quote) {
      body.appendChild(el("h3", null, "Quote"));
      body.appendChild(el("blockquote", null, kg.quote));
    }
    body.appendChild(el("h3", null, "Evidence (" + kg.evidence.length + ")"));
    var ol = el("ol", "kg-evidence");
    kg.evidence.forEach(function (ev) {
      var li = el("li");
      li.appendChild(el("q", null, ev.sentence));
      var src = el("div", "kg-source", articleTitle(ev.article) + (ev.lang ? " \u00b7 " + ev.lang : ""));
      li.appendChild(src);
      if (ev.quote) li.appendChild(el("div", "kg-quote", "Quote: " + ev.quote));
      ol.appendChild(li);
    });
    body.appendChild(ol);
  }

  network.on("click", function (params) {
    if (params.nodes.length) showNode(params.nodes[0]);
    else if (params.edges.length) showEdge(params.edges[0]);
    else closePanel();
  });

  applyFilters();
  window.kg = {find: find, focusNode: focusNode, showNode: showNode, showEdge: showEdge,
               applyFilters: applyFilters};
})();

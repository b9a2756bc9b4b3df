"""Interactive HTML page of a knowledge graph, drawn with pyvis (vis-network).

The page is a single self-contained file: vis-network's JavaScript and CSS are
inlined, and the Bootstrap tags that pyvis's template always emits are
removed (nothing needs them while pyvis's select and filter menus are off), so
opening it makes no network request.

Every string in the graph comes from untrusted article text, so:

- entity and relation data reach the page only as JSON inside a ``<script>``,
  through pyvis's template filter ``tojson``, which escapes ``<``, ``>``, ``&``
  and ``'`` as ``\\u003c`` etc.;
- tooltips are plain text, which vis-network shows with ``innerText``. pyvis
  switches every node tooltip to raw ``innerHTML`` as soon as one contains the
  substring ``"href"``, so that word is broken with an invisible U+2060 WORD
  JOINER (see :func:`_plain`);
- the page title is HTML-escaped, and pyvis's unescaped ``heading`` is unused;
- the one link the page makes from graph data, to a node's Wikidata item, is
  built only from a value that is a Q-ID (checked here and again in the page).

pyvis's own ``Network.from_nx`` and ``Network.write_html`` are not used: the
first mutates its input, the second writes a ``lib/`` folder into the working
directory and is not atomic.
"""

from __future__ import annotations

import html
import json
import math
import re
from collections import Counter
from importlib import resources

from pyvis.network import Network

from kg.export._atomic import atomic_write_text
from kg.export._text import clip as _clip
from kg.graph.schema import number
from kg.kb.base import is_wikidata_id

#: Node fill colour and vis-network shape per entity type; "other" is the fallback.
NODE_STYLES = {
    "PERSON": ("#8ecae6", "dot", "person"),
    "ORG": ("#ffb703", "square", "organisation"),
    "GPE": ("#90be6d", "triangle", "place"),
    "LAW": ("#cdb4db", "diamond", "law"),
    "other": ("#d9d9d9", "hexagon", "other"),
}
#: Edge colour per relation family; "other" is the fallback.
EDGE_COLORS = {
    "ownership": "#c0392b",
    "regulation": "#2c7fb8",
    "statement": "#8e6c00",
    "role": "#7b3294",
    "partnership": "#1a9850",
    "competition": "#e66101",
    "other": "#7f7f7f",
}
_GLYPHS = {"dot": "\u25cf", "square": "\u25a0", "triangle": "\u25b2", "diamond": "\u25c6",
           "hexagon": "\u2b22"}

#: vis-network options. Physics settles the layout once (barnesHut, at most
#: ``iterations`` steps, shown fitted) and is then switched off by graph.js; a
#: fixed seed gives the same layout on every load.
#: pyvis's ``set_options`` deletes all spaces, so no value may contain one.
OPTIONS = {
    "nodes": {"borderWidth": 1, "font": {"size": 14}},
    "edges": {
        "arrows": {"to": {"enabled": True, "scaleFactor": 0.6}},
        "font": {"size": 10, "align": "middle", "strokeWidth": 3},
        "selfReference": {"size": 20, "angle": 0.785},
    },
    "physics": {
        "enabled": True,
        "solver": "barnesHut",
        "barnesHut": {"gravitationalConstant": -20000, "centralGravity": 0.6, "springLength": 260,
                      "springConstant": 0.03, "damping": 0.3, "avoidOverlap": 0.6},
        "stabilization": {"enabled": True, "iterations": 300, "updateInterval": 50,
                          "fit": True},
        "minVelocity": 1,
    },
    "interaction": {"hover": True, "tooltipDelay": 150},
    "layout": {"randomSeed": 7},
}

#: How many of the biggest nodes keep readable labels in the fitted view of a big
#: graph (all of them up to ``LABELLED_ALL`` nodes; more as the view zooms in, up
#: to ``LABELLED_MAX``), and the font size the labels start at and may grow to.
LABELLED_NODES, LABELLED_ALL, LABELLED_MAX = 30, 100, 400
FONT_SIZE, FONT_MAX = 14, 120
#: Physics steps to settle the layout: fewer for big graphs, whose each step costs more.
STABILIZATION_STEPS = ((300, 300), (1000, 150), (3000, 80), (None, 50))
LANGUAGE_NAMES = {"en": "English", "id": "Indonesian"}

_ASSETS = resources.files("kg.export") / "assets"
_EXTERNAL_TAG = re.compile(
    r"""<link\b[^>]*\bhref\s*=\s*["']?(?:https?:)?//[^>]*>"""
    r"""|<script\b[^>]*\bsrc\s*=\s*["']?(?:https?:)?//[^>]*>\s*</script>""",
    re.IGNORECASE,
)
_EMPTY_HEADING = re.compile(r"<center>\s*<h1>\s*</h1>\s*</center>")
_DEAD_COMMENT = re.compile(r"<!--\s*<link[^>]*node_modules.*?-->", re.DOTALL)

_LABEL_LIMIT = 40
_TEXT_LIMIT = 200
_LIST_LIMIT = 8
_EVIDENCE_SHOWN = 2


def graph_to_html(G, *, title="kg knowledge graph"):
    """Render a knowledge graph as one self-contained interactive HTML page.

    Node colour and shape follow the entity ``type`` and node size grows with
    ``mentions``; edges are coloured by relation ``family``, labelled with
    their ``relation`` and drawn with arrows, parallel edges each on their own
    curve. The page has filters by family, entity type and language, a search
    box that also finds aliases, and a side panel with the details and
    evidence of the clicked node or edge. The layout settles once and stops;
    ``window.kgReady`` is true from then on.

    Parameters
    ----------
    G : networkx.MultiDiGraph
        A graph following the ``graph.json`` contract. It is not modified.
        ``G.graph["view"]``, if set, is shown under the title (for a page of
        part of a bigger graph).
    title : str, default "kg knowledge graph"
        Page title and heading (escaped; may be untrusted).

    Returns
    -------
    str
        The HTML page. It loads no external script or stylesheet.

    Examples
    --------
    >>> import networkx as nx
    >>> G = nx.MultiDiGraph(articles=[{"id": "a1"}])
    >>> G.add_node("e1", label="Danantara", type="ORG", mentions=3)
    >>> G.add_node("e2", label="Garuda Indonesia", type="ORG", mentions=2)
    >>> _ = G.add_edge("e1", "e2", relation="owns", family="ownership", confidence=0.9)
    >>> page = graph_to_html(G, title="Demo")
    >>> "<title>Demo</title>" in page and "Garuda Indonesia" in page
    True
    >>> 'src="http' in page or 'href="http' in page
    False
    """
    options = json.loads(json.dumps(OPTIONS))
    n = G.number_of_nodes()
    options["physics"]["stabilization"]["iterations"] = _steps(n)
    options["physics"]["enabled"] = n > 0
    if n > 150:  # vis-network's Kamada-Kawai seeding is slow on big graphs
        options["layout"]["improvedLayout"] = False
    if n > 1000:  # a coarser Barnes-Hut approximation: each step costs about 2/3;
        options["physics"]["barnesHut"]["theta"] = 0.9  # edges not drawn while moving
        options["interaction"].update(hideEdgesOnDrag=True, hideEdgesOnZoom=True)
    net = _Network(height="78vh", width="100%", directed=True, heading="",
                   cdn_resources="in_line")
    net.set_options(json.dumps(options))
    ids = {}
    for node, attrs in G.nodes(data=True):
        ids[node] = len(ids)
        net.add_node(ids[node], **_node_options(node, attrs))
    labels = {node: _label(node, attrs) for node, attrs in G.nodes(data=True)}
    for i, (u, v, attrs, layout) in enumerate(_with_layout(G)):
        net.add_edge(ids[u], ids[v], id=f"e{i}", **layout,
                     **_edge_options(labels[u], labels[v], attrs))
    page = net.generate_html()
    return _finish_page(page, title, G, physics=n > 0)


def _steps(n_nodes):
    """Stabilisation steps for a graph of ``n_nodes`` (see ``STABILIZATION_STEPS``)."""
    for limit, steps in STABILIZATION_STEPS:
        if limit is None or n_nodes <= limit:
            return steps
    return STABILIZATION_STEPS[-1][1]


def write_html(G, path, *, title="kg knowledge graph"):
    """Write the page of :func:`graph_to_html` to ``path`` atomically.

    Only ``path`` is written (no ``lib/`` folder); a reader sees the old page
    or the new one, never a partial file.

    Parameters
    ----------
    G : networkx.MultiDiGraph
        A graph following the ``graph.json`` contract. It is not modified.
    path : str or os.PathLike
        Output file; its folder must exist.
    title : str, default "kg knowledge graph"
        Page title and heading.

    Examples
    --------
    >>> import networkx as nx, pathlib, tempfile
    >>> out = pathlib.Path(tempfile.mkdtemp()) / "graph.html"
    >>> write_html(nx.MultiDiGraph(), out)
    >>> "The graph is empty" in out.read_text(encoding="utf-8")
    True
    """
    atomic_write_text(path, graph_to_html(G, title=title))


class _Network(Network):
    """pyvis ``Network`` whose node look-up is a dict, not a list.

    ``Network.add_edge`` checks ``source in self.get_nodes()`` for every edge;
    on pyvis's list that makes adding edges O(nodes x edges).
    """

    def get_nodes(self):
        return self.node_map.keys()


def _node_options(node, attrs):
    """pyvis options of one node: label, style, size, tooltip and panel data."""
    group = _group(attrs)
    color, shape, _ = NODE_STYLES[group]
    mentions = _number(attrs.get("mentions"), default=0)
    label = _label(node, attrs)
    lines = [label, f"type: {_clip(attrs.get('type') or 'unknown', _LABEL_LIMIT)}"]
    aliases = _join(attrs.get("aliases"))
    if aliases:
        lines.append(f"aliases: {aliases}")
    lines.append(f"mentions: {_clip(attrs.get('mentions') or 0, _LABEL_LIMIT)}")
    languages = _join(attrs.get("languages"))
    if languages:
        lines.append(f"languages: {languages}")
    panel = {"name": str(attrs.get("label") or node),
             "type": str(attrs.get("type") or "unknown"), "group": group,
             "aliases": _strings(attrs.get("aliases")),
             "languages": _strings(attrs.get("languages")),
             "articles": _strings(attrs.get("articles")),
             "mentions": mentions}
    if attrs.get("kb_id"):
        panel["kbId"] = str(attrs["kb_id"])
    if is_wikidata_id(attrs.get("wikidata")):
        panel["wikidata"] = attrs["wikidata"]
    return {
        "label": label,
        "shape": shape,
        "color": {"background": color, "border": "#555555",
                  "highlight": {"background": color, "border": "#000000"},
                  "hover": {"background": color, "border": "#000000"}},
        "size": round(min(60.0, 10 + 4 * math.sqrt(max(mentions, 0))), 1),
        "title": _plain("\n".join(lines)),
        "kg": panel,
    }


def _edge_options(source, target, attrs):
    """pyvis options of one edge: label, colour, width, tooltip and panel data."""
    family = str(attrs.get("family", ""))
    color = EDGE_COLORS[_family(attrs)]
    relation = _clip(attrs.get("relation") or "related", _LABEL_LIMIT)
    confidence = _number(attrs.get("confidence"), default=None)
    lines = [f"{source} \u2192 {target}",
             f"relation: {relation}" + (f" ({_clip(family, _LABEL_LIMIT)})" if family else "")]
    if confidence is not None:
        lines.append(f"confidence: {confidence:.2f}")
    for key in ("title", "stake", "amount", "date", "modality", "quote"):
        if attrs.get(key) not in (None, ""):
            lines.append(f"{key}: {_clip(attrs[key], _TEXT_LIMIT)}")
    evidence = [e for e in attrs.get("evidence") or () if isinstance(e, dict)]
    for item in evidence[:_EVIDENCE_SHOWN]:
        source_ref = ", ".join(_clip(item[k], _LABEL_LIMIT) for k in ("article", "lang")
                               if item.get(k))
        lines.append(f"evidence [{source_ref}]: {_clip(item.get('sentence', ''), _TEXT_LIMIT)}")
    if len(evidence) > _EVIDENCE_SHOWN:
        lines.append(f"(+{len(evidence) - _EVIDENCE_SHOWN} more)")
    width = 1 + 2 * min(max(confidence or 0.0, 0.0), 1.0)
    panel = {"sourceName": source, "targetName": target,
             "relation": str(attrs.get("relation") or "related"),
             "family": _family(attrs),
             "confidence": confidence,
             "languages": sorted({str(e["lang"]) for e in evidence if e.get("lang")}),
             "evidence": [{"article": str(e.get("article") or ""), "lang": str(e.get("lang") or ""),
                           "sentence": str(e.get("sentence") or ""),
                           "quote": str(e["quote"]) if e.get("quote") else None}
                          for e in evidence]}
    for key in ("title", "stake", "amount", "date", "modality", "quote"):
        if attrs.get(key) not in (None, ""):
            panel[key] = str(attrs[key])
    return {
        "label": relation,
        "color": {"color": color, "highlight": color, "hover": color},
        "font": {"color": color},
        "width": round(width, 2),
        "title": _plain("\n".join(lines)),
        "kg": panel,
    }


def _with_layout(G):
    """Yield ``(u, v, attrs, layout)`` per edge so that parallel edges do not overlap.

    A lone edge is straight. Edges sharing a pair of nodes (either direction)
    alternate between the two sides with growing curvature; the curve
    direction is taken relative to the pair's first edge, because vis-network
    bends clockwise relative to each edge's own direction. Repeated
    self-loops get ever larger loops.
    """
    pairs = Counter(frozenset((u, v)) for u, v in G.edges())
    seen = Counter()
    first = {}
    for u, v, attrs in G.edges(data=True):
        pair = frozenset((u, v))
        k = seen[pair]
        seen[pair] += 1
        first.setdefault(pair, (u, v))
        if u == v:
            layout = {"smooth": {"enabled": False},
                      "selfReference": {"size": 20 + 12 * k, "angle": 0.785}}
        elif pairs[pair] == 1:
            layout = {"smooth": {"enabled": False}}
        else:
            clockwise = (k % 2 == 0) == (first[pair] == (u, v))
            layout = {"smooth": {"enabled": True,
                                 "type": "curvedCW" if clockwise else "curvedCCW",
                                 "roundness": round(0.2 * (k // 2 + 1), 2)}}
        yield u, v, attrs, layout


_CARD_OPEN = '<div class="card" style="width: 100%">'
_CARD_CLOSE = re.compile(r'(<div id="mynetwork" class="card-body"></div>\s*</div>)')
_PANEL = ('<aside id="kg-panel" hidden aria-label="Details">'
          '<button type="button" id="kg-panel-close" aria-label="Close">\u00d7</button>'
          '<div id="kg-panel-body"></div></aside>')


def _finish_page(page, title, G, *, physics=True):
    """Make pyvis's page self-contained and add the header, toolbar, panel and script."""
    page = _EXTERNAL_TAG.sub("", page)
    page = _EMPTY_HEADING.sub("", page)
    page = _DEAD_COMMENT.sub("", page)
    page = _insert(page, '<meta charset="utf-8">', f"\n<title>{html.escape(title)}</title>")
    # After pyvis's and vis-network's styles, so that equal selectors win.
    style = (_ASSETS / "graph.css").read_text(encoding="utf-8")
    page = _insert(page, "</head>", f"<style>\n{style}</style>\n", before=True, last=True)
    page = _insert(page, "<body>", _header(title, G))
    page = _insert(page, _CARD_OPEN, '<div class="kg-main">', before=True)
    page, found = _CARD_CLOSE.subn(lambda m: m.group(1) + _PANEL + "</div>", page, count=1)
    if not found:
        raise RuntimeError("pyvis page has no graph container; its template changed")
    # In drawGraph's own <script>: vis-network stabilises in setTimeout steps, and a
    # browser may run those between two <script> elements, so a handler added in a
    # later one could miss the end of the layout.
    settings = {"physics": physics, "labelled": LABELLED_NODES, "labelledAll": LABELLED_ALL,
                "labelledMax": LABELLED_MAX, "font": FONT_SIZE, "fontMax": FONT_MAX}
    script = (f"\nvar KG_META = {_json_for_script(_meta(G))};"
              f"\nvar KG_PAGE = {_json_for_script(settings)};\n"
              + (_ASSETS / "graph.js").read_text(encoding="utf-8"))
    page = _insert(page, "drawGraph();", script, last=True)
    return "<!DOCTYPE html>\n" + page


def _meta(G):
    """Graph-level data of the side panel: article titles and languages by id."""
    articles = {}
    for item in G.graph.get("articles") or ():
        if isinstance(item, dict) and item.get("id") is not None:
            articles[str(item["id"])] = {"title": str(item.get("title") or item["id"]),
                                         "lang": str(item.get("lang") or "")}
    return {"articles": articles}


def _json_for_script(value):
    """JSON that is safe inside a ``<script>`` element: no ``<``, ``>`` or ``&``.

    Examples
    --------
    >>> text = _json_for_script({"t": "</script><b>&"})
    >>> "<" in text or ">" in text or "&" in text, json.loads(text)["t"]
    (False, '</script><b>&')
    """
    text = json.dumps(value, ensure_ascii=False)
    for char, code in (("<", "\\u003c"), (">", "\\u003e"), ("&", "\\u0026"),
                       ("\u2028", "\\u2028"), ("\u2029", "\\u2029")):
        text = text.replace(char, code)
    return text


def _insert(page, anchor, text, *, before=False, last=False):
    """Insert ``text`` after (or before) the first (or last) ``anchor`` of pyvis's page."""
    at = page.rfind(anchor) if last else page.find(anchor)
    if at < 0:
        raise RuntimeError(f"pyvis page has no {anchor!r}; its template changed")
    at += 0 if before else len(anchor)
    return page[:at] + text + page[at:]


def _header(title, G):
    """Heading, counts, search box, filters (which are the legend) and status line."""
    esc = html.escape
    n_articles = len(G.graph.get("articles") or ())
    stats = (f"{G.number_of_nodes()} entities \u00b7 {G.number_of_edges()} relations"
             f" \u00b7 {n_articles} articles")
    view = G.graph.get("view")
    view = f'<p class="kg-view">{esc(str(view))}</p>\n' if view else ""
    groups, families, languages = Counter(), Counter(), Counter()
    for _, attrs in G.nodes(data=True):
        groups[_group(attrs)] += 1
        languages.update(_strings(attrs.get("languages")))
    for _, _, attrs in G.edges(data=True):
        families[_family(attrs)] += 1
        languages.update(str(e["lang"]) for e in attrs.get("evidence") or ()
                         if isinstance(e, dict) and e.get("lang"))

    def box(kind, value, text, mark="", color=""):
        swatch = f'<span style="color:{color}">{mark}</span> ' if mark else ""
        return (f'<label><input type="checkbox" data-filter="{kind}" value="{esc(value)}" checked> '
                f'{swatch}{esc(text)}</label>')

    types = "".join(box("type", key, f"{name} ({groups[key]})", _GLYPHS[shape], color)
                    for key, (color, shape, name) in NODE_STYLES.items() if groups[key])
    edges = "".join(box("family", family, f"{family} ({families[family]})", "\u2501\u2501", color)
                    for family, color in EDGE_COLORS.items() if families[family])
    langs = "".join(box("lang", lang, LANGUAGE_NAMES.get(lang, lang))
                    for lang in sorted(languages))
    empty = ('<p class="kg-empty">The graph is empty: no entities or relations were found.</p>'
             if G.number_of_nodes() == 0 else "")
    return (f'\n<div class="kg-header">\n<h1>{esc(title)}</h1>\n'
            f'<p class="kg-stats">{esc(stats)}</p>\n{view}{empty}\n'
            '<div class="kg-toolbar">\n'
            '<div class="kg-search-box"><input type="search" id="kg-search" '
            'placeholder="Find an entity or alias" aria-label="Find an entity or alias" '
            'autocomplete="off"><ul id="kg-search-results" hidden></ul></div>\n'
            f'<fieldset class="kg-legend"><legend>Entities</legend>{types}</fieldset>\n'
            f'<fieldset class="kg-legend"><legend>Relations</legend>{edges}</fieldset>\n'
            + (f'<fieldset><legend>Languages</legend>{langs}</fieldset>\n' if langs else "")
            + '<button type="button" id="kg-reset">Show all</button>\n'
            '</div>\n<p id="kg-status" aria-live="polite"></p>\n</div>\n')


def _group(attrs):
    """Style key of a node: its ``type`` upper-cased if ``NODE_STYLES`` has it, else "other"."""
    group = str(attrs.get("type", "")).upper()
    return group if group in NODE_STYLES else "other"


def _family(attrs):
    """Style key of an edge: its ``family`` if ``EDGE_COLORS`` has it, else "other"."""
    family = str(attrs.get("family", ""))
    return family if family in EDGE_COLORS else "other"


def _label(node, attrs):
    """Display name of a node: its ``label``, else its key, trimmed."""
    return _clip(attrs.get("label") or node, _LABEL_LIMIT)


def _strings(values):
    """A list attribute as a list of strings (anything else: empty)."""
    if not isinstance(values, (list, tuple, set)):
        return []
    return [str(v) for v in values]


def _join(values):
    """Up to ``_LIST_LIMIT`` items of a list as one short line."""
    if not isinstance(values, (list, tuple, set)):
        return ""
    items = [_clip(v, _LABEL_LIMIT) for v in list(values)[:_LIST_LIMIT]]
    more = len(values) - len(items)
    return "; ".join(items) + (f" (+{more} more)" if more > 0 else "")


def _number(value, default):
    """``value`` as a finite float, else ``default``."""
    return number(value, default)


def _plain(text):
    """Tooltip text that pyvis keeps as plain text.

    pyvis renders every node tooltip as HTML if any contains ``"href"``; an
    invisible WORD JOINER inside the word prevents that without changing what
    the reader sees.

    Examples
    --------
    >>> _plain('<a href="x">') == '<a hre\\u2060f="x">'
    True
    """
    return text.replace("href", "hre\u2060f")

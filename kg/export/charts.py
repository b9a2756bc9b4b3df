"""The charts of ``summary.html``, drawn by matplotlib as inline SVG.

Each chart is a function returning a matplotlib ``Figure`` (never pyplot, so no
window opens and the global backend is untouched); :func:`render` draws it with
the settings of :data:`RC` and turns it into an ``<svg>`` element of the page
(:func:`inline_svg`).

Every string from the graph is untrusted article text: in the charts it is
plain SVG text, which matplotlib escapes, with math rendering (``$...$``)
switched off, and :func:`chart_text` keeps it to one clipped line.

The SVG is deterministic (``svg.hashsalt`` fixed per chart, no date), so the
same graph gives the same chart byte for byte.

The colour and naming helpers here are shared with the tables of the page.
"""

from __future__ import annotations

import html
import io
import math
import re
import warnings

import matplotlib
import networkx as nx
from matplotlib.collections import LineCollection
from matplotlib.figure import Figure
from matplotlib.patches import Patch

from kg.export._text import clip
from kg.export.html import EDGE_COLORS, LANGUAGE_NAMES, NODE_STYLES
from kg.graph import analytics

#: matplotlib settings of every chart: text stays text (selectable, and drawn
#: by the browser in any script), no ``$math$``, stable ids.
RC = {
    "svg.fonttype": "none",
    "text.parse_math": False,
    "font.family": "sans-serif",
    "font.sans-serif": ["DejaVu Sans", "Arial", "Helvetica"],
    "font.size": 10,
    "axes.spines.top": False,
    "axes.spines.right": False,
    "axes.titlesize": 11,
}
_SVG_METADATA = {"Date": None, "Creator": None, "Format": None, "Type": None}
#: Community colours in the network drawing; later communities are grey.
COMMUNITY_COLORS = ("#4e79a7", "#f28e2b", "#59a14f", "#e15759", "#b07aa1", "#76b7b2",
                    "#edc948", "#ff9da7", "#9c755f", "#86bcb6")
OTHER_COLOR = "#c8c8c8"
STATUS_COLORS = {"ok": "#59a14f", "duplicate": "#a0cbe8", "unsupported": "#f1ce63",
                 "too_short": "#bab0ac", "error": "#e15759"}
#: Opacity of the family colour per modality in the relations chart.
MODALITY_ALPHA = {"asserted": 1.0, "planned": 0.45, "negated": 0.2}
#: The network drawing shows every entity of the communities when they hold at
#: most ``NETWORK_NODES`` (naming the ``NETWORK_LABELS`` most mentioned and each
#: community's first); beyond, it draws the ``NETWORK_COMMUNITIES`` biggest
#: communities as bubbles.
NETWORK_NODES, NETWORK_LABELS, NETWORK_COMMUNITIES = 90, 28, 20
_CHART_LABEL = 32


def render(name, draw, *args):
    """Draw a chart with ``draw(*args)`` -> Figure and return it as inline SVG markup.

    Parameters
    ----------
    name : str
        Chart name: a short word of letters, digits and ``-``; it salts the SVG
        hashes and prefixes the ids (see :func:`inline_svg`).
    draw : callable
        Returns a matplotlib ``Figure``; called under the settings of :data:`RC`.
    *args
        Passed to ``draw``.

    Returns
    -------
    str
        An ``<svg>`` element, the same for the same arguments.

    Examples
    --------
    >>> def dot():
    ...     fig = Figure(figsize=(1, 1))
    ...     fig.add_subplot().plot([0, 1], [1, 0])
    ...     return fig
    >>> svg = render("demo", dot)
    >>> svg.startswith('<svg role="img" aria-label="demo chart"'), svg == render("demo", dot)
    (True, True)
    """
    with matplotlib.rc_context({**RC, "svg.hashsalt": f"kg-summary-{name}"}), \
            warnings.catch_warnings():
        warnings.filterwarnings("ignore", message=r".*[Gg]lyph.*missing")
        warnings.filterwarnings("ignore", message=r".*font family.*not found")
        fig = draw(*args)
        buffer = io.StringIO()
        fig.savefig(buffer, format="svg", metadata=_SVG_METADATA)
    return inline_svg(buffer.getvalue(), name)


def inline_svg(svg, name):
    """matplotlib's SVG document made an inline ``<svg>`` element of an HTML page.

    The XML prologue, DOCTYPE and namespace declarations go (the HTML parser
    knows SVG and ``xlink:href``), so the page holds no URL at all; and every
    ``id`` and reference to one gets the prefix ``name-``, so the ids of the
    page's charts stay unique. Only tags are rewritten: text, which matplotlib
    escapes, holds no ``<`` or ``>``.

    Examples
    --------
    >>> inline_svg('<?xml?><svg xmlns="http://www.w3.org/2000/svg"><g id="a" '
    ...            'clip-path="url(#a)"><text>id="b"</text></g></svg>', "demo")
    '<svg role="img" aria-label="demo chart"><g id="demo-a" clip-path="url(#demo-a)">...</svg>'
    """
    svg = svg[svg.index("<svg"):].strip()
    label = html.escape(str(name).encode("utf-8", "replace").decode("utf-8"), quote=True)

    def tag(match):
        text = match.group(0)
        if text.startswith("<svg"):
            text = re.sub(r'\s+xmlns(:\w+)?="[^"]*"', "", text)
            text = text.replace("<svg", f'<svg role="img" aria-label="{label} chart"', 1)
        text = re.sub(r'(\sid=")([^"]*")', rf"\g<1>{name}-\g<2>", text)
        text = re.sub(r'(\s(?:xlink:)?href="#)', rf"\g<1>{name}-", text)
        return re.sub(r"url\(#", f"url(#{name}-", text)

    return re.sub(r"<[^<>]+>", tag, svg)


# -- bar charts ----------------------------------------------------------------------------

def _bars(labels, height_per_bar=0.34, width=6.4):
    fig = Figure(figsize=(width, 0.9 + height_per_bar * max(len(labels), 1)),
                 layout="constrained")
    ax = fig.add_subplot()
    ax.invert_yaxis()
    ax.tick_params(axis="y", length=0)
    ax.grid(axis="x", color="#e5e5e5", linewidth=0.8)
    ax.set_axisbelow(True)
    return fig, ax


def central_chart(central):
    """PageRank of the central entities (rows of :func:`kg.graph.analytics.summary`)."""
    labels = [chart_text(r["name"]) for r in central]
    fig, ax = _bars(labels)
    y = range(len(central))
    colors = [type_color(r["type"]) for r in central]
    ax.barh(y, [r["pagerank"] for r in central], color=colors, edgecolor="#555555",
            linewidth=0.5)
    ax.set_yticks(list(y), labels=labels)
    for i, r in enumerate(central):
        ax.annotate(plural(r["degree"], "neighbour"), (r["pagerank"], i), xytext=(4, 0),
                    textcoords="offset points", va="center", fontsize=8, color="#555555")
    ax.set_xlim(0, max(r["pagerank"] for r in central) * 1.3 or 1)
    ax.set_xlabel("PageRank")
    types = list(dict.fromkeys(r["type"] for r in central))
    _legend_above(ax, [Patch(color=type_color(t), label=chart_text(t)) for t in types])
    return fig


def speakers_chart(speakers):
    """Statements of the most quoted speakers."""
    labels = [chart_text(r["name"]) for r in speakers]
    fig, ax = _bars(labels, width=7.2)
    y = list(range(len(speakers)))
    ax.barh(y, [r["statements"] for r in speakers],
            color=[type_color(r["type"]) for r in speakers], edgecolor="#555555",
            linewidth=0.5)
    ax.set_yticks(y, labels=labels)
    for i, r in enumerate(speakers):
        ax.annotate(f"{plural(r['topics'], 'topic')}, {plural(r['articles'], 'article')}",
                    (r["statements"], i), xytext=(4, 0), textcoords="offset points",
                    va="center", fontsize=8, color="#555555")
    ax.set_xlim(0, max(r["statements"] for r in speakers) * 1.35)
    ax.xaxis.get_major_locator().set_params(integer=True)
    ax.set_xlabel("statements")
    return fig


def families_chart(families, cells):
    """Relations per family, stacked by modality (``cells[(family, modality)]``)."""
    fig, ax = _bars(families, height_per_bar=0.42, width=5.6)
    y = list(range(len(families)))
    left = [0] * len(families)
    for modality, alpha in MODALITY_ALPHA.items():
        values = [cells[(f, modality)] for f in families]
        if not any(values):
            continue
        ax.barh(y, values, left=left, color=[family_color(f) for f in families], alpha=alpha,
                edgecolor="#555555", linewidth=0.5, label=modality)
        left = [a + b for a, b in zip(left, values)]
    ax.set_yticks(y, labels=[chart_text(f) for f in families])
    for i, total in enumerate(left):
        ax.annotate(f"{total:,}", (total, i), xytext=(4, 0), textcoords="offset points",
                    va="center", fontsize=8, color="#555555")
    ax.set_xlim(0, max(left) * 1.15)
    ax.xaxis.get_major_locator().set_params(integer=True)
    ax.set_xlabel("relations")
    handles = [Patch(facecolor="#666666", alpha=alpha, edgecolor="#555555", label=modality)
               for modality, alpha in MODALITY_ALPHA.items()
               if any(cells[(f, modality)] for f in families)]
    _legend_above(ax, handles)
    return fig


def languages_chart(languages):
    """Articles per language, stacked by status (``languages[lang][status]``)."""
    langs = list(languages)
    fig, ax = _bars(langs, height_per_bar=0.4, width=5.6)
    y = list(range(len(langs)))
    statuses = list(dict.fromkeys(s for by in languages.values() for s in by))
    left = [0] * len(langs)
    for status in statuses:
        values = [languages[lang].get(status, 0) for lang in langs]
        ax.barh(y, values, left=left, color=STATUS_COLORS.get(status, OTHER_COLOR),
                edgecolor="#555555", linewidth=0.5, label=chart_text(status))
        left = [a + b for a, b in zip(left, values)]
    ax.set_yticks(y, labels=[chart_text(language_name(lang)) for lang in langs])
    ax.set_xlim(0, max(left) * 1.15)
    ax.xaxis.get_major_locator().set_params(integer=True)
    ax.set_xlabel("articles")
    _legend_above(ax, ax.get_legend_handles_labels()[0])
    return fig


def _legend_above(ax, handles):
    ax.legend(handles=handles, loc="lower left", bbox_to_anchor=(0.0, 1.0), frameon=False,
              fontsize=8, ncols=max(len(handles), 1), handlelength=1.2, borderaxespad=0.2)


# -- the communities network ---------------------------------------------------------------

def network_chart(G, groups, seed):
    """The communities drawn as a network: their entities, or for a big graph the
    communities themselves."""
    if sum(group["size"] for group in groups) <= NETWORK_NODES:
        return _entity_network(G, groups, seed)
    return _community_network(G, groups, seed)


def _entity_network(G, groups, seed):
    """Every entity of a community, coloured by its community, sized by mentions."""
    colour = {}
    for i, group in enumerate(groups):
        for node in group["ids"]:
            colour[node] = community_color(i)
    order = {node: i for i, node in enumerate(G.nodes)}
    kept = sorted(colour, key=order.get)
    U = nx.Graph()
    U.add_nodes_from(kept)
    for u, v, attrs in G.edges(data=True):
        if u != v and u in colour and v in colour:
            weight = U[u][v]["weight"] if U.has_edge(u, v) else 0.0
            U.add_edge(u, v, weight=weight + analytics._confidence(attrs))
    mentions = {n: analytics._mentions(G.nodes[n]) for n in kept}
    named = set(sorted(kept, key=lambda n: (-mentions[n], order[n]))[:NETWORK_LABELS])
    named |= {group["ids"][0] for group in groups}
    fig, ax = _draw_network(
        U, _packed_layout(U, seed, order), order,
        sizes={n: 40 + 30 * math.sqrt(mentions[n]) for n in kept}, colours=colour,
        labels={n: chart_text(G.nodes[n].get("label") or n, 24) for n in kept if n in named})
    handles = [Patch(color=community_color(i), label=chart_text(f"{g['label']} ({g['size']})"))
               for i, g in enumerate(groups[:len(COMMUNITY_COLORS)])]
    if len(groups) > len(COMMUNITY_COLORS):
        handles.append(Patch(color=OTHER_COLOR, label="other communities"))
    ax.legend(handles=handles, loc="upper left", bbox_to_anchor=(1.0, 1.0), frameon=False,
              fontsize=8, title="community (size)", title_fontsize=8)
    return fig


def _community_network(G, groups, seed):
    """The biggest communities as bubbles, linked by the relations between them."""
    shown = groups[:NETWORK_COMMUNITIES]
    where = {node: i for i, group in enumerate(shown) for node in group["ids"]}
    U = nx.Graph()
    U.add_nodes_from(range(len(shown)))
    for u, v, attrs in G.edges(data=True):
        i, j = where.get(u), where.get(v)
        if i is not None and j is not None and i != j:
            weight = U[i][j]["weight"] if U.has_edge(i, j) else 0.0
            U.add_edge(i, j, weight=weight + analytics._confidence(attrs))
    order = {i: i for i in U}
    top = max((w for _, _, w in U.edges(data="weight")), default=1.0)
    fig, ax = _draw_network(
        U, _packed_layout(U, seed, order), order,
        sizes={i: 60 + 1500 * shown[i]["size"] / shown[0]["size"] for i in U},
        colours={i: community_color(i) for i in U},
        labels={i: chart_text(f"{g['label']} ({g['size']:,})", 30) for i, g in enumerate(shown)},
        widths={(i, j): 0.5 + 5 * w / top for i, j, w in U.edges(data="weight")},
        label_offset=lambda i: 4 + 19 * math.sqrt(shown[i]["size"] / shown[0]["size"]))
    return fig


def _draw_network(U, pos, order, *, sizes, colours, labels, widths=None,
                  label_offset=None):
    """Draw ``U`` at ``pos``: grey edges, filled circles, some names on white."""
    fig = Figure(figsize=(9.6, 5.6), layout="constrained")
    ax = fig.add_subplot()
    ax.set_axis_off()
    edges = sorted(U.edges(data="weight"), key=lambda e: (order[e[0]], order[e[1]]))
    ax.add_collection(LineCollection(
        [(pos[u], pos[v]) for u, v, _ in edges], colors="#9a9a9a", alpha=0.55, zorder=1,
        linewidths=[widths[(u, v)] if widths else 0.6 + 1.2 * min(w, 3.0)
                    for u, v, w in edges]))
    nodes = sorted(U, key=order.get)
    ax.scatter([pos[n][0] for n in nodes], [pos[n][1] for n in nodes],
               s=[sizes[n] for n in nodes], c=[colours[n] for n in nodes],
               edgecolors="#333333", linewidths=0.6, zorder=2)
    for node in nodes:
        if node in labels:
            offset = label_offset(node) if label_offset else 5 + 0.5 * math.sqrt(sizes[node])
            ax.annotate(labels[node], pos[node], xytext=(0, offset),
                        textcoords="offset points", ha="center", va="bottom", fontsize=8,
                        zorder=3, bbox={"boxstyle": "round,pad=0.15", "fc": "white",
                                        "ec": "none", "alpha": 0.75})
    ax.margins(x=0.12, y=0.08)
    return fig, ax


def _packed_layout(U, seed, order):
    """Positions of ``U``: a seeded spring layout of each connected component,
    the components packed in rows, biggest first (one spring layout of the
    whole graph would push small components to the corners)."""
    components = sorted(nx.connected_components(U),
                        key=lambda c: (-len(c), min(order[n] for n in c)))
    laid = []
    for component in components:
        nodes = sorted(component, key=order.get)
        radius = 0.35 if len(nodes) == 1 else 0.5 * math.sqrt(len(nodes))
        if len(nodes) <= 2:
            local = {n: (2 * i - len(nodes) + 1, 0.0) for i, n in enumerate(nodes)}
            radius = max(radius, 0.6)
        else:
            sub = U.subgraph(nodes)
            local = nx.spring_layout(sub, seed=seed, weight=None,
                                     k=2.2 / math.sqrt(len(nodes)), iterations=300)
        xs = [p[0] for p in local.values()]
        ys = [p[1] for p in local.values()]
        cx, cy = (max(xs) + min(xs)) / 2, (max(ys) + min(ys)) / 2
        span = max(max(xs) - min(xs), max(ys) - min(ys)) / 2 or 1.0
        laid.append((radius, {n: ((x - cx) / span * radius, (y - cy) / span * radius)
                              for n, (x, y) in local.items()}))
    width = max(2 * laid[0][0], math.sqrt(sum((2 * r + 0.4) ** 2 for r, _ in laid)) * 1.3) \
        if laid else 1.0
    pos, x, y, row = {}, 0.0, 0.0, 0.0
    for radius, local in laid:
        size = 2 * radius + 0.4
        if x > 0 and x + size > width:
            x, y, row = 0.0, y - row, 0.0
        for node, (px, py) in local.items():
            pos[node] = (x + size / 2 + px, y - size / 2 + py)
        x, row = x + size, max(row, size)
    return pos


# -- colours and names, shared with the tables of the page ---------------------------------

def community_color(i):
    """Colour of the ``i``-th community (biggest first); grey past the palette."""
    return COMMUNITY_COLORS[i] if i < len(COMMUNITY_COLORS) else OTHER_COLOR


def type_color(kind):
    """Fill colour of an entity type, as in ``graph.html``."""
    return NODE_STYLES.get(str(kind).upper(), NODE_STYLES["other"])[0]


def family_color(family):
    """Colour of a relation family, as in ``graph.html``."""
    return EDGE_COLORS.get(family, EDGE_COLORS["other"])


def language_name(lang):
    """``English (en)`` for a known language code, else the code itself."""
    name = LANGUAGE_NAMES.get(lang)
    return f"{name} ({lang})" if name else str(lang)


def chart_text(text, limit=_CHART_LABEL):
    """A name fit for a chart label: one line, no control characters, clipped."""
    text = str(text).encode("utf-8", "replace").decode("utf-8")
    text = re.sub(r"[\x00-\x1f\x7f-\x9f]", " ", text)
    return clip(text, limit) or "?"


def plural(n, word):
    """``1 article``, ``2 articles``, ``1,000 entities``."""
    return f"{n:,} {noun(n, word)}"


def noun(n, word):
    """``word`` for ``n == 1``, else its plural (``entity`` -> ``entities``)."""
    if n == 1:
        return word
    return word[:-1] + "ies" if word.endswith("y") else word + "s"

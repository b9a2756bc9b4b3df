"""Tests of kg.export.charts: the matplotlib charts of summary.html as inline SVG."""

import re

import matplotlib
import networkx as nx

import kg.export.charts as charts
from kg.export.charts import (
    OTHER_COLOR,
    chart_text,
    clip,
    community_color,
    inline_svg,
    language_name,
    noun,
    plural,
    render,
)

from .helpers import MATH, squares


def central_rows(*names):
    return [{"name": name, "type": "ORG", "pagerank": 0.1 * (i + 1), "degree": i + 1}
            for i, name in enumerate(names)]


def test_inline_svg_drops_prologue_and_namespaces_and_prefixes_ids():
    svg = ('<?xml version="1.0"?>\n<!DOCTYPE svg>\n<svg xmlns="http://www.w3.org/2000/svg" '
           'xmlns:xlink="http://www.w3.org/1999/xlink"><defs><path id="p1"/></defs>'
           '<use xlink:href="#p1"/><g clip-path="url(#c1)"><text>url(#x) id="y"</text></g>'
           '</svg>\n')
    out = inline_svg(svg, "pie")
    assert out.startswith('<svg role="img" aria-label="pie chart">')
    assert "xmlns" not in out and "<?xml" not in out and "DOCTYPE" not in out
    assert 'id="pie-p1"' in out and 'xlink:href="#pie-p1"' in out
    assert 'clip-path="url(#pie-c1)"' in out
    assert '<text>url(#x) id="y"</text>' in out  # text is left alone


def test_render_is_deterministic_and_leaves_global_settings_alone():
    before = dict(matplotlib.rcParams)
    rows = central_rows("ByteDance", "TikTok")
    svg = render("central", charts.central_chart, rows)
    assert svg == render("central", charts.central_chart, rows)
    assert ">ByteDance</text>" in svg and "http" not in svg
    ids = re.findall(r'\sid="([^"]*)"', svg)
    assert ids and all(i.startswith("central-") for i in ids)
    assert dict(matplotlib.rcParams) == before


def test_untrusted_names_stay_escaped_text():
    svg = render("central", charts.central_chart, central_rows("<script>x</script>", MATH))
    assert "<script>" not in svg and "&lt;script&gt;x&lt;/script&gt;" in svg
    assert r"$\frac{1}{0$ &amp; $\undefined$" in svg  # not parsed as math


def test_chart_text_is_one_clipped_line():
    assert chart_text("a\nb\x00c\x85d") == "a b c d"
    assert chart_text("x" * 40) == "x" * 31 + "\u2026"
    assert chart_text("  ") == "?"
    assert chart_text("\ud800") == "?"


def test_clip_and_plurals():
    assert clip("one  two\nthree", 9) == "one two\u2026"
    assert clip("short", 9) == "short"
    assert [noun(1, "entity"), noun(2, "entity"), noun(0, "article")] == \
        ["entity", "entities", "articles"]
    assert plural(1000, "neighbour") == "1,000 neighbours"


def test_colours_and_language_names():
    assert community_color(0) == charts.COMMUNITY_COLORS[0]
    assert community_color(len(charts.COMMUNITY_COLORS)) == OTHER_COLOR
    assert language_name("en") == "English (en)" and language_name("fr") == "fr"


def test_packed_layout_places_every_node_apart_deterministically():
    U = nx.Graph([(0, 1), (1, 2), (2, 0), (3, 4)])
    U.add_node(5)
    order = {n: n for n in U}
    pos = charts._packed_layout(U, 42, order)
    assert set(pos) == set(U) and pos == charts._packed_layout(U, 42, order)
    assert len({(round(x, 6), round(y, 6)) for x, y in pos.values()}) == len(U)
    assert charts._packed_layout(nx.Graph(), 42, {}) == {}


def squares_and_groups(n):
    """squares(n) and its ``n`` communities, each named after its first entity."""
    groups = [{"ids": list(range(s, s + 4)), "label": f"Entity {s}", "size": 4}
              for s in range(0, 4 * n, 4)]
    return squares(n), groups


def test_network_chart_draws_entities_or_community_bubbles(monkeypatch):
    G, groups = squares_and_groups(3)
    entities = render("communities", charts.network_chart, G, groups, 42)
    assert ">Entity 1</text>" in entities and "Entity 0 (4)" in entities  # names, legend
    monkeypatch.setattr(charts, "NETWORK_NODES", 8)
    monkeypatch.setattr(charts, "NETWORK_COMMUNITIES", 2)
    bubbles = render("communities", charts.network_chart, G, groups, 42)
    assert ">Entity 0 (4)</text>" in bubbles and ">Entity 1</text>" not in bubbles
    assert "Entity 8 (4)" not in bubbles  # only the 2 biggest communities

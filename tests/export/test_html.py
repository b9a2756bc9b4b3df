"""Tests of kg.export.html: the interactive graph page."""

import copy
import doctest
import json
import os
import re
from html.parser import HTMLParser

import networkx as nx
import pytest

import kg.export.html as html_export
from kg.export.html import EDGE_COLORS, NODE_STYLES, graph_to_html, write_html

SCRIPT = "<script>alert(1)</script>"
IMG = "<img src=x onerror=alert(1)>"
LINK = '<a href="javascript:alert(1)">x</a>'


def make_graph():
    G = nx.MultiDiGraph(
        articles=[{"id": "a1", "title": "Danantara", "path": "a1.txt", "lang": "id",
                   "lang_confidence": 0.99, "status": "ok", "error": None}],
        created="2025-01-01T00:00:00Z", kg_version="0.1.0")
    G.add_node("danantara", label="Danantara", type="ORG", aliases=["BPI Danantara"],
               languages=["id", "en"], articles=["a1"], mentions=40)
    G.add_node("garuda", label="Garuda Indonesia", type="ORG", aliases=[],
               languages=["id"], articles=["a1"], mentions=2)
    G.add_node("prabowo", label="Prabowo Subianto", type="PERSON", aliases=["Prabowo"],
               languages=["id"], articles=["a1"], mentions=5)
    G.add_node("indonesia", label="Indonesia", type="GPE", mentions=1)
    G.add_node("uu", label="UU BUMN", type="LAW", mentions=1)
    G.add_node("q1", label="2025", type="DATE", mentions=1)
    evidence = [{"article": "a1", "lang": "id", "sentence": "Danantara memiliki Garuda.",
                 "start": 0, "end": 26}]
    G.add_edge("danantara", "garuda", relation="owns", family="ownership", confidence=0.9,
               evidence=evidence, stake="64.5%")
    G.add_edge("danantara", "garuda", relation="invests_in", family="ownership",
               confidence=0.6, evidence=evidence)
    G.add_edge("danantara", "garuda", relation="owns", family="ownership", confidence=0.5,
               evidence=evidence)
    G.add_edge("garuda", "danantara", relation="said", family="statement", confidence=0.8,
               evidence=evidence, quote="Kami siap.")
    G.add_edge("indonesia", "uu", relation="issues", family="regulation", confidence=0.7,
               evidence=evidence)
    G.add_edge("prabowo", "prabowo", relation="said", family="statement", confidence=0.4,
               evidence=evidence)
    return G


def hostile_graph():
    G = nx.MultiDiGraph(articles=[])
    G.add_node("x", label=SCRIPT, type="PERSON", aliases=[IMG, LINK], mentions=3)
    G.add_node("y", label=IMG, type="<b>ORG</b>", aliases=[], mentions=1)
    G.add_edge("x", "y", relation=SCRIPT, family="statement", confidence=0.5, quote=LINK,
               evidence=[{"article": IMG, "lang": "en", "sentence": LINK}])
    return G


def vis_data(page):
    """The node and edge lists handed to vis.DataSet, decoded."""
    found = {}
    for kind in ("nodes", "edges"):
        match = re.search(kind + r" = new vis\.DataSet\((.*?)\);\n", page)
        found[kind] = json.loads(match.group(1))
    return found["nodes"], found["edges"]


class Tags(HTMLParser):
    """Start tags of a page, with their attributes."""

    def __init__(self, page):
        super().__init__()
        self.tags = []
        self.feed(page)

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))


def snapshot(G):
    return (copy.deepcopy(G.graph), copy.deepcopy(list(G.nodes(data=True))),
            copy.deepcopy(list(G.edges(keys=True, data=True))))


def test_page_is_self_contained():
    page = graph_to_html(make_graph())
    tags = Tags(page).tags
    scripts = [attrs for tag, attrs in tags if tag == "script"]
    assert scripts and all("src" not in attrs for attrs in scripts)
    assert not [attrs for tag, attrs in tags if tag == "link"]
    assert not re.search(r"""(src|href)\s*=\s*["']?(https?:)?//""", page)
    assert "bootstrap" not in page and "<center>" not in page
    assert page.startswith("<!DOCTYPE html>")


def test_no_lib_folder_and_file_written(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    write_html(make_graph(), tmp_path / "graph.html", title="Demo")
    write_html(make_graph(), "relative.html")
    assert sorted(os.listdir(tmp_path)) == ["graph.html", "relative.html"]
    assert (tmp_path / "graph.html").read_text(encoding="utf-8") == graph_to_html(
        make_graph(), title="Demo")


def test_input_graph_is_not_modified():
    G = make_graph()
    before = snapshot(G)
    graph_to_html(G)
    assert snapshot(G) == before
    hostile = hostile_graph()
    before = snapshot(hostile)
    graph_to_html(hostile)
    assert snapshot(hostile) == before


def test_directed_and_parallel_edges_are_all_kept():
    nodes, edges = vis_data(graph_to_html(make_graph()))
    assert len(nodes) == 6 and len(edges) == 6
    assert len({e["id"] for e in edges}) == 6
    assert all(e["arrows"] == "to" for e in edges)
    by_id = {n["id"]: n["label"] for n in nodes}
    pairs = [(by_id[e["from"]], by_id[e["to"]], e["label"]) for e in edges]
    assert pairs.count(("Danantara", "Garuda Indonesia", "owns")) == 2
    assert ("Garuda Indonesia", "Danantara", "said") in pairs


def test_parallel_edges_get_distinct_curves():
    _, edges = vis_data(graph_to_html(make_graph()))
    pair = [e for e in edges if {e["from"], e["to"]} == {0, 1}]
    curves = set()
    for e in pair:
        assert e["smooth"]["enabled"]
        # curvedCW from b to a is curvedCCW from a to b
        kind = e["smooth"]["type"]
        if e["from"] == 1:
            kind = {"curvedCW": "curvedCCW", "curvedCCW": "curvedCW"}[kind]
        curves.add((kind, e["smooth"]["roundness"]))
    assert len(curves) == len(pair) == 4
    single = next(e for e in edges if e["label"] == "issues")
    assert single["smooth"] == {"enabled": False}


def test_node_style_follows_type_and_mentions():
    nodes, _ = vis_data(graph_to_html(make_graph()))
    by_label = {n["label"]: n for n in nodes}
    for label, kind in [("Danantara", "ORG"), ("Prabowo Subianto", "PERSON"),
                        ("Indonesia", "GPE"), ("UU BUMN", "LAW"), ("2025", "other")]:
        color, shape, _ = NODE_STYLES[kind]
        assert by_label[label]["shape"] == shape
        assert by_label[label]["color"]["background"] == color
    assert len({NODE_STYLES[k][1] for k in NODE_STYLES}) == len(NODE_STYLES)
    assert by_label["Danantara"]["size"] > by_label["Prabowo Subianto"]["size"] \
        > by_label["Garuda Indonesia"]["size"] > by_label["Indonesia"]["size"]


def test_edge_style_follows_family():
    _, edges = vis_data(graph_to_html(make_graph()))
    for e in edges:
        family = {"owns": "ownership", "invests_in": "ownership", "said": "statement",
                  "issues": "regulation"}[e["label"]]
        assert e["color"]["color"] == EDGE_COLORS[family]


def test_tooltips_are_plain_text():
    page = graph_to_html(make_graph())
    nodes, edges = vis_data(page)
    tip = next(n["title"] for n in nodes if n["label"] == "Danantara")
    assert tip.splitlines() == ["Danantara", "type: ORG", "aliases: BPI Danantara",
                                "mentions: 40", "languages: id; en"]
    tip = next(e["title"] for e in edges if e["label"] == "said")
    assert "relation: said (statement)" in tip and "confidence: 0.80" in tip
    assert "Danantara memiliki Garuda." in tip and "quote: Kami siap." in tip
    assert all("<" not in item["title"] for item in nodes + edges)


def test_href_does_not_switch_tooltips_to_html():
    page = graph_to_html(hostile_graph())
    assert "popup.innerHTML" not in page and "div.popup" not in page
    nodes, _ = vis_data(page)
    # The word joiner is invisible: the reader still sees the original text.
    assert LINK in nodes[0]["title"].replace("\u2060", "")


def test_evidence_is_trimmed():
    G = make_graph()
    long = "Danantara " + "sangat " * 100 + "besar."
    many = [{"article": f"a{i}", "lang": "id", "sentence": long} for i in range(5)]
    G.add_edge("danantara", "uu", relation="regulates", family="regulation",
               confidence=0.5, evidence=many)
    _, edges = vis_data(graph_to_html(G))
    tip = next(e["title"] for e in edges if e["label"] == "regulates")
    lines = tip.splitlines()
    assert [line.startswith("evidence [") for line in lines].count(True) == 2
    assert lines[-1] == "(+3 more)"
    assert all(len(line) < 260 for line in lines)
    assert "\u2026" in tip and "besar." not in tip


@pytest.mark.parametrize("raw", [SCRIPT, IMG, LINK])
def test_untrusted_strings_do_not_inject_markup(raw):
    title = "News <b>KG</b> & co"
    page = graph_to_html(hostile_graph(), title=title)
    assert raw not in page
    tags = Tags(page).tags
    assert not [t for t, _ in tags if t in ("img", "a", "b")]
    assert not [attrs for _, attrs in tags if any(k.startswith("on") for k in attrs)]
    benign = Tags(graph_to_html(make_graph())).tags
    assert [t for t, _ in tags if t == "script"] == [t for t, _ in benign if t == "script"]
    assert "<title>News &lt;b&gt;KG&lt;/b&gt; &amp; co</title>" in page
    assert "<h1>News &lt;b&gt;KG&lt;/b&gt; &amp; co</h1>" in page
    # The data still holds the original text, shown by vis-network as text.
    nodes, edges = vis_data(page)
    assert nodes[0]["label"] == SCRIPT and edges[0]["label"] == SCRIPT


def test_legend_filters_and_counts():
    page = graph_to_html(make_graph())
    tags = Tags(page).tags
    boxes = {(attrs["data-filter"], attrs["value"]) for tag, attrs in tags
             if tag == "input" and "data-filter" in attrs}
    # one checkbox per entity group, relation family and language present, no more
    assert boxes == {("type", "ORG"), ("type", "PERSON"), ("type", "GPE"), ("type", "LAW"),
                     ("type", "other"), ("family", "ownership"), ("family", "statement"),
                     ("family", "regulation"), ("lang", "id"), ("lang", "en")}
    legend = " ".join(re.findall(r'<fieldset class="kg-legend">(.*?)</fieldset>', page))
    for name in ("person", "organisation", "place", "law", "other", "ownership (3)",
                 "statement (2)", "regulation (1)"):
        assert name in legend
    assert "role" not in legend and "Indonesian" in page and "English" in page
    assert "6 entities \u00b7 6 relations \u00b7 1 articles" in page
    assert "graph is empty" not in page


def test_view_note_is_shown_escaped():
    G = make_graph()
    G.graph["view"] = "Top 3 of <b>6</b> entities"
    page = graph_to_html(G)
    assert '<p class="kg-view">Top 3 of &lt;b&gt;6&lt;/b&gt; entities</p>' in page


def test_panel_data_travels_with_nodes_and_edges():
    nodes, edges = vis_data(graph_to_html(make_graph()))
    node = next(n for n in nodes if n["label"] == "Danantara")
    assert node["kg"] == {"name": "Danantara", "type": "ORG", "group": "ORG",
                          "aliases": ["BPI Danantara"], "languages": ["id", "en"],
                          "articles": ["a1"], "mentions": 40.0}
    said = next(e for e in edges if e["label"] == "said")
    assert said["kg"]["quote"] == "Kami siap." and said["kg"]["languages"] == ["id"]
    assert said["kg"]["evidence"] == [{"article": "a1", "lang": "id",
                                       "sentence": "Danantara memiliki Garuda.", "quote": None}]


def test_article_titles_reach_the_page_escaped():
    G = make_graph()
    G.graph["articles"][0]["title"] = SCRIPT
    page = graph_to_html(G)
    meta = re.search(r"var KG_META = (\{.*?\});\n", page).group(1)
    assert "<" not in meta and json.loads(meta)["articles"]["a1"]["title"] == SCRIPT


def test_physics_stabilises_then_stops():
    page = graph_to_html(make_graph())
    options = json.loads(re.search(r"var options = (\{.*\});\n", page).group(1))
    assert options["physics"]["solver"] == "barnesHut"
    assert options["physics"]["stabilization"]["enabled"] is True
    assert options["physics"]["stabilization"]["iterations"] > 0
    # In the same <script> as drawGraph(), so the handler cannot come too late.
    script = page[page.rfind("drawGraph();"):page.rfind("</script>")]
    assert "<script" not in script
    assert 'network.once("stabilizationIterationsDone", ready)' in script
    assert "physics: {enabled: false}" in script and "window.kgReady = true" in script


def test_big_graphs_settle_in_fewer_steps():
    small = html_export._steps(50)
    assert small > html_export._steps(2000) >= html_export._steps(10**6) > 0


def test_empty_graph():
    page = graph_to_html(nx.MultiDiGraph())
    assert vis_data(page) == ([], [])
    assert "The graph is empty" in page
    assert page.rstrip().endswith("</html>")
    assert "0 entities \u00b7 0 relations \u00b7 0 articles" in page


def test_sparse_attributes_are_tolerated():
    G = nx.MultiDiGraph()
    G.add_node(1)
    G.add_node(("tuple", "key"), label=None, mentions="many", aliases="not a list")
    G.add_edge(1, ("tuple", "key"), confidence=float("nan"), evidence=["not a dict"])
    nodes, edges = vis_data(graph_to_html(G))
    assert [n["label"] for n in nodes] == ["1", "('tuple', 'key')"]
    assert edges[0]["label"] == "related"
    assert edges[0]["color"]["color"] == EDGE_COLORS["other"]


def test_docstring_examples():
    assert doctest.testmod(html_export).failed == 0


def test_knowledge_base_ids_reach_the_panel_data_checked():
    G = make_graph()
    G.nodes["garuda"].update(kb_id="idx:GIAA", wikidata="Q1339829")
    G.nodes["prabowo"].update(kb_id=SCRIPT, wikidata='javascript:alert(1)//Q1')
    G.nodes["indonesia"].update(kb_id="", wikidata='Q252" onclick="alert(1)')
    page = graph_to_html(G)
    nodes = {n["kg"]["name"]: n["kg"] for n in vis_data(page)[0]}
    assert (nodes["Garuda Indonesia"]["kbId"], nodes["Garuda Indonesia"]["wikidata"]) == \
        ("idx:GIAA", "Q1339829")
    # the ID is text like any other; a Wikidata value that is not a Q-ID is dropped
    assert nodes["Prabowo Subianto"]["kbId"] == SCRIPT
    assert "wikidata" not in nodes["Prabowo Subianto"]
    assert "kbId" not in nodes["Indonesia"] and "wikidata" not in nodes["Indonesia"]
    assert "kbId" not in nodes["Danantara"]
    assert SCRIPT not in page and "alert(1)//Q1" not in page and 'onclick="' not in page

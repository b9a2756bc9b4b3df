"""Tests of the GEXF export: read back with networkx, as Gephi would see it and restored."""

import copy
import json
import xml.etree.ElementTree as ET

import networkx as nx
import pytest

from kg.export.gexf import read_gexf, write_gexf

from .helpers import (
    HOSTILE,
    add_people_and_companies,
    add_quote,
    add_stake_and_partnership,
    goto_owns_evidence,
)


def make_graph():
    """A small contract graph: parallel edges, a self-loop, hostile text, missing attributes."""
    G = nx.MultiDiGraph(articles=[{"id": "a1", "title": HOSTILE, "lang": "en", "status": "ok"}],
                        created="2025-01-01T00:00:00+00:00", kg_version="0.1.0")
    add_people_and_companies(G, HOSTILE)
    G.add_node("kemendag", label="Kementerian Perdagangan — ñ 中文", type="ORG")
    G.add_node("x y/z")  # no attributes at all
    add_stake_and_partnership(G, goto_owns_evidence(), confidence=0.9)
    G.add_edge("goto", "tokopedia", key="competes_with", relation="competes_with",
               family="competition", confidence=1, modality="negated", evidence=[])
    G.add_edge("goto", "goto", key="owns", relation="owns", family="ownership", confidence=0.6,
               modality="asserted")
    add_quote(G, "tokopedia", HOSTILE)
    G.add_edge("zulhas", "kemendag", key="holds_role", relation="holds_role", family="role",
               confidence=0.7, modality="asserted", title="Menteri")
    return G


def test_round_trip_restores_nodes_edges_and_attributes(tmp_path):
    G = make_graph()
    path = tmp_path / "graph.gexf"
    write_gexf(G, path)
    H = read_gexf(path)
    assert isinstance(H, nx.MultiDiGraph)
    assert H.number_of_nodes() == G.number_of_nodes()
    assert H.number_of_edges() == G.number_of_edges()
    assert set(H.get_edge_data("goto", "tokopedia")) == {"owns", "partners_with", "competes_with"}
    assert H.has_edge("goto", "goto", "owns")  # the self-loop
    for node, attrs in G.nodes(data=True):
        expected = {"label": node, **attrs}  # a node without label gets its id as Gephi label
        assert H.nodes[node] == expected, node
    for u, v, key, attrs in G.edges(keys=True, data=True):
        assert H.edges[u, v, key] == attrs, (u, v, key)
    assert H.nodes["zulhas"]["aliases"][1] == HOSTILE
    assert H.edges["zulhas", "tokopedia", "said"]["evidence"][0]["sentence"] == HOSTILE


def test_round_trip_without_parallel_edges_keeps_keys(tmp_path):
    G = nx.MultiDiGraph()
    G.add_edge("a", "b", key="owns", relation="owns", confidence=0.5)
    write_gexf(G, tmp_path / "g.gexf")
    H = read_gexf(tmp_path / "g.gexf")
    assert list(H.edges(keys=True)) == [("a", "b", "owns")]


def test_what_gephi_sees(tmp_path):
    G = make_graph()
    path = tmp_path / "graph.gexf"
    write_gexf(G, path)
    H = nx.read_gexf(path)  # networkx's plain reader: scalars, GEXF ids, labels and weights
    assert H.is_multigraph() and H.number_of_edges() == G.number_of_edges()
    assert H.nodes["goto"]["label"] == 'GoTo "Group"'
    assert H.nodes["kemendag"]["label"] == "Kementerian Perdagangan — ñ 中文"
    assert json.loads(H.nodes["goto"]["aliases"]) == ["GoTo", "GOTO.JK", "Go;To"]
    for u, v, key, attrs in H.edges(keys=True, data=True):
        original = G.edges[u, v, key]
        assert attrs["label"] == original["relation"]
        assert attrs["weight"] == pytest.approx(original["confidence"])
        if "evidence" in original:
            assert json.loads(attrs["evidence"]) == original["evidence"]
        assert all(isinstance(x, (str, int, float, bool, dict)) for x in attrs.values())


def test_edge_ids_are_unique_and_colours_are_set(tmp_path):
    path = tmp_path / "graph.gexf"
    write_gexf(make_graph(), path)
    ns = {"g": "http://www.gexf.net/1.2draft", "viz": "http://www.gexf.net/1.2draft/viz"}
    root = ET.parse(path).getroot()
    edges = root.findall(".//g:edge", ns)
    ids = [e.get("id") for e in edges]
    assert len(ids) == 6 and len(set(ids)) == 6
    assert all(e.get("label") and e.get("weight") for e in edges)
    nodes = root.findall(".//g:node", ns)
    assert all(n.find("viz:color", ns) is not None for n in nodes)


def test_input_graph_is_not_changed(tmp_path):
    G = make_graph()
    before = copy.deepcopy(nx.node_link_data(G, edges="edges"))
    write_gexf(G, tmp_path / "graph.gexf")
    assert nx.node_link_data(G, edges="edges") == before


def test_reserved_names_and_control_characters(tmp_path):
    G = nx.MultiDiGraph()
    G.add_node("a", label="bell\x07and\x00nul", start="x", pid="p")
    G.add_edge("a", "a", key="k", relation="owns", type="t", weight="heavy", kg_note=1)
    path = tmp_path / "g.gexf"
    write_gexf(G, path)
    H = read_gexf(path)
    assert H.nodes["a"] == {"label": "bell\ufffdand\ufffdnul", "start": "x", "pid": "p"}
    assert H.edges["a", "a", "k"] == {"relation": "owns", "type": "t", "weight": "heavy",
                                      "kg_note": 1}


def test_mixed_attribute_types_are_unified(tmp_path):
    G = nx.MultiDiGraph()
    G.add_node("a", mentions=2, note=1)
    G.add_node("b", mentions=2.5, note="one")
    write_gexf(G, tmp_path / "g.gexf")
    H = read_gexf(tmp_path / "g.gexf")
    assert H.nodes["a"]["mentions"] == 2.0 and H.nodes["b"]["mentions"] == 2.5
    assert H.nodes["a"]["note"] == "1"


def test_empty_graph(tmp_path):
    write_gexf(nx.MultiDiGraph(), tmp_path / "g.gexf")
    assert read_gexf(tmp_path / "g.gexf").number_of_nodes() == 0


def test_sample_corpus_round_trip(samples_build, tmp_path):
    result, _ = samples_build
    G = result.graph
    path = tmp_path / "graph.gexf"
    write_gexf(G, path)
    H = read_gexf(path)
    assert (H.number_of_nodes(), H.number_of_edges()) == (G.number_of_nodes(),
                                                           G.number_of_edges())
    assert dict(H.nodes(data=True)) == dict(G.nodes(data=True))
    for u, v, key, attrs in G.edges(keys=True, data=True):
        assert H.edges[u, v, key] == attrs

"""The graph.json contract: built by kg.graph.assemble, round-tripped through networkx."""

import json

import networkx as nx

from kg.export.json import data_to_graph, graph_to_data, read_json, write_json
from kg.extract import RelationMention
from kg.graph.assemble import build_graph
from kg.graph.resolve import resolve
from kg.graph.schema import FAMILIES
from kg.ingest.article import Article
from kg.nlp.mentions import Mention


def sample_graph():
    sent = "Acme Holdings owns Beta Mart."
    a = Mention("a1", "Acme Holdings", "ORG", 0, 13, 0, len(sent), "en")
    b = Mention("a1", "Beta Mart", "ORG", 19, 28, 0, len(sent), "en")
    c = Mention("a2", "Beta Mart", "ORG", 0, 9, 0, 30, "id")
    d = Mention("a2", "PT Acme Holdings Tbk", "ORG", 20, 40, 0, 30, "id")
    entities, assignment = resolve([a, b, c, d], aliases=[])
    rels = [
        RelationMention(a, b, "owns", "ownership", 0.7, "a1", "en", sent, 0, len(sent)),
        RelationMention(d, c, "owns", "ownership", 0.6, "a2", "id", "Beta Mart milik Acme.", 0, 30),
        RelationMention(a, b, "said", "statement", 0.5, "a1", "en", sent, 0, len(sent), quote="hi"),
    ]
    articles = [Article("a1", "T1", "x", path="a1.txt", lang="en", lang_confidence=0.99),
                Article("a2", "T2", "y", path="a2.txt", lang="id", lang_confidence=0.98),
                Article("a3", "T3", "", path="a3.bin", status="error", error="binary file")]
    return build_graph(entities, rels, assignment, articles, created="2026-01-01T00:00:00+00:00")


def test_nodes_follow_contract():
    G = sample_graph()
    assert isinstance(G, nx.MultiDiGraph)
    acme = G.nodes["acme-holdings"]
    assert acme["label"] == "Acme Holdings"
    assert acme["type"] == "ORG" and acme["mentions"] == 2
    assert set(acme["aliases"]) == {"Acme Holdings", "PT Acme Holdings Tbk"}
    assert acme["languages"] == ["en", "id"] and acme["articles"] == ["a1", "a2"]


def test_same_triple_is_one_edge_with_all_evidence():
    G = sample_graph()
    owns = G.get_edge_data("acme-holdings", "beta-mart")
    assert set(owns) == {"owns", "said"}  # parallel edges kept, keyed by relation
    edge = owns["owns"]
    assert edge["family"] == "ownership" and len(edge["evidence"]) == 2
    assert edge["confidence"] > 0.7  # support raises confidence
    assert {e["lang"] for e in edge["evidence"]} == {"en", "id"}
    assert all({"article", "lang", "sentence", "start", "end"} <= set(e) for e in edge["evidence"])
    assert owns["said"]["quote"] == "hi"
    for *_, attrs in G.edges(data=True):
        assert attrs["family"] in FAMILIES and 0 <= attrs["confidence"] <= 1


def test_graph_attributes_account_for_every_article():
    G = sample_graph()
    assert [a["id"] for a in G.graph["articles"]] == ["a1", "a2", "a3"]
    bad = G.graph["articles"][2]
    assert bad["status"] == "error" and bad["error"] == "binary file"
    assert G.graph["created"] and G.graph["kg_version"]


def test_json_round_trip(tmp_path):
    G = sample_graph()
    path = tmp_path / "graph.json"
    write_json(G, path)
    data = json.loads(path.read_text(encoding="utf-8"))
    assert "edges" in data and "links" not in data
    assert {n["id"] for n in data["nodes"]} == {"acme-holdings", "beta-mart"}
    assert data["directed"] is True and data["multigraph"] is True
    H = read_json(path)
    assert nx.utils.graphs_equal(G, H)
    assert H.graph == G.graph
    assert data_to_graph(graph_to_data(G)).edges["acme-holdings", "beta-mart", "owns"] == \
        G.edges["acme-holdings", "beta-mart", "owns"]

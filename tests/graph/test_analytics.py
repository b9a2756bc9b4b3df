"""Tests of kg.graph.analytics: central entities, communities, speakers, regulation and
ownership chains."""

import json
import os
import subprocess
import sys
from pathlib import Path
from types import SimpleNamespace

import networkx as nx
import numpy as np
import pytest

from kg.graph import analytics
from kg.graph.analytics import (
    centrality,
    communities,
    counts,
    most_regulated,
    ownership_chains,
    summary,
    top_speakers,
    weighted_digraph,
)

ROOT = Path(__file__).resolve().parents[2]


def ev(article, start, sentence="A sentence."):
    return {"article": article, "lang": "en", "sentence": sentence, "start": start,
            "end": start + len(sentence)}


def make_graph():
    """ByteDance -owns-> TikTok -controls/acquires_stake-> Tokopedia <-owns- GoTo; a planned
    Tokopedia -> Bukalapak stake and a TikTok Shop merger (neither links a chain); the cycle
    Alpha -> Beta -> Gamma -> Alpha; statements by Zulkifli Hasan and Teten Masduki;
    regulation of TikTok Shop and GoTo; Jakarta alone."""
    G = nx.MultiDiGraph(articles=[
        {"id": "a1", "title": "One", "lang": "en", "status": "ok"},
        {"id": "a2", "title": "Dua", "lang": "id", "status": "ok"},
        {"id": "a3", "title": "Three", "lang": "en", "status": "ok"},
        {"id": "a4", "title": "Quatre", "lang": "fr", "status": "unsupported"},
        {"id": "a5", "title": "", "lang": None, "status": "error"}],
        created="2025-01-01T00:00:00+00:00", kg_version="0.1.0")
    nodes = [("bytedance", "ByteDance", "ORG", 12), ("tiktok", "TikTok", "ORG", 30),
             ("tokopedia", "Tokopedia", "ORG", 20), ("goto", "GoTo", "ORG", 10),
             ("tiktok-shop", "TikTok Shop", "ORG", 8), ("bukalapak", "Bukalapak", "ORG", 4),
             ("zulhas", "Zulkifli Hasan", "PERSON", 9), ("teten", "Teten Masduki", "PERSON", 6),
             ("kemendag", "Ministry of Trade", "ORG", 11),
             ("ojk", "Financial Services Authority", "ORG", 3),
             ("indonesia", "Indonesia", "GPE", 7), ("alpha", "Alpha Holdings", "ORG", 3),
             ("beta", "Beta Capital", "ORG", 5), ("gamma", "Gamma Ventures", "ORG", 1),
             ("jakarta", "Jakarta", "GPE", 2)]
    for key, label, kind, mentions in nodes:
        G.add_node(key, label=label, type=kind, aliases=[label], languages=["en"],
                   articles=["a1"], mentions=mentions, roles=[])

    def edge(u, v, relation, family, confidence=0.9, modality="asserted", evidence=None,
             **extra):
        G.add_edge(u, v, key=relation, relation=relation, family=family,
                   confidence=confidence, modality=modality,
                   evidence=evidence or [ev("a1", 0)], **extra)

    edge("bytedance", "tiktok", "owns", "ownership", 1.0)
    edge("tiktok", "tokopedia", "controls", "ownership", 0.9)
    edge("tiktok", "tokopedia", "acquires_stake", "ownership", 0.95)
    edge("goto", "tokopedia", "owns", "ownership", 0.8)
    edge("tokopedia", "bukalapak", "acquires_stake", "ownership", 0.6, modality="planned")
    edge("tiktok-shop", "tokopedia", "merges_with", "ownership", 0.8)
    edge("alpha", "beta", "owns", "ownership", 0.7)
    edge("beta", "gamma", "owns", "ownership", 0.7)
    edge("gamma", "alpha", "owns", "ownership", 0.7)
    both = ev("a1", 10, "Zulhas said TikTok and Tokopedia ...")
    edge("zulhas", "tiktok", "said", "statement", 0.9,
         evidence=[both, ev("a2", 0, "Kata Zulhas ...")], quote="TikTok is a social media app,")
    edge("zulhas", "tokopedia", "said", "statement", 0.6, evidence=[both])
    edge("teten", "tiktok", "criticized", "statement", 0.8, evidence=[ev("a3", 5)])
    edge("teten", "goto", "said", "statement", 0.5, modality="negated", evidence=[ev("a3", 40)])
    edge("zulhas", "kemendag", "holds_role", "role", 1.0, title="Minister of Trade")
    edge("kemendag", "tiktok-shop", "bans", "regulation", 0.9)
    edge("kemendag", "tiktok-shop", "requires", "regulation", 0.7)
    edge("indonesia", "tiktok-shop", "bans", "regulation", 0.6)
    edge("kemendag", "tiktok", "regulates", "regulation", 0.6, modality="planned")
    edge("ojk", "goto", "regulates", "regulation", 0.8)
    edge("tokopedia", "bukalapak", "competes_with", "competition", 0.5)
    return G


@pytest.fixture
def G():
    return make_graph()


# -- ownership chains ---------------------------------------------------------------------

def test_ownership_chains_exact(G):
    assert ownership_chains(G) == [
        {"path": ["Beta Capital", "Gamma Ventures", "Alpha Holdings"],
         "ids": ["beta", "gamma", "alpha"], "relations": ["owns", "owns"], "length": 2,
         "loops_to": "Beta Capital"},
        {"path": ["ByteDance", "TikTok", "Tokopedia"], "ids": ["bytedance", "tiktok", "tokopedia"],
         "relations": ["owns", "acquires_stake"], "length": 2, "loops_to": None},
    ]


def test_ownership_chains_min_length_one_adds_single_edges(G):
    paths = [" → ".join(c["path"]) for c in ownership_chains(G, min_length=1)]
    assert paths == ["Beta Capital → Gamma Ventures → Alpha Holdings",
                     "ByteDance → TikTok → Tokopedia", "GoTo → Tokopedia"]


def test_planned_ownership_joins_no_chain_until_asserted(G):
    assert all("Bukalapak" not in c["path"] for c in ownership_chains(G, min_length=1))
    G.edges["tokopedia", "bukalapak", "acquires_stake"]["modality"] = "asserted"
    assert [c["path"] for c in ownership_chains(G) if c["length"] == 3] == [
        ["ByteDance", "TikTok", "Tokopedia", "Bukalapak"]]


def test_merger_links_no_chain(G):
    assert all("TikTok Shop" not in c["path"] for c in ownership_chains(G, min_length=1))


def test_negated_ownership_links_no_chain(G):
    G.edges["bytedance", "tiktok", "owns"]["modality"] = "negated"
    assert [c["path"] for c in ownership_chains(G) if c["loops_to"] is None] == []


def test_cycle_with_an_outside_owner(G):
    G.add_node("omega", label="Omega Fund", type="ORG", mentions=1)
    G.add_edge("omega", "beta", key="owns", relation="owns", family="ownership",
               modality="asserted", confidence=0.9)
    cycle = [c for c in ownership_chains(G) if c["loops_to"]]
    # entered from the outside owner; and, as the only rotation no owner can extend,
    # the one starting at Alpha (its only owner, Gamma, is on the cycle)
    assert [(c["path"], c["loops_to"]) for c in cycle] == [
        (["Omega Fund", "Beta Capital", "Gamma Ventures", "Alpha Holdings"], "Beta Capital"),
        (["Alpha Holdings", "Beta Capital", "Gamma Ventures"], "Alpha Holdings")]


def test_ownership_chains_of_a_dag_with_branches():
    G = nx.MultiDiGraph()
    for u, v in [("a", "b"), ("b", "c"), ("b", "d"), ("x", "b"), ("d", "e")]:
        G.add_edge(u, v, relation="owns", family="ownership")  # no modality: asserted
    assert [c["ids"] for c in ownership_chains(G)] == [
        ["a", "b", "d", "e"], ["x", "b", "d", "e"], ["a", "b", "c"], ["x", "b", "c"]]


# -- speakers and regulation ----------------------------------------------------------------

def test_top_speakers_exact(G):
    assert top_speakers(G) == [
        {"id": "zulhas", "name": "Zulkifli Hasan", "type": "PERSON", "statements": 2,
         "topics": 2, "articles": 2, "about": ["TikTok", "Tokopedia"],
         "quote": "TikTok is a social media app,"},
        {"id": "teten", "name": "Teten Masduki", "type": "PERSON", "statements": 1,
         "topics": 1, "articles": 1, "about": ["TikTok"], "quote": None},
    ]
    assert [r["name"] for r in top_speakers(G, top=1)] == ["Zulkifli Hasan"]


def test_most_regulated_exact(G):
    assert most_regulated(G) == [
        {"id": "tiktok-shop", "name": "TikTok Shop", "type": "ORG", "actions": 3,
         "by": ["Ministry of Trade", "Indonesia"], "relations": ["bans", "requires"]},
        {"id": "goto", "name": "GoTo", "type": "ORG", "actions": 1,
         "by": ["Financial Services Authority"], "relations": ["regulates"]},
    ]


# -- centrality ---------------------------------------------------------------------------

def test_centrality_exact(G):
    top = centrality(G, top=5)
    assert [(r["name"], r["degree"], r["relations"]) for r in top] == [
        ("Tokopedia", 5, 7), ("Bukalapak", 1, 2),
        # a closed cycle keeps its rank: three equal PageRanks, ordered by name
        ("Alpha Holdings", 2, 2), ("Beta Capital", 2, 2), ("Gamma Ventures", 2, 2)]
    assert top[0] == {"id": "tokopedia", "name": "Tokopedia", "type": "ORG", "mentions": 20,
                      "degree": 5, "relations": 7, "pagerank": pytest.approx(0.155122, abs=1e-6)}
    everyone = centrality(G, top=None)
    assert len(everyone) == 15 and sum(r["pagerank"] for r in everyone) == pytest.approx(1, 1e-5)
    assert everyone[-1]["name"] == "Jakarta"


def test_pagerank_matches_the_google_matrix(G):
    D = weighted_digraph(G)
    M = nx.google_matrix(D, weight="weight", alpha=analytics.ALPHA)
    values, vectors = np.linalg.eig(M.T)
    principal = np.real(vectors[:, np.argmax(np.real(values))])
    expected = dict(zip(D, principal / principal.sum()))
    for record in centrality(G, top=None):
        assert record["pagerank"] == pytest.approx(expected[record["id"]], abs=2e-6)


def test_weighted_digraph_sums_confidence_of_parallel_edges(G):
    D = weighted_digraph(G)
    assert D["tiktok"]["tokopedia"]["weight"] == pytest.approx(1.85)
    assert D["kemendag"]["tiktok-shop"]["weight"] == pytest.approx(1.6)
    assert set(D) == set(G) and D.number_of_edges() == 17


# -- communities --------------------------------------------------------------------------

def test_communities_exact(G):
    assert [(c["label"], c["members"], c["size"], c["relations"]) for c in communities(G)] == [
        ("TikTok", ["TikTok", "Tokopedia", "ByteDance", "Teten Masduki", "Bukalapak"], 5, 6),
        ("Ministry of Trade", ["Ministry of Trade", "Zulkifli Hasan", "TikTok Shop", "Indonesia"],
         4, 4),
        ("Beta Capital", ["Beta Capital", "Alpha Holdings", "Gamma Ventures"], 3, 3),
        ("GoTo", ["GoTo", "Financial Services Authority"], 2, 1),
    ]
    # Jakarta has no relation: alone, so left out unless min_size=1
    assert ["Jakarta"] in [c["members"] for c in communities(G, min_size=1)]


def test_communities_are_deterministic(G):
    first = communities(G)
    assert communities(G) == first
    assert communities(make_graph(), seed=42) == first


def test_communities_do_not_depend_on_string_hashing(tmp_path):
    code = ("import json, sys; sys.path.insert(0, sys.argv[1]); "
            "from test_analytics import make_graph; from kg.graph.analytics import communities; "
            "print(json.dumps(communities(make_graph())))")
    outputs = set()
    for seed in ("1", "2", "12345"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        done = subprocess.run([sys.executable, "-c", code, str(Path(__file__).parent)],
                              capture_output=True, text=True, env=env, cwd=ROOT, check=True)
        outputs.add(done.stdout)
    assert len(outputs) == 1


# -- summary, counts, inputs ----------------------------------------------------------------

def test_counts_exact(G):
    assert counts(G) == {
        "entities": 15, "relations": 20, "articles": 5,
        "entity_types": {"ORG": 11, "PERSON": 2, "GPE": 2},
        "families": {"ownership": 9, "regulation": 5, "statement": 4, "role": 1,
                     "competition": 1},
        "modalities": {"asserted": 17, "planned": 2, "negated": 1},
        "articles_by_status": {"ok": 3, "unsupported": 1, "error": 1},
        "articles_by_language": {"en": {"ok": 2}, "fr": {"unsupported": 1}, "id": {"ok": 1},
                                 "unknown": {"error": 1}},
    }


def test_summary_holds_everything_and_is_json(G):
    result = summary(G, top=3)
    assert result["counts"]["communities"] == 4 and result["counts"]["ownership_chains"] == 2
    assert result["central"] == centrality(G, top=3)
    assert result["communities"] == communities(G)
    assert result["speakers"] == top_speakers(G, top=3)
    assert result["regulated"] == most_regulated(G, top=3)
    assert result["ownership_chains"] == ownership_chains(G)
    assert json.loads(json.dumps(result)) == result


def test_accepts_a_knowledge_graph_wrapper(G):
    assert summary(SimpleNamespace(nx=G)) == summary(G)


def test_does_not_modify_the_graph(G):
    before = nx.node_link_data(G, edges="edges")
    summary(G)
    assert nx.node_link_data(G, edges="edges") == before


def test_empty_graph():
    assert summary(nx.MultiDiGraph()) == {
        "counts": {"entities": 0, "relations": 0, "articles": 0, "entity_types": {},
                   "families": {}, "modalities": {}, "articles_by_status": {},
                   "articles_by_language": {}, "communities": 0, "ownership_chains": 0},
        "central": [], "communities": [], "speakers": [], "regulated": [],
        "ownership_chains": []}


def test_sloppy_attributes_do_not_break_anything():
    G = nx.MultiDiGraph(articles=[{"id": 1}, "junk"])
    G.add_node(1, label=None, mentions="many")
    G.add_node("b", label=["odd"], mentions=float("nan"), type=None)
    G.add_edge(1, "b", relation=None, family="ownership", confidence="high")
    G.add_edge("b", 1, family="statement", confidence=float("inf"), evidence="not a list")
    G.add_edge("b", "b", family="regulation")
    result = summary(G)
    assert [r["name"] for r in result["central"]] == ["1", "['odd']"]
    assert result["speakers"][0]["statements"] == 1
    assert result["regulated"] == []  # a self-loop regulates nothing
    assert result["counts"]["articles_by_language"] == {"unknown": {"unknown": 1}}


def test_summary_lists_the_longest_chains_and_counts_all(monkeypatch):
    monkeypatch.setattr(analytics, "SUMMARY_CHAINS", 1)
    result = summary(make_graph())
    assert result["counts"]["ownership_chains"] == 2
    assert result["ownership_chains"] == ownership_chains(make_graph())[:1]


def test_dense_ownership_stops_at_the_path_limit(monkeypatch):
    monkeypatch.setattr(analytics, "MAX_PATHS", 50)
    G = nx.MultiDiGraph()
    for u in range(12):
        for v in range(u + 1, 12):
            G.add_edge(u, v, relation="owns", family="ownership")
    chains = ownership_chains(G)
    assert 0 < len(chains) <= 50
    assert all(c["ids"][0] == 0 and c["ids"][-1] == 11 for c in chains)

"""Tests of kg.graph.subgraph: top entities, neighbourhoods and name look-up."""

import copy

import networkx as nx
import pytest

from kg.graph.subgraph import find_node, neighbourhood, top_nodes


def make_graph():
    """tiktok -> tokopedia <- goto, goto - gojek, kemendag -> tiktok, zulhas -> kemendag; lone."""
    G = nx.MultiDiGraph(articles=[{"id": "a1", "status": "ok"}],
                        created="2025-01-01T00:00:00Z", kg_version="0.1.0")
    nodes = [
        ("tiktok", "TikTok", "ORG", ["TikTok Shop", "Tik Tok"], 30),
        ("tokopedia", "Tokopedia", "ORG", ["Tokped"], 20),
        ("goto", "GoTo", "ORG", ["GOTO.JK", "GoTo Gojek Tokopedia"], 20),
        ("gojek", "Gojek", "ORG", [], 5),
        ("kemendag", "Ministry of Trade", "ORG", ["Kemendag", "Kementerian Perdagangan"], 8),
        ("zulhas", "Zulkifli Hasan", "PERSON", ["Zulhas", "Bang Zul"], 8),
        ("lone", "Lonely Law", "LAW", [], 1),
    ]
    for key, label, type_, aliases, mentions in nodes:
        G.add_node(key, label=label, type=type_, aliases=aliases, languages=["en", "id"],
                   articles=["a1"], mentions=mentions)
    ev = [{"article": "a1", "lang": "en", "sentence": "s", "start": 0, "end": 1}]
    G.add_edge("tiktok", "tokopedia", key="owns", relation="owns", family="ownership",
               confidence=0.9, evidence=ev, stake="75%")
    G.add_edge("tiktok", "tokopedia", key="invests_in", relation="invests_in",
               family="ownership", confidence=0.6, evidence=ev)
    G.add_edge("goto", "tokopedia", key="owns", relation="owns", family="ownership",
               confidence=0.8, evidence=ev)
    G.add_edge("goto", "gojek", key="owns", relation="owns", family="ownership",
               confidence=0.8, evidence=ev)
    G.add_edge("kemendag", "tiktok", key="bans", relation="bans", family="regulation",
               confidence=0.7, evidence=ev)
    G.add_edge("zulhas", "kemendag", key="holds_role", relation="holds_role", family="role",
               confidence=0.9, evidence=ev, title="Minister of Trade")
    return G


def assert_unchanged(G, before):
    assert nx.utils.graphs_equal(G, before)
    assert G.graph == before.graph
    assert dict(G.nodes(data=True)) == dict(before.nodes(data=True))
    assert list(G.edges(keys=True, data=True)) == list(before.edges(keys=True, data=True))


# find_node


@pytest.mark.parametrize("name, key", [
    ("tokopedia", "tokopedia"),          # key
    ("Tokopedia", "tokopedia"),          # label
    ("  ministry   OF trade ", "kemendag"),
    ("KEMENDAG", "kemendag"),            # alias (also the key)
    ("kementerian perdagangan", "kemendag"),
    ("Zulhas", "zulhas"),
    ("bang\tzul", "zulhas"),
    ("goto.jk", "goto"),
    ("TikTok Shop", "tiktok"),
])
def test_find_node_by_key_label_or_alias(name, key):
    assert find_node(make_graph(), name) == key


def test_find_node_prefers_key_then_label_then_alias():
    G = nx.MultiDiGraph()
    G.add_node("x", label="Alpha", aliases=["Beta"], mentions=100)
    G.add_node("y", label="Beta", aliases=["x"], mentions=1)
    assert find_node(G, "beta") == "y"      # label beats another node's alias
    assert find_node(G, "X") == "x"         # key beats another node's alias


def test_find_node_shared_alias_goes_to_most_mentioned():
    G = nx.MultiDiGraph()
    G.add_node("a", label="PT Alpha", aliases=["Alpha"], mentions=2)
    G.add_node("b", label="Alpha Group", aliases=["Alpha"], mentions=9)
    assert find_node(G, "alpha") == "b"


def test_find_node_unknown_suggests_close_names():
    with pytest.raises(KeyError) as exc:
        find_node(make_graph(), "Tokopdia")
    message = exc.value.args[0]
    assert message.startswith("no entity named 'Tokopdia'")
    assert "did you mean: Tokopedia" in message


def test_find_node_suggestions_are_at_most_three_one_per_entity():
    G = nx.MultiDiGraph()
    for i in range(6):
        G.add_node(i, label=f"Bank Rakyat {i}", aliases=[f"Bank Rakyat {i}x"])
    with pytest.raises(KeyError) as exc:
        find_node(G, "bank rakyat")
    suggested = exc.value.args[0].split("did you mean: ")[1].rstrip("?").split(", ")
    assert len(suggested) == 3
    assert len({s.split()[2][0] for s in suggested}) == 3  # three different entities


def test_find_node_unknown_without_close_names():
    with pytest.raises(KeyError) as exc:
        find_node(make_graph(), "Qwxyz")
    assert exc.value.args[0] == "no entity named 'Qwxyz'"
    with pytest.raises(KeyError):
        find_node(nx.MultiDiGraph(), "anything")


# top_nodes


def test_top_nodes_keeps_most_mentioned_and_edges_among_them():
    G = make_graph()
    H = top_nodes(G, 3)
    # tokopedia and goto tie on mentions (20); tokopedia has the higher degree (3 vs 2)
    assert list(H.nodes) == ["tiktok", "tokopedia", "goto"]
    assert sorted(H.edges(keys=True)) == [("goto", "tokopedia", "owns"),
                                          ("tiktok", "tokopedia", "invests_in"),
                                          ("tiktok", "tokopedia", "owns")]
    assert H.nodes["tiktok"] == G.nodes["tiktok"]
    assert H.edges["tiktok", "tokopedia", "owns"] == G.edges["tiktok", "tokopedia", "owns"]
    assert H.graph["view"] == "Top 3 of 7 entities by mentions"
    assert H.graph["articles"] == G.graph["articles"]
    assert H.graph["kg_version"] == "0.1.0"
    assert isinstance(H, nx.MultiDiGraph)


def test_top_nodes_ties_broken_by_degree_then_label():
    G = nx.MultiDiGraph()
    for key, label in [("z", "Zeta"), ("a", "Alpha"), ("m", "Mu"), ("b", "beta")]:
        G.add_node(key, label=label, mentions=5)
    G.add_edge("m", "z")
    assert set(top_nodes(G, 2)) == {"m", "z"}          # degree first
    assert set(top_nodes(G, 3)) == {"m", "z", "a"}     # then label, case-insensitively
    assert set(top_nodes(G, 4)) == {"m", "z", "a", "b"}


def test_top_nodes_is_deterministic_whatever_the_insertion_order():
    G = make_graph()
    R = nx.MultiDiGraph(**G.graph)
    R.add_nodes_from(reversed(list(G.nodes(data=True))))
    R.add_edges_from(reversed(list(G.edges(keys=True, data=True))))
    for n in range(G.number_of_nodes() + 1):
        assert set(top_nodes(G, n)) == set(top_nodes(R, n))


def test_top_nodes_tolerates_missing_or_bad_mentions():
    G = nx.MultiDiGraph()
    G.add_node("a", label="A")
    G.add_node("b", label="B", mentions="many")
    G.add_node("c", label="C", mentions=float("nan"))
    G.add_node("d", label="D", mentions=1)
    assert list(top_nodes(G, 2)) == ["a", "d"]


def test_top_nodes_n_at_least_size_keeps_all_and_zero_keeps_none():
    G = make_graph()
    H = top_nodes(G, 100)
    assert list(H.nodes) == list(G.nodes)
    assert H.number_of_edges() == G.number_of_edges()
    assert H.graph["view"] == "All 7 entities"
    E = top_nodes(G, 0)
    assert E.number_of_nodes() == 0 and E.graph["view"] == "Top 0 of 7 entities by mentions"
    assert top_nodes(nx.MultiDiGraph(), 5).number_of_nodes() == 0


@pytest.mark.parametrize("n", [-1, 1.5, "3", None, True])
def test_top_nodes_rejects_bad_n(n):
    with pytest.raises(ValueError):
        top_nodes(make_graph(), n)


def test_top_nodes_view_uses_thousands_separators():
    G = nx.MultiDiGraph()
    G.add_nodes_from((i, {"label": str(i), "mentions": i}) for i in range(2000))
    H = top_nodes(G, 1500)
    assert H.graph["view"] == "Top 1,500 of 2,000 entities by mentions"
    assert min(H) == 500


# neighbourhood


def test_neighbourhood_counts_hops_in_either_direction():
    G = make_graph()
    assert set(neighbourhood(G, "Tokopedia", hops=0)) == {"tokopedia"}
    # tokopedia <- tiktok, tokopedia <- goto
    assert set(neighbourhood(G, "Tokopedia", hops=1)) == {"tokopedia", "tiktok", "goto"}
    # + kemendag -> tiktok, goto -> gojek
    assert set(neighbourhood(G, "Tokopedia")) == {"tokopedia", "tiktok", "goto"}
    H = neighbourhood(G, "tokopedia", hops=2)
    assert set(H) == {"tokopedia", "tiktok", "goto", "kemendag", "gojek"}
    assert set(neighbourhood(G, "Tokopedia", hops=3)) == set(G) - {"lone"}
    assert set(neighbourhood(G, "Tokopedia", hops=50)) == set(G) - {"lone"}


def test_neighbourhood_keeps_all_edges_among_kept_nodes_in_order():
    G = make_graph()
    H = neighbourhood(G, "Tokopedia", hops=2)
    assert list(H.nodes) == [n for n in G.nodes if n in H]
    assert list(H.edges(keys=True, data=True)) == [
        e for e in G.edges(keys=True, data=True) if e[0] in H and e[1] in H]
    assert H.number_of_edges() == 5
    assert H.graph["view"] == "Tokopedia and entities within 2 hops: 5 of 7 entities"
    assert H.graph["articles"] == G.graph["articles"]


def test_neighbourhood_of_several_names_by_alias_and_case():
    G = make_graph()
    H = neighbourhood(G, ["zulhas", "GOJEK", "Lonely Law"], hops=1)
    assert set(H) == {"zulhas", "kemendag", "gojek", "goto", "lone"}
    assert H.graph["view"] == ("Zulkifli Hasan, Gojek, Lonely Law and entities within 1 hop: "
                               "5 of 7 entities")
    # the same entity named twice counts once
    assert neighbourhood(G, ["Zulhas", "Zulkifli Hasan"], hops=0).graph["view"] == (
        "Zulkifli Hasan: 1 of 7 entities")


def test_neighbourhood_view_counts_names_beyond_three():
    H = neighbourhood(make_graph(), ["tiktok", "goto", "gojek", "zulhas", "lone"], hops=1)
    assert H.graph["view"].startswith("TikTok, GoTo, Gojek and 2 more and entities within 1 hop")


def test_neighbourhood_unknown_name_raises_with_suggestion():
    with pytest.raises(KeyError) as exc:
        neighbourhood(make_graph(), ["TikTok", "Zulkifi Hasan"])
    assert "no entity named 'Zulkifi Hasan'" in exc.value.args[0]
    assert "Zulkifli Hasan" in exc.value.args[0]


@pytest.mark.parametrize("names, hops", [([], 1), ("TikTok", -1), ("TikTok", 1.0)])
def test_neighbourhood_rejects_bad_arguments(names, hops):
    with pytest.raises(ValueError):
        neighbourhood(make_graph(), names, hops=hops)


def test_neighbourhood_then_top_nodes_chains_views():
    G = make_graph()
    H = top_nodes(neighbourhood(G, "Tokopedia", hops=2), 2)
    assert set(H) == {"tiktok", "tokopedia"}
    assert H.graph["view"] == ("Tokopedia and entities within 2 hops: 5 of 7 entities; "
                               "top 2 of these by mentions")
    assert top_nodes(neighbourhood(G, "Tokopedia", hops=2), 10).graph["view"] == (
        "Tokopedia and entities within 2 hops: 5 of 7 entities")


# never mutate the input


def test_input_graph_is_not_modified():
    G = make_graph()
    before = copy.deepcopy(G)
    H = top_nodes(G, 3)
    K = neighbourhood(G, ["Tokopedia", "zulhas"], hops=1)
    find_node(G, "Kemendag")
    with pytest.raises(KeyError):
        find_node(G, "nobody")
    assert_unchanged(G, before)
    assert "view" not in G.graph
    # the results share no mutable attribute with the input
    H.nodes["tiktok"]["aliases"].append("changed")
    H.edges["tiktok", "tokopedia", "owns"]["evidence"][0]["sentence"] = "changed"
    H.graph["articles"].append({"id": "new"})
    K.nodes["zulhas"]["languages"].clear()
    K.graph["kg_version"] = "changed"
    assert_unchanged(G, before)

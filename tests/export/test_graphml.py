import networkx as nx

from kg.export.graphml import flatten, read_graphml, write_graphml


def graph():
    G = nx.MultiDiGraph(articles=[{"id": "a", "status": "ok"}], created="now")
    G.add_node("goto", label="GoTo", aliases=["GoTo", "GOTO.JK"], mentions=3, languages=["en"])
    G.add_edge("goto", "tokopedia", key="owns", relation="owns", confidence=0.7,
               evidence=[{"article": "a", "sentence": "GoTo owns Tokopedia.", "start": 0,
                          "end": 20}])
    G.add_edge("goto", "tokopedia", key="said", relation="said", confidence=0.5, quote=None)
    G.add_node("tokopedia", label="Tokopedia")
    return G


def test_flatten_leaves_input_alone():
    G = graph()
    before = dict(G.nodes["goto"])
    flatten(G)
    assert G.nodes["goto"] == before


def test_round_trip_restores_lists_and_parallel_edges(tmp_path):
    G = graph()
    path = tmp_path / "g.graphml"
    write_graphml(G, path)
    H = read_graphml(path)
    assert H.nodes["goto"]["aliases"] == ["GoTo", "GOTO.JK"]
    assert H.nodes["goto"]["mentions"] == 3
    assert set(H.get_edge_data("goto", "tokopedia")) == {"owns", "said"}
    assert H.edges["goto", "tokopedia", "owns"]["evidence"][0]["end"] == 20
    assert H.graph["articles"] == [{"id": "a", "status": "ok"}]


def test_networkx_reads_plain_file(tmp_path):
    path = tmp_path / "g.graphml"
    write_graphml(graph(), path)
    H = nx.read_graphml(path)  # what Gephi-like tools see: scalars only
    assert all(isinstance(v, (str, int, float, bool))
               for _, d in H.nodes(data=True) for v in d.values())

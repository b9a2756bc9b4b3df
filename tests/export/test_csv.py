import csv

import networkx as nx

from kg.export.csv import EDGE_COLUMNS, NODE_COLUMNS, read_csv, write_csv


def test_tables_round_trip(tmp_path):
    G = nx.MultiDiGraph()
    G.add_node("goto", id="goto", label="GoTo, Inc", type="ORG", aliases=["GoTo", 'GOTO "JK"'],
               languages=["en", "id"], articles=["a", "b"], mentions=4)
    G.add_node("tokopedia", id="tokopedia", label="Tokopedia", type="ORG")
    G.add_edge("goto", "tokopedia", key="owns", relation="owns", family="ownership",
               confidence=0.7, modality="asserted",
               evidence=[{"article": "a", "sentence": "GoTo owns\nTokopedia.", "start": 0, "end": 20},
                         {"article": "b", "sentence": "Lagi.", "start": 5, "end": 10}])
    write_csv(G, tmp_path / "nodes.csv", tmp_path / "edges.csv")
    nodes, edges = read_csv(tmp_path / "nodes.csv", tmp_path / "edges.csv")
    with open(tmp_path / "nodes.csv", newline="", encoding="utf-8") as fh:
        assert tuple(next(csv.reader(fh))) == NODE_COLUMNS
    with open(tmp_path / "edges.csv", newline="", encoding="utf-8") as fh:
        assert tuple(next(csv.reader(fh))) == EDGE_COLUMNS
    goto = next(n for n in nodes if n["id"] == "goto")
    assert goto["label"] == "GoTo, Inc" and goto["aliases"] == 'GoTo|GOTO "JK"'
    assert goto["mentions"] == "4"
    edge, = edges
    assert (edge["source"], edge["target"], edge["relation"]) == ("goto", "tokopedia", "owns")
    assert edge["source_label"] == "GoTo, Inc"
    assert edge["evidence_count"] == "2" and edge["articles"] == "a|b"
    assert edge["sentence"] == "GoTo owns\nTokopedia."

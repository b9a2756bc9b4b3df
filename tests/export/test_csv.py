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
               evidence=[{"article": "a", "sentence": "GoTo owns\nTokopedia.", "start": 0,
                          "end": 20},
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


# Cells a spreadsheet would run as a formula (OWASP's list of first characters), as article
# text and alias files can produce them.
FORMULAS = ['=HYPERLINK("http://evil.example","x") GoTo owns Tokopedia.', "@Bukalapak",
            "+cmd|' /C calc'!A0", "-2+3", "\tTab", "\rReturn"]


def _formula_graph():
    G = nx.MultiDiGraph()
    G.add_node("goto", label=FORMULAS[2], type="ORG", aliases=[FORMULAS[1], "GoTo"],
               roles=[FORMULAS[3]])
    G.add_node("=tokopedia", label="'quoted'", type="ORG")
    G.add_edge("goto", "=tokopedia", key="owns", relation="owns", family="ownership",
               confidence=0.7, stake=FORMULAS[4], amount=FORMULAS[5], quote="@quote",
               evidence=[{"article": "-a1", "sentence": FORMULAS[0], "start": 0, "end": 9}])
    return G


def test_no_cell_starts_a_formula(tmp_path):
    write_csv(_formula_graph(), tmp_path / "nodes.csv", tmp_path / "edges.csv")
    for name in ("nodes.csv", "edges.csv"):
        with open(tmp_path / name, newline="", encoding="utf-8") as fh:
            for row in csv.reader(fh):
                for cell in row:
                    assert cell[:1] not in ("=", "+", "-", "@", "\t", "\r"), (name, cell)


def test_neutralised_cells_read_back_as_written(tmp_path):
    write_csv(_formula_graph(), tmp_path / "nodes.csv", tmp_path / "edges.csv")
    nodes, edges = read_csv(tmp_path / "nodes.csv", tmp_path / "edges.csv")
    by_id = {n["id"]: n for n in nodes}
    assert by_id["goto"]["label"] == FORMULAS[2]
    assert by_id["goto"]["aliases"] == FORMULAS[1] + "|GoTo"
    assert by_id["goto"]["roles"] == FORMULAS[3]
    assert by_id["=tokopedia"]["label"] == "'quoted'"
    edge, = edges
    assert edge["target"] == "=tokopedia" and edge["sentence"] == FORMULAS[0]
    assert (edge["stake"], edge["amount"], edge["quote"]) == (FORMULAS[4], FORMULAS[5], "@quote")
    assert edge["articles"] == "-a1"


def test_spreadsheet_sees_text_with_a_quote_in_front(tmp_path):
    write_csv(_formula_graph(), tmp_path / "nodes.csv", tmp_path / "edges.csv")
    with open(tmp_path / "nodes.csv", newline="", encoding="utf-8") as fh:
        rows = {row["id"]: row for row in csv.DictReader(fh)}
    assert rows["goto"]["label"] == "'" + FORMULAS[2]
    assert rows["'=tokopedia"]["label"] == "''quoted'"

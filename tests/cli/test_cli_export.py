"""Tests of ``kg export``: a graph.json in each format, default paths and usage errors."""

import csv
import json

import networkx as nx
import pytest
from rdflib import Graph, URIRef

import kg.cli
from kg.cli import export as export_cli, main
from kg.export.gexf import read_gexf
from kg.export.graphml import read_graphml
from kg.export.rdf import KG

from .helpers import (
    BAD_GRAPHS,
    ask,
    assert_graph_error,
    assert_refuses_to_overwrite,
    exit_code,
    help_text,
    write_content,
)


@pytest.fixture(autouse=True)
def export_command(monkeypatch):
    """Register ``kg export`` whether or not kg.cli already lists it."""
    monkeypatch.setitem(kg.cli.COMMANDS, "export", export_cli)


@pytest.fixture
def graph():
    """GoTo owns and partners with Tokopedia, and owns itself; a quote and a newline in
    the evidence."""
    G = nx.MultiDiGraph(articles=[{"id": "a1", "title": "<b>t</b>", "lang": "en",
                                   "status": "ok"}],
                        created="2025-01-01T00:00:00+00:00", kg_version="0.1.0")
    G.add_node("goto", label="GoTo", type="ORG", aliases=["GoTo", "GOTO.JK"], languages=["en"],
               articles=["a1"], mentions=3, roles=[])
    G.add_node("tokopedia", label="Tokopedia", type="ORG", aliases=["Tokopedia"],
               languages=["en"], articles=["a1"], mentions=2, roles=[])
    ev = [{"article": "a1", "lang": "en", "sentence": 'GoTo "owns"\nTokopedia.', "start": 0,
           "end": 22}]
    for rel, family in (("owns", "ownership"), ("partners_with", "partnership")):
        G.add_edge("goto", "tokopedia", key=rel, relation=rel, family=family, confidence=0.8,
                   modality="asserted", evidence=ev)
    G.add_edge("goto", "goto", key="owns", relation="owns", family="ownership", confidence=0.5,
               modality="asserted", evidence=ev)
    return G


def listing(folder):
    return sorted(p.name for p in folder.iterdir())


def test_graphml_next_to_graph(graph_json, capsys):
    assert main(["export", str(graph_json), "--format", "graphml"]) == 0
    out = graph_json.parent / "graph.graphml"
    H = read_graphml(out)
    assert (H.number_of_nodes(), H.number_of_edges()) == (2, 3)
    assert H.nodes["goto"]["aliases"] == ["GoTo", "GOTO.JK"]
    assert f"kg: wrote {out} (2 entities, 3 relations)" in capsys.readouterr().out


def test_gexf_next_to_graph(graph_json):
    assert main(["export", str(graph_json), "--format", "gexf"]) == 0
    H = read_gexf(graph_json.parent / "graph.gexf")
    assert set(H.get_edge_data("goto", "tokopedia")) == {"owns", "partners_with"}
    assert H.has_edge("goto", "goto", "owns")
    assert listing(graph_json.parent) == ["graph.gexf", "graph.json"]


def test_csv_folder_next_to_graph(graph_json, capsys):
    assert main(["export", str(graph_json), "--format", "csv"]) == 0
    folder = graph_json.parent / "graph-csv"
    assert listing(folder) == ["edges.csv", "nodes.csv"]
    with open(folder / "edges.csv", encoding="utf-8", newline="") as fh:
        assert len(list(csv.DictReader(fh))) == 3
    assert "nodes.csv, edges.csv" in capsys.readouterr().out


def test_neo4j_folder_next_to_graph(graph_json):
    assert main(["export", str(graph_json), "--format", "neo4j"]) == 0
    folder = graph_json.parent / "graph-neo4j"
    assert listing(folder) == ["import.cypher", "nodes.csv", "relationships_OWNS.csv",
                               "relationships_PARTNERS_WITH.csv"]


def test_turtle_next_to_graph_and_base(graph_json, tmp_path):
    assert main(["export", str(graph_json), "--format", "turtle"]) == 0
    R = Graph().parse(graph_json.parent / "graph.ttl", format="turtle")
    assert (URIRef("urn:kg:entity:goto"), KG.owns, URIRef("urn:kg:entity:tokopedia")) in R
    out = tmp_path / "rdf" / "news.ttl"
    assert main(["export", str(graph_json), "--format", "turtle", "--out", str(out),
                 "--base", "urn:news:"]) == 0
    R = Graph().parse(out, format="turtle")
    assert (URIRef("urn:news:entity:goto"), KG.owns, URIRef("urn:news:entity:goto")) in R


@pytest.mark.parametrize("fmt, names", [
    ("gexf", None), ("graphml", None), ("turtle", None),
    ("csv", ["edges.csv", "nodes.csv"]),
    ("neo4j", ["import.cypher", "nodes.csv", "relationships_OWNS.csv",
               "relationships_PARTNERS_WITH.csv"]),
])
def test_out_creates_missing_folders(graph_json, tmp_path, fmt, names):
    out = tmp_path / "new" / "deeper" / ("export" if names else "export.file")
    assert main(["export", str(graph_json), "--format", fmt, "--out", str(out)]) == 0
    if names:
        assert listing(out) == names
    else:
        assert out.is_file() and out.stat().st_size > 0


@pytest.mark.parametrize("content, reason", BAD_GRAPHS)
@pytest.mark.parametrize("fmt", ["gexf", "neo4j"])
def test_bad_graph_is_usage_error(tmp_path, capsys, content, reason, fmt):
    path = write_content(tmp_path / "graph.json", content)
    assert_graph_error(capsys, path, reason, "export", path, "--format", fmt)
    assert listing(tmp_path) == ([] if content is None else ["graph.json"])


def test_graph_is_a_folder(tmp_path, capsys):
    code, _, err = ask(capsys, "export", tmp_path, "--format", "turtle", "--out",
                       tmp_path / "g.ttl")
    assert code == 2 and "cannot read" in err


def test_unknown_or_missing_format_rejected_by_argparse(graph_json, capsys):
    assert exit_code("export", graph_json, "--format", "xml") == 2
    assert "invalid choice: 'xml'" in capsys.readouterr().err
    assert exit_code("export", graph_json) == 2
    assert "--format" in capsys.readouterr().err


def test_base_only_for_turtle_and_checked(graph_json, capsys):
    assert main(["export", str(graph_json), "--format", "gexf", "--base", "urn:x:"]) == 2
    assert "--base applies to --format turtle only" in capsys.readouterr().err
    assert main(["export", str(graph_json), "--format", "turtle", "--base", "kg"]) == 2
    assert "--base: not a base IRI" in capsys.readouterr().err
    assert listing(graph_json.parent) == ["graph.json"]


def test_refuses_to_overwrite_the_graph(graph_json, capsys):
    assert_refuses_to_overwrite(capsys, graph_json, "export", "--format", "turtle")


def test_file_and_folder_mismatch(graph_json, tmp_path, capsys):
    assert main(["export", str(graph_json), "--format", "gexf", "--out", str(tmp_path)]) == 2
    assert "is a folder" in capsys.readouterr().err
    a_file = tmp_path / "some.txt"
    a_file.write_text("x", encoding="utf-8")
    assert main(["export", str(graph_json), "--format", "neo4j", "--out", str(a_file)]) == 2
    assert "is a file" in capsys.readouterr().err
    assert a_file.read_text(encoding="utf-8") == "x"


def test_empty_graph(empty_graph_json, tmp_path):
    for fmt in ("graphml", "gexf", "csv", "neo4j", "turtle"):
        assert main(["export", str(empty_graph_json), "--format", fmt]) == 0, fmt
    assert listing(tmp_path) == ["graph-csv", "graph-neo4j", "graph.gexf", "graph.graphml",
                                 "graph.json", "graph.ttl"]


def test_sample_corpus_every_format(samples_build, tmp_path, capsys):
    result, out = samples_build
    G = result.graph
    for fmt in ("graphml", "gexf", "csv", "neo4j", "turtle"):
        assert main(["export", str(out / "graph.json"), "--format", fmt,
                     "--out", str(tmp_path / fmt)]) == 0, fmt
    counts = f"({G.number_of_nodes()} entities, {G.number_of_edges()} relations)"
    assert capsys.readouterr().out.count(counts) == 5
    H = read_gexf(tmp_path / "gexf")
    assert H.number_of_edges() == G.number_of_edges()
    nodes = json.loads(json.dumps(dict(G.nodes(data=True))))
    assert dict(H.nodes(data=True)) == nodes


def test_help_lists_formats(capsys):
    out = help_text(capsys, "export")
    for word in ("graphml", "gexf", "csv", "neo4j", "turtle", "--out", "--base", "Exit codes"):
        assert word in out

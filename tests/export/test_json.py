"""graph.json read back: only regular files within a size limit, of a compatible kg
version, whose values have the contract's types; unknown fields are kept."""

import json
import os
import subprocess
import sys

import networkx as nx
import pytest

import kg.export.json as graph_json
from kg.about import __version__
from kg.cli import main
from kg.errors import GraphFileError
from kg.export.json import read_json, write_json
from kg.query.records import example_graph


@pytest.fixture
def path(tmp_path):
    path = tmp_path / "graph.json"
    write_json(example_graph(), path)
    return path


def edit(path, change):
    data = json.loads(path.read_text(encoding="utf-8"))
    change(data)
    path.write_text(json.dumps(data), encoding="utf-8")


def reason(path):
    with pytest.raises(GraphFileError) as caught:
        read_json(path)
    return caught.value.reason


def test_a_good_file_reads_and_keeps_unknown_fields(path):
    def add(data):
        data["graph"]["source"] = "newsroom export"
        data["nodes"][0]["sentiment"] = -0.25
        data["edges"][0]["evidence"][0]["page"] = 3
    edit(path, add)
    G = read_json(path)
    assert G.graph["source"] == "newsroom export"
    first = next(iter(G.nodes))
    assert G.nodes[first]["sentiment"] == -0.25
    u, v, attrs = next(iter(G.edges(data=True)))
    assert attrs["evidence"][0]["page"] == 3


@pytest.mark.parametrize("version", ["99.0.0", "1.0.0", "banana", 2])
def test_another_major_version_is_refused(path, version):
    edit(path, lambda data: data["graph"].update(kg_version=version))
    assert reason(path).startswith("not a graph this kg can read: written by kg")


def test_a_newer_minor_version_is_read(path):
    major = __version__.split(".")[0]
    edit(path, lambda data: data["graph"].update(kg_version=f"{major}.99.0"))
    assert read_json(path).number_of_nodes() == example_graph().number_of_nodes()


@pytest.mark.parametrize("where, field, value, words", [
    ("node", "type", "SPACESHIP", "type is 'SPACESHIP', not one of PERSON, ORG, GPE, LAW"),
    ("node", "mentions", "many", "mentions is 'many', not a whole number"),
    ("node", "aliases", "GoTo", "aliases is 'GoTo', not a list of strings"),
    ("node", "label", 7, "label is 7, not a string"),
    ("edge", "confidence", "high", "confidence is 'high', not a number from 0 to 1"),
    ("edge", "confidence", 3.5, "confidence is 3.5, not a number from 0 to 1"),
    ("edge", "family", "friendship", "family is 'friendship', not one of ownership"),
    ("edge", "modality", "maybe", "modality is 'maybe', not one of asserted"),
    ("edge", "evidence", "GoTo owns it", "evidence is not a list"),
    ("evidence", "start", -4, "start is -4, not a whole number"),
    ("evidence", "sentence", ["a"], "sentence is ['a'], not a string"),
    ("article", "status", "fine", "status is 'fine', not one of ok"),
])
def test_wrong_types_are_refused_with_where_and_why(path, where, field, value, words):
    def change(data):
        if where == "node":
            data["nodes"][0][field] = value
        elif where == "edge":
            data["edges"][0][field] = value
        elif where == "evidence":
            data["edges"][0]["evidence"][0][field] = value
        else:
            data["graph"]["articles"][0][field] = value
    edit(path, change)
    why = reason(path)
    assert why.startswith("not a kg graph.json: ") and words in why, why
    assert "\n" not in why


def test_missing_and_null_fields_are_allowed(tmp_path):
    G = nx.MultiDiGraph(articles=[{"id": "a1", "lang": None, "status": "error"}])
    G.add_node("bare")
    G.add_edge("bare", "bare", key="owns", relation="owns", quote=None)
    write_json(G, tmp_path / "graph.json")
    assert read_json(tmp_path / "graph.json").number_of_edges() == 1


def test_a_file_over_the_size_limit_is_refused(path):
    assert graph_json.MAX_GRAPH_BYTES == 1_000_000_000
    assert read_json(path, max_bytes=path.stat().st_size).number_of_nodes() > 0
    with pytest.raises(GraphFileError, match="is too large: .* > limit 100 bytes"):
        read_json(path, max_bytes=100)


@pytest.mark.skipif(not os.path.exists("/dev/zero"), reason="no /dev/zero here")
def test_an_endless_device_is_refused():
    with pytest.raises(GraphFileError, match="is not a regular file"):
        read_json("/dev/zero")


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
@pytest.mark.parametrize("command", [["stats"], ["query", "entity", "GoTo"], ["html"],
                                     ["export", "--format", "csv"], ["report", "--json"]])
def test_commands_refuse_a_fifo_at_once(tmp_path, command):
    fifo = tmp_path / "graph.json"
    os.mkfifo(fifo)
    name, *rest = command
    code = "import sys; from kg.cli import main; sys.exit(main(sys.argv[1:]))"
    proc = subprocess.run([sys.executable, "-c", code, name, str(fifo), *rest],
                          capture_output=True, text=True, timeout=120)
    assert proc.returncode == 2
    line, = proc.stderr.strip().splitlines()
    assert line.startswith("kg: error: ") and f"{fifo}" in line and "not a regular file" in line


def test_commands_refuse_an_incompatible_graph_in_one_line(path, capsys):
    edit(path, lambda data: data["graph"].update(kg_version="99.0.0"))
    assert main(["stats", str(path)]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "written by kg '99.0.0'" in err[0]

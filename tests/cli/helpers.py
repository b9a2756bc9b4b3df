"""Helpers shared by the tests of the ``kg`` commands: small graphs to write as graph.json,
bad graph.json files, and running ``kg`` with what it prints.

The fixtures that write graph.json files (``graph_json``, ``empty_graph_json``) are in
conftest.py."""

import json
import re

import networkx as nx
import pytest

from kg.cli import main

# ``(content of graph.json, what the error names)``: None writes no file at all.
BAD_GRAPHS = [
    (None, "cannot read"),
    ("{not json", "not valid JSON"),
    (b"\xff\xfe\x00garbage", "cannot read"),
    ("[1, 2]", "not a kg graph.json"),
    ('{"nodes": []}', "not a kg graph.json"),
    ('{"nodes": 5, "edges": []}', "not a kg graph.json"),
]


def news_graph(articles, entities, relations):
    """A graph as ``kg build`` writes it: ``entities`` as ``(key, label, type, mentions,
    aliases)`` seen in English in article a1; ``relations`` as ``(source, target, relation,
    family)``, asserted with confidence 0.9 on one sentence of a1."""
    G = nx.MultiDiGraph(articles=articles, created="2025-01-01T00:00:00Z", kg_version="0.1.0")
    ev = [{"article": "a1", "lang": "en", "sentence": "A sentence.", "start": 0, "end": 11}]
    for key, label, kind, mentions, aliases in entities:
        G.add_node(key, label=label, type=kind, aliases=aliases, languages=["en"],
                   articles=["a1"], mentions=mentions)
    for u, v, relation, family in relations:
        G.add_edge(u, v, key=relation, relation=relation, family=family, confidence=0.9,
                   modality="asserted", evidence=ev)
    return G


def write_content(path, content):
    """Write ``content`` (text, bytes, or None for no file) to ``path``; return ``path``."""
    if isinstance(content, bytes):
        path.write_bytes(content)
    elif content is not None:
        path.write_text(content, encoding="utf-8")
    return path


def ask(capsys, *argv):
    """``(exit code, stdout, stderr)`` of ``kg ARGV``."""
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


def exit_code(*argv):
    """The code argparse exits ``kg ARGV`` with (through SystemExit)."""
    with pytest.raises(SystemExit) as exc:
        main([str(a) for a in argv])
    return exc.value.code


def help_text(capsys, command):
    """What ``kg COMMAND --help`` prints."""
    with pytest.raises(SystemExit):
        main([command, "--help"])
    return capsys.readouterr().out


def assert_graph_error(capsys, path, reason, *argv):
    """``kg ARGV`` exits 2 with "kg: error: ..." naming ``path`` and ``reason``; returns
    what it printed on stdout."""
    code, out, err = ask(capsys, *argv)
    assert code == 2
    assert err.startswith("kg: error: ") and reason in err and str(path) in err
    return out


def assert_refuses_to_overwrite(capsys, graph_json, command, *options):
    """``kg COMMAND GRAPH_JSON OPTIONS --out GRAPH_JSON`` exits 2, says it will not overwrite
    graph.json, and leaves it as it was."""
    before = graph_json.read_bytes()
    assert main([command, str(graph_json), *options, "--out", str(graph_json)]) == 2
    assert "overwrite" in capsys.readouterr().err
    assert graph_json.read_bytes() == before


def page_labels(path):
    """Labels of the nodes drawn on a page written by kg.export.html."""
    page = path.read_text(encoding="utf-8")
    match = re.search(r"nodes = new vis\.DataSet\((.*?)\);\n", page)
    return {node["label"] for node in json.loads(match.group(1))}

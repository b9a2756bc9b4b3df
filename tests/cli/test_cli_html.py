"""Tests of ``kg html``: the page of a graph.json, whole or in part."""

import html
import json
import re

import networkx as nx
import pytest

from kg.cli import main
from kg.export.json import write_json


def make_graph():
    """A chain Alpha Corp -> Bravo Holdings -> Charlie Bank -> Delta Ministry, plus Echo Law."""
    G = nx.MultiDiGraph(articles=[{"id": "a1", "title": "t", "status": "ok"}],
                        created="2025-01-01T00:00:00Z", kg_version="0.1.0")
    nodes = [("alpha", "Alpha Corp", ["AlphaCo"], 9), ("bravo", "Bravo Holdings", [], 7),
             ("charlie", "Charlie Bank", ["Bank C"], 5), ("delta", "Delta Ministry", [], 3),
             ("echo", "Echo Law", [], 1)]
    for key, label, aliases, mentions in nodes:
        G.add_node(key, label=label, type="ORG", aliases=aliases, languages=["en"],
                   articles=["a1"], mentions=mentions)
    ev = [{"article": "a1", "lang": "en", "sentence": "A sentence.", "start": 0, "end": 11}]
    for u, v in [("alpha", "bravo"), ("bravo", "charlie"), ("charlie", "delta")]:
        G.add_edge(u, v, key="owns", relation="owns", family="ownership", confidence=0.9,
                   modality="asserted", evidence=ev)
    return G


LABELS = ["Alpha Corp", "Bravo Holdings", "Charlie Bank", "Delta Ministry", "Echo Law"]


@pytest.fixture
def graph_json(tmp_path):
    path = tmp_path / "out" / "graph.json"
    path.parent.mkdir()
    write_json(make_graph(), path)
    return path


def page_labels(path):
    """Labels of the nodes drawn on a page written by kg.export.html."""
    page = path.read_text(encoding="utf-8")
    match = re.search(r"nodes = new vis\.DataSet\((.*?)\);\n", page)
    return {node["label"] for node in json.loads(match.group(1))}


def assert_shows(path, kept, view=None):
    """The page draws exactly the ``kept`` labels; the others are nowhere but in its view."""
    page = path.read_text(encoding="utf-8")
    assert page_labels(path) == set(kept)
    if view:
        assert html.escape(view) in page  # the header tells what part is shown
        page = page.replace(html.escape(view), "")
    for label in LABELS:
        assert (label in page) == (label in kept), label


def test_html_whole_graph_next_to_graph_json(graph_json, capsys):
    assert main(["html", str(graph_json)]) == 0
    out = graph_json.parent / "graph.html"
    assert_shows(out, LABELS)
    assert str(out) in capsys.readouterr().out
    assert not (graph_json.parent / "graph-view.html").exists()


def test_html_max_nodes_writes_graph_view(graph_json, capsys):
    assert main(["html", str(graph_json), "--max-nodes", "2"]) == 0
    out = graph_json.parent / "graph-view.html"
    assert_shows(out, ["Alpha Corp", "Bravo Holdings"], view="Top 2 of 5 entities by mentions")
    stdout = capsys.readouterr().out
    assert str(out) in stdout and "Top 2 of 5 entities by mentions" in stdout
    assert not (graph_json.parent / "graph.html").exists()


def test_html_focus_with_hops(graph_json):
    assert main(["html", str(graph_json), "--focus", "charlie bank", "--hops", "1"]) == 0
    assert_shows(graph_json.parent / "graph-view.html",
                 ["Bravo Holdings", "Charlie Bank", "Delta Ministry"],
                 view="Charlie Bank and entities within 1 hop: 3 of 5 entities")


def test_html_focus_default_two_hops_repeated_focus_and_alias(graph_json, tmp_path):
    out = tmp_path / "views" / "mine.html"
    assert main(["html", str(graph_json), "--focus", "alphaco", "--focus", "ECHO LAW",
                 "--out", str(out)]) == 0
    assert_shows(out, ["Alpha Corp", "Bravo Holdings", "Charlie Bank", "Echo Law"],
                 view="Alpha Corp, Echo Law and entities within 2 hops: 4 of 5 entities")


def test_html_focus_then_max_nodes(graph_json, capsys):
    assert main(["html", str(graph_json), "--focus", "Delta Ministry", "--max-nodes", "2",
                 "--title", "Delta <view>"]) == 0
    out = graph_json.parent / "graph-view.html"
    # within 2 hops: Bravo (7), Charlie (5), Delta (3); the top 2 of those
    view = ("Delta Ministry and entities within 2 hops: 3 of 5 entities; "
            "top 2 of these by mentions")
    assert_shows(out, ["Bravo Holdings", "Charlie Bank"], view=view)
    assert "<title>Delta &lt;view&gt;</title>" in out.read_text(encoding="utf-8")
    assert view in capsys.readouterr().out


def test_html_unknown_focus_is_usage_error_with_suggestion(graph_json, capsys):
    assert main(["html", str(graph_json), "--focus", "Charly Bank"]) == 2
    err = capsys.readouterr().err
    assert "no entity named 'Charly Bank'" in err and "did you mean: Charlie Bank" in err
    assert sorted(p.name for p in graph_json.parent.iterdir()) == ["graph.json"]


@pytest.mark.parametrize("content, reason", [
    (None, "cannot read"),
    ("{not json", "not valid JSON"),
    (b"\xff\xfe\x00garbage", "cannot read"),
    ("[1, 2]", "not a kg graph.json"),
    ('{"nodes": []}', "not a kg graph.json"),
    ('{"nodes": 5, "edges": []}', "not a kg graph.json"),
])
def test_html_bad_graph_is_usage_error(tmp_path, capsys, content, reason):
    path = tmp_path / "graph.json"
    if isinstance(content, bytes):
        path.write_bytes(content)
    elif content is not None:
        path.write_text(content, encoding="utf-8")
    assert main(["html", str(path)]) == 2
    err = capsys.readouterr().err
    assert err.startswith("kg: error: ") and reason in err and str(path) in err
    assert not (tmp_path / "graph.html").exists()


def test_html_graph_is_a_folder(tmp_path, capsys):
    assert main(["html", str(tmp_path)]) == 2
    assert "cannot read" in capsys.readouterr().err


def test_html_refuses_to_overwrite_the_graph(graph_json, capsys):
    before = graph_json.read_bytes()
    assert main(["html", str(graph_json), "--out", str(graph_json)]) == 2
    assert "overwrite" in capsys.readouterr().err
    assert graph_json.read_bytes() == before


def test_html_hops_needs_focus(graph_json, capsys):
    assert main(["html", str(graph_json), "--hops", "1"]) == 2
    assert "--hops needs --focus" in capsys.readouterr().err


@pytest.mark.parametrize("option, value", [("--max-nodes", "0"), ("--max-nodes", "x"),
                                           ("--hops", "-1")])
def test_html_bad_numbers_are_usage_errors(graph_json, capsys, option, value):
    with pytest.raises(SystemExit) as exc:
        main(["html", str(graph_json), "--focus", "Alpha Corp", option, value])
    assert exc.value.code == 2
    assert option in capsys.readouterr().err


def test_html_empty_graph(tmp_path):
    path = tmp_path / "graph.json"
    write_json(nx.MultiDiGraph(articles=[]), path)
    assert main(["html", str(path), "--max-nodes", "3"]) == 0
    assert "The graph is empty" in (tmp_path / "graph-view.html").read_text(encoding="utf-8")


def test_html_help_lists_options(capsys):
    with pytest.raises(SystemExit):
        main(["html", "--help"])
    out = capsys.readouterr().out
    for option in ("--out", "--focus", "--hops", "--max-nodes", "--title", "Exit codes"):
        assert option in out

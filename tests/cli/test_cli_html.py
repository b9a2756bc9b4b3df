"""Tests of ``kg html``: the page of a graph.json, whole or in part."""

import html

import pytest

from kg.cli import main

from .helpers import (
    BAD_GRAPHS,
    ask,
    assert_graph_error,
    assert_refuses_to_overwrite,
    exit_code,
    help_text,
    news_graph,
    page_labels,
    write_content,
)


@pytest.fixture
def graph():
    """A chain Alpha Corp -> Bravo Holdings -> Charlie Bank -> Delta Ministry, plus Echo Law."""
    return news_graph(
        [{"id": "a1", "title": "t", "status": "ok"}],
        [("alpha", "Alpha Corp", "ORG", 9, ["AlphaCo"]), ("bravo", "Bravo Holdings", "ORG", 7, []),
         ("charlie", "Charlie Bank", "ORG", 5, ["Bank C"]),
         ("delta", "Delta Ministry", "ORG", 3, []), ("echo", "Echo Law", "ORG", 1, [])],
        [("alpha", "bravo", "owns", "ownership"), ("bravo", "charlie", "owns", "ownership"),
         ("charlie", "delta", "owns", "ownership")])


LABELS = ["Alpha Corp", "Bravo Holdings", "Charlie Bank", "Delta Ministry", "Echo Law"]


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


@pytest.mark.parametrize("content, reason", BAD_GRAPHS)
def test_html_bad_graph_is_usage_error(tmp_path, capsys, content, reason):
    path = write_content(tmp_path / "graph.json", content)
    assert_graph_error(capsys, path, reason, "html", path)
    assert not (tmp_path / "graph.html").exists()


def test_html_graph_is_a_folder(tmp_path, capsys):
    code, _, err = ask(capsys, "html", tmp_path)
    assert code == 2 and "cannot read" in err


def test_html_refuses_to_overwrite_the_graph(graph_json, capsys):
    assert_refuses_to_overwrite(capsys, graph_json, "html")


def test_html_hops_needs_focus(graph_json, capsys):
    assert main(["html", str(graph_json), "--hops", "1"]) == 2
    assert "--hops needs --focus" in capsys.readouterr().err


@pytest.mark.parametrize("option, value", [("--max-nodes", "0"), ("--max-nodes", "x"),
                                           ("--hops", "-1")])
def test_html_bad_numbers_are_usage_errors(graph_json, capsys, option, value):
    assert exit_code("html", graph_json, "--focus", "Alpha Corp", option, value) == 2
    assert option in capsys.readouterr().err


def test_html_empty_graph(empty_graph_json):
    assert main(["html", str(empty_graph_json), "--max-nodes", "3"]) == 0
    page = (empty_graph_json.parent / "graph-view.html").read_text(encoding="utf-8")
    assert "The graph is empty" in page


def test_html_help_lists_options(capsys):
    out = help_text(capsys, "html")
    for option in ("--out", "--focus", "--hops", "--max-nodes", "--title", "Exit codes"):
        assert option in out

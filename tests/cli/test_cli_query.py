"""Tests of ``kg query`` and ``kg stats`` on a small graph.json."""

import json

import pytest

import kg.cli
from kg.cli import query as query_cmd, stats as stats_cmd
from kg.export.json import write_json
from kg.query.records import example_graph

from .helpers import ask, exit_code, help_text, write_content

LONG = "Alibaba said it plans to buy a stake in GoTo " + "after very long talks " * 10 + "end."


@pytest.fixture(autouse=True)
def commands(monkeypatch):
    """Register the two commands (as kg/cli/__init__.py's COMMANDS does)."""
    monkeypatch.setitem(kg.cli.COMMANDS, "query", query_cmd)
    monkeypatch.setitem(kg.cli.COMMANDS, "stats", stats_cmd)


@pytest.fixture
def graph_json(tmp_path):
    """The example graph, plus Alibaba's planned stake in GoTo and a lone law."""
    G = example_graph()
    G.add_node("alibaba", label="Alibaba", type="ORG", aliases=["Alibaba"], languages=["en"],
               articles=["en1"], mentions=1, roles=[])
    G.add_node("law", label="Lonely Law", type="LAW", aliases=[], languages=["en"],
               articles=["en1"], mentions=1, roles=[])
    G.add_edge("alibaba", "goto", key="acquires_stake", relation="acquires_stake",
               family="ownership", confidence=0.6, modality="planned", stake="10%",
               evidence=[{"article": "en1", "lang": "en", "sentence": LONG, "start": 0,
                          "end": len(LONG), "modality": "planned", "confidence": 0.6}])
    path = tmp_path / "graph.json"
    write_json(G, path)
    return str(path)


def test_owners_table(graph_json, capsys):
    code, out, err = ask(capsys, "query", graph_json, "owners", "Tokopedia")
    assert code == 0 and err == ""
    lines = out.splitlines()
    assert lines[0].split() == ["OWNER", "DEPTH", "CHAIN", "RELATIONS", "MODALITY"]
    assert set(lines[1]) <= {"-", " "}
    assert lines[2].split()[:2] == ["GoTo", "1"]
    assert "TikTok > Tokopedia" in lines[3] and "controls (75%)" in lines[3]
    assert len(lines) == 4
    assert all(line == line.rstrip() for line in lines)


def test_owners_transitive_and_json(graph_json, capsys):
    code, out, _ = ask(capsys, "query", graph_json, "owners", "tokopedia", "--transitive")
    assert code == 0 and "ByteDance > TikTok > Tokopedia" in out and "owns > controls" in out
    code, out, _ = ask(capsys, "query", graph_json, "owners", "Tokopedia", "--transitive",
                       "--json")
    records = json.loads(out)
    top = records[-1]
    assert (top["entity"], top["chain"], top["depth"], top["modality"]) == (
        "ByteDance", ["ByteDance", "TikTok", "Tokopedia"], 2, "asserted")
    assert [r["relation"] for r in top["relations"]] == ["owns", "controls"]
    assert top["relations"][1]["evidence"][0]["article_title"] == \
        "TikTok takes control of Tokopedia"


def test_planned_ownership_needs_all_modalities(graph_json, capsys):
    code, out, _ = ask(capsys, "query", graph_json, "owners", "GOTO.JK")
    assert code == 0 and out.startswith("no result") and "--all-modalities" in out
    code, out, _ = ask(capsys, "query", graph_json, "owners", "GoTo", "--all-modalities")
    assert "Alibaba" in out and "planned" in out and "acquires_stake (10%)" in out
    code, out, _ = ask(capsys, "query", graph_json, "owners", "GoTo", "--json")
    assert code == 0 and json.loads(out) == []


def test_subsidiaries(graph_json, capsys):
    code, out, _ = ask(capsys, "query", graph_json, "subsidiaries", "ByteDance", "--transitive")
    assert code == 0 and out.splitlines()[0].startswith("SUBSIDIARY")
    assert "ByteDance > TikTok > Tokopedia" in out


def test_regulators(graph_json, capsys):
    code, out, _ = ask(capsys, "query", graph_json, "regulators", "TikTok")
    assert code == 0
    assert "Ministry of Trade" in out and "regulates" in out
    assert "TikTok takes control of Tokopedia" in out  # the article's title


def test_statements(graph_json, capsys):
    code, out, _ = ask(capsys, "query", graph_json, "statements", "--by", "Teten Masduki")
    assert code == 0 and "\u201cTikTok harus patuh,\u201d" in out
    assert "Teten: TikTok harus patuh aturan" in out and "Zulkifli" not in out
    code, out, _ = ask(capsys, "query", graph_json, "statements", "--about", "tokopedia",
                       "--json")
    [record] = json.loads(out)
    assert (record["speaker"], record["about"], record["quote"]) == (
        "Zulkifli Hasan", "Tokopedia", "Tokopedia does the selling.")
    assert record["evidence"][0]["lang"] == "en"
    code, out, _ = ask(capsys, "query", graph_json, "statements", "--by", "Zulhas", "--about",
                       "TikTok")
    assert code == 0 and out.startswith("no result")
    code, out, _ = ask(capsys, "query", graph_json, "statements")
    assert out.count("said") == 2


def test_roles(graph_json, capsys):
    for name in ("Zulhas", "Kemendag"):
        code, out, _ = ask(capsys, "query", graph_json, "roles", name)
        assert code == 0
        assert out.splitlines()[2].split()[:5] == ["Zulkifli", "Hasan", "Minister", "of",
                                                   "Trade"]


def test_neighbors(graph_json, capsys):
    code, out, _ = ask(capsys, "query", graph_json, "neighbors", "TikTok")
    assert code == 0
    assert "<-owns-" in out and "-controls->" in out and "<-regulates-" in out
    code, out, _ = ask(capsys, "query", graph_json, "neighbors", "TikTok", "--family",
                       "ownership", "--json")
    assert [n["name"] for n in json.loads(out)] == ["ByteDance", "Tokopedia"]


def test_path(graph_json, capsys):
    code, out, _ = ask(capsys, "query", graph_json, "path", "ByteDance", "GoTo")
    assert code == 0
    rows = out.splitlines()[2:]
    assert [r.split()[:4] for r in rows] == [["1", "ByteDance", "-owns->", "TikTok"],
                                             ["2", "TikTok", "-controls->", "Tokopedia"],
                                             ["3", "Tokopedia", "<-owns-", "GoTo"]]
    code, out, _ = ask(capsys, "query", graph_json, "path", "GoTo", "ByteDance", "--json")
    assert [s["direction"] for s in json.loads(out)] == ["forward", "backward", "backward"]


def test_path_not_found_and_same(graph_json, capsys):
    code, out, _ = ask(capsys, "query", graph_json, "path", "Lonely Law", "TikTok")
    assert code == 0 and out.strip() == "no path between Lonely Law and TikTok"
    code, out, _ = ask(capsys, "query", graph_json, "path", "Lonely Law", "TikTok", "--json")
    assert json.loads(out) is None
    code, out, _ = ask(capsys, "query", graph_json, "path", "Zulhas", "zulkifli hasan")
    assert code == 0 and "same entity" in out


def test_entity(graph_json, capsys):
    code, out, _ = ask(capsys, "query", graph_json, "entity", "kemendag")
    assert code == 0
    fields = dict(line.split(None, 1) for line in out.splitlines() if len(line.split()) > 1)
    assert fields["name"] == "Ministry of Trade" and fields["type"] == "ORG"
    assert fields["aliases"] == "Kemendag, Kementerian Perdagangan"
    code, out, _ = ask(capsys, "query", graph_json, "entity", "Zulhas", "--json")
    [record] = json.loads(out)
    assert record["id"] == "zulhas" and record["aliases"] == ["Zulkifli Hasan", "Zulhas"]


def test_relations_filters_and_truncation(graph_json, capsys):
    code, out, _ = ask(capsys, "query", graph_json, "relations", "--family", "ownership")
    assert code == 0 and len(out.splitlines()) == 2 + 4
    line = next(row for row in out.splitlines() if row.startswith("Alibaba"))
    assert line.endswith("...") and len(line) < len(LONG)  # long sentences are cut
    code, out, _ = ask(capsys, "query", graph_json, "relations", "--family", "ownership",
                       "--asserted-only", "--json")
    assert {r["modality"] for r in json.loads(out)} == {"asserted"}
    code, out, _ = ask(capsys, "query", graph_json, "relations", "--lang", "id", "--json")
    assert [r["source"] for r in json.loads(out)] == ["Teten Masduki"]
    code, out, _ = ask(capsys, "query", graph_json, "relations", "--source", "tiktok",
                       "--target", "TOKOPEDIA", "--relation", "controls",
                       "--min-confidence", "0.7", "--json")
    [record] = json.loads(out)
    assert (record["stake"], record["source_id"]) == ("75%", "tiktok")
    code, out, _ = ask(capsys, "query", graph_json, "relations", "--min-confidence", "0.9")
    assert out.startswith("no result") and "--all-modalities" not in out


def test_unknown_entity_exits_2_with_suggestion(graph_json, capsys):
    for argv in (["owners", "Tokopdia"], ["statements", "--by", "Tokopdia"],
                 ["path", "TikTok", "Tokopdia"], ["relations", "--target", "Tokopdia"]):
        code, out, err = ask(capsys, "query", graph_json, *argv)
        assert code == 2 and out == ""
        assert err.strip() == "kg: error: no entity named 'Tokopdia'; did you mean: Tokopedia?"


@pytest.mark.parametrize("content, message", [
    (None, "cannot read"),
    ("{oops", "is not valid JSON"),
    ('{"directed": true}', "is not a kg graph.json"),
    (b"\xff\xfe\x00\x01", "is not valid JSON"),
])
def test_bad_graph_file_exits_2(tmp_path, capsys, content, message):
    path = write_content(tmp_path / "graph.json", content)
    for argv in (["query", path, "owners", "TikTok"], ["stats", path]):
        code, out, err = ask(capsys, *argv)
        assert code == 2 and out == ""
        assert err.startswith("kg: error: ") and message in err and "Traceback" not in err


@pytest.mark.parametrize("argv", [
    ["owners"],                                  # no name
    ["neighbors", "TikTok", "--family", "owner"],  # not a family
    ["relations", "--min-confidence", "2"],
    ["explain", "TikTok"],                       # not a question
])
def test_usage_errors(graph_json, capsys, argv):
    assert exit_code("query", graph_json, *argv) == 2


def test_query_help_documents_exit_codes(capsys):
    out = help_text(capsys, "query")
    assert "Exit codes" in out and "owners" in out and "statements" in out


def test_stats(graph_json, capsys):
    code, out, _ = ask(capsys, "stats", graph_json)
    assert code == 0
    lines = out.splitlines()
    assert lines[0].split()[:5] == ["entities", "9", "by", "type:", "ORG"]
    assert "by modality: asserted 7, planned 1" in out
    assert "by language: en 1, id 1" in out
    code, out, _ = ask(capsys, "stats", graph_json, "--json")
    stats = json.loads(out)
    assert stats["relations"]["by_family"]["ownership"] == 4
    assert stats["articles"] == {"total": 2, "by_status": {"ok": 2},
                                 "by_language": {"en": 1, "id": 1}}


def test_stats_of_a_view_says_so(tmp_path, capsys):
    from kg.graph.subgraph import neighbourhood

    path = tmp_path / "view.json"
    write_json(neighbourhood(example_graph(), "GoTo"), path)
    code, out, _ = ask(capsys, "stats", path)
    assert code == 0 and out.startswith("view: GoTo and entities within 1 hop")


def test_a_reader_that_leaves_early_gets_no_traceback(tmp_path):
    import subprocess
    import sys

    G = example_graph()
    u, v, attrs = next(iter(G.edges(data=True)))
    for i in range(2000):  # far more output than a pipe buffers
        G.add_edge(u, v, key=f"copy{i}", **attrs)
    path = tmp_path / "graph.json"
    write_json(G, path)
    # a pipe closed after the first bytes, as `kg query ... --json | head -c 10` does
    proc = subprocess.Popen([sys.executable, "-m", "kg", "query", str(path), "relations",
                             "--json"], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    proc.stdout.read(10)
    proc.stdout.close()
    err = proc.stderr.read().decode()
    proc.wait(timeout=60)
    assert "Traceback" not in err and "BrokenPipe" not in err, err

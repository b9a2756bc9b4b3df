"""Tests of ``kg report``: summary.html (or JSON) of a graph.json."""

import json
import shutil

import pytest

import kg.cli
from kg.cli import main, report as report_command

from .helpers import (
    BAD_GRAPHS,
    ask,
    assert_graph_error,
    assert_refuses_to_overwrite,
    exit_code,
    help_text,
    news_graph,
    write_content,
)


@pytest.fixture(autouse=True)
def registered(monkeypatch):
    """``kg report`` as it will be once kg/cli/__init__.py lists it."""
    monkeypatch.setitem(kg.cli.COMMANDS, "report", report_command)


@pytest.fixture
def graph():
    """ByteDance -owns-> TikTok -controls-> Tokopedia; Zulkifli Hasan speaks about TikTok;
    the Ministry of Trade bans TikTok Shop."""
    return news_graph(
        [{"id": "a1", "title": "t", "lang": "en", "status": "ok"}],
        [("bytedance", "ByteDance", "ORG", 5, []), ("tiktok", "TikTok", "ORG", 9, []),
         ("tokopedia", "Tokopedia", "ORG", 7, []), ("zulhas", "Zulkifli Hasan", "PERSON", 3, []),
         ("kemendag", "Ministry of Trade", "ORG", 4, []), ("shop", "TikTok Shop", "ORG", 2, [])],
        [("bytedance", "tiktok", "owns", "ownership"),
         ("tiktok", "tokopedia", "controls", "ownership"),
         ("zulhas", "tiktok", "said", "statement"),
         ("kemendag", "shop", "bans", "regulation")])


def test_report_writes_summary_next_to_the_graph(graph_json, capsys):
    assert main(["report", str(graph_json)]) == 0
    out = graph_json.parent / "summary.html"
    assert capsys.readouterr().out.strip() == f"kg: wrote {out}"
    page = out.read_text(encoding="utf-8")
    assert "ByteDance → TikTok → Tokopedia" in page and "Zulkifli Hasan" in page
    assert sorted(p.name for p in graph_json.parent.iterdir()) == ["graph.json", "summary.html"]


def test_report_out_and_title(graph_json, tmp_path, capsys):
    out = tmp_path / "new" / "folder" / "report.html"
    assert main(["report", str(graph_json), "--out", str(out), "--title", "Weekly <news>",
                 "--top", "1"]) == 0
    page = out.read_text(encoding="utf-8")
    assert "<title>Weekly &lt;news&gt;</title>" in page
    assert str(out) in capsys.readouterr().out
    assert not (graph_json.parent / "summary.html").exists()


def test_report_json(graph_json, capsys):
    assert main(["report", str(graph_json), "--json", "--top", "2"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert sorted(data) == ["central", "communities", "counts", "ownership_chains",
                            "regulated", "speakers"]
    assert [c["path"] for c in data["ownership_chains"]] == [["ByteDance", "TikTok", "Tokopedia"]]
    assert data["speakers"][0]["name"] == "Zulkifli Hasan"
    assert data["regulated"][0]["by"] == ["Ministry of Trade"]
    assert len(data["central"]) == 2 and data["counts"]["entities"] == 6
    assert not (graph_json.parent / "summary.html").exists()


def test_report_json_and_out_together_is_usage_error(graph_json, capsys):
    assert exit_code("report", graph_json, "--json", "--out", "x.html") == 2
    assert "not allowed with argument" in capsys.readouterr().err


@pytest.mark.parametrize("content, reason", BAD_GRAPHS)
@pytest.mark.parametrize("json_flag", [[], ["--json"]])
def test_report_bad_graph_is_usage_error(tmp_path, capsys, content, reason, json_flag):
    path = write_content(tmp_path / "graph.json", content)
    out = assert_graph_error(capsys, path, reason, "report", path, *json_flag)
    assert out == ""
    assert not (tmp_path / "summary.html").exists()


def test_report_graph_is_a_folder(tmp_path, capsys):
    code, _, err = ask(capsys, "report", tmp_path)
    assert code == 2 and "cannot read" in err


def test_report_refuses_to_overwrite_the_graph(graph_json, capsys):
    assert_refuses_to_overwrite(capsys, graph_json, "report")


def test_report_unwritable_out_is_usage_error(graph_json, capsys):
    blocker = graph_json.parent / "file"
    blocker.write_text("x", encoding="utf-8")
    assert main(["report", str(graph_json), "--out", str(blocker / "summary.html")]) == 2
    assert "cannot write" in capsys.readouterr().err


@pytest.mark.parametrize("value", ["0", "x"])
def test_report_bad_top_is_usage_error(graph_json, capsys, value):
    assert exit_code("report", graph_json, "--top", value) == 2
    assert "--top" in capsys.readouterr().err


def test_report_empty_graph(empty_graph_json):
    assert main(["report", str(empty_graph_json)]) == 0
    page = (empty_graph_json.parent / "summary.html").read_text(encoding="utf-8")
    assert "No ownership chain" in page


def test_report_help_lists_options(capsys):
    out = help_text(capsys, "report")
    for option in ("--out", "--json", "--top", "--title", "Exit codes"):
        assert option in out
    from kg.export.summary import DEFAULT_TITLE
    assert DEFAULT_TITLE in " ".join(out.split())


def test_report_on_the_sample_corpus(samples_build, tmp_path, capsys):
    """``kg report outputs/graph.json`` writes outputs/summary.html naming the top speaker."""
    from kg.graph.analytics import top_speakers

    result, built = samples_build
    out = tmp_path / "outputs"  # a copy: the shared build folder is left as it is
    out.mkdir()
    shutil.copy(built / "graph.json", out / "graph.json")
    assert main(["report", str(out / "graph.json")]) == 0
    page = (out / "summary.html").read_text(encoding="utf-8")
    assert f"kg: wrote {out / 'summary.html'}" in capsys.readouterr().out
    top = top_speakers(result.graph, top=1)[0]["name"]
    assert top in page.split('<section id="speakers">')[1].split("</section>")[0]
    assert "ByteDance → TikTok" in page

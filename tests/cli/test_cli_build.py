import csv
import json
import subprocess
import sys

from kg.about import __version__
from kg.cli import main
from kg.export.json import read_json
from kg.graph.subgraph import top_nodes

from .helpers import exit_code, help_text, page_labels


def test_version(capsys):
    assert exit_code("--version") == 0
    assert __version__ in capsys.readouterr().out


def test_no_command_prints_help(capsys):
    assert main([]) == 2
    assert "build" in capsys.readouterr().err


def test_build_help_documents_exit_codes(capsys):
    out = help_text(capsys, "build")
    assert "--out" in out and "Exit codes" in out
    for code in ("0 all inputs built", "1 some input failed", "2 usage error", "3 some articles",
                 "130 interrupted"):
        assert code in " ".join(out.split()), code


def test_module_entry_point_builds_a_file(tmp_path):
    src = tmp_path / "a.md"
    src.write_text("# Tokopedia deal\n\nTikTok acquired a 75% stake in Tokopedia from GoTo, "
                   "the companies said in Jakarta on Monday.\n", encoding="utf-8")
    out = tmp_path / "out"
    proc = subprocess.run([sys.executable, "-m", "kg", "build", str(src), "--out", str(out)],
                          capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stderr
    assert "1 article (1 ok; en 1)" in proc.stdout
    graph = json.loads((out / "graph.json").read_text(encoding="utf-8"))
    assert graph["graph"]["articles"][0]["title"] == "Tokopedia deal"
    assert graph["graph"]["articles"][0]["lang"] == "en"


def test_cli_builds_samples(samples_dir, tmp_path, capsys):
    out = tmp_path / "outputs"
    assert main(["build", str(samples_dir), "--out", str(out)]) == 0
    assert sorted(p.name for p in out.iterdir()) == sorted(
        ["graph.json", "graph.html", "graph.graphml", "nodes.csv", "edges.csv", "report.json",
         ".kg-cache.sqlite"])
    assert capsys.readouterr().err == ""  # nothing to complain about


def test_cli_builds_seeds(seeds_dir, tmp_path):
    out = tmp_path / "seeds"
    assert main(["build", str(seeds_dir), "--out", str(out), "-q", "--no-html"]) == 0
    graph = json.loads((out / "graph.json").read_text(encoding="utf-8"))
    langs = {a["id"][:3]: a["lang"] for a in graph["graph"]["articles"]}
    assert langs == {"000": "en", "001": "en", "002": "en", "003": "en", "004": "id"}
    assert not (out / "graph.html").exists()


def test_cli_aliases_file_merges_and_bad_file_is_usage_error(tmp_path, capsys):
    src = tmp_path / "in"
    src.mkdir()
    (src / "a.txt").write_text(
        "Deal\nAcme Nusantara said on Monday that it had bought a stake in Tokopedia, "
        "the company told reporters in Jakarta.\n", encoding="utf-8")
    (src / "b.txt").write_text(
        "Kesepakatan\nACMN mengatakan pada hari Senin bahwa perusahaan telah membeli saham "
        "Tokopedia, kata perusahaan itu kepada wartawan di Jakarta.\n", encoding="utf-8")
    aliases = tmp_path / "aliases.yaml"
    aliases.write_text("- canonical: Acme Nusantara\n  type: ORG\n  aliases: [ACMN]\n",
                       encoding="utf-8")
    out = tmp_path / "out"
    assert main(["build", str(src), "--out", str(out), "-q", "--no-html",
                 "--aliases", str(aliases)]) == 0
    nodes = json.loads((out / "graph.json").read_text(encoding="utf-8"))["nodes"]
    acme = [n for n in nodes if n["label"] == "Acme Nusantara"]
    assert len(acme) == 1 and set(acme[0]["articles"]) == {"a", "b"}
    assert main(["build", str(src), "--out", str(out), "--aliases",
                 str(tmp_path / "missing.csv")]) == 2
    assert "cannot use --aliases" in capsys.readouterr().err


def test_cli_refuses_a_bad_alias_file_in_one_line_before_any_article(
        bad_alias_file, finishing, tmp_path, capsys, monkeypatch):
    path, reason = bad_alias_file
    src = tmp_path / "in"
    src.mkdir()
    (src / "a.txt").write_text("Deal\nAcme Nusantara bought a stake in Tokopedia, the company "
                               "told reporters in Jakarta on Monday.\n", encoding="utf-8")
    out = tmp_path / "out"

    def no_build(*args, **kwargs):
        raise AssertionError("articles were read before the alias file was checked")

    monkeypatch.setattr("kg.cli.build.build", no_build)
    kind, code = finishing(main, ["build", str(src), "--out", str(out), "--aliases", str(path)])
    err = capsys.readouterr().err
    assert (kind, code) == ("returned", 2), code
    assert err.startswith(f"kg: cannot use --aliases {path}: ") and err.count("\n") == 1, err
    assert [f for f in reason if f not in err] == [], err
    assert not out.exists()


def test_cli_html_max_nodes_limits_only_the_page(tmp_path, capsys):
    src = tmp_path / "a.md"
    src.write_text("# Tokopedia deal\n\nTikTok acquired a 75% stake in Tokopedia from GoTo, "
                   "the companies said in Jakarta on Monday. The Ministry of Trade said "
                   "Bank Indonesia would review the deal.\n", encoding="utf-8")

    out = tmp_path / "out"
    assert main(["build", str(src), "--out", str(out), "--html-max-nodes", "2"]) == 0
    G = read_json(out / "graph.json")
    total = G.number_of_nodes()
    assert total > 2
    top = top_nodes(G, 2)
    assert page_labels(out / "graph.html") == {label for _, label in top.nodes(data="label")}
    with open(out / "nodes.csv", encoding="utf-8", newline="") as fh:
        assert len(list(csv.DictReader(fh))) == total  # the other exports stay complete
    report = json.loads((out / "report.json").read_text(encoding="utf-8"))
    view = f"Top 2 of {total} entities by mentions"
    assert report["html"] == {"entities": 2, "relations": top.number_of_edges(), "view": view}
    assert report["entities"]["total"] == total
    stdout = capsys.readouterr().out
    assert f"graph.html shows part of the graph ({view})" in stdout

    # a limit the graph does not exceed changes nothing
    whole = tmp_path / "whole"
    assert main(["build", str(src), "--out", str(whole), "--html-max-nodes", str(total)]) == 0
    assert page_labels(whole / "graph.html") == set(dict(G.nodes(data="label")).values())
    report = json.loads((whole / "report.json").read_text(encoding="utf-8"))
    assert report["html"] == {"entities": total, "relations": G.number_of_edges(), "view": None}
    assert "shows part" not in capsys.readouterr().out


def test_cli_html_max_nodes_must_be_positive(tmp_path, capsys):
    assert exit_code("build", tmp_path, "--html-max-nodes", "0") == 2
    assert "--html-max-nodes" in capsys.readouterr().err


def test_cli_kb_file_links_a_mention_and_bad_file_is_usage_error(tmp_path, capsys,
                                                                 monkeypatch):
    src = tmp_path / "in"
    src.mkdir()
    (src / "a.txt").write_text(
        "Deal\nPT Acme Nusantara Tbk bought a 20% stake in Tokopedia last week, according "
        "to a filing with the stock exchange in Jakarta.\n", encoding="utf-8")
    kb = tmp_path / "mine.jsonl"
    kb.write_text('{"id": "org:acme", "name": "Acme Nusantara Group", "type": "ORG", '
                  '"aliases": ["Acme Nusantara"], "wikidata": "Q4999999"}\n', encoding="utf-8")
    out = tmp_path / "out"
    assert main(["build", str(src), "--out", str(out), "-q", "--no-html", "--kb", str(kb)]) == 0
    nodes = json.loads((out / "graph.json").read_text(encoding="utf-8"))["nodes"]
    acme = [n for n in nodes if n.get("kb_id") == "org:acme"]
    assert len(acme) == 1 and acme[0]["label"] == "Acme Nusantara Group"
    assert acme[0]["wikidata"] == "Q4999999"

    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"id": "org:acme", "name": "Acme", "type": "ORG"}\n{"id": "acme"}\n',
                   encoding="utf-8")

    def no_build(*args, **kwargs):
        raise AssertionError("articles were read before the kb file was checked")

    monkeypatch.setattr("kg.cli.build.build", no_build)
    out2 = tmp_path / "out2"
    assert main(["build", str(src), "--out", str(out2), "--kb", str(kb), "--kb",
                 str(bad)]) == 2
    err = capsys.readouterr().err
    assert err.startswith(f"kg: cannot use --kb {bad}:2: ") and err.count("\n") == 1, err
    assert not out2.exists()

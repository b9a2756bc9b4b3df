"""Bad input is reported, never lost, and never stops the build."""

import csv
import json

import pytest

from kg.cli import main

EN = ("The Ministry of Trade banned TikTok Shop from selling goods in Indonesia, "
      "Trade Minister Zulkifli Hasan told reporters in Jakarta on Monday.")
EN2 = ("GoTo said on Tuesday that TikTok would invest more than 1.5 billion dollars "
       "in Tokopedia over the next few years as part of the partnership.")
FR = ("Le ministère du Commerce a interdit la vente en ligne sur les réseaux sociaux, "
      "a déclaré le ministre lundi lors d'une conférence de presse à Jakarta.")
ZH = ("印度尼西亚贸易部禁止在社交媒体上销售商品，抖音商店因此关闭了在当地的业务。"
      "两个月后，抖音与当地最大的科技公司达成协议，收购了电商平台的多数股份。")


@pytest.fixture(scope="module")
def bad_folder(tmp_path_factory):
    d = tmp_path_factory.mktemp("bad")
    (d / "good.txt").write_text("Ban on social commerce\n" + EN, encoding="utf-8")
    (d / "copy.txt").write_text("Ban on social commerce\n" + EN + "\n", encoding="utf-8")
    (d / "binary.txt").write_bytes(b"\x00\x01\x02PNG\x00" * 100)
    (d / "empty.txt").write_text("", encoding="utf-8")
    (d / "french.txt").write_text("Titre\n" + FR, encoding="utf-8")
    (d / "chinese.txt").write_text("标题\n" + ZH, encoding="utf-8")
    (d / "short.txt").write_text("Hi\nOk.", encoding="utf-8")
    rows = [json.dumps({"id": "row1", "title": "Deal", "text": EN2}), "{not json",
            json.dumps({"id": "row3", "title": "Again", "text": EN2 + " Analysts welcomed it."})]
    (d / "feed.jsonl").write_text("\n".join(rows) + "\n", encoding="utf-8")
    with open(d / "huge.txt", "wb") as fh:
        fh.truncate(50 * 1024 * 1024)  # sparse 50 MB file
    return d


@pytest.fixture(scope="module")
def bad_run(bad_folder, tmp_path_factory):
    out = tmp_path_factory.mktemp("out")
    code = main(["build", str(bad_folder), "--out", str(out)])
    report = json.loads((out / "report.json").read_text(encoding="utf-8"))
    graph = json.loads((out / "graph.json").read_text(encoding="utf-8"))
    return code, report, graph


def test_exit_code_says_some_input_failed(bad_run):
    assert bad_run[0] == 1


def test_every_input_accounted_for(bad_run):
    _, report, graph = bad_run
    # 9 files, the jsonl holding 3 rows
    assert report["articles"]["total"] == 11
    assert len(graph["graph"]["articles"]) == 11
    counts = report["articles"]["by_status"]
    assert counts == {"ok": 3, "duplicate": 1, "unsupported": 2, "too_short": 1, "error": 4}


@pytest.mark.parametrize("name,status,words", [
    ("binary.txt", "error", "binary"),
    ("empty.txt", "error", "empty"),
    ("huge.txt", "error", "too large"),
    ("feed.jsonl:2", "error", "json"),
    ("french.txt", "unsupported", "'fr'"),
    ("chinese.txt", "unsupported", "'zh'"),
    ("short.txt", "too_short", "short"),
    ("good.txt", "duplicate", "copy"),  # folders are read in sorted order: copy.txt first
])
def test_each_problem_reported_with_reason(bad_run, name, status, words):
    problems = {p["path"].rsplit("/", 1)[-1]: p for p in bad_run[1]["problems"]}
    assert name in problems, sorted(problems)
    assert problems[name]["status"] == status
    assert words.lower() in problems[name]["error"].lower()


def test_stderr_has_one_line_per_problem(bad_folder, tmp_path, capsys):
    main(["build", str(bad_folder), "--out", str(tmp_path)])
    err = capsys.readouterr().err.strip().splitlines()
    assert len([line for line in err if line.startswith("kg: ")]) == 8
    assert any("binary.txt" in line and "error" in line for line in err)


def test_rest_of_corpus_still_built(bad_run):
    _, _, graph = bad_run
    labels = {n["label"] for n in graph["nodes"]}
    assert {"TikTok Shop", "Tokopedia"} <= labels


def test_only_skips_exit_3(tmp_path):
    (tmp_path / "a.txt").write_text("Title\n" + EN, encoding="utf-8")
    (tmp_path / "b.txt").write_text("Titre\n" + FR, encoding="utf-8")
    assert main(["build", str(tmp_path), "--out", str(tmp_path / "o"), "-q"]) == 3


def test_no_input_is_usage_error(tmp_path, capsys):
    (tmp_path / "empty_dir").mkdir()
    assert main(["build", str(tmp_path / "empty_dir"), "--out", str(tmp_path / "o")]) == 2
    assert "no input" in capsys.readouterr().err


def test_article_text_starts_no_formula_in_the_csv_outputs(tmp_path):
    # a pasted spreadsheet formula and a handle open paragraphs of an article
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text(
        "GoTo and Tokopedia\n"
        '=HYPERLINK("http://evil.example","x") GoTo owns a majority stake in Tokopedia, '
        "the company said in Jakarta on Monday.\n\n"
        "@Bukalapak said on Tuesday that Bukalapak would compete with Tokopedia and Shopee "
        "in Indonesia for many years.\n", encoding="utf-8")
    out = tmp_path / "out"
    assert main(["build", str(tmp_path / "in"), "--out", str(out), "-q"]) == 0
    assert main(["export", str(out / "graph.json"), "--format", "neo4j",
                 "--out", str(tmp_path / "neo4j")]) == 0
    cells = []
    for path in [out / "nodes.csv", out / "edges.csv", *(tmp_path / "neo4j").glob("*.csv")]:
        with open(path, newline="", encoding="utf-8") as fh:
            cells += [cell for row in csv.reader(fh) for cell in row]
    starts = [cell for cell in cells if cell[:1] in ("=", "+", "-", "@", "\t", "\r")]
    assert not starts
    assert any(cell.startswith("'=HYPERLINK(") for cell in cells)
    assert any(cell.startswith("'@Bukalapak") for cell in cells)


def test_summary_of_a_run_with_only_errors_reads_as_a_sentence(tmp_path, capsys):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "scan.txt").write_bytes(b"\x00\x01\x02PNG\x00" * 100)
    assert main(["build", str(tmp_path / "in"), "--out", str(tmp_path / "out")]) == 1
    summary = capsys.readouterr().out.strip()
    assert summary.startswith("kg: 1 article (1 error) -> 0 entities, 0 edges in "), summary

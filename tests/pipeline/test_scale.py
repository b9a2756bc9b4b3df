"""Streaming, parallel, incremental, crash-safe and distributed builds give one graph."""

import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

import kg.pipeline.driver as pipeline
from kg.cli import main
from kg.pipeline.driver import CACHE_NAME, build
from kg.pipeline.engines import InProcess

ROOT = Path(__file__).resolve().parents[2]

NEW_ARTICLE = ("Blibli opens a warehouse in Surabaya\n\n"
               "Blibli, the online retailer owned by Djarum Group, opened a warehouse in "
               "Surabaya on Tuesday. Chief executive Kusumo Martanto said the company would "
               "hire 300 workers there.\n")


def graph_data(out):
    data = json.loads((Path(out) / "graph.json").read_text(encoding="utf-8"))
    data["graph"].pop("created")
    return data


def clean_build(folder, out):
    build([folder], out, cache=False)
    return graph_data(out)


@pytest.fixture
def corpus(samples_dir, tmp_path):
    folder = tmp_path / "corpus"
    shutil.copytree(samples_dir, folder)
    return folder


def test_rebuild_processes_only_new_changed_and_gives_the_clean_graph(corpus, tmp_path):
    out = tmp_path / "out"
    first = build([corpus], out)
    total = first.report["articles"]["total"]
    assert first.report["cache"]["processed"] == total and first.report["cache"]["reused"] == 0
    assert (out / CACHE_NAME).is_file()

    (corpus / "zz_blibli.txt").write_text(NEW_ARTICLE, encoding="utf-8")
    again = build([corpus], out)
    assert again.report["cache"]["processed"] == 1
    assert again.report["cache"]["reused"] == total
    assert graph_data(out) == clean_build(corpus, tmp_path / "clean1")
    assert "blibli" in {n.lower() for n in again.graph.nodes}

    victim = sorted(corpus.glob("en_*.txt"))[0]
    victim.write_text(victim.read_text(encoding="utf-8").replace("TikTok", "TikTok Shop", 1),
                      encoding="utf-8")
    (corpus / "zz_blibli.txt").unlink()
    third = build([corpus], out)
    assert third.report["cache"]["processed"] == 1 and third.report["cache"]["pruned"] >= 2
    assert graph_data(out) == clean_build(corpus, tmp_path / "clean2")


def test_unchanged_rebuild_reuses_everything(samples_build):
    _, out = samples_build
    before = graph_data(out)
    result = build([pipeline_samples()], out)
    cache = result.report["cache"]
    assert cache["processed"] == 0 and cache["reparsed"] == 0
    assert cache["reused"] == result.report["articles"]["total"]
    assert graph_data(out) == before


def pipeline_samples():
    return ROOT / "data" / "samples"


class _Reversed(InProcess):
    """An engine that finishes batches in reverse order (as a cluster may)."""

    name = "reversed"

    def map(self, func, batches):
        return reversed([func(b) for b in batches])


def test_out_of_order_results_give_the_same_graph(samples_build, tmp_path, monkeypatch):
    expected = graph_data(samples_build[1])
    monkeypatch.setattr(pipeline, "BATCH_ARTICLES", 3)
    monkeypatch.setattr(pipeline, "make_engine", lambda *a, **k: _Reversed())
    result = build([pipeline_samples()], tmp_path / "out", cache=False)
    assert result.report["engine"]["name"] == "reversed"
    assert graph_data(tmp_path / "out") == expected


def test_two_workers_give_the_same_graph(samples_build, tmp_path):
    result = build([pipeline_samples()], tmp_path / "out", workers=2, cache=False)
    assert result.report["engine"] == {"name": "local", "workers": 2}
    assert graph_data(tmp_path / "out") == graph_data(samples_build[1])


def test_dask_local_cluster_gives_the_same_graph(samples_build, tmp_path):
    pytest.importorskip("dask.distributed")
    result = build([pipeline_samples()], tmp_path / "out", engine="dask", workers=2,
                   cache=False)
    assert result.report["engine"] == {"name": "dask", "workers": 2}
    assert graph_data(tmp_path / "out") == graph_data(samples_build[1])


def test_one_failing_article_does_not_take_the_batch_with_it(tmp_path, monkeypatch):
    import kg.pipeline.analyse as work

    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a_good.txt").write_text(NEW_ARTICLE, encoding="utf-8")
    (folder / "b_bad.txt").write_text(NEW_ARTICLE.replace("Surabaya", "Medan"),
                                      encoding="utf-8")
    real = work.extract_mentions

    def flaky(doc, *, article, **kwargs):
        if article == "b_bad":
            raise RuntimeError("boom")
        return real(doc, article=article, **kwargs)

    monkeypatch.setattr(work, "extract_mentions", flaky)
    cache = tmp_path / "cache.sqlite"
    result = build([folder], cache=cache)
    status = {a.id: (a.status, a.error) for a in result.articles}
    assert status["a_good"] == ("ok", None)
    assert status["b_bad"] == ("error", "extraction failed: RuntimeError: boom")
    assert result.exit_code == 1
    assert result.graph.number_of_nodes() > 0
    # the failure is not cached: once the cause is gone, the next build retries it
    monkeypatch.setattr(work, "extract_mentions", real)
    again = build([folder], cache=cache)
    assert again.report["cache"]["processed"] == 1 and again.exit_code == 0


def test_build_killed_midway_then_run_again_gives_the_clean_graph(samples_build, tmp_path,
                                                                  cache_rows):
    out, total = tmp_path / "out", samples_build[0].report["articles"]["total"]
    # small batches, so that the build commits several times before it ends
    code = ("import sys, kg.pipeline.driver as p; p.BATCH_ARTICLES = 1; from kg.cli import main; "
            "sys.exit(main(sys.argv[1:]))")
    cmd = [sys.executable, "-c", code, "build", str(pipeline_samples()), "--out", str(out), "-q"]
    proc = subprocess.Popen(cmd, cwd=tmp_path, stdout=subprocess.DEVNULL,
                            stderr=subprocess.PIPE)
    deadline = time.monotonic() + 240
    while cache_rows(out / CACHE_NAME) < 2 and proc.poll() is None and time.monotonic() < deadline:
        time.sleep(0.05)
    assert proc.poll() is None, "the build ended before it could be killed"
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    done = cache_rows(out / CACHE_NAME)
    assert 2 <= done < total and not (out / "graph.json").exists()

    assert main(["build", str(pipeline_samples()), "--out", str(out), "-q"]) == 0
    report = json.loads((out / "report.json").read_text(encoding="utf-8"))
    assert report["cache"]["reused"] >= done and report["cache"]["processed"] <= total - done
    assert graph_data(out) == graph_data(samples_build[1])


def test_cli_cache_options(samples_dir, tmp_path, capsys):
    one = sorted(samples_dir.glob("en_*.txt"))[0]
    cache = tmp_path / "elsewhere" / "cache.sqlite"
    assert main(["build", str(one), "--out", str(tmp_path / "a"), "-q", "--cache",
                 str(cache), "--no-html"]) == 0
    assert cache.is_file() and not (tmp_path / "a" / CACHE_NAME).exists()
    assert main(["build", str(one), "--out", str(tmp_path / "b"), "-q", "--no-cache",
                 "--no-html"]) == 0
    assert sorted(p.name for p in (tmp_path / "b").iterdir()) == [
        "edges.csv", "graph.graphml", "graph.json", "nodes.csv", "report.json"]
    assert main(["build", str(one), "--out", str(tmp_path / "c"), "--cache", str(tmp_path)]) == 1
    assert "cannot use the cache file" in capsys.readouterr().err
    assert main(["build", str(one), "--cache", str(cache), "--no-cache"]) == 2
    assert main(["build", str(one), "--scheduler", "tcp://127.0.0.1:9"]) == 2

"""A build replaces its outputs as one set, or leaves the earlier ones as they were.

A mistyped path, an empty folder, a full disk, a read-only or wrong output
folder: each is one line on stderr, and the outputs and the cache of the
earlier build stay byte for byte.
"""

import errno
import hashlib
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

import kg.pipeline.driver
from kg.cli import main
from kg.pipeline.driver import CACHE_NAME, OUTPUT_FILES

ARTICLE = ("Tokopedia deal\n"
           "TikTok agreed to buy a majority stake in Tokopedia from GoTo for 840 million "
           "dollars, Trade Minister Zulkifli Hasan told reporters in Jakarta on Monday.\n")
MORE = ("Shopee opens a warehouse\n"
        "Shopee opened a warehouse in Surabaya on Tuesday, and its chief executive Chris Feng "
        "said the company would hire 300 workers there for the holiday season.\n")


def snapshot(out, cache=True):
    """Digest of every file in ``out``, the cache included unless ``cache`` is False (a
    build that could not write its outputs still keeps what it processed)."""
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(Path(out).iterdir())
            if p.is_file() and (cache or not p.name.startswith(CACHE_NAME))}


@pytest.fixture
def built(tmp_path):
    """An input folder and a good build of it: ``(folder, out, snapshot)``."""
    folder, out = tmp_path / "in", tmp_path / "out"
    folder.mkdir()
    (folder / "a.txt").write_text(ARTICLE, encoding="utf-8")
    assert main(["build", str(folder), "--out", str(out), "-q"]) == 0
    return folder, out, snapshot(out)


def one_line(err):
    lines = err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("kg: "), err
    return lines[0]


@pytest.mark.parametrize("inputs", [["typo"], ["empty"], ["empty", "typo"], ["typo", "typo2"]])
def test_no_input_leaves_the_earlier_build_as_it_was(built, tmp_path, capsys, inputs):
    _, out, before = built
    (tmp_path / "empty").mkdir()
    capsys.readouterr()
    code = main(["build", *(str(tmp_path / p) for p in inputs), "--out", str(out)])
    assert code == 2
    line = one_line(capsys.readouterr().err)
    assert ("does not exist" in line) == ("typo" in inputs)
    assert snapshot(out) == before


def test_no_input_writes_nothing_at_all(tmp_path, capsys):
    out = tmp_path / "out"
    assert main(["build", str(tmp_path / "typo"), "--out", str(out)]) == 2
    assert not out.exists()
    assert "typo does not exist" in one_line(capsys.readouterr().err)


def test_a_missing_path_next_to_real_input_is_reported_as_before(built, tmp_path):
    folder, out, _ = built
    assert main(["build", str(folder), str(tmp_path / "typo"), "--out", str(out), "-q"]) == 1
    report = json.loads((out / "report.json").read_text(encoding="utf-8"))
    problem, = report["problems"]
    assert problem["path"].endswith("typo") and problem["error"] == "file not found"


def test_building_another_folder_keeps_the_cache_of_the_first(built, tmp_path):
    folder, out, _ = built
    other = tmp_path / "other"
    other.mkdir()
    (other / "b.txt").write_text(MORE, encoding="utf-8")
    assert main(["build", str(other), "--out", str(out), "-q"]) == 0
    assert main(["build", str(folder), "--out", str(out), "-q"]) == 0
    report = json.loads((out / "report.json").read_text(encoding="utf-8"))
    assert report["cache"]["reused"] == 1 and report["cache"]["processed"] == 0


def test_entries_of_changed_and_deleted_files_are_pruned(built, tmp_path):
    folder, out, _ = built
    (folder / "b.txt").write_text(MORE, encoding="utf-8")
    assert main(["build", str(folder), "--out", str(out), "-q"]) == 0
    (folder / "a.txt").write_text(ARTICLE.replace("840", "850"), encoding="utf-8")
    (folder / "b.txt").unlink()
    assert main(["build", str(folder), "--out", str(out), "-q"]) == 0
    report = json.loads((out / "report.json").read_text(encoding="utf-8"))
    assert report["cache"]["pruned"] == 2  # the old a.txt, and the deleted b.txt


def test_full_disk_while_writing_replaces_nothing(built, monkeypatch, capsys):
    folder, out, before = built
    (folder / "b.txt").write_text(MORE, encoding="utf-8")
    real = kg.pipeline.driver.write_csv

    def full(G, nodes, edges):
        real(G, nodes, edges)  # graph.json, graph.graphml and both CSVs are written ...
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))  # ... then the disk fills

    monkeypatch.setattr(kg.pipeline.driver, "write_csv", full)
    capsys.readouterr()
    assert main(["build", str(folder), "--out", str(out)]) == 1
    line = one_line(capsys.readouterr().err)
    assert "No space left on device" in line and "unchanged" in line
    assert snapshot(out, cache=False) == {k: v for k, v in before.items() if k != CACHE_NAME}
    assert sorted(p.name for p in out.iterdir()) == sorted([*OUTPUT_FILES, CACHE_NAME])


def test_outputs_too_large_for_the_file_size_limit_replace_nothing(built):
    # a real write failure, in a child process whose files may not grow past 200 kB
    # (graph.html alone is bigger); the same as a disk that fills up halfway
    folder, out, before = built
    (folder / "b.txt").write_text(MORE, encoding="utf-8")
    proc = _limited_build(folder, out, 200_000)
    assert proc.returncode == 1, proc.stderr
    assert "cannot write the outputs" in one_line(proc.stderr)
    assert snapshot(out, cache=False) == {k: v for k, v in before.items() if k != CACHE_NAME}


def test_a_cache_that_cannot_grow_is_one_line(built, tmp_path, samples_dir):
    _, out, before = built
    proc = _limited_build(samples_dir, out, 60_000, "--cache", str(tmp_path / "c.sqlite"))
    assert proc.returncode == 1, proc.stderr
    line = one_line(proc.stderr)
    assert "cannot" in line and "c.sqlite" in line and "free some space" in line
    assert "Traceback" not in proc.stderr
    assert snapshot(out) == before


@pytest.mark.parametrize("make", ["file", "under_a_file"])
def test_output_folder_that_is_a_file_is_refused_before_any_work(built, tmp_path, capsys,
                                                                   monkeypatch, make):
    folder, _, _ = built
    target = tmp_path / "notes.txt"
    target.write_text("mine", encoding="utf-8")
    out = target if make == "file" else target / "out"
    monkeypatch.setattr(kg.pipeline.driver, "make_engine", _no_work)
    capsys.readouterr()
    assert main(["build", str(folder), "--out", str(out)]) == 2
    assert "notes.txt" in one_line(capsys.readouterr().err)
    assert target.read_text(encoding="utf-8") == "mine"


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0,
                    reason="root writes in read-only folders")
def test_read_only_output_folder_is_refused_before_any_work(built, capsys, monkeypatch):
    folder, out, before = built
    monkeypatch.setattr(kg.pipeline.driver, "make_engine", _no_work)
    out.chmod(0o555)
    try:
        capsys.readouterr()
        assert main(["build", str(folder), "--out", str(out)]) == 2
        assert "Permission denied" in one_line(capsys.readouterr().err)
    finally:
        out.chmod(0o755)
    assert snapshot(out) == before


def test_read_only_file_system_is_refused_before_any_work(built, tmp_path, capsys,
                                                         monkeypatch, small_disk):
    folder, _, _ = built
    out = small_disk(tmp_path / "disk", "1m")
    assert main(["build", str(folder), "--out", str(out), "-q"]) == 0
    before = snapshot(out)
    _remount(out, "remount,ro")
    monkeypatch.setattr(kg.pipeline.driver, "make_engine", _no_work)
    capsys.readouterr()
    assert main(["build", str(folder), "--out", str(out)]) == 2
    assert "Read-only file system" in one_line(capsys.readouterr().err)
    assert snapshot(out) == before


def test_really_full_disk_replaces_nothing(built, tmp_path, capsys, small_disk):
    # graph.html (about 0.7 MB) does not fit next to the earlier outputs
    folder, _, _ = built
    out = small_disk(tmp_path / "disk", "512k")
    assert main(["build", str(folder), "--out", str(out), "-q", "--no-html"]) == 0
    before = snapshot(out)
    capsys.readouterr()
    assert main(["build", str(folder), "--out", str(out)]) == 1
    assert "No space left on device" in one_line(capsys.readouterr().err)
    assert snapshot(out, cache=False) == {k: v for k, v in before.items() if k != CACHE_NAME}
    assert not [p for p in out.iterdir() if p.name.startswith(".kg-new-")]


@pytest.fixture
def small_disk():
    """Mount a small tmpfs (needs root and mount rights; skips otherwise)."""
    mounted = []

    def mount(where, size):
        where.mkdir(parents=True, exist_ok=True)
        if os.name != "posix" or os.geteuid() != 0:
            pytest.skip("mounting a small disk needs root")
        proc = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs",
                               str(where)], capture_output=True, text=True)
        if proc.returncode != 0:
            pytest.skip(f"cannot mount a tmpfs here: {proc.stderr.strip()}")
        mounted.append(where)
        return where

    yield mount
    for where in mounted:
        subprocess.run(["umount", "-l", str(where)], check=False)


def _remount(where, options):
    subprocess.run(["mount", "-o", options, str(where)], check=True)


def _no_work(*args, **kwargs):
    raise AssertionError("articles were processed before the output folder was checked")


def _limited_build(folder, out, max_file_bytes, *extra):
    """``kg build`` in a child process whose files cannot grow past ``max_file_bytes``."""
    code = ("import resource, sys\n"
            f"resource.setrlimit(resource.RLIMIT_FSIZE, ({max_file_bytes}, {max_file_bytes}))\n"
            "from kg.cli import main\n"
            "sys.exit(main(sys.argv[1:]))\n")
    return subprocess.run([sys.executable, "-c", code, "build", str(folder), "--out", str(out),
                           "-q", *extra], capture_output=True, text=True, timeout=300)


def test_alias_entries_given_in_python_must_have_a_contract_type(tmp_path):
    from kg.graph.aliases import AliasEntry
    from kg.pipeline.driver import build

    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    with pytest.raises(ValueError, match="'Merlin' has type 'WIZARD'"):
        build([tmp_path / "a.txt"], tmp_path / "out",
              aliases=[AliasEntry("Merlin", "WIZARD", ("Merlin",))])
    assert not (tmp_path / "out").exists()

"""Tests of kg.export._atomic: all-or-nothing writes."""

import doctest
import os
import stat
import sys

import pytest

import kg.export._atomic as atomic
from kg.export._atomic import atomic_open, atomic_write_bytes, atomic_write_text


def test_writes_text_and_bytes(tmp_path):
    atomic_write_text(tmp_path / "a.html", "Bank Indonesia \u2192 rupiah\n")
    atomic_write_bytes(str(tmp_path / "b.bin"), b"\x00\xff")
    assert (tmp_path / "a.html").read_bytes() == "Bank Indonesia \u2192 rupiah\n".encode("utf-8")
    assert (tmp_path / "b.bin").read_bytes() == b"\x00\xff"
    assert sorted(os.listdir(tmp_path)) == ["a.html", "b.bin"]


def test_text_is_not_newline_translated(tmp_path):
    atomic_write_text(tmp_path / "a.txt", "a\nb\r\n", encoding="latin-1")
    assert (tmp_path / "a.txt").read_bytes() == b"a\nb\r\n"


def test_replaces_existing_file(tmp_path):
    target = tmp_path / "graph.html"
    target.write_text("old", encoding="utf-8")
    atomic_write_text(target, "new")
    assert target.read_text(encoding="utf-8") == "new"
    assert os.listdir(tmp_path) == ["graph.html"]


@pytest.mark.parametrize("step", ["fsync", "replace"])
def test_failure_mid_write_keeps_old_file(tmp_path, monkeypatch, step):
    target = tmp_path / "graph.html"
    target.write_text("old", encoding="utf-8")

    def boom(*args):
        raise OSError("disk full")

    monkeypatch.setattr(atomic.os, step, boom)
    with pytest.raises(OSError, match="disk full"):
        atomic_write_text(target, "new " * 10_000)
    assert target.read_text(encoding="utf-8") == "old"
    assert os.listdir(tmp_path) == ["graph.html"]


def test_interrupt_mid_write_keeps_old_file(tmp_path, monkeypatch):
    target = tmp_path / "graph.html"
    target.write_text("old", encoding="utf-8")

    def interrupted(*args):
        raise KeyboardInterrupt

    monkeypatch.setattr(atomic.os, "fsync", interrupted)
    with pytest.raises(KeyboardInterrupt):
        atomic_write_bytes(target, b"new")
    assert target.read_text(encoding="utf-8") == "old"
    assert os.listdir(tmp_path) == ["graph.html"]


def test_streamed_text_replaces_the_file_when_the_block_ends(tmp_path):
    target = tmp_path / "graph.ttl"
    target.write_text("old", encoding="utf-8")
    with atomic_open(target, encoding="utf-8") as out:
        out.write("Bank Indonesia \u2192 ")
        out.write("rupiah\r\n")
        assert target.read_text(encoding="utf-8") == "old"  # not yet
    assert target.read_bytes() == "Bank Indonesia \u2192 rupiah\r\n".encode("utf-8")
    assert os.listdir(tmp_path) == ["graph.ttl"]
    with atomic_open(tmp_path / "b.bin") as out:
        out.write(b"\x00\xff")
    assert (tmp_path / "b.bin").read_bytes() == b"\x00\xff"


@pytest.mark.parametrize("error", [KeyboardInterrupt, ValueError, UnicodeEncodeError])
def test_failure_inside_the_block_keeps_old_file(tmp_path, error):
    target = tmp_path / "graph.ttl"
    target.write_text("old", encoding="utf-8")
    with pytest.raises(error):
        with atomic_open(target, encoding="ascii") as out:
            out.write("new " * 10_000)
            if error is UnicodeEncodeError:
                out.write("Surabaya \u2013 Jakarta")
                out.flush()
            raise error
    assert target.read_text(encoding="utf-8") == "old"
    assert os.listdir(tmp_path) == ["graph.ttl"]


@pytest.mark.parametrize("step", ["fsync", "replace"])
def test_streamed_failure_at_the_end_keeps_old_file(tmp_path, monkeypatch, step):
    target = tmp_path / "graph.ttl"
    target.write_text("old", encoding="utf-8")

    def boom(*args):
        raise OSError("disk full")

    monkeypatch.setattr(atomic.os, step, boom)
    with pytest.raises(OSError, match="disk full"):
        with atomic_open(target, encoding="utf-8") as out:
            out.write("new")
    assert target.read_text(encoding="utf-8") == "old"
    assert os.listdir(tmp_path) == ["graph.ttl"]


def test_unencodable_text_writes_nothing(tmp_path):
    target = tmp_path / "graph.txt"
    target.write_text("old", encoding="utf-8")
    with pytest.raises(UnicodeEncodeError):
        atomic_write_text(target, "Surabaya \u2013 Jakarta", encoding="ascii")
    assert target.read_text(encoding="utf-8") == "old"
    assert os.listdir(tmp_path) == ["graph.txt"]


def test_missing_folder_raises(tmp_path):
    with pytest.raises(FileNotFoundError):
        atomic_write_text(tmp_path / "missing" / "graph.html", "x")
    assert os.listdir(tmp_path) == []


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX permission bits")
def test_permissions_follow_umask_or_existing_file(tmp_path):
    old_umask = os.umask(0o022)
    try:
        atomic_write_text(tmp_path / "new.html", "x")
    finally:
        os.umask(old_umask)
    assert stat.S_IMODE(os.stat(tmp_path / "new.html").st_mode) == 0o644

    kept = tmp_path / "kept.html"
    kept.write_text("old", encoding="utf-8")
    os.chmod(kept, 0o640)
    atomic_write_text(kept, "new")
    assert stat.S_IMODE(os.stat(kept).st_mode) == 0o640


def test_docstring_examples():
    assert doctest.testmod(atomic).failed == 0

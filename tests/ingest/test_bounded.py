"""kg.ingest.bounded: user-named files are read only if regular and within a size limit."""

import os
import threading

import pytest

from kg.errors import ReadError
from kg.ingest.bounded import read_bounded


def test_regular_file_within_limit_is_read(tmp_path):
    path = tmp_path / "aliases.csv"
    path.write_bytes(b"canonical,type,aliases\n")
    assert read_bounded(path, 23) == b"canonical,type,aliases\n"


def test_file_over_limit_is_refused(tmp_path):
    path = tmp_path / "graph.json"
    path.write_bytes(b"{}" * 50)
    with pytest.raises(ReadError, match="too large: 100 bytes > limit 99 bytes"):
        read_bounded(path, 99)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
def test_fifo_is_refused_without_waiting_for_a_writer(tmp_path):
    fifo = tmp_path / "graph.json"
    os.mkfifo(fifo)
    outcome = []
    reader = threading.Thread(target=lambda: outcome.append(_reason(fifo)), daemon=True)
    reader.start()
    reader.join(timeout=10)
    assert outcome == ["not a regular file"]


@pytest.mark.skipif(not os.path.exists("/dev/zero"), reason="no /dev/zero here")
def test_endless_device_is_refused():
    assert _reason("/dev/zero") == "not a regular file"


def test_folder_is_refused(tmp_path):
    assert _reason(tmp_path) == "a folder, not a file"


def test_missing_file_is_an_os_error(tmp_path):
    with pytest.raises(FileNotFoundError):
        read_bounded(tmp_path / "nowhere.json", 10)


def _reason(path):
    try:
        read_bounded(path, 1_000_000)
    except ReadError as exc:
        return str(exc)
    return "read"

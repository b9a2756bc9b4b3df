"""Ctrl-C: one line, exit code 130, no traceback, no worker left, outputs unchanged."""

import hashlib
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

import kg.cli
from kg.cli import main
from kg.errors import ExitCode
from kg.pipeline.driver import CACHE_NAME

ROOT = Path(__file__).resolve().parents[2]
SAMPLES = ROOT / "data" / "samples"
MESSAGE = "kg: interrupted; outputs unchanged"


def outputs(out):
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(out.iterdir()) if p.is_file() and not p.name.startswith(CACHE_NAME)}


def alive_in_session(sid):
    """Processes of session ``sid`` still running (zombies excluded)."""
    alive = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        state, session = fields[0], int(fields[3])
        if session == sid and state != "Z":
            alive.append(int(entry.name))
    return alive


@pytest.mark.skipif(not Path("/proc/self/stat").exists() or not hasattr(os, "killpg"),
                    reason="needs POSIX process groups and /proc")
@pytest.mark.parametrize("engine", [[], ["--workers", "2"], ["--engine", "dask", "--workers", "2"]],
                         ids=["in-process", "workers", "dask"])
def test_ctrl_c_during_a_build(tmp_path, engine, cache_rows):
    out = tmp_path / "out"
    first = sorted(SAMPLES.glob("en_*.txt"))[0]
    assert main(["build", str(first), "--out", str(out), "-q"]) == 0
    before = outputs(out)
    # small batches, so that the build is caught in the middle of its work
    code = ("import sys, kg.pipeline.driver as p; p.BATCH_ARTICLES = p.WORKER_BATCH_ARTICLES = 1; "
            "from kg.cli import main; sys.exit(main(sys.argv[1:]))")
    # a session of its own, so that SIGINT goes to every process of it, as a terminal's
    # Ctrl-C goes to the whole foreground process group
    proc = subprocess.Popen([sys.executable, "-c", code, "build", str(SAMPLES), "--out",
                             str(out), "-q", *engine], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, start_new_session=True)
    deadline = time.monotonic() + 240
    while cache_rows(out / CACHE_NAME) < 3 and proc.poll() is None and time.monotonic() < deadline:
        time.sleep(0.05)
    assert proc.poll() is None, "the build ended before it could be interrupted"
    os.killpg(proc.pid, signal.SIGINT)
    _, err = proc.communicate(timeout=120)
    assert proc.returncode == ExitCode.INTERRUPTED
    assert err == MESSAGE + "\n"
    assert outputs(out) == before
    assert not [p for p in out.iterdir() if p.name.startswith(".kg-new-")]
    deadline = time.monotonic() + 10
    while alive_in_session(proc.pid) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert alive_in_session(proc.pid) == []


def test_ctrl_c_while_the_commands_load(monkeypatch, capsys):
    def interrupted(name):
        raise KeyboardInterrupt

    monkeypatch.setattr(kg.cli.importlib, "import_module", interrupted)
    monkeypatch.setitem(kg.cli.COMMANDS, "build", "kg.cli.build")
    assert main(["build", "anything"]) == ExitCode.INTERRUPTED
    assert capsys.readouterr().err == MESSAGE + "\n"


def test_ctrl_c_while_exporting_leaves_the_old_file(tmp_path, monkeypatch, capsys):
    import networkx as nx

    from kg.cli import export as export_cli
    from kg.export.json import write_json

    graph = tmp_path / "graph.json"
    G = nx.MultiDiGraph(articles=[])
    G.add_node("goto", label="GoTo", type="ORG")
    write_json(G, graph)
    (tmp_path / "graph.graphml").write_text("old", encoding="utf-8")

    def interrupted(fd):  # Ctrl-C while the new file is being synced to disk
        raise KeyboardInterrupt

    monkeypatch.setitem(kg.cli.COMMANDS, "export", export_cli)
    monkeypatch.setattr(os, "fsync", interrupted)
    assert main(["export", str(graph), "--format", "graphml"]) == ExitCode.INTERRUPTED
    assert capsys.readouterr().err == MESSAGE + "\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["graph.graphml", "graph.json"]
    assert (tmp_path / "graph.graphml").read_text(encoding="utf-8") == "old"

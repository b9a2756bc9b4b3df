"""Shared fixtures: paths to the bundled samples and to ../shared (skipped when absent),
the sample corpus built once per session, alias files kg must refuse, and helpers that
count a running build's cache and run a function with a time limit."""

import os
import sqlite3
import threading
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "data" / "samples"
SHARED = ROOT.parent / "shared"
SEEDS = SHARED / "corpus" / "seeds"


@pytest.fixture(scope="session")
def samples_dir():
    return SAMPLES


@pytest.fixture(scope="session")
def seeds_dir():
    if not SEEDS.is_dir():
        pytest.skip("../shared/corpus/seeds is not present")
    return SEEDS


@pytest.fixture(scope="session")
def samples_build(samples_dir, tmp_path_factory):
    """``(BuildResult, output folder)`` of the bundled sample corpus."""
    from kg.pipeline.driver import build

    out = tmp_path_factory.mktemp("samples")
    return build([samples_dir], out), out


# Alias files kg must refuse (``--aliases``): name -> (file name, content, fragments of the
# reason). Content is text, bytes, or one of the special kinds below.
FIFO, FOLDER, DEV_ZERO, MISSING = "<fifo>", "<folder>", "<dev-zero>", "<missing>"
_HEADER = "canonical,type,aliases\n"
_LAUGHS = "- {canonical: L0, type: ORG, aliases: &l0 [lol, lol]}\n" + "".join(
    f"- {{canonical: L{i}, type: ORG, aliases: &l{i} [{', '.join([f'*l{i - 1}'] * 9)}]}}\n"
    for i in range(1, 9))
_FAN_OUT = ("- {canonical: Acme, type: ORG, aliases: &a [" + ", ".join(["x" * 40] * 8) + "]}\n"
            + "- {canonical: Acme, type: ORG, aliases: *a}\n" * 6)
BAD_ALIAS_FILES = {
    "unterminated quote": ("a.csv", _HEADER + 'Acme,ORG,"ACME|Acme Co\nBeta,ORG,Beta Co\n',
                           ("line 2", "CSV error")),
    "stray quote": ("a.csv", _HEADER + '"Acme"x,ORG,ACME\n', ("line 2", "CSV error")),
    "extra field": ("a.csv", _HEADER + "Acme,ORG,ACME,Acme Co\n", ("line 2", "4 fields")),
    "NUL bytes": ("a.csv", (_HEADER + "Ac\0me,ORG,ACME\n").encode(), ("binary",)),
    "PNG bytes": ("a.csv", b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x01", ("binary",)),
    "latin-1 bytes": ("a.csv", (_HEADER + "Jos\xe9 P\xe9rez,PERSON,P\xe9rez\n").encode("latin-1"),
                      ("not UTF-8", "line 2")),
    "UTF-16 text": ("a.csv", (_HEADER + "Acme,ORG,ACME\n").encode("utf-16"), ("UTF-16",)),
    "unknown type": ("a.csv", _HEADER + "Merlin,WIZARD,Merl\n",
                     ("line 2", "'WIZARD'", "PERSON, ORG, GPE, LAW")),
    "empty type": ("a.csv", _HEADER + "Merlin,,Merl\n", ("line 2", "no type")),
    "no type column": ("a.csv", "canonical,aliases\nAcme,ACME\n", ("type",)),
    "unknown column": ("a.csv", "canonical,type,alias\nAcme,ORG,ACME\n", ("'alias'",)),
    "no letters": ("a.csv", _HEADER + "Acme,ORG,ACME|--\n", ("'--'", "no letter or digit")),
    "line break in a name": ("a.csv", _HEADER + '"Ac\nme",ORG,ACME\n', ("control character",)),
    "empty file": ("a.csv", "", ("empty",)),
    "header only": ("a.csv", _HEADER, ("no alias entries",)),
    "alias of two names (CSV)": (
        "a.csv", _HEADER + "Zulkifli Hasan,PERSON,Zulhas\nZulfikar Hadi,PERSON,Zulhas\n",
        ("'Zulhas'", "'Zulkifli Hasan' (line 2)", "'Zulfikar Hadi' (line 3)")),
    "each other's names": ("a.csv", _HEADER + "Acme,ORG,Beta\nBeta,ORG,Acme\n",
                           ("'Acme' (line 2)", "'Beta' (line 3)")),
    "names equal without spaces": ("a.csv", _HEADER + "Shou Zi Chew,PERSON,\nShou Zichew,PERSON,\n",
                                   ("'Shou Zi Chew'", "'Shou Zichew'")),
    "one name, two types": ("a.csv", _HEADER + "Acme,ORG,ACME\nAcme,PERSON,Pak Acme\n",
                            ("'Acme'", "ORG (line 2)", "PERSON (line 3)")),
    "alias of two names (YAML)": (
        "a.yaml", "- {canonical: Zulkifli Hasan, type: PERSON, aliases: [Zulhas]}\n"
                  "- {canonical: Zulfikar Hadi, type: PERSON, aliases: Bang Zul|Zulhas}\n",
        ("'Zulhas'", "'Zulkifli Hasan' (entry 1)", "'Zulfikar Hadi' (entry 2)")),
    "unknown type (YAML)": ("a.yaml", "- {canonical: Merlin, type: WIZARD}\n",
                            ("entry 1", "'WIZARD'")),
    "nested list by an anchor": (
        "a.yaml", "- {canonical: A, type: ORG, aliases: &x [a1, a2]}\n"
                  "- {canonical: B, type: ORG, aliases: [*x, b1]}\n",
        ("entry 2", "'B'", "aliases", "a list")),
    "billion laughs": ("a.yaml", _LAUGHS, ("entry 2", "aliases", "a list")),
    "anchors fanning out": ("a.yaml", _FAN_OUT, ("anchors", "1,000 bytes")),
    "number": ("a.yaml", "- {canonical: 1984, type: ORG}\n", ("entry 1", "canonical", "a number")),
    "null": ("a.yaml", "- canonical: Acme\n  type:\n", ("entry 1", "'Acme'", "type", "null")),
    "boolean alias": ("a.yaml", "- {canonical: Norway, type: GPE, aliases: [NO, Norge]}\n",
                      ("entry 1", "aliases", "true/false")),
    "mapping field": ("a.yaml", "- {canonical: {name: Acme}, type: ORG}\n",
                      ("entry 1", "canonical", "a mapping")),
    "entry not a mapping": ("a.yaml", "- Acme\n", ("entry 1", "a mapping")),
    "unknown key": ("a.yaml", "- {canonical: Acme, type: ORG, alias: [ACME]}\n",
                    ("entry 1", "'alias'")),
    "top-level mapping": ("a.yaml", "canonical: Acme\ntype: ORG\n", ("a list",)),
    "python tag": ("a.yaml", "- !!python/object/apply:os.system [echo hi]\n", ("not valid YAML",)),
    "impossible date": ("a.yaml", "- {canonical: 2023-13-45, type: LAW}\n", ("not valid YAML",)),
    "deep nesting": ("a.yaml", "[" * 5000, ("not valid YAML",)),
    "empty YAML": ("a.yaml", "# nothing\n", ("no alias entries",)),
    "FIFO": ("a.csv", FIFO, ("not a regular file",)),
    "folder": ("a.csv", FOLDER, ("folder",)),
    "/dev/zero": ("a.csv", DEV_ZERO, ("not a regular file",)),
    "missing file": ("a.csv", MISSING, ("cannot read",)),
    "over the size limit": ("a.csv", _HEADER + "Acme,ORG,ACME\n" * 100, ("too large",)),
}


@pytest.fixture(params=list(BAD_ALIAS_FILES))
def bad_alias_file(request, tmp_path, monkeypatch):
    """``(path, fragments of the reason)`` of an alias file that kg must refuse."""
    name, content, reason = BAD_ALIAS_FILES[request.param]
    path = tmp_path / name
    if request.param in ("over the size limit", "anchors fanning out"):
        monkeypatch.setattr("kg.graph.aliases.MAX_ALIAS_BYTES", 1000)
    if content == FIFO:
        if not hasattr(os, "mkfifo"):
            pytest.skip("no FIFOs here")
        os.mkfifo(path)
    elif content == FOLDER:
        path.mkdir()
    elif content == DEV_ZERO:
        if not os.path.exists("/dev/zero"):
            pytest.skip("no /dev/zero here")
        path = Path("/dev/zero")
    elif isinstance(content, bytes):
        path.write_bytes(content)
    elif content != MISSING:
        path.write_text(content, encoding="utf-8", newline="")
    return path, reason


@pytest.fixture
def cache_rows():
    """Count the cached results in a build's cache while another process writes it
    (read-only; 0 while the file is missing or locked)."""

    def count(path):
        try:
            db = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=1)
            try:
                return db.execute("SELECT COUNT(*) FROM results").fetchone()[0]
            finally:
                db.close()
        except sqlite3.Error:
            return 0

    return count


@pytest.fixture
def finishing():
    """Run a function in a thread and return its result or exception, failing the test if
    it has not finished after a minute (a FIFO or /dev/zero read as a file would hang)."""

    def run(function, *args):
        outcome = []

        def target():
            try:
                outcome.append(("returned", function(*args)))
            except BaseException as exc:  # noqa: BLE001 - handed to the test
                outcome.append(("raised", exc))

        worker = threading.Thread(target=target, daemon=True)
        worker.start()
        worker.join(timeout=60)
        assert outcome, f"{function.__name__} did not finish"
        return outcome[0]

    return run

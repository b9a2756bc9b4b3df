"""The knowledge base: entries, the name index, the file format and the bundled data."""

import doctest
import json
import os

import pytest

import kg.kb
from kg.errors import KBError, KGError
from kg.kb import base
from kg.kb.base import Entry, KnowledgeBase, load, read_entries


def test_doctests():
    assert doctest.testmod(base, optionflags=doctest.ELLIPSIS).failed == 0
    assert doctest.testmod(kg.kb).failed == 0


def entries():
    return [
        Entry("idx:BUKA", "Bukalapak.com", "ORG", aliases=("BUKA", "BUKA.JK", "Bukalapak")),
        Entry("org:kppu", "Business Competition Supervisory Commission", "ORG",
              aliases=("Komisi Pengawas Persaingan Usaha", "KPPU")),
        Entry("gpe:jakarta", "Jakarta", "GPE", aliases=("DKI Jakarta",)),
    ]


def test_lookup_by_any_name_in_either_language():
    kb = KnowledgeBase(entries())
    assert kb.lookup("Komisi Pengawas Persaingan Usaha").id == "org:kppu"
    assert kb.lookup("the Business Competition Supervisory Commission's").id == "org:kppu"
    assert kb.lookup("PT Bukalapak.com Tbk.").id == "idx:BUKA"
    assert kb.lookup("  buka.jk ").id == "idx:BUKA"  # not a code: normalised
    assert kb.lookup("Jakarta", type="GPE").id == "gpe:jakarta"
    assert kb.lookup("Jakarta", type="ORG") is None
    assert kb.lookup("Surabaya") is None


def test_codes_match_only_as_written():
    kb = KnowledgeBase(entries())
    assert kb.lookup("KPPU").id == "org:kppu"
    assert kb.lookup("BUKA").id == "idx:BUKA"
    # "buka" is Indonesian for "open", "Kppu" no code at all
    assert kb.lookup("buka") is None and kb.lookup("Buka") is None
    assert kb.lookup("Kppu") is None


def test_a_name_of_two_entries_links_to_none():
    kb = KnowledgeBase(entries() + [Entry("org:buka-foundation", "Yayasan Buka", "ORG",
                                          aliases=("Bukalapak",))])
    assert kb.lookup("Bukalapak") is None
    assert {e.id for e in kb.candidates("Bukalapak")} == {"idx:BUKA", "org:buka-foundation"}
    assert kb.lookup("BUKA").id == "idx:BUKA"


def test_later_entries_override_earlier_ones():
    kb = KnowledgeBase(entries() + [Entry("gpe:jakarta", "Jakarta", "GPE",
                                          aliases=("Batavia",), valid_to="1942")])
    assert len(kb) == 3
    assert kb.lookup("Batavia").id == "gpe:jakarta"
    # the replaced entry's names are gone with it
    assert kb.lookup("DKI Jakarta") is None
    assert kb["gpe:jakarta"].valid_to == "1942" and kb.get("gpe:bandung") is None


def write(tmp_path, rows, name="kb.jsonl"):
    path = tmp_path / name
    path.write_text("\n".join(r if isinstance(r, str) else json.dumps(r) for r in rows) + "\n",
                    encoding="utf-8")
    return path


def test_read_entries_skips_comments_and_blank_lines(tmp_path):
    path = write(tmp_path, ["// a comment", "", {"id": "org:ojk", "name": "OJK", "type": "ORG",
                                                 "aliases": ["Otoritas Jasa Keuangan", "OJK"],
                                                 "wikidata": "Q7110008"}])
    [entry] = read_entries(path)
    assert entry.aliases == ("Otoritas Jasa Keuangan", "OJK") and entry.wikidata == "Q7110008"


@pytest.mark.parametrize("row, message", [
    ({"id": "org:x", "name": "X"}, "type is required"),
    ({"id": "org:x", "name": "X", "type": "COMPANY"}, "type 'COMPANY' is not one of"),
    ({"id": "x", "name": "X", "type": "ORG"}, "is not PREFIX:KEY"),
    ({"id": "org:x", "name": "X", "type": "ORG", "wikidata": "7110008"}, "is not a Q-ID"),
    ({"id": "org:x", "name": "X", "type": "ORG", "aliases": "X Corp"}, "aliases is a list"),
    ({"id": "org:x", "name": "X", "type": "ORG", "valid_from": "May 2024"}, "valid_from"),
    ({"id": "org:x", "name": "X", "type": "ORG", "parent": "Y"}, "parent 'Y'"),
    ({"id": "org:x", "name": "X", "type": "ORG", "ticker": "X"}, "unknown field(s) ticker"),
    ([1, 2], "a JSON object, not list"),
    ("{not json", "not JSON"),
])
def test_bad_rows_name_the_line_and_the_reason(tmp_path, row, message):
    path = write(tmp_path, ["// header", row])
    with pytest.raises(KBError, match=r"kb\.jsonl:2: ") as info:
        read_entries(path)
    assert message in str(info.value)
    assert isinstance(info.value, KGError)


def test_repeated_id_in_one_file_is_an_error(tmp_path):
    row = {"id": "org:x", "name": "X", "type": "ORG"}
    with pytest.raises(KBError, match="kb.jsonl:2: id org:x repeats"):
        read_entries(write(tmp_path, [row, row]))
    with pytest.raises(KBError, match="cannot read"):
        read_entries(tmp_path / "missing.jsonl")


def test_load_adds_and_overrides_with_user_files(tmp_path):
    path = write(tmp_path, [
        {"id": "idx:GOTO", "name": "GoTo", "type": "ORG", "aliases": ["GoTo Group"]},
        {"id": "org:acme", "name": "Acme", "type": "ORG", "aliases": ["PT Acme Indonesia"]}])
    bundled, kb = load(), load(path)
    assert len(kb) == len(bundled) + 1
    assert kb.lookup("PT Acme Indonesia").id == "org:acme"
    assert kb["idx:GOTO"].name == "GoTo" and kb.lookup("GoTo Group").id == "idx:GOTO"
    assert bundled["idx:GOTO"].name == "GoTo Gojek Tokopedia"  # the bundled base is unchanged


def test_bundled_base_lists_the_exchange_and_never_links_ambiguously():
    kb = load()
    listed = [e for e in kb if e.id.startswith("idx:")]
    assert len(listed) >= 950
    assert all(e.type == "ORG" and e.id[4:] in e.aliases for e in listed)
    assert kb.lookup("GOTO.JK").id == "idx:GOTO"
    assert kb.lookup("PT Bank Mandiri (Persero) Tbk").id == "idx:BMRI"
    # every name of the bundled data finds its own entry or, if shared, none
    for entry in kb:
        for name in entry.names:
            found = kb.lookup(name)
            assert found is None or found.id == entry.id, (name, entry.id, found)


def test_package_data_ships_every_bundled_file():
    import configparser
    import fnmatch
    from pathlib import Path

    root = Path(kg.kb.__file__).resolve().parents[2]
    cfg = configparser.ConfigParser()
    cfg.read(root / "setup.cfg")
    globs = [g.strip() for g in cfg["options.package_data"]["kg"].split(",")]
    files = [p.relative_to(root / "kg").as_posix() for p in (root / "kg" / "kb" / "data").iterdir()]
    assert any(f.endswith(".jsonl") for f in files)
    assert [f for f in files if not any(fnmatch.fnmatch(f, g) for g in globs)] == []


def test_read_entries_refuses_what_is_no_regular_file_without_hanging(tmp_path, finishing):
    fifo = tmp_path / "pipe.jsonl"
    if not hasattr(os, "mkfifo"):
        pytest.skip("no FIFOs here")
    os.mkfifo(fifo)
    for path, reason in ((fifo, "not a regular file"), (tmp_path, "a folder, not a file")):
        kind, exc = finishing(read_entries, path)
        assert kind == "raised" and isinstance(exc, KBError), exc
        assert str(exc) == f"{path}: cannot read: {reason}"


@pytest.mark.parametrize("field, value", [("id", "org:x\n"), ("wikidata", "Q1\n"),
                                          ("valid_from", "2024\n"), ("parent", "org:y\n")])
def test_a_trailing_line_break_is_no_valid_value(field, value):
    row = {"id": "org:x", "name": "X", "type": "ORG", field: value}
    with pytest.raises(KBError):
        base.parse_entry(row, "x:1")
    assert not base.is_code("GOTO\n")

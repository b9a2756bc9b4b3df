from kg.cli.kb import format_kb_stats, kb_stats
from kg.kb import Entry, KnowledgeBase

from .helpers import ask, help_text

BANKS = ('{"id": "org:bank-a", "name": "Bank Maju", "type": "ORG"}\n'
         '{"id": "org:bank-b", "name": "Bank Maju Sejahtera", "type": "ORG", '
         '"aliases": ["Bank Maju"], "parent": "org:bank-a", "valid_from": "2020"}\n'
         '{"id": "person:maju", "name": "Maju", "type": "PERSON", "aliases": ["Bank Maju"]}\n')


def test_kb_help_documents_exit_codes(capsys):
    out = " ".join(help_text(capsys, "kb").split())
    assert "lookup" in out and "stats" in out and "Exit codes" in out


def test_lookup_prints_the_bundled_entry(capsys):
    code, out, err = ask(capsys, "kb", "lookup", "PT Bank Mandiri (Persero) Tbk.")
    assert code == 0 and err == ""
    lines = dict(line.split(None, 1) for line in out.splitlines())
    assert lines["id"] == "idx:BMRI" and lines["name"] == "Bank Mandiri"
    assert lines["type"] == "ORG" and "BMRI" in lines["aliases"].split(", ")
    assert {"wikidata", "parent"} <= set(lines)


def test_lookup_not_found_exits_1(capsys):
    code, out, _ = ask(capsys, "kb", "lookup", "Nowhere Holdings Quux")
    assert code == 1 and "no entry" in out


def test_lookup_lists_the_candidates_of_an_ambiguous_name(tmp_path, capsys):
    mine = tmp_path / "banks.jsonl"
    mine.write_text(BANKS, encoding="utf-8")
    code, out, _ = ask(capsys, "kb", "lookup", "Bank Maju", "--kb", mine)
    assert code == 1 and "3 entries" in out
    assert "org:bank-a" in out and "org:bank-b" in out and "person:maju" in out
    code, out, _ = ask(capsys, "kb", "lookup", "Bank Maju", "--type", "ORG", "--kb", mine)
    assert code == 1 and "2 entries" in out and "person:maju" not in out
    code, out, _ = ask(capsys, "kb", "lookup", "Bank Maju", "--type", "PERSON", "--kb", mine)
    assert code == 0 and out.splitlines()[0].split() == ["id", "person:maju"]


def test_a_user_file_overrides_a_bundled_entry(tmp_path, capsys):
    mine = tmp_path / "mine.jsonl"
    mine.write_text('{"id": "idx:BMRI", "name": "Mandiri Bank", "type": "ORG", '
                    '"aliases": ["BMRI"]}\n', encoding="utf-8")
    code, out, _ = ask(capsys, "kb", "lookup", "BMRI", "--kb", mine)
    assert code == 0 and "Mandiri Bank" in out


def test_a_bad_kb_file_is_a_one_line_usage_error(tmp_path, capsys):
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"id": "org:x", "name": "X", "type": "THING"}\n', encoding="utf-8")
    for argv in (("kb", "lookup", "X", "--kb", bad), ("kb", "stats", "--kb", bad),
                 ("kb", "stats", "--kb", tmp_path / "missing.jsonl")):
        code, out, err = ask(capsys, *argv)
        assert code == 2 and out == "" and err.count("\n") == 1, err
        assert err.startswith(f"kg: cannot use --kb {argv[-1]}"), err


def test_stats_counts_by_type_and_prefix():
    kb = KnowledgeBase([Entry("idx:AAA", "A", "ORG", wikidata="Q1"),
                        Entry("org:b", "B", "ORG", parent="idx:AAA"),
                        Entry("city:c", "C", "GPE", valid_to="2019")])
    stats = kb_stats(kb)
    assert stats == {"total": 3, "by_type": {"ORG": 2, "GPE": 1},
                     "by_prefix": {"city": 1, "idx": 1, "org": 1},
                     "with_wikidata": 1, "with_parent": 1, "dated": 1}
    assert "by prefix: city 1, idx 1, org 1" in format_kb_stats(stats)


def test_stats_of_the_bundled_base_and_a_user_file(tmp_path, capsys):
    code, out, _ = ask(capsys, "kb", "stats")
    assert code == 0 and "by type: ORG" in out and "idx" in out and "Wikidata" in out
    mine = tmp_path / "banks.jsonl"
    mine.write_text(BANKS, encoding="utf-8")
    code, more, _ = ask(capsys, "kb", "stats", "--kb", mine)
    total = int(out.split()[1].replace(",", ""))
    assert code == 0 and int(more.split()[1].replace(",", "")) == total + 3

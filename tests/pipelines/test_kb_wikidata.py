"""Wikidata IDs confirmed from IndEL for the knowledge base."""

import csv
import doctest
from pathlib import Path

import pytest

import kg.kb
from kg.kb import Entry, KnowledgeBase
from pipelines.kb import wikidata

ROOT = Path(__file__).resolve().parents[2]
INDEL = ROOT.parent / "shared" / "data" / "id-el" / "IndEL_General_Domain.ttl"

TTL = """@prefix nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#> .
@prefix itsrdf: <http://www.w3.org/2005/11/its/rdf#> .
<http://x/0#0,4> nif:anchorOf "KPPU" ; itsrdf:taIdentRef <http://www.wikidata.org/entity/Q4196828> .
<http://x/0#9,12> nif:anchorOf "Ani" .
<http://x/1#0,5> nif:anchorOf "Komisi Pengawas Persaingan Usaha" ;
    itsrdf:taIdentRef <http://www.wikidata.org/entity/Q4196828> .
"""


def test_doctests():
    assert doctest.testmod(wikidata).failed == 0


def test_read_indel_keeps_linked_mentions(tmp_path):
    path = tmp_path / "indel.ttl"
    path.write_text(TTL, encoding="utf-8")
    assert wikidata.read_indel(path) == [("KPPU", "Q4196828"),
                                         ("Komisi Pengawas Persaingan Usaha", "Q4196828")]


def test_disagreement_or_a_shared_id_confirms_nothing():
    kb = KnowledgeBase([
        Entry("org:a", "Alpha Corp", "ORG", aliases=("Alpha Corporation Indonesia",)),
        Entry("org:b", "Beta Holdings", "ORG", aliases=("Beta Group Asia",)),
        Entry("org:c", "Gamma Energi", "ORG", aliases=("Gamma Energy",))])
    mentions = [("Alpha Corp", "Q1"), ("Alpha Corporation Indonesia", "Q2"),
                ("Beta Holdings", "Q3"), ("Beta Group Asia", "Q3"),
                ("Gamma Energi", "Q3"), ("Gamma Energy", "Q3")]
    # Alpha's names disagree; Beta and Gamma share Q3, so neither is confirmed
    assert wikidata.confirm(kb, mentions) == []


def test_bundled_ids_are_applied_and_point_at_entries():
    path = ROOT / "kg" / "kb" / "data" / "wikidata.csv"
    rows = list(csv.DictReader(path.read_text(encoding="utf-8").splitlines()))
    base = kg.kb.load()
    assert rows and all(base[r["id"]].wikidata == r["wikidata"] for r in rows)
    assert len({r["wikidata"] for r in rows}) == len(rows)


@pytest.mark.skipif(not INDEL.exists(), reason="../shared data not available")
def test_bundled_file_is_what_the_script_writes(tmp_path):
    out = tmp_path / "wikidata.csv"
    assert wikidata.main(["--indel", str(INDEL), "--out", str(out)]) == 0
    bundled = ROOT / "kg" / "kb" / "data" / "wikidata.csv"
    assert out.read_text(encoding="utf-8") == bundled.read_text(encoding="utf-8")


def test_codes_alone_confirm_nothing_but_a_name_with_its_code_does():
    kb = KnowledgeBase([Entry("idx:PSSI", "Pelita Samudera Shipping", "ORG", aliases=("PSSI",)),
                        Entry("idx:BBRI", "Bank Rakyat Indonesia", "ORG", aliases=("BBRI",))])
    mentions = [("PSSI", "Q622257")] * 5 + [("BBRI", "Q623042"),
                                            ("Bank Rakyat Indonesia", "Q623042")]
    assert [(r["id"], r["names"]) for r in wikidata.confirm(kb, mentions)] == [("idx:BBRI", 2)]

"""The hand-written entries of Indonesian government bodies, regulators and parties."""

import pytest

import kg.kb
from kg.kb import load


@pytest.fixture(scope="module")
def kb():
    return load()


def government(kb):
    from pathlib import Path

    from kg.kb import read_entries

    path = Path(kg.kb.__file__).parent / "data" / "government.jsonl"
    return [kb[e.id] for e in read_entries(path)]


@pytest.mark.parametrize("name, entry_id", [
    ("Kementerian Keuangan", "org:ministry-of-finance"),
    ("the Finance Ministry's", "org:ministry-of-finance"),
    ("Kemenkeu", "org:ministry-of-finance"),
    ("Kementerian Keuangan RI", "org:ministry-of-finance"),
    ("Otoritas Jasa Keuangan", "org:financial-services-authority"),
    ("OJK", "org:financial-services-authority"),
    ("Komisi Pengawas Persaingan Usaha", "org:business-competition-supervisory-commission"),
    ("Ditjen Pajak", "org:directorate-general-of-taxes"),
    ("Bea Cukai", "org:directorate-general-of-customs-and-excise"),
    ("Kemenko Perekonomian", "org:coordinating-ministry-for-economic-affairs"),
    ("Kominfo", "org:ministry-of-communication-and-informatics"),
    ("Kementerian Komunikasi dan Digital", "org:ministry-of-communication-and-digital-affairs"),
    ("Kementerian Investasi/BKPM", "org:ministry-of-investment"),
    ("BKPM", "org:investment-coordinating-board"),
    ("Badan Pengelola Investasi Daya Anagata Nusantara", "org:danantara"),
    ("Kepolisian RI", "org:indonesian-national-police"),
    ("Dewan Perwakilan Rakyat", "org:house-of-representatives"),
    ("Komisi VI DPR", "org:house-commission-vi"),
    ("Partai Demokrasi Indonesia Perjuangan", "org:indonesian-democratic-party-of-struggle"),
    ("PDI-P", "org:indonesian-democratic-party-of-struggle"),
])
def test_lookups_across_languages(kb, name, entry_id):
    assert kb.lookup(name).id == entry_id


def test_common_words_and_lower_case_acronyms_find_nothing(kb):
    for name in ("Pajak", "Istana", "ministry", "polisi", "ojk", "Bi", "ksp"):
        assert kb.lookup(name) is None, name


@pytest.mark.parametrize("old, new", [
    ("Kemenkominfo", "Komdigi"),
    ("Kemenkop UKM", "Kemenkop"),
    ("Kemenkop UKM", "Kementerian UMKM"),
    ("Kementerian Investasi", "Kementerian Investasi dan Hilirisasi"),
    ("Kemenko Polhukam", "Kemenko Polkam"),
    ("Kemenko Maritim", "Kemenko Marves"),
    ("Kemendikbud", "Kemendikbudristek"),
    ("Kemenkumham", "Kemenimipas"),
])
def test_a_renamed_or_split_body_has_both_entries_dated_in_order(kb, old, new):
    before, after = kb.lookup(old), kb.lookup(new)
    assert before.id != after.id
    assert before.valid_to and after.valid_from and before.valid_to <= after.valid_from
    for entry in (before, after):
        assert entry.valid_from is None or entry.valid_to is None \
            or entry.valid_from <= entry.valid_to


def test_entries_are_well_formed_and_dates_in_order(kb):
    entries = government(kb)
    assert len(entries) >= 100
    for entry in entries:
        assert entry.type == "ORG"  # Q-IDs come only from wikidata.csv (IndEL-confirmed)
        assert entry.source == "hand-written (common knowledge)"
        assert entry.parent is None or entry.parent in kb
        if entry.valid_from and entry.valid_to:
            assert entry.valid_from <= entry.valid_to, entry.id


def test_every_name_finds_its_own_entry_and_no_other(kb):
    # stricter than the bundled-base check: no name is shared, with the listed
    # companies or between two government entries
    for entry in government(kb):
        for name in entry.names:
            assert [e.id for e in kb.candidates(name)] == [entry.id], name

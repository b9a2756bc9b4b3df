"""Places in the bundled knowledge base: countries, Indonesia's provinces, cities."""

import pytest

from kg.kb import load


@pytest.fixture(scope="module")
def kb():
    return load()


@pytest.mark.parametrize("name, entry_id", [
    ("United States", "country:US"), ("Amerika Serikat", "country:US"),
    ("Indonesia", "country:ID"), ("China", "country:CN"), ("Tiongkok", "country:CN"),
    ("Singapore", "country:SG"), ("Singapura", "country:SG"), ("Hong Kong", "country:HK"),
    ("Jawa Barat", "province:west-java"), ("West Java", "province:west-java"),
    ("Jabar", "province:west-java"), ("Papua Selatan", "province:south-papua"),
    ("South Papua", "province:south-papua"), ("Jakarta", "province:jakarta"),
    ("DKI Jakarta", "province:jakarta"), ("DI Yogyakarta", "province:yogyakarta"),
    ("Yogyakarta", "city:yogyakarta"), ("Jogja", "city:yogyakarta"),
    ("Surabaya", "city:surabaya"), ("IKN", "city:nusantara"), ("Beijing", "city:beijing"),
    ("New York", "city:new-york"), ("Jenewa", "city:geneva"),
])
def test_places_are_found_in_english_and_indonesian(kb, name, entry_id):
    entry = kb.lookup(name)
    assert entry is not None and entry.id == entry_id, name
    assert entry.type == "GPE"


def test_codes_and_words_are_no_places(kb):
    # two-letter ISO codes are words ("as" is also Indonesian for the USA): never aliases
    for code in ("ID", "IN", "US", "AS"):
        assert kb.lookup(code) is None
    assert kb.lookup("Nusantara") is None  # also "the archipelago": only the full name


def test_provinces_hang_under_indonesia_and_cities_under_them(kb):
    provinces = [e for e in kb if e.id.startswith("province:")]
    assert len(provinces) == 38 and {e.parent for e in provinces} == {"country:ID"}
    new = sorted(e.name for e in provinces if e.valid_from == "2022")
    assert new == ["Central Papua", "Highland Papua", "South Papua", "Southwest Papua"]
    for entry in kb:
        if entry.parent:
            assert entry.parent in kb, entry.id
    assert kb["city:bandung"].parent == "province:west-java"
    assert kb["city:yogyakarta"].parent == "province:yogyakarta"

"""The bundled companies off the exchange, and the hand-written aliases of listed ones."""

import json
from importlib import resources

import pytest

from kg.kb import load


@pytest.fixture(scope="module")
def base():
    return load()


def companies():
    text = resources.files("kg.kb").joinpath("data", "companies.jsonl").read_text("utf-8")
    return [json.loads(line) for line in text.splitlines()
            if line.strip() and not line.startswith("//")]


@pytest.mark.parametrize("name, entry_id", [
    ("PT Pertamina (Persero)", "org:pertamina"),
    ("PLN", "org:pln"),
    ("PT PLN (Persero)", "org:pln"),
    ("Mining Industry Indonesia", "org:mind-id"),
    ("Grab Indonesia", "org:grab"),
    ("Grab", "org:grab"),
    ("Shopee", "org:shopee"),
    ("Meta", "org:meta"),
    ("PTFI", "org:freeport-indonesia"),
    ("Vale", "org:vale"),
    ("PT Vale Indonesia Tbk", "idx:INCO"),
    # the hand-written aliases of listed companies
    ("Telkom", "idx:TLKM"),
    ("BRI", "idx:BBRI"),
    ("BCA", "idx:BBCA"),
    ("Antam", "idx:ANTM"),
    ("GoTo", "idx:GOTO"),
    ("Indosat Ooredoo Hutchison", "idx:ISAT"),
])
def test_names_news_uses_find_their_company(base, name, entry_id):
    assert base.lookup(name).id == entry_id


def test_common_and_shared_words_find_nothing(base):
    # "mandiri" is Indonesian for "independent"; "Adaro" fits ADRO and AADI
    assert base.lookup("Mandiri") is None and base.lookup("Adaro") is None
    assert base.lookup("bri") is None and base.lookup("meta", type="PERSON") is None


def test_owners(base):
    assert base["org:shopee"].parent == "org:sea"
    assert base["org:instagram"].parent == "org:meta"
    assert base["org:gojek"].parent == "idx:GOTO"
    assert base["org:telkomsel"].parent == "idx:TLKM"
    assert base["idx:ANTM"].parent == "org:mind-id"


def test_every_parent_is_an_entry_and_no_entry_owns_itself(base):
    for entry in base:
        seen, parent = {entry.id}, entry.parent
        while parent is not None:
            assert parent in base, (entry.id, parent)
            assert parent not in seen, ("ownership cycle", entry.id, parent)
            seen.add(parent)
            parent = base[parent].parent


def test_no_name_of_the_bundled_base_fits_two_entries(base):
    shared = [(name, [c.id for c in base.candidates(name)])
              for entry in base for name in entry.names if len(base.candidates(name)) > 1]
    assert shared == []


def test_hand_written_rows_are_organisations_without_unconfirmed_wikidata():
    rows = companies()
    assert len(rows) >= 40
    assert all(r["id"].startswith("org:") and r["type"] == "ORG" for r in rows)
    assert all("wikidata" not in r and r["source"].startswith("hand-written") for r in rows)

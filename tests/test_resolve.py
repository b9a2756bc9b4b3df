from kg.extract.mentions import Mention
from kg.resolve import AliasEntry, normalize_name, parse_alias_rows, resolve, slugify


def m(article, text, type_, lang="en", start=0):
    return Mention(article, text, type_, start, start + len(text), 0, 100, lang)


def test_normalize_legal_forms_possessive_diacritics():
    assert normalize_name("PT Tokopedia") == normalize_name("Tokopedia")
    assert normalize_name("GoTo Group") == "goto"
    assert normalize_name("TikTok's") == "tiktok"
    assert normalize_name("Pérez") == "perez"
    assert normalize_name("Group") == "group"  # a legal form alone is kept


def test_slug_is_stable_ascii():
    assert slugify("Zulkifli Hasan") == "zulkifli-hasan"
    assert slugify("Café Ñ") == "cafe-n"


def test_alias_table_merges_across_languages():
    ms = [m("a", "Kementerian Perdagangan", "ORG", "id"), m("b", "Ministry of Trade", "ORG"),
          m("c", "Kemendag", "ORG", "id"), m("d", "GOTO.JK", "ORG"),
          m("e", "PT GoTo Gojek Tokopedia Tbk", "ORG", "id")]
    entities, assignment = resolve(ms)
    assert set(entities) == {"ministry-of-trade", "goto"}
    mot = entities["ministry-of-trade"]
    assert mot.languages == {"en", "id"} and mot.mentions == 3
    assert set(mot.articles) == {"a", "b", "c"}


def test_alias_type_overrides_model_vote():
    ms = [m("a", "Tokopedia", "GPE"), m("b", "Tokopedia", "GPE"), m("c", "Tokopedia", "ORG")]
    entities, _ = resolve(ms)
    assert entities["tokopedia"].type == "ORG"


def test_type_is_voted_without_alias():
    ms = [m("a", "Acme Widgets", "ORG"), m("b", "Acme Widgets", "ORG"),
          m("c", "Acme Widgets", "PERSON")]
    entities, _ = resolve(ms, aliases=[])
    assert entities["acme-widgets"].type == "ORG"


def test_short_name_within_article_only():
    ms = [m("a", "Dewi Lestari", "PERSON", start=0), m("a", "Dewi", "PERSON", start=50),
          m("b", "Dewi", "PERSON", start=0)]
    entities, assignment = resolve(ms, aliases=[])
    assert assignment[id(ms[1])] == "dewi-lestari"
    assert assignment[id(ms[2])] == "dewi"  # another article: not joined by first name


def test_different_names_stay_apart():
    ms = [m("a", "TikTok", "ORG"), m("a", "TikTok Shop", "ORG")]
    entities, _ = resolve(ms)
    assert {"tiktok", "tiktok-shop"} <= set(entities)


def test_user_alias_rows():
    entries = parse_alias_rows([{"canonical": "Acme", "type": "org", "aliases": "ACME.JK|Acme Co"}])
    assert entries == [AliasEntry("Acme", "ORG", ("ACME.JK", "Acme Co", "Acme"))]
    entities, _ = resolve([m("a", "ACME.JK", "GPE")], aliases=entries)
    assert entities["acme"].type == "ORG" and entities["acme"].label == "Acme"

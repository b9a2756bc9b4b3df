import pytest

from kg.errors import KGError
from kg.graph.aliases import AliasEntry, parse_alias_text, read_alias_file
from kg.graph.resolve import likely_duplicates, resolve, similar_pairs, slugify
from kg.nlp.mentions import Mention
from kg.nlp.names import normalize_name


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
    assert assignment[ms[1].key] == "dewi-lestari"
    assert assignment[ms[2].key] == "dewi"  # another article: not joined by first name


def test_different_names_stay_apart():
    ms = [m("a", "TikTok", "ORG"), m("a", "TikTok Shop", "ORG")]
    entities, _ = resolve(ms)
    assert {"tiktok", "tiktok-shop"} <= set(entities)


def test_user_alias_rows():
    entries = parse_alias_text("canonical,type,aliases\nAcme,org,ACME.JK|Acme Co\n", "a.csv")
    assert entries == [AliasEntry("Acme", "ORG", ("ACME.JK", "Acme Co", "Acme"))]
    entities, _ = resolve([m("a", "ACME.JK", "GPE")], aliases=entries)
    assert entities["acme"].type == "ORG" and entities["acme"].label == "Acme"


def test_laws_merge_by_type_number_and_year():
    ms = [m("a", "Permendag 31/2023", "LAW"), m("b", "Permendag Nomor 31 Tahun 2023", "LAW", "id"),
          m("c", "Trade Ministry Regulation No. 31 of 2023", "LAW"),
          m("d", "Regulation of the Minister of Trade (Permendag) Number 31 of 2023", "LAW"),
          m("e", "Permendag Nomor 50 Tahun 2020", "LAW", "id"), m("f", "PP 31/2023", "LAW")]
    entities, assignment = resolve(ms, aliases=[])
    ids = [assignment[x.key] for x in ms]
    assert len(set(ids[:4])) == 1
    assert ids[4] != ids[0] and ids[5] != ids[0]


def test_spelling_variants_merge_without_alias_table():
    ms = [m("a", "Shou Zi Chew", "PERSON"), m("b", "Shou Zichew", "PERSON"),
          m("c", "Fithra Faisal Hastiadi", "PERSON"), m("d", "Fitra Faisal Hastiadi", "PERSON")]
    entities, assignment = resolve(ms, aliases=[])
    assert assignment[ms[0].key] == assignment[ms[1].key]
    assert assignment[ms[2].key] == assignment[ms[3].key]
    assert len(entities) == 2


@pytest.mark.parametrize("a,b", [
    (("TikTok", "ORG"), ("TikTok Shop", "ORG")),           # a different entity
    (("Jordan", "GPE"), ("Jordon", "PERSON")),              # types disagree
    (("Bukalapak", "ORG"), ("Bukalapak Mitra", "ORG")),
    (("Indonesia", "GPE"), ("Indonesian", "ORG")),
])
def test_similar_names_that_must_stay_apart(a, b):
    ms = [m("x", *a), m("y", *b)]
    entities, assignment = resolve(ms, aliases=[])
    assert assignment[ms[0].key] != assignment[ms[1].key]


def test_blocking_compares_only_within_blocks():
    keys = [f"name{i:04d}" for i in range(300)] + ["zulhas", "zulkifli hasan"]
    types = dict.fromkeys(keys, "PERSON")
    compared = []
    import kg.graph.resolve as R

    real = R.fuzz.ratio
    try:
        R.fuzz.ratio = lambda a, b: compared.append((a, b)) or real(a, b)
        list(similar_pairs(keys, types, threshold=92))
    finally:
        R.fuzz.ratio = real
    # all "nam..." keys share a block; "zul..." keys are never compared with them
    assert not any(a.startswith("zul") != b.startswith("zul") for a, b in compared)


def test_likely_duplicates_reported_not_merged():
    ms = [m("a", "Temasek Holdings", "ORG"), m("b", "Temasek Holdings Asia", "ORG")]
    entities, _ = resolve(ms, aliases=[])
    assert len(entities) == 2
    pairs = likely_duplicates(entities)
    assert pairs and set(pairs[0]["labels"]) == {"Temasek Holdings", "Temasek Holdings Asia"}
    assert 80 <= pairs[0]["score"] < 92


def test_read_alias_file_csv_and_yaml(tmp_path):
    csv_file = tmp_path / "a.csv"
    csv_file.write_text("canonical,type,aliases\nAcme,ORG,ACME.JK|Acme Co\n", encoding="utf-8")
    yaml_file = tmp_path / "a.yaml"
    yaml_file.write_text("- canonical: Budi Santoso\n  type: PERSON\n  aliases: Pak Budi|BS\n",
                         encoding="utf-8")
    assert read_alias_file(csv_file)[0] == AliasEntry("Acme", "ORG", ("ACME.JK", "Acme Co", "Acme"))
    assert read_alias_file(yaml_file)[0].aliases == ("Pak Budi", "BS", "Budi Santoso")
    bad = tmp_path / "b.csv"
    bad.write_text("name,kind\nx,y\n", encoding="utf-8")
    with pytest.raises(KGError):
        read_alias_file(bad)
    broken = tmp_path / "c.yaml"
    broken.write_text("- canonical: [unclosed\n", encoding="utf-8")
    with pytest.raises(KGError):
        read_alias_file(broken)


def test_roles_collected_per_entity():
    ms = [Mention("a", "Teten Masduki", "PERSON", 0, 13, 0, 40, "id",
                  title="Menteri Koperasi dan UKM"),
          Mention("b", "Teten Masduki", "PERSON", 0, 13, 0, 40, "en", title="SME minister"),
          Mention("c", "Teten Masduki", "PERSON", 0, 13, 0, 40, "en")]
    entities, _ = resolve(ms, aliases=[])
    assert entities["teten-masduki"].roles == {"Menteri Koperasi dan UKM": 1, "SME minister": 1}


def test_speaking_is_person_evidence_but_known_places_stay_places():
    full = m("a", "Dewi Lestari Putri", "ORG")  # the model mistyped the full name
    short1, short2 = m("a", "Dewi", "GPE", start=50), m("a", "Dewi", "GPE", start=90)
    indo = m("a", "Indonesia", "GPE", start=120)
    entities, assignment = resolve([full, short1, short2, indo],
                                   speakers={short1.key, indo.key})
    assert assignment[short1.key] == assignment[short2.key] == assignment[full.key]
    assert entities[assignment[full.key]].type == "PERSON"
    assert entities[assignment[indo.key]].type == "GPE"
    # without the evidence, a place-typed first name does not join anything
    entities, assignment = resolve([full, short1], speakers=set())
    assert assignment[short1.key] != assignment[full.key]


def _kb():
    from kg.kb import Entry, KnowledgeBase

    return KnowledgeBase([
        Entry("org:kominfo", "Ministry of Communication and Informatics", "ORG",
              aliases=("Kementerian Komunikasi dan Informatika", "Kemenkominfo", "Kominfo"),
              wikidata="Q12490742"),
        Entry("idx:BUMI", "Bumi Resources", "ORG", aliases=("BUMI", "BUMI.JK")),
        Entry("org:bank-a", "Bank Maju", "ORG"), Entry("org:bank-b", "Bank Maju", "ORG")])


def _m(article, text, type_, start, lang="id"):
    from kg.nlp.mentions import Mention

    return Mention(article, text, type_, start, start + len(text), 0, 200, lang)


def test_mentions_linked_to_the_knowledge_base_are_one_node_with_its_id():
    ms = [_m("a", "Kemenkominfo", "ORG", 0), _m("a", "Kominfo", "GPE", 20),
          _m("b", "Ministry of Communication and Informatics", "ORG", 0, "en")]
    entities, assignment = resolve(ms, aliases=[], kb=_kb())
    assert len(entities) == 1
    [ent] = entities.values()
    assert (ent.label, ent.type, ent.kb_id, ent.wikidata) == (
        "Ministry of Communication and Informatics", "ORG", "org:kominfo", "Q12490742")
    assert ent.languages == {"id", "en"} and ent.mentions == 3


def test_bare_tickers_people_and_shared_names_do_not_link():
    ms = [_m("a", "BUMI", "ORG", 0), _m("a", "BUMI.JK", "ORG", 10),
          _m("b", "Kominfo", "PERSON", 0), _m("b", "Bank Maju", "ORG", 20)]
    entities, assignment = resolve(ms, aliases=[], kb=_kb())
    by_text = {m.text: entities[assignment[m.key]] for m in ms}
    assert by_text["BUMI.JK"].kb_id == "idx:BUMI"
    assert by_text["BUMI"].kb_id is None and by_text["BUMI"] is not by_text["BUMI.JK"]
    assert by_text["Kominfo"].kb_id is None
    assert by_text["Bank Maju"].kb_id is None


def test_an_alias_table_entity_carries_the_entry_id_and_gathers_its_names():
    from kg.graph.aliases import AliasEntry

    table = [AliasEntry("Kominfo", "ORG", ("Kominfo", "Kemkominfo"))]
    ms = [_m("a", "Kemkominfo", "ORG", 0),
          _m("b", "Kementerian Komunikasi dan Informatika", "ORG", 0)]
    entities, _ = resolve(ms, aliases=table, kb=_kb())
    [ent] = entities.values()
    assert (ent.label, ent.kb_id) == ("Kominfo", "org:kominfo")

"""The pipelines kg builds with: the shipped Indonesian model and the English model."""

import configparser
import fnmatch
from pathlib import Path

import pytest

import kg
from kg.nlp.mentions import LABEL_MAP
from kg.nlp.pipelines import indonesian_model_path, load_pipeline

ROOT = Path(__file__).resolve().parents[2]


def ents(lang, text):
    return [(e.text, LABEL_MAP.get(e.label_, e.label_)) for e in load_pipeline(lang)(text).ents]


def test_indonesian_model_ships_inside_the_package():
    path = indonesian_model_path()
    assert path.is_dir() and Path(kg.__file__).parent in path.parents
    size = sum(p.stat().st_size for p in path.rglob("*") if p.is_file())
    assert size <= 30 * 2**20  # the budget: 30 MiB for all shipped models


def test_package_data_covers_every_model_file():
    cfg = configparser.ConfigParser()
    cfg.read(ROOT / "setup.cfg")
    globs = [g.strip() for g in cfg["options.package_data"]["kg"].split(",")]
    package = ROOT / "kg"
    files = [p.relative_to(package).as_posix() for p in (package / "nlp" / "models").rglob("*")
             if p.is_file() and "__pycache__" not in p.parts]
    assert files
    missing = [f for f in files if not any(fnmatch.fnmatch(f, g) and f.count("/") == g.count("/")
                                           for g in globs)]
    assert missing == []


def test_pipelines_cached_and_composed():
    nlp = load_pipeline("id")
    assert load_pipeline("id") is nlp
    names = nlp.pipe_names
    assert names.index("kg_entity_rules") < names.index("ner") < names.index("kg_entity_fixes")
    assert names.index("kg_sentence_bounds") < names.index("parser")
    with pytest.raises(ValueError):
        load_pipeline("fr")


def test_indonesian_tokenizer_equals_the_saved_one():
    # load_model skips the saved tokenizer because spaCy's Indonesian class builds the
    # same one; if a retrained model ever saves a different tokenizer, this fails
    import spacy
    from spacy.tokenizer import Tokenizer

    saved = Tokenizer(spacy.blank("id").vocab).from_disk(indonesian_model_path() / "tokenizer")
    used = load_pipeline("id").tokenizer
    assert saved.rules == used.rules and len(used.rules) > 10_000
    for name in ("prefix_search", "suffix_search", "infix_finditer", "token_match", "url_match"):
        a, b = getattr(saved, name), getattr(used, name)
        assert (a is None) == (b is None), name
        if a is not None:
            assert a.__self__.pattern == b.__self__.pattern, name
    assert saved.faster_heuristics == used.faster_heuristics
    text = "Kemendag melarang TikTok Shop (TTS) berjualan di medsos, kata Zulhas di Jakarta."
    assert [t.text for t in saved(text)] == [t.text for t in used(text)]


def test_indonesian_tags_lemmas_and_parse():
    doc = load_pipeline("id")("Kementerian Perdagangan melarang penjualan barang di media sosial.")
    assert doc.has_annotation("POS") and doc.has_annotation("LEMMA")
    assert doc.has_annotation("DEP")
    melarang = next(t for t in doc if t.text == "melarang")
    assert melarang.pos_ == "VERB"
    assert "nsubj" in {c.dep_ for c in melarang.children}
    assert "obj" in {c.dep_ for c in melarang.children}


def test_indonesian_sentences_end_only_where_a_rule_allows():
    # the parser alone splits after "TikTok," (a subject followed by a relative clause)
    doc = load_pipeline("id")("TikTok, yang dimiliki oleh perusahaan asal Tiongkok ByteDance, "
                              "menjadi platform yang paling terdampak. Judul tanpa titik\n"
                              "Pemerintah akan mengatur harga.")
    assert [s.text.strip() for s in doc.sents] == [
        "TikTok, yang dimiliki oleh perusahaan asal Tiongkok ByteDance, menjadi platform yang "
        "paling terdampak.", "Judul tanpa titik", "Pemerintah akan mengatur harga."]


def test_indonesian_sentence():
    found = ents("id", "Menteri Koperasi dan UKM Teten Masduki bertemu CEO TikTok "
                       "Shou Zi Chew di Jakarta.")
    assert ("Teten Masduki", "PERSON") in found
    assert ("TikTok", "ORG") in found and ("Jakarta", "GPE") in found
    assert ("Shou Zi Chew", "PERSON") in found


def test_indonesian_law_and_ministry():
    found = ents("id", "Kementerian Perdagangan menerbitkan Permendag Nomor 31 Tahun 2023 "
                       "untuk mengatur perdagangan daring.")
    assert ("Kementerian Perdagangan", "ORG") in found
    assert ("Permendag Nomor 31 Tahun 2023", "LAW") in found


def test_indonesian_no_junk_sentence_openers():
    found = ents("id", "Larangan itu berlaku bulan lalu. Shopee dan Lazada masih beroperasi.")
    texts = [t for t, _ in found]
    assert "Larangan" not in texts and "dan Lazada" not in texts
    assert "Lazada" in texts


def test_english_rule_layers_fix_the_model():
    found = ents("en", "Minister of Trade Zulkifli Hasan said Permendag 31/2023 bans TikTok Shop.")
    assert ("Zulkifli Hasan", "PERSON") in found
    assert ("Permendag 31/2023", "LAW") in found


@pytest.mark.parametrize("lang,text,law", [
    ("en", "Trading is regulated through the Regulation of the Minister of Trade (Permendag) "
           "Number 31 of 2023 concerning licensing.",
     "Regulation of the Minister of Trade (Permendag) Number 31 of 2023"),
    ("id", "Pemerintah mengatur lewat Peraturan Menteri Perdagangan (Permendag) Nomor 31 "
           "Tahun 2023 tentang perizinan.",
     "Peraturan Menteri Perdagangan (Permendag) Nomor 31 Tahun 2023"),
])
def test_long_law_names_with_bracketed_short_form(lang, text, law):
    assert (law, "LAW") in ents(lang, text)


def test_seed_indonesian_article_has_no_junk_entities(seeds_dir):
    from kg.ingest.clean import clean_text

    path = next(seeds_dir.glob("004_*.txt"))
    doc = load_pipeline("id")(clean_text(path.read_text(encoding="utf-8")))
    texts = {e.text for e in doc.ents}
    assert {"Teten Masduki", "Tokopedia", "Shou Zi Chew", "GOTO.JK"} <= texts
    for text in texts:
        first = text.split()[0]
        assert first[0].isupper() or first[0].isdigit(), text  # no "dan Lazada"
        assert first.lower() not in {"larangan", "menurut", "platform", "misteri"}, text


def test_titles_kept_as_role_evidence():
    from kg.nlp.mentions import extract_mentions

    doc = load_pipeline("id")("Menteri Koperasi dan UKM Teten Masduki bertemu CEO TikTok "
                              "Shou Zi Chew di Jakarta.")
    roles = {m.text: m.title for m in extract_mentions(doc, article="a", lang="id")}
    assert roles["Teten Masduki"] == "Menteri Koperasi dan UKM"
    assert roles["Shou Zi Chew"] == "CEO TikTok"
    assert roles["Jakarta"] is None


def test_no_glued_fragments_in_english():
    from kg.nlp.mentions import extract_mentions

    doc = load_pipeline("en")('"Sellers must register first," said the official known as Zulhas '
                              "at Tokopedia Tower in Jakarta on Monday.")
    texts = [m.text for m in extract_mentions(doc, article="a", lang="en")]
    assert "Zulhas" in texts and not any(" at " in t for t in texts)

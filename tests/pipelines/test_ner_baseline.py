"""Tests of the rule-based Indonesian entity recogniser and its evaluation script."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc, Span

import pipelines.ner_baseline  # noqa: F401  registers "kg_id_ner"
from pipelines import evaluate_ner
from pipelines.evaluate_ner import iob_to_spans, read_conll, score_spans
from pipelines.ner_baseline import LABELS, IndonesianEntityRecognizer, is_affixed_common_word


@pytest.fixture(scope="module")
def nlp():
    nlp = spacy.blank("id")
    nlp.add_pipe("sentencizer")
    nlp.add_pipe("kg_id_ner")
    return nlp


def ents(nlp, text):
    return [(e.text, e.label_) for e in nlp(text).ents]


# ---------------------------------------------------------------- recogniser
def test_title_person_org_and_place(nlp):
    text = "Menteri Koperasi dan UKM Teten Masduki bertemu CEO TikTok Shou Zi Chew di Jakarta."
    assert ents(nlp, text) == [
        ("Teten Masduki", "PERSON"),
        ("TikTok", "ORG"),
        ("Shou Zi Chew", "PERSON"),
        ("Jakarta", "GPE"),
    ]


def test_company_with_tbk(nlp):
    assert ("PT GoTo Gojek Tokopedia Tbk", "ORG") in ents(
        nlp, "Saham PT GoTo Gojek Tokopedia Tbk naik 5 persen."
    )


def test_ministry_and_regulation(nlp):
    found = ents(nlp, "Kementerian Perdagangan menerbitkan Permendag Nomor 31 Tahun 2023.")
    assert found == [
        ("Kementerian Perdagangan", "ORG"),
        ("Permendag Nomor 31 Tahun 2023", "LAW"),
    ]


@pytest.mark.parametrize(
    "text, law",
    [
        ("Aturan itu merujuk UU 11/2020 soal ketenagakerjaan.", "UU 11/2020"),
        ("Perpres No. 82 Tahun 2023 sudah terbit.", "Perpres No. 82 Tahun 2023"),
        ("Pemerintah merevisi UU Cipta Kerja.", "UU Cipta Kerja"),
        (
            "Ia mengutip Undang-Undang Nomor 7 Tahun 2014 tentang Perdagangan.",
            "Undang-Undang Nomor 7 Tahun 2014 tentang Perdagangan",
        ),
    ],
)
def test_law_patterns(nlp, text, law):
    assert (law, "LAW") in ents(nlp, text)


def test_sentence_initial_common_words_are_not_entities(nlp):
    found = ents(nlp, "Namun, pedagang menolak. Larangan itu berlaku mulai Senin.")
    assert found == []


def test_connector_is_not_part_of_an_entity(nlp):
    found = ents(nlp, "Pedagang beralih ke Shopee dan Lazada.")
    assert ("Lazada", "ORG") in found
    assert all(not text.startswith("dan") for text, _ in found)
    assert ("Shopee dan Lazada", "ORG") not in found


def test_connector_inside_org_name(nlp):
    found = ents(nlp, "Kementerian Koperasi dan UKM Teten Masduki hadir.")
    assert found == [("Kementerian Koperasi dan UKM", "ORG"), ("Teten Masduki", "PERSON")]


def test_org_then_person_after_title(nlp):
    found = ents(nlp, "Ketua Komisi Pemberantasan Korupsi Abraham Samad hadir.")
    assert found == [("Komisi Pemberantasan Korupsi", "ORG"), ("Abraham Samad", "PERSON")]


def test_acronyms_and_non_entity_acronyms(nlp):
    found = ents(nlp, "OJK dan BI mencatat pertumbuhan UMKM di Indonesia.")
    assert found == [("OJK", "ORG"), ("BI", "ORG"), ("Indonesia", "GPE")]


def test_places_with_heads_and_cues(nlp):
    found = ents(nlp, "Ia tinggal di kota Bandung dan Kabupaten Klaten, Jawa Tengah.")
    assert found == [
        ("kota Bandung", "GPE"),
        ("Kabupaten Klaten", "GPE"),
        ("Jawa Tengah", "GPE"),
    ]


def test_unknown_name_after_di_is_a_place(nlp):
    assert ents(nlp, "Gudang itu berada di Cikampek.") == [("Cikampek", "GPE")]


def test_speech_cue_makes_person(nlp):
    assert ("Budi Santoso", "PERSON") in ents(nlp, '"Kami siap," kata Budi Santoso.')


def test_headline_drops_capitalised_common_words(nlp):
    found = ents(nlp, "Teten Masduki Minta TikTok Shop Tutup Sebelum Akhir Bulan")
    assert found == [("Teten Masduki", "PERSON"), ("TikTok Shop", "ORG")]


def test_calendar_words_are_not_entities(nlp):
    assert ents(nlp, "Rapat digelar pada Rabu, 4 Oktober.") == []


def test_labels_and_determinism(nlp):
    text = (
        "Presiden Joko Widodo meminta Kemendag dan Bank Indonesia di Jakarta menindak "
        "platform Shopee sesuai Permendag 31/2023, kata Juru Bicara Istana Ari Dwipayana."
    )
    first, second = ents(nlp, text), ents(nlp, text)
    assert first == second
    assert {label for _, label in first} <= set(LABELS)


def test_works_on_a_hand_built_doc(nlp):
    words = ["Gubernur", "Bank", "Indonesia", "Perry", "Warjiyo", "berbicara", "."]
    doc = nlp(Doc(nlp.vocab, words=words))
    assert [(e.text, e.label_) for e in doc.ents] == [
        ("Bank Indonesia", "ORG"),
        ("Perry Warjiyo", "PERSON"),
    ]


def test_keeps_existing_entities_when_asked():
    nlp = spacy.blank("id")
    ner = IndonesianEntityRecognizer(nlp, overwrite_ents=False)
    doc = nlp("Produk Jakarta dijual di Surabaya.")
    doc.ents = [Span(doc, 1, 2, label="ORG")]
    labels = [(e.text, e.label_) for e in ner(doc).ents]
    assert labels == [("Jakarta", "ORG"), ("Surabaya", "GPE")]


def test_rejects_unknown_default_label():
    with pytest.raises(ValueError):
        IndonesianEntityRecognizer(spacy.blank("id"), default_label="MISC")


def test_affix_heuristic():
    assert is_affixed_common_word("kebijakan")
    assert is_affixed_common_word("harga-harga")
    assert not is_affixed_common_word("setiawan")
    assert not is_affixed_common_word("jokowi")


# ------------------------------------------------------------------- scoring
def test_score_spans_perfect_and_empty():
    gold = {(0, 0, 2, "PERSON"), (1, 3, 4, "GPE")}
    perfect = score_spans(gold, gold)
    assert perfect["micro"]["f"] == 1.0
    nothing = score_spans(gold, set())
    assert nothing["micro"] == {"p": 0.0, "r": 0.0, "f": 0.0, "tp": 0, "gold": 2, "pred": 0}


def test_score_spans_exact_boundaries_and_types():
    gold = {(0, 0, 2, "PERSON"), (0, 5, 6, "ORG"), (1, 0, 1, "GPE")}
    pred = {(0, 0, 1, "PERSON"), (0, 5, 6, "ORG"), (1, 0, 1, "ORG")}
    scores = score_spans(gold, pred)
    assert scores["micro"]["tp"] == 1
    assert scores["micro"]["p"] == pytest.approx(1 / 3)
    assert scores["micro"]["r"] == pytest.approx(1 / 3)
    assert scores["ORG"]["p"] == 0.5 and scores["ORG"]["r"] == 1.0
    assert scores["ORG"]["f"] == pytest.approx(2 / 3)
    assert scores["PERSON"]["f"] == 0.0


def test_score_spans_ignores_unscored_labels():
    gold = {(0, 0, 1, "PERSON")}
    pred = {(0, 0, 1, "PERSON"), (0, 3, 7, "LAW")}
    assert score_spans(gold, pred, labels={"PERSON"})["micro"]["p"] == 1.0
    assert score_spans(gold, pred)["micro"]["p"] == 0.5


def test_iob_and_conll_reading(tmp_path):
    assert iob_to_spans(["B-PER", "I-PER", "O", "B-LOC", "I-ORG"]) == [
        (0, 2, "PERSON"), (3, 4, "GPE"), (4, 5, "ORG"),
    ]
    idner = tmp_path / "test.txt"
    idner.write_bytes(b"Teten PROPN B-PER\r\nMasduki PROPN I-PER\r\nhadir VERB O\r\n\r\n"
                      b"KPK PROPN B-ORG\r\n")
    sents = read_conll(idner, " ")
    assert [(s.words, s.spans) for s in sents] == [
        (["Teten", "Masduki", "hadir"], [(0, 2, "PERSON")]),
        (["KPK"], [(0, 1, "ORG")]),
    ]
    grit = tmp_path / "test_preprocess.txt"
    grit.write_text("di\tO\nJawa\tB-PLACE\nTimur\tI-PLACE\n\n", encoding="utf-8")
    assert read_conll(grit, "\t")[0].spans == [(1, 3, "GPE")]


# ---------------------------------------------------------------- evaluation
@pytest.mark.skipif(not evaluate_ner.DEFAULT_DATA.exists(), reason="../shared data not available")
def test_evaluation_smoke(capsys):
    assert evaluate_ner.main(["--limit", "20"]) == 0
    out = capsys.readouterr().out
    assert "idner-news-2k test: 20 sentences" in out
    assert "nergrit test: 20 sentences" in out
    assert "micro" in out and "words/s" in out


@pytest.mark.skipif(not evaluate_ner.DEFAULT_DATA.exists(), reason="../shared data not available")
def test_rules_beat_english_baseline_on_a_sample(nlp):
    folder, files, sep = evaluate_ner.DATASETS["idner-news-2k"]
    sents = read_conll(evaluate_ner.DEFAULT_DATA / folder / files["test"], sep)[:20]
    assert evaluate_ner.evaluate(nlp, sents)["micro"]["f"] > 0.15

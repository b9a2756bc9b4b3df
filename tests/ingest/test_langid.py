from kg.ingest.langid import MIN_LETTERS, detect, route_paragraphs

EN = ("The trade ministry said on Tuesday that online sellers would need a licence before "
      "they can sell goods to customers through short video applications.")
ID = ("Kementerian itu menyatakan pada hari Selasa bahwa penjual daring harus memiliki izin "
      "sebelum menjual barang kepada pelanggan melalui aplikasi video pendek.")
FR = ("Le ministère a déclaré mardi que les vendeurs en ligne devront obtenir une licence "
      "avant de vendre des marchandises aux clients par des applications vidéo.")


def test_detects_english_and_indonesian():
    assert detect(EN).lang == "en"
    assert detect(ID).lang == "id"
    assert detect(EN).confidence > 0.9


def test_other_language_reported_as_itself():
    assert detect(FR).lang == "fr"


def test_deterministic_over_repeated_calls():
    short = "Menteri bilang TikTok Shop boleh kembali buka bulan depan di Indonesia."
    results = {detect(short) for _ in range(20)}
    assert len(results) == 1


def test_too_short():
    guess = detect("TikTok, GoTo.")
    assert guess.lang is None and guess.confidence == 0.0
    assert detect("x" * (MIN_LETTERS - 1)).lang is None


def test_no_letters():
    assert detect("1234567890 " * 10).lang is None


def test_route_paragraphs_mixed_article():
    text = ID + "\n" + EN + "\n" + "Ok."
    segs = route_paragraphs(text, "id")
    assert [s.lang for s in segs] == ["id", "en", "id"]  # short paragraph inherits
    assert text[segs[1].start:segs[1].end] == EN


def test_route_never_leaves_supported_languages():
    segs = route_paragraphs(ID + "\n" + FR, "id")
    assert [s.lang for s in segs] == ["id", "id"]


def _probabilities(detector_class, text):
    from langdetect.lang_detect_exception import LangDetectException

    from kg.ingest.langid import _factory

    detector = detector_class(_factory())
    detector.append(text)
    try:
        return [(p.lang, p.prob) for p in detector.get_probabilities()]
    except LangDetectException as exc:
        return str(exc)


def test_fast_detector_answers_exactly_as_langdetect(samples_dir):
    from langdetect.detector import Detector

    from kg.ingest.langid import _FastDetector
    from kg.ingest.readers import iter_articles

    texts = ["Ok.", "12345 !!! ???", "  x  ", "ABC DEF GHI jkl MNO", "ÀÉÎÕÜ ñ ç ß œ",
             "北京是中国的首都，人口众多。Beijing is big", "Tiếng Việt có dấu rất khó",
             "Привет мир, как дела? OK OK OK", "see https://example.com/a?b=1 and x@y.id now",
             "Много   слов   and [brackets] `ticks` ^carets^ _under_ 東京 ab",
             "Kementerian  Perdagangan   melarang " * 600]  # longer than langdetect's limit
    for art in iter_articles([samples_dir]):
        full = f"{art.title}\n{art.text}"
        texts.append(full)
        texts.extend(p for p in full.split("\n") if len(p) > 20)
    assert len(texts) > 100
    for text in texts:
        assert _probabilities(_FastDetector, text) == _probabilities(Detector, text), text


def test_log_scores_sum_every_ngram_once(samples_dir):
    import numpy as np

    from kg.ingest.langid import _SMOOTHING, _factory, _FastDetector
    from kg.ingest.readers import iter_articles

    texts = ["Menteri itu berbicara. The minister spoke, twice: 'again'.", "12345 !!!"]
    texts += [art.text for art in iter_articles([samples_dir])][:20]
    for text in texts:
        detector = _FastDetector(_factory())
        detector.append(text)
        detector.cleaning_text()
        grams = detector._extract_ngrams()
        scores, count = detector.log_scores()
        assert count == len(grams)
        expected = (np.log(np.array([detector.word_lang_prob_map[g] for g in grams]) + _SMOOTHING)
                    .sum(axis=0) if grams else np.zeros(len(detector.langlist)))
        np.testing.assert_allclose(scores, expected, rtol=1e-9, atol=1e-9)

from kg.langid import MIN_LETTERS, detect, route_paragraphs

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

"""Statements: who said what about whom (:mod:`kg.extract.statements`).

A reporting cue links its speaker (before the cue, after it, the object of
"according to"/"menurut", or the person a pronoun cue such as "katanya" or
"he said" stands for) to the people, organisations and laws the statement is
about, never to the speaker itself and never to a place. Criticism cues and
critic nouns give ``criticized``; a statement that says nothing ("was not
aware", "declined to comment") is ``negated``.
"""

import pytest

BUDI, ACME, BETA, CITRA = "Budi Santoso", "Acme Holdings", "Beta Mart", "Citra Pay"


@pytest.mark.parametrize("lang,marked,speaker,relation,topic", [
    ("en", "[Budi Santoso](PERSON) said [Beta Mart] broke the rules.", BUDI, "said", BETA),
    ("en", "[Beta Mart] broke the rules, [Budi Santoso](PERSON) said.", BUDI, "said", BETA),
    ("en", '"[Beta Mart] must register," said [Budi Santoso](PERSON).', BUDI, "said", BETA),
    ("en", "According to [Budi Santoso](PERSON), [Beta Mart] broke the rules.", BUDI, "said",
     BETA),
    ("en", "[Acme Holdings] said [Beta Mart] owes it money.", ACME, "said", BETA),
    ("en", "[Budi Santoso](PERSON) criticized [Beta Mart] for its prices.", BUDI, "criticized",
     BETA),
    ("en", "[Budi Santoso](PERSON), one of [Beta Mart]'s loudest critics, spoke on Monday.",
     BUDI, "criticized", BETA),
    ("id", "[Budi Santoso](PERSON) mengatakan [Beta Mart] melanggar aturan.", BUDI, "said", BETA),
    ("id", '"[Beta Mart] harus mendaftar," kata [Budi Santoso](PERSON).', BUDI, "said", BETA),
    ("id", "Menurut [Budi Santoso](PERSON), [Beta Mart] melanggar aturan.", BUDI, "said", BETA),
    ("id", "[Budi Santoso](PERSON) mengkritik [Beta Mart] karena harganya terlalu murah.", BUDI,
     "criticized", BETA),
    ("id", "[Budi Santoso](PERSON) mengecam [Beta Mart].", BUDI, "criticized", BETA),
    ("id", "[Budi Santoso](PERSON), salah satu pengkritik [Beta Mart], hadir di [Jakarta](GPE).",
     BUDI, "criticized", BETA),
    ("id", "[Budi Santoso](PERSON), ekonom [Universitas Citra], menilai [Beta Mart] melanggar "
           "aturan.", BUDI, "said", BETA),
])
def test_speaker_to_topic(relate, lang, marked, speaker, relation, topic):
    found = relate(lang, marked)
    edge = found.get(speaker, relation, topic)
    assert edge is not None, found.triples()
    assert (edge.family, edge.modality) == ("statement", "asserted")
    assert found.triples("statement") == {(speaker, relation, topic)}


@pytest.mark.parametrize("lang,marked", [
    ("en", "[Budi Santoso](PERSON) met [Sri Wahyuni](PERSON) at [Beta Mart]."),
    ("en", "[Budi Santoso](PERSON) said [Indonesia](GPE) needs more shops."),  # a place
    ("en", "According to the schedule, [Beta Mart] opens on Monday."),
    ("en", "[Budi Santoso](PERSON) declined to comment on [Acme Holdings]."),
    ("id", "[Budi Santoso](PERSON) bertemu [Sri Wahyuni](PERSON) di kantor [Beta Mart]."),
    ("id", "[Budi Santoso](PERSON) mengatakan [Bandung](GPE) butuh pasar baru."),
    ("id", "Menurut jadwal, [Beta Mart] dibuka hari Senin."),
    ("id", "Kata sandi akun [Beta Mart] bocor."),
    ("id", "[Budi Santoso](PERSON) menolak berkomentar soal [Acme Holdings]."),
])
def test_no_asserted_statement(relate, lang, marked):
    assert relate(lang, marked).asserted("statement") == set()


@pytest.mark.parametrize("lang,marked", [
    ("en", '[Budi Santoso](PERSON) spoke in [Jakarta](GPE). "[Beta Mart] must register," '
           'he said.'),
    ("id", '[Budi Santoso](PERSON) hadir di [Jakarta](GPE). "[Beta Mart] harus mendaftar," '
           'katanya.'),
    ("id", "[Budi Santoso](PERSON) hadir di [Jakarta](GPE). Ia mengatakan [Beta Mart] harus "
           "mendaftar."),
])
def test_pronoun_cue_is_the_person_named_before(relate, lang, marked):
    assert relate(lang, marked).triples() == {(BUDI, "said", BETA)}


@pytest.mark.parametrize("lang,marked", [
    ("en", "[Budi Santoso](PERSON) said he would visit [Beta Mart]."),
    ("id", "Menurut [Budi Santoso](PERSON), [Budi Santoso](PERSON) tidak tahu."),
    ("id", '[Budi Santoso](PERSON) tiba. "[Budi Santoso](PERSON) siap," katanya.'),
])
def test_never_an_edge_to_the_speaker_itself(relate, lang, marked):
    assert all(r.source.text != r.target.text for r in relate(lang, marked))


@pytest.mark.parametrize("lang,marked,quote", [
    ("en", '"[Beta Mart] must follow the rules," said [Budi Santoso](PERSON).',
     "Beta Mart must follow the rules"),
    ("id", '"[Beta Mart] harus mendaftar," kata [Budi Santoso](PERSON).',
     "Beta Mart harus mendaftar"),
    ("en", "[Budi Santoso](PERSON) said [Beta Mart] broke the rules.", None),
])
def test_quote_attribute(relate, lang, marked, quote):
    edge, = relate(lang, marked)
    assert (edge.quote.rstrip(",. ") if edge.quote else edge.quote) == quote


@pytest.mark.parametrize("lang,marked", [
    ("en", '[Acme Holdings] cut prices on Monday. "[Beta Mart] must register. [Citra Pay] has '
           'done so," said [Budi Santoso](PERSON).'),
    ("id", '[Acme Holdings] memangkas harga. "[Beta Mart] harus mendaftar. [Citra Pay] sudah," '
           'kata [Budi Santoso](PERSON).'),
])
def test_quote_over_several_sentences(relate, lang, marked):
    found = relate(lang, marked)
    # the names of the whole quote, not those before it opened
    assert found.triples("statement") == {(BUDI, "said", BETA), (BUDI, "said", CITRA)}


@pytest.mark.parametrize("lang,marked", [
    ("en", '"[Beta Mart] must register. [Citra Pay] has done so," said [Budi Santoso](PERSON).'),
    ("id", '"[Beta Mart] harus mendaftar. [Citra Pay] sudah," kata [Budi Santoso](PERSON).'),
])
def test_quote_over_several_sentences_is_kept(relate, lang, marked):
    said = [r for r in relate(lang, marked) if r.relation == "said"]
    assert said
    assert all(r.quote for r in said), [r.quote for r in said]


@pytest.mark.parametrize("lang,marked,topic", [
    ("en", "[Budi Santoso](PERSON) said he was not aware of any talks with [Acme Holdings].",
     ACME),
    ("en", "Asked about [Acme Holdings], [Budi Santoso](PERSON) said he declined to comment.",
     ACME),
    ("id", "[Budi Santoso](PERSON) mengaku tidak mengetahui rencana [Acme Holdings].", ACME),
    ("id", "[Budi Santoso](PERSON) mengatakan pihaknya belum memberikan tanggapan atas rencana "
           "[Acme Holdings].", ACME),
])
def test_statement_of_nothing_is_negated(relate, lang, marked, topic):
    edge = relate(lang, marked).get(BUDI, "said", topic)
    assert edge is not None
    assert edge.modality == "negated"


# --- with the English parse --------------------------------------------------

@pytest.mark.parametrize("marked,expected", [
    ("[Budi Santoso](PERSON), the chief executive of [Acme Holdings], said [Beta Mart] broke "
     "the rules.", {(BUDI, "said", BETA), (BUDI, "holds_role", ACME)}),
    ("[Budi Santoso](PERSON), an economist at [Universitas Citra], believes [Beta Mart] broke "
     "the rules.", {(BUDI, "said", BETA), (BUDI, "holds_role", "Universitas Citra")}),
    ("[Budi Santoso](PERSON) told [Reuters] that [Beta Mart] had broken the rules.",
     {(BUDI, "said", BETA)}),  # the addressee is no topic
    ('[Budi Santoso](PERSON) spoke first. "[Beta Mart] must register," added the lecturer of '
     '[Universitas Citra].', {(BUDI, "said", BETA), (BUDI, "holds_role", "Universitas Citra")}),
    ("[Budi Santoso](PERSON) said he was not aware of any talks with [Acme Holdings].",
     {(BUDI, "said", ACME)}),
], ids=["title-apposition", "economist-apposition", "addressee", "inverted-title-speaker",
        "not-aware"])
def test_parsed_speakers(relate_parsed, marked, expected):
    assert relate_parsed("en", marked).triples() == expected


def test_parsed_spokesperson_speaks_for_the_organisation(relate_parsed):
    found = relate_parsed("en", "A spokesperson for [Beta Mart] said the company was not aware "
                                "of the plan by [Acme Holdings].")
    edge = found.get(BETA, "said", ACME)
    assert edge is not None, found.triples()
    assert edge.modality == "negated"


# --- with the Indonesian parse ------------------------------------------------

@pytest.mark.parametrize("marked,speaker,topic", [
    # a title phrase stands between the cue and the person
    ('"[Beta Mart] melanggar aturan," kata Kepala Divisi Pengawasan Pasar [Acme Holdings] '
     '[Budi Santoso](PERSON) dalam jumpa pers.', BUDI, BETA),
    ("Menurut Direktur [Acme Holdings] [Budi Santoso](PERSON), [Beta Mart] melanggar aturan.",
     BUDI, BETA),
])
def test_parsed_speaker_under_a_title(relate_parsed, marked, speaker, topic):
    found = relate_parsed("id", marked)
    assert found.get(speaker, "said", topic) is not None, found.triples()
    # the organisation in the speaker's title is no topic, nor a speaker
    assert found.get(speaker, "said", ACME) is None, found.triples()
    assert found.get(ACME, "said", BUDI) is None, found.triples()


@pytest.mark.parametrize("marked,speaker,topic", [
    # a subject on the wrong side of an "after" cue is not its speaker
    ("[Acme Holdings], kata [Budi Santoso](PERSON), akan membeli [Beta Mart].", BUDI, BETA),
    # two subjects before the cue: the one next to it
    ("Sebelumnya, {Deputi} Komisaris [Citra Pay], [Budi Santoso](PERSON) menyebut [Beta Mart] "
     "melanggar aturan.", BUDI, BETA),
])
def test_parsed_speaker_side_and_distance(relate_parsed, marked, speaker, topic):
    found = relate_parsed("id", marked)
    assert found.get(speaker, "said", topic) is not None, found.triples()
    assert {r.source.text for r in found if r.relation == "said"} == {speaker}


@pytest.mark.parametrize("marked,setting", [
    ('"[Acme Holdings] harus mendaftar," ujar [Budi Santoso](PERSON) saat ditemui di kantor '
     '[Beta Mart].', BETA),
    ('[Budi Santoso](PERSON) hadir. "[Acme Holdings] akan tutup," katanya dalam rapat dengan '
     '[Citra Pay] di Bandung.', CITRA),
])
def test_parsed_setting_after_the_cue_is_no_topic(relate_parsed, marked, setting):
    found = relate_parsed("id", marked)
    assert found.get(BUDI, "said", ACME) is not None, found.triples()
    assert found.get(BUDI, "said", setting) is None, found.triples()


# --- with an Indonesian parse given by hand ------------------------------------
# '"Beta Mart melanggar aturan," kata' (tokens 0-7), the cue "kata" heading the quote
_QUOTE_WORDS = ['"', "Beta", "Mart", "melanggar", "aturan", ",", '"', "kata"]
_QUOTE_HEADS = [3, 3, 1, 7, 3, 3, 3, 7]
_QUOTE_DEPS = ["punct", "nsubj", "flat:name", "ccomp", "obj", "punct", "punct", "ROOT"]
_QUOTE_POS = ["PUNCT", "PROPN", "PROPN", "VERB", "NOUN", "PUNCT", "PUNCT", "VERB"]


def _after_quote(words, heads, deps, pos):
    """The parse of ``'"Beta Mart melanggar aturan," kata ' + words``."""
    return (_QUOTE_WORDS + words, _QUOTE_HEADS + heads, _QUOTE_DEPS + deps, _QUOTE_POS + pos)


def test_hand_parsed_person_subject_speaks_over_a_person_in_its_apposition(relate_hand):
    # "kata Budi Santoso, kuasa hukum Siti Rahma.": Siti Rahma is Budi's client
    parse = _after_quote(["Budi", "Santoso", ",", "kuasa", "hukum", "Siti", "Rahma", "."],
                         [7, 8, 11, 8, 11, 11, 13, 7],
                         ["nsubj", "flat:name", "punct", "appos", "nmod", "nmod", "flat:name",
                          "punct"],
                         ["PROPN", "PROPN", "PUNCT", "NOUN", "NOUN", "PROPN", "PROPN", "PUNCT"])
    found = relate_hand("id", *parse, ents=[(1, 3, "ORG"), (8, 10, "PERSON"),
                                            (13, 15, "PERSON")])
    assert found.triples("statement") == {(BUDI, "said", BETA)}


def test_hand_parsed_topic_after_the_speaker_stays_a_topic(relate_hand):
    # "kata Budi Santoso tentang Citra Pay.", "tentang Citra Pay" read under Budi
    parse = _after_quote(["Budi", "Santoso", "tentang", "Citra", "Pay", "."],
                         [7, 8, 11, 8, 11, 7],
                         ["nsubj", "flat:name", "case", "nmod", "flat:name", "punct"],
                         ["PROPN", "PROPN", "ADP", "PROPN", "PROPN", "PUNCT"])
    found = relate_hand("id", *parse, ents=[(1, 3, "ORG"), (8, 10, "PERSON"), (11, 13, "ORG")])
    assert found.triples("statement") == {(BUDI, "said", BETA), (BUDI, "said", CITRA)}


def test_hand_parsed_topic_oblique_of_the_cue_is_no_setting(relate_hand):
    # "kata Budi Santoso mengenai keputusan Citra Pay.": an oblique of the cue
    # that says what about is a topic, not where or when
    parse = _after_quote(["Budi", "Santoso", "mengenai", "keputusan", "Citra", "Pay", "."],
                         [7, 8, 11, 7, 11, 12, 7],
                         ["nsubj", "flat:name", "case", "obl", "nmod", "flat:name", "punct"],
                         ["PROPN", "PROPN", "ADP", "NOUN", "PROPN", "PROPN", "PUNCT"])
    found = relate_hand("id", *parse, ents=[(1, 3, "ORG"), (8, 10, "PERSON"), (12, 14, "ORG")])
    assert found.triples("statement") == {(BUDI, "said", BETA), (BUDI, "said", CITRA)}

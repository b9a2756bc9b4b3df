"""Evidence carried by every relation (:func:`kg.extract.extract_relations`).

Each relation names its article and language, holds the sentence that
states it, and locates that sentence with ``sent_start``/``sent_end``:
character offsets into the cleaned article text, of which the Doc is the
part starting at ``offset``. Sources and targets are the caller's mention
objects, whose own offsets fall inside that sentence.
"""

import pytest

FAMILIES = {
    "ownership": {"owns", "controls", "acquires_stake", "invests_in", "merges_with"},
    "regulation": {"bans", "regulates", "issues", "approves", "requires", "assigns"},
    "partnership": {"partners_with"}, "competition": {"competes_with"},
    "statement": {"said", "criticized"}, "role": {"holds_role"},
}

PARAGRAPHS = {
    "en": ("[JAKARTA](GPE) - [Acme Holdings] owns [Beta Mart]. The [Ministry of Finance] banned "
           "[Citra Pay] on Monday.\n\"[Beta Mart] must register,\" said [Budi Santoso](PERSON). "
           "{Minister of Trade} [Sri Wahyuni](PERSON) said [Acme Holdings] competes with "
           "[Delta Logistik]. [Acme Holdings] partnered with [Beta Mart]."),
    "id": ("[JAKARTA](GPE) - [Acme Holdings] memiliki [Beta Mart]. [Kementerian Keuangan] "
           "melarang [Citra Pay] berjualan.\n\"[Beta Mart] harus mendaftar,\" kata "
           "[Budi Santoso](PERSON). {Menteri Perdagangan} [Sri Wahyuni](PERSON) mengatakan "
           "[Acme Holdings] bersaing dengan [Delta Logistik]. [Acme Holdings] bekerja sama "
           "dengan [Beta Mart]."),
}


@pytest.mark.parametrize("offset", [0, 1234])
@pytest.mark.parametrize("lang", ["en", "id"])
def test_offsets_slice_the_sentence_out_of_the_text(relate, lang, offset):
    made = []
    found = relate(lang, PARAGRAPHS[lang], offset=offset, made=made)
    article = "x" * offset + found.text  # the Doc is the article text from ``offset`` on
    assert {r.family for r in found} == set(FAMILIES)
    for r in found:
        assert article[r.sent_start:r.sent_end] == r.sentence
        assert r.sentence in [s.text for s in found.doc.sents]
        for m in (r.source, r.target):
            assert r.sent_start <= m.start < m.end <= r.sent_end
            if not any(m is x for x in made):
                assert article[m.start:m.end] == m.text


@pytest.mark.parametrize("lang", ["en", "id"])
def test_every_relation_has_article_language_and_sentence(relate, lang):
    made = []
    found = relate(lang, PARAGRAPHS[lang], made=made)
    given = found.mentions + made
    assert found
    for r in found:
        assert (r.article, r.lang) == ("a1", lang)
        assert r.sentence.strip()
        assert r.relation in FAMILIES[r.family]
        assert r.modality in ("asserted", "planned", "negated")
        assert 0 < r.confidence <= 1
        assert any(r.source is m for m in given) and any(r.target is m for m in given)


@pytest.mark.parametrize("lang", ["en", "id"])
def test_no_duplicates_no_self_loops_no_dateline(relate, lang):
    found = relate(lang, PARAGRAPHS[lang], made=[])
    keys = [(r.source.key, r.target.key, r.relation, r.sent_start) for r in found]
    assert len(keys) == len(set(keys))
    assert all(r.source.text.lower() != r.target.text.lower() for r in found)
    assert all("JAKARTA" not in (r.source.text, r.target.text) for r in found)


def test_relations_of_the_second_sentence_point_there(relate):
    found = relate("en", "Prices rose in May. [Acme Holdings] owns [Beta Mart].", offset=7)
    edge, = found
    assert (edge.sent_start, edge.sent_end) == (7 + 20, 7 + len(found.text))
    assert edge.sentence == "Acme Holdings owns Beta Mart."


def test_types_override_is_used_but_the_callers_mention_returned(relate):
    # the model called Beta Mart a person; the resolver settled on an organisation
    found = relate("en", "[Beta Mart](PERSON) is owned by [Acme Holdings].",
                   types={"Beta Mart": "ORG"})
    edge, = found
    assert (edge.source.text, edge.relation, edge.target.text) == (
        "Acme Holdings", "owns", "Beta Mart")
    assert edge.target is found.mentions[0] and edge.target.type == "PERSON"
    assert relate("en", "[Beta Mart](PERSON) is owned by [Acme Holdings].").triples() == set()


def test_the_doc_is_processed_sentence_by_sentence_with_the_real_pipeline(relate_parsed):
    found = relate_parsed("en", "Prices rose in May. [Acme Holdings] owns [Beta Mart].", offset=3)
    edge, = found
    article = "abc" + found.text
    assert article[edge.sent_start:edge.sent_end] == edge.sentence
    assert edge.sentence == "Acme Holdings owns Beta Mart."

"""References (:mod:`kg.extract.refs`): pronouns and descriptions for names.

Person pronouns ("he", "ia", "katanya") stand for the person named last
(leaving out people named only as objects); object pronouns ("him") are
never the subject of their own clause; organisation pronouns ("it", "its")
for the sentence's organisation subject; "the company" / "perusahaan
tersebut" for the most prominent organisation; a bare surname for the person
it belongs to. What an article said before is carried from paragraph to
paragraph in a :class:`~kg.extract.Context`. Relations always
point at the real mentions, never at the references.
"""

import pytest

from kg.extract import Context

ANDI, BUDI, SRI = "Andi Wijaya", "Budi Santoso", "Sri Wahyuni"
ACME, BETA, CITRA = "Acme Holdings", "Beta Mart", "Citra Pay"


@pytest.mark.parametrize("lang,marked,expected", [
    ("en", "[Budi Santoso](PERSON) arrived. He said [Beta Mart] must register.",
     (BUDI, "said", BETA)),
    ("id", "[Budi Santoso](PERSON) tiba. Ia mengatakan [Beta Mart] harus mendaftar.",
     (BUDI, "said", BETA)),
    ("en", '[Sri Wahyuni](PERSON) met with [Budi Santoso](PERSON) in [Jakarta](GPE). '
           '"[Beta Mart] must register," she said.', (SRI, "said", BETA)),
    ("id", '[Sri Wahyuni](PERSON) bertemu dengan [Budi Santoso](PERSON). "[Beta Mart] harus '
           'patuh," katanya.', (SRI, "said", BETA)),
    ("en", "[Andi Wijaya](PERSON) said [Budi Santoso](PERSON) had appointed him to audit "
           "[Beta Mart].", (BUDI, "assigns", ANDI)),
    ("en", "[Beta Mart], which is owned by [Acme Holdings], said it would buy [Citra Pay].",
     (BETA, "acquires_stake", CITRA)),
    ("en", "[Acme Holdings] opened stores in [Bandung](GPE). The company owns [Beta Mart].",
     (ACME, "owns", BETA)),
    ("id", "[Acme Holdings] membuka toko di [Bandung](GPE). Perusahaan tersebut memiliki "
           "[Beta Mart].", (ACME, "owns", BETA)),
])
def test_reference_stands_for_its_antecedent(relate, lang, marked, expected):
    found = relate(lang, marked)
    assert expected in found.triples()
    assert all(r.source.text != r.target.text for r in found)


def test_object_pronoun_is_not_the_clause_subject(relate):
    found = relate("en", "[Andi Wijaya](PERSON) said [Budi Santoso](PERSON) had appointed him "
                         "to audit [Beta Mart].")
    assert found.get(BUDI, "assigns", BUDI) is None and found.get(ANDI, "assigns", ANDI) is None


def test_the_company_is_the_recent_subject_not_the_nearest_name(relate):
    found = relate("en", "[Acme Holdings] opened a store. [Acme Holdings] hired staff. Shoppers "
                         "praised [Beta Mart] too. Later the company bought [Citra Pay].")
    assert found.triples("ownership") == {(ACME, "acquires_stake", CITRA)}


@pytest.mark.parametrize("lang,first,second,expected", [
    ("en", "[Budi Santoso](PERSON) spoke in [Jakarta](GPE) on Monday.",
     '"[Beta Mart] must register," he said.', (BUDI, "said", BETA)),
    ("id", "[Budi Santoso](PERSON) hadir di [Jakarta](GPE).",
     '"[Beta Mart] harus patuh," katanya.', (BUDI, "said", BETA)),
    ("en", "[Acme Holdings] opened a store in [Bandung](GPE).",
     "The company also owns [Beta Mart].", (ACME, "owns", BETA)),
    ("id", "[Acme Holdings] membuka toko di [Bandung](GPE).",
     "Perusahaan itu juga memiliki [Beta Mart].", (ACME, "owns", BETA)),
    ("en", "[Budi Santoso](PERSON) visited [Beta Mart] on Monday.",
     "Santoso said [Citra Pay] must register.", (BUDI, "said", CITRA)),
])
def test_context_carried_across_paragraphs(relate, lang, first, second, expected):
    context = Context()
    before = relate(lang, first, context=context)
    found = relate(lang, second, context=context)
    assert found.triples() == {expected}
    edge, = found  # its source is the first paragraph's mention itself
    assert any(edge.source is m for m in before.mentions)


def test_context_from_a_plain_list_of_mentions(relate):
    first = relate("id", "[Budi Santoso](PERSON) hadir di [Jakarta](GPE).")
    found = relate("id", '"[Beta Mart] harus patuh," katanya.', context=first.mentions)
    assert found.triples() == {(BUDI, "said", BETA)}


def test_pronoun_cue_prefers_the_recent_speaker(relate):
    context = Context()
    relate("id", "[Budi Santoso](PERSON) hadir di [Bandung](GPE).", context=context)
    relate("id", "[Beta Mart] harus mendaftar, kata [Sri Wahyuni](PERSON).", context=context)
    found = relate("id", '"[Citra Pay] juga," tambahnya.', context=context)
    assert found.triples() == {(SRI, "said", CITRA)}


def test_without_context_a_pronoun_gives_nothing(relate):
    assert relate("en", '"[Beta Mart] must register," he said.').triples() == set()
    assert relate("id", "Perusahaan tersebut memiliki [Beta Mart].").triples() == set()


def test_its_after_a_place_stands_for_no_organisation(relate):
    found = relate("en", "[Acme Holdings] cut prices. [Indonesia](GPE) said its regulators "
                         "would review [Beta Mart].")
    assert found.triples() == {("Indonesia", "said", BETA)}


def test_references_with_the_english_parse(relate_parsed):
    found = relate_parsed("en", "[Budi Santoso](PERSON) met [Sri Wahyuni](PERSON) in "
                                "[Jakarta](GPE). He said [Beta Mart] must register.")
    assert found.triples("statement") == {(BUDI, "said", BETA)}
    found = relate_parsed("en", "[Andi Wijaya](PERSON) said [Budi Santoso](PERSON) had appointed "
                                "him to audit [Beta Mart].")
    assert (BUDI, "assigns", ANDI) in found.triples()

"""Ownership by word order alone (:mod:`kg.extract.appositions`).

English puts the owner before the unit noun ("Acme Holdings e-commerce unit,
Beta Mart", "its e-commerce service, Beta Mart", "Acme Holdings's parent
company, Delta Group"); Indonesian after it ("unit e-commerce Acme Holdings
(ACME.JK) Beta Mart", "layanan e-commerce-nya Beta Mart", "induk usaha Beta
Mart, Acme Holdings") and links an owner with "dari" ("Beta Mart dari Acme
Holdings"). The owner only modifies the name after it: it is no member of
a list nor the target of another cue.
"""

import pytest

ACME, BETA, CITRA, DELTA = "Acme Holdings", "Beta Mart", "Citra Pay", "Delta Group"


@pytest.mark.parametrize("lang,marked,owner,owned", [
    ("en", "[Acme Holdings] e-commerce unit, [Beta Mart], grew fast.", ACME, BETA),
    ("en", "[Acme Holdings]'s payments unit, [Citra Pay], grew fast.", ACME, CITRA),
    ("en", "[Acme Holdings] said its e-commerce service, [Beta Mart], grew fast.", ACME, BETA),
    ("en", "[Acme Holdings] launched its grocery business, [Beta Mart], in May.", ACME, BETA),
    ("en", "[Acme Holdings]'s parent company, [Delta Group], reported a loss.", DELTA, ACME),
    ("en", "[Acme Holdings] expanded [Beta Mart], its grocery business, to [Bandung](GPE).",
     ACME, BETA),
    ("id", "Unit e-commerce [Acme Holdings] ([ACME.JK]) [Beta Mart] tumbuh pesat.", ACME, BETA),
    ("id", "Unit e-commerce [Acme Holdings] [Beta Mart] tumbuh pesat.", ACME, BETA),
    ("id", "[Acme Holdings] meluncurkan layanan e-commerce-nya [Beta Mart].", ACME, BETA),
    ("id", "[Beta Mart] dari [Acme Holdings] tumbuh pesat.", ACME, BETA),
    ("id", "Induk usaha [Beta Mart], [Acme Holdings], mencatat rugi.", ACME, BETA),
])
def test_apposition_states_ownership(relate, lang, marked, owner, owned):
    found = relate(lang, marked)
    edge = found.get(owner, "owns", owned)
    assert edge is not None, found.triples()
    assert (edge.family, edge.modality) == ("ownership", "asserted")
    assert found.get(owned, "owns", owner) is None


@pytest.mark.parametrize("lang,marked", [
    ("en", "[Acme Holdings], [Beta Mart] and [Citra Pay] grew fast."),
    ("en", "[Acme Holdings] unit sales rose while [Beta Mart] fell."),
    ("en", "[Beta Mart] from [Acme Holdings] won an award."),  # "from" gives an origin
    ("id", "[Beta Mart] dari [Jakarta](GPE) tumbuh pesat."),  # a place is no owner
    ("id", "[Budi Santoso](PERSON) dari [Acme Holdings] hadir."),  # nor is a person owned
    ("id", "Layanan [Beta Mart] dan [Citra Pay] terganggu."),
])
def test_no_ownership_without_the_pattern(relate, lang, marked):
    assert relate(lang, marked).triples("ownership") == set()


@pytest.mark.parametrize("lang,marked", [
    ("en", "[Delta Group] is in talks with [Acme Holdings] e-commerce unit, [Beta Mart], "
           "and [Citra Pay]."),
    ("id", "[Delta Group] sedang dalam pembicaraan dengan unit e-commerce [Acme Holdings] "
           "([ACME.JK]) [Beta Mart] dan [Citra Pay]."),
])
def test_owner_is_no_list_member(relate, lang, marked):
    found = relate(lang, marked)
    assert found.pairs("partners_with") == {frozenset((DELTA, BETA)), frozenset((DELTA, CITRA))}
    assert (ACME, "owns", BETA) in found.triples()


@pytest.mark.parametrize("lang,marked", [
    ("en", "[Delta Group] is in talks with [Acme Holdings] e-commerce unit, [Beta Mart]."),
    ("id", "[Delta Group] sedang dalam pembicaraan dengan unit e-commerce [Acme Holdings] "
           "[Beta Mart]."),
])
def test_apposition_is_not_hedged_by_the_cue_around_it(relate, lang, marked):
    # the talks are planned; that Beta Mart is Acme's unit is a fact
    edge = relate(lang, marked).get(ACME, "owns", BETA)
    assert edge is not None
    assert edge.modality == "asserted"


def test_apposition_with_the_english_parse(relate_parsed):
    found = relate_parsed("en", "[Acme Holdings] said its e-commerce service, [Beta Mart], "
                                "grew fast.")
    assert (ACME, "owns", BETA) in found.triples()
    found = relate_parsed("en", "[Acme Holdings]'s parent company, [Delta Group], grew.")
    assert found.triples("ownership") == {(DELTA, "owns", ACME)}


def test_bracketed_alias_is_never_an_owner(relate):
    found = relate("id", "Unit e-commerce [Acme Holdings] ([ACME.JK]) [Beta Mart] tumbuh.")
    assert all("ACME.JK" not in (r.source.text, r.target.text) for r in found)

"""The knowledge base's look-up scored on IndEL."""

import doctest

from kg.kb import Entry, KnowledgeBase
from pipelines.kb import evaluate_indel


def test_doctests():
    assert doctest.testmod(evaluate_indel).failed == 0


def test_a_miss_is_not_a_wrong_link():
    kb = KnowledgeBase([Entry("org:ojk", "Financial Services Authority", "ORG",
                              aliases=("Otoritas Jasa Keuangan", "OJK"), wikidata="Q7110008"),
                        Entry("org:bank-x", "Bank X", "ORG")])
    r = evaluate_indel.evaluate(kb, [("OJK", "Q7110008"), ("Ojk", "Q7110008"),
                                     ("Otoritas Jasa Keuangan", "Q99"), ("Bank X", "Q5")])
    # "Ojk" is not the code as written: a miss; the Q99 mention found OJK: a wrong link;
    # Bank X has no Q-ID to check the link against
    assert (r["in_base"], r["correct"], r["accuracy"]) == (2, 1, 0.5)
    assert (r["not_in_base"], r["wrong_links"], r["wrong_rate"], r["unchecked"]) == (2, 1, 0.5, 1)
    assert r["wrong_examples"] == [("Otoritas Jasa Keuangan -> org:ojk", 1)]

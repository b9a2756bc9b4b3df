"""Relation patterns on hand-built Docs: no statistical model needed."""

import functools

import pytest
import spacy

from kg.extract import extract_mentions, extract_relations


@functools.lru_cache(maxsize=None)
def blank(lang):
    nlp = spacy.blank(lang)
    nlp.add_pipe("sentencizer")
    return nlp


def make(lang, text, ents):
    """A Doc of ``text`` with entities given as (surface, label) in order of appearance."""
    doc = blank(lang)(text)
    spans, pos = [], 0
    for surface, label in ents:
        start = text.index(surface, pos)
        pos = start + len(surface)
        spans.append(doc.char_span(start, pos, label=label))
    doc.ents = spans
    return doc


def triples(lang, text, ents, context=None):
    doc = make(lang, text, ents)
    ms = extract_mentions(doc, article="a1", lang=lang)
    return [(r.source.text, r.relation, r.target.text, r.modality)
            for r in extract_relations(doc, ms, lang=lang, context=context)]


@pytest.mark.parametrize("lang,text,ents,expected", [
    ("en", "Acme Holdings owns Beta Mart.", [("Acme Holdings", "ORG"), ("Beta Mart", "ORG")],
     ("Acme Holdings", "owns", "Beta Mart")),
    ("en", "Beta Mart, which is owned by Acme Holdings, grew.",
     [("Beta Mart", "ORG"), ("Acme Holdings", "ORG")], ("Acme Holdings", "owns", "Beta Mart")),
    ("en", "Acme Holdings acquired a 40% stake in Beta Mart.",
     [("Acme Holdings", "ORG"), ("Beta Mart", "ORG")], ("Acme Holdings", "acquires_stake", "Beta Mart")),
    ("id", "Beta Mart merupakan anak usaha Acme Holdings.",
     [("Beta Mart", "ORG"), ("Acme Holdings", "ORG")], ("Acme Holdings", "owns", "Beta Mart")),
    ("id", "Acme Holdings mengakuisisi Beta Mart pekan lalu.",
     [("Acme Holdings", "ORG"), ("Beta Mart", "ORG")], ("Acme Holdings", "acquires_stake", "Beta Mart")),
    ("en", "The Ministry of Finance banned Beta Mart last year.",
     [("Ministry of Finance", "ORG"), ("Beta Mart", "ORG")], ("Ministry of Finance", "bans", "Beta Mart")),
    ("en", "Beta Mart was banned by the Ministry of Finance.",
     [("Beta Mart", "ORG"), ("Ministry of Finance", "ORG")], ("Ministry of Finance", "bans", "Beta Mart")),
    ("id", "Larangan penjualan lewat Beta Mart oleh Kementerian Keuangan berlaku bulan lalu.",
     [("Beta Mart", "ORG"), ("Kementerian Keuangan", "ORG")], ("Kementerian Keuangan", "bans", "Beta Mart")),
    ("id", "Kementerian Keuangan menerbitkan PMK 10/2022 tentang pajak.",
     [("Kementerian Keuangan", "ORG"), ("PMK 10/2022", "LAW")],
     ("Kementerian Keuangan", "issues", "PMK 10/2022")),
])
def test_binary_patterns(lang, text, ents, expected):
    found = triples(lang, text, ents)
    assert expected in [t[:3] for t in found]
    # direction rule: never the reverse
    assert (expected[2], expected[1], expected[0]) not in [t[:3] for t in found]


@pytest.mark.parametrize("lang,text,ents", [
    ("en", "Acme Holdings and Beta Mart held a meeting.", [("Acme Holdings", "ORG"), ("Beta Mart", "ORG")]),
    ("en", "Budi Santoso owns a house near Bandung.", [("Budi Santoso", "PERSON"), ("Bandung", "GPE")]),
    ("id", "Acme Holdings dan Beta Mart bertemu di Jakarta.", [("Acme Holdings", "ORG"), ("Beta Mart", "ORG"), ("Jakarta", "GPE")]),
])
def test_no_relation_without_cue_or_wrong_types(lang, text, ents):
    assert [t for t in triples(lang, text, ents) if t[1] != "said"] == []


def test_issues_needs_a_law_target():
    found = triples("en", "The Ministry of Finance issued new rules for Beta Mart.",
                    [("Ministry of Finance", "ORG"), ("Beta Mart", "ORG")])
    assert [t for t in found if t[1] == "issues"] == []


def test_modality_planned_and_negated():
    planned = triples("en", "Acme Holdings plans to acquire Beta Mart.",
                      [("Acme Holdings", "ORG"), ("Beta Mart", "ORG")])
    assert ("Acme Holdings", "acquires_stake", "Beta Mart", "planned") in planned
    negated = triples("id", "Acme Holdings tidak memiliki Beta Mart.",
                      [("Acme Holdings", "ORG"), ("Beta Mart", "ORG")])
    assert ("Acme Holdings", "owns", "Beta Mart", "negated") in negated


def test_statement_speaker_after_cue_with_quote():
    doc = make("en", '"Beta Mart must follow the rules," said Budi Santoso.',
               [("Beta Mart", "ORG"), ("Budi Santoso", "PERSON")])
    ms = extract_mentions(doc, article="a1", lang="en")
    rels = extract_relations(doc, ms, lang="en")
    assert [(r.source.text, r.relation, r.target.text) for r in rels] == [
        ("Budi Santoso", "said", "Beta Mart")]
    assert rels[0].quote == "Beta Mart must follow the rules,"


def test_statement_never_targets_speaker():
    found = triples("id", "Menurut Budi Santoso, Budi Santoso tidak tahu.",
                    [("Budi Santoso", "PERSON"), ("Budi Santoso", "PERSON")])
    assert found == []


def test_statement_pronoun_resolves_to_person_named_before():
    first = make("id", "Budi Santoso hadir di Jakarta.", [("Budi Santoso", "PERSON"), ("Jakarta", "GPE")])
    context = extract_mentions(first, article="a1", lang="id")
    found = triples("id", '"Beta Mart harus patuh," katanya.', [("Beta Mart", "ORG")], context=context)
    assert [t[:3] for t in found] == [("Budi Santoso", "said", "Beta Mart")]


def test_amount_and_stake_attributes():
    doc = make("en", "Acme Holdings will invest US$1.5 billion in Beta Mart.",
               [("Acme Holdings", "ORG"), ("Beta Mart", "ORG")])
    rel, = extract_relations(doc, extract_mentions(doc, article="a", lang="en"), lang="en")
    assert rel.relation == "invests_in" and rel.amount == "US$1.5 billion"
    doc = make("id", "Acme Holdings mengakuisisi 75,01 persen saham Beta Mart.",
               [("Acme Holdings", "ORG"), ("Beta Mart", "ORG")])
    rels = extract_relations(doc, extract_mentions(doc, article="a", lang="id"), lang="id")
    assert {r.stake for r in rels} == {"75,01 persen"}


def test_offsets_point_at_sentence():
    text = "Nothing here. Acme Holdings owns Beta Mart."
    doc = make("en", text, [("Acme Holdings", "ORG"), ("Beta Mart", "ORG")])
    rel, = extract_relations(doc, extract_mentions(doc, article="a", lang="en", offset=5),
                             lang="en", offset=5)
    padded = "12345" + text
    assert padded[rel.sent_start:rel.sent_end] == rel.sentence == "Acme Holdings owns Beta Mart."

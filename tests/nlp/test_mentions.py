import spacy
from spacy.tokens import Span

from kg.nlp.mentions import extract_mentions


def test_labels_mapped_and_others_dropped():
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    doc = nlp("Budi went to Bandung on Monday with 3 friends from Acme.")
    doc.ents = [Span(doc, 0, 1, "PER"), Span(doc, 3, 4, "LOC"), Span(doc, 5, 6, "DATE"),
                Span(doc, 7, 8, "CARDINAL"), Span(doc, 10, 11, "ORG")]
    ms = extract_mentions(doc, article="x", lang="id", offset=100)
    assert [(m.text, m.type) for m in ms] == [("Budi", "PERSON"), ("Bandung", "GPE"),
                                              ("Acme", "ORG")]
    assert all(doc.text[m.start - 100:m.end - 100] == m.text for m in ms)
    assert ms[0].sent_start == 100 and ms[0].sent_end == 100 + len(doc.text)


def test_mentions_without_letters_dropped():
    nlp = spacy.blank("en")
    doc = nlp("Call 911 now")
    doc.ents = [Span(doc, 1, 2, "ORG")]
    assert extract_mentions(doc, article="x", lang="en") == []


def test_unclosed_bracket_and_edge_punctuation_trimmed():
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    doc = nlp("Shares of GoTo (GOTO.JK rose while - Tokopedia - fell.")
    doc.ents = [Span(doc, 2, 5, "ORG"), Span(doc, 7, 10, "ORG")]
    ms = extract_mentions(doc, article="x", lang="en")
    assert [m.text for m in ms] == ["GoTo", "Tokopedia"]
    assert all(doc.text[m.start:m.end] == m.text for m in ms)


def test_junk_mentions_dropped():
    nlp = spacy.blank("id")
    nlp.add_pipe("sentencizer")
    doc = nlp("Spokesperson TikTok bicara berbahasa Inggris kepada koperasi di Inggris .")
    doc.ents = [Span(doc, 0, 1, "PER"), Span(doc, 1, 2, "ORG"), Span(doc, 4, 5, "LOC"),
                Span(doc, 6, 7, "ORG"), Span(doc, 8, 9, "LOC")]
    ms = extract_mentions(doc, article="x", lang="id")
    assert [(m.text, m.start) for m in ms] == [("TikTok", 13), ("Inggris", doc[8].idx)]


def test_events_and_campaigns_are_not_entities():
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    doc = nlp('Shops joined the "Buy Local" campaign before National Shopping Day in Jakarta.')
    buy = doc.text.index("Buy")
    doc.ents = [doc.char_span(buy, buy + 9, "ORG"),
                doc.char_span(doc.text.index("National"), doc.text.index(" in"), "ORG"),
                doc.char_span(doc.text.index("Jakarta"), doc.text.index("Jakarta") + 7, "GPE")]
    assert [m.text for m in extract_mentions(doc, article="x", lang="en")] == ["Jakarta"]
    doc = nlp("Kampanye Beli Lokal didukung Acme Group.")
    doc.ents = [Span(doc, 1, 3, "ORG"), Span(doc, 4, 6, "ORG")]
    assert [m.text for m in extract_mentions(doc, article="x", lang="id")] == ["Acme Group"]

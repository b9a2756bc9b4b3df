"""Entity mentions from a spaCy ``Doc``.

The models' labels are mapped to kg's entity types (PERSON, ORG, GPE, LAW);
other labels (dates, money, nationalities...) are not entities of the graph.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from spacy.tokens import Doc

from kg.lang import get_lang_data
from kg.lang.xx import DATA as XX

#: Model label -> kg entity type. Labels not listed are ignored.
LABEL_MAP = {
    "PERSON": "PERSON", "PER": "PERSON",
    "ORG": "ORG", "ORGANISATION": "ORG", "ORGANIZATION": "ORG",
    "GPE": "GPE", "LOC": "GPE", "PLACE": "GPE",
    "LAW": "LAW",
}

_HAS_LETTER = re.compile(r"[^\W\d_]", re.UNICODE)


def is_junk(ent, lang: str) -> bool:
    """Whether an entity span is not an entity of the graph.

    Junk: no capital letter at all ("cooperatives", lower-case Indonesian
    phrases), a word of ``kg.lang.xx.junk.NOT_ENTITIES`` ("Spokesperson",
    "AI"), or a place name used as a language ("berbahasa Inggris").

    Examples
    --------
    >>> import spacy
    >>> doc = spacy.blank("id")("Pernyataan berbahasa Inggris dari Spokesperson TikTok")
    >>> [is_junk(doc[i:i + 1], "id") for i in (0, 2, 4, 5)]
    [False, True, True, False]
    """
    text = ent.text.strip()
    if not any(c.isupper() for c in text):
        return True
    if text.lower() in XX.junk.not_entities:
        return True
    if ent[-1].lower_ in XX.junk.event_tails and len(ent) > 1:
        return True  # "National Online Shopping Day"
    campaign = XX.junk.campaign_words
    doc = ent.doc
    after = [t for t in doc[ent.end:ent.end + 3] if not (t.is_punct or t.is_quote)][:1]
    before = [t for t in doc[max(0, ent.start - 3):ent.start]
              if not (t.is_punct or t.is_quote)][-2:]
    if any(t.lower_ in campaign for t in after + before):
        return True  # "the Beli Lokal campaign", "kampanye Beli Lokal"
    context = get_lang_data(lang).rules.language_context_lower
    return ent.start > 0 and ent.doc[ent.start - 1].lower_ in context


def _trim(span):
    """Cut an unclosed bracket and what follows it ("GoTo (GOTO.JK" -> "GoTo"),
    and punctuation at either end. A model's organisation span holding a comma
    keeps its last name only; a rule span ("Association of Micro, Small and
    Medium Enterprises") is kept whole.

    Examples
    --------
    >>> import spacy
    >>> doc = spacy.blank("en")("GoTo (GOTO.JK said")
    >>> _trim(doc[0:3]).text
    'GoTo'
    >>> from spacy.tokens import Span
    >>> doc = spacy.blank("en")("Faculty of Business, University of Indonesia")
    >>> _trim(Span(doc, 0, 7, "ORG")).text
    'University of Indonesia'
    """
    start, end = span.start, span.end
    commas = [t.i for t in span if t.text == ","]
    rule = any((sp.start, sp.end) == (start, end) for sp in span.doc.spans.get("kg_rules", ()))
    if (span.label_ == "ORG" and commas and not rule and end - commas[-1] > 2
            and span.doc[commas[-1] + 1].is_title):
        start = commas[-1] + 1  # "Business, University of Indonesia" -> the last name
    for tok in span:
        if tok.text in "([" and not any(t.text in ")]" for t in span.doc[tok.i:end]):
            end = tok.i
            break
    while start < end and span.doc[start].is_punct and span.doc[start].text not in "([":
        start += 1
    while end > start and span.doc[end - 1].is_punct and span.doc[end - 1].text not in ")]":
        end -= 1
    if (start, end) == (span.start, span.end) or start >= end:
        return span
    return span.doc[start:end]


@dataclass(frozen=True)
class Mention:
    """One entity mention, located in an article's cleaned text.

    ``start``/``end`` and ``sent_start``/``sent_end`` are character offsets
    into the cleaned text; ``token`` is the index of the mention's first
    token in the document it was found in, ``sent`` the index of its sentence.
    """

    article: str
    text: str
    type: str
    start: int
    end: int
    sent_start: int
    sent_end: int
    lang: str
    token: int = 0
    token_end: int = 0
    title: str | None = None

    @functools.cached_property  # read in the hot loops of resolution and extraction
    def key(self) -> tuple:
        """``(article, start, end)``: which mention this is, in any process.

        No two mentions of a build share it, made ones included (a reference
        found by the relation patterns is a copy of its antecedent, with its
        key, and never leaves them).
        """
        return (self.article, self.start, self.end)

    @property
    def tokens(self) -> tuple:
        """``(token, token_end)``: where the mention stands in its document.

        Unique among the mentions of a sentence, references included.
        """
        return (self.token, self.token_end)


def extract_mentions(doc: Doc, *, article: str, lang: str, offset: int = 0) -> list[Mention]:
    """Return the entity mentions of ``doc``.

    Parameters
    ----------
    doc : spacy.tokens.Doc
        A processed paragraph (or article) with ``doc.ents`` and sentences.
    article : str
        Id of the article the text belongs to.
    lang : str
        Language of the pipeline that processed ``doc``.
    offset : int
        Character offset of ``doc.text`` in the cleaned article text.

    Returns
    -------
    list of Mention
        In text order.

    Examples
    --------
    >>> import spacy
    >>> from spacy.tokens import Span
    >>> nlp = spacy.blank("en"); nlp.add_pipe("sentencizer")  # doctest: +ELLIPSIS
    <...>
    >>> doc = nlp("TikTok met Teten Masduki.")
    >>> doc.ents = [Span(doc, 0, 1, "ORG"), Span(doc, 2, 4, "PERSON")]
    >>> found = extract_mentions(doc, article="a", lang="en", offset=10)
    >>> [(m.text, m.type, m.start) for m in found]
    [('TikTok', 'ORG', 10), ('Teten Masduki', 'PERSON', 21)]
    """
    mentions = []
    titles = {sp.end: sp.text for sp in doc.spans.get("kg_titles", [])}
    for ent in doc.ents:  # "CEO TikTok Shou Zi Chew": the role is "CEO TikTok"
        if ent.start in titles and LABEL_MAP.get(ent.label_) == "ORG":
            titles.setdefault(ent.end, f"{titles[ent.start]} {ent.text}")
    for ent in doc.ents:
        etype = LABEL_MAP.get(ent.label_)
        if etype is None:
            continue
        ent = _trim(ent)
        text = ent.text.strip()
        if len(text) < 2 or not _HAS_LETTER.search(text) or is_junk(ent, lang):
            continue
        sent = ent.sent
        mentions.append(Mention(
            article=article, text=text, type=etype,
            start=offset + ent.start_char, end=offset + ent.end_char,
            sent_start=offset + sent.start_char, sent_end=offset + sent.end_char,
            lang=lang, token=ent.start, token_end=ent.end,
            title=titles.get(ent.start) if etype == "PERSON" else None,
        ))
    return mentions

"""Helpers for the relation extractor tests: marked-up sentences to relations.

Test sentences are written with their entities marked up in place, so that a
table of cases reads like the text it stands for:

- ``[Acme Holdings]`` is an organisation; ``[Budi Santoso](PERSON)``,
  ``[Bandung](GPE)`` and ``[PMK 12/2024](LAW)`` give the label (the
  Indonesian model's ``PER``/``LOC`` work too, through ``LABEL_MAP``);
- ``{Minister of Trade}`` is a title phrase, put in ``doc.spans["kg_titles"]``
  as ``kg_entity_fixes`` would.

Fixtures
--------
relate
    ``relate(lang, marked, **kwargs)``: the relations of a hand-built Doc (a
    blank pipeline with a sentencizer; no model, no parse, no tags).
relate_parsed
    ``relate_parsed(lang, marked, **kwargs)``: the same through the real
    pipeline of ``lang`` (:func:`kg.nlp.pipelines.load_pipeline`), for what needs the
    English parse or the rule layers. If the text marks any entity, the
    marked entities replace the pipeline's own (so that the test does not
    hang on the NER model); likewise for titles. The test is skipped when
    the model is not installed.
relate_hand
    ``relate_hand(lang, words, heads, deps, pos, ents=(), titles=(), **kwargs)``:
    the relations of a Doc parsed by hand (``heads`` are token indices; ``ents``
    ``(start, end, label)`` and ``titles`` ``(start, end)`` token ranges), so that
    a test of a parse rule does not hang on the statistical parser.

Both return a :class:`Found`; keyword arguments are those of
:func:`kg.extract.extract_relations` (``context``, ``made``, ``offset``,
``types``), ``types`` given as ``{mention text: type}``.
"""

from __future__ import annotations

import functools
import re

import pytest
import spacy
from spacy.tokens import Doc, Span

from kg.errors import ModelNotFound
from kg.extract import extract_relations
from kg.nlp.mentions import extract_mentions

ARTICLE = "a1"
_MARK = re.compile(r"\[([^\]]+)\](?:\((PERSON|ORG|GPE|LAW|PER|LOC)\))?|\{([^}]+)\}")


def parse_markup(marked: str):
    """``(text, entities, titles)`` of a marked-up sentence.

    Entities are ``(start, end, label)`` and titles ``(start, end)`` character
    offsets into the plain text.
    """
    text, ents, titles, pos, length = [], [], [], 0, 0
    for m in _MARK.finditer(marked):
        text.append(marked[pos:m.start()])
        length += m.start() - pos
        surface = m.group(1) if m.group(1) is not None else m.group(3)
        start, end = length, length + len(surface)
        if m.group(1) is not None:
            ents.append((start, end, m.group(2) or "ORG"))
        else:
            titles.append((start, end))
        text.append(surface)
        length = end
        pos = m.end()
    text.append(marked[pos:])
    return "".join(text), ents, titles


def _spans(doc, offsets, label):
    spans = []
    for start, end, *rest in offsets:
        span = doc.char_span(start, end, label=rest[0] if rest else label)
        if span is None:
            raise ValueError(f"{doc.text[start:end]!r} is not a token span of {doc.text!r}")
        spans.append(span)
    return spans


class Found(list):
    """The relations of one text, with views for assertions.

    ``text`` is the plain text, ``doc`` the Doc and ``mentions`` its mentions.
    """

    def __init__(self, relations, *, text, doc, mentions):
        super().__init__(relations)
        self.text, self.doc, self.mentions = text, doc, mentions

    def triples(self, relation=None) -> set:
        """``(source, relation, target)`` texts, of one relation (or family) if given."""
        return {(r.source.text, r.relation, r.target.text) for r in self
                if relation is None or relation in (r.relation, r.family)}

    def pairs(self, relation) -> set:
        """Unordered pairs of names linked by ``relation`` (or by that family)."""
        return {frozenset((r.source.text, r.target.text)) for r in self
                if relation in (r.relation, r.family)}

    def get(self, source, relation, target):
        """The relation ``source -relation-> target``, or None."""
        return next((r for r in self if (r.source.text, r.relation, r.target.text)
                     == (source, relation, target)), None)

    def between(self, a, relation, b):
        """The relation linking ``a`` and ``b`` in either direction, or None."""
        return self.get(a, relation, b) or self.get(b, relation, a)

    def asserted(self, family=None) -> set:
        """Triples of asserted relations (of ``family`` if given)."""
        return {(r.source.text, r.relation, r.target.text) for r in self
                if r.modality == "asserted" and family in (None, r.family, r.relation)}


@functools.cache
def _blank(lang):
    nlp = spacy.blank(lang)
    nlp.add_pipe("sentencizer")
    return nlp


def _extract(doc, text, lang, *, context=None, made=None, offset=0, types=None):
    mentions = extract_mentions(doc, article=ARTICLE, lang=lang, offset=offset)
    if types:
        types = {m.key: types[m.text] for m in mentions if m.text in types}
    found = extract_relations(doc, mentions, lang=lang, offset=offset, context=context,
                              types=types, made=made)
    return Found(found, text=text, doc=doc, mentions=mentions)


def relate_blank(lang, marked, **kwargs) -> Found:
    """Relations of ``marked`` on a blank pipeline (see the module docstring)."""
    text, ents, titles = parse_markup(marked)
    doc = _blank(lang)(text)
    doc.ents = _spans(doc, ents, None)
    doc.spans["kg_titles"] = _spans(doc, titles, "TITLE")
    return _extract(doc, text, lang, **kwargs)


def load(lang):
    """The real pipeline of ``lang``; skips the test when its model is missing."""
    from kg.nlp.pipelines import load_pipeline

    try:
        return load_pipeline(lang)
    except ModelNotFound as exc:
        pytest.skip(f"no {lang} model: {exc}")


def relate_real(lang, marked, **kwargs) -> Found:
    """Relations of ``marked`` through the real pipeline (see the module docstring)."""
    text, ents, titles = parse_markup(marked)
    doc = load(lang)(text)
    if ents:
        doc.ents = _spans(doc, ents, None)
    if titles:
        doc.spans["kg_titles"] = _spans(doc, titles, "TITLE")
    return _extract(doc, text, lang, **kwargs)


def relate_by_hand(lang, words, heads, deps, pos, ents=(), titles=(), **kwargs) -> Found:
    """Relations of a Doc parsed by hand (see the module docstring)."""
    doc = Doc(spacy.blank(lang).vocab, words=words, heads=heads, deps=deps, pos=pos)
    doc.ents = [Span(doc, start, end, label=label) for start, end, label in ents]
    doc.spans["kg_titles"] = [Span(doc, start, end, label="TITLE") for start, end in titles]
    return _extract(doc, doc.text, lang, **kwargs)


@pytest.fixture(scope="session")
def relate():
    return relate_blank


@pytest.fixture(scope="session")
def relate_parsed():
    return relate_real


@pytest.fixture(scope="session")
def relate_hand():
    return relate_by_hand

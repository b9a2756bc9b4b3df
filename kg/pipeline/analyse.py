"""The per-article work of a build, the same in every engine and process.

:func:`analyse` takes a batch of articles as read and returns, per article,
everything the rest of the build needs: the cleaned title and text, the
language, the paragraph routing, the entity mentions, and the relations of a
first pass (with the mentions' own types). It depends on nothing but the
article and kg's code and models, so its result can be cached
(:mod:`kg.pipeline.cache`), computed in another process or on another machine
(:mod:`kg.pipeline.engines`), and in any order.

Resolution is global: once it has settled each name's type, the relations of
the few articles whose mentions changed type are found again by
:func:`reanalyse`, with the settled types, on their parses, which
:func:`analyse` returns packed (:func:`pack_docs`) so that nothing is parsed
twice.

Examples
--------
>>> [r] = analyse([ArticleInput(0, "a", "TikTok Shop closes", "The Ministry of Trade "
...     "banned TikTok Shop in October, Trade Minister Zulkifli Hasan said in Jakarta.")])
>>> r.status, r.lang, [m.text for m in r.mentions][:3]
('ok', 'en', ['TikTok Shop', 'Ministry of Trade', 'TikTok Shop'])
"""

from __future__ import annotations

import hashlib
import pickle
import re
import unicodedata
import zlib
from collections import defaultdict
from dataclasses import dataclass, field

import numpy as np
from spacy.attrs import DEP, ENT_IOB, ENT_TYPE, HEAD, IDX, LENGTH, POS, SENT_START, SPACY, TAG
from spacy.tokens import Doc, Span

from kg.extract import Context, extract_relations
from kg.ingest import article as A
from kg.ingest.clean import clean_title, clean_with_report
from kg.ingest.langid import detect, route_paragraphs
from kg.nlp.mentions import extract_mentions
from kg.nlp.names import alias_keys, normalize_name
from kg.nlp.pipelines import SUPPORTED_LANGS, load_pipeline

#: Paragraphs per ``nlp.pipe`` batch.
BATCH_SIZE = 64
#: Characters per ``nlp.pipe`` batch at most (a longer paragraph goes alone):
#: spaCy's working memory grows with the characters of a batch, by about
#: 3 MB per 1,000.
BATCH_CHARS = 100_000
#: Longest text given to spaCy at once, in characters: a longer paragraph is
#: parsed in pieces (:func:`split_span`). Three times the longest paragraph of
#: 5,549 news articles, far below spaCy's ``max_length`` (1,000,000). Smaller
#: is faster, as trimming mentions grows with the square of a piece's length:
#: 1,000,000 characters of Indonesian in pieces of 5,000 take 83 s, of 10,000
#: 102 s, of 100,000 173 s (``pipelines/long_paragraph.py``).
MAX_SEGMENT_CHARS = 10_000

#: Longest cleaned article text analysed, in characters; a longer one gets
#: status ``error``. An article's time grows faster than its length (finding
#: references looks back over all its earlier mentions): one paragraph of
#: 1,000,000 characters of English takes about 3 minutes, of 2,000,000 about
#: 9, in under 1 GB (``pipelines/long_paragraph.py``).
MAX_ARTICLE_CHARS = 2_000_000

_SENTENCE_END = re.compile(r"[.!?][\"'\u2019\u201d\u00bb)\]]*\s+")


@dataclass
class ArticleInput:
    """One article as read, with its position in the input and its cache key."""

    index: int
    id: str
    title: str
    text: str
    key: str = ""


@dataclass
class ArticleResult:
    """What :func:`analyse` finds in one article.

    ``segments`` are ``(start, end, lang)`` paragraph spans of ``text`` (the
    cleaned article; a paragraph longer than :data:`MAX_SEGMENT_CHARS` has
    several); ``dedupe`` is a digest of the normalised text that
    finds duplicates (``None`` for an empty text); ``cleaning`` counts the
    lines each cleaning step removed or edited. ``mentions``, ``relations``
    and ``made`` are as :func:`kg.extract.extract_relations` gives them;
    ``docs`` holds the parsed paragraphs, packed by :func:`pack_docs`.
    """

    index: int
    id: str
    key: str
    title: str
    has_title: bool
    dedupe: str | None
    status: str = A.OK
    error: str | None = None
    lang: str | None = None
    lang_confidence: float | None = None
    segments: list = field(default_factory=list)
    cleaning: dict = field(default_factory=dict)
    mentions: list = field(default_factory=list)
    relations: list = field(default_factory=list)
    made: list = field(default_factory=list)
    text: str = ""
    docs: bytes = b""


@dataclass
class Found:
    """What the relation patterns found in one article: its mentions, the relations
    between them, and the organisation mentions made from titles."""

    mentions: list
    relations: list
    made: list


@dataclass
class Parsed:
    """What :func:`_parse` gives for one article: what was found, and the packed docs."""

    found: Found
    docs: bytes


@dataclass
class Reanalysed:
    """What :func:`reanalyse` gives for one article: what was found with the settled
    types, or why it failed (``found`` is then ``None``)."""

    index: int
    found: Found | None = None
    error: str | None = None


@dataclass
class Reparse:
    """An article whose relations are to be found again, with the settled types.

    ``text`` is its cleaned text, ``docs`` its packed paragraphs
    (:func:`pack_docs`), ``mentions`` its mentions, and ``types`` maps
    ``(start, end, text)`` of a mention to its settled type, for the mentions
    whose type changed.
    """

    index: int
    text: str
    docs: bytes
    segments: list
    mentions: list
    types: dict


def short_title(title: str, limit: int = 160) -> str:
    """A title fit for display: a long first paragraph is cut at a word boundary.

    Examples
    --------
    >>> short_title("word " * 40, limit=12)
    'word word …'
    """
    if len(title) <= limit:
        return title
    return title[:limit].rsplit(" ", 1)[0] + " …"


def dedupe_digest(text: str) -> str | None:
    """Digest of ``text`` with case, spacing and Unicode forms ignored (``None`` if empty).

    Examples
    --------
    >>> dedupe_digest("GoTo  Gojek") == dedupe_digest("goto gojek\\n")
    True
    """
    key = re.sub(r"\s+", " ", unicodedata.normalize("NFKC", text)).strip().casefold()
    return hashlib.blake2b(key.encode("utf-8"), digest_size=16).hexdigest() if key else None


def split_span(text: str, start: int, end: int, limit: int) -> list[tuple[int, int]]:
    """Consecutive pieces of ``text[start:end]``, none longer than ``limit`` characters.

    Each piece but the last ends at the last sentence end that fits (``.``,
    ``!`` or ``?``, optionally followed by closing quotes or brackets, then
    whitespace, which stays with the piece); if there is none, after the
    last whitespace that fits; if there is none either, at ``limit``
    characters. The pieces cover the span exactly, so offsets into ``text``
    stay valid.

    Examples
    --------
    >>> text = "One two. Three four! Five"
    >>> [text[a:b] for a, b in split_span(text, 0, len(text), 12)]
    ['One two. ', 'Three four! ', 'Five']
    >>> [text[a:b] for a, b in split_span(text, 9, len(text), 8)]
    ['Three ', 'four! ', 'Five']
    >>> split_span("abcdefg", 0, 7, 3)
    [(0, 3), (3, 6), (6, 7)]
    """
    pieces = []
    while end - start > limit:
        window = text[start:start + limit]
        cut = 0
        for cut_match in _SENTENCE_END.finditer(window):
            cut = cut_match.end()
        if not cut:
            cut = next((i + 1 for i in range(len(window) - 1, -1, -1) if window[i].isspace()),
                       limit)
        pieces.append((start, start + cut))
        start += cut
    pieces.append((start, end))
    return pieces


def prepare_one(item: ArticleInput) -> ArticleResult:
    """Clean one article, detect its language and route its paragraphs (no spaCy).

    A paragraph longer than :data:`MAX_SEGMENT_CHARS` becomes several
    segments of its language (:func:`split_span`). A text longer than
    :data:`MAX_ARTICLE_CHARS` gets status ``error``, before language detection.
    """
    title = clean_title(item.title)
    body, counts = clean_with_report(item.text)
    text = "\n".join(part for part in (title, body) if part)
    res = ArticleResult(index=item.index, id=item.id, key=item.key, text=text,
                        title=short_title(title or (body.split("\n", 1)[0] if body
                                                    else item.title)),
                        has_title=bool(title), dedupe=dedupe_digest(text),
                        cleaning={k: v for k, v in counts.items() if v})
    if len(text) > MAX_ARTICLE_CHARS:
        res.status = A.ERROR
        res.error = (f"text too long: {len(text):,} characters after cleaning, more than "
                     f"the {MAX_ARTICLE_CHARS:,} kg analyses in one article")
        return res
    guess = detect(text)
    res.lang, res.lang_confidence = guess.lang, guess.confidence
    if guess.lang is None:
        res.status, res.error = A.TOO_SHORT, "text too short to detect its language"
    elif guess.lang not in SUPPORTED_LANGS:
        res.status = A.UNSUPPORTED
        res.error = (f"language {guess.lang!r} is not supported "
                     f"(supported: {', '.join(SUPPORTED_LANGS)})")
    else:
        res.segments = [(a, b, s.lang)
                        for s in route_paragraphs(text, guess.lang, supported=SUPPORTED_LANGS)
                        for a, b in split_span(text, s.start, s.end, MAX_SEGMENT_CHARS)]
    return res


def analyse(items: list[ArticleInput], *, batch_size: int = BATCH_SIZE) -> list[ArticleResult]:
    """Clean, language-detect, parse and extract a batch of articles.

    Parameters
    ----------
    items : list of ArticleInput
    batch_size : int
        Paragraphs per ``nlp.pipe`` batch.

    Returns
    -------
    list of ArticleResult
        In the order of ``items``. An article that makes the extraction fail
        gets status ``error`` with the reason; the others are unaffected.
    """
    results = [prepare_one(item) for item in items]
    todo = [r for r in results if r.status == A.OK]
    for res, parsed in zip(todo, _parse_safely(todo, batch_size)):
        if isinstance(parsed, Exception):
            res.status = A.ERROR
            res.error = f"extraction failed: {type(parsed).__name__}: {parsed}"
            res.segments = []
        else:
            res.mentions, res.relations, res.made = (parsed.found.mentions,
                                                     parsed.found.relations, parsed.found.made)
            res.docs = parsed.docs
    return results


def reanalyse(items: list[Reparse]) -> list[Reanalysed]:
    """Find the relations of articles again, with the settled types, on their packed parses.

    Returns
    -------
    list of Reanalysed
        One per item. Its ``found.mentions`` are the item's (copies of them,
        if the item came through a pickle), which the relations point to. An
        item that fails has ``found=None`` and the reason in ``error``.
    """
    out = []
    for item in items:
        try:
            docs = unpack_docs(item.docs, item.text, item.segments)
            by_seg = [[m for m in item.mentions if start <= m.start < end]
                      for start, end, _ in item.segments]
            types = {m.key: item.types[(m.start, m.end, m.text)] for m in item.mentions
                     if (m.start, m.end, m.text) in item.types}
            relations, made = _relations(docs, item.segments, by_seg, types)
            out.append(Reanalysed(item.index, Found(item.mentions, relations, made)))
        except Exception as exc:  # noqa: BLE001 - the caller keeps the first pass
            out.append(Reanalysed(item.index, error=f"{type(exc).__name__}: {exc}"))
    return out


def _parse_safely(items, batch_size):
    """:func:`_parse` over ``items``; if the batch fails, each item alone, so that
    one bad article does not take the others with it."""
    try:
        return _parse(items, batch_size)
    except Exception:  # noqa: BLE001 - narrowed down below, item by item
        out = []
        for item in items:
            try:
                out.extend(_parse([item], batch_size))
            except Exception as exc:  # noqa: BLE001 - reported as the article's error
                out.append(exc)
        return out


def _parse(items, batch_size) -> list[Parsed]:
    """What each ArticleResult holds, parsed."""
    by_lang = defaultdict(list)
    for i, item in enumerate(items):
        for j, (start, end, lang) in enumerate(item.segments):
            by_lang[lang].append((item.text[start:end], (i, j)))
    docs = {}
    for lang, pairs in by_lang.items():
        nlp = load_pipeline(lang)
        for batch in batches(pairs, batch_size, BATCH_CHARS):
            for doc, key in nlp.pipe(batch, as_tuples=True, batch_size=len(batch)):
                docs[key] = doc
    out = []
    for i, item in enumerate(items):
        parsed = [docs[(i, j)] for j in range(len(item.segments))]
        found_by_seg = [extract_mentions(doc, article=item.id, lang=lang, offset=start)
                        for doc, (start, _, lang) in zip(parsed, item.segments)]
        if item.has_title and len(found_by_seg) > 1:
            found_by_seg[0] = confirmed(found_by_seg[0], found_by_seg[1:])
        relations, made = _relations(parsed, item.segments, found_by_seg)
        out.append(Parsed(Found([m for found in found_by_seg for m in found], relations, made),
                          pack_docs(parsed, [lang for *_, lang in item.segments])))
    return out


def batches(pairs, size: int, max_chars: int) -> list[list]:
    """Consecutive runs of ``(text, key)`` pairs: at most ``size`` pairs, and at
    most ``max_chars`` characters unless a text is longer by itself.

    Examples
    --------
    >>> [[t for t, _ in b] for b in batches([("ab", 0), ("cde", 1), ("f", 2), ("ghijk", 3)], 3, 4)]
    [['ab'], ['cde', 'f'], ['ghijk']]
    """
    out, chars = [], 0
    for text, key in pairs:
        if not out or len(out[-1]) >= size or chars + len(text) > max_chars:
            out.append([])
            chars = 0
        out[-1].append((text, key))
        chars += len(text)
    return out


def _relations(docs, segments, found_by_seg, types=None):
    """Relations and made mentions of one article's paragraphs, with one Context."""
    relations, made, context = [], [], Context()
    for doc, (start, _, lang), found in zip(docs, segments, found_by_seg):
        relations.extend(extract_relations(doc, found, lang=lang, offset=start,
                                           context=context, types=types, made=made))
    return relations, made


#: Token attributes kept by :func:`pack_docs`: with a parse, and without one
#: (spaCy takes sentence starts or heads, not both).
_PARSED = [TAG, POS, DEP, HEAD, ENT_IOB, ENT_TYPE]
_UNPARSED = [TAG, POS, SENT_START, ENT_IOB, ENT_TYPE]


def pack_docs(docs, langs) -> bytes:
    """Pack parsed paragraphs: token offsets and spaces, the token attributes the
    relation patterns read (tags, parse or sentence starts, entities) and the
    title spans. The text itself is not packed.

    About 20 times cheaper than ``DocBin``, and :func:`unpack_docs` restores
    docs on which the relation patterns find the same relations (tested).
    """
    packed = []
    for doc, lang in zip(docs, langs):
        attrs = _PARSED if doc.has_annotation("DEP") else _UNPARSED
        packed.append((lang, attrs is _PARSED, doc.to_array([IDX, LENGTH, SPACY, *attrs]),
                       [(sp.start, sp.end, sp.label_) for sp in doc.spans.get("kg_titles", ())]))
    return zlib.compress(pickle.dumps(packed, protocol=pickle.HIGHEST_PROTOCOL), 1)


def unpack_docs(blob: bytes, text: str, segments) -> list[Doc]:
    """The docs packed by :func:`pack_docs`, on the vocab of their language's pipeline.

    ``text`` and ``segments`` are the article's cleaned text and paragraph spans.
    """
    docs = []
    packed = pickle.loads(zlib.decompress(blob))
    for (lang, parsed, array, titles), (start, end, _) in zip(packed, segments):
        vocab = load_pipeline(lang).vocab
        para = text[start:end]
        words = [para[i:i + n] for i, n in zip(array[:, 0].tolist(), array[:, 1].tolist())]
        doc = Doc(vocab, words=words, spaces=[bool(x) for x in array[:, 2].tolist()])
        attrs = _PARSED if parsed else _UNPARSED
        for name, column in zip(attrs, array[:, 3:].T):
            if name in (TAG, DEP, ENT_TYPE):  # label hashes: the strings must be known
                unknown = [v for v in set(column.tolist()) if v and v not in vocab.strings]
                if unknown:
                    raise ValueError(f"unknown label hashes {sorted(unknown)} in a packed doc")
        doc.from_array(attrs, np.ascontiguousarray(array[:, 3:]))
        doc.spans["kg_titles"] = [Span(doc, s, e, label) for s, e, label in titles]
        if doc.text != para:
            raise ValueError("a packed doc does not match its paragraph")
        docs.append(doc)
    return docs


def confirmed(title_mentions, body_segments):
    """Headline mentions that the body confirms.

    Headlines are often in Title Case ("TikTok Holds Talks With Indonesian
    E-Commerce Firms"), which both pipelines misread as names. A headline
    mention is kept only when the body mentions the same name, or the alias
    table knows it.
    """
    known = {normalize_name(m.text) for seg in body_segments for m in seg}
    aliases = alias_keys()
    return [m for m in title_mentions
            if normalize_name(m.text) in known or normalize_name(m.text) in aliases]

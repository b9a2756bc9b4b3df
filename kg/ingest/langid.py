"""Language detection for articles and their paragraphs.

Built on langdetect with a fixed seed, so the same text always gets the same
answer. An article gets one language (``lang``) and its probability
(``lang_confidence``); :func:`route_paragraphs` then assigns each paragraph to
the English or Indonesian pipeline.

Why per paragraph and not per sentence: langdetect's character n-gram model
needs a few dozen words to be reliable, and a single news sentence is often
dominated by names ("TikTok Shop", "GoTo Gojek Tokopedia") that carry no
language signal. A paragraph is long enough to judge, and in news an embedded
quote in the other language usually stands in a paragraph of its own. A
paragraph only leaves the article's language when it is long enough, a quick
score over all its n-grams does not already favour the article's language
(:func:`favours`), and langdetect gives another language with high confidence;
otherwise it inherits the article's language.
"""

from __future__ import annotations

import functools
import random
import re
from dataclasses import dataclass

import numpy as np
from langdetect import DetectorFactory
from langdetect.detector import Detector
from langdetect.detector_factory import PROFILES_DIRECTORY
from langdetect.lang_detect_exception import ErrorCode, LangDetectException
from langdetect.utils.ngram import NGram

#: Fewer letters than this and an article is ``too_short`` to judge.
MIN_LETTERS = 40
#: A paragraph needs this many letters to be routed away from the article's language.
MIN_PARAGRAPH_LETTERS = 80
#: ... and this probability for its own language.
MIN_PARAGRAPH_CONFIDENCE = 0.90
#: A paragraph is checked with langdetect only if all its n-grams together do
#: not already favour the article's language over every other by this much
#: (mean log-probability per n-gram; see :func:`favours`).
ROUTE_MARGIN = 0.15

_LETTER = re.compile(r"[^\W\d_]", re.UNICODE)


@dataclass(frozen=True)
class LangGuess:
    """Result of :func:`detect`: ISO 639-1 code (or ``None``) and its probability."""

    lang: str | None
    confidence: float


@dataclass(frozen=True)
class Segment:
    """A paragraph of a cleaned article and the language that processes it.

    ``start`` and ``end`` are character offsets into the cleaned text.
    """

    start: int
    end: int
    lang: str


class _Normalized(dict):
    """``ord(ch) -> NGram.normalize(ch)`` for ``str.translate``, filled on first use."""

    def __missing__(self, code):
        self[code] = value = NGram.normalize(chr(code))
        return value


_NORMALIZED = _Normalized()
_WORD = re.compile(r"[^ ]+ ?")
_SPACES = re.compile(" +")
_LATIN = re.compile("[A-z]")  # sic: langdetect's range, with [\]^_` in it
_NON_LATIN = re.compile("[\u0300-\U0010ffff]")
#: Words whose n-grams are remembered (the cache is emptied when it is full).
_WORD_CACHE_SIZE = 200_000
#: langdetect's smoothing of an n-gram's probabilities, as :func:`favours` adds it.
_SMOOTHING = Detector.ALPHA_DEFAULT / Detector.BASE_FREQ


class _FastDetector(Detector):
    """langdetect's Detector with the same answers, faster.

    Probabilities are NumPy arrays, updated with the same arithmetic, element
    by element. And langdetect's n-gram buffer starts afresh after every character that
    normalises to a space, so the n-grams of a text are those of its words
    (each with the separator after it), one after the other. They are
    computed once per distinct word, with langdetect's own ``NGram``, and
    remembered; ``tests/test_langid.py`` checks the answers against the
    plain Detector.
    """

    _words: dict = {}
    _vectors: dict = {}
    _scores: dict = {}

    def __init__(self, factory):
        # Detector.__init__, but the random generator is made by _detect_block:
        # making one costs more than the quick paragraph check (favours), which
        # draws nothing
        self.word_lang_prob_map, self.langlist = factory.word_lang_prob_map, factory.langlist
        self.seed, self.random = factory.seed, None
        self.text, self.langprob = "", None
        self.alpha, self.n_trial, self.max_text_length = self.ALPHA_DEFAULT, 7, 10000
        self.prior_map, self.verbose = None, False

    def append(self, text):
        # Detector.append with regular expressions instead of a loop over characters
        text = self.URL_RE.sub(" ", text)
        text = self.MAIL_RE.sub(" ", text)
        text = NGram.normalize_vi(text)
        self.text += _SPACES.sub(" ", text[:self.max_text_length])

    def cleaning_text(self):
        # Detector.cleaning_text with regular expressions. langdetect compares a
        # block number with a block name there, so every character from U+0300 up
        # counts as non-Latin; so it does here
        non_latin = len(_NON_LATIN.findall(self.text))
        if non_latin and len(_LATIN.findall(self.text)) * 2 < non_latin:
            self.text = _LATIN.sub("", self.text)

    def _detect_block(self):
        # Detector._detect_block with the same random draws and the same arithmetic:
        # prob[i] *= weight + lang_prob_map[i] for every i at once, and the sum of
        # the normalisation taken left to right, as langdetect does
        self.cleaning_text()
        ngrams = self._extract_ngrams()
        if not ngrams:
            raise LangDetectException(ErrorCode.CantDetectError, "No features in text.")
        vectors, known = self._vectors, self.word_lang_prob_map
        if len(vectors) > _WORD_CACHE_SIZE:
            vectors.clear()
        n_langs = len(self.langlist)
        langprob = [0.0] * n_langs
        rng = self.random = random.Random(self.seed)
        choice, limit, threshold = rng.choice, self.ITERATION_LIMIT, self.CONV_THRESHOLD
        for _ in range(self.n_trial):
            prob = np.full(n_langs, 1.0 / n_langs) if self.prior_map is None \
                else np.array(self.prior_map)
            weight = (self.alpha + rng.gauss(0.0, 1.0) * self.ALPHA_WIDTH) / self.BASE_FREQ
            # langdetect draws one n-gram, then normalises after every 5th draw
            # (i % 5 == 0) and stops there once converged: so draw 1, then 5 at
            # a time, and multiply them in left to right, as it does
            i, draws = -1, 1
            while True:
                rows = []
                for _ in range(draws):
                    w = choice(ngrams)
                    vector = vectors.get(w)
                    if vector is None:
                        vector = vectors[w] = np.array(known[w])
                    rows.append(vector)
                rows = np.array(rows)
                rows += weight
                rows[0] *= prob
                prob = np.multiply.reduce(rows, axis=0)
                i += draws
                values = prob.tolist()
                total = sum(values)
                prob /= total
                if max(values) / total > threshold or i >= limit:
                    break
                draws = 5
            for j, p in enumerate(prob.tolist()):
                langprob[j] += p / self.n_trial
        self.langprob = langprob

    def _grams_by_word(self):
        """``(word, its n-grams)`` for each word of the text, in order."""
        words, known = self._words, self.word_lang_prob_map
        if len(words) > _WORD_CACHE_SIZE:
            words.clear()
        text = self.text
        for match in _WORD.finditer(text.translate(_NORMALIZED)):
            start, end = match.span()
            word = text[start:end]
            grams = words.get(word)
            if grams is None:
                words[word] = grams = _word_ngrams(word, match.group().endswith(" "), known)
            yield word, grams

    def _extract_ngrams(self):
        result = []
        for _, grams in self._grams_by_word():
            result.extend(grams)
        return result

    def log_scores(self):
        """Per language, the sum of ``log(probability + smoothing)`` over all the
        n-grams of the text; and their number. Summed once per distinct word."""
        rows, known = self._scores, self.word_lang_prob_map
        if len(rows) > _WORD_CACHE_SIZE:
            rows.clear()
        total, count = np.zeros(len(self.langlist)), 0
        for word, grams in self._grams_by_word():
            if not grams:
                continue
            row = rows.get(word)
            if row is None:
                row = rows[word] = np.log(np.array([known[w] for w in grams]) + _SMOOTHING).sum(0)
            total += row
            count += len(grams)
        return total, count


def _word_ngrams(word: str, spaced: bool, known) -> list[str]:
    """langdetect's n-grams of one word, as its Detector finds them in a text."""
    ngram, result = NGram(), []
    for ch in (word[:-1] + " ") if spaced else word:
        ngram.add_char(ch)
        if ngram.capitalword:
            continue
        for n in range(1, NGram.N_GRAM + 1):
            if len(ngram.grams) < n:
                break
            w = ngram.grams[-n:]
            if w and w != " " and w in known:
                result.append(w)
    return result


@functools.lru_cache(maxsize=1)
def _factory() -> DetectorFactory:
    factory = DetectorFactory()
    factory.load_profile(PROFILES_DIRECTORY)
    factory.set_seed(0)
    return factory


def count_letters(text: str, limit: int | None = None) -> int:
    """Number of letters (any script) in ``text``, counted up to ``limit`` at most.

    Examples
    --------
    >>> count_letters("GoTo 2023!"), count_letters("GoTo 2023!", limit=2)
    (4, 2)
    """
    if limit is None:
        return len(_LETTER.findall(text))
    n = 0
    for n, _ in enumerate(_LETTER.finditer(text), 1):
        if n >= limit:
            break
    return n


def detect(text: str) -> LangGuess:
    """Detect the language of ``text``, deterministically.

    Parameters
    ----------
    text : str
        Cleaned text.

    Returns
    -------
    LangGuess
        ``lang`` is an ISO 639-1 code (``zh-cn``/``zh-tw`` become ``zh``), or
        ``None`` when the text has fewer than :data:`MIN_LETTERS` letters or
        no language features.

    Examples
    --------
    >>> detect("Kementerian Perdagangan melarang penjualan barang di media sosial "
    ...        "karena dianggap merugikan pedagang kecil di pasar tradisional.").lang
    'id'
    >>> detect("Ok.").lang is None
    True
    """
    if count_letters(text, MIN_LETTERS) < MIN_LETTERS:
        return LangGuess(None, 0.0)
    detector = _FastDetector(_factory())
    detector.append(text)
    try:
        best = detector.get_probabilities()[0]
    except (LangDetectException, IndexError):
        return LangGuess(None, 0.0)
    return LangGuess(best.lang.split("-")[0], round(float(best.prob), 4))


def favours(text: str, lang: str, margin: float = ROUTE_MARGIN) -> bool:
    """Whether ``text`` clearly reads as ``lang``: a quick check before langdetect.

    Scores every language on all the n-grams of ``text`` at once (langdetect's
    own profiles and smoothing, without its random sampling), and asks whether
    ``lang`` beats every other language by ``margin`` per n-gram. About ten
    times cheaper than :func:`detect`. On the samples, the seeds and a
    1,000-article benchmark corpus, no paragraph that langdetect routes to the
    other language comes near the margin (theirs are below -0.5), while 99 %
    of the others pass it.

    Examples
    --------
    >>> favours("The minister said the ban would protect small traders in markets.", "en")
    True
    >>> favours("Menteri mengatakan larangan itu melindungi pedagang kecil di pasar.", "en")
    False
    """
    detector = _FastDetector(_factory())
    detector.append(text)
    detector.cleaning_text()
    scores, count = detector.log_scores()
    if not count or lang not in detector.langlist:
        return False
    own = detector.langlist.index(lang)
    best_other = np.delete(scores, own).max()
    return bool((scores[own] - best_other) / count > margin)


def route_paragraphs(text: str, lang: str, *, supported=("en", "id")) -> list[Segment]:
    """Split cleaned ``text`` into paragraphs and pick a pipeline for each.

    Parameters
    ----------
    text : str
        Cleaned article text, one paragraph per line.
    lang : str
        The article's language, used for short or uncertain paragraphs.
    supported : tuple of str
        Languages a paragraph may be routed to.

    Returns
    -------
    list of Segment
        One per non-empty line, in order, with offsets into ``text``.

    Examples
    --------
    >>> text = ("Menteri itu berbicara kepada wartawan di kantornya pada hari Senin pagi "
    ...         "tentang aturan baru perdagangan daring.\\n"
    ...         "We want to be a good partner for local sellers and we will keep investing "
    ...         "in this country for many years to come, the company said.")
    >>> [s.lang for s in route_paragraphs(text, "id")]
    ['id', 'en']
    """
    segments = []
    for match in re.finditer(r"[^\n]+", text):
        para = match.group()
        if not para.strip():
            continue
        para_lang = lang
        if (count_letters(para, MIN_PARAGRAPH_LETTERS) >= MIN_PARAGRAPH_LETTERS
                and not favours(para, lang)):
            guess = detect(para)
            if (guess.lang in supported and guess.lang != lang
                    and guess.confidence >= MIN_PARAGRAPH_CONFIDENCE):
                para_lang = guess.lang
        segments.append(Segment(match.start(), match.end(), para_lang))
    return segments

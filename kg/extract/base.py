"""What every relation pattern shares: the ``RelationMention`` record, the language
data, and the sentence view the patterns read (arguments, lists, modality).
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field, replace

from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span

from kg.lang import get_lang_data
from kg.lang.data import RelationData, word_fields
from kg.nlp.mentions import Mention

#: Maximum number of tokens between a cue and its arguments.
MAX_GAP = 12
#: Auxiliaries that leave a reporting verb's subject the subject of the verb after it.
_AUXILIARIES = {"to", "has", "have", "had", "be", "been", "is", "are", "was", "were",
                "also", "telah", "sudah", "tetap", "juga", "pun", "segera", "terus"}
#: Lower-case words allowed between two members of a list ("X, the popular
#: social media platform, and Y").
MAX_DESCRIPTORS = 6
#: Who may speak. Places too: countries speak in news ("Indonesia said").
SPEAKER_TYPES = ("PERSON", "ORG", "GPE")
#: What a statement can be about. Places are left out: datelines ("JAKARTA -")
#: and settings ("in Indonesia") would otherwise become the topic of every quote.
TOPIC_TYPES = ("PERSON", "ORG", "LAW")
#: Key of ``doc.spans`` holding title phrases (set by ``kg_entity_fixes``).
TITLES_KEY = "kg_titles"


@dataclass
class RelationMention:
    """A relation stated once: two mentions and the sentence that states it.

    One piece of evidence of an edge of the graph, as a :class:`~kg.nlp.mentions.Mention`
    is one occurrence of an entity. ``sent_start``/``sent_end`` are character
    offsets of ``sentence`` in the cleaned text of ``article``.
    """

    source: Mention
    target: Mention
    relation: str
    family: str
    confidence: float
    article: str
    lang: str
    sentence: str
    sent_start: int
    sent_end: int
    modality: str = "asserted"
    quote: str | None = None
    stake: str | None = None
    amount: str | None = None
    title: str | None = None
    cue: str = ""


@dataclass(frozen=True)
class Lexicon:
    """The relation data of one language, with its phrase matchers.

    ``words`` is the language's :class:`~kg.lang.data.RelationData` with every
    word list lower-cased into a frozenset of phrases: ``lex.words.list_separators``.
    """

    lang: str
    cues: PhraseMatcher
    entries: tuple
    statement: dict
    words: RelationData
    modality: tuple = ()
    amount: re.Pattern | None = None
    stake: re.Pattern | None = None


def english_parse(doc: Doc) -> bool:
    """Whether ``doc`` carries the English model's parse.

    The English patterns read its labels (ClearNLP: ``nsubj``, ``nsubjpass``,
    ``dobj``, ``pobj``) and tags; an Indonesian parse has UD labels and tags
    and is read by the Indonesian patterns only.

    Examples
    --------
    >>> import spacy
    >>> english_parse(spacy.blank("en")("No parse here."))
    False
    """
    return doc.lang_ == "en" and doc.has_annotation("DEP")


def ud_parse(doc: Doc) -> bool:
    """Whether ``doc`` carries the Indonesian model's parse (UD labels: ``nsubj``,
    ``obj``, ``obl:agent``, ``appos``, ``nmod``, ``flat``), which the Indonesian
    patterns read first, their word-order rules being the fallback.

    Examples
    --------
    >>> import spacy
    >>> ud_parse(spacy.blank("id")("Tanpa parse."))
    False
    """
    return doc.lang_ == "id" and doc.has_annotation("DEP")


#: UD relations that keep a word inside a noun phrase (not in a clause of its own).
UD_PHRASE = frozenset({"nmod", "flat", "flat:name", "appos", "compound", "amod", "det", "case",
                       "punct", "nummod"})


def ud_phrase(head, deps=UD_PHRASE, skip=frozenset()) -> set:
    """Token indices of the phrase under ``head``: the words reached from it through
    relations of ``deps`` only, not entering the tokens of ``skip`` (indices).

    Examples
    --------
    >>> from spacy.tokens import Doc
    >>> from spacy.vocab import Vocab
    >>> doc = Doc(Vocab(), words=["izin", "Acme", "yang", "habis"], heads=[0, 0, 3, 0],
    ...           deps=["ROOT", "nmod", "nsubj", "acl:relcl"])
    >>> sorted(ud_phrase(doc[0]))
    [0, 1]
    >>> sorted(ud_phrase(doc[0], skip={1}))
    [0]
    """
    out, todo = {head.i}, [head]
    while todo:
        for child in todo.pop().children:
            if child.dep_ in deps and child.i not in skip:
                out.add(child.i)
                todo.append(child)
    return out


def phrase_doc(vocab, phrase: str) -> Doc:
    """Cue phrases are plain words separated by spaces: one token per word."""
    return Doc(vocab, words=phrase.split())


@functools.cache
def lexicon(lang: str, vocab) -> Lexicon:
    """Load the relation data of ``lang`` (``kg.lang.<lang>.DATA.relations``).

    Examples
    --------
    >>> import spacy
    >>> lex = lexicon("id", spacy.blank("id").vocab)
    >>> "katanya" in lex.statement, "dan" in lex.words.list_separators
    (True, True)
    """
    data = get_lang_data(lang).relations
    matcher = PhraseMatcher(vocab, attr="LOWER")
    entries = tuple(data.relation_cues)
    for i, entry in enumerate(entries):
        matcher.add(f"REL:{i}", [phrase_doc(vocab, cue) for cue in entry["cues"]])
    statement = dict(data.statement_cues)
    if statement:
        matcher.add("STMT", [phrase_doc(vocab, cue) for cue in statement])
    vocab.strings.add("STMT")
    modality = tuple((name, tuple(tuple(c.split()) for c in cues))
                     for name, cues in data.modality_cues.items())

    def compile_(pattern):
        return re.compile(pattern, re.IGNORECASE) if pattern else None

    words = replace(data, **{name: frozenset(w.lower() for w in getattr(data, name))
                             for name in word_fields(RelationData)})
    return Lexicon(lang=lang, cues=matcher, entries=entries, statement=statement, words=words,
                   modality=modality, amount=compile_(data.amount_pattern),
                   stake=compile_(data.stake_pattern))


def phrase_at(lower, i: int, phrases, *, limit: int | None = None) -> int:
    """Length in tokens of the longest phrase of ``phrases`` starting at token ``i`` (0 if none).

    ``lower`` holds the lower-case words of a doc (:attr:`Sentence.lower`).

    Examples
    --------
    >>> phrase_at(["as", "well", "as", "lazada"], 0, {"as well as", "and"})
    3
    """
    end = len(lower) if limit is None else min(limit, len(lower))
    if i >= end:
        return 0
    best = 0
    for words in _phrase_index(_frozen(phrases))[0].get(lower[i], ()):
        n = len(words)
        if n > best and i + n <= end and tuple(lower[i:i + n]) == words:
            best = n
    return best


def first_words(phrases) -> dict:
    """The first words of ``phrases``: a token whose lower-case form is not among
    them starts none (a quick check before :func:`phrase_at` in a loop over tokens).

    Examples
    --------
    >>> sorted(first_words({"as well as", "and"}))
    ['and', 'as']
    """
    return _phrase_index(_frozen(phrases))[0]


def phrase_before(lower, i: int, phrases, *, start: int = 0) -> int:
    """Length of the longest phrase of ``phrases`` ending right before token ``i``."""
    if i - 1 < start:
        return 0
    best = 0
    for words in _phrase_index(_frozen(phrases))[1].get(lower[i - 1], ()):
        n = len(words)
        if n > best and i - n >= start and tuple(lower[i - n:i]) == words:
            best = n
    return best


def _frozen(phrases) -> frozenset:
    return phrases if isinstance(phrases, frozenset) else frozenset(phrases)


@functools.lru_cache(maxsize=512)
def _phrase_index(phrases: frozenset) -> tuple[dict, dict]:
    """Phrases of a word list split into words, by first word and by last word."""
    first, last = {}, {}
    for phrase in phrases:
        words = tuple(phrase.split())
        if words:
            first.setdefault(words[0], []).append(words)
            last.setdefault(words[-1], []).append(words)
    return first, last


@dataclass
class Sentence:
    """One sentence as the patterns see it.

    ``mentions`` are the sentence's argument mentions in text order: entity
    mentions plus references (pronouns, "the company") standing for one.
    ``lower`` holds the lower-case words of the whole doc, by token index.
    ``consumed`` holds the mentions that only modify another name (the owner
    in "GoTo e-commerce unit, Tokopedia"), which are no list member or target.
    ``aliases`` holds mentions in brackets right after another mention
    ("GoTo (GOTO.JK)"), which are never arguments. Both hold the mentions'
    :attr:`~kg.nlp.mentions.Mention.tokens`, unique within a sentence (a
    reference has the key of its antecedent, but its own tokens).
    """

    span: Span
    mentions: list
    lex: Lexicon
    meta: dict
    lower: list
    consumed: set = field(default_factory=set)
    aliases: set = field(default_factory=set)
    titles: list = field(default_factory=list)
    cue_tokens: set = field(default_factory=set)
    report_tokens: set = field(default_factory=set)

    @property
    def doc(self) -> Doc:
        return self.span.doc

    def args(self, types=None) -> list:
        return [m for m in self.mentions if m.tokens not in self.aliases
                and (types is None or m.type in types)]

    def before(self, token: int, types, gap: int = MAX_GAP, skip=()):
        """The argument ending nearest before ``token`` (within ``gap`` tokens)."""
        found = [m for m in self.args(types) if m.token_end <= token
                 and token - m.token_end <= gap and m not in skip
                 and m.tokens not in self.consumed]
        return max(found, key=lambda m: m.token_end) if found else None

    def after(self, token: int, types, gap: int = MAX_GAP, skip=(), consumed_ok=False,
              clause: bool = False):
        """The argument starting nearest after ``token`` (within ``gap`` tokens).

        With ``clause``, not past a clause break (", and", ", which", ";").
        """
        found = [m for m in self.args(types) if m.token >= token and m.token - token <= gap
                 and m not in skip and (consumed_ok or m.tokens not in self.consumed)]
        if clause:
            found = [m for m in found if not self.breaks(token, m.token)]
        return min(found, key=lambda m: m.token) if found else None

    def reported_between(self, start: int, end: int) -> bool:
        """Whether a reporting cue ("said", "mengatakan") stands between two tokens with
        a clause of its own after it ("X said the government will ..."), rather than
        only auxiliaries ("Kemendag memastikan akan mengawasi ...": the same subject)."""
        reports = [i for i in self.report_tokens if start <= i < end]
        if not reports:
            return False
        light = {w for _, cues in self.lex.modality for cue in cues for w in cue} | _AUXILIARIES
        between = self.doc[max(reports) + 1:end]
        return not all(t.lower_ in light or t.is_punct for t in between)

    def breaks(self, start: int, end: int) -> bool:
        """Whether a clause break stands between tokens ``start`` and ``end``."""
        doc, words = self.doc, self.lex.words.clause_breaks
        openers = self.lex.words.clause_openers
        for i in range(start, end):
            if doc[i].text == ";" or doc[i].lower_ in openers or (
                    doc[i].text == "," and i + 1 < end and doc[i + 1].lower_ in words):
                return True
        return False

    def at(self, token: int, types=None):
        """The argument starting at ``token``."""
        for m in self.args(types):
            if m.token == token:
                return m
        return None

    def at_token(self, token: int, types=None):
        """The argument covering ``token``."""
        for m in self.args(types):
            if m.token <= token < m.token_end:
                return m
        return None

    def title_end(self, i: int) -> int:
        """End of the title phrase starting at token ``i`` (``i`` if none)."""
        for sp in self.titles:
            if sp.start == i:
                return sp.end
        return i

    def conjuncts(self, first, types, *, backward: bool = False) -> list:
        """``first`` and the names coordinated with it ("X, Y and Z"), in text order.

        Between two members stand separators (",", "and", "dan"), bracketed
        aliases ("(GOTO.JK)"), owner phrases ("dari Alibaba") and a few
        lower-case descriptors ("mobile service platform"); a verb, a cue or
        a sentence end closes the list.
        """
        members = [first]
        while True:
            nxt = (self._prev_conjunct(members[0], types) if backward
                   else self._next_conjunct(members[-1], types))
            if nxt is None or nxt in members:
                break
            if backward:
                members.insert(0, nxt)
            else:
                members.append(nxt)
        return members

    def _next_conjunct(self, m, types):
        doc, lex = self.doc, self.lex
        seps = lex.words.list_separators
        i, end = m.token_end, self.span.end
        i = self._skip_modifiers(i)
        saw_sep, descriptors = False, 0
        while i < end:
            n = phrase_at(self.lower, i, seps, limit=end)
            if n:
                saw_sep, i, descriptors = True, i + n, 0
                continue
            nxt = self.at(i)
            if nxt is not None:
                if not saw_sep or nxt.tokens in self.aliases:
                    return None
                if nxt.type not in types:
                    return None
                return nxt
            if not self._descriptor(doc[i]) or descriptors >= MAX_DESCRIPTORS:
                return None
            descriptors += 1
            i += 1
        return None

    def _prev_conjunct(self, m, types):
        doc, lex = self.doc, self.lex
        seps = lex.words.list_separators
        i, start = m.token, self.span.start
        saw_sep, descriptors = False, 0
        while i > start:
            n = phrase_before(self.lower, i, seps, start=start)
            if n:
                saw_sep, i, descriptors = True, i - n, 0
                continue
            prev = [x for x in self.args() if x.token_end == i]
            if prev:
                p = prev[0]
                link = p.token - 1
                if (saw_sep and link > start and doc[link].lower_ in lex.words.owner_links
                        and any(x.token_end == link for x in self.args(types))):
                    i = link  # "Beta dari Acme dan Citra": Acme only owns Beta
                    continue
                if p.tokens in self.consumed:
                    # "Tokopedia, owned by GoTo, and Bukalapak": step back over the apposition
                    commas = [j for j in range(max(start, p.token - 8), p.token)
                              if doc[j].text == ","]
                    if commas:
                        i = commas[-1] + 1
                        continue
                    return None
                if p.tokens in self.aliases or p.type not in types:
                    # a modifier ("Shopee dari Asia Tenggara dan Lazada"): step over it
                    if p.token > start and doc[p.token - 1].lower_ in lex.words.owner_links:
                        i = p.token - 1
                        continue
                    if p.tokens in self.aliases:
                        i = p.token
                        continue
                    return None
                if not saw_sep:
                    return None
                return p
            if doc[i - 1].text in ")]":
                j = i - 1
                while j > start and doc[j].text not in "([":
                    j -= 1
                i = j
                continue
            if not self._descriptor(doc[i - 1]) or descriptors >= MAX_DESCRIPTORS:
                return None
            descriptors += 1
            i -= 1
        return None

    def after_brackets(self, i: int, within: int = 8) -> int:
        """The token after a bracket group opening at token ``i`` and closing at most
        ``within`` tokens later, in this sentence ("GoTo (GOTO.JK)"); else ``i``."""
        doc, end = self.doc, self.span.end
        if i < end and doc[i].text in "([":
            for j in range(i + 1, min(end, i + within + 1)):
                if doc[j].text in ")]":
                    return j + 1
        return i

    def _skip_modifiers(self, i: int) -> int:
        """Step over bracketed aliases and owner phrases after a name."""
        doc, lex, end = self.doc, self.lex, self.span.end
        while i < end:
            j = self.after_brackets(i)
            if j != i:
                i = j
                continue
            if doc[i].lower_ in lex.words.owner_links and self.at(i + 1) is not None:
                i = self.at(i + 1).token_end
                continue
            break
        return i

    def _descriptor(self, tok) -> bool:
        """A lower-case word that may stand between list members ("mobile service platform")."""
        if tok.is_punct or tok.like_num or not tok.is_alpha and "-" not in tok.text:
            return False
        if tok.i in self.cue_tokens:
            return False
        english = tok.lang_ == "en"
        if tok.is_title and tok.i > self.span.start:
            return english and tok.pos_ in ("ADJ", "PROPN")  # "Indonesian tech behemoth GoTo"
        if english and tok.pos_:
            return tok.pos_ in ("DET", "ADJ", "NOUN", "PROPN", "NUM")
        return not tok.lower_.startswith(("me", "di", "ber", "ter")) or len(tok) <= 4

    def modality(self, first: int, last: int, base: str = "asserted", *, lookback: int = 8) -> str:
        """Modality of a relation whose cue and arguments span tokens ``first``..``last``.

        Cues count from the clause start (the last ";" or ":" before ``first``,
        at most ``lookback`` tokens back) up to ``last``.
        """
        doc = self.doc
        start = max(self.span.start, first - lookback)
        for j in range(first - 1, start - 1, -1):
            if doc[j].text in (";", ":"):
                start = j + 1
                break
        words = self.lower[start:min(last, self.span.end)]
        present = set(words)
        for name, cues in self.lex.modality:
            for cue in cues:
                n = len(cue)
                if cue[0] in present and any(tuple(words[k:k + n]) == cue
                                             for k in range(len(words) - n + 1)):
                    return name
        return base


def confidence(base: float, gap: int) -> float:
    """Pattern strength ``base``, lowered by 0.02 per token between cue and argument.

    Examples
    --------
    >>> confidence(0.7, 1), confidence(0.7, 6)
    (0.7, 0.6)
    """
    return round(max(0.2, base - 0.02 * max(gap - 1, 0)), 3)

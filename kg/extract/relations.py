"""Sentence-level relations between entity mentions, in both languages.

A first cut driven by cue lexicons (``kg.lang.<lang>.relations``): a cue
phrase in a sentence (matched with spaCy's ``PhraseMatcher`` on lower-case
tokens) links the nearest entity mentions around it, in the argument order
the lexicon gives. The same code serves English and Indonesian; only the
data differs.

Argument orders:

- ``active``: SOURCE cue TARGET.
- ``passive``: TARGET cue SOURCE.
- ``nominal``: cue TARGET, the source after an agent marker ("by", "oleh")
  or else before the cue.
- ``after``: cue SOURCE TARGET, or TARGET ... cue SOURCE.

Statements: a reporting cue ("said", "kata", "menurut") finds its speaker
next to it, or for pronoun cues ("he said", "katanya") the person named last
before it; the statement then points from the speaker to every other entity
in the sentence.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc
from spacy.util import filter_spans

from kg.extract.mentions import Mention
from kg.lang import get_data

#: Maximum number of tokens between a cue and its arguments.
MAX_GAP = 12
#: Maximum number of tokens between a reporting cue and its speaker.
MAX_SPEAKER_GAP = 4
#: Who may speak. Places too: countries speak in news ("Indonesia said"), and the
#: English model types some Indonesian first names as places ("explained Dewi");
#: :func:`kg.resolve.resolve` turns such speakers that are no known place into people.
SPEAKER_TYPES = ("PERSON", "ORG", "GPE")
#: What a statement can be about. Places are left out: datelines ("JAKARTA -")
#: and settings ("in Indonesia") would otherwise become the topic of every quote.
TOPIC_TYPES = ("PERSON", "ORG", "LAW")
_QUOTE = re.compile(r"[\"“”„«»]([^\"“”„«»]{3,})[\"“”„«»]")


@dataclass
class Relation:
    """A relation between two mentions, with the sentence that states it.

    ``sent_start``/``sent_end`` are character offsets of ``sentence`` in the
    cleaned text of ``article``.
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
    cue: str = ""


@dataclass(frozen=True)
class _Lexicon:
    matcher: PhraseMatcher
    entries: tuple
    statement: dict
    pronouns: frozenset
    criticism: frozenset
    agents: frozenset
    family_types: dict
    modality: tuple
    amount: re.Pattern | None
    stake: re.Pattern | None


@functools.lru_cache(maxsize=None)
def _lexicon(lang: str, vocab) -> _Lexicon:
    matcher = PhraseMatcher(vocab, attr="LOWER")
    entries = tuple(get_data(lang, "relations", "RELATION_CUES", []))
    tokenizer = _tokenizer(lang, vocab)
    for i, entry in enumerate(entries):
        matcher.add(f"REL:{i}", [tokenizer(cue) for cue in entry["cues"]])
    statement = dict(get_data(lang, "relations", "STATEMENT_CUES", {}))
    if statement:
        matcher.add("STMT", [tokenizer(cue) for cue in statement])
    modality = []
    for name, cues in get_data(lang, "relations", "MODALITY_CUES", {}).items():
        modality.append((name, tuple(tuple(c.split()) for c in cues)))
    vocab.strings.add("STMT")

    def compile_(name):
        pattern = get_data(lang, "relations", name)
        return re.compile(pattern, re.IGNORECASE) if pattern else None

    return _Lexicon(
        matcher=matcher, entries=entries, statement=statement,
        pronouns=frozenset(get_data(lang, "relations", "SPEAKER_PRONOUNS", [])),
        criticism=frozenset(get_data(lang, "relations", "CRITICISM_CUES", [])),
        agents=frozenset(get_data(lang, "relations", "AGENT_MARKERS", [])),
        family_types=dict(get_data(lang, "relations", "FAMILY_TYPES", {})),
        modality=tuple(modality), amount=compile_("AMOUNT_PATTERN"),
        stake=compile_("STAKE_PATTERN"),
    )


def _tokenizer(lang, vocab):
    """Cue phrases are plain words separated by spaces: one token per word."""
    return lambda phrase: Doc(vocab, words=phrase.split())


def _modality(tokens: list[str], lex: _Lexicon) -> str:
    for name, cues in lex.modality:
        for cue in cues:
            n = len(cue)
            if any(tuple(tokens[i:i + n]) == cue for i in range(len(tokens) - n + 1)):
                return name
    return "asserted"


def extract_relations(doc: Doc, mentions: list[Mention], *, lang: str, offset: int = 0,
                      context: list[Mention] | None = None) -> list[Relation]:
    """Return the relations stated in ``doc``.

    Parameters
    ----------
    doc : spacy.tokens.Doc
        A processed paragraph with sentence boundaries.
    mentions : list of Mention
        The entity mentions of ``doc`` (from :func:`kg.extract.extract_mentions`).
    lang : str
        Language whose cue lexicon to use.
    offset : int
        Character offset of ``doc.text`` in the cleaned article text.
    context : list of Mention, optional
        Mentions of the article's earlier paragraphs, used to resolve
        pronoun speakers ("he said", "katanya").

    Returns
    -------
    list of Relation

    Examples
    --------
    >>> import spacy
    >>> from spacy.tokens import Span
    >>> from kg.extract.mentions import extract_mentions
    >>> nlp = spacy.blank("en"); nlp.add_pipe("sentencizer")  # doctest: +ELLIPSIS
    <...>
    >>> doc = nlp("GoTo merged with TikTok.")
    >>> doc.ents = [Span(doc, 0, 1, "ORG"), Span(doc, 3, 4, "ORG")]
    >>> ms = extract_mentions(doc, article="a", lang="en")
    >>> [(r.source.text, r.relation, r.target.text) for r in extract_relations(doc, ms, lang="en")]
    [('GoTo', 'merges_with', 'TikTok')]
    """
    lex = _lexicon(lang, doc.vocab)
    if not lex.entries and not lex.statement:
        return []
    history = list(context or [])
    matches = lex.matcher(doc)
    spans = filter_spans([doc[s:e] for _, s, e in matches])
    labels = {(s, e): doc.vocab.strings[m] for m, s, e in matches}
    relations = []
    for sent in doc.sents:
        in_sent = [m for m in mentions if sent.start <= m.token < sent.end]
        cues = [sp for sp in spans if sent.start <= sp.start and sp.end <= sent.end]
        earlier = history + [m for m in mentions if m.token < sent.start]
        if not cues:
            continue
        lower = [t.lower_ for t in sent]
        meta = dict(
            article=in_sent[0].article if in_sent else (history[-1].article if history else ""),
            lang=lang, sentence=sent.text, sent_start=offset + sent.start_char,
            sent_end=offset + sent.end_char, modality=_modality(lower, lex),
        )
        for cue in cues:
            label = labels[(cue.start, cue.end)]
            if label == "STMT":
                relations.extend(_statements(cue, sent, in_sent, earlier, lex, meta))
            else:
                entry = lex.entries[int(label.split(":")[1])]
                rel = _binary(cue, sent, in_sent, entry, lex, meta)
                if rel is not None:
                    relations.append(rel)
    return [r for r in relations if r.article]


def _nearest_before(mentions, token, types, gap=MAX_GAP):
    found = [m for m in mentions if m.token_end <= token and token - m.token_end <= gap
             and m.type in types]
    return max(found, key=lambda m: m.token_end) if found else None


def _nearest_after(mentions, token, types, gap=MAX_GAP, skip=()):
    found = [m for m in mentions if m.token >= token and m.token - token <= gap
             and m.type in types and m not in skip]
    return min(found, key=lambda m: m.token) if found else None


def _binary(cue, sent, mentions, entry, lex, meta):
    family = entry["family"]
    src_types, tgt_types = lex.family_types.get(family, (SPEAKER_TYPES, SPEAKER_TYPES))
    src_types = entry.get("source_types", src_types)
    tgt_types = entry.get("target_types", tgt_types)
    order = entry["order"]
    if order == "active":
        source = _nearest_before(mentions, cue.start, src_types)
        target = _nearest_after(mentions, cue.end, tgt_types)
    elif order == "passive":
        target = _nearest_before(mentions, cue.start, tgt_types)
        source = _nearest_after(mentions, cue.end, src_types)
    elif order == "nominal":
        target = _nearest_after(mentions, cue.end, tgt_types)
        source = None
        if target is not None:
            for tok in cue.doc[target.token_end:sent.end]:
                if tok.lower_ in lex.agents:
                    source = _nearest_after(mentions, tok.i + 1, src_types, gap=3)
                    break
        if source is None:
            source = _nearest_before(mentions, cue.start, src_types)
    else:  # "after"
        source = _nearest_after(mentions, cue.end, src_types, gap=4)
        target = None
        if source is not None:
            target = _nearest_after(mentions, source.token_end, tgt_types, gap=4, skip=(source,))
        if target is None:
            target = _nearest_before(mentions, cue.start, tgt_types)
    if source is None or target is None or source.text.lower() == target.text.lower():
        return None
    gap = max(abs(cue.start - source.token_end), abs(target.token - cue.end), 0)
    text = sent.text
    extra = {}
    if family == "ownership" and lex.amount is not None and entry["relation"] == "invests_in":
        match = lex.amount.search(text)
        extra["amount"] = match.group().strip() if match else None
    if family == "ownership" and lex.stake is not None and entry["relation"] in (
            "acquires_stake", "controls"):
        match = lex.stake.search(text)
        extra["stake"] = match.group().strip() if match else None
    return Relation(source=source, target=target, relation=entry["relation"], family=family,
                    confidence=_confidence(entry.get("confidence", 0.5), gap),
                    cue=cue.text, **meta, **extra)


def _confidence(base, gap):
    return round(max(0.2, base - 0.02 * max(gap - 1, 0)), 3)


def _statements(cue, sent, mentions, earlier, lex, meta):
    where = lex.statement.get(cue.text.lower(), "either")
    speaker = None
    if where in ("before", "either"):
        speaker = _nearest_before(mentions, cue.start, SPEAKER_TYPES, gap=MAX_SPEAKER_GAP)
        if speaker is None and cue.start > sent.start and cue.doc[cue.start - 1].lower_ in lex.pronouns:
            speaker = _last_person(earlier, mentions, cue.start)
    if speaker is None and where in ("after", "either"):
        speaker = _nearest_after(mentions, cue.end, SPEAKER_TYPES, gap=3)
        if speaker is None and cue.end < sent.end and cue.doc[cue.end].lower_ in lex.pronouns:
            speaker = _last_person(earlier, mentions, cue.start)
    if speaker is None and where == "pronoun":
        speaker = _last_person(earlier, mentions, cue.start)
    if speaker is None:
        return []
    quote = _QUOTE.search(sent.text)
    relation = "criticized" if cue.text.lower() in lex.criticism else "said"
    out = []
    seen = {speaker.text.lower()}
    for target in mentions:
        if target is speaker or target.text.lower() in seen or target.type not in TOPIC_TYPES:
            continue
        seen.add(target.text.lower())
        gap = abs(target.token - cue.start)
        out.append(Relation(
            source=speaker, target=target, relation=relation, family="statement",
            confidence=_confidence(0.6, gap // 3), cue=cue.text,
            quote=quote.group(1).strip() if quote else None, **meta))
    return out


def _last_person(earlier, mentions, token):
    """The PERSON named last before ``token``: in this sentence, else earlier in the article.

    ``earlier`` is in text order but may hold mentions of other paragraphs,
    whose token indices belong to other docs, so it is ordered by position only.
    """
    here = [m for m in mentions if m.type == "PERSON" and m.token_end <= token]
    if here:
        return here[-1]
    people = [m for m in earlier if m.type == "PERSON"]
    return people[-1] if people else None

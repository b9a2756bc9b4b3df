"""References: pronouns and definite descriptions standing for a named entity.

A reference becomes a *reference mention*: a copy of its antecedent's
mention placed at the pronoun's tokens, so that the patterns treat "he said"
or "the company, which is owned by X" like a name. :mod:`kg.extract`
maps relations on reference mentions back to the antecedent.

- Person pronouns ("he", "ia", "katanya"): the person named last before,
  leaving out people named only as objects ("a meeting with CEO X"),
  unless they have spoken. An object pronoun ("him") is never the subject
  of its own clause: "X said Y had assigned him" is X.
- Organisation pronouns ("it", "its"): the sentence's subject if it is an
  organisation named before the pronoun, else the organisation named last
  before it in the same sentence (none when a place stands nearer).
- Name parts ("Teten", when the model missed it): the earlier person whose
  name holds that word.
- Definite descriptions ("the company", "perusahaan tersebut"): the
  most prominent organisation named before it in the sentence; else the one last named
  as the subject of a sentence, within the last three
  sentences; else the article's most prominent organisation so far, where a
  mention counts twice when it is the first organisation of its sentence.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field, replace

from kg.extract.base import Sentence, english_parse, first_words, phrase_at
from kg.nlp.names import normalize_name


@dataclass
class Context:
    """What an article has said so far, carried from paragraph to paragraph.

    Attributes
    ----------
    mentions : list of Mention
        Earlier mentions, in text order.
    objects : set
        Keys (:attr:`Mention.key <kg.nlp.mentions.Mention.key>`) of person
        mentions named as objects (after a preposition).
    speakers : set
        Keys of mentions that have been the speaker of a statement.
    weight : collections.Counter
        Prominence of organisations, by normalised name.
    last_org : dict
        Normalised name -> latest mention of that organisation.
    origin : dict
        Key of a mention as the patterns saw it (retyped) -> the caller's mention.
    subjects : list
        ``(sentence number, mention)`` of organisations that were the subject
        of their sentence; ``sentences`` counts the sentences seen.
    people : list
        The person mentions of ``mentions``, in text order.
    name_parts : dict
        Word -> the latest person of at least two words whose name holds it.
    org_order : dict
        Normalised name -> position of its latest mention in ``mentions``.
    keys : set
        The keys of ``mentions``.

    The last four are indexes of ``mentions``, kept by :meth:`add`, so that
    looking back over an article takes the same time whatever its length.
    """

    mentions: list = field(default_factory=list)
    objects: set = field(default_factory=set)
    speakers: set = field(default_factory=set)
    weight: Counter = field(default_factory=Counter)
    last_org: dict = field(default_factory=dict)
    origin: dict = field(default_factory=dict)
    subjects: list = field(default_factory=list)
    sentences: int = 0
    last_speaker: tuple | None = None
    people: list = field(default_factory=list)
    name_parts: dict = field(default_factory=dict)
    org_order: dict = field(default_factory=dict)
    keys: set = field(default_factory=set)

    @classmethod
    def of(cls, mentions) -> Context:
        """A context from a plain list of earlier mentions."""
        ctx = cls()
        for m in mentions or ():
            ctx.add(m)
        return ctx

    def add(self, m, *, first_org: bool = False, is_object: bool = False) -> None:
        self.mentions.append(m)
        self.keys.add(m.key)
        if is_object:
            self.objects.add(m.key)
        if m.type == "ORG":
            key = normalize_name(m.text)
            self.weight[key] += 2 if first_org else 1
            self.last_org[key] = m
            self.org_order[key] = len(self.mentions)  # later mentions rank higher
        elif m.type == "PERSON":
            self.people.append(m)
            parts = m.text.split()
            if len(parts) > 1:
                self.name_parts.update(dict.fromkeys(parts, m))

    def prominent_org(self):
        """The organisation with the highest prominence (the latest on ties)."""
        if not self.weight:
            return None
        key = max(self.weight, key=lambda k: (self.weight[k], self._org_rank(k)))
        return self.last_org[key]

    def _org_rank(self, key):
        """How late the latest mention of organisation ``key`` came (-1: never)."""
        return self.org_order[key] if key in self.org_order else -1

    def most_prominent(self, mentions, subjects=()):
        """The most prominent of ``mentions`` so far, a subject counting twice more
        (the latest on ties)."""
        return max(reversed(mentions), key=lambda m: self.weight[normalize_name(m.text)]
                   + 2 * (m in subjects))

    def recent_speaker(self, window: int = 1):
        """The speaker of a statement in the last ``window`` sentences, if any."""
        if self.last_speaker and self.sentences - self.last_speaker[0] < window:
            return self.last_speaker[1]
        return None

    def recent_subject(self, window: int = 3):
        """The organisation last named as a sentence subject, within ``window`` sentences."""
        for index, m in reversed(self.subjects):
            if self.sentences - index <= window:
                return m
            break
        return None

    def last_person(self, *, skip=()):
        """The person named last, leaving out objects that never spoke."""
        for m in reversed(self.people):
            if m not in skip and (m.key not in self.objects or m.key in self.speakers):
                return m
        return None


def is_subject(sent: Sentence, m) -> bool:
    """Whether a mention is its sentence's subject: by the English parse where there
    is one, else by standing at the sentence start."""
    doc = sent.doc
    if english_parse(doc):
        return any(doc[i].dep_ in ("nsubj", "nsubjpass") for i in range(m.token, m.token_end))
    i = sent.span.start
    while i < m.token and (doc[i].is_punct or doc[i].is_quote):
        i += 1
    return i == m.token


def is_object(sent: Sentence, m) -> bool:
    """Whether a mention stands after a preposition, through a title or a name.

    Examples: "pertemuan dengan Kepala Eksekutif TikTok, Shou Zi Chew",
    "a meeting with Budi".
    """
    doc = sent.doc
    i = m.token
    while i > sent.span.start:
        prev = doc[i - 1]
        title = [sp for sp in sent.titles if sp.end == i]
        if title:
            i = title[0].start
            continue
        names = [x for x in sent.mentions if x.token_end == i and x.type != "PERSON"]
        if names:
            i = names[0].token
            continue
        if prev.text in (",", "'s", "’s"):
            i -= 1
            continue
        return prev.lower_ in sent.lex.words.prepositions
    return False


def references(sent: Sentence, ctx: Context) -> list:
    """Reference mentions of ``sent``, each a ``(reference, antecedent)`` pair."""
    doc, lex, lower = sent.doc, sent.lex, sent.lower
    named = {t for m in sent.mentions for t in range(m.token, m.token_end)}
    descriptions = lex.words.org_descriptions
    starts = first_words(descriptions)
    person, obj, org = (lex.words.person_pronouns, lex.words.object_pronouns,
                        lex.words.org_pronouns)
    out = []
    i = sent.span.start
    while i < sent.span.end:
        if i in named:
            i += 1
            continue
        word = lower[i]
        n = word in starts and phrase_at(lower, i, descriptions, limit=sent.span.end)
        antecedent = None
        if n:
            here = [m for m in sent.mentions if m.token_end <= i and m.type == "ORG"]
            antecedent = (ctx.most_prominent(here, [m for m in here if is_subject(sent, m)]) if here
                          else ctx.recent_subject() or ctx.prominent_org())
        else:
            n = 1
            pronoun = word in person or word in obj or word in org
            earlier_here = [m for m in sent.mentions if m.token_end <= i] if pronoun else []
            if word in person:
                recent = ctx.recent_speaker()
                antecedent = (recent if recent is not None and recent.type == "PERSON"
                              and not earlier_here else _person(ctx, earlier_here, sent))
            elif word in obj:
                here = [m for m in earlier_here if m.type == "PERSON"]
                antecedent = _person(ctx, earlier_here, sent, skip=here[-1:])
            elif word in org:
                # "TikTok said that it ...": only a name of the same sentence
                # ("Indonesia said that its ...": a place, no organisation)
                named = [m for m in earlier_here if m.type in ("ORG", "GPE")]
                subjects = [m for m in named if m.type == "ORG" and is_subject(sent, m)]
                if subjects:  # "TikTok will buy X and merge its shop into it"
                    antecedent = subjects[0]
                else:
                    antecedent = named[-1] if named and named[-1].type == "ORG" else None
            elif len(word) > 2 and doc[i].is_title and doc[i].is_alpha:
                antecedent = _name_part(ctx, doc[i].text)
        if antecedent is not None:
            ref = replace(antecedent, token=i, token_end=i + n,
                          start=antecedent.start, end=antecedent.end)
            out.append((ref, antecedent))
        i += n
    return out


def _name_part(ctx: Context, word: str):
    """The latest person of at least two words whose name holds ``word``."""
    return ctx.name_parts.get(word)


def _person(ctx: Context, earlier_here, sent, skip=()):
    here = [m for m in earlier_here if m.type == "PERSON" and m not in skip
            and (not is_object(sent, m) or m.key in ctx.speakers)]
    if here:
        return here[-1]
    return ctx.last_person(skip=[m for m in skip if m.key in ctx.keys])



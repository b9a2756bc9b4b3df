"""Ownership stated by word order alone, with no verb.

- ``ORG [words] unit, ORG2`` and ``ORG's [words] service, ORG2`` (also with
  "its"): "GoTo e-commerce unit, Tokopedia", "its e-commerce service, TikTok Shop",
  in languages where the owner comes first (``OWNER_BEFORE_NOUN``);
- ``unit [words] ORG ORG2``: "unit e-commerce GoTo (GOTO.JK) Tokopedia";
- ``unit [words]-nya ORG2``: "layanan e-commerce-nya TikTok Shop", the owner
  being the organisation named last;
- ``ORG dari ORG2`` with nothing between: "Lazada dari Alibaba";
- a parent noun: "TikTok's parent company, ByteDance", "induk usaha TikTok, ByteDance";
- ``ORG2, its [words] unit``: "Gojek, its ride-hailing business", whose owner
  is the sentence's subject ("GoTo could now focus on Gojek, its ...").

The owner of the first two forms only modifies the name after it: it is
marked *consumed* so that it is no list member nor the target of another cue
("talks with five firms including GoTo e-commerce unit, Tokopedia, ...").
The nouns and link words are data (``OWNED_NOUNS``, ``OWNER_LINKS``).
"""

from __future__ import annotations

import functools

from kg.extract.base import RelationMention, Sentence, confidence, first_words, phrase_at

#: Lower-case words allowed between the owner and the unit noun.
MAX_WORDS = 4
_POSSESSIVE = ("'s", "’s", "'")


def _verb(tok) -> bool:
    return tok.lang_ == "en" and tok.pos_ in ("VERB", "AUX")


def _words(doc, i: int, end: int) -> int:
    """Number of lower-case descriptor words from ``i`` ("e-commerce")."""
    n = 0
    while i + n < end and n < MAX_WORDS and not _verb(doc[i + n]) and (
            doc[i + n].text == "-" or (not doc[i + n].is_punct and not doc[i + n].like_num
                                       and (doc[i + n].is_lower or "-" in doc[i + n].text))):
        n += 1
    return n


def _noun_at(sent: Sentence, i: int) -> int:
    """End of "[words] unit" from ``i`` (``i`` if there is none), the shortest first."""
    doc, end = sent.doc, sent.span.end
    nouns = sent.lex.words.owned_nouns
    for k in range(0, _words(doc, i, end) + 1):
        n = phrase_at(sent.lower, i + k, nouns, limit=end)
        if n:
            return i + k + n
    return i


def _owned_after(sent: Sentence, i: int, skip=()):
    """The organisation at ``i``, after an optional comma or bracketed alias."""
    i = sent._skip_modifiers(i)
    if i < sent.span.end and sent.doc[i].text == ",":
        i += 1
    m = sent.at(i, ("ORG",))
    return None if m is None or m in skip else m


def _subject(sent: Sentence, owned):
    """The organisation a possessive ("its", "-nya") refers to: the sentence's
    subject, else the organisation named last before ``owned``."""
    from kg.extract.refs import is_subject

    before = [m for m in sent.args(("ORG",)) if m.token_end <= owned.token
              and m.text.lower() != owned.text.lower()]
    subjects = [m for m in before if is_subject(sent, m)]
    if subjects:
        return subjects[0]
    return before[-1] if before else None


@functools.cache
def _possessed(nouns: frozenset) -> frozenset:
    """The nouns with Indonesian "-nya": "anak usahanya", "layanannya"."""
    return frozenset(f"{noun}nya" for noun in nouns)


def appositions(sent: Sentence) -> list[RelationMention]:
    """Ownership relations stated by apposition in ``sent``; marks owners consumed."""
    doc, lex = sent.doc, sent.lex
    out = []
    orgs = sent.args(("ORG",))

    def add(owner, owned, strength):
        if owner.text.lower() == owned.text.lower():
            return
        out.append(RelationMention(
            source=owner, target=owned, relation="owns", family="ownership",
            confidence=confidence(strength, 1), cue="apposition",
            modality=sent.modality(min(owner.token, owned.token),
                                   max(owner.token_end, owned.token_end),
                                   lookback=0),  # a fact in passing, not hedged by the clause
            **sent.meta))

    owner_first = bool(lex.words.owner_before_noun)
    for owner in orgs:
        j = owner.token_end
        if j < sent.span.end and doc[j].text in _POSSESSIVE:
            j += 1
        k = _noun_at(sent, j) if owner_first else j
        if k > j:
            owned = _owned_after(sent, k, skip=(owner,))
            if owned is not None:
                sent.consumed.add(owner.tokens)
                add(owner, owned, 0.65)
        # "Lazada dari Alibaba"
        if j == owner.token_end and j < sent.span.end and doc[j].lower_ in lex.words.owner_links:
            parent = sent.at(j + 1, ("ORG",))
            if parent is not None:
                sent.consumed.add(parent.tokens)
                add(parent, owner, 0.55)
    # "TikTok's parent company, ByteDance" / "induk usaha TikTok, ByteDance"
    parents = lex.words.parent_nouns
    starts = first_words(parents)
    for i in range(sent.span.start, sent.span.end):
        n = sent.lower[i] in starts and phrase_at(sent.lower, i, parents, limit=sent.span.end)
        if not n:
            continue
        if owner_first:
            owned = next((m for m in orgs if m.token_end + 1 == i
                          and doc[m.token_end].text in _POSSESSIVE), None)
        else:
            owned = sent.at(i + n, ("ORG",))
        start = i + n if owned is None or owned.token < i else owned.token_end
        if owned is not None and start < sent.span.end and doc[start].text == ",":
            parent = sent.at(start + 1, ("ORG",))
            if parent is not None:
                sent.consumed.add(parent.tokens)
                add(parent, owned, 0.6)
    # "Gojek, its ride-hailing business": the owner is the sentence's subject
    for owned in orgs:
        j = owned.token_end
        if (j + 1 < sent.span.end and doc[j].text == ","
                and doc[j + 1].lower_ in lex.words.org_pronouns):
            k = _noun_at(sent, j + 2)
            if k > j + 2:
                owner = _subject(sent, owned)
                if owner is not None:
                    add(owner, owned, 0.55)
    # "unit e-commerce GoTo (GOTO.JK) Tokopedia", "layanan e-commerce-nya TikTok Shop"
    nouns = lex.words.owned_nouns
    possessed = _possessed(nouns)
    i = sent.span.end if owner_first else sent.span.start
    starts, starts_nya = first_words(nouns), first_words(possessed)
    while i < sent.span.end:
        word = sent.lower[i]
        n = word in starts and phrase_at(sent.lower, i, nouns, limit=sent.span.end)
        n_nya = word in starts_nya and phrase_at(sent.lower, i, possessed, limit=sent.span.end)
        if not (n or n_nya) or any(m.token_end == i for m in orgs):
            i += 1
            continue
        n = max(n, n_nya)
        k = i + n + _words(doc, i + n, sent.span.end)
        if doc[k - 1].lower_.endswith("nya"):
            owned = _owned_after(sent, k)
            owner = _subject(sent, owned) if owned is not None else None
            if owner is not None:
                add(owner, owned, 0.55)
        elif sent.at(k, ("ORG",)) is not None:
            owner = sent.at(k, ("ORG",))
            owned = _owned_after(sent, owner.token_end, skip=(owner,))
            if owned is not None and owned.token - owner.token_end <= 4:
                sent.consumed.add(owner.tokens)
                add(owner, owned, 0.6)
        i += n
    return out

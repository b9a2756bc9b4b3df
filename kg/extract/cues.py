"""Relations driven by cue phrases: ownership, regulation, partnership, competition.

A cue phrase of ``RELATION_CUES`` links the nearest entity mentions around
it, in the argument order of its lexicon entry (see
:mod:`kg.lang.en.relations`); a target is widened to the names coordinated
with it ("owns X and Y"), and group cues ("collaboration between X and Y",
"a market dominated by X, Y and Z") link every pair of their members.
"""

from __future__ import annotations

from itertools import combinations

from kg.extract.base import (
    SPEAKER_TYPES,
    RelationMention,
    Sentence,
    confidence,
    english_parse,
    phrase_before,
    ud_parse,
)

#: Maximum number of tokens between a group cue and the nearest member.
GROUP_GAP = 14
_BE = {"is", "was", "were", "are", "be", "been", "being", "'s"}
_POSSESSIVE = ("'s", "’s", "'")


def cue_relations(sent: Sentence, cue, entry: dict) -> list[RelationMention]:
    """The relations one cue match states (see the module docstring)."""
    family = entry["family"]
    src_types, tgt_types = sent.lex.words.family_types.get(family, (SPEAKER_TYPES, SPEAKER_TYPES))
    src_types = tuple(entry.get("source_types", src_types))
    tgt_types = tuple(entry.get("target_types", tgt_types))
    order = entry["order"]
    if len(cue) == 1 and cue[0].tag_ == "JJ":
        return []  # "on its own"
    if cue.start > sent.span.start and sent.doc[cue.start - 1].lower_ in entry.get("not_after", ()):
        return []  # "as part of this plan"
    if order.startswith("group"):
        return _group(sent, cue, entry, src_types)
    if order == "active" and (_passive_participle(sent, cue) or phrase_before(
            sent.lower, cue.start, sent.lex.words.agent_blockers, start=sent.span.start)):
        return []  # "TikTok, which was forced to close": the agent is elsewhere
    source = target = None
    if order == "active":
        source = _parsed_subject(sent, cue, src_types)
        if source is None and not _unnamed_subject(sent, cue):
            source = sent.before(cue.start, src_types)
            if source is not None and sent.reported_between(source.token_end, cue.start):
                source = None  # "X said the government will supervise Y": not X
        if family == "partnership":  # "X formed a partnership with Y": X is the subject
            source = _subject_before(sent, cue, src_types) or source
        target = sent.after(cue.end, tgt_types, clause=True)
        if target is not None and (any(t.lower_ in entry.get("not_through", ())
                                       for t in sent.doc[cue.end:target.token])
                                   or not _ud_argument(sent, cue, target)):
            target = None
    elif order == "passive":
        target = sent.before(cue.start, tgt_types)
        between = sent.doc[target.token_end:cue.start] if target is not None else ()
        if target is not None and any(t.lower_ in sent.lex.words.prepositions for t in between):
            target = None  # "moved from X to a system owned by Y"
        source = sent.after(cue.end, src_types, gap=entry.get("gap", 4))
        if source is not None and (_appositive(sent, target, cue) if target is not None
                                   else source.token == cue.end):
            # "TikTok, a unit of ByteDance, bought ...", "Perusahaan milik ByteDance itu ..."
            sent.consumed.add(source.tokens)
    elif order == "nominal":
        source, target = _nominal(sent, cue, src_types, tgt_types)
    elif order == "fronted":  # "By holding X, Y returned ...": Y is the subject after the comma
        if not _clause_initial(sent, cue):
            return []
        target = sent.after(cue.end, tgt_types, gap=6)
        comma = next((t.i for t in sent.doc[target.token_end:sent.span.end] if t.text == ","),
                     None) if target is not None else None
        if comma is None:
            return []
        source = sent.after(comma + 1, src_types, gap=1)
    elif order == "after":  # "merging X('s operations) with Y"
        source = sent.after(cue.end, src_types, gap=2)
        if source is not None and not sent.breaks(cue.end, source.token):
            target = sent.after(source.token_end, tgt_types, gap=8, skip=(source,), clause=True)
            links = entry.get("links", ())
            if target is not None and links and not any(
                    t.lower_ in links for t in sent.doc[source.token_end:target.token]):
                target = None
    if source is None or target is None:
        return []
    if order == "fronted":
        targets = [target]  # the comma after it ends the phrase, not a list
    elif target.token > cue.start:
        targets = sent.conjuncts(target, tgt_types)
    elif order == "passive" and not any(t.text == ","
                                        for t in sent.doc[target.token_end:cue.start]):
        targets = sent.conjuncts(target, tgt_types, backward=True)  # "X, Y and Z are owned by"
    else:
        targets = [target]
    sources = [source]
    if source.token_end <= cue.start and order in ("nominal", "active"):
        sources = sent.conjuncts(source, src_types, backward=True)
    elif source.token >= cue.end and order != "passive":
        sources = sent.conjuncts(source, src_types)
    out = []
    for s in sources:
        for t in targets:
            if s.text.lower() != t.text.lower() and s not in targets:
                out.append(_make(sent, cue, entry, s, t))
    return out


def _parsed_subject(sent: Sentence, cue, types):
    """The subject of a verb cue by the English parse ("X will buy Y and merge ..."),
    or None without one."""
    verb = cue[0]
    if not english_parse(sent.doc) or verb.pos_ not in ("VERB", "AUX"):
        return None
    while verb.dep_ in ("conj", "xcomp") and verb.head is not verb and not any(
            c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        verb = verb.head
    for child in verb.children:
        if child.dep_ == "nsubj" and child.i < cue.start:
            found = sent.at_token(child.i, types)
            if found is not None and found.tokens not in sent.consumed:
                return found
    return None


#: UD relations of a verb that modifies a noun rather than heading a clause of its own
#: ("termasuk X", "layanan daring X").
MODIFIERS = ("acl", "amod")


def _ud_argument(sent: Sentence, cue, target) -> bool:
    """Whether the Indonesian parse lets ``target`` be an argument of a verb cue:
    False if ``target`` stands in a clause under the cue ("menutup rapat itu sebelum
    X membuka ...", "menutup pidatonya dengan menyatakan bahwa X ..."); a verb that
    modifies a noun (``MODIFIERS``: "termasuk X", "layanan daring X") heads no clause.
    A name the parse puts outside the cue's subtree is left to word order, as is any
    text without that parse."""
    verb = cue[0]
    if not ud_parse(sent.doc) or verb.pos_ not in ("VERB", "AUX"):
        return True
    name = range(target.token, target.token_end)
    tok = next((t for t in sent.doc[target.token:target.token_end] if t.head.i not in name),
               sent.doc[target.token])
    if not verb.is_ancestor(tok):
        return True
    while not cue.start <= tok.i < cue.end:
        if tok.pos_ in ("VERB", "AUX") and tok.dep_ not in MODIFIERS and tok.i not in name:
            return False  # in the clause of another verb
        tok = tok.head
    return True


def _unnamed_subject(sent: Sentence, cue) -> bool:
    """Whether the parse gives a verb cue a subject that is no name ("the ministry banned X")."""
    verb = cue[0]
    if not english_parse(sent.doc) or verb.pos_ not in ("VERB", "AUX"):
        return False
    subjects = [c for c in verb.children if c.dep_ == "nsubj" and c.i < cue.start
                and c.tag_ not in ("WDT", "WP")]  # "the company that owns X": look further
    return bool(subjects) and all(sent.at_token(c.i) is None and not any(
        sent.at_token(t.i) is not None for t in c.subtree) for c in subjects)


def _clause_initial(sent: Sentence, cue) -> bool:
    """Whether ``cue`` opens its sentence, or follows a comma or a sentence adverb ("Now,")."""
    before = [t for t in sent.doc[sent.span.start:cue.start] if not t.is_space]
    return not before or before[-1].text == "," and len(before) <= 3


def _subject_before(sent: Sentence, cue, types):
    from kg.extract.refs import is_subject

    found = [m for m in sent.args(types) if m.token_end <= cue.start and is_subject(sent, m)
             and not sent.breaks(m.token_end, cue.start)]
    return found[-1] if found else None


def _appositive(sent: Sentence, target, cue) -> bool:
    """Whether a passive cue opens an apposition of its target ("X, owned by Y,")."""
    between = [t.lower_ for t in sent.doc[target.token_end:cue.start]]
    return bool(between) and between[0] in (",", "yang", "which", "that") or not between


def _passive_participle(sent: Sentence, cue) -> bool:
    """A one-word English participle cue after a form of "be" ("was forced")."""
    tok = cue[-1]
    if len(cue) > 1 or tok.tag_ != "VBN":
        return False
    i = cue.start - 1
    while i >= sent.span.start and sent.doc[i].pos_ == "ADV":
        i -= 1
    return i >= sent.span.start and sent.doc[i].lower_ in _BE


def _nominal(sent: Sentence, cue, src_types, tgt_types):
    doc = sent.doc
    target = None
    if cue.start - 1 > sent.span.start and doc[cue.start - 1].text in _POSSESSIVE:
        target = next((m for m in sent.args(tgt_types) if m.token_end == cue.start - 1), None)
    if target is None:
        target = sent.after(cue.end, tgt_types, clause=True)
    if target is None:
        return None, None
    source = None
    if target.token >= cue.end or target.token_end == cue.start - 1:  # "X's ban by Y"
        for tok in doc[max(target.token_end, cue.end):sent.span.end]:
            if tok.lower_ in sent.lex.words.agent_markers:
                source = sent.after(tok.i + 1, src_types, gap=3)
                break
    if source is None:
        source = sent.before(min(cue.start, target.token), src_types, skip=(target,))
    return source, target


def _group(sent: Sentence, cue, entry, types) -> list[RelationMention]:
    order = entry["order"]
    if order == "group_either":
        first = sent.after(cue.end, types, gap=2)
        members = sent.conjuncts(first, types) if first else []
        order = "group_before" if len(members) < 2 else "group_after"
    if order == "group_after":
        first = sent.after(cue.end, types, gap=3)
        members = sent.conjuncts(first, types) if first else []
    elif order == "group_before":
        last = sent.before(cue.start, types, gap=GROUP_GAP)
        members = sent.conjuncts(last, types, backward=True) if last else []
    else:  # group_around
        head = sent.before(cue.start, types)
        first = sent.after(cue.end, types, gap=4)
        members = ([head] if head else []) + (sent.conjuncts(first, types) if first else [])
    seen, unique = set(), []
    for m in members:
        if m.text.lower() not in seen:
            seen.add(m.text.lower())
            unique.append(m)
    return [_make(sent, cue, entry, a, b) for a, b in combinations(unique, 2)]


def _make(sent: Sentence, cue, entry, source, target) -> RelationMention:
    text = sent.span.text
    first = min(source.token, target.token, cue.start)
    modality = sent.modality(first, cue.end + 1)
    if entry.get("modality") and modality == "asserted":
        modality = entry["modality"]
    gap = max(cue.start - source.token_end, target.token - cue.end, 0)
    extra = {}
    lex = sent.lex
    if entry["relation"] == "invests_in" and lex.amount is not None:
        match = lex.amount.search(text)
        extra["amount"] = match.group().strip() if match else None
    if entry["relation"] in ("acquires_stake", "controls") and lex.stake is not None:
        match = lex.stake.search(text)
        extra["stake"] = match.group().strip() if match else None
    return RelationMention(source=source, target=target, relation=entry["relation"],
                           family=entry["family"],
                           confidence=confidence(entry.get("confidence", 0.5), gap),
                           cue=cue.text, modality=modality, **sent.meta, **extra)

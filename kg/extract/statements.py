"""Statements: who said what, about whom.

The speaker of a reporting cue ("said", "according to", "kata", "menurut",
"katanya"):

- with a dependency parse (English): the subject of the cue verb, the
  object of "according to"; a pronoun subject is a reference mention
  (:mod:`kg.extract.refs`); a subject that is a title with no
  name ("added the lecturer of X") is the person named last, who then holds
  that role;
- with the Indonesian parse: the subject of the cue verb ("kata X", "X
  mengatakan") or the noun "menurut" marks; a title there stands for the
  person named in its phrase ("kata Kepala Divisi Riset Acme Budi");
- otherwise: the name next to the cue, on the side its
  lexicon entry gives, stepping over titles and appositions
  ("Menurut Menteri ..., Teten Masduki"; "X, an economist at Y, believes").

The statement points from the speaker to every person, organisation or law
it is about: with the English parse, the names under the cue verb outside the
subject; otherwise the other names of the sentence, leaving out (with the
Indonesian parse) where and when a quote was said ('"...," ujar X saat
ditemui di kantor Y'). A quote that began
in an earlier sentence of the paragraph ('"A. B," said X') brings that
sentence's names along. Criticism cues make ``criticized`` edges, and so does
a critic noun ("X, one of Y's loudest critics").
"""

from __future__ import annotations

import re

from kg.extract.base import (
    SPEAKER_TYPES,
    TOPIC_TYPES,
    RelationMention,
    Sentence,
    confidence,
    english_parse,
    phrase_at,
    ud_parse,
    ud_phrase,
)

_QUOTE = re.compile(r"[\"“”„«»]([^\"“”„«»]{3,})[\"“”„«»]")
_QUOTE_MARKS = '"“”„«»'
#: Tokens between a cue and its speaker at most, without a parse.
MAX_SPEAKER_GAP = 4


def statements(sent: Sentence, cue, ctx,
               previous) -> tuple[list[RelationMention], list[RelationMention]]:
    """Statements of one reporting cue, and the roles its speaker phrase states.

    ``previous`` holds the earlier sentences of the paragraph as ``(span,
    mentions)`` pairs, for quotes that began there.
    """
    lex = sent.lex
    roles = []
    speaker, speaker_tokens, role = _speaker(sent, cue, ctx)
    if speaker is None:
        return [], []
    if role is not None:
        roles.append(role)
    relation = "criticized" if cue.text.lower() in lex.words.criticism_cues else "said"
    quoted, opened = _quoted_before(sent, cue, previous)
    quote = _QUOTE.search(sent.span.text) or _QUOTE.search(opened)
    topics = _topics(sent, cue, speaker, speaker_tokens)
    for mentions in quoted:
        topics.extend(m for m in mentions if m.type in TOPIC_TYPES)
    modality = _modality(sent, cue)
    out, seen = [], {speaker.text.lower()}
    for target in topics:
        if target.text.lower() in seen or target is speaker:
            continue
        seen.add(target.text.lower())
        out.append(RelationMention(
            source=speaker, target=target, relation=relation, family="statement",
            confidence=confidence(0.65, abs(target.token - cue.start) // 3), cue=cue.text,
            quote=quote.group(1).strip() if quote else None, modality=modality, **sent.meta))
    return out, roles


def critics(sent: Sentence) -> list[RelationMention]:
    """``criticized`` edges from a critic noun: "X, one of Y's loudest critics"."""
    doc, out, nouns = sent.doc, [], sent.lex.words.critic_nouns
    for i in range(sent.span.start, sent.span.end):
        if sent.lower[i] not in nouns:
            continue
        tok = doc[i]
        window = doc[max(sent.span.start, tok.i - 6):tok.i]
        if sent.lex.words.owner_before_noun:  # "Y's loudest critics"
            target = next((m for m in reversed(sent.args(("ORG", "PERSON", "LAW")))
                           if window.start <= m.token < tok.i), None)
        else:  # "pengkritik Y": the critic may stand right before the noun
            target = sent.after(tok.i + 1, ("ORG", "PERSON", "LAW"), gap=1)
            window = doc[tok.i:tok.i]
        head = sent.before(window.start + 1, ("PERSON",), gap=3)
        if head is None:
            people = [m for m in sent.args(("PERSON",)) if m.token_end <= window.start + 1]
            head = people[-1] if people else None
        if head is not None and target is not None and head.text != target.text:
            out.append(RelationMention(source=head, target=target, relation="criticized",
                                       family="statement", confidence=0.55, cue=tok.text,
                                       **sent.meta))
    return out


def _speaker(sent: Sentence, cue, ctx):
    """``(speaker, tokens of the speaker phrase, role relation or None)``."""
    if english_parse(sent.doc):
        found = _parsed_speaker(sent, cue, ctx)
        if found is not None:
            return found
    elif ud_parse(sent.doc):
        found = _ud_speaker(sent, cue)
        if found is not None:
            return found
    return _plain_speaker(sent, cue, ctx)


def _ud_speaker(sent: Sentence, cue):
    """The speaker by the Indonesian parse, or None to fall back on word order.

    The subject of the cue verb ("kata X", "X mengatakan") or the noun that
    "menurut" marks; a person there speaks ("kata Budi, kuasa hukum Siti":
    Budi); when a title or an organisation heads it, the person its phrase
    names last ("kata Kepala Divisi Riset Acme Budi": Budi)."""
    if len(cue) != 1:
        return None
    word, where = cue[0], sent.lex.statement.get(cue.text.lower(), "either")
    if where == "pronoun":
        return None
    if word.dep_ == "case":  # "menurut X"
        subjects = [word.head]
    else:
        subjects = [c for c in word.children if c.dep_ in ("nsubj", "nsubj:pass")]
    # on the side the lexicon gives ("X, kata Y, ...": Y), the one nearest the cue
    subjects = [c for c in subjects if where == "either" or (c.i < word.i) == (where == "before")]
    if not subjects:
        return None
    subj = min(subjects, key=lambda c: abs(c.i - word.i))
    # "kata Budi tentang Y", parsed with Y under Budi: Y is a topic, not the speaker's
    tokens = ud_phrase(subj, skip={t.i for t in subj.subtree
                                   if t.dep_ == "nmod" and _about(sent, t)})
    own = sent.at_token(subj.i, SPEAKER_TYPES)
    people = [m for m in sent.args(("PERSON",)) if m.token in tokens]
    if own is not None and (not people or own.type == "PERSON"):
        # a person speaks, whoever its phrase names ("Budi, kuasa hukum Siti")
        return own, tokens, None
    if people and (own is not None or _is_title(sent, subj)):
        # under a title or an organisation, the person named last: names before
        # it belong to the title ("Deputi Komisioner Acme, Budi"), and an
        # organisation there is the person's
        return people[-1], tokens, None
    return None


def _parsed_speaker(sent: Sentence, cue, ctx):
    if len(cue) > 1:  # "according to X"
        objs = [c for c in cue[-1].children if c.dep_ == "pobj"]
        if not objs:
            return None
        subj = objs[0]
    else:
        verb = cue[0]
        subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
        if not subjects and verb.dep_ in ("advcl", "xcomp", "conj", "pcomp", "acl"):
            subjects = [c for c in verb.head.children if c.dep_ == "nsubj"]
        if not subjects:  # '"...," added the lecturer of X', parsed as an object
            subjects = [c for c in verb.children if c.dep_ in ("dobj", "attr") and c.i > verb.i
                        and (_is_title(sent, c) or sent.at_token(c.i, ("PERSON",)) is not None)]
        if not subjects:
            return None
        subj = subjects[0]
    tokens = {t.i for t in subj.subtree}
    own = sent.at_token(subj.i, SPEAKER_TYPES)
    if own is not None:
        return own, tokens, None
    inside = [m for m in sent.args(SPEAKER_TYPES) if m.token in tokens]
    people = [m for m in inside if m.type == "PERSON"]
    if people:
        return people[0], tokens, None
    if _is_title(sent, subj):
        person = ctx.last_person()
        if person is not None:
            return person, tokens, _role(sent, person, subj, tokens)
        if inside:  # "a spokesperson for X said", no person named yet: X speaks
            return inside[-1], tokens, None
    return (None, set(), None)


def _is_title(sent: Sentence, tok) -> bool:
    if any(sp.start <= tok.i < sp.end for sp in sent.titles):
        return True
    return tok.lower_ in sent.lex.words.role_words


def _role(sent: Sentence, person, head, tokens):
    orgs = [m for m in sent.args(("ORG",)) if m.token in tokens]
    if not orgs:
        return None
    org = orgs[-1]
    title = head.text
    return RelationMention(source=person, target=org, relation="holds_role", family="role",
                           confidence=0.55, cue=head.text, title=title, **sent.meta)


def _plain_speaker(sent: Sentence, cue, ctx):
    lex, doc = sent.lex, sent.doc
    where = lex.statement.get(cue.text.lower(), "either")
    speaker = None
    if where in ("before", "either"):
        speaker = sent.before(cue.start, SPEAKER_TYPES, gap=MAX_SPEAKER_GAP)
        if speaker is not None and any(t.text in _QUOTE_MARKS
                                       for t in doc[speaker.token_end:cue.start]):
            speaker = None  # '"X must register," said Y': X is quoted, not speaking
        if (speaker is None or speaker.type != "PERSON") and cue.start - 1 > sent.span.start \
                and doc[cue.start - 1].text == ",":
            # "X, an economist at Y, believes": step over the apposition (which may
            # hold commas itself: "X, perajin asal Pekalongan, Jawa Tengah, mengaku")
            heads = [sent.before(j, ("PERSON", "ORG"), gap=0)
                     for j in range(max(sent.span.start, cue.start - 16), cue.start - 1)
                     if doc[j].text == ","]
            heads = [m for m in heads if m is not None]
            people = [m for m in heads if m.type == "PERSON"]
            # a person heading the apposition wins over an organisation next to the cue
            speaker = (people or [speaker or (heads[0] if heads else None)])[0]
    if speaker is None and where in ("after", "either"):
        i = cue.end
        while i < sent.span.end:
            end = sent.title_end(i)
            if end > i:
                i = end
            elif doc[i].text == "," or doc[i].lower_ in ("the", "a", "an"):
                i += 1
            elif skip := phrase_at(sent.lower, i, lex.words.speaker_skip, limit=sent.span.end):
                i += skip
            else:
                break
        speaker = sent.at(i, SPEAKER_TYPES)
        if speaker is not None and speaker.type == "ORG":
            # "Kepala Eksekutif TikTok, Shou Zi Chew": the person after the organisation
            person = sent.after(speaker.token_end, ("PERSON",), gap=2)
            speaker = person or speaker
        if speaker is None:
            n = phrase_at(sent.lower, i, lex.words.role_words, limit=sent.span.end)
            if n:
                person = ctx.last_person()
                if person is not None:
                    tokens = set(range(i, sent.span.end))
                    return person, tokens, _role(sent, person, doc[i:i + n], tokens)
    if speaker is None and where == "pronoun":
        here = [m for m in sent.args(("PERSON",)) if m.token_end <= cue.start]
        speaker = here[-1] if here else ctx.recent_speaker() or ctx.last_person()
    if speaker is None:
        return None, set(), None
    return speaker, {speaker.token}, None


def _topics(sent: Sentence, cue, speaker, speaker_tokens) -> list:
    doc = sent.doc
    candidates = [m for m in sent.args(TOPIC_TYPES)]
    if english_parse(doc) and len(cue) == 1:
        verb = cue[0]
        scope = {t.i for t in verb.subtree} - speaker_tokens
        if verb.lower_ in sent.lex.words.addressee_cues:
            for child in verb.children:  # "told the exchange that ...": the addressee
                if child.dep_ in ("dobj", "dative"):
                    scope -= {t.i for t in child.subtree}
        if verb.dep_ in ("advcl", "xcomp", "conj", "pcomp", "acl"):
            scope |= {t.i for t in verb.head.subtree} - speaker_tokens
        lo, hi = _clause(sent, cue)
        candidates = [m for m in candidates if m.token in scope and lo <= m.token < hi]
    else:
        candidates = [m for m in candidates if m.token not in speaker_tokens or m is speaker]
        setting = _ud_setting(sent, cue)
        candidates = [m for m in candidates if m.token not in setting]
        if speaker.token < cue.start and sent.lex.statement.get(cue.text.lower()) == "before":
            # "X mengatakan ...": what X says follows X (or stands in quotes)
            quoted = _quoted_tokens(sent)
            candidates = [m for m in candidates if m.token > speaker.token or m.token in quoted]
    if speaker.token_end < cue.start and doc[speaker.token_end].text == ",":
        # "X, one of Y's critics, said": the apposition describes the speaker
        candidates = [m for m in candidates if not speaker.token_end <= m.token < cue.start]
    return [m for m in candidates if m is not speaker]


def _ud_setting(sent: Sentence, cue) -> set:
    """Tokens of where and when a quote was said, by the Indonesian parse: the
    obliques and adverbial clauses of a cue that follows its quote ('"...," ujar X
    saat ditemui di kantor Y', "katanya dalam rapat dengan Y"), whose names are
    no topic, except what a topic preposition marks ("ujar X mengenai Y"). Empty
    for other cues, whose content may follow them."""
    if not ud_parse(sent.doc) or len(cue) != 1 or sent.lex.statement.get(
            cue.text.lower()) not in ("after", "pronoun"):
        return set()
    out = set()
    for child in cue[0].children:
        if child.i > cue.start and child.dep_.split(":")[0] in ("obl", "advcl") \
                and not _about(sent, child):  # "ujar X mengenai Y": Y is a topic
            out |= {t.i for t in child.subtree}
    return out


def _about(sent: Sentence, tok) -> bool:
    """Whether a preposition of what a statement is about marks ``tok`` (a
    ``case`` child among ``topic_prepositions``: "tentang", "mengenai")."""
    return any(c.dep_ == "case" and c.lower_ in sent.lex.words.topic_prepositions
               for c in tok.children)


def _quoted_tokens(sent: Sentence) -> set:
    inside, out = False, set()
    for tok in sent.span:
        if tok.text in _QUOTE_MARKS or tok.text in ("``", "''"):
            inside = not inside
        elif inside:
            out.add(tok.i)
    return out


def _clause(sent: Sentence, cue) -> tuple[int, int]:
    """Token range of the ";"-delimited part of the sentence holding ``cue``."""
    lo, hi = sent.span.start, sent.span.end
    for tok in sent.span:
        if tok.text == ";":
            if tok.i < cue.start:
                lo = tok.i + 1
            elif tok.i >= cue.end:
                hi = tok.i
                break
    return lo, hi


def _quoted_before(sent: Sentence, cue, previous) -> tuple[list, str]:
    """Earlier sentences of a quote that closes before ``cue`` in this sentence ('"A. B,"
    said X'): their mentions (in the opening sentence, those after the mark), and the
    quote's text from the opening mark up to ``cue`` ("" if no earlier sentence opens it).
    """
    before = sent.doc[sent.span.start:cue.start].text
    if sum(c in _QUOTE_MARKS for c in before) % 2 == 0:
        return [], ""
    found = []
    for span, mentions in reversed(previous):
        marks = [t for t in span if t.text in _QUOTE_MARKS]
        if len(marks) % 2 == 1:  # the quote opens here: only what follows the mark
            found.append([m for m in mentions if m.token > marks[-1].i])
            return found, sent.doc.text[marks[-1].idx:sent.doc[cue.start].idx]
        found.append(mentions)
    return found, ""


def _modality(sent: Sentence, cue) -> str:
    doc = sent.doc
    words = " ".join(sent.lower[sent.span.start:sent.span.end])
    if any(f" {p} " in f" {words} " for p in sent.lex.words.negated_statement):
        return "negated"
    before = {t.lower_ for t in doc[max(sent.span.start, cue.start - 3):cue.start]}
    if before & {"not", "never", "tidak", "belum", "tak"}:
        return "negated"
    return "asserted"

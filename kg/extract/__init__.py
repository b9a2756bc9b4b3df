"""Sentence-level relations between entity mentions, in both languages.

Six families, each a small module; the same code serves English and
Indonesian, and only the data in ``kg.lang.<lang>.relations`` differs:

- :mod:`~kg.extract.cues`: cue phrases (ownership, regulation,
  partnership, competition), with lists ("X, Y and Z") and group cues;
- :mod:`~kg.extract.appositions`: ownership by word order
  ("GoTo e-commerce unit, Tokopedia", "Lazada dari Alibaba");
- :mod:`~kg.extract.statements`: who said what about whom;
- :mod:`~kg.extract.roles`: titles (person -> organisation);
- :mod:`~kg.extract.refs`: pronouns and "the company" standing for
  a name, so that every pattern sees through them.

Every relation carries the sentence it came from, with character offsets
into the cleaned article text, a ``confidence`` and a ``modality``
(``asserted``, ``planned`` or ``negated``).
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc
from spacy.util import filter_spans

from kg.extract.appositions import appositions
from kg.extract.base import MAX_GAP, SPEAKER_TYPES, TOPIC_TYPES, RelationMention, Sentence, lexicon
from kg.extract.cues import cue_relations
from kg.extract.refs import Context, is_object, is_subject, references
from kg.extract.roles import roles
from kg.extract.statements import critics, statements
from kg.nlp.mentions import Mention

__all__ = ["Context", "RelationMention", "extract_relations", "MAX_GAP", "SPEAKER_TYPES",
           "TOPIC_TYPES"]


def extract_relations(doc: Doc, mentions: list[Mention], *, lang: str, offset: int = 0,
                      context=None, types: dict | None = None,
                      made: list | None = None) -> list[RelationMention]:
    """Return the relations stated in ``doc``.

    Parameters
    ----------
    doc : spacy.tokens.Doc
        A processed paragraph with sentence boundaries (and, in English, a
        dependency parse, used where present).
    mentions : list of Mention
        The entity mentions of ``doc`` (from :func:`kg.extract.extract_mentions`).
    lang : str
        Language whose data to use.
    offset : int
        Character offset of ``doc.text`` in the cleaned article text.
    context : Context or list of Mention, optional
        What the article said before ``doc``. A :class:`Context` is updated
        in place, so pass the same one for each paragraph of an article; a
        list of earlier mentions is only read.
    types : dict, optional
        ``mention.key -> type`` overriding the mentions' own types (the types
        the resolver settled on for the whole article).
    made : list, optional
        Receives the organisation mentions made from titles ("Minister of
        Trade" -> "Ministry of Trade"), which the caller should resolve too.

    Returns
    -------
    list of RelationMention
        Sources and targets are the given mentions (or made ones), never
        references.

    Examples
    --------
    >>> import spacy
    >>> from spacy.tokens import Span
    >>> from kg.nlp.mentions import extract_mentions
    >>> nlp = spacy.blank("en"); nlp.add_pipe("sentencizer")  # doctest: +ELLIPSIS
    <...>
    >>> doc = nlp("GoTo merged with TikTok. The company owns Tokopedia and Gojek.")
    >>> doc.ents = [Span(doc, 0, 1, "ORG"), Span(doc, 3, 4, "ORG"),
    ...             Span(doc, 8, 9, "ORG"), Span(doc, 10, 11, "ORG")]
    >>> ms = extract_mentions(doc, article="a", lang="en")
    >>> [(r.source.text, r.relation, r.target.text) for r in extract_relations(doc, ms, lang="en")]
    [('GoTo', 'merges_with', 'TikTok'), ('GoTo', 'owns', 'Tokopedia'), ('GoTo', 'owns', 'Gojek')]
    """
    lex = lexicon(lang, doc.vocab)
    ctx = context if isinstance(context, Context) else Context.of(context)
    views = []
    for m in mentions:
        v = replace(m, type=types[m.key]) if types and types.get(m.key, m.type) != m.type else m
        ctx.origin[v.key] = m
        views.append(v)
    matches = lex.cues(doc)
    labels = {(s, e): doc.vocab.strings[k] for k, s, e in matches}
    cue_spans = filter_spans([doc[s:e] for _, s, e in matches])
    titles = list(doc.spans.get("kg_titles", []))
    article = (mentions[0].article if mentions
               else ctx.mentions[-1].article if ctx.mentions else "")
    ref_of, relations, previous = {}, [], []
    lower, text = [t.lower_ for t in doc], doc.text
    for sent in doc.sents:
        if previous and "\n" in text[previous[-1][0].end_char:sent.start_char]:
            previous = []
        real = [v for v in views if sent.start <= v.token < sent.end]
        meta = dict(article=article, lang=lang, sentence=sent.text,
                    sent_start=offset + sent.start_char, sent_end=offset + sent.end_char)
        S = Sentence(span=sent, mentions=list(real), lex=lex, meta=meta, lower=lower,
                     titles=[t for t in titles if sent.start <= t.start < sent.end])
        S.aliases = {m.tokens for m in real
                     if _bracketed_alias(doc, m, real) or _dateline(doc, m, sent)}
        sent_cues = [c for c in cue_spans if sent.start <= c.start and c.end <= sent.end]
        S.cue_tokens = {i for c in sent_cues for i in range(c.start, c.end)}
        S.report_tokens = {i for c in sent_cues if labels[(c.start, c.end)] == "STMT"
                           for i in range(c.start, c.end)}
        for ref, antecedent in references(S, ctx):
            ref_of[ref.key] = antecedent  # a copy of it, with its key
            S.mentions.append(ref)
        S.mentions.sort(key=lambda m: m.token)
        found = appositions(S) + critics(S)
        role_rels, new_orgs = roles(S)
        found += role_rels
        if made is not None:
            made.extend(new_orgs)
        for cue in sent_cues:
            label = labels[(cue.start, cue.end)]
            if label == "STMT":
                said, said_roles = statements(S, cue, ctx, previous)
                found += said + said_roles
                for r in said:
                    speaker = ref_of.get(r.source.key, r.source)
                    ctx.speakers.add(speaker.key)
                    ctx.last_speaker = (ctx.sentences + 1, speaker)
            else:
                found += cue_relations(S, cue, lex.entries[int(label.split(":")[1])])
        orgs = [m for m in real if m.type == "ORG"]
        ctx.sentences += 1
        for m in real:
            ctx.add(m, first_org=bool(orgs) and m is orgs[0],
                    is_object=m.type == "PERSON" and is_object(S, m))
            if m.type == "ORG" and m.tokens not in S.aliases and is_subject(S, m):
                ctx.subjects.append((ctx.sentences, m))
        previous.append((sent, S.args()))
        relations.extend(found)
    return _finish(relations, ref_of, ctx)


def _dateline(doc: Doc, m, sent) -> bool:
    """Whether ``m`` is a dateline place ("JAKARTA - ..."), no argument of anything."""
    return (m.type == "GPE" and m.token == sent.start and m.token_end < sent.end
            and doc[m.token_end].text in ("-", "—", "–", ":"))


def _bracketed_alias(doc: Doc, m, mentions) -> bool:
    """Whether ``m`` stands in brackets right after another mention ("GoTo (GOTO.JK)")."""
    if m.token == 0 or doc[m.token - 1].text not in "([":
        return False
    return any(o.token_end == m.token - 1 for o in mentions)


def _finish(relations, ref_of, ctx) -> list[RelationMention]:
    """Map references back to their antecedents; drop self-loops and duplicates."""
    def original(m):
        m = ref_of.get(m.key, m)
        return ctx.origin.get(m.key, m)

    out, seen = [], {}
    for r in relations:
        r.source, r.target = original(r.source), original(r.target)
        if (r.source.key == r.target.key or r.source.text.lower() == r.target.text.lower()
                or not r.article):
            continue
        key = (r.source.key, r.target.key, r.relation, r.sent_start)
        if key in seen:
            kept = seen[key]
            kept.confidence = max(kept.confidence, r.confidence)
            continue
        seen[key] = r
        out.append(r)
    return out

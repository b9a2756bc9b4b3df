"""Roles: a person holds a title at an organisation (person -> organisation).

- ``TITLE ORG [,] PERSON``: "Kepala Eksekutif TikTok, Shou Zi Chew", "CEO TikTok Shou Zi Chew";
  with the Indonesian parse, the title may run on up to the organisation when the
  words between hang under it ("Direktur Pemasaran dan Penjualan Acme Budi"), but
  not across another title or an organisation joined by "dan"; the nearest title
  wins;
- ``ORG's TITLE, PERSON``: "TikTok's Chief Executive, Shou Zichew";
- ``PERSON, TITLE of ORG``: "Edy Misero, secretary general of the Association ...",
  and in Indonesian without the link word ("Budi, direktur Acme");
- a title that names its organisation: "Minister of Trade Zulkifli Hasan",
  "Menteri Koperasi dan UKM Teten Masduki" (``TITLE_ORGS``: "Minister of X"
  is at the "Ministry of X"; ``TITLE_ORGS_BEFORE``: "Trade Minister", if the
  name made is a known alias; ``TITLE_ABBREVIATIONS``: "Mendag"). The organisation gets a
  mention of its own, placed on the title, which the resolver merges like any other.

Titles are the phrases the entity rules found (``doc.spans["kg_titles"]``)
and the words of ``ROLE_WORDS``; the role edge keeps the title as written.
"""

from __future__ import annotations

from kg.extract.base import RelationMention, Sentence, phrase_at, ud_parse
from kg.nlp.mentions import Mention
from kg.nlp.names import alias_keys, normalize_name

_POSSESSIVE = ("'s", "’s", "'")
_DETERMINERS = ("the", "a", "an", "former", "its", "one")
#: Words at most between a title found and its organisation, read from the parse.
MAX_TITLE_WORDS = 12


def _title_at(sent: Sentence, i: int) -> int:
    """End of a title starting at token ``i`` (``i`` if none)."""
    end = sent.title_end(i)
    n = phrase_at(sent.lower, i, sent.lex.words.role_words, limit=sent.span.end)
    return max(end, i + n)


def _skip(sent: Sentence, i: int, words=(",",)) -> int:
    while i < sent.span.end and (sent.doc[i].text in words or sent.doc[i].lower_ in words):
        i += 1
    return i


def roles(sent: Sentence) -> tuple[list[RelationMention], list]:
    """Role relations of ``sent``, and the organisation mentions made from titles."""
    doc, lex = sent.doc, sent.lex
    out, made = [], []

    def add(person, org, title_tokens):
        if person.type == "PERSON" and org.type == "ORG":
            out.append(RelationMention(source=person, target=org, relation="holds_role",
                                       family="role", confidence=0.7, cue=title_tokens.text,
                                       title=title_tokens.text, **sent.meta))

    people = sent.args(("PERSON",))
    for org in sent.args(("ORG",)):
        # ORG's TITLE, PERSON / ORG TITLE PERSON
        j = org.token_end
        k = j + 1 if j < sent.span.end and doc[j].text in _POSSESSIVE else j
        end = _title_at(sent, k)
        if end > k:
            person = sent.at(_skip(sent, end), ("PERSON",))
            if person is not None:
                add(person, org, doc[k:end])
        # ORG, whose TITLE is PERSON
        if (j + 2 < sent.span.end and doc[j].text == ","
                and doc[j + 1].lower_ in lex.words.role_whose):
            end = _title_at(sent, j + 2)
            if end > j + 2 and end < sent.span.end and doc[end].lower_ in ("is", "was"):
                person = sent.at(end + 1, ("PERSON",))
                if person is not None:
                    add(person, org, doc[j + 2:end])
        # TITLE ORG [,] PERSON: the title nearest the organisation
        found = [sp if sp.end == org.token or (
                     sp.end + 1 == org.token and doc[sp.end].lower_ in lex.words.role_links)
                 else _parsed_title(sent, sp, org) for sp in sent.titles]
        found = [t for t in found if t is not None]
        if found:
            # "Acme (ACM) Budi", "Acme Holdings (Acme), Budi", "... Nusantara (BPN) Budi"
            # a bracketed alias after the organisation ("Acme (ACM) Budi")
            after = _skip(sent, sent.after_brackets(org.token_end, within=7), (",", ")", "]"))
            person = sent.at(after, ("PERSON",))
            if person is not None:
                add(person, org, max(found, key=lambda t: t.end))
    # PERSON, who heads ORG / TITLE PERSON of ORG
    for person in people:
        i = _skip(sent, person.token_end)
        if i + 1 < sent.span.end and doc[i].lower_ in ("who", "yang") and \
                doc[i + 1].lower_ in lex.words.role_verbs:
            org = sent.after(_skip(sent, i + 2, ("the",)), ("ORG",), gap=1)
            if org is not None:
                add(person, org, doc[i + 1:i + 2])
        title = _title_before(sent, person)
        j = person.token_end
        if title is not None and j + 1 < sent.span.end and doc[j].lower_ in lex.words.role_links:
            org = sent.after(_skip(sent, j + 1, ("the",)), ("ORG",), gap=0)
            if org is not None:
                add(person, org, title)
    # PERSON, TITLE of ORG
    for person in people:
        i = _skip(sent, person.token_end)
        if i == person.token_end:
            continue
        i = _skip(sent, i, _DETERMINERS)
        end = _title_at(sent, i)
        if end == i:
            continue
        org = sent.at(end, ("ORG",))
        if org is not None and not lex.words.owner_before_noun:  # "Budi, direktur Acme"
            add(person, org, doc[i:end])
            continue
        for k in range(end, min(end + 4, sent.span.end)):
            if doc[k].lower_ in lex.words.role_links:
                org = sent.after(_skip(sent, k + 1, ("the",)), ("ORG",), gap=1)
                if org is not None:
                    add(person, org, doc[i:end])
                break
    # a title naming its organisation
    for person in people:
        sp = _title_before(sent, person)
        if sp is None:
            continue
        org = _named_org(sent, sp)
        if org is not None:
            made.append(org)
            add(person, org, sp)
    return out, made


def _parsed_title(sent: Sentence, sp, org):
    """The title phrase from ``sp`` up to ``org`` if the parse puts every word between
    under the title ("Kepala Divisi Riset Acme": "Divisi Riset" modifies "Kepala"),
    with no verb, comma or other title, and no other organisation joined to it by
    a conjunction; None otherwise, or without an Indonesian parse. Another title
    or such an organisation means the title is another's ("{Direktur} Acme dan
    {Komisaris} Beta Budi", "{Direktur} Acme dan Beta Budi"); an organisation
    alone there names the body the title is in ("Kepala Badan Pengelola
    Investasi (BPI) Danantara")."""
    doc = sent.doc
    if not ud_parse(doc) or not 0 < org.token - sp.end <= MAX_TITLE_WORDS:
        return None
    if any(sp.end <= t.start < org.token for t in sent.titles) or any(
            doc[k].pos_ == "CCONJ" for m in sent.mentions
            if m.type == "ORG" and sp.end <= m.token < org.token
            for k in range(m.token_end, org.token)):
        return None
    under = {t.i for t in sp.root.subtree}
    between = doc[sp.end:org.token]
    if org.token not in under or any(
            t.i not in under or t.pos_ in ("VERB", "AUX") or t.is_punct and t.text not in "()[]/"
            for t in between):
        return None
    end = org.token
    while end > sp.end and (doc[end - 1].is_punct or doc[end - 1].pos_ == "CCONJ"):
        end -= 1  # "Direktur Pemasaran dan Acme": "Direktur Pemasaran"
    return doc[sp.start:end]


def _title_before(sent: Sentence, person):
    """The title phrase before ``person``, across a comma or a bracket
    ("Minister of Trade (Mendag)")."""
    doc = sent.doc
    for sp in sent.titles:
        if sp.end > person.token:
            continue
        between = doc[sp.end:person.token]
        if sp.end == person.token or between.text == "," or (
                len(between) <= 4 and between[0].text in "([" and between[-1].text in ")]"):
            return sp
    return None


def _named_org(sent: Sentence, sp):
    """An organisation mention for the body a title names, or None."""
    lower = sp.text.lower()
    if lower in sent.lex.words.title_abbreviations:  # "Mendag" -> "Kementerian Perdagangan"
        return _mention(sent, sp, sent.lex.words.title_abbreviations[lower])
    for suffix, org_prefix in sent.lex.words.title_orgs_before.items():
        if lower.endswith(" " + suffix):  # "Trade Minister" -> "Ministry of Trade", if known
            name = f"{org_prefix} {sp.text[:-len(suffix)].strip()}"
            if normalize_name(name) in alias_keys():
                return _mention(sent, sp, name)
    for prefix, org_prefix in sent.lex.words.title_orgs.items():
        if not lower.startswith(prefix + " "):
            continue
        words = sp.text[len(prefix):].split()
        while words and words[-1].lower() in sent.lex.words.title_org_drop_tail:
            words.pop()
        if not words:
            return None
        return _mention(sent, sp, f"{org_prefix} {' '.join(words)}")
    return None


def _mention(sent: Sentence, sp, name: str) -> Mention:
    base = sent.meta["sent_start"] - sent.span.start_char
    return Mention(article=sent.meta["article"], text=name, type="ORG",
                   start=base + sp.start_char, end=base + sp.end_char,
                   sent_start=sent.meta["sent_start"], sent_end=sent.meta["sent_end"],
                   lang=sent.meta["lang"], token=sp.start, token_end=sp.end)

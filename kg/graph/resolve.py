"""Mentions -> canonical entities, across articles and languages (first cut).

Two mentions are the same entity when their normalised names are equal
(:func:`normalize_name`), or when the bundled alias table
(``kg/lang/xx/aliases.csv``) maps both to the same canonical name. Within one
article, a one-word person mention ("Teten") joins the full name introduced in
that article ("Teten Masduki"); never across articles.

The node type is voted across mentions, and the alias table overrides it.

Mentions are also linked to the knowledge base (:mod:`kg.kb`): a mention whose text the
base looks up to one entry (of its type; ORG and GPE may stand for each other, since the
model confuses them) joins that entry's node, which takes the entry's name and type and
carries its ``kb_id`` (and ``wikidata``). A bare IDX ticker ("BUMI", "PSSI") does not
link: tickers are often other bodies' acronyms or words; "BUMI.JK" does. An alias-table
entity whose names the base knows carries the entry's ID too, and the entry's mentions
join it.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from rapidfuzz import fuzz

from kg.graph.aliases import AliasEntry, bundled_aliases
from kg.kb import KnowledgeBase, load as load_kb
from kg.lang import LANGS, get_lang_data
from kg.nlp.names import compact, law_key, match_keys, normalize_name

if TYPE_CHECKING:  # annotations only: importing it would load spaCy
    from kg.nlp.mentions import Mention

#: Similarity (rapidfuzz ``ratio``, 0-100) at or above which two names of the
#: same type are one entity ("Shou Zichew" / "Shou Zi Chew" are equal without spaces).
FUZZY_MERGE = 92
#: Similarity at or above which an unmerged pair is reported as a likely duplicate.
FUZZY_REPORT = 80

def slugify(name: str) -> str:
    """Stable node id for a canonical name.

    Examples
    --------
    >>> slugify("Permendag 31/2023")
    'permendag-31-2023'
    """
    text = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-") or "entity"


@functools.lru_cache(maxsize=1)
def known_places() -> frozenset:
    """Place names of the rule layers' gazetteers (both languages)."""
    return frozenset(p for lang in LANGS for p in get_lang_data(lang).rules.known_places)


@dataclass
class CanonicalEntity:
    """A canonical entity: one node of the graph."""

    id: str
    label: str
    type: str
    aliases: Counter = field(default_factory=Counter)
    types: Counter = field(default_factory=Counter)
    languages: set = field(default_factory=set)
    articles: list = field(default_factory=list)
    mentions: int = 0
    roles: Counter = field(default_factory=Counter)
    kb_id: str | None = None
    wikidata: str | None = None


def _alias_index(entries) -> dict:
    index = {}
    for entry in entries:
        for alias in entry.aliases:
            for key in match_keys(alias, entry.type):
                index.setdefault(key, entry)
    return index


def _mention_key(m: Mention, index: dict) -> str:
    """Key of a mention before grouping: law key for laws, alias hits first."""
    key = normalize_name(m.text)
    if m.type == "LAW":
        key = law_key(m.text) or key
    if key not in index and compact(key) in index:
        return compact(key)
    return key


#: Types a mention may have to link to an entry of each type.
_LINKABLE = {"PERSON": {"PERSON"}, "ORG": {"ORG", "GPE"}, "GPE": {"ORG", "GPE"}}


def kb_link(kb: KnowledgeBase, text: str, type_: str):
    """The knowledge-base entry a mention links to, or ``None``.

    Examples
    --------
    >>> from kg.kb import Entry
    >>> kb = KnowledgeBase([
    ...     Entry("idx:BUMI", "Bumi Resources", "ORG", aliases=("BUMI", "BUMI.JK")),
    ...     Entry("org:ojk", "Financial Services Authority", "ORG", aliases=("OJK",))])
    >>> kb_link(kb, "BUMI.JK", "ORG").id, kb_link(kb, "OJK", "GPE").id
    ('idx:BUMI', 'org:ojk')
    >>> kb_link(kb, "BUMI", "ORG"), kb_link(kb, "OJK", "PERSON")
    (None, None)
    """
    if type_ not in _LINKABLE:
        return None
    found = [e for e in kb.candidates(text) if e.type in _LINKABLE[type_]]
    if len(found) != 1:
        return None
    entry = found[0]
    # a bare ticker: only the ticker as written (a code) finds it, as "idx:" + ticker
    return None if entry.id == f"idx:{text.strip()}" else entry


def _kb_of_aliases(kb: KnowledgeBase, entries) -> dict:
    """Alias-table canonical key -> the one entry of the base its names look up to."""
    out = {}
    for entry in entries:
        found = {kb_link(kb, name, entry.type) for name in (entry.canonical, *entry.aliases)}
        found.discard(None)
        if len(found) == 1:
            out[normalize_name(entry.canonical)] = found.pop()
    return out


def resolve(mentions: list[Mention], *, aliases=None, speakers=frozenset(),
            kb: KnowledgeBase | None = None) -> tuple[dict, dict]:
    """Group mentions into canonical entities.

    Parameters
    ----------
    mentions : list of Mention
        All mentions of the build, in article and text order.
    aliases : sequence of AliasEntry, optional
        Alias table; defaults to :func:`bundled_aliases`.
    speakers : set of int
        Keys (:attr:`Mention.key <kg.nlp.mentions.Mention.key>`) of mentions
        that speak in a statement. Places do not speak, so
        a speaker the model typed GPE ("explained Dewi") counts as a PERSON.
    kb : KnowledgeBase, optional
        The knowledge base to link to; defaults to :func:`kg.kb.load`.

    Returns
    -------
    entities : dict
        Entity id -> :class:`CanonicalEntity`.
    assignment : dict
        ``mention.key`` -> entity id, for every mention.

    Examples
    --------
    >>> from kg.nlp.mentions import Mention
    >>> ms = [Mention("a", "Zulhas", "PERSON", 0, 6, 0, 20, "id"),
    ...       Mention("b", "Zulkifli Hasan", "PERSON", 0, 14, 0, 30, "en")]
    >>> entities, assignment = resolve(ms)
    >>> sorted(entities)
    ['zulkifli-hasan']
    """
    entries = bundled_aliases() if aliases is None else tuple(aliases)
    index = _alias_index(entries)
    places = known_places()
    name_key = {m.key: normalize_name(m.text) for m in mentions}
    if len(name_key) < len(mentions):
        raise ValueError("two mentions share their article, start and end")
    mtype = {m.key: "PERSON" if (m.type == "GPE" and m.key in speakers and m.text not in places
                                 and name_key[m.key] not in index) else m.type
             for m in mentions}
    mkey = {m.key: _mention_key(m, index) for m in mentions}
    kb = load_kb() if kb is None else kb
    linked = _kb_of_aliases(kb, entries)  # group key -> kb entry
    by_entry = {e.id: key for key, e in linked.items()}
    index = dict(index)
    for m in mentions:
        if mkey[m.key] in index or m.type == "LAW":
            continue
        entry = kb_link(kb, m.text, mtype[m.key])
        if entry is None:
            continue
        key = by_entry.get(entry.id)
        if key is None:
            key = by_entry[entry.id] = normalize_name(entry.name)
            if key not in index:
                index[key] = AliasEntry(entry.name, entry.type, (entry.name,))
            linked.setdefault(key, entry)
        mkey[m.key] = key
    keys = {}
    for _article, group in _by_article(mentions).items():
        full_names = {}
        # full names a short person name may stand for: people first, then
        # organisations, since the model may type a full name ORG ("Dewi Meisari Haryanti")
        for wanted in ("PERSON", "ORG"):
            for m in group:
                words, full = name_key[m.key].split(), mkey[m.key]
                if mtype[m.key] == wanted and len(words) > 1 and (wanted == "PERSON" or (
                        len(words) <= 4 and full not in index)):
                    for part in (words[0], words[-1]):
                        full_names.setdefault(part, full)
        person_keys = {mkey[m.key] for m in group if mtype[m.key] == "PERSON"}
        # "Teten" (a person by evidence) -> "Teten Masduki" named in this article; once
        # one mention of a short name joins, all its mentions in the article do
        joined = {mkey[m.key] for m in group
                  if mtype[m.key] == "PERSON" or full_names.get(mkey[m.key]) in person_keys}
        for m in group:
            key = mkey[m.key]
            if not key:
                continue
            if key not in index and " " not in key and key in full_names and key in joined:
                key = full_names[key]
            keys[m.key] = key
    groups: dict[str, list] = {}
    for m in mentions:
        key = keys.get(m.key)
        if key is not None:
            entry = index.get(key)
            groups.setdefault(normalize_name(entry.canonical) if entry else key, []).append(m)
    groups = _merge_similar(groups, index, mtype)
    entities: dict[str, CanonicalEntity] = {}
    assignment = {}
    for group_key, group in groups.items():
        entry = index.get(group_key)
        surface = Counter(m.text for m in group)
        label = entry.canonical if entry else _best_label(surface, group_key)
        types = Counter(mtype[m.key] for m in group)
        # speaking is evidence: a person who speaks outweighs one mistyped mention
        types["PERSON"] += sum(1 for m in group if mtype[m.key] == "PERSON" and m.key in speakers)
        types += Counter()  # drop zero counts
        eid = _unique(slugify(label), entities)
        kb_entry = linked.get(group_key)
        entities[eid] = CanonicalEntity(
            id=eid, label=label, type=entry.type if entry else types.most_common(1)[0][0],
            aliases=surface, types=types, languages={m.lang for m in group},
            articles=list(dict.fromkeys(m.article for m in group)), mentions=len(group),
            roles=Counter(m.title for m in group if m.title),
            kb_id=kb_entry.id if kb_entry else None,
            wikidata=kb_entry.wikidata if kb_entry else None)
        for m in group:
            assignment[m.key] = eid
    return entities, assignment


def _blocks(keys):
    """Blocking: keys sharing the first three letters of their compact form are
    compared, so matching stays near-linear in the number of names."""
    blocks = defaultdict(list)
    for key in keys:
        if len(compact(key)) >= 4:
            blocks[compact(key)[:3]].append(key)
    return blocks.values()


def similar_pairs(keys, types: dict, *, threshold: float):
    """Pairs of keys of the same type whose similarity reaches ``threshold``.

    Yields ``(a, b, score)``; only keys in the same block are compared.

    Examples
    --------
    >>> keys = ["shou zichew", "shou zi chew", "tiktok", "tiktok shop"]
    >>> types = dict.fromkeys(keys, "ORG") | {"shou zichew": "PERSON", "shou zi chew": "PERSON"}
    >>> [(a, b) for a, b, _ in similar_pairs(keys, types, threshold=92)]
    [('shou zichew', 'shou zi chew')]
    """
    for block in _blocks(keys):
        for i, a in enumerate(block):
            for b in block[i + 1:]:
                if types.get(a) != types.get(b):
                    continue
                score = fuzz.ratio(compact(a), compact(b))
                if score >= threshold:
                    yield a, b, round(score, 1)


def _merge_similar(groups: dict, index: dict, mtype: dict) -> dict:
    """Merge groups whose names are spelling variants of one another (same type)."""
    types = {k: (index[k].type if k in index
                 else Counter(mtype[m.key] for m in g).most_common(1)[0][0])
             for k, g in groups.items()}
    parent = {k: k for k in groups}

    def root(k):
        while parent[k] != k:
            k = parent[k]
        return k

    for a, b, _ in similar_pairs(list(groups), types, threshold=FUZZY_MERGE):
        ra, rb = root(a), root(b)
        if ra == rb or (ra in index and rb in index):
            continue  # two alias-table entities never merge
        if rb in index or len(groups[rb]) > len(groups[ra]):
            ra, rb = rb, ra
        parent[rb] = ra
    merged: dict[str, list] = {}
    for k, g in groups.items():
        merged.setdefault(root(k), []).extend(g)
    return merged


def likely_duplicates(entities: dict) -> list[dict]:
    """Pairs of entities of the same type with similar names that were not merged.

    For ``report.json``: a user confirms them in an alias file (``--aliases``).

    Examples
    --------
    >>> a = CanonicalEntity("acme-widget", "Acme Widget", "ORG")
    >>> b = CanonicalEntity("acme-wigdets", "Acme Wigdets", "ORG")
    >>> likely_duplicates({"a": a, "b": b})[0]["labels"]
    ['Acme Widget', 'Acme Wigdets']
    """
    by_key = {}
    for eid, ent in entities.items():
        by_key.setdefault(normalize_name(ent.label), eid)
    types = {k: entities[eid].type for k, eid in by_key.items()}
    out = []
    for a, b, score in similar_pairs(list(by_key), types, threshold=FUZZY_REPORT):
        if score < FUZZY_MERGE or types[a] == "LAW":
            ea, eb = entities[by_key[a]], entities[by_key[b]]
            out.append({"ids": [ea.id, eb.id], "labels": [ea.label, eb.label],
                        "type": ea.type, "score": score})
    return sorted(out, key=lambda d: -d["score"])


def _best_label(aliases: Counter, key: str) -> str:
    """The label of a group: a full form (one whose key is the group's), the most
    frequent, then the shortest ("Acme Holdings" before "PT Acme Holdings Tbk")."""
    return max(aliases.items(),
               key=lambda kv: (normalize_name(kv[0]) == key, kv[1], -len(kv[0]), kv[0]))[0]


def _unique(slug, taken):
    candidate, n = slug, 2
    while candidate in taken:
        candidate, n = f"{slug}-{n}", n + 1
    return candidate


def _by_article(mentions):
    groups = defaultdict(list)
    for m in mentions:
        groups[m.article].append(m)
    return groups

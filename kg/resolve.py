"""Mentions -> canonical entities, across articles and languages (first cut).

Two mentions are the same entity when their normalised names are equal
(:func:`normalize_name`), or when the bundled alias table
(``kg/lang/xx/aliases.csv``) maps both to the same canonical name. Within one
article, a one-word person mention ("Teten") joins the full name introduced in
that article ("Teten Masduki"); never across articles.

The node type is voted across mentions, and the alias table overrides it.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from importlib import resources
from typing import TYPE_CHECKING

from rapidfuzz import fuzz

from kg.lang import get_data

if TYPE_CHECKING:  # annotations only: importing it would load spaCy
    from kg.extract.mentions import Mention

#: Legal forms dropped from either end of organisation names for matching.
LEGAL_FORMS = ("pt", "tbk", "inc", "co", "corp", "corporation", "ltd", "limited", "plc",
               "llc", "group", "grup", "persero")
_LEADING = ("the",)


def normalize_name(name: str) -> str:
    """Matching key of an entity name.

    Lower-cases, strips diacritics, possessives, punctuation and legal forms.

    Examples
    --------
    >>> normalize_name("PT GoTo Gojek Tokopedia Tbk.")
    'goto gojek tokopedia'
    >>> normalize_name("China’s  Bytedance")
    'bytedance'
    >>> normalize_name("the Ministry of Trade's"), normalize_name("Indonesian Goto Group")
    ('ministry of trade', 'goto')
    """
    return _normalize_name(name)


@functools.lru_cache(maxsize=1 << 16)  # names repeat across mentions and articles
def _normalize_name(name: str) -> str:
    text = unicodedata.normalize("NFKD", name)
    text = "".join(c for c in text if not unicodedata.combining(c)).casefold()
    text = re.sub(r"^(?:the\s+)?[\w.-]+['’`]s\s+(?=\w)", "", text)  # "China's Bytedance"
    text = re.sub(r"['’`]s\b", "", text)
    text = re.sub(r"[^\w/]+", " ", text).strip()
    words = text.split()
    core = list(words)
    leading = _leading_words()
    while len(core) > 1 and core[0] in leading:
        core = core[1:]
    while core and core[-1] in LEGAL_FORMS:
        core = core[:-1]
    return " ".join(core or words)


@functools.lru_cache(maxsize=1)
def _leading_words() -> frozenset:
    """Words dropped from the front of a name: legal forms, "the", nationality words."""
    return frozenset(LEGAL_FORMS + _LEADING + tuple(get_data("xx", "names", "LEADING_DEMONYMS", ())))


#: Similarity (rapidfuzz ``ratio``, 0-100) at or above which two names of the
#: same type are one entity ("Shou Zichew" / "Shou Zi Chew" are equal without spaces).
FUZZY_MERGE = 92
#: Similarity at or above which an unmerged pair is reported as a likely duplicate.
FUZZY_REPORT = 80

_LAW_NUMBER = re.compile(r"(\d{1,4})\s*(?:/|\s(?:of|tahun|th\.?)\s|\s)\s*((?:19|20)\d\d)\b")


def law_key(name: str) -> str | None:
    """Matching key of a regulation: type code, number and year.

    Examples
    --------
    >>> law_key("Permendag Nomor 31 Tahun 2023"), law_key("Regulation of the Minister of Trade Number 31 of 2023")
    ('permendag 31/2023', 'permendag 31/2023')
    >>> law_key("Trade Ministry Regulation No. 31 of 2023") == law_key("Permendag 31/2023")
    True
    >>> law_key("UU Cipta Kerja") is None
    True
    """
    lower = normalize_name(name).replace("nomor ", "").replace("number ", "").replace("no ", "")
    match = _LAW_NUMBER.search(lower)
    if not match:
        return None
    phrases = get_data("xx", "laws", "LAW_TYPE_PHRASES", {})
    found = [(len(p), code) for code, ps in phrases.items() for p in ps
             if re.search(rf"\b{re.escape(p)}\b", lower)]
    code = max(found)[1] if found else "law"
    return f"{code} {int(match.group(1))}/{match.group(2)}"


def compact(key: str) -> str:
    """A normalised key without spaces: "shou zi chew" and "shou zichew" meet.

    Examples
    --------
    >>> compact("shou zi chew") == compact("shou zichew")
    True
    """
    return key.replace(" ", "")


def match_keys(name: str, type_: str) -> list[str]:
    """Keys under which an alias table's name is looked up: its normalised form,
    the same without spaces, and a law's number and year.

    Two names sharing a key are one name to kg, so one alias table may not give
    them to two canonical names (:mod:`kg.aliases`).

    Examples
    --------
    >>> match_keys("Shou Zi Chew", "PERSON")
    ['shou zi chew', 'shouzichew']
    >>> match_keys("Permendag Nomor 31 Tahun 2023", "LAW")[-1]
    'permendag 31/2023'
    """
    key = normalize_name(name)
    keys = [key, compact(key)]
    law = law_key(name) if type_ == "LAW" else None
    if law:
        keys.append(law)
    return keys


def slugify(name: str) -> str:
    """Stable node id for a canonical name.

    Examples
    --------
    >>> slugify("Permendag 31/2023")
    'permendag-31-2023'
    """
    text = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-") or "entity"


@dataclass
class AliasEntry:
    """A row of an alias table: canonical name, type and surface forms."""

    canonical: str
    type: str
    aliases: tuple


@functools.lru_cache(maxsize=1)
def bundled_aliases() -> tuple:
    """The alias table shipped with kg, as a tuple of :class:`AliasEntry`."""
    from kg.aliases import parse_alias_text  # kg.aliases imports this module

    text = resources.files("kg.lang.xx").joinpath("aliases.csv").read_text(encoding="utf-8")
    return tuple(parse_alias_text(text, "kg/lang/xx/aliases.csv"))


@functools.lru_cache(maxsize=1)
def known_places() -> frozenset:
    """Place names of the rule layers' gazetteers (both languages)."""
    return frozenset(p for lang in ("en", "id")
                     for p in get_data(lang, "rules", "KNOWN_PLACES", ()))


@functools.lru_cache(maxsize=1)
def alias_keys() -> frozenset:
    """Normalised forms of every alias in the bundled table."""
    return frozenset(normalize_name(a) for e in bundled_aliases() for a in e.aliases)


def parse_alias_rows(rows) -> list[AliasEntry]:
    """Alias entries from dict rows with ``canonical``, ``type`` and ``aliases`` ("|"-separated).

    Examples
    --------
    >>> parse_alias_rows([{"canonical": "Joko Widodo", "type": "PERSON", "aliases": "Jokowi"}])[0].aliases
    ('Jokowi', 'Joko Widodo')
    """
    out = []
    for row in rows:
        canonical = (row.get("canonical") or "").strip()
        if not canonical:
            continue
        aliases = [a.strip() for a in (row.get("aliases") or "").split("|") if a.strip()]
        if canonical not in aliases:
            aliases.append(canonical)
        out.append(AliasEntry(canonical, (row.get("type") or "").strip().upper(), tuple(aliases)))
    return out


def read_alias_file(path) -> list[AliasEntry]:
    """Read and check a user alias file (``kg build --aliases FILE``).

    The same as :func:`kg.aliases.read_alias_file`, which gives the rules: CSV
    (``canonical,type,aliases`` with aliases separated by ``|``) or YAML (a
    list of mappings with ``canonical``, ``type`` and ``aliases`` as a list or
    a ``|``-separated string).

    Raises
    ------
    kg.errors.AliasFileError
        If the file cannot be read or breaks a rule; the one-line message starts
        with the path.

    Examples
    --------
    >>> import tempfile, pathlib
    >>> p = pathlib.Path(tempfile.mkdtemp()) / "a.yaml"
    >>> _ = p.write_text("- canonical: Acme\\n  type: ORG\\n  aliases: [ACME.JK, Acme Co]\\n")
    >>> read_alias_file(p)[0].aliases
    ('ACME.JK', 'Acme Co', 'Acme')
    """
    from kg.aliases import read_alias_file as read  # kg.aliases imports this module

    return read(path)


@dataclass
class Entity:
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


def resolve(mentions: list[Mention], *, aliases=None, speakers=frozenset()) -> tuple[dict, dict]:
    """Group mentions into canonical entities.

    Parameters
    ----------
    mentions : list of Mention
        All mentions of the build, in article and text order.
    aliases : sequence of AliasEntry, optional
        Alias table; defaults to :func:`bundled_aliases`.
    speakers : set of int
        ``id()`` of mentions that speak in a statement. Places do not speak, so
        a speaker the model typed GPE ("explained Dewi") counts as a PERSON.

    Returns
    -------
    entities : dict
        Entity id -> :class:`Entity`.
    assignment : dict
        ``id(mention)`` -> entity id, for every mention.

    Examples
    --------
    >>> from kg.extract.mentions import Mention
    >>> ms = [Mention("a", "Zulhas", "PERSON", 0, 6, 0, 20, "id"),
    ...       Mention("b", "Zulkifli Hasan", "PERSON", 0, 14, 0, 30, "en")]
    >>> entities, assignment = resolve(ms)
    >>> sorted(entities)
    ['zulkifli-hasan']
    """
    entries = bundled_aliases() if aliases is None else tuple(aliases)
    index = _alias_index(entries)
    places = known_places()
    name_key = {id(m): normalize_name(m.text) for m in mentions}
    mtype = {id(m): "PERSON" if (m.type == "GPE" and id(m) in speakers and m.text not in places
                                 and name_key[id(m)] not in index) else m.type
             for m in mentions}
    mkey = {id(m): _mention_key(m, index) for m in mentions}
    keys = {}
    for article, group in _by_article(mentions).items():
        full_names = {}
        # full names a short person name may stand for: people first, then
        # organisations, since the model may type a full name ORG ("Dewi Meisari Haryanti")
        for wanted in ("PERSON", "ORG"):
            for m in group:
                words, full = name_key[id(m)].split(), mkey[id(m)]
                if mtype[id(m)] == wanted and len(words) > 1 and (wanted == "PERSON" or (
                        len(words) <= 4 and full not in index)):
                    for part in (words[0], words[-1]):
                        full_names.setdefault(part, full)
        person_keys = {mkey[id(m)] for m in group if mtype[id(m)] == "PERSON"}
        # "Teten" (a person by evidence) -> "Teten Masduki" named in this article; once
        # one mention of a short name joins, all its mentions in the article do
        joined = {mkey[id(m)] for m in group
                  if mtype[id(m)] == "PERSON" or full_names.get(mkey[id(m)]) in person_keys}
        for m in group:
            key = mkey[id(m)]
            if not key:
                continue
            if key not in index and " " not in key and key in full_names and key in joined:
                key = full_names[key]
            keys[id(m)] = key
    groups: dict[str, list] = {}
    for m in mentions:
        key = keys.get(id(m))
        if key is not None:
            entry = index.get(key)
            groups.setdefault(normalize_name(entry.canonical) if entry else key, []).append(m)
    groups = _merge_similar(groups, index, mtype)
    entities: dict[str, Entity] = {}
    assignment = {}
    for group_key, group in groups.items():
        entry = index.get(group_key)
        surface = Counter(m.text for m in group)
        label = entry.canonical if entry else _best_label(surface, group_key)
        types = Counter(mtype[id(m)] for m in group)
        # speaking is evidence: a person who speaks outweighs one mistyped mention
        types["PERSON"] += sum(1 for m in group if mtype[id(m)] == "PERSON" and id(m) in speakers)
        types += Counter()  # drop zero counts
        eid = _unique(slugify(label), entities)
        entities[eid] = Entity(
            id=eid, label=label, type=entry.type if entry else types.most_common(1)[0][0],
            aliases=surface, types=types, languages={m.lang for m in group},
            articles=list(dict.fromkeys(m.article for m in group)), mentions=len(group),
            roles=Counter(m.title for m in group if m.title))
        for m in group:
            assignment[id(m)] = eid
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
                 else Counter(mtype[id(m)] for m in g).most_common(1)[0][0])
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
    >>> a = Entity("acme-widget", "Acme Widget", "ORG")
    >>> b = Entity("acme-wigdets", "Acme Wigdets", "ORG")
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

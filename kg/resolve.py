"""Mentions -> canonical entities, across articles and languages (first cut).

Two mentions are the same entity when their normalised names are equal
(:func:`normalize_name`), or when the bundled alias table
(``kg/lang/xx/aliases.csv``) maps both to the same canonical name. Within one
article, a one-word person mention ("Teten") joins the full name introduced in
that article ("Teten Masduki"); never across articles.

The node type is voted across mentions, and the alias table overrides it.
"""

from __future__ import annotations

import csv
import functools
import re
import unicodedata
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from importlib import resources

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
    'china bytedance'
    >>> normalize_name("the Ministry of Trade's")
    'ministry of trade'
    """
    text = unicodedata.normalize("NFKD", name)
    text = "".join(c for c in text if not unicodedata.combining(c)).casefold()
    text = re.sub(r"['’`]s\b", "", text)
    text = re.sub(r"[^\w/]+", " ", text).strip()
    words = text.split()
    core = list(words)
    while core and core[0] in LEGAL_FORMS + _LEADING:
        core = core[1:]
    while core and core[-1] in LEGAL_FORMS:
        core = core[:-1]
    return " ".join(core or words)


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
    text = resources.files("kg.lang.xx").joinpath("aliases.csv").read_text(encoding="utf-8")
    return tuple(parse_alias_rows(csv.DictReader(text.splitlines())))


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


def _alias_index(entries) -> dict:
    index = {}
    for entry in entries:
        for alias in entry.aliases:
            index.setdefault(normalize_name(alias), entry)
        # exact surface forms such as tickers ("GOTO.JK") are also keys
    return index


def resolve(mentions: list[Mention], *, aliases=None) -> tuple[dict, dict]:
    """Group mentions into canonical entities.

    Parameters
    ----------
    mentions : list of Mention
        All mentions of the build, in article and text order.
    aliases : sequence of AliasEntry, optional
        Alias table; defaults to :func:`bundled_aliases`.

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
    keys = {}
    for article, group in _by_article(mentions).items():
        full_names = {}
        for m in group:
            key = normalize_name(m.text)
            if m.type == "PERSON" and len(key.split()) > 1:
                for part in (key.split()[0], key.split()[-1]):
                    full_names.setdefault(part, key)
        for m in group:
            key = normalize_name(m.text)
            if not key:
                continue
            # "Teten" (whatever type the model gave it) -> "Teten Masduki" named in this article
            if key not in index and " " not in key and key in full_names:
                key = full_names[key]
            keys[id(m)] = key
    groups: dict[str, list] = {}
    for m in mentions:
        key = keys.get(id(m))
        if key is not None:
            entry = index.get(key)
            groups.setdefault(normalize_name(entry.canonical) if entry else key, []).append(m)
    entities: dict[str, Entity] = {}
    assignment = {}
    for group_key, group in groups.items():
        entry = index.get(group_key)
        surface = Counter(m.text for m in group)
        label = entry.canonical if entry else _best_label(surface, group_key)
        types = Counter(m.type for m in group)
        eid = _unique(slugify(label), entities)
        entities[eid] = Entity(
            id=eid, label=label, type=entry.type if entry else types.most_common(1)[0][0],
            aliases=surface, types=types, languages={m.lang for m in group},
            articles=list(dict.fromkeys(m.article for m in group)), mentions=len(group))
        for m in group:
            assignment[id(m)] = eid
    return entities, assignment


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

"""Matching keys of names: what makes two surface forms one name to kg.

Lower-casing, diacritics, possessives, punctuation and legal forms
(:func:`normalize_name`), the same without spaces (:func:`compact`), and a
law's type, number and year (:func:`law_key`). The relation patterns, the
resolver and the alias tables all match names through these keys. No spaCy.
"""

from __future__ import annotations

import csv
import functools
import re
import unicodedata
from importlib import resources

from kg.lang.xx import DATA as XX

#: Legal forms dropped from either end of organisation names for matching.
LEGAL_FORMS = ("pt", "tbk", "inc", "co", "corp", "corporation", "ltd", "limited", "plc",
               "llc", "group", "grup", "persero")
_LEADING = ("the",)
_LEADING_PLAIN = frozenset(LEGAL_FORMS + _LEADING)


def normalize_name(name: str, *, demonyms: bool = True) -> str:
    """Matching key of an entity name.

    Lower-cases, strips diacritics, possessives, punctuation and legal forms, and
    nationality words at the front ("Indonesian GoTo") unless ``demonyms`` is false
    (the knowledge base keeps them: "American Samoa" is not Samoa).

    Examples
    --------
    >>> normalize_name("PT GoTo Gojek Tokopedia Tbk.")
    'goto gojek tokopedia'
    >>> normalize_name("China’s  Bytedance")
    'bytedance'
    >>> normalize_name("the Ministry of Trade's"), normalize_name("Indonesian Goto Group")
    ('ministry of trade', 'goto')
    >>> normalize_name("American Samoa"), normalize_name("American Samoa", demonyms=False)
    ('samoa', 'american samoa')
    """
    return _normalize_name(name, demonyms)


@functools.lru_cache(maxsize=1 << 16)  # names repeat across mentions and articles
def _normalize_name(name: str, demonyms: bool = True) -> str:
    text = unicodedata.normalize("NFKD", name)
    text = "".join(c for c in text if not unicodedata.combining(c)).casefold()
    text = re.sub(r"^(?:the\s+)?[\w.-]+['’`]s\s+(?=\w)", "", text)  # "China's Bytedance"
    text = re.sub(r"['’`]s\b", "", text)
    text = re.sub(r"[^\w/]+", " ", text).strip()
    words = text.split()
    core = list(words)
    leading = _leading_words() if demonyms else _LEADING_PLAIN
    while len(core) > 1 and core[0] in leading:
        core = core[1:]
    while core and core[-1] in LEGAL_FORMS:
        core = core[:-1]
    return " ".join(core or words)


@functools.lru_cache(maxsize=1)
def _leading_words() -> frozenset:
    """Words dropped from the front of a name: legal forms, "the", nationality words."""
    return frozenset(LEGAL_FORMS + _LEADING + tuple(XX.names.leading_demonyms))


_LAW_NUMBER = re.compile(r"(\d{1,4})\s*(?:/|\s(?:of|tahun|th\.?)\s|\s)\s*((?:19|20)\d\d)\b")


def law_key(name: str) -> str | None:
    """Matching key of a regulation: type code, number and year.

    Examples
    --------
    >>> law_key("Permendag Nomor 31 Tahun 2023")
    'permendag 31/2023'
    >>> law_key("Regulation of the Minister of Trade Number 31 of 2023")
    'permendag 31/2023'
    >>> law_key("Trade Ministry Regulation No. 31 of 2023") == law_key("Permendag 31/2023")
    True
    >>> law_key("UU Cipta Kerja") is None
    True
    """
    lower = normalize_name(name).replace("nomor ", "").replace("number ", "").replace("no ", "")
    match = _LAW_NUMBER.search(lower)
    if not match:
        return None
    phrases = XX.laws.law_type_phrases
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
    them to two canonical names (:mod:`kg.graph.aliases`).

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


@functools.lru_cache(maxsize=1)
def alias_keys() -> frozenset:
    """Normalised forms of every name in the bundled alias table (``kg/lang/xx/aliases.csv``).

    The relation patterns and the headline check ask whether a name is known;
    the table itself, checked, is :func:`kg.graph.aliases.bundled_aliases`.

    Examples
    --------
    >>> "kementerian perdagangan" in alias_keys()
    True
    """
    text = resources.files("kg.lang.xx").joinpath("aliases.csv").read_text(encoding="utf-8")
    return frozenset(normalize_name(name) for row in csv.DictReader(text.splitlines())
                     for name in (row["canonical"], *(row.get("aliases") or "").split("|"))
                     if name.strip())


"""Entries of the knowledge base, and looking a name up in them.

A knowledge base is a set of :class:`Entry` rows, each with a stable ``id`` such as
``idx:GOTO`` (the stock ticker of a listed company) or ``org:ministry-of-finance``, an
English ``name`` where one is in use, a ``type`` (PERSON, ORG, GPE, LAW) and the
``aliases`` the entity goes by. Files are JSON Lines, one entry per line; the format
is described in ``docs/knowledge-base.md``.

:meth:`KnowledgeBase.lookup` matches names through :func:`kg.nlp.names.normalize_name`
(case, diacritics, punctuation and legal forms do not count; a nationality word in front
does: "American Samoa" is not Samoa), except codes: an alias
written in capitals and digits only ("GOTO", "KPPU", "BI") matches only as written, so
that "buka" (open) never finds Bukalapak's ticker BUKA. A name that fits more than one
entry finds none: a wrong link is worse than no link.
"""

from __future__ import annotations

import csv
import functools
import json
import os
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from importlib import resources

from kg.errors import KBError, ReadError
from kg.ingest.bounded import read_bounded
from kg.nlp.names import normalize_name

#: Entity types an entry may have.
TYPES = ("PERSON", "ORG", "GPE", "LAW")
#: Fields of a knowledge-base row; ``id``, ``name`` and ``type`` are required.
FIELDS = ("id", "name", "type", "aliases", "wikidata", "parent", "valid_from", "valid_to",
          "source")
_ID = re.compile(r"[a-z]+:[A-Za-z0-9][A-Za-z0-9._-]*")
_WIKIDATA = re.compile(r"Q[1-9][0-9]*")
_DATE = re.compile(r"[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?")
_CODE = re.compile(r"[A-Z][A-Z0-9]{1,7}")  # all patterns: fullmatch
#: The largest knowledge-base file :func:`read_entries` reads, in bytes.
MAX_KB_BYTES = 200_000_000


@dataclass(frozen=True)
class Entry:
    """One entity of the knowledge base.

    Examples
    --------
    >>> e = Entry("idx:GOTO", "GoTo Gojek Tokopedia", "ORG", aliases=("GOTO", "GoTo"))
    >>> e.names
    ('GoTo Gojek Tokopedia', 'GOTO', 'GoTo')
    """

    id: str
    name: str
    type: str
    aliases: tuple = ()
    wikidata: str | None = None
    parent: str | None = None
    valid_from: str | None = None
    valid_to: str | None = None
    source: str = field(default="", compare=False)

    @property
    def names(self) -> tuple:
        """The name, then the aliases."""
        return (self.name, *self.aliases)


def is_entry_id(value: object) -> bool:
    """Whether ``value`` is shaped like an entry ID: a lower-case prefix, ``:``, a name.

    Examples
    --------
    >>> is_entry_id("idx:GOTO"), is_entry_id("org:ministry-of-trade"), is_entry_id("GoTo")
    (True, True, False)
    >>> is_entry_id("idx:GOTO\\n"), is_entry_id(None)
    (False, False)
    """
    return isinstance(value, str) and _ID.fullmatch(value) is not None


def is_wikidata_id(value: object) -> bool:
    """Whether ``value`` is a Wikidata Q-ID: ``Q`` and a number without leading zero.

    Only such a value may be put inside an IRI or a link.

    Examples
    --------
    >>> is_wikidata_id("Q806626"), is_wikidata_id("q42"), is_wikidata_id("Q0")
    (True, False, False)
    >>> is_wikidata_id("Q1> . <urn:x"), is_wikidata_id("Q1\\n"), is_wikidata_id(42)
    (False, False, False)
    """
    return isinstance(value, str) and _WIKIDATA.fullmatch(value) is not None


def is_code(name: str) -> bool:
    """Whether ``name`` is a code (ticker, acronym) that matches only as written.

    Examples
    --------
    >>> is_code("GOTO"), is_code("KPPU"), is_code("Grab"), is_code("GOTO.JK"), is_code("A")
    (True, True, False, False, False)
    """
    return bool(_CODE.fullmatch(name))


def name_keys(name: str) -> list[str]:
    """The look-up keys of a name: the code as written, or its normalised form.

    Examples
    --------
    >>> name_keys("GOTO"), name_keys("PT GoTo Gojek Tokopedia Tbk.")
    (['=GOTO'], ['goto gojek tokopedia'])
    """
    if is_code(name):
        return ["=" + name]
    key = normalize_name(name, demonyms=False)
    return [key] if key else []


class KnowledgeBase:
    """Entries by ID, and a name index to look them up.

    Parameters
    ----------
    entries : iterable of Entry
        Later entries replace earlier ones with the same ``id`` (a user's file
        overrides the bundled data).

    Examples
    --------
    >>> kb = KnowledgeBase([
    ...     Entry("idx:BUKA", "Bukalapak", "ORG", aliases=("BUKA", "Bukalapak.com")),
    ...     Entry("org:bank-a", "Bank Maju", "ORG"), Entry("org:bank-b", "Bank Maju", "ORG")])
    >>> kb.lookup("PT Bukalapak.com Tbk").id, kb.lookup("BUKA").id
    ('idx:BUKA', 'idx:BUKA')
    >>> kb.lookup("buka") is None, kb.lookup("Bukalapak", type="PERSON") is None
    (True, True)
    >>> kb.lookup("Bank Maju") is None   # two entries: no link
    True
    >>> len(kb), "idx:BUKA" in kb, kb["idx:BUKA"].name
    (3, True, 'Bukalapak')
    """

    def __init__(self, entries: Iterable[Entry] = ()):
        self._entries: dict[str, Entry] = {}
        for entry in entries:
            self._entries[entry.id] = entry
        self._index: dict[str, set[str]] = {}
        for entry in self._entries.values():
            for name in entry.names:
                for key in name_keys(name):
                    self._index.setdefault(key, set()).add(entry.id)

    def __iter__(self) -> Iterator[Entry]:
        return iter(self._entries.values())

    def __len__(self) -> int:
        return len(self._entries)

    def __contains__(self, entry_id: object) -> bool:
        return entry_id in self._entries

    def __getitem__(self, entry_id: str) -> Entry:
        return self._entries[entry_id]

    def get(self, entry_id: str) -> Entry | None:
        """The entry with this ID, or ``None``."""
        return self._entries.get(entry_id)

    def candidates(self, name: str, type: str | None = None) -> list[Entry]:
        """Every entry one of whose names has the key of ``name``, of ``type`` if given."""
        ids = set()
        for key in name_keys(name.strip()):
            ids |= self._index.get(key, set())
        found = [self._entries[i] for i in sorted(ids)]
        return [e for e in found if type is None or e.type == type]

    def lookup(self, name: str, type: str | None = None) -> Entry | None:
        """The one entry ``name`` stands for, or ``None`` if none or several fit."""
        found = self.candidates(name, type)
        return found[0] if len(found) == 1 else None


def parse_entry(row: object, where: str) -> Entry:
    """Check one decoded JSON row and make it an :class:`Entry`.

    Raises
    ------
    kg.errors.KBError
        If a field is missing, unknown or malformed; the message starts with ``where``.

    Examples
    --------
    >>> parse_entry({"id": "idx:GOTO", "name": "GoTo", "type": "ORG"}, "x:1").id
    'idx:GOTO'
    >>> parse_entry({"id": "GOTO", "name": "GoTo", "type": "ORG"}, "x:1")
    Traceback (most recent call last):
    ...
    kg.errors.KBError: x:1: id 'GOTO' is not PREFIX:KEY (for example idx:GOTO)
    """
    if not isinstance(row, dict):
        raise KBError(f"{where}: an entry is a JSON object, not {type(row).__name__}")
    unknown = sorted(set(row) - set(FIELDS))
    if unknown:
        raise KBError(f"{where}: unknown field(s) {', '.join(unknown)}")
    for name in ("id", "name", "type"):
        if not isinstance(row.get(name), str) or not row[name].strip():
            raise KBError(f"{where}: {name} is required (a non-empty string)")
    if not _ID.fullmatch(row["id"]):
        raise KBError(f"{where}: id {row['id']!r} is not PREFIX:KEY (for example idx:GOTO)")
    if row["type"] not in TYPES:
        raise KBError(f"{where}: type {row['type']!r} is not one of {', '.join(TYPES)}")
    aliases = row.get("aliases", [])
    if not isinstance(aliases, list) or not all(isinstance(a, str) and a.strip()
                                                for a in aliases):
        raise KBError(f"{where}: aliases is a list of non-empty strings")
    wikidata = row.get("wikidata")
    if wikidata is not None and not (isinstance(wikidata, str) and _WIKIDATA.fullmatch(wikidata)):
        raise KBError(f"{where}: wikidata {wikidata!r} is not a Q-ID such as Q1234")
    parent = row.get("parent")
    if parent is not None and not (isinstance(parent, str) and _ID.fullmatch(parent)):
        raise KBError(f"{where}: parent {parent!r} is not an entry ID")
    for name in ("valid_from", "valid_to"):
        value = row.get(name)
        if value is not None and not (isinstance(value, str) and _DATE.fullmatch(value)):
            raise KBError(f"{where}: {name} {value!r} is not YYYY, YYYY-MM or YYYY-MM-DD")
    return Entry(row["id"], row["name"].strip(), row["type"],
                 tuple(dict.fromkeys(a.strip() for a in aliases)), wikidata, parent,
                 row.get("valid_from"), row.get("valid_to"), str(row.get("source", "")))


def read_entries(path: str | os.PathLike) -> list[Entry]:
    """The entries of a JSON Lines file; blank lines and ``//`` comment lines are skipped.

    Raises
    ------
    kg.errors.KBError
        If the file cannot be read (a folder, FIFO or device, larger than
        :data:`MAX_KB_BYTES`, not UTF-8), a line is not JSON, or an ID repeats.
    """
    name = os.fsdecode(path)
    try:
        text = read_bounded(path, MAX_KB_BYTES).decode("utf-8")
    except (OSError, ReadError, UnicodeDecodeError) as exc:
        raise KBError(f"{name}: cannot read: {exc}") from None
    return _parse_lines(text, name)


def json_lines(text: str, name: str):
    """``(where, row)`` of each JSON line of ``text``; blank and ``//`` lines are skipped.

    ``where`` is ``"NAME:LINE"``, for the messages of whoever checks the row.

    Raises
    ------
    kg.errors.KBError
        If a line is not JSON.

    Examples
    --------
    >>> list(json_lines('// a comment\\n\\n{"id": "org:x"}', "x.jsonl"))
    [('x.jsonl:3', {'id': 'org:x'})]
    """
    for n, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.lstrip().startswith("//"):
            continue
        try:
            yield f"{name}:{n}", json.loads(line)
        except json.JSONDecodeError as exc:
            raise KBError(f"{name}:{n}: not JSON: {exc.msg}") from None


def _parse_lines(text: str, name: str) -> list[Entry]:
    entries, seen = [], set()
    for where, row in json_lines(text, name):
        entry = parse_entry(row, where)
        if entry.id in seen:
            raise KBError(f"{where}: id {entry.id} repeats")
        seen.add(entry.id)
        entries.append(entry)
    return entries


def _bundled_entries() -> list[Entry]:
    """The entries of the bundled JSON Lines files, as written."""
    data = resources.files("kg.kb").joinpath("data")
    entries, where = [], {}
    for item in sorted(data.iterdir(), key=lambda p: p.name):
        if item.name.endswith(".jsonl"):
            name = f"kg/kb/data/{item.name}"
            for entry in _parse_lines(item.read_text(encoding="utf-8"), name):
                if entry.id in where:  # bundled files never override each other
                    raise KBError(f"{name}: id {entry.id} is also in {where[entry.id]}")
                where[entry.id] = name
                entries.append(entry)
    return entries


@functools.lru_cache(maxsize=1)
def _bundled() -> tuple:
    """The bundled entries with the Q-IDs of ``data/wikidata.csv`` applied."""
    entries = _bundled_entries()
    confirmed = resources.files("kg.kb").joinpath("data", "wikidata.csv")
    if confirmed.is_file():
        qids = {row["id"]: row["wikidata"] for row in
                csv.DictReader(confirmed.read_text(encoding="utf-8").splitlines())}
        known = {e.id for e in entries}
        unknown = sorted(set(qids) - known)
        if unknown:
            raise KBError(f"kg/kb/data/wikidata.csv: no entry {unknown[0]}")
        entries = [replace(e, wikidata=qids[e.id]) if e.id in qids and e.wikidata is None
                   else e for e in entries]
    return tuple(entries)


def load(*extra: str | os.PathLike) -> KnowledgeBase:
    """The bundled knowledge base, with the entries of ``extra`` files added or overriding.

    Examples
    --------
    >>> base = load()
    >>> base["idx:TLKM"].name, base.lookup("TLKM.JK").id
    ('Telkom Indonesia', 'idx:TLKM')
    """
    entries = list(_bundled())
    for path in extra:
        entries.extend(read_entries(path))
    return KnowledgeBase(entries)

"""Alias tables: a user's file (``kg build --aliases FILE``) read and checked, or refused.

An alias table names entities: each entry has a canonical name, a type from
:data:`kg.graph.schema.ENTITY_TYPES` and the names (aliases) that mean it (see
:mod:`kg.graph.resolve`). A file is CSV with the header ``canonical,type,aliases``
(aliases separated by ``|``; the aliases column may be left out) or, named
``.yaml`` or ``.yml``, YAML: a list of mappings with those keys, ``aliases`` a
list of strings or a ``|``-separated string.

A file is refused with one :class:`kg.errors.AliasFileError`, whose one-line
message starts with the file's path, when it

- is not a regular file (a folder, a FIFO, a device), is larger than
  :data:`MAX_ALIAS_BYTES`, or cannot be read;
- is not UTF-8 text (a byte-order mark is allowed) or holds a NUL byte;
- breaks the CSV dialect (an unterminated quote, told with its line), has a row
  with more fields than the header, a column other than the three, or no
  ``canonical`` or ``type`` column;
- is not YAML that a safe loader reads (no tags beyond the plain ones) to a
  list of mappings whose fields are strings: a number, a date, ``true``/``false``,
  null or a nested list (an anchor can make one) is refused, naming the entry and
  the field; so are anchors that expand the names past :data:`MAX_ALIAS_BYTES`;
- has an entry without a canonical name, without a type or with a type not in
  the list, or a name with no letter or digit, or with a control character (a
  line break);
- gives one alias to two canonical names. Names match as kg matches them
  (:func:`kg.nlp.names.match_keys`: the normalised name, the same without spaces,
  a law's number and year), so "Zulhas" given to one name and "ZULHAS" to another
  clash, and so do two entries that take each other's names;
- gives one canonical name two types.

An entry repeated with the same canonical name and type is one entry, its
aliases joined in order: both rows name the same entity, so a table grown by
appending rows means what it says. A user's entry may take an alias of the
bundled table; the user's entry wins there (:func:`kg.pipeline.driver.build`). The
bundled table keeps the same rules.
"""

from __future__ import annotations

import csv
import datetime
import functools
import io
import os
import re
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from kg.errors import AliasFileError, ReadError
from kg.graph.schema import ENTITY_TYPES
from kg.ingest.bounded import read_bounded, size_text
from kg.nlp.names import match_keys

#: Largest alias file read, in bytes (10 MB, some 200,000 entries); a YAML
#: file's anchors may not expand its names past it either.
MAX_ALIAS_BYTES = 10_000_000
#: Columns of a CSV table, keys of a YAML entry.
FIELDS = ("canonical", "type", "aliases")
#: File name endings read as YAML; any other file is read as CSV.
YAML_SUFFIXES = (".yaml", ".yml")
_CONTROL = re.compile("[\x00-\x1f\x7f-\x9f]")  # Unicode's control characters (Cc)
_LETTER_OR_DIGIT = re.compile(r"[^\W_]")


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
    return tuple(parse_alias_text(text, "kg/lang/xx/aliases.csv"))


def read_alias_file(path) -> list[AliasEntry]:
    """Read and check a user alias file: CSV, or YAML if named ``.yaml``/``.yml``.

    Parameters
    ----------
    path : str or os.PathLike
        The file; the rules are in the module's description.

    Returns
    -------
    list of AliasEntry
        One per canonical name, in the file's order.

    Raises
    ------
    kg.errors.AliasFileError
        If the file cannot be read or breaks a rule. The message is one line,
        ``"PATH: reason"``, with the path as given.

    Examples
    --------
    >>> import tempfile, pathlib
    >>> p = pathlib.Path(tempfile.mkdtemp()) / "a.yaml"
    >>> _ = p.write_text("- canonical: Acme\\n  type: ORG\\n  aliases: [ACME.JK, Acme Co]\\n")
    >>> read_alias_file(p)[0].aliases
    ('ACME.JK', 'Acme Co', 'Acme')
    >>> read_alias_file(p.parent)
    Traceback (most recent call last):
    ...
    kg.errors.AliasFileError: ...: a folder, not a file
    """
    name = os.fsdecode(path)
    try:
        data = read_bounded(path, MAX_ALIAS_BYTES)
    except ReadError as exc:
        raise AliasFileError(f"{name}: {exc}") from None
    except OSError as exc:
        raise AliasFileError(f"{name}: cannot read: {exc.strerror or exc}") from None
    return parse_alias_text(decode_text(data, name), name,
                            yaml=Path(name).suffix.lower() in YAML_SUFFIXES)


def decode_text(data: bytes, name: str) -> str:
    """The UTF-8 text of an alias file's bytes, without a byte-order mark.

    Raises
    ------
    kg.errors.AliasFileError
        If the bytes hold a NUL (binary data) or are not UTF-8.

    Examples
    --------
    >>> decode_text("\\ufeffcanonical".encode(), "a.csv")
    'canonical'
    >>> decode_text(b"canonical\\nJos\\xe9", "a.csv")
    Traceback (most recent call last):
    ...
    kg.errors.AliasFileError: a.csv: not UTF-8 text (byte 0xe9 on line 2); save it as UTF-8
    """
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise AliasFileError(f"{name}: UTF-16 text; save it as UTF-8")
    if b"\0" in data:
        line = data.count(b"\n", 0, data.index(b"\0")) + 1
        raise AliasFileError(f"{name}: binary data (a NUL byte on line {line}), not a text file")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        raise AliasFileError(f"{name}: not UTF-8 text (byte 0x{data[exc.start]:02x} on line "
                             f"{line}); save it as UTF-8") from None
    return text.removeprefix("\ufeff")


def parse_alias_text(text: str, name: str, *, yaml: bool = False) -> list[AliasEntry]:
    """Check the text of an alias table and return its entries.

    Parameters
    ----------
    text : str
        CSV, or YAML if ``yaml``.
    name : str
        The file's name, which starts every error message.
    yaml : bool
        Read ``text`` as YAML.

    Raises
    ------
    kg.errors.AliasFileError
        If the text breaks a rule (see the module's description).

    Examples
    --------
    >>> parse_alias_text("canonical,type,aliases\\nAcme,ORG,ACME|Acme Co\\n", "a.csv")
    [AliasEntry(canonical='Acme', type='ORG', aliases=('ACME', 'Acme Co', 'Acme'))]
    >>> parse_alias_text("canonical,type\\nMerlin,WIZARD\\n", "a.csv")
    Traceback (most recent call last):
    ...
    kg.errors.AliasFileError: a.csv: line 2: unknown type 'WIZARD' for 'Merlin'; one of PERSON, ...
    """
    if not text.strip():
        raise AliasFileError(f"{name}: the file is empty")
    entries = _entries(_yaml_rows(text, name) if yaml else _csv_rows(text, name), name)
    if not entries:
        raise AliasFileError(f"{name}: no alias entries")
    return entries


def _csv_rows(text: str, name: str) -> list[tuple]:
    """``(where, canonical, type, aliases)`` of each row that is not blank."""
    reader = csv.reader(io.StringIO(text, newline=""), strict=True)
    start, rows = 1, []
    try:
        header = [column.strip().lower() for column in next(reader)]
        for column in header:
            if column not in FIELDS:
                raise AliasFileError(f"{name}: line 1: unknown column {_show(column)}; "
                                     f"the header is canonical,type,aliases")
        for column in FIELDS[:2]:
            if column not in header:
                raise AliasFileError(f"{name}: line 1: no {column} column; "
                                     f"the header is canonical,type,aliases")
        if len(set(header)) < len(header):
            raise AliasFileError(f"{name}: line 1: a column is named twice")
        start = reader.line_num + 1
        for fields in reader:
            if len(fields) > len(header):
                raise AliasFileError(f"{name}: line {start}: {len(fields)} fields, but the "
                                     f"header has {len(header)}")
            if any(f.strip() for f in fields):
                row = dict(zip(header, fields))
                rows.append((f"line {start}", row.get("canonical", ""), row.get("type", ""),
                             row.get("aliases", "").split("|")))
            start = reader.line_num + 1
    except csv.Error as exc:
        hint = " (a quote opened there is never closed?)" if "end of data" in str(exc) else ""
        raise AliasFileError(f"{name}: line {start}: CSV error: {exc}{hint}") from None
    return rows


def _yaml_rows(text: str, name: str) -> list[tuple]:
    """``(where, canonical, type, aliases)`` of each entry, every field a string."""
    import yaml

    # libyaml's loader if there is one: as safe (the same constructor, plain tags only),
    # several times faster, and it limits nesting itself
    loader = getattr(yaml, "CSafeLoader", None) or yaml.SafeLoader
    try:
        data = yaml.load(text, Loader=loader)  # noqa: S506 - a safe loader
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        at = f" (line {mark.line + 1})" if mark else ""
        reason = _one_line(exc.problem or exc)
        raise AliasFileError(f"{name}: not valid YAML{at}: {reason}") from None
    except Exception as exc:  # noqa: BLE001 - hostile text also raises ValueError (a date
        # "2023-13-45"), RecursionError (deep nesting) and others: all mean bad YAML
        raise AliasFileError(f"{name}: not valid YAML: {_one_line(exc)}") from None
    if data is None:
        return []
    if not isinstance(data, list):
        raise AliasFileError(f"{name}: expected a list of entries (mappings with canonical, "
                             f"type, aliases), not {_kind(data)}")
    budget, rows = MAX_ALIAS_BYTES, []
    for i, item in enumerate(data, 1):
        if not isinstance(item, dict):
            raise AliasFileError(f"{name}: entry {i}: expected a mapping with canonical, type, "
                                 f"aliases, not {_kind(item)}")
        where = f"entry {i}"
        if isinstance(item.get("canonical"), str):  # the entry named in a message
            where = f"{where} ({_show(item['canonical'])})"
        for key in item:
            if key not in FIELDS:
                raise AliasFileError(f"{name}: {where}: unknown field {_show(key)}; "
                                     f"expected canonical, type, aliases")
        aliases = item.get("aliases", [])
        strings = {"canonical": [item.get("canonical", "")], "type": [item.get("type", "")],
                   "aliases": aliases if isinstance(aliases, list) else [aliases]}
        for field, values in strings.items():
            for j, value in enumerate(values, 1):
                if not isinstance(value, str):
                    what = f"{field} item {j}" if values is aliases else field
                    hint = " (quote it)" if _plain(value) else ""
                    raise AliasFileError(f"{name}: {where}: {what} is {_kind(value)}, "
                                         f"not a string{hint}")
                budget -= len(value) + 1
                if budget < 0:  # anchors repeat a list or a string without repeating its text
                    raise AliasFileError(f"{name}: its YAML anchors expand to more than "
                                         f"{size_text(MAX_ALIAS_BYTES)} of names")
        names = aliases if isinstance(aliases, list) else aliases.split("|")
        rows.append((f"entry {i}", strings["canonical"][0], strings["type"][0], names))
    return rows


def _entries(rows: list[tuple], name: str) -> list[AliasEntry]:
    """Entries of checked rows, one per canonical name; raise on a rule broken."""
    types = {}  # canonical name -> (type, where)
    owners = {}  # match key -> (canonical name, alias, where)
    aliases = {}  # canonical name -> its aliases in order (dict keys)
    for where, canonical, type_, names in rows:
        canonical, type_ = canonical.strip(), type_.strip().upper()
        if not canonical:
            raise AliasFileError(f"{name}: {where}: no canonical name")
        if type_ not in ENTITY_TYPES:
            reason = f"unknown type {_show(type_)}" if type_ else "no type"
            raise AliasFileError(f"{name}: {where}: {reason} for {_show(canonical)}; "
                                 f"one of {', '.join(ENTITY_TYPES)}")
        first_type, first_where = types.setdefault(canonical, (type_, where))
        if first_type != type_:
            raise AliasFileError(f"{name}: {_show(canonical)} is given two types: "
                                 f"{first_type} ({first_where}) and {type_} ({where})")
        given = [n.strip() for n in names if n.strip()]
        for alias in (*given, canonical):
            _check_name(alias, name, where)
            for key in filter(None, match_keys(alias, type_)):
                owner = owners.setdefault(key, (canonical, alias, where))
                if owner[0] != canonical:
                    raise AliasFileError(f"{name}: {_clash(owner, (canonical, alias, where))}")
        aliases.setdefault(canonical, {}).update(dict.fromkeys(given))
    return [AliasEntry(c, types[c][0], (*names, *(() if c in names else (c,))))
            for c, names in aliases.items()]


def _check_name(alias: str, name: str, where: str) -> None:
    if _CONTROL.search(alias):
        raise AliasFileError(f"{name}: {where}: name {_show(alias)} holds a control character")
    if not _LETTER_OR_DIGIT.search(alias):
        raise AliasFileError(f"{name}: {where}: name {_show(alias)} has no letter or digit")


def _clash(first: tuple, second: tuple) -> str:
    """The message for an alias claimed by two canonical names, both ``(canonical, alias, where)``.

    Examples
    --------
    >>> print(_clash(("Zulkifli Hasan", "Zulhas", "line 2"), ("Zulfikar Hadi", "ZULHAS", "line 3")))
    alias 'ZULHAS' (one name to kg with 'Zulhas') is claimed by two canonical names:
    'Zulkifli Hasan' (line 2) and 'Zulfikar Hadi' (line 3)
    """
    (canonical1, alias1, where1), (canonical2, alias2, where2) = first, second
    same = "" if alias1 == alias2 else f" (one name to kg with {_show(alias1)})"
    return (f"alias {_show(alias2)}{same} is claimed by two canonical names: "
            f"{_show(canonical1)} ({where1}) and {_show(canonical2)} ({where2})")


def _kind(value) -> str:
    """What a YAML value is, for messages: "a number", "null", "a list"..."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true/false"
    if isinstance(value, (int, float)):
        return "a number"
    if isinstance(value, (datetime.date, datetime.datetime)):
        return "a date"
    kinds = {str: "a string", list: "a list", dict: "a mapping", bytes: "binary data",
             set: "a set"}
    return next((k for t, k in kinds.items() if isinstance(value, t)), type(value).__name__)


def _plain(value) -> bool:
    """Whether a YAML value is a word that quotes would make a string (``NO``, ``1984``)."""
    return isinstance(value, (bool, int, float, datetime.date))


def _show(text) -> str:
    """``repr`` of a name or key for a one-line message, cut after 60 characters."""
    text = str(text)
    return repr(text if len(text) <= 60 else text[:57] + "...")


def _one_line(exc) -> str:
    """An exception's message on one line, at most 200 characters."""
    text = " ".join(str(exc).split()) or type(exc).__name__
    return text if len(text) <= 200 else text[:197] + "..."

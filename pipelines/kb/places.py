"""Write the places of kg's knowledge base: every country from CLDR, and hand-written ones.

Countries come from the Unicode CLDR through Babel (``pip install kg[kb]``): the English
and Indonesian names of every region with an ISO 3166-1 alpha-2 code that CLDR knows.
Every code of ``babel.Locale("en").territories`` of two letters becomes one entry
``country:XX`` (type GPE) except :data:`NOT_COUNTRIES`: CLDR's groupings and private-use
codes (EU, EZ, UN, QO, XA, XB, ZZ) and the codes ISO 3166 only reserves (AC, CP, CQ,
DG, EA, IC, TA: islands that are part of an assigned territory). That leaves the 249
assigned ISO 3166-1 codes, dependent territories included (Hong Kong, Greenland,
Puerto Rico: CLDR lists them as regions, and so does kg), and Kosovo (XK, the code the
EU and CLDR use). The code itself is never an alias: "ID", "IN", "AS" are words.

- ``name``: CLDR's English name ("Indonesia", "Hong Kong SAR China");
- ``aliases``: the Indonesian name ("Amerika Serikat"), and forms read off the CLDR names
  by :func:`name_forms`: "and" for "&", "Saint" for "St.", the name without its
  " SAR China" ("Hong Kong"), and both parts of "Myanmar (Burma)".

Babel does not carry CLDR's alternative names ("UK", "Burma" as ``alt="variant"``), so
none are added. The hand-written entries of ``pipelines/kb/places_extra.jsonl``
(Indonesia's provinces, its major cities, and cities often in business news) follow the
countries; their ``source`` is "hand-written (common knowledge)" unless they give one.

Usage::

    python -m pipelines.kb.places --out kg/kb/data/places.jsonl
"""

from __future__ import annotations

import argparse
import re
from pathlib import Path

from kg.kb.base import json_lines, parse_entry
from kg.nlp.names import normalize_name
from pipelines.kb import write_rows

EXTRA = Path(__file__).with_name("places_extra.jsonl")
HAND_WRITTEN = "hand-written (common knowledge)"
#: Two-letter CLDR regions that are no ISO 3166-1 country or territory.
NOT_COUNTRIES = frozenset({
    "EU", "EZ", "UN", "QO", "XA", "XB", "ZZ",  # groupings, pseudo-locales, unknown
    "AC", "CP", "CQ", "DG", "EA", "IC", "TA",  # reserved by ISO 3166, not assigned
})


def name_forms(name: str) -> list[str]:
    """The name and the forms of it that a text may use, first the name.

    Examples
    --------
    >>> name_forms("Bosnia & Herzegovina"), name_forms("St. Lucia")
    (['Bosnia & Herzegovina', 'Bosnia and Herzegovina'], ['St. Lucia', 'Saint Lucia'])
    >>> name_forms("Hong Kong SAR China"), name_forms("Hong Kong DAK Tiongkok")
    (['Hong Kong SAR China', 'Hong Kong'], ['Hong Kong DAK Tiongkok', 'Hong Kong'])
    >>> name_forms("Myanmar (Burma)")
    ['Myanmar (Burma)', 'Myanmar', 'Burma']
    """
    forms = [name]
    if " & " in name:
        forms.append(name.replace(" & ", " and "))
    if re.match(r"^St\. ", name):
        forms.append("Saint " + name[4:])
    m = re.match(r"^(.+?) (?:SAR China|DAK Tiongkok)$", name)
    if m:
        forms.append(m.group(1))
    m = re.match(r"^(.+?) \(([^()]+)\)$", name)
    if m:
        forms.extend([m.group(1), m.group(2)])
    return forms


def country(code: str, english: str, indonesian: str | None, source: str) -> dict:
    """The knowledge-base row of one country.

    Examples
    --------
    >>> row = country("US", "United States", "Amerika Serikat", "CLDR")
    >>> row["id"], row["name"], row["aliases"]
    ('country:US', 'United States', ['Amerika Serikat'])
    """
    names = name_forms(english) + (name_forms(indonesian) if indonesian else [])
    aliases, keys = [], {normalize_name(english)}
    for name in names[1:]:
        if normalize_name(name) not in keys:
            keys.add(normalize_name(name))
            aliases.append(name)
    return {"id": f"country:{code}", "name": english, "type": "GPE", "aliases": aliases,
            "source": source}


def countries(english: dict, indonesian: dict, source: str) -> list[dict]:
    """One row per two-letter region of ``english`` (code -> name), less NOT_COUNTRIES."""
    return [country(code, english[code], indonesian.get(code), source)
            for code in sorted(english)
            if re.match(r"^[A-Z]{2}$", code) and code not in NOT_COUNTRIES]


def read_extra(path: Path) -> list[dict]:
    """The hand-written rows, checked like the knowledge base checks them."""
    rows = []
    for where, row in json_lines(path.read_text(encoding="utf-8"), path.name):
        row.setdefault("source", HAND_WRITTEN)
        parse_entry(row, where)
        rows.append(row)
    return rows


def babel_source() -> str:
    """Where the countries come from: "CLDR via Babel <version>"."""
    import babel

    return f"CLDR via Babel {babel.__version__}"


def build(extra: Path = EXTRA) -> list[dict]:
    """The countries from Babel's CLDR data, then the hand-written rows of ``extra``."""
    import babel

    rows = countries(dict(babel.Locale("en").territories), dict(babel.Locale("id").territories),
                     babel_source())
    rows += read_extra(extra)
    ids = [r["id"] for r in rows]
    repeated = sorted({i for i in ids if ids.count(i) > 1})
    if repeated:
        raise ValueError(f"ids repeat: {', '.join(repeated)}")
    return rows


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--extra", type=Path, default=EXTRA)
    parser.add_argument("--out", type=Path, default=Path("kg/kb/data/places.jsonl"))
    args = parser.parse_args(argv)
    rows = build(args.extra)
    write_rows(args.out, rows, f"generated by python -m pipelines.kb.places from "
                               f"{babel_source()} and pipelines/kb/places_extra.jsonl")
    print(f"wrote {len(rows)} places to {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

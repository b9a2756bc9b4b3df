"""Write the listed companies of kg's knowledge base from the Indonesia Stock Exchange lists.

Reads ``../shared/data/kb-sources`` (see its README for the licences): the February 2026
stock list (954 tickers; some names cut at 30 characters) and the 2021 list and
profiles (775 and 833 rows, full names). Every ticker becomes one entry ``idx:TICKER``:

- ``name``: the company's name without its legal form ("PT", "Tbk", "(Persero)"), from the
  2026 list, or from 2021 where the 2026 name is cut;
- ``aliases``: the legal name ("PT Bank Mandiri (Persero) Tbk"), the name with "Tbk", the
  ticker and ``TICKER.JK``, the name without ".com", and a 2021 name that differs (a
  rename: Adaro Energy is now Alamtri Resources Indonesia);
- tickers in 2021 only (delisted or renamed since) are kept, from the 2021 name.

Then the hand-written rows of ``pipelines/kb/idx_extra.jsonl`` are merged in: each names
a listed company (``"id": "idx:TICKER"``) and gives the ``aliases`` news uses that the
lists lack ("BRI", "Telkom", "Indosat Ooredoo Hutchison"), appended without repeats,
and may give the owner's ID as ``parent``. A ticker that is not listed is an error.

Usage::

    python -m pipelines.kb.idx --sources ../shared/data/kb-sources --out kg/kb/data/idx.jsonl
"""

from __future__ import annotations

import argparse
import csv
import re
from pathlib import Path

from kg.errors import KBError
from kg.kb.base import json_lines
from kg.nlp.names import normalize_name
from pipelines.kb import write_rows

#: The hand-written aliases and owners of listed companies.
EXTRA = Path(__file__).with_name("idx_extra.jsonl")
SOURCE_2026 = "IDX stock list 2026 (NeaByteLab/IDX-API, MIT)"
SOURCE_2021 = "IDX listed companies 2021 (ledwindra/indonesia-stock-exchange, WTFPL)"
_ROW = re.compile(r"^\|[^|]*\|\s*\*\*([A-Z0-9]+)\*\*\s*\|\s*(.*?)\s*\|\s*([0-9-]*)\s*\|\s*$")
_TICKER = re.compile(r"^[A-Z]{4}$")
_CUT_AT = 29  # the 2026 list cuts names at 29-30 characters


def read_2026(path: Path) -> dict[str, str]:
    """Ticker -> name of the 2026 Markdown table."""
    out = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        m = _ROW.match(line)
        if m:
            out[m.group(1)] = m.group(2)
    return out


def read_2021(folder: Path) -> dict[str, str]:
    """Ticker -> name of the 2021 list, completed by the 2021 profiles."""
    out = {}
    with open(folder / "idx-profiles-2021.csv", encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            # some profile rows are shifted by a column: keep those whose code is a ticker
            code = (row.get("KodeEmiten") or "").strip()
            if _TICKER.match(code) and code == (row.get("ticker") or "").strip():
                out[code] = (row.get("NamaEmiten") or "").strip()
    with open(folder / "idx-listed-company-2021.csv", encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            code = (row.get("KodeEmiten") or "").strip()
            if _TICKER.match(code) and (row.get("NamaEmiten") or "").strip():
                out[code] = row["NamaEmiten"].strip()
    return {code: name for code, name in out.items() if name}


def is_cut(name: str) -> bool:
    """Whether a 2026 name looks cut: long, and not ending in its legal form.

    Examples
    --------
    >>> is_cut("Bank Rakyat Indonesia (Persero"), is_cut("Bank Mandiri (Persero) Tbk.")
    (True, False)
    """
    return len(name) >= _CUT_AT and not re.search(r"\bTbk\.?$", name)


def split_legal(name: str) -> tuple[str, bool]:
    """The name without "PT", "Tbk" and "(Persero)"; and whether it is a Persero.

    A name in capitals only gets capitals on its words of more than three letters
    ("ADARO ENERGY" becomes "Adaro Energy"; "BFI" stays). A cut tail ("... Tb", "(Perser")
    is dropped.

    Examples
    --------
    >>> split_legal("PT Adhi Karya (Persero) Tbk.")
    ('Adhi Karya', True)
    >>> split_legal("ADARO ENERGY Tbk"), split_legal("Bank Rakyat Indonesia (Persero")
    (('Adaro Energy', False), ('Bank Rakyat Indonesia', True))
    """
    text = re.sub(r"\s+", " ", name).strip().rstrip(".,").strip()
    persero = bool(re.search(r"\(\s*Persero", text, re.I))
    text = re.sub(r"\(\s*Persero\s*\)?", " ", text, flags=re.I)
    text = re.sub(r"^PT\.?\s+", "", text, flags=re.I)
    text = re.sub(r"[\s,]+(Tbk\.?|Tb|T)$", "", text.strip(), flags=re.I)
    text = re.sub(r"\s+", " ", text).strip(" ,.")
    if text.upper() == text and any(c.isalpha() for c in text):
        text = " ".join(w if len(w) <= 3 else w.capitalize() for w in text.split())
    return text, persero


def company(ticker: str, name_2026: str | None, name_2021: str | None) -> dict:
    """The knowledge-base row of one ticker.

    Examples
    --------
    >>> row = company("BBRI", "Bank Rakyat Indonesia (Persero",
    ...               "PT Bank Rakyat Indonesia (Persero) Tbk")
    >>> row["name"], row["aliases"][0]
    ('Bank Rakyat Indonesia', 'PT Bank Rakyat Indonesia (Persero) Tbk')
    """
    names = []  # (core, persero), the current name first
    cut = bool(name_2026) and is_cut(name_2026)
    if name_2026 and not (cut and name_2021):
        names.append(split_legal(name_2026))
    if name_2021:
        old = split_legal(name_2021)
        if cut:
            prefix = normalize_name(split_legal(name_2026)[0]).rsplit(" ", 1)[0]
            if not normalize_name(old[0]).startswith(prefix):
                names.append(split_legal(name_2026))  # renamed, and the new name is cut
            else:
                cut = False  # the 2021 name completes it
        names.append(old)
    core, persero = names[0]
    aliases = [f"PT {core}{' (Persero)' if persero else ''} Tbk", f"{core} Tbk", ticker,
               f"{ticker}.JK"]
    if re.search(r"\.com$", core, re.I):
        aliases.append(core[:-4])
    for other, _ in names[1:]:
        if normalize_name(other) != normalize_name(core):
            aliases.append(other)
    source = SOURCE_2026 if name_2026 else SOURCE_2021
    if cut:
        source += "; the name is cut at 30 characters there"
    return {"id": f"idx:{ticker}", "name": core, "type": "ORG",
            "aliases": list(dict.fromkeys(a for a in aliases if a != core)), "source": source}


SOURCE_EXTRA = "hand-written {} (common knowledge)"


def read_extra(path: Path) -> list[dict]:
    """The rows of a supplement: ``id``, and ``aliases`` and ``parent`` to add.

    Blank lines and ``//`` comment lines are skipped.

    Raises
    ------
    kg.errors.KBError
        If a line is not JSON, a field is unknown or malformed, or an ID repeats; the
        message starts with the file and the line.
    """
    rows, seen = [], set()
    for where, row in json_lines(Path(path).read_text(encoding="utf-8"), Path(path).name):
        if not isinstance(row, dict) or not isinstance(row.get("id"), str):
            raise KBError(f"{where}: a row is an object with an id")
        unknown = sorted(set(row) - {"id", "aliases", "parent"})
        if unknown:
            raise KBError(f"{where}: unknown field(s) {', '.join(unknown)}")
        aliases = row.get("aliases", [])
        if not isinstance(aliases, list) or not all(isinstance(a, str) and a.strip()
                                                    for a in aliases):
            raise KBError(f"{where}: aliases is a list of non-empty strings")
        if row["id"] in seen:
            raise KBError(f"{where}: id {row['id']} repeats")
        seen.add(row["id"])
        rows.append({**row, "where": where})
    return rows


def merge(rows: list[dict], extra: list[dict]) -> list[dict]:
    """``rows`` with the aliases and parents of ``extra`` added.

    Raises
    ------
    kg.errors.KBError
        If an extra row names a ticker that is not in ``rows``.

    Examples
    --------
    >>> rows = [{"id": "idx:BBRI", "name": "Bank Rakyat Indonesia", "aliases": ["BBRI"],
    ...          "source": "IDX"}]
    >>> merge(rows, [{"id": "idx:BBRI", "aliases": ["BRI", "BBRI"]}])[0]["aliases"]
    ['BBRI', 'BRI']
    """
    by_id = {row["id"]: dict(row) for row in rows}
    for add in extra:
        row = by_id.get(add["id"])
        if row is None:
            raise KBError(f"{add.get('where', 'extra')}: unknown ticker {add['id']}")
        row["aliases"] = list(dict.fromkeys(
            a.strip() for a in (*row["aliases"], *add.get("aliases", []))
            if a.strip() != row["name"]))
        if add.get("parent"):
            row["parent"] = add["parent"]
        what = " and ".join(w for w, key in (("aliases", "aliases"), ("owner", "parent"))
                            if add.get(key))
        if what:
            row["source"] = f"{row['source']}; {SOURCE_EXTRA.format(what)}"
    return list(by_id.values())


def build(sources: Path, extra: Path | None = None) -> list[dict]:
    """Every ticker of both lists, sorted; with the rows of ``extra`` merged in if given."""
    new = read_2026(sources / "idx-stocklist-2026.md")
    old = read_2021(sources)
    rows = [company(t, new.get(t), old.get(t)) for t in sorted(set(new) | set(old))]
    return merge(rows, read_extra(extra)) if extra is not None else rows


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sources", type=Path, default=Path("../shared/data/kb-sources"))
    parser.add_argument("--out", type=Path, default=Path("kg/kb/data/idx.jsonl"))
    parser.add_argument("--extra", type=Path, default=EXTRA,
                        help="hand-written aliases and owners to merge in (default: %(default)s)")
    args = parser.parse_args(argv)
    rows = build(args.sources, args.extra)
    write_rows(args.out, rows, f"generated by python -m pipelines.kb.idx from {SOURCE_2026} "
                               f"and {SOURCE_2021}, and the hand-written rows of "
                               f"{args.extra.name}")
    print(f"wrote {len(rows)} companies to {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

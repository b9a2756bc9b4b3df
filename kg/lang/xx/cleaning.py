"""Language-independent cleaning rules (data only; the logic is :mod:`kg.ingest.clean`).

Patterns named ``*_LINES`` are matched against a whole, stripped line with
``re.fullmatch``; ``*_PREFIXES`` with ``re.match`` at the start of a line;
``*_SUFFIXES`` and ``*_TAILS`` / ``*_CREDITS`` with ``re.search`` and are
anchored at the end of a line. Every language module (``kg.lang.<code>.cleaning``)
defines the same rule lists (the fields of :class:`kg.lang.data.CleaningData`,
an empty list where it has no such rule); :mod:`kg.ingest.clean` concatenates
them, these first.
"""

import re

_I = re.IGNORECASE

# --- whitespace and invisible characters ---------------------------------

#: Characters that end a line besides ``"\n"``.
LINE_BREAKS = "\r\v\f\x1c\x1d\x1e\x85\u2028\u2029"

#: Characters treated as a plain space.
SPACE_CHARS = "\t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000"

#: Characters deleted outright: zero-width spaces, BOM, soft hyphen, C0/C1 controls.
INVISIBLE_CHARS = "\u00ad\u200b\u2060\ufeff\x00-\x08\x0e-\x1b\x7f-\x84\x86-\x9f"

# --- markup ----------------------------------------------------------------

#: Markdown bold/underline markers and ``**`` redaction marks, removed in place.
MARKUP_MARKS = re.compile(r"\*{2,}|_{2,}")

#: A line that is only a short lead and one markdown link ("Read more: [..](..)"):
#: a related-article link, dropped whole.
LINK_ONLY_LINES = re.compile(r"^(?:[\w'’-]+\s){0,3}[\w'’-]*:?\s*!?\[[^\]]*\]\([^)\s]*\)\W*$")

#: A markdown link or image inside a line: kept as its text only.
MARKDOWN_LINKS = re.compile(r"!?\[([^\]]*)\]\([^)\s]*\)")

# --- other scripts -----------------------------------------------------------

#: Letters of the scripts a supported text is written in. Greek is kept too:
#: single Greek letters are common in science and finance news (beta, delta).
KEPT_SCRIPT_LETTERS = (
    "A-Za-z\u00aa\u00ba\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f\u0250-\u02af"
    "\u1d00-\u1dbf\u1e00-\u1eff\u2c60-\u2c7f\ua720-\ua7ff\uab30-\uab6f\ufb00-\ufb06"
    "\uff21-\uff3a\uff41-\uff5a"
    "\u0370-\u03ff\u1f00-\u1fff"
)

#: One letter of any other script (Arabic, CJK, Cyrillic, Thai, Hebrew, ...).
FOREIGN_LETTER = rf"(?![{KEPT_SCRIPT_LETTERS}])[^\W\d_]"

#: A run of foreign letters with the spaces, digits and punctuation between them,
#: plus trailing non-ASCII marks (Arabic harakat, Thai vowels, CJK punctuation).
FOREIGN_RUN = re.compile(
    rf"{FOREIGN_LETTER}(?:(?:[^\w\n]|[0-9])*?{FOREIGN_LETTER})*"
    r"[^\w\s\x00-\x7f\u2000-\u206f]*"
)

#: If more than this share of a text's letters are foreign, the text is a
#: foreign article and is left alone (language detection reports it).
FOREIGN_SCRIPT_MAX_SHARE = 0.5

# --- line rules ------------------------------------------------------------

#: Names of share widgets' networks (lower case, used in regexes).
SOCIAL_NETWORKS = (
    "facebook", "twitter", "x", "whatsapp", "telegram", "linkedin", "line",
    "pinterest", "reddit", "email", "e-mail", "copy link", "salin link",
    "salin tautan", "instagram", "tiktok", "threads",
)

_SOCIAL = r"(?:" + "|".join(map(re.escape, SOCIAL_NETWORKS)) + r")\b"

#: Zero or more network names, separated as share widgets separate them.
SOCIAL_RUN = r"(?:\s*[|,/\u00b7\u2022-]?\s*" + _SOCIAL + r")*"

BOILERPLATE_LINES = [
    # "© 2023 Example Media" footers.
    re.compile(r"\u00a9.{0,150}", _I),
    # A share widget flattened into a line of two or more network names.
    re.compile(_SOCIAL + r"(?:\s*[|,/\u00b7\u2022-]?\s*" + _SOCIAL + r")+", _I),
]

# --- inline rules ----------------------------------------------------------

_DOMAIN = r"(?:[\w-]+\.)+(?:com|co\.id|co|id|net|org|news|tv|my\.id|web\.id)"
_PLACE = r"[A-Z][\w.' ]{0,30}"
_DASH = r"\s*(?:-{1,2}|\u2013|\u2014)\s*"

#: Site-name datelines at the start of a paragraph: ``"EXAMPLE.COM - "``,
#: ``"JAKARTA, EXAMPLE.com - "``, ``"Example.com, Jakarta - "``,
#: ``"JAKARTA (Reuters) - "``. The place, when glued to the site name, goes
#: with it; a bare city dateline (``"JAKARTA - "``) is kept.
INLINE_PREFIXES = [
    re.compile(rf"(?:{_PLACE},\s*)?{_DOMAIN}(?:\s*,\s*{_PLACE})?{_DASH}(?=\S)", _I),
    re.compile(
        rf"(?:{_PLACE}\s*)?\((?:Reuters|AFP|AP|ANTARA|Antara|Xinhua|Bernama|Bloomberg|VOI)\)"
        rf"{_DASH}(?=\S)"
    ),
]

#: Photo credits naming a site and a photographer: "EXAMPLE.com/First Last".
CAPTION_LINES = [
    re.compile(rf"{_DOMAIN}\s*/\s*[^/]{{1,60}}", _I),
]

#: Site names after a title: ``"Headline - Example.com"``, ``"Headline | EXAMPLE.CO"``.
TITLE_SUFFIXES = [
    re.compile(rf"\s+[|\u2013\u2014-]\s*{_DOMAIN}\s*$", _I),
]

#: Credits, machine-translation disclaimers and bylines are written in a
#: language: none here.
CAPTION_CREDITS = []
MT_DISCLAIMERS = []
BYLINE_LINES = []
BYLINE_TAILS = []

# --- limits ----------------------------------------------------------------

#: A line ending with a photo credit is dropped whole up to this length;
#: a longer one is a story paragraph and loses only the credit.
CAPTION_MAX_CHARS = 250

#: Byline patterns are only tried on lines up to this length.
BYLINE_MAX_CHARS = 120

"""Boilerplate and noise removal, as a pipeline of ``str -> str`` steps.

Cleaning runs before language detection, so by default every supported
language's rules apply (plus the language-independent ``xx`` ones). The rules
are data in ``kg.lang.<code>.cleaning`` (``BOILERPLATE_LINES``,
``CAPTION_LINES``, ``MT_DISCLAIMERS``, ...), gathered in the fields of
:class:`kg.lang.data.CleaningData`; this module only applies them.
Rules drop whole lines or cut tightly anchored pieces (a credit at the end of
a line, a site-name dateline at its start), so story sentences are not touched.

Decisions:

- Output has one paragraph per line, lines stripped, inner runs of spaces
  collapsed, no empty lines; lines are never joined.
- A site-name dateline (``"EXAMPLE.COM - "``, ``"JAKARTA, Example.com - "``,
  ``"JAKARTA (Reuters) - "``) is cut together with the place glued to it; a
  bare city dateline (``"JAKARTA - "``) is kept: it is harmless and names the
  place of the story.
- Runs of other scripts (Arabic, CJK, Cyrillic, Thai, ...) inside a Latin text
  are cut, but a text whose letters are mostly non-Latin is left as it is, so
  language detection can report it as unsupported.

Examples
--------
>>> clean_text("EXAMPLE.COM - Harga beras naik.\\nBaca juga: Harga cabai turun\\nEditor: Budi")
'Harga beras naik.'
"""

from __future__ import annotations

import dataclasses
import functools
import re
from collections import Counter
from collections.abc import Callable, Iterable

from kg.lang import get_lang_data
from kg.lang.data import CleaningData
from kg.lang.xx import DATA as XX

#: Languages whose rules :func:`clean_text` applies by default.
LANGS = ("en", "id")

_MARK = "\x00"  # stands for an excised piece until the spaces around it are fixed


def get_rules(langs: Iterable[str] = LANGS) -> CleaningData:
    """Return the rules of ``langs`` plus the language-independent ones, each
    field a tuple of patterns.

    Parameters
    ----------
    langs : str or iterable of str
        ISO 639-1 codes of languages with data (:data:`kg.lang.LANGS`).

    Raises
    ------
    ValueError
        If a language has no data.

    Examples
    --------
    >>> len(get_rules(("en",)).boilerplate_lines) < len(get_rules(("en", "id")).boilerplate_lines)
    True
    """
    return _get_rules(_codes(langs))


def _codes(langs: Iterable[str]) -> tuple[str, ...]:
    return (langs,) if isinstance(langs, str) else tuple(langs)


@functools.cache
def _get_rules(langs: tuple[str, ...]) -> CleaningData:
    parts = [XX.cleaning] + [get_lang_data(lang).cleaning for lang in langs]
    return CleaningData(**{f.name: tuple(p for part in parts for p in getattr(part, f.name))
                           for f in dataclasses.fields(CleaningData)})


@functools.cache
def _char_class(chars: str) -> re.Pattern:
    return re.compile(f"[{chars}]")


def _lines(text: str) -> list[str]:
    return [line for line in text.split("\n") if line]


def _collapse(line: str) -> str:
    line = line.strip()
    return re.sub(r"[ \t]{2,}", " ", line) if "  " in line or "\t" in line else line


def _join(lines: Iterable[str]) -> str:
    """Join stripped, space-collapsed, non-empty lines with ``"\\n"``."""
    return "\n".join(line for line in map(_collapse, lines) if line)


#: The flags a pattern can keep inside a group of a larger one, as inline letters.
_SCOPED_FLAGS = ((re.ASCII, "a"), (re.IGNORECASE, "i"), (re.MULTILINE, "m"),
                 (re.DOTALL, "s"), (re.VERBOSE, "x"))


@functools.cache
def _either(patterns: tuple[re.Pattern, ...]) -> re.Pattern:
    """One pattern that matches where any of ``patterns`` matches (each keeps its flags).

    Examples
    --------
    >>> p = _either((re.compile("a+"), re.compile("b", re.I), re.compile("c.d", re.S)))
    >>> [bool(p.fullmatch(s)) for s in ("aa", "B", "ab", "c\\nd", "C\\nd")]
    [True, True, False, True, False]
    """
    if not patterns:
        return re.compile("(?!)")  # matches nothing

    def scoped(p):
        flags = "".join(letter for flag, letter in _SCOPED_FLAGS if p.flags & flag)
        return f"(?{flags}:{p.pattern})"
    return re.compile("|".join(scoped(p) for p in patterns))


def _drop_lines(text: str, patterns: Iterable[re.Pattern], max_chars: int | None = None) -> str:
    drop = _either(tuple(patterns))
    return _join(line for line in _lines(text)
                 if (max_chars is not None and len(line) > max_chars)
                 or not drop.fullmatch(line))


def _excise(line: str, pattern: re.Pattern) -> str:
    """Cut every match of ``pattern`` from ``line``, fixing the spaces around the cut."""
    if not pattern.search(line):
        return line
    s = pattern.sub(_MARK, line)
    s = re.sub(rf"[(\[]\s*(?:{_MARK}\s*)+[)\]]", _MARK, s)            # "( )" left empty
    s = re.sub(rf"\s*{_MARK}[\s{_MARK}]*(?=[,.;:!?)\]]|$)", "", s)     # before punctuation
    s = re.sub(rf"(?:^|(?<=[(\[]))[\s{_MARK}]*{_MARK}\s*", "", s)      # after "(" or at start
    s = re.sub(rf"\s*{_MARK}[\s{_MARK}]*", " ", s)
    # A line left with no letter or digit was all noise.
    return s.strip() if re.search(r"\w", s) else ""


# --- the steps -----------------------------------------------------------------


def normalize_whitespace(text: str, *, langs: tuple[str, ...] = LANGS) -> str:
    """Unify line breaks and spaces, strip lines, drop empty ones.

    Examples
    --------
    >>> normalize_whitespace("  One\\u00a0 two \\r\\n\\r\\n\\tThree\\u200b ")
    'One two\\nThree'
    """
    text = _char_class(XX.text.invisible_chars).sub("", text)
    text = _char_class(XX.text.line_breaks).sub("\n", text.replace("\r\n", "\n"))
    text = _char_class(XX.text.space_chars).sub(" ", text)
    return _join(text.split("\n"))


def remove_markup(text: str, *, langs: tuple[str, ...] = LANGS) -> str:
    """Remove markdown bold markers, ``**`` redaction marks and link syntax.

    A markdown link keeps its text; a line that is nothing but a short lead
    and one link ("Read more: [...](...)") is dropped.

    Examples
    --------
    >>> remove_markup("The **ministry** denied it, citing local **.")
    'The ministry denied it, citing local.'
    >>> remove_markup("See [the ruling](https://x.example/r) today.\\nRead more: [Ban](https://x.example)")
    'See the ruling today.'
    """
    marks, links, link_only = XX.text.markup_marks, XX.text.markdown_links, XX.text.link_only_lines
    return _join(_excise(links.sub(r"\1", line), marks) for line in _lines(text)
                 if not link_only.match(line))


def remove_foreign_script(text: str, *, langs: tuple[str, ...] = LANGS) -> str:
    """Cut runs of other scripts from a Latin-script text.

    Lines written mostly in another script are dropped. A text whose letters
    are mostly non-Latin is returned unchanged.

    Examples
    --------
    >>> remove_foreign_script("Harga naik.\\nشارك:\\nKata dia (雅加达).")
    'Harga naik.\\nKata dia.'
    >>> chinese = "雅加达今天下雨 TikTok"
    >>> remove_foreign_script(chinese) == chinese
    True
    """
    letter = re.compile(XX.text.foreign_letter)
    share = XX.text.foreign_script_max_share
    if _foreign_share(text, letter) > share:
        return text
    run = XX.text.foreign_run
    return _join(_excise(line, run) for line in _lines(text)
                 if _foreign_share(line, letter) <= share)


def _foreign_share(text: str, letter: re.Pattern) -> float:
    foreign = len(letter.findall(text))
    if not foreign:
        return 0.0
    letters = sum(ch.isalpha() for ch in text)
    return foreign / letters if letters else 0.0


def remove_boilerplate(text: str, *, langs: tuple[str, ...] = LANGS) -> str:
    """Drop site furniture lines ("Baca juga: ...", "Share this article", ...).

    Examples
    --------
    >>> remove_boilerplate("Share: Facebook Twitter\\nShare prices fell.\\nBaca Juga")
    'Share prices fell.'
    """
    return _drop_lines(text, get_rules(langs).boilerplate_lines)


def remove_mt_disclaimers(text: str, *, langs: tuple[str, ...] = LANGS) -> str:
    """Drop notices that a text was machine translated.

    Examples
    --------
    >>> remove_mt_disclaimers("Isi berita.\\nArtikel ini diterjemahkan secara otomatis.")
    'Isi berita.'
    """
    return _drop_lines(text, get_rules(langs).mt_disclaimers)


def remove_captions(text: str, *, langs: tuple[str, ...] = LANGS) -> str:
    """Drop photo captions and credit lines.

    A line that ends with a parenthesised credit is a caption and is dropped
    when short; a long paragraph loses only the credit.

    Examples
    --------
    >>> remove_captions("The minister at the launch (Photo: Agency)\\nFoto: Dok. Kementerian\\n"
    ...                 "A photo of the minister went viral.")
    'A photo of the minister went viral.'
    """
    rules = get_rules(langs)
    max_chars = XX.text.caption_max_chars
    out = []
    for line in _lines(text):
        if _either(rules.caption_lines).fullmatch(line):
            continue
        credit = next((m for p in rules.caption_credits if (m := p.search(line))), None)
        if credit is not None:
            if len(line) <= max_chars:
                continue
            line = line[:credit.start()]
        out.append(line)
    return _join(out)


def remove_bylines(text: str, *, langs: tuple[str, ...] = LANGS) -> str:
    """Drop byline and credit lines, and agency initials closing the text.

    Examples
    --------
    >>> remove_bylines("Reporter: Ani Lestari | Editor: Budi\\nHarga naik, katanya. (ant/abc)")
    'Harga naik, katanya.'
    >>> remove_bylines("The reporter asked the minister about the ban.")
    'The reporter asked the minister about the ban.'
    """
    rules = get_rules(langs)
    lines = _lines(_drop_lines(text, rules.byline_lines, XX.text.byline_max_chars))
    while lines:
        tail = next((m for p in rules.byline_tails if (m := p.search(lines[-1]))), None)
        if tail is None:
            break
        lines[-1] = lines[-1][:tail.start()].strip()
        if lines[-1]:
            break
        lines.pop()
    return _join(lines)


def strip_site_prefixes(text: str, *, langs: tuple[str, ...] = LANGS) -> str:
    """Cut site-name datelines ("EXAMPLE.COM - ") from the start of paragraphs.

    Examples
    --------
    >>> strip_site_prefixes("JAKARTA, Example.com - Harga naik.\\nJAKARTA - Harga turun.")
    'Harga naik.\\nJAKARTA - Harga turun.'
    """
    prefixes = get_rules(langs).inline_prefixes

    def strip(line: str) -> str:
        for pattern in prefixes:
            if match := pattern.match(line):
                line = line[match.end():]
        return line

    return _join(strip(line) for line in _lines(text))


#: The cleaning steps, in the order :func:`clean_text` applies them. Each takes
#: and returns a text with one stripped, non-empty paragraph per line.
CLEANERS: list[Callable[..., str]] = [
    normalize_whitespace,
    remove_markup,
    remove_foreign_script,
    remove_boilerplate,
    remove_mt_disclaimers,
    remove_captions,
    remove_bylines,
    strip_site_prefixes,
]


def _kind(step: Callable) -> str:
    return re.sub(r"^(?:remove|strip|normalize)_", "", step.__name__)


def clean_with_report(text: str, *, langs: Iterable[str] = LANGS) -> tuple[str, dict[str, int]]:
    """Clean ``text`` and count the lines each step removed or rewrote.

    Returns
    -------
    text : str
        The cleaned text (as :func:`clean_text`).
    counts : dict of str to int
        For each step, keyed by kind (``"whitespace"``, ``"markup"``,
        ``"foreign_script"``, ``"boilerplate"``, ``"mt_disclaimers"``,
        ``"captions"``, ``"bylines"``, ``"site_prefixes"``), how many of its
        input lines are not in its output: lines dropped plus lines edited.
        Leading and trailing spaces and blank lines are not counted.

    Examples
    --------
    >>> text, counts = clean_with_report("EXAMPLE.COM - Harga naik.\\n\\nBaca juga: Harga cabai\\n"
    ...                                  "Editor: Budi")
    >>> text
    'Harga naik.'
    >>> counts["boilerplate"], counts["bylines"], counts["site_prefixes"], counts["captions"]
    (1, 1, 1, 0)
    """
    langs = _codes(langs)
    counts = {}
    before = Counter(line.strip() for line in text.splitlines() if line.strip())
    for i, step in enumerate(CLEANERS):
        cleaned = step(text, langs=langs)
        if i and cleaned == text:  # ``before`` holds this text's lines already
            counts[_kind(step)] = 0
            continue
        text = cleaned
        after = Counter(_lines(text))
        counts[_kind(step)] = sum((before - after).values())
        before = after
    return text, counts


def clean_text(text: str, *, langs: Iterable[str] = LANGS) -> str:
    """Remove boilerplate, captions, bylines and noise from an article body.

    Parameters
    ----------
    text : str
        Raw article text, paragraphs separated by line breaks.
    langs : iterable of str
        Languages whose rules apply, besides the language-independent ones.

    Returns
    -------
    str
        One paragraph per line; ``""`` if nothing but boilerplate was left.

    Examples
    --------
    >>> clean_text("Leave a Reply")
    ''
    >>> print(clean_text("Illustration. (Photo: Agency)\\n\\nThe   ministry **, he said, agreed."))
    The ministry, he said, agreed.
    """
    return clean_with_report(text, langs=langs)[0]


def clean_title(title: str, *, langs: Iterable[str] = LANGS) -> str:
    """Clean a headline: one line, line rules applied, site-name suffix cut.

    Returns ``""`` if the title is itself boilerplate or a byline.

    Examples
    --------
    >>> clean_title("  Harga Beras Naik Lagi - Example.com ")
    'Harga Beras Naik Lagi'
    >>> clean_title("Baca Juga")
    ''
    """
    langs = _codes(langs)
    title = clean_text(" ".join(title.split()), langs=langs)
    for pattern in get_rules(langs).title_suffixes:
        title = pattern.sub("", title)
    return title.strip()

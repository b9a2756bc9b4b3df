"""Text helpers the writers share: page labels, and spreadsheet-safe CSV cells."""

from __future__ import annotations

#: First characters that make a spreadsheet read a CSV cell as a formula (OWASP's list:
#: = + - @ tab carriage return), and the quote that neutralises them.
FORMULA_STARTS = frozenset("=+-@\t\r")
_QUOTE = "'"


def clip(value, limit: int) -> str:
    """``str(value)`` on one line (whitespace collapsed), cut to ``limit`` characters with "…".

    Examples
    --------
    >>> clip("Kementerian   Perdagangan\\nRI", 20)
    'Kementerian Perdaga…'
    """
    text = " ".join(str(value).split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "\u2026"


def defuse(text: str) -> str:
    """A CSV cell no spreadsheet runs as a formula.

    A cell that starts with ``=``, ``+``, ``-``, ``@``, a tab or a carriage
    return gets a ``'`` in front, as OWASP advises against CSV injection; so
    does one that starts with ``'`` itself, so that :func:`restore` can tell
    the two apart and give back every cell as it was.

    Examples
    --------
    >>> defuse('=HYPERLINK("http://evil.example")'), defuse("@Bukalapak"), defuse("GoTo")
    ('\\'=HYPERLINK("http://evil.example")', "'@Bukalapak", 'GoTo')
    >>> defuse("'quoted'")
    "''quoted'"
    """
    return _QUOTE + text if text[:1] in FORMULA_STARTS or text[:1] == _QUOTE else text


def restore(cell: str) -> str:
    """Inverse of :func:`defuse`.

    Examples
    --------
    >>> restore("'@Bukalapak"), restore("''quoted'"), restore("'tis"), restore("GoTo")
    ('@Bukalapak', "'quoted'", "'tis", 'GoTo')
    """
    if cell[:1] == _QUOTE and (cell[1:2] in FORMULA_STARTS or cell[1:2] == _QUOTE):
        return cell[1:]
    return cell

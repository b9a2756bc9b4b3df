"""Turn the bytes of an input file into text.

The order is fixed: a byte-order mark decides first (UTF-8, UTF-16 LE/BE,
UTF-32 LE/BE), then strict UTF-8, then :mod:`charset_normalizer` for legacy
single-byte encodings. Text always comes out with ``"\\n"`` newlines and in
Unicode NFC.

charset-normalizer ranks candidates by "chaos" (how garbled the decoded text
looks) and then by "coherence" (how well letter frequencies fit a language).
On a paragraph or two of English or Indonesian, coherence is unreliable: a
cp1252 text with "café" and "naïve" comes out as cp1250 ("naď") or cp775
("cafķ"). So cp1252, the Windows encoding of English and Indonesian text,
wins whenever its chaos is within charset-normalizer's own tolerance (0.005)
of the best candidate's. Without a byte-order mark, UTF-16/32 and UTF-7 are
never guessed (charset-normalizer proposes UTF-16 for a 4-byte "caf\xe9").
Texts of a few words can still be mis-detected.
"""

from __future__ import annotations

import codecs
import io
import unicodedata
from collections.abc import Iterator
from pathlib import Path
from typing import NamedTuple

import charset_normalizer

from kg.errors import ReadError

#: Byte-order marks and their codecs; UTF-32 first, its LE mark starts like UTF-16's.
BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

#: Encoding preferred among charset-normalizer candidates of equal chaos.
PREFERRED_LEGACY = "cp1252"
#: Chaos difference below which charset-normalizer itself calls two candidates equal.
CHAOS_TOLERANCE = 0.005
#: Encodings that need a byte-order mark to be believed.
NEVER_GUESSED = ["utf_16", "utf_16_be", "utf_16_le", "utf_32", "utf_32_be", "utf_32_le", "utf_7"]

#: Bytes read from the start of a file to find its byte-order mark.
HEAD_SIZE = 65536


class Line(NamedTuple):
    """One physical line of a text file, see :func:`iter_lines`."""

    number: int
    text: str | None
    encoding: str | None
    error: str | None


def sniff_bom(data: bytes) -> tuple[str, int] | None:
    """Return ``(codec, bom length)`` if ``data`` starts with a byte-order mark.

    Examples
    --------
    >>> sniff_bom(b"\\xef\\xbb\\xbfhi")
    ('utf-8-sig', 3)
    >>> sniff_bom(b"hi") is None
    True
    """
    for bom, codec in BOMS:
        if data.startswith(bom):
            return codec, len(bom)
    return None


def normalize_text(text: str) -> str:
    """Return ``text`` with ``"\\n"`` newlines, in Unicode NFC.

    Examples
    --------
    >>> normalize_text("a\\r\\nb\\rc") == "a\\nb\\nc"
    True
    >>> normalize_text("Jose\\u0301") == "Jos\\u00e9"
    True
    """
    return unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))


def decode_bytes(data: bytes) -> tuple[str, str]:
    """Decode the bytes of a text file.

    Parameters
    ----------
    data : bytes
        Whole file content.

    Returns
    -------
    text : str
        Decoded text, newlines normalised to ``"\\n"``, in NFC.
    encoding : str
        Python codec name used, e.g. ``"utf-8"``, ``"utf-16-le"``, ``"cp1252"``.

    Raises
    ------
    kg.errors.ReadError
        If the content is binary: NUL bytes without a UTF-16/32 byte-order
        mark, or no encoding that charset-normalizer accepts.

    Examples
    --------
    >>> decode_bytes("Kabar baik\\r\\n".encode("utf-8"))
    ('Kabar baik\\n', 'utf-8')
    >>> decode_bytes(codecs.BOM_UTF16_LE + "Halo".encode("utf-16-le"))
    ('Halo', 'utf-16-le')
    >>> decode_bytes(b"\\x89PNG\\r\\n\\x00\\x00")
    Traceback (most recent call last):
    ...
    kg.errors.ReadError: binary file (contains NUL bytes)
    """
    bom = sniff_bom(data)
    if bom is not None:
        codec, size = bom
        encoding = "utf-8" if codec == "utf-8-sig" else codec
        try:
            text = data[size:].decode(encoding)
        except UnicodeDecodeError as exc:
            raise ReadError(f"invalid {encoding} text after its byte-order mark: "
                            f"{exc.reason}") from exc
        return normalize_text(text), codec
    if b"\x00" in data:
        raise ReadError("binary file (contains NUL bytes)")
    try:
        return normalize_text(data.decode("utf-8")), "utf-8"
    except UnicodeDecodeError:
        pass
    encoding = guess_legacy_encoding(data)
    return normalize_text(data.decode(encoding)), encoding


def guess_legacy_encoding(data: bytes) -> str:
    """Return charset-normalizer's best encoding for non-UTF-8 ``data``.

    :data:`PREFERRED_LEGACY` is chosen if its chaos is within
    :data:`CHAOS_TOLERANCE` of the best candidate's (see the module docstring).

    Raises
    ------
    kg.errors.ReadError
        If no encoding fits.

    Examples
    --------
    >>> guess_legacy_encoding("Dia berkata: “Halo?” – lalu pergi ke kafé.".encode("cp1252"))
    'cp1252'
    >>> guess_legacy_encoding("Министр сказал, что кафе откроется на следующей неделе."
    ...                       .encode("cp1251"))
    'cp1251'
    """
    matches = charset_normalizer.from_bytes(data, cp_exclusion=NEVER_GUESSED)
    best = matches.best()
    if best is None:
        raise ReadError("binary file (no text encoding fits)")
    for match in matches:
        close = match.chaos <= best.chaos + CHAOS_TOLERANCE
        if close and PREFERRED_LEGACY in (match.encoding, *match.could_be_from_charset):
            return PREFERRED_LEGACY
    return codecs.lookup(best.encoding).name


def iter_lines(path: str | Path, *, max_line: int) -> Iterator[Line]:
    """Stream the lines of a text file, each decoded on its own.

    A byte-order mark fixes the encoding of the whole file; otherwise each
    line goes through :func:`decode_bytes`, so one badly encoded line does not
    spoil the others. Lines end in ``"\\n"`` (except perhaps the last).

    Parameters
    ----------
    path : str or Path
        File to read.
    max_line : int
        Longest line read into memory, in bytes (characters for UTF-16/32);
        a longer line yields ``Line(number, None, None, error)``.

    Raises
    ------
    kg.errors.ReadError
        If the file's first :data:`HEAD_SIZE` bytes hold NUL bytes but no
        UTF-16/32 byte-order mark.
    OSError
        If the file cannot be opened.

    Examples
    --------
    >>> import tempfile, os
    >>> with tempfile.TemporaryDirectory() as d:
    ...     p = os.path.join(d, "a.jsonl")
    ...     _ = open(p, "wb").write(b"one\\r\\ntwo")
    ...     [(n.number, n.text) for n in iter_lines(p, max_line=100)]
    [(1, 'one\\n'), (2, 'two')]
    """
    with open(path, "rb") as f:
        head = f.read(HEAD_SIZE)
        bom = sniff_bom(head)
        if bom is None and b"\x00" in head:
            raise ReadError("binary file (contains NUL bytes)")
        f.seek(bom[1] if bom else 0)
        if bom is not None and bom[0] != "utf-8-sig":
            wide = io.TextIOWrapper(f, encoding=bom[0], newline=None)
            yield from _wide_lines(wide, max_line, bom[0])
            return
        for number, raw in _capped(f.readline, max_line, b"\n"):
            if raw is None:
                yield Line(number, None, None, f"line longer than {max_line:,} bytes, not read")
                continue
            try:
                text, encoding = decode_bytes(raw)
            except ReadError as exc:
                yield Line(number, None, None, str(exc))
                continue
            yield Line(number, text, bom[0] if bom else encoding, None)


def _wide_lines(stream: io.TextIOWrapper, max_line: int, encoding: str) -> Iterator[Line]:
    """Yield the lines of a UTF-16/32 stream; a decoding error ends the file."""
    number = 0
    try:
        for number, text in _capped(stream.readline, max_line, "\n"):
            error = (None if text is not None
                     else f"line longer than {max_line:,} characters, not read")
            yield Line(number, text and normalize_text(text), encoding, error)
    except UnicodeDecodeError as exc:
        yield Line(number + 1, None, None,
                   f"invalid {encoding} text ({exc.reason}); rest of file not read")


def _capped(readline, max_line: int, newline) -> Iterator[tuple[int, bytes | str | None]]:
    """Yield numbered lines from ``readline``; an over-long line comes as None, unread."""
    number = 0
    while True:
        chunk = readline(max_line + 1)
        if not chunk:
            return
        number += 1
        if len(chunk) <= max_line or chunk.endswith(newline):
            yield number, chunk
            continue
        while chunk and not chunk.endswith(newline):
            chunk = readline(1 << 20)
        yield number, None

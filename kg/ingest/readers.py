"""Read files and folders into :class:`~kg.ingest.article.Article` records.

Supported inputs are ``.txt``, ``.md``, ``.html``/``.htm`` (one article per
file) and ``.jsonl``/``.csv`` (one article per row, streamed). Bad input never
raises: every unreadable file, bad row or unsupported file becomes an article
with ``status="error"`` and a one-line ``error``, so the run report accounts
for all of it. Bytes are decoded by :func:`kg.ingest.encoding.decode_bytes`.
"""

from __future__ import annotations

import csv
import json
import os
import re
import stat
from collections.abc import Iterable, Iterator
from pathlib import Path

from bs4 import BeautifulSoup

from kg.errors import ReadError
from kg.ingest.article import ERROR, Article
from kg.ingest.bounded import size_text
from kg.ingest.encoding import decode_bytes, iter_lines, normalize_text

#: Default size limit of one file (of one row's text for ``.jsonl``/``.csv``).
DEFAULT_MAX_BYTES = 10_000_000
#: Extensions read as one article per file, and as one article per row.
FILE_TYPES = (".txt", ".md", ".html", ".htm")
ROW_TYPES = (".jsonl", ".csv")
#: HTML elements whose content is never visible article text.
HTML_DROP = ("script", "style", "noscript", "template", "head", "title", "svg", "iframe",
             "nav", "footer", "aside", "form", "button")
#: HTML elements that end a paragraph (blank line) or a line.
HTML_PARAGRAPH = ("p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "section", "article",
                  "blockquote", "main", "header", "figure", "figcaption", "pre", "ul",
                  "ol", "dl", "table", "hr", "address", "details", "summary")
HTML_LINE = ("li", "tr", "dt", "dd", "caption")
# Private-use placeholders for breaks, kept apart from the page's own whitespace.
_PARA, _LINE, _BR = "\ue000", "\ue001", "\ue002"
_BREAKS = re.compile(f"[ {_PARA}{_LINE}]*[{_PARA}{_LINE}][ {_PARA}{_LINE}]*")


def iter_articles(paths: Iterable[str | os.PathLike] | str | os.PathLike, *,
                  max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[Article]:
    """Yield one or more articles for every input file, good or bad.

    Parameters
    ----------
    paths : iterable of str or Path (or a single one)
        Files, or folders walked recursively in sorted order; names starting
        with ``"."`` inside folders are skipped. Symbolic links are followed,
        each folder is read once.
    max_bytes : int
        Largest file read; for ``.jsonl``/``.csv`` the largest text of a row.

    Yields
    ------
    Article
        Ids are unique within the call: a repeated id gets ``"-2"``,
        ``"-3"``... (the id it would have had is kept in ``extra["original_id"]``).

    Examples
    --------
    >>> import tempfile
    >>> with tempfile.TemporaryDirectory() as d:
    ...     _ = Path(d, "b.txt").write_text("Judul\\n\\nIsi berita.")
    ...     _ = Path(d, "a.pdf").write_bytes(b"%PDF")
    ...     [(a.id, a.status, a.title or a.error) for a in iter_articles([d])]
    [('a', 'error', "unsupported file type '.pdf'"), ('b', 'ok', 'Judul')]
    """
    if isinstance(paths, (str, os.PathLike)):
        paths = [paths]
    seen: set[str] = set()
    for path in paths:
        path = Path(path)
        found = _walk(path, max_bytes, set()) if path.is_dir() else _iter_file(path, max_bytes)
        for article in found:
            _make_unique(article, seen)
            yield article


def read_file(path: str | os.PathLike, *, max_bytes: int = DEFAULT_MAX_BYTES) -> list[Article]:
    """Return the articles of one file: one, or one per row of ``.jsonl``/``.csv``.

    Never raises for bad input; see :func:`iter_articles` and the module docstring.

    Examples
    --------
    >>> read_file("no/such/file.txt")[0].error
    'file not found'
    """
    return list(_iter_file(Path(path), max_bytes))


def _walk(folder: Path, max_bytes: int, visited: set[Path]) -> Iterator[Article]:
    """Yield the articles of a folder, depth first, entries sorted by name."""
    real = folder.resolve()
    if real in visited:  # a symlink loop, or a folder reached twice
        return
    visited.add(real)
    try:
        entries = sorted(folder.iterdir(), key=lambda p: p.name)
    except OSError as exc:
        yield _error(folder, f"cannot list folder: {_os_reason(exc, folder)}")
        return
    for entry in entries:
        if entry.name.startswith("."):
            continue
        if entry.is_dir():
            yield from _walk(entry, max_bytes, visited)
        else:
            yield from _iter_file(entry, max_bytes)


def _iter_file(path: Path, max_bytes: int) -> Iterator[Article]:
    """Yield the articles of one file, turning every failure into an error record."""
    try:
        yield from _read(path, max_bytes)
    except ReadError as exc:
        yield _error(path, str(exc))
    except OSError as exc:
        yield _error(path, _os_reason(exc, path))
    except Exception as exc:  # noqa: BLE001 - last resort: one odd file must not stop a build
        yield _error(path, f"unexpected {type(exc).__name__}: {exc}")


def _read(path: Path, max_bytes: int) -> Iterator[Article]:
    """Yield the articles of one file; raise ReadError or OSError for a bad one."""
    info = path.stat()
    if stat.S_ISDIR(info.st_mode):
        raise ReadError("is a folder (pass it to iter_articles)")
    if not stat.S_ISREG(info.st_mode):
        raise ReadError("not a regular file")
    ext = path.suffix.lower()
    if ext not in FILE_TYPES + ROW_TYPES:
        raise ReadError(f"unsupported file type '{ext}'" if ext
                        else "unsupported file type (no extension)")
    if info.st_size == 0:
        raise ReadError("file is empty")
    if ext == ".jsonl":
        yield from _read_jsonl(path, max_bytes)
        return
    if ext == ".csv":
        yield from _read_csv(path, max_bytes)
        return
    if info.st_size > max_bytes:
        raise ReadError(_too_large("file", info.st_size, max_bytes))
    with open(path, "rb") as f:
        data = f.read(max_bytes + 1)
    if len(data) > max_bytes:  # grew since stat
        raise ReadError(_too_large("file", len(data), max_bytes))
    text, encoding = decode_bytes(data)
    if not text.strip():
        raise ReadError("file is empty")
    if ext in (".html", ".htm"):
        title, body = html_to_text(text)
        if not (title or body):
            raise ReadError("no visible text in HTML")
    else:
        title, body = split_title(text, markdown=ext == ".md")
    yield Article(id=path.stem, title=title, text=body, path=str(path), encoding=encoding,
                  file=str(path))


def split_title(text: str, *, markdown: bool = False) -> tuple[str, str]:
    """Split plain text into its first non-empty line (the title) and the rest.

    With ``markdown``, heading marks ``#`` around the title, and a setext
    underline (``===``/``---``) below it, are removed.

    Examples
    --------
    >>> split_title("\\n# Banjir di Jakarta #\\n\\nHujan deras...", markdown=True)
    ('Banjir di Jakarta', 'Hujan deras...')
    """
    lines = text.strip().split("\n")
    title, rest = lines[0].strip(), lines[1:]
    if markdown:
        title = re.sub(r"\s+#+$", "", title.lstrip("#").strip())
        if rest and re.fullmatch(r"\s*(=+|-+)\s*", rest[0]):
            rest = rest[1:]
    return title, "\n".join(rest).strip()


def html_to_text(html: str) -> tuple[str, str]:
    """Return the title and the visible text of an HTML page.

    The title is the first ``<h1>`` (removed from the text), else ``<title>``.
    Blocks end in a line break, paragraphs are separated by a blank line.

    Examples
    --------
    >>> page = ("<title>Site</title><nav>Menu</nav><h1>Gempa</h1><p>Satu <b>dua</b>.</p>"
    ...         "<script>x()</script><ul><li>a</li><li>b</li></ul>")
    >>> html_to_text(page)
    ('Gempa', 'Satu dua.\\n\\na\\nb')
    """
    soup = BeautifulSoup(re.sub(f"[{_PARA}{_LINE}{_BR}]", "", html), "html.parser")
    page_title = soup.title.get_text(" ") if soup.title else ""
    for tag in soup.find_all(HTML_DROP):
        if not tag.decomposed:
            tag.decompose()
    h1 = soup.find("h1")
    title = h1.get_text(" ") if h1 else page_title
    if h1:
        h1.decompose()
    for tag in soup.find_all(HTML_PARAGRAPH + HTML_LINE):
        mark = _LINE if tag.name in HTML_LINE else _PARA
        tag.insert_before(mark)
        tag.insert_after(mark)
    for tag in soup.find_all("br"):
        tag.replace_with(_BR)
    for tag in soup.find_all(("td", "th")):
        tag.insert_after(" ")
    text = re.sub(r"\s+", " ", soup.get_text())
    text = _BREAKS.sub(lambda m: "\n\n" if _PARA in m.group() else "\n", text).replace(_BR, "\n")
    text = "\n".join(line.strip() for line in text.split("\n"))
    return " ".join(title.split()), re.sub(r"\n{3,}", "\n\n", text).strip()


def _read_jsonl(path: Path, max_bytes: int) -> Iterator[Article]:
    empty = True
    for line in iter_lines(path, max_line=2 * max_bytes):
        if line.text is not None and not line.text.strip():
            continue
        empty = False
        if line.error:
            yield _row_error(path, line.number, line.error, "line")
            continue
        try:
            row = json.loads(line.text)
        except json.JSONDecodeError as exc:
            yield _row_error(path, line.number, f"malformed JSON: {json_reason(exc)}", "line")
            continue
        yield _row_article(path, line.number, row, line.encoding, max_bytes, "line")
    if empty:
        raise ReadError("file is empty")


def _read_csv(path: Path, max_bytes: int) -> Iterator[Article]:
    csv.field_size_limit(max(csv.field_size_limit(), 2 * max_bytes))
    errors: list[tuple[int, str]] = []  # unreadable lines, reported after the row they fall in
    encoding: list[str | None] = [None]

    def texts() -> Iterator[str]:
        for line in iter_lines(path, max_line=2 * max_bytes):
            if line.error:
                errors.append((line.number, line.error))
            encoding[0] = line.encoding or encoding[0]
            yield line.text or "\n"

    reader, header, last, rows = csv.reader(texts()), None, 0, 0
    while True:
        start = last + 1  # a row's number is the file line it starts on (header: 1)
        try:
            cells = next(reader, None)
        except csv.Error as exc:
            errors.insert(0, (start, str(exc)))
            cells = []
        last = reader.line_num
        rows += len(errors)
        yield from (_row_error(path, number, message, "row") for number, message in errors)
        errors.clear()
        if cells is None:
            break
        if not any(cell.strip() for cell in cells):
            continue
        if header is None:
            header = [name.strip().lower() for name in cells]
            if "text" not in header:
                raise ReadError("no 'text' column in the CSV header "
                                f"(columns: {', '.join(header)})")
            continue
        rows += 1
        yield _row_article(path, start, dict(zip(header, cells)), encoding[0], max_bytes, "row")
    if not rows:
        raise ReadError("no rows after the CSV header" if header else "file is empty")


def _row_article(path: Path, number: int, row, encoding: str | None, max_bytes: int,
                 kind: str) -> Article:
    """Build the article of one ``.jsonl``/``.csv`` row (a dict), or its error record."""
    if not isinstance(row, dict):
        return _row_error(path, number, f"expected a JSON object, got {type(row).__name__}", kind)
    text = row.get("text")
    if text is None:
        return _row_error(path, number, "missing 'text'", kind)
    if not isinstance(text, str):
        return _row_error(path, number, f"'text' is not a string (got {type(text).__name__})", kind)
    size = len(text.encode("utf-8", "surrogatepass"))
    if size > max_bytes:
        return _row_error(path, number, _too_large("text", size, max_bytes), kind)
    field = {k: _cell(row.get(k)) for k in ("id", "title", "url", "published", "lang")}
    return Article(id=field["id"] or f"{path.stem}-{number}", title=field["title"] or "",
                   text=normalize_text(text), path=f"{path}:{number}", url=field["url"],
                   published=field["published"], lang_hint=field["lang"], encoding=encoding,
                   file=str(path))


def json_reason(exc: json.JSONDecodeError) -> str:
    """The reason of a JSON error as the end of a sentence, with the column it is at.

    Examples
    --------
    >>> try:
    ...     json.loads('{"text": "a\\tb"}')
    ... except json.JSONDecodeError as exc:
    ...     json_reason(exc)
    'invalid control character at column 12'
    """
    message = exc.msg[:1].lower() + exc.msg[1:]
    return f"{message} column {exc.colno}" if message.endswith(" at") else \
        f"{message} at column {exc.colno}"


def _cell(value) -> str | None:
    """Return a row's value as stripped text, None if absent or blank."""
    return None if value is None else normalize_text(str(value)).strip() or None


def _row_error(path: Path, number: int, message: str, kind: str) -> Article:
    return Article(id=f"{path.stem}-{number}", path=f"{path}:{number}", status=ERROR,
                   error=f"{kind} {number}: {message}", file=str(path))


def _error(path: Path, message: str) -> Article:
    return Article(id=path.stem or path.name or "input", path=str(path), status=ERROR,
                   error=message, file=str(path))


def _os_reason(exc: OSError, path: Path) -> str:
    """Return a short reason for an OS error on ``path``."""
    if isinstance(exc, FileNotFoundError):
        return "dangling symlink (target does not exist)" if path.is_symlink() else "file not found"
    if isinstance(exc, PermissionError):
        return "permission denied"
    return f"cannot read: {exc.strerror or exc}"


def _too_large(what: str, size: int, limit: int) -> str:
    return (f"{what} too large: {size_text(size)} > limit {size_text(limit)} "
            "(raise it with --max-bytes)")


def _make_unique(article: Article, seen: set[str]) -> None:
    """Give ``article`` an id not in ``seen`` (suffix ``-2``, ``-3``...) and record it."""
    base, n = article.id, 1
    while article.id in seen:
        n += 1
        article.id = f"{base}-{n}"
    if article.id != base:
        article.extra["original_id"] = base
    seen.add(article.id)


def estimate_count(paths: Iterable[str | os.PathLike] | str | os.PathLike) -> int:
    """Roughly how many articles :func:`iter_articles` will yield, without reading them.

    One per file, and one per line of ``.jsonl``/``.csv`` files (a CSV's header
    and multi-line cells make it an over-estimate). Used for progress bars.

    Examples
    --------
    >>> import tempfile
    >>> with tempfile.TemporaryDirectory() as d:
    ...     _ = Path(d, "a.txt").write_text("Judul\\n\\nIsi.")
    ...     _ = Path(d, "b.jsonl").write_text('{"text": "x"}\\n{"text": "y"}\\n')
    ...     estimate_count([d])
    3
    """
    if isinstance(paths, (str, os.PathLike)):
        paths = [paths]
    total, visited = 0, set()
    todo = [Path(p) for p in paths]
    while todo:
        path = todo.pop()
        try:
            if path.is_dir():
                real = path.resolve()
                if real not in visited:
                    visited.add(real)
                    todo.extend(p for p in path.iterdir() if not p.name.startswith("."))
            elif path.suffix.lower() in ROW_TYPES:
                with open(path, "rb") as f:
                    total += max(1, sum(chunk.count(b"\n") for chunk in iter(
                        lambda: f.read(1 << 20), b"")))
            else:
                total += 1
        except OSError:
            total += 1
    return total

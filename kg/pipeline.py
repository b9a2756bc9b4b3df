"""The build: articles in; graph, exports and run report out.

Data flows one way: read -> clean -> deduplicate -> detect language ->
per-language spaCy pipelines (paragraph routing) -> mentions and relations
-> canonical entities -> graph -> outputs. Every input article ends in the
report with a status; none is dropped silently.
"""

from __future__ import annotations

import re
import sys
import time
import unicodedata
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

import networkx as nx
from tqdm import tqdm

from kg import article as A
from kg.clean import clean_title, clean_with_report
from kg.corpus import iter_articles
from kg.export.csv import write_csv
from kg.export.graphml import write_graphml
from kg.export.html import write_html
from kg.export.json import write_json
from kg.extract import extract_mentions, extract_relations
from kg.extract.relations import Context
from kg.graph import build_graph
from kg.langid import detect, route_paragraphs
from kg.nlp import SUPPORTED_LANGS, load_pipeline
from kg.report import make_report, write_report
from kg.resolve import alias_keys, bundled_aliases, likely_duplicates, normalize_name, resolve
from kg.subgraph import top_nodes

#: Exit codes of ``kg build`` (see the README).
EXIT_OK, EXIT_INPUT_ERROR, EXIT_USAGE, EXIT_SKIPPED = 0, 1, 2, 3

OUTPUT_FILES = ("graph.json", "graph.html", "graph.graphml", "nodes.csv", "edges.csv",
                "report.json")


@dataclass
class BuildResult:
    """What :func:`build` returns: the graph, the report and every article record."""

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


def _short(title: str, limit: int = 160) -> str:
    """A title fit for display: a long first paragraph is cut at a word boundary."""
    if len(title) <= limit:
        return title
    return title[:limit].rsplit(" ", 1)[0] + " …"


def _dedupe_key(text: str) -> str:
    return re.sub(r"\s+", " ", unicodedata.normalize("NFKC", text)).strip().casefold()


def prepare(articles: list[A.Article]) -> Counter:
    """Clean, deduplicate and language-detect ``articles`` in place.

    Sets ``clean_text``, ``lang``, ``lang_confidence`` and, for articles that
    will not be processed, ``status`` and ``error``.

    Returns
    -------
    collections.Counter
        Lines removed or rewritten by each cleaning step, over all articles.
    """
    removed = Counter()
    seen: dict[str, str] = {}
    for art in articles:
        if art.status != A.OK:
            continue
        title = clean_title(art.title)
        body, counts = clean_with_report(art.text)
        removed.update(counts)
        art.clean_text = "\n".join(part for part in (title, body) if part)
        art.extra["has_title"] = bool(title)
        art.title = _short(title or (body.split("\n", 1)[0] if body else art.title))
        key = _dedupe_key(art.clean_text)
        if key and key in seen:
            art.status, art.duplicate_of = A.DUPLICATE, seen[key]
            art.error = f"same text as article {seen[key]!r}"
            continue
        if key:
            seen[key] = art.id
        guess = detect(art.clean_text)
        art.lang, art.lang_confidence = guess.lang, guess.confidence
        if guess.lang is None:
            art.status, art.error = A.TOO_SHORT, "text too short to detect its language"
        elif guess.lang not in SUPPORTED_LANGS:
            art.status = A.UNSUPPORTED
            art.error = (f"language {guess.lang!r} is not supported "
                         f"(supported: {', '.join(SUPPORTED_LANGS)})")
    return removed


#: Seconds a build runs before its progress bar appears (quick builds show none).
PROGRESS_DELAY = 2.0


def progress_bar(total: int, *, enabled: bool = True) -> tqdm:
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


def extract(articles: list[A.Article], *, batch_size: int = 64, progress: bool = False):
    """Run the language pipelines over the ``ok`` articles.

    With ``progress``, a bar on stderr counts the articles done (see
    :func:`progress_bar`).

    Returns
    -------
    mentions : list of kg.extract.Mention
    docs : list
        Per article: ``(article id, [(doc, lang, offset, mentions), ...])``,
        one item per paragraph segment.
    segment_langs : Counter
        Paragraphs processed per language.
    """
    todo = [a for a in articles if a.status == A.OK]
    segments = {a.id: route_paragraphs(a.clean_text, a.lang, supported=SUPPORTED_LANGS)
                for a in todo}
    docs = {}
    by_lang = defaultdict(list)
    for art in todo:
        for i, seg in enumerate(segments[art.id]):
            by_lang[seg.lang].append((art.clean_text[seg.start:seg.end], (art.id, i)))
    left = Counter(art_id for items in by_lang.values() for _, (art_id, _) in items)
    bar = progress_bar(len(todo), enabled=progress)
    bar.update(len(todo) - len(left))  # articles with no paragraph to parse
    for lang, items in by_lang.items():
        nlp = load_pipeline(lang)
        for doc, key in nlp.pipe(items, as_tuples=True, batch_size=batch_size):
            docs[key] = doc
            left[key[0]] -= 1
            if not left[key[0]]:
                bar.update(1)
    bar.close()
    mentions, parts = [], []
    langs = Counter()
    for art in todo:
        found_by_seg = []
        for i, seg in enumerate(segments[art.id]):
            langs[seg.lang] += 1
            found_by_seg.append(extract_mentions(docs[(art.id, i)], article=art.id,
                                                 lang=seg.lang, offset=seg.start))
        if art.extra.get("has_title") and len(found_by_seg) > 1:
            found_by_seg[0] = _confirmed(found_by_seg[0], found_by_seg[1:])
        parts.append((art.id, [(docs[(art.id, i)], seg.lang, seg.start, found_by_seg[i])
                               for i, seg in enumerate(segments[art.id])]))
        for found in found_by_seg:
            mentions.extend(found)
    return mentions, parts, langs


def relate(parts, *, types: dict | None = None):
    """Relations of every article (see :func:`kg.extract.extract_relations`).

    Returns
    -------
    relations : list of kg.extract.Relation
    made : list of kg.extract.Mention
        Organisation mentions made from titles ("Minister of Trade" -> "Ministry of Trade").
    """
    relations, made = [], []
    for _, paragraphs in parts:
        context = Context()
        for doc, lang, offset, found in paragraphs:
            relations.extend(extract_relations(doc, found, lang=lang, offset=offset,
                                               context=context, types=types, made=made))
    return relations, made


def _confirmed(title_mentions, body_segments):
    """Headline mentions that the body confirms.

    Headlines are often in Title Case ("TikTok Holds Talks With Indonesian
    E-Commerce Firms"), which both pipelines misread as names. A headline
    mention is kept only when the body mentions the same name, or the alias
    table knows it.
    """
    known = {normalize_name(m.text) for seg in body_segments for m in seg}
    aliases = alias_keys()
    return [m for m in title_mentions
            if normalize_name(m.text) in known or normalize_name(m.text) in aliases]


def build(paths, out=None, *, max_bytes: int = 10_000_000, aliases=None,
          html: bool = True, html_max_nodes: int | None = None,
          quiet: bool = True) -> BuildResult:
    """Build a knowledge graph from article files and folders.

    Parameters
    ----------
    paths : iterable of str or Path
        Files (``.txt``, ``.md``, ``.html``, ``.jsonl``, ``.csv``) and folders.
    out : str or Path, optional
        Folder for the outputs (created if missing). ``None`` writes nothing.
    max_bytes : int
        Size limit of one input file (one row for ``.jsonl``/``.csv``).
    aliases : sequence of kg.resolve.AliasEntry, optional
        User alias entries (:func:`kg.resolve.read_alias_file`), added to the
        bundled table; where both name the same alias, the user's entry wins.
    html : bool
        Whether to write ``graph.html``.
    html_max_nodes : int, optional
        If the graph has more nodes, ``graph.html`` shows only this many, those
        with most mentions (:func:`kg.subgraph.top_nodes`); the other outputs
        stay complete. ``None`` (the default) shows them all.
    quiet : bool
        If False, print one line per problem input on stderr, and show a
        progress bar there when it is a terminal and the build takes a while.

    Returns
    -------
    BuildResult
        When ``graph.html`` is written, ``report["html"]`` tells how many
        entities and relations it shows, and its ``view`` sentence (``None``
        if it shows the whole graph).

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
    """
    if html_max_nodes is not None and (isinstance(html_max_nodes, bool)
                                       or not isinstance(html_max_nodes, int)
                                       or html_max_nodes < 1):
        raise ValueError(f"html_max_nodes must be a whole number of 1 or more, "
                         f"not {html_max_nodes!r}")
    paths = [Path(p) for p in ([paths] if isinstance(paths, (str, Path)) else paths)]
    timings = {}
    t0 = start = time.perf_counter()

    def lap(name):
        nonlocal t0
        now = time.perf_counter()
        timings[name] = round(now - t0, 3)
        t0 = now

    articles = list(iter_articles(paths, max_bytes=max_bytes))
    lap("read")
    cleaning = prepare(articles)
    lap("clean_language")
    mentions, parts, segment_langs = extract(articles, progress=not quiet)
    lap("nlp_extract")
    table = None if aliases is None else (*aliases, *bundled_aliases())
    # first pass: speakers tell the resolver who is a person; the types it settles
    # on for each name then guide the relation patterns of the second pass
    relations, _ = relate(parts)
    speakers = {id(r.source) for r in relations if r.family == "statement"}
    entities, assignment = resolve(mentions, aliases=table, speakers=speakers)
    lap("resolve")
    types = {id(m): entities[assignment[id(m)]].type for m in mentions if id(m) in assignment}
    relations, made = relate(parts, types=types)
    speakers = {id(r.source) for r in relations if r.family == "statement"}
    mentions = mentions + made
    entities, assignment = resolve(mentions, aliases=table, speakers=speakers)
    lap("relations")
    graph = build_graph(entities, relations, assignment, articles)
    lap("graph")
    for art in articles:
        if art.status != A.OK:
            _say(f"kg: {art.status}: {art.path or art.id}: {art.error}", quiet)
    report = make_report(articles, graph, inputs=[str(p) for p in paths], seconds=timings,
                         segments=segment_langs, cleaning=cleaning)
    report["likely_duplicates"] = likely_duplicates(entities)
    if out is not None:
        page = write_outputs(graph, Path(out), html=html, html_max_nodes=html_max_nodes)
        if page is not None:
            report["html"] = {"entities": page.number_of_nodes(),
                              "relations": page.number_of_edges(),
                              "view": page.graph.get("view")}
        lap("write")
    timings["total"] = round(time.perf_counter() - start, 3)
    report["seconds"] = timings
    if out is not None:
        write_report(report, Path(out) / "report.json")
    return BuildResult(graph=graph, report=report, articles=articles)


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

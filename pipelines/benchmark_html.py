"""Benchmark ``graph.html`` on synthetic graphs in headless Chromium.

For each size (nodes, edges) the script

1. makes a synthetic graph that follows the ``graph.json`` contract (a
   ``networkx.MultiDiGraph`` with power-law degrees, hubs, some parallel
   edges and a few self-loops; labels, types, aliases, languages, articles,
   mentions, relations, families, confidence, modality, quotes and evidence),
   from a seeded random generator, so every run sees the same graph;
2. writes the page with :func:`kg.export.html.write_html` and times it;
3. opens the page in headless Chromium through Playwright as a ``file://``
   URL. Every request other than the page itself is aborted and counted, and
   console errors and uncaught page errors are collected. It measures the time
   from the start of ``page.goto`` to DOMContentLoaded and to
   ``window.kgReady === true`` (set by the page once the layout has settled
   and physics is off), then how responsive the settled page is: a
   ``network.selectNodes``/``network.focus`` round trip on the biggest hubs,
   and a forced redraw up to the next animation frame, in the fitted overview
   and zoomed in on the top hub at scale 1 (where labels are drawn). It also
   reads the node and edge counts the page holds (``nodes.length``, ``edges.length``).

It prints each run, then a table with the medians, and whether the median
time-to-ready meets ``--target-seconds``. It asserts nothing and exits 0
whether or not the target is met; a page that does not become ready within
``--timeout`` seconds is reported as ``timeout``.

It needs Playwright for Python (``pip install "playwright>=1.48,<2"``) and a
Chromium; it does not download a browser (no ``playwright install``), it runs
the one at ``--chromium`` (default ``/usr/bin/chromium``). The network is not
needed: the page must load nothing.

Usage::

    python -m pipelines.benchmark_html [--nodes 2000] [--edges 5000] [--seed 7]
        [--repeat 3] [--sizes 200:500,2000:5000,5000:12000] [--out DIR]
        [--timeout 60] [--target-seconds 5] [--chromium /usr/bin/chromium]
"""

from __future__ import annotations

import argparse
import datetime
import math
import os
import platform
import random
import re
import statistics
import sys
import tempfile
import time
import unicodedata
from pathlib import Path

import networkx as nx

from kg.about import __version__
from kg.export.html import write_html

TYPES = ("PERSON", "ORG", "GPE", "LAW")
TYPE_WEIGHTS = (0.35, 0.40, 0.15, 0.10)
RELATIONS = {
    "ownership": ("owns", "controls", "acquires_stake", "invests_in", "merges_with"),
    "regulation": ("bans", "regulates", "issues", "approves", "requires", "assigns"),
    "statement": ("said", "criticized"),
    "role": ("holds_role",),
    "partnership": ("partners_with",),
    "competition": ("competes_with",),
}
#: Relation family weights by the source node's type, so that the mix looks
#: like news (people speak and hold roles, laws regulate).
FAMILY_WEIGHTS = {
    "PERSON": {"statement": 45, "role": 35, "ownership": 10, "partnership": 5, "competition": 5},
    "ORG": {"ownership": 30, "partnership": 20, "competition": 20, "regulation": 15,
            "statement": 15},
    "GPE": {"regulation": 50, "partnership": 20, "statement": 10, "ownership": 10,
            "competition": 10},
    "LAW": {"regulation": 90, "statement": 10},
}
MODALITIES = (("asserted", 0.85), ("planned", 0.10), ("negated", 0.05))
PARALLEL_SHARE = 0.04   # share of edges added beside an existing pair of nodes
SELF_LOOP_SHARE = 0.002  # share of edges from a node to itself (at least one from 100 edges)
UNIFORM_SHARE = 0.3  # share of edges with one end drawn uniformly (fewer isolated nodes)

_FIRST = ("Budi", "Siti", "Joko", "Dewi", "Agus", "Rina", "Teten", "Zulkifli", "Sri", "Ahmad",
          "Putri", "Bambang", "Indah", "Hendra", "Maria", "John", "Sarah", "David", "Emily",
          "Michael", "Wei", "Chen", "Anna", "Rizky", "Fajar", "Yusuf", "Nadia", "Kevin")
_LAST = ("Hasan", "Masduki", "Widodo", "Santoso", "Wijaya", "Pratama", "Halim", "Kusuma",
         "Sutanto", "Rahman", "Nugroho", "Setiawan", "Smith", "Tan", "Lim", "Chew", "Lee",
         "Harahap", "Siregar", "Gunawan", "Hartono", "Salim", "Tanoto", "Brown", "Wong")
_SYLLABLES = ("ka", "ra", "to", "pe", "di", "ma", "lu", "sa", "go", "ba", "ni", "ko", "ta",
              "ri", "la", "ze", "da", "na", "bu", "ke", "si", "po", "ja", "mo", "vi", "ndo")
_ORG_FORMS = ("PT {} Tbk", "PT {} Indonesia", "{} Group", "{} Digital", "{} Capital",
              "{} Holdings", "{}", "{} Bank", "Asosiasi {}", "{} Ventures")
_MINISTRIES = ("Trade", "Finance", "Cooperatives", "Communication", "Industry", "Tourism",
               "Investment", "Agriculture", "Energy", "Transport", "Health", "Education")
_GPE_FORMS = ("{}", "{}", "{} Regency", "{} Province", "North {}", "South {}", "{} City")
_LAW_FORMS = ("Permendag {n}/{y}", "Law No. {n} of {y}", "Peraturan Pemerintah Nomor {n} Tahun {y}",
              "Government Regulation No. {n} of {y}", "Perpres {n}/{y}", "PMK {n}/{y}")
_TITLES = ("CEO", "Minister", "Chairman", "President Director", "Spokesperson", "Head",
           "Secretary General", "Founder")
_WORDS_EN = ("the", "market", "sellers", "online", "platform", "said", "on", "Tuesday", "new",
             "rules", "trade", "shop", "deal", "investors", "billion", "rupiah", "local",
             "small", "businesses", "after", "talks", "with", "government", "social", "media")
_WORDS_ID = ("yang", "pasar", "penjual", "daring", "platform", "kata", "pada", "Selasa", "aturan",
             "baru", "perdagangan", "toko", "kesepakatan", "investor", "miliar", "rupiah",
             "lokal", "usaha", "kecil", "setelah", "dengan", "pemerintah", "media", "sosial")
_QUOTES = ("We will comply with the regulation.", "Ini demi melindungi UMKM.",
           "The partnership benefits millions of sellers.", "Kami belum menerima surat resmi.",
           "Social commerce must be separated from e-commerce.",
           "We are in talks with several parties.")

#: Recorded in the page before its scripts run: when ``window.kgReady``
#: becomes true, in ms since navigation started (performance.now()).
_INIT_SCRIPT = """
(() => {
  let value;
  Object.defineProperty(window, "kgReady", {
    configurable: true, enumerable: true,
    get() { return value; },
    set(v) {
      value = v;
      if (v === true && window.__kgBenchReadyAt === undefined) {
        window.__kgBenchReadyAt = performance.now();
      }
    },
  });
})();
"""
_JS_TIMING = """() => {
  const nav = performance.getEntriesByType("navigation")[0];
  return {dcl: nav ? nav.domContentLoadedEventEnd : null,
          ready: window.__kgBenchReadyAt === undefined ? null : window.__kgBenchReadyAt};
}"""
_JS_COUNTS = """() => (typeof nodes !== "undefined" && typeof edges !== "undefined"
                     && nodes && edges && typeof nodes.length === "number")
                    ? [nodes.length, edges.length] : false"""
#: vis ids of the nodes whose label is in ``labels`` (the page's own ids and
#: label clipping are its business), else the first node's.
_JS_FIND = """(labels) => {
  const clip = (t) => t.length <= 40 ? t : t.slice(0, 39).trimEnd() + "\u2026";
  const want = new Set(labels.map(clip));
  const ids = nodes.getIds({filter: (n) => want.has(n.label)});
  return ids.length ? ids : nodes.getIds().slice(0, 1);
}"""
_JS_SELECT = """(ids) => {
  const t = performance.now();
  network.selectNodes(ids);
  network.focus(ids[0], {animation: false});
  const selected = network.getSelectedNodes().length;
  return {ms: performance.now() - t, selected: selected};
}"""
#: ``count`` frames: a synchronous ``network.redraw()``, then the wait for the
#: next animation frame, which comes once the canvas has been rasterised.
_JS_FRAMES = """async (count) => {
  const out = [];
  for (let i = 0; i < count; i++) {
    out.push(await new Promise((resolve) => {
      const t = performance.now();
      network.redraw();
      const redraw = performance.now() - t;
      requestAnimationFrame(() => resolve({redraw: redraw, frame: performance.now() - t}));
    }));
  }
  return out;
}"""
_JS_ZOOM = """(id) => network.focus(id, {scale: 1.0, animation: false})"""
FRAMES = 3  # frames drawn per view; their median is reported


# --------------------------------------------------------------------------- graph


def _slug(text):
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-") or "x"


def _word(rng, low=2, high=3):
    return "".join(rng.choice(_SYLLABLES) for _ in range(rng.randint(low, high))).capitalize()


def _name(rng, kind):
    """A plausible name of an entity type (not necessarily unique)."""
    if kind == "PERSON":
        first = rng.choice(_FIRST) if rng.random() < 0.6 else _word(rng)
        last = rng.choice(_LAST) if rng.random() < 0.5 else _word(rng)
        return f"{first} {last}"
    if kind == "ORG":
        if rng.random() < 0.08:
            return rng.choice(("Ministry of {}", "Kementerian {}")).format(
                rng.choice(_MINISTRIES) if rng.random() < 0.5 else _word(rng))
        root = _word(rng) + (_word(rng, 1, 2).lower() if rng.random() < 0.3 else "")
        return rng.choice(_ORG_FORMS).format(root)
    if kind == "GPE":
        return rng.choice(_GPE_FORMS).format(_word(rng, 2, 4))
    return rng.choice(_LAW_FORMS).format(n=rng.randint(1, 120), y=rng.randint(1998, 2025))


def _aliases(rng, label, kind):
    """0-2 surface forms besides the label."""
    out = []
    for _ in range(rng.choice((0, 0, 1, 1, 2))):
        words = label.split()
        if kind == "PERSON":
            alias = rng.choice((words[-1], words[0], f"{rng.choice(_TITLES)} {words[-1]}"))
        elif kind == "ORG":
            letters = "".join(w[0] for w in words if w[0].isupper())
            alias = rng.choice((letters.upper(), f"{words[-1].upper()[:4]}.JK", label.lower()))
        elif kind == "LAW":
            alias = label.replace("No.", "Nomor").replace(" of ", " Tahun ")
        else:
            alias = label.upper()
        if alias and alias != label and alias not in out:
            out.append(alias)
    return out


def _sentence(rng, source, target, relation, lang):
    words = _WORDS_ID if lang == "id" else _WORDS_EN
    filler = " ".join(rng.choice(words) for _ in range(rng.randint(6, 30)))
    verb = relation.replace("_", " ")
    return f"{source} {verb} {target}, {filler}."


def _headline(rng, lang):
    words = _WORDS_ID if lang == "id" else _WORDS_EN
    return " ".join(rng.choice(words) for _ in range(rng.randint(5, 11))).capitalize()


def make_graph(n_nodes, n_edges, seed=7):
    """Synthetic ``graph.json``-contract graph of ``n_nodes`` nodes and ``n_edges`` edges.

    Edge endpoints are drawn by preferential attachment (a node is picked
    with probability proportional to its degree plus a heavy-tailed initial
    weight; one end in three is drawn uniformly), so degrees are heavy-tailed
    with a few hubs. About 4% of edges are added beside an already linked
    pair (parallel edges, keyed by relation; random draws add more) and about
    0.2% are self-loops (at least one from 100 edges on). Some nodes stay
    isolated, as entities without a relation do in real builds.

    Examples
    --------
    >>> G = make_graph(50, 120, seed=1)
    >>> (G.number_of_nodes(), G.number_of_edges())
    (50, 120)
    >>> len({d["label"] for _, d in G.nodes(data=True)})
    50
    """
    if n_nodes < 1 or n_edges < 0:
        raise ValueError("need at least one node and no negative edge count")
    rng = random.Random(seed)

    n_articles = max(20, n_nodes // 4)
    articles = []
    for i in range(n_articles):
        lang = "en" if rng.random() < 0.6 else "id"
        articles.append({"id": f"a{i:05d}", "title": _headline(rng, lang),
                         "path": f"corpus/{lang}/a{i:05d}.txt", "lang": lang,
                         "lang_confidence": round(rng.uniform(0.9, 1.0), 3), "status": "ok",
                         "error": None, "encoding": "utf-8"})
    article_by_id = {a["id"]: a for a in articles}
    G = nx.MultiDiGraph(articles=articles, kg_version=__version__,
                        created=datetime.datetime(2026, 1, 1).isoformat())

    labels, ids = set(), set()
    for _ in range(n_nodes):
        kind = rng.choices(TYPES, TYPE_WEIGHTS)[0]
        label = _name(rng, kind)
        tries = 0
        while label in labels:
            tries += 1
            label = _name(rng, kind)
            if tries > 5:  # crowded name space: an initial or a place tells them apart
                label += f" {rng.choice('ABCDEFGHJKLMNPRSTW')}." if kind == "PERSON" else \
                    f" {rng.choice(_LAST)}"
        labels.add(label)
        node_id = _slug(label)
        while node_id in ids:
            node_id += "-" + str(rng.randint(2, 99))
        ids.add(node_id)
        k = min(n_articles, int(rng.paretovariate(1.6)) + rng.randint(0, 1))
        own = sorted(rng.sample(range(n_articles), k))
        arts = [articles[i]["id"] for i in own]
        langs = sorted({article_by_id[a]["lang"] for a in arts}
                       | ({rng.choice(("en", "id"))} if rng.random() < 0.1 else set()))
        G.add_node(node_id, label=label, type=kind, aliases=_aliases(rng, label, kind),
                   languages=langs, articles=arts, mentions=len(arts))
        if kind == "PERSON" and rng.random() < 0.4:
            G.nodes[node_id]["roles"] = [rng.choice(_TITLES)]

    # Pólya urn: a node is drawn with probability proportional to its copies in
    # the pool: a heavy-tailed "fitness" to start with (some names are news
    # magnets), plus one copy per edge end (the rich get richer).
    pool = [node for node in G.nodes for _ in range(min(int(rng.paretovariate(1.2)), 200))]
    nodes = list(G.nodes)
    pairs = []
    added = loops = 0
    while added < n_edges:
        r = rng.random()
        if r < SELF_LOOP_SHARE or (not loops and added == n_edges - 1 and n_edges >= 100):
            u = v = rng.choice(pool)
            loops += 1
        elif r < SELF_LOOP_SHARE + PARALLEL_SHARE and pairs:
            u, v = rng.choice(pairs)
            if rng.random() < 0.3:
                u, v = v, u
        else:
            u, v = rng.choice(pool), rng.choice(nodes if rng.random() < UNIFORM_SHARE else pool)
            if rng.random() < 0.5:
                u, v = v, u
            if u == v:
                continue
        weights = FAMILY_WEIGHTS[G.nodes[u]["type"]]
        family = rng.choices(list(weights), list(weights.values()))[0]
        relation = rng.choice(RELATIONS[family])
        if G.has_edge(u, v, key=relation):
            continue
        G.add_edge(u, v, key=relation,
                   **_edge_attrs(rng, G, u, v, relation, family, article_by_id))
        pool += (u, v)
        pairs.append((u, v))
        added += 1

    # Mentions: at least one per article, more for well-connected nodes, heavy tail.
    for node, attrs in G.nodes(data=True):
        extra = int(rng.paretovariate(1.3)) - 1 + G.degree(node) // 2
        attrs["mentions"] = len(attrs["articles"]) + extra
    return G


def _edge_attrs(rng, G, u, v, relation, family, article_by_id):
    source, target = G.nodes[u], G.nodes[v]
    shared = sorted(set(source["articles"]) & set(target["articles"]))
    candidates = shared or sorted(set(source["articles"]) | set(target["articles"]))
    modality = rng.choices([m for m, _ in MODALITIES], [w for _, w in MODALITIES])[0]
    evidence = []
    for article in rng.sample(candidates, min(len(candidates), rng.randint(1, 3))):
        lang = article_by_id[article]["lang"]
        sentence = _sentence(rng, source["label"], target["label"], relation, lang)
        start = rng.randint(0, 4000)
        evidence.append({"article": article, "title": article_by_id[article]["title"],
                         "lang": lang, "sentence": sentence, "start": start,
                         "end": start + len(sentence), "modality": modality,
                         "confidence": round(rng.uniform(0.4, 0.95), 2)})
    confidence = 1 - math.prod(1 - e["confidence"] for e in evidence)
    attrs = {"relation": relation, "family": family, "confidence": round(confidence, 3),
             "modality": modality, "evidence": evidence}
    if family == "statement" and rng.random() < 0.5:
        attrs["quote"] = evidence[0]["quote"] = rng.choice(_QUOTES)
    if family == "ownership" and rng.random() < 0.3:
        attrs["stake"] = f"{rng.randint(1, 100)}%"
    if family == "role":
        attrs["title"] = rng.choice(_TITLES)
    return attrs


# --------------------------------------------------------------------------- browser


def measure_page(browser, path, hub_labels, timeout_s):
    """Open ``path`` in a fresh browser context and measure it (a dict of figures).

    Times are seconds from the start of ``page.goto``; ``None`` means the
    page did not get there within ``timeout_s``. ``frames`` and
    ``zoom_frames`` hold ``{redraw, frame}`` in ms, in the fitted view (after
    selecting the hubs, found in the page by their labels, and centring the
    top one) and zoomed in at scale 1 on the top hub.
    """
    from playwright.sync_api import Error as PlaywrightError, TimeoutError as PlaywrightTimeout

    url = Path(path).resolve().as_uri()
    out = {"dcl": None, "ready": None, "dcl_page": None, "ready_page": None,
           "select_ms": None, "select_rtt_ms": None, "frames": [], "zoom_frames": [],
           "seen": None, "hubs_found": 0, "blocked": [], "other_requests": [], "console_errors": [],
           "page_errors": []}  # page errors, and probes that failed
    context = browser.new_context(viewport={"width": 1280, "height": 800},
                                  service_workers="block")
    context.add_init_script(_INIT_SCRIPT)
    page = context.new_page()

    def on_route(route):
        if route.request.url == url:
            route.continue_()
        else:
            out["blocked"].append(route.request.url)
            route.abort()

    def on_request(request):
        if request.url != url and not request.url.startswith("data:"):
            out["other_requests"].append(request.url)

    page.route("**/*", on_route)
    page.on("request", on_request)
    page.on("console", lambda msg: msg.type == "error" and out["console_errors"].append(msg.text))
    page.on("pageerror", lambda exc: out["page_errors"].append(str(exc)))
    timeout_ms = timeout_s * 1000
    try:
        start = time.perf_counter()
        try:
            page.goto(url, wait_until="domcontentloaded", timeout=timeout_ms)
            out["dcl"] = time.perf_counter() - start
            left = max(1.0, timeout_ms - 1000 * (time.perf_counter() - start))
            page.wait_for_function("window.kgReady === true", timeout=left)
            out["ready"] = time.perf_counter() - start
        except PlaywrightTimeout:
            pass
        try:
            seen = page.wait_for_function(_JS_COUNTS, timeout=10_000)
            out["seen"] = tuple(seen.json_value())
            timing = page.evaluate(_JS_TIMING)
            out["dcl_page"] = _seconds(timing["dcl"])
            out["ready_page"] = _seconds(timing["ready"])
        except (PlaywrightTimeout, PlaywrightError):
            pass
        if out["ready"] is not None:
            try:
                hub_ids = page.evaluate(_JS_FIND, hub_labels)
                out["hubs_found"] = len(hub_ids)
                start = time.perf_counter()
                result = page.evaluate(_JS_SELECT, hub_ids)
                out["select_rtt_ms"] = 1000 * (time.perf_counter() - start)
                out["select_ms"] = result["ms"]
                out["frames"] = page.evaluate(_JS_FRAMES, FRAMES)
                page.evaluate(_JS_ZOOM, hub_ids[0])
                out["zoom_frames"] = page.evaluate(_JS_FRAMES, FRAMES)
            except PlaywrightError as exc:  # the page lacks what the probes use
                out["page_errors"].append(f"benchmark probe failed: {exc}".splitlines()[0])
    finally:
        context.close()
    return out


def _seconds(ms):
    return None if ms is None else ms / 1000


# --------------------------------------------------------------------------- report


def _median(values):
    """Median, where ``None`` (a timeout) counts as infinitely slow; ``None`` if no value."""
    if not values:
        return None
    m = statistics.median(math.inf if v is None else v for v in values)
    return None if math.isinf(m) else m


def _requests(run):
    """Requests the page made besides itself (aborted by the route, or seen only as events)."""
    return max(len(run["blocked"]), len(run["other_requests"]))


def _frame_median(frames):
    return statistics.median(f["frame"] for f in frames) if frames else None


def _frames(frames):
    """``"[frame/redraw, ...] ms"`` of a list of frame dicts."""
    if not frames:
        return "-"
    return "[" + ", ".join(f"{f['frame']:.0f}/{f['redraw']:.0f}" for f in frames) + "] ms"


def _sec(value, none="timeout"):
    return none if value is None else f"{value:.2f} s"


def _fmt(value, digits=2, none="timeout"):
    return none if value is None else f"{value:.{digits}f}"


def parse_sizes(text):
    """``"200:500,2000:5000"`` -> ``[(200, 500), (2000, 5000)]``.

    >>> parse_sizes("200:500, 2000:5000")
    [(200, 500), (2000, 5000)]
    """
    sizes = []
    for item in text.split(","):
        nodes, _, edges = item.strip().partition(":")
        if not edges:
            raise argparse.ArgumentTypeError(f"size {item.strip()!r} is not NODES:EDGES")
        sizes.append((int(nodes), int(edges)))
    return sizes


def run_size(browser, n_nodes, n_edges, args, out_dir):
    """Build, write and measure one size ``repeat`` times; print each run; return a summary."""
    start = time.perf_counter()
    G = make_graph(n_nodes, n_edges, seed=args.seed)
    gen_s = time.perf_counter() - start
    degrees = sorted((d for _, d in G.degree()), reverse=True)
    hubs = sorted(G.nodes, key=lambda n: -G.degree(n))[:5]
    hub_labels = [G.nodes[n]["label"] for n in hubs]
    parallel = G.number_of_edges() - len({(u, v) for u, v in G.edges()})
    loops = nx.number_of_selfloops(G)
    print(f"\n== {n_nodes} nodes, {n_edges} edges (seed {args.seed}) ==")
    print(f"graph: made in {gen_s:.2f} s; max degree {degrees[0]}, top-5 "
          f"{degrees[:5]}, median degree {statistics.median(degrees):g}; "
          f"{parallel} parallel edges, {loops} self-loops; {len(G.graph['articles'])} articles")
    path = Path(out_dir) / f"graph-{n_nodes}-{n_edges}.html"
    runs = []
    for i in range(args.repeat):
        start = time.perf_counter()
        write_html(G, path)
        write_s = time.perf_counter() - start
        r = measure_page(browser, path, hub_labels, args.timeout)
        r["write"] = write_s
        r["mb"] = path.stat().st_size / 1e6
        runs.append(r)
        seen = f"{r['seen'][0]}/{r['seen'][1]}" if r["seen"] else "?"
        print(f"run {i + 1}: write {write_s:.2f} s, {r['mb']:.2f} MB | "
              f"DOMContentLoaded {_sec(r['dcl'])}, ready {_sec(r['ready'])} "
              f"(page clock: {_sec(r['dcl_page'], '?')} / {_sec(r['ready_page'], 'not yet')}) | "
              f"select {r['hubs_found']} hubs+focus {_fmt(r['select_ms'], 1, '-')} ms "
              f"(round trip {_fmt(r['select_rtt_ms'], 1, '-')} ms), "
              f"frames {_frames(r['frames'])}, zoomed {_frames(r['zoom_frames'])} | "
              f"page sees {seen} | "
              f"blocked {_requests(r)}, console errors {len(r['console_errors'])}, "
              f"page errors {len(r['page_errors'])}")
        unrouted = [u for u in r["other_requests"] if u not in r["blocked"]]
        for label, items in (("blocked", r["blocked"]), ("unrouted request", unrouted),
                             ("console error", r["console_errors"]),
                             ("page error", r["page_errors"])):
            for item in items[:3]:
                print(f"    {label}: {item[:200]}")
    return {
        "nodes": n_nodes, "edges": n_edges,
        "mb": runs[-1]["mb"],
        "write": _median([r["write"] for r in runs]),
        "dcl": _median([r["dcl"] for r in runs]),
        "ready": _median([r["ready"] for r in runs]),
        "timeouts": sum(r["ready"] is None for r in runs),
        "select": _median([r["select_ms"] for r in runs]),
        "frame": _median([_frame_median(r["frames"]) for r in runs]),
        "zoom": _median([_frame_median(r["zoom_frames"]) for r in runs]),
        "seen": runs[-1]["seen"],
        "blocked": max(_requests(r) for r in runs),
        "errors": max(len(r["console_errors"]) + len(r["page_errors"]) for r in runs),
    }


def print_table(rows, repeat, timeout, target):
    print(f"\nmedians of {repeat} run(s); ready = window.kgReady === true "
          f"(timeout {timeout:g} s); select = selectNodes+focus in page;\n"
          f"frame = redraw() to next animation frame (median of {FRAMES}), fitted view; "
          f"zoom = the same at scale 1 on the top hub")
    header = (f"{'nodes':>6} {'edges':>6} {'html MB':>8} {'write s':>8} {'DCL s':>7} "
              f"{'ready s':>8} {'select ms':>10} {'frame ms':>9} {'zoom ms':>8} "
              f"{'page sees':>11} "
              f"{'blocked':>8} {'errors':>7}")
    print(header)
    print("-" * len(header))
    for r in rows:
        seen = f"{r['seen'][0]}/{r['seen'][1]}" if r["seen"] else "?"
        ready = _fmt(r["ready"]) + (f" ({r['timeouts']}x t/o)" if r["timeouts"] and r["ready"]
                                    else "")
        print(f"{r['nodes']:>6} {r['edges']:>6} {r['mb']:>8.2f} {_fmt(r['write']):>8} "
              f"{_fmt(r['dcl']):>7} {ready:>8} {_fmt(r['select'], 1, '-'):>10} "
              f"{_fmt(r['frame'], 0, '-'):>9} {_fmt(r['zoom'], 0, '-'):>8} {seen:>11} "
              f"{r['blocked']:>8} {r['errors']:>7}")
    if target is not None:
        print()
        for r in rows:
            if r["ready"] is None:
                verdict = f"NOT met (median run timed out after {timeout:g} s)"
            elif r["ready"] <= target:
                verdict = f"met ({r['ready']:.2f} s <= {target:g} s)"
            else:
                verdict = f"NOT met ({r['ready']:.2f} s > {target:g} s)"
            print(f"target {target:g} s to ready, {r['nodes']} nodes / {r['edges']} edges: "
                  f"{verdict}")


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--nodes", type=int, default=2000, help="nodes (default 2000)")
    parser.add_argument("--edges", type=int, default=5000, help="edges (default 5000)")
    parser.add_argument("--sizes", type=parse_sizes, default=None,
                        help="several sizes NODES:EDGES,..., e.g. 200:500,2000:5000 "
                             "(overrides --nodes/--edges)")
    parser.add_argument("--seed", type=int, default=7, help="random seed (default 7)")
    parser.add_argument("--repeat", type=int, default=3,
                        help="page loads per size; the median is reported (default 3)")
    parser.add_argument("--out", default=None,
                        help="folder for the pages (default: a temporary folder, removed)")
    parser.add_argument("--timeout", type=float, default=60.0,
                        help="seconds to wait for the page to be ready (default 60)")
    parser.add_argument("--target-seconds", type=float, default=5.0,
                        help="print whether the median time to ready is within this "
                             "(default 5; never fails)")
    parser.add_argument("--chromium", default="/usr/bin/chromium",
                        help="Chromium executable (default /usr/bin/chromium)")
    args = parser.parse_args(argv)
    if args.repeat < 1:
        parser.error("--repeat must be at least 1")
    sizes = args.sizes or [(args.nodes, args.edges)]
    if any(n < 1 or m < 0 for n, m in sizes):
        parser.error("sizes need at least one node and no negative edge count")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        print('benchmark_html: needs Playwright: pip install "playwright>=1.48,<2"',
              file=sys.stderr)
        return 2

    tmp = None
    if args.out is None:
        tmp = tempfile.TemporaryDirectory(prefix="kg-bench-html-")
        out_dir = tmp.name
    else:
        out_dir = args.out
        os.makedirs(out_dir, exist_ok=True)
    try:
        with sync_playwright() as p:
            browser = p.chromium.launch(
                executable_path=args.chromium, headless=True,
                args=["--no-sandbox", "--disable-background-networking",
                      "--disable-component-update", "--disable-sync"])
            try:
                print(f"date: {datetime.datetime.now().astimezone().isoformat(timespec='seconds')}")
                print(f"machine: {os.cpu_count()} CPUs, {platform.platform()}, "
                      f"{platform.machine()}; Python {platform.python_version()}")
                print(f"browser: Chromium {browser.version} (headless, {args.chromium}); "
                      f"kg {__version__}")
                rows = [run_size(browser, n, m, args, out_dir) for n, m in sizes]
            finally:
                browser.close()
        print_table(rows, args.repeat, args.timeout, args.target_seconds)
        if args.out is not None:
            print(f"\npages kept in {out_dir}")
    finally:
        if tmp is not None:
            tmp.cleanup()
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Tests of kg.export.summary: the self-contained summary.html page."""

import html
import re
from html.parser import HTMLParser

import matplotlib
import networkx as nx
import pytest

import kg.export.charts as charts
import kg.export.summary as summary_export
from kg.export.summary import summary_to_html, write_summary

from .helpers import MATH, squares

SCRIPT = "<script>alert(1)</script>"
IMG = '"><img src=x onerror=alert(1)>'


def make_graph(names=None):
    """ByteDance -> TikTok -> Tokopedia <- GoTo; a planned GoTo -> Bukalapak stake; Zulhas
    and Teten speak; the Ministry of Trade bans TikTok Shop. ``names`` renames nodes."""
    names = names or {}
    G = nx.MultiDiGraph(
        articles=[{"id": "a1", "title": "One", "lang": "en", "status": "ok"},
                  {"id": "a2", "title": "Dua", "lang": "id", "status": "ok"},
                  {"id": "a3", "title": "Trois", "lang": "fr", "status": "unsupported"}],
        created="2025-01-01T00:00:00+00:00", kg_version="0.1.0")
    for key, label, kind, mentions in [
            ("bytedance", "ByteDance", "ORG", 12), ("tiktok", "TikTok", "ORG", 30),
            ("tokopedia", "Tokopedia", "ORG", 20), ("goto", "GoTo", "ORG", 10),
            ("bukalapak", "Bukalapak", "ORG", 3), ("tiktok-shop", "TikTok Shop", "ORG", 8),
            ("zulhas", "Zulkifli Hasan", "PERSON", 9), ("teten", "Teten Masduki", "PERSON", 6),
            ("kemendag", "Ministry of Trade", "ORG", 11), ("law", "Permendag 31/2023", "LAW", 4)]:
        G.add_node(key, label=names.get(key, label), type=kind, mentions=mentions,
                   aliases=[], languages=["en"], articles=["a1"])

    def edge(u, v, relation, family, modality="asserted", confidence=0.9, **extra):
        evidence = [{"article": "a1", "lang": "en", "sentence": f"{u} {relation} {v}.",
                     "start": len(relation), "end": 40}]
        G.add_edge(u, v, key=relation, relation=relation, family=family, modality=modality,
                   confidence=confidence, evidence=evidence, **extra)

    edge("bytedance", "tiktok", "owns", "ownership")
    edge("tiktok", "tokopedia", "controls", "ownership")
    edge("goto", "tokopedia", "owns", "ownership")
    edge("goto", "bukalapak", "acquires_stake", "ownership", modality="planned")
    edge("zulhas", "tiktok", "said", "statement", quote=names.get("quote", "Jualan, jualan"))
    edge("zulhas", "tokopedia", "said", "statement")
    edge("teten", "tiktok-shop", "criticized", "statement")
    edge("kemendag", "tiktok-shop", "bans", "regulation")
    edge("kemendag", "law", "issues", "regulation")
    edge("tokopedia", "tiktok-shop", "competes_with", "competition", confidence=0.5)
    return G


class _Tags(HTMLParser):
    """Start tags and attributes of a page, and the text of its ``<title>``."""

    def __init__(self):
        super().__init__()
        self.tags, self.title, self._in_title = [], "", False

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))
        self._in_title = tag == "title"

    def handle_endtag(self, tag):
        self._in_title = False

    def handle_data(self, data):
        if self._in_title:
            self.title += data


def parse(page):
    parser = _Tags()
    parser.feed(page)
    return parser


@pytest.fixture(scope="module")
def page():
    return summary_to_html(make_graph(), title="Sample summary")


def section(page, key):
    match = re.search(rf'<section id="{key}">(.*?)</section>', page, re.S)
    assert match, key
    return match.group(1)


def test_page_has_every_section(page):
    for key, heading in [("counts", "Counts"), ("central", "Central entities"),
                         ("communities", "Communities"), ("speakers", "Most-quoted speakers"),
                         ("regulated", "Most-regulated entities"),
                         ("ownership", "Ownership chains"), ("families", "Relations by family"),
                         ("languages", "Articles by language")]:
        assert f"<h2>{heading}</h2>" in section(page, key)
    assert parse(page).title == "Sample summary"


def test_page_content(page):
    chains = section(page, "ownership")
    assert "ByteDance → TikTok → Tokopedia" in chains
    assert "Bukalapak" not in chains  # planned: no chain
    assert "owns · controls" in chains
    speakers = section(page, "speakers")
    assert speakers.index("Zulkifli Hasan") < speakers.index("Teten Masduki")
    assert "<q>Jualan, jualan</q>" in speakers
    regulated = section(page, "regulated")
    assert "TikTok Shop" in regulated and "bans" in regulated and "Ministry of Trade" in regulated
    central = section(page, "central")
    assert "<td class=n>1</td>" in central and "Tokopedia" in central
    assert "English (en)" in section(page, "languages")
    assert "Indonesian (id)" in section(page, "languages")
    assert "unsupported" in section(page, "languages")


def test_page_has_one_inline_svg_chart_per_chart_section(page):
    for key in ("central", "communities", "speakers", "families", "languages"):
        part = section(page, key)
        assert part.count("<svg ") == 1, key
        assert "<?xml" not in part and "<!DOCTYPE" not in part
    assert page.count("<svg ") == 5
    # the charts name entities as text, which the browser draws
    assert "&gt;Tokopedia</text>" in page or ">Tokopedia</text>" in page


def test_chart_ids_are_unique_and_every_reference_resolves(page):
    ids = re.findall(r'\sid="([^"]+)"', page)
    assert len(ids) == len(set(ids)) and len(ids) > 50
    references = set(re.findall(r'url\(#([^)]+)\)', page))
    references |= set(re.findall(r'href="#([^"]+)"', page))
    assert references and references <= set(ids)


def test_page_needs_nothing_from_the_network(page):
    tags = parse(page).tags
    assert not [t for t, _ in tags if t in ("script", "link", "img", "iframe", "object",
                                              "embed", "base", "form")]
    assert not [a for _, attrs in tags for k, a in attrs.items()
                if k in ("src", "srcset", "action", "poster", "data")]
    hrefs = [attrs[k] for _, attrs in tags for k in ("href", "xlink:href") if k in attrs]
    assert hrefs and all(h.startswith("#") for h in hrefs)
    assert not re.search(r"https?:|ftp:|//[\w.-]+\.\w|@import|url\((?!#)", page)
    csp = [attrs for t, attrs in tags if t == "meta" and attrs.get("http-equiv")]
    assert csp and "default-src 'none'" in csp[0]["content"]


def test_hostile_names_are_escaped_everywhere():
    names = {"tiktok": SCRIPT, "bytedance": IMG, "zulhas": MATH,
             "tokopedia": "Toko</svg><script>x()</script>", "quote": "</q><script>y()</script>"}
    page = summary_to_html(make_graph(names), title="<b>Title</b> " + SCRIPT)
    assert "<script" not in page and "<img" not in page and "</q><script" not in page
    assert "<b>Title" not in page
    parsed = parse(page)
    assert {t for t, _ in parsed.tags} <= {
        "html", "head", "meta", "title", "style", "body", "header", "h1", "p", "nav", "a", "main",
        "section", "h2", "div", "b", "span", "i", "table", "thead", "tbody", "tr", "th", "td",
        "q", "br", "ul", "li", "svg", "defs", "g", "path", "text", "use", "clippath", "rect",
        "pattern", "polyline", "circle", "ellipse", "line", "polygon", "image"}
    assert not [a for _, attrs in parsed.tags for a in attrs if a.startswith("on")]
    assert parsed.title == "<b>Title</b> " + SCRIPT
    assert html.escape(SCRIPT) in page
    assert "ByteDance" not in page and html.escape(IMG) in section(page, "ownership")
    # the chain is written with the escaped names
    assert (f"{html.escape(IMG)} → {html.escape(SCRIPT)} → "
            f"{html.escape('Toko</svg><script>x()</script>')}") in page
    # $...$ is no math for matplotlib: the name is drawn as it is written
    assert html.escape(MATH, quote=False) in page


def test_same_graph_same_page_byte_for_byte():
    assert summary_to_html(make_graph()) == summary_to_html(make_graph())


def test_charts_do_not_touch_pyplot_or_the_rc_params():
    before = dict(matplotlib.rcParams)
    backend = matplotlib.get_backend()
    summary_to_html(make_graph())
    assert dict(matplotlib.rcParams) == before
    assert matplotlib.get_backend() == backend


def test_empty_graph_page():
    page = summary_to_html(nx.MultiDiGraph())
    for text in ("No entity in the graph.", "No community", "No asserted statement",
                 "No asserted regulation", "No ownership chain", "No relation in the graph.",
                 "No article listed"):
        assert text in page
    assert "<svg" not in page


def test_graph_without_relations_still_draws_central_and_languages():
    G = nx.MultiDiGraph(articles=[{"id": "a", "lang": "id", "status": "ok"}])
    G.add_node("x", label="Jakarta", type="GPE", mentions=2)
    page = summary_to_html(G)
    assert page.count("<svg ") == 2 and "Jakarta" in section(page, "central")


def test_communities_drawn_as_entities_with_more_communities_than_colours():
    communities = section(summary_to_html(squares()), "communities")
    assert "other communities" in communities  # the legend: 15 communities, 10 colours
    assert "Entity 0</text>" in communities and "circles sized by members" not in communities


def test_big_communities_drawn_as_bubbles(monkeypatch):
    monkeypatch.setattr(charts, "NETWORK_NODES", 30)
    monkeypatch.setattr(charts, "NETWORK_COMMUNITIES", 10)
    monkeypatch.setattr(summary_export, "COMMUNITIES_LISTED", 12)
    communities = section(summary_to_html(squares()), "communities")
    assert "The chart shows the 10 biggest communities as circles sized by members" in communities
    assert "Entity 0 (4)</text>" in communities and "Entity 40 (4)" not in communities
    assert communities.count("<tr>") == 1 + 12
    assert "The table lists the 12 biggest; 3 more hold 12 entities." in communities


def test_write_summary_is_atomic_and_replaces(tmp_path, monkeypatch):
    out = tmp_path / "summary.html"
    out.write_text("old", encoding="utf-8")
    write_summary(make_graph(), out, title="New")
    assert "<title>New</title>" in out.read_text(encoding="utf-8")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["summary.html"]

    def boom(*args, **kwargs):
        raise RuntimeError("chart failed")

    monkeypatch.setattr(charts, "central_chart", boom)
    with pytest.raises(RuntimeError):
        write_summary(make_graph(), out)
    assert "<title>New</title>" in out.read_text(encoding="utf-8")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["summary.html"]


def test_accepts_a_knowledge_graph_wrapper():
    class KnowledgeGraph:
        def __init__(self, G):
            self.nx = G

    assert summary_to_html(KnowledgeGraph(make_graph())) == summary_to_html(make_graph())


def test_sample_corpus_report(samples_build, tmp_path):
    """The report of the bundled samples names the top speaker and the ownership chains."""
    from kg.graph.analytics import ownership_chains, top_speakers

    result, _ = samples_build
    target = tmp_path / "summary.html"
    write_summary(result.graph, target)
    page = target.read_text(encoding="utf-8")
    speaker = top_speakers(result.graph, top=1)[0]["name"]
    assert html.escape(speaker) in section(page, "speakers")
    chains = ownership_chains(result.graph)
    assert chains
    for chain in chains:
        assert html.escape(" → ".join(chain["path"])) in section(page, "ownership")
    assert not re.search(r"https?:", page)

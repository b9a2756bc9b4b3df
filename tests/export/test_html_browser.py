"""The graph page in a real browser: Debian's Chromium driven by Playwright.

Every request other than the page itself is blocked and recorded; the tests
assert there are none, and no console errors. They are skipped when Chromium
or Playwright is missing, unless ``KG_REQUIRE_BROWSER=1`` (``make test`` sets
it, after installing both), in which case they fail.
"""

import json
import os
import shutil
from pathlib import Path

import pytest

from kg.export.html import write_html
from kg.export.json import read_json
from kg.pipeline.driver import build

from .test_html import IMG, SCRIPT, hostile_graph, make_graph

CHROMIUM = os.environ.get("KG_CHROMIUM", "/usr/bin/chromium")
FLAGS = ["--no-sandbox", "--disable-background-networking", "--disable-component-update",
         "--disable-sync"]
ROOT = Path(__file__).resolve().parents[2]
#: Whatever runs in the page sets this if an injected script ever executes.
PWNED = "window.kgPwned"


def _unavailable(reason):
    if os.environ.get("KG_REQUIRE_BROWSER") == "1":
        pytest.fail(f"browser tests required but {reason}")
    pytest.skip(reason)


@pytest.fixture(scope="module")
def browser():
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        _unavailable("playwright is not installed")
    if not (os.path.exists(CHROMIUM) or shutil.which(CHROMIUM)):
        _unavailable(f"no Chromium at {CHROMIUM}")
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
        yield b
        b.close()


class Page:
    """A loaded graph page with the requests, console errors and dialogs it caused."""

    def __init__(self, browser, path):
        self.requests, self.errors, self.dialogs = [], [], []
        self.page = browser.new_page(viewport={"width": 1400, "height": 900})
        self.page.on("console", lambda m: m.type == "error" and self.errors.append(m.text))
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))
        self.page.on("dialog", self._dialog)
        url = Path(path).resolve().as_uri()
        self.page.route("**/*", self._route(url))
        self.page.goto(url)
        self.page.wait_for_function("window.kgReady === true", timeout=60_000)

    def _dialog(self, dialog):
        self.dialogs.append(dialog.message)
        dialog.dismiss()

    def _route(self, url):
        def handle(route):
            if route.request.url == url:
                route.continue_()
            else:
                self.requests.append(route.request.url)
                route.abort()
        return handle

    def js(self, expression):
        return self.page.evaluate(expression)

    def search(self, text):
        box = self.page.locator("#kg-search")
        box.fill(text)
        return self.page.locator("#kg-search-results button").all_inner_texts()

    def panel(self):
        return self.page.locator("#kg-panel-body").inner_text()

    def assert_clean(self):
        assert self.requests == []
        assert self.errors == []
        assert self.dialogs == []
        assert self.js(PWNED) is None


@pytest.fixture(scope="module")
def sample_page(browser, samples_build):
    result, out = samples_build
    page = Page(browser, out / "graph.html")
    yield page, read_json(out / "graph.json")
    page.page.close()


def test_sample_page_loads_offline_with_all_nodes_and_edges(sample_page):
    page, G = sample_page
    assert page.js("nodes.length") == G.number_of_nodes() > 20
    assert page.js("edges.length") == G.number_of_edges() > 20
    # arrows, and physics off once settled
    assert page.js("edges.get().every(e => e.arrows === 'to')")
    assert page.js("network.physics.options.enabled") is False
    status = page.page.locator("#kg-status").inner_text()
    assert status == (f"Showing {G.number_of_nodes()} of {G.number_of_nodes()} entities and "
                      f"{G.number_of_edges()} of {G.number_of_edges()} relations")
    page.assert_clean()


def test_screenshot_of_the_sample_graph(sample_page):
    page, _ = sample_page
    out = ROOT / "outputs"
    out.mkdir(exist_ok=True)
    page.page.screenshot(path=str(out / "graph.png"))
    assert (out / "graph.png").stat().st_size > 10_000


def _node_with_alias(G):
    """A node and one alias that is not a spelling of its name (case and spaces aside)."""
    for node, attrs in G.nodes(data=True):
        for alias in attrs.get("aliases") or ():
            if alias.lower() not in attrs["label"].lower() and len(alias) > 3:
                return node, attrs, alias
    pytest.skip("no entity with a distinct alias")


def test_search_finds_aliases_focuses_and_opens_the_panel(sample_page):
    page, G = sample_page
    node, attrs, alias = _node_with_alias(G)
    hits = page.search(alias.upper())
    assert hits and hits[0].startswith(attrs["label"])
    page.page.locator("#kg-search-results button").first.click()
    assert page.js("network.getSelectedNodes().length") == 1
    selected = page.js("nodes.get(network.getSelectedNodes()[0]).kg.name")
    assert selected == attrs["label"]
    text = page.panel()
    assert attrs["label"] in text and attrs["type"] in text and alias in text
    titles = {a["id"]: a.get("title") for a in G.graph["articles"]}
    assert any(titles[a] in text for a in attrs["articles"])
    assert page.search("no such entity zzz") == []
    assert "No entity or alias matches" in page.page.locator("#kg-search-results").inner_text()
    page.assert_clean()


def test_edge_panel_shows_every_evidence_sentence(sample_page):
    page, G = sample_page
    u, v, attrs = max(G.edges(data=True), key=lambda e: len(e[2]["evidence"]))
    number = list(G.edges(data=True)).index((u, v, attrs))
    page.js(f"kg.showEdge('e{number}')")
    text = page.panel()
    assert f"Evidence ({len(attrs['evidence'])})" in text
    for item in attrs["evidence"]:
        assert " ".join(item["sentence"].split()) in " ".join(text.split())
    assert attrs["relation"] in text and f"{attrs['confidence']:.2f}" in text
    assert attrs.get("modality", "asserted") in text
    page.assert_clean()


def test_clicking_a_node_opens_its_panel(sample_page):
    page, G = sample_page
    page.page.locator("#kg-panel-close").click()
    assert page.page.locator("#kg-panel").is_hidden()
    page.js("network.fit({animation: false})")
    page.page.wait_for_timeout(300)  # the canvas takes the panel's room back
    node_id = page.js("nodes.get().sort((a, b) => b.kg.mentions - a.kg.mentions)[0].id")
    pos = page.js(f"network.canvasToDOM(network.getPositions([{node_id}])[{node_id}])")
    box = page.page.locator("#mynetwork canvas").bounding_box()
    page.page.mouse.click(box["x"] + pos["x"], box["y"] + pos["y"])
    assert page.page.locator("#kg-panel").is_visible()
    name = page.js(f"nodes.get({node_id}).kg.name")
    assert page.page.locator("#kg-panel-body h2").inner_text() == name
    page.assert_clean()


def test_filters_hide_families_types_and_languages(sample_page):
    page, G = sample_page
    n_edges = G.number_of_edges()
    statements = sum(1 for *_, a in G.edges(data=True) if a["family"] == "statement")
    people = {n for n, a in G.nodes(data=True) if a["type"] == "PERSON"}
    page.page.locator('input[data-filter="family"][value="statement"]').uncheck()
    assert page.js("edges.get({filter: e => !e.hidden}).length") == n_edges - statements
    page.page.locator('input[data-filter="type"][value="PERSON"]').uncheck()
    shown = page.js("nodes.get({filter: n => !n.hidden}).map(n => n.kg.name)")
    assert len(shown) == G.number_of_nodes() - len(people)
    visible_edges = page.js("edges.get({filter: e => !e.hidden}).length")
    expected = sum(1 for u, v, a in G.edges(data=True) if a["family"] != "statement"
                   and u not in people and v not in people)
    assert visible_edges == expected
    page.page.locator("#kg-reset").click()
    assert page.js("edges.get({filter: e => !e.hidden}).length") == n_edges
    page.page.locator('input[data-filter="lang"][value="id"]').uncheck()
    shown_edges = page.js("edges.get({filter: e => !e.hidden}).map(e => e.kg.languages)")
    assert shown_edges and all("en" in langs for langs in shown_edges)
    page.page.locator("#kg-reset").click()
    page.assert_clean()


def test_labels_stay_legible_when_zoomed_out(sample_page):
    page, _ = sample_page
    page.js("network.moveTo({scale: 0.2})")
    page.page.wait_for_timeout(300)
    # the biggest node's label keeps at least 14 screen pixels
    size = page.js("nodes.get().sort((a, b) => b.kg.mentions - a.kg.mentions)[0].font.size")
    assert size * 0.2 >= 13.5
    page.js("network.fit()")
    page.assert_clean()


def test_hostile_graph_executes_nothing(browser, tmp_path):
    G = hostile_graph()
    G.graph["articles"] = [{"id": IMG, "title": SCRIPT.replace("alert(1)", "window.kgPwned=1")}]
    for _, attrs in G.nodes(data=True):
        attrs["label"] = attrs["label"].replace("alert(1)", "window.kgPwned=1")
        attrs["aliases"] = [a.replace("alert(1)", "window.kgPwned=1") for a in attrs["aliases"]]
    write_html(G, tmp_path / "graph.html", title=SCRIPT)
    page = Page(browser, tmp_path / "graph.html")
    assert page.search("onerror")  # the alias with the <img> tag is found, as text
    page.page.locator("#kg-search-results button").first.click()
    page.js("kg.showEdge('e0')")
    page.page.mouse.move(700, 500)
    text = page.panel()
    assert "<script>" in text or "<img" in text  # shown literally
    hostile = "#kg-panel img, #kg-panel script, #kg-panel a, .kg-header img"
    assert page.page.locator(hostile).count() == 0
    assert page.page.title() == SCRIPT
    page.assert_clean()
    page.page.close()


def test_hostile_article_through_the_pipeline(browser, tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    body = ("Acme Holdings owns Beta Mart, according to a filing <img src=x "
            "onerror=window.kgPwned=1>. \"Beta Mart must obey the rules "
            "<script>window.kgPwned=2</script>,\" said Budi Santoso, the chief executive of "
            "Acme Holdings. The Ministry of Trade banned Beta Mart <a "
            "href=\"javascript:window.kgPwned=3\">read more</a> on Monday.\n")
    (src / "hostile.txt").write_text("<script>window.kgPwned=4</script> Acme news\n\n" + body
                                     + "\n" + body.replace("Monday", "Tuesday"), encoding="utf-8")
    out = tmp_path / "out"
    build([src], out)
    G = read_json(out / "graph.json")
    # the hostile text did reach the graph: titles, evidence and quotes
    texts = [a["title"] for a in G.graph["articles"]] + [
        e["sentence"] for *_, attrs in G.edges(data=True) for e in attrs["evidence"]] + [
        attrs.get("quote") or "" for *_, attrs in G.edges(data=True)]
    for needle in ("<script>", "<img", "javascript:"):
        assert any(needle in t for t in texts), needle
    page = Page(browser, out / "graph.html")
    assert page.js("nodes.length") == G.number_of_nodes()
    for eid in page.js("edges.getIds()"):
        page.js(f"kg.showEdge({json.dumps(eid)})")
        page.page.wait_for_timeout(20)
    for nid in page.js("nodes.getIds()"):
        page.js(f"kg.focusNode({json.dumps(nid)})")
        page.page.wait_for_timeout(20)
    # the only links are those to Wikidata items of entities linked to the knowledge base
    wikidata = '[href^="https://www.wikidata.org/wiki/Q"]'
    assert page.page.locator(f"#kg-panel img, #kg-panel script, #kg-panel a:not({wikidata})"
                             ).count() == 0
    page.page.wait_for_timeout(300)
    page.assert_clean()
    page.page.close()


def test_empty_graph_page(browser, tmp_path):
    import networkx as nx

    write_html(nx.MultiDiGraph(), tmp_path / "graph.html")
    page = Page(browser, tmp_path / "graph.html")
    assert page.js("nodes.length") == 0
    assert "The graph is empty" in page.page.locator(".kg-header").inner_text()
    page.assert_clean()
    page.page.close()


def test_parallel_edges_are_all_drawn(browser, tmp_path):
    G = make_graph()
    write_html(G, tmp_path / "graph.html")
    page = Page(browser, tmp_path / "graph.html")
    # vis-network's own edge list, not just the DataSet: nothing was merged away
    assert page.js("Object.keys(network.body.edges).length") == G.number_of_edges()
    page.assert_clean()
    page.page.close()


def _wikidata_links(page):
    return page.js("Array.from(document.querySelectorAll('#kg-panel-body a'))"
                   ".map(a => [a.textContent, a.href, a.rel, a.target])")


def test_node_panel_shows_the_knowledge_base_id_and_wikidata(sample_page):
    page, G = sample_page
    linked = [(n, a) for n, a in G.nodes(data=True) if a.get("kb_id") and a.get("wikidata")]
    unlinked = [(n, a) for n, a in G.nodes(data=True) if not a.get("kb_id")]
    assert linked and unlinked
    node, attrs = linked[0]
    number = list(G.nodes).index(node)
    page.js(f"kg.showNode({number})")
    text = page.panel()
    assert f"ID\n{attrs['kb_id']}" in text or f"ID\t{attrs['kb_id']}" in text
    qid = attrs["wikidata"]
    assert _wikidata_links(page) == [[qid, f"https://www.wikidata.org/wiki/{qid}",
                                      "noopener noreferrer", "_blank"]]
    page.js(f"kg.showNode({list(G.nodes).index(unlinked[0][0])})")
    assert "Wikidata" not in page.panel() and _wikidata_links(page) == []
    page.assert_clean()


def test_hostile_ids_give_no_link_and_execute_nothing(browser, tmp_path):
    G = make_graph()
    G.nodes["garuda"].update(kb_id=SCRIPT.replace("alert(1)", "window.kgPwned=1"),
                             wikidata="javascript:window.kgPwned=1")
    write_html(G, tmp_path / "graph.html")
    page = Page(browser, tmp_path / "graph.html")
    number = list(G.nodes).index("garuda")
    page.js(f"kg.showNode({number})")
    assert "<script>" in page.panel() and _wikidata_links(page) == []
    # even a value that reached the page data unchecked becomes no link
    page.js(f"nodes.update({{id: {number}, kg: Object.assign({{}}, nodes.get({number}).kg, "
            "{wikidata: 'javascript:window.kgPwned=1//Q1'})})")
    page.js(f"kg.showNode({number})")
    assert _wikidata_links(page) == []
    page.assert_clean()
    page.page.close()

"""``summary.html``: what a knowledge graph says, as one page of tables and charts.

The page shows the results of :func:`kg.graph.analytics.summary`: counts, the most
central entities, communities, the most quoted speakers, the most regulated
entities, ownership chains, relations by family and articles by language.

It is one self-contained file that needs nothing from the network: the charts
are inline SVG drawn by matplotlib (see :mod:`kg.export.charts`), the styles
are inline (``assets/summary.css``), and there is no script at all. A
Content-Security-Policy ``<meta>`` forbids scripts and requests anyway.

Every string from the graph is untrusted article text: in the HTML it is
escaped with :func:`html.escape`; in the charts it is plain SVG text, which
matplotlib escapes, with math rendering (``$...$``) switched off.

The charts are deterministic, so the same graph gives the same page byte for
byte.
"""

from __future__ import annotations

import html
from collections import Counter
from importlib import resources

from kg.export import charts
from kg.export._atomic import atomic_write_text
from kg.export._text import clip
from kg.export.charts import (
    MODALITY_ALPHA,
    community_color,
    family_color,
    language_name,
    noun,
    type_color,
)
from kg.graph import analytics

DEFAULT_TITLE = "kg knowledge graph summary"
#: Rows of the communities table.
COMMUNITIES_LISTED = 15
_QUOTE_LIMIT = 220
_MEMBERS_SHOWN = 10
_NO_WRAP = 24
_CSP = ("default-src 'none'; style-src 'unsafe-inline'; img-src data:; "
        "base-uri 'none'; form-action 'none'")
_ASSETS = resources.files("kg.export") / "assets"


def summary_to_html(G, *, title=DEFAULT_TITLE, top=10, seed=42):
    """Render the summary page of a knowledge graph.

    Parameters
    ----------
    G : networkx.MultiDiGraph or kg.query.api.KnowledgeGraph
        A graph following the graph.json contract. It is not modified.
    title : str, default "kg knowledge graph summary"
        Page title and heading (escaped; may be untrusted).
    top : int, default 10
        Length of the central, speaker and regulated lists.
    seed : int, default 42
        Seed of the communities (Louvain) and of the network drawing.

    Returns
    -------
    str
        The HTML page: no script, no external resource.

    Examples
    --------
    >>> import networkx as nx
    >>> G = nx.MultiDiGraph(articles=[{"id": "a1", "lang": "en", "status": "ok"}])
    >>> G.add_node("b", label="ByteDance", type="ORG", mentions=2)
    >>> G.add_node("t", label="<b>TikTok</b>", type="ORG", mentions=3)
    >>> _ = G.add_edge("b", "t", relation="owns", family="ownership", confidence=0.9)
    >>> page = summary_to_html(G, title="Demo")
    >>> "<title>Demo</title>" in page, "&lt;b&gt;TikTok&lt;/b&gt;" in page, "<b>TikTok" in page
    (True, True, False)
    """
    G = analytics._graph(G)
    data = analytics.summary(G, top=top, seed=seed)
    sections = [
        ("counts", "Counts", _counts_section(data)),
        ("central", "Central entities", _central_section(data["central"])),
        ("communities", "Communities", _communities_section(G, data["communities"], seed)),
        ("speakers", "Most-quoted speakers", _speakers_section(data["speakers"])),
        ("regulated", "Most-regulated entities", _regulated_section(data["regulated"])),
        ("ownership", "Ownership chains",
         _chains_section(data["ownership_chains"], data["counts"]["ownership_chains"])),
        ("families", "Relations by family", _families_section(G)),
        ("languages", "Articles by language", _languages_section(data["counts"])),
    ]
    nav = " ".join(f'<a href="#{key}">{_esc(name)}</a>' for key, name, _ in sections)
    body = "\n".join(f'<section id="{key}">\n<h2>{_esc(name)}</h2>\n{content}\n</section>'
                     for key, name, content in sections)
    css = (_ASSETS / "summary.css").read_text(encoding="utf-8")
    return _PAGE.format(csp=_CSP, title=_esc(title), css=css, byline=_byline(G, data),
                        nav=nav, body=body)


def write_summary(G, path, *, title=DEFAULT_TITLE, top=10, seed=42):
    """Write the page of :func:`summary_to_html` to ``path`` atomically.

    Parameters
    ----------
    G : networkx.MultiDiGraph or kg.query.api.KnowledgeGraph
        A graph following the graph.json contract. It is not modified.
    path : str or os.PathLike
        Output file (``summary.html``); its folder must exist.
    title : str, default "kg knowledge graph summary"
        Page title and heading.
    top, seed : int
        See :func:`summary_to_html`.

    Examples
    --------
    >>> import pathlib, tempfile
    >>> import networkx as nx
    >>> out = pathlib.Path(tempfile.mkdtemp()) / "summary.html"
    >>> write_summary(nx.MultiDiGraph(), out)
    >>> "No relation" in out.read_text(encoding="utf-8")
    True
    """
    atomic_write_text(path, summary_to_html(G, title=title, top=top, seed=seed))


# -- sections ------------------------------------------------------------------------------

def _byline(G, data):
    counts = data["counts"]
    parts = [f"{counts['articles']:,} articles", f"{counts['entities']:,} entities",
             f"{counts['relations']:,} relations"]
    if G.graph.get("created"):
        parts.append(f"built {G.graph['created']}")
    if G.graph.get("kg_version"):
        parts.append(f"kg {G.graph['kg_version']}")
    return _esc(" · ".join(str(p) for p in parts))


def _counts_section(data):
    counts = data["counts"]
    languages = len([lang for lang in counts["articles_by_language"] if lang != "unknown"])
    cards = [("entity", counts["entities"]), ("relation", counts["relations"]),
             ("article", counts["articles"]), ("language", languages),
             ("community", counts["communities"]),
             ("ownership chain", counts["ownership_chains"])]
    out = ['<div class="cards">']
    out += [f'<div class="card"><b>{value:,}</b><span>{_esc(noun(value, name))}</span></div>'
            for name, value in cards]
    out.append("</div>")
    rows = []
    for kind, n in counts["entity_types"].items():
        rows.append(f'<span class="chip"><i style="background:{type_color(kind)}"></i>{_esc(kind)} '
                    f'<b>{n:,}</b></span>')
    for modality, n in counts["modalities"].items():
        rows.append(f'<span class="chip muted">{_esc(modality)} relations <b>{n:,}</b></span>')
    if rows:
        out.append(f'<p class="chips">{"".join(rows)}</p>')
    return "\n".join(out)


def _central_section(central):
    if not central:
        return _empty("No entity in the graph.")
    chart = charts.render("central", charts.central_chart, central)
    rows = [[_num(i + 1), _type_cell(r["name"], r["type"]), _esc(r["type"]),
             _num(r["mentions"]), _num(r["degree"]), _esc(f"{r['pagerank']:.3f}")]
            for i, r in enumerate(central)]
    table = _table(["#", "entity", "type", "mentions", "degree", "PageRank"],
                   rows, numeric={0, 3, 4, 5})
    note = ("PageRank on the relations weighted by confidence: entities that many relations "
            "point to (owned, regulated, talked about) rank high. Degree counts distinct "
            "neighbours, in either direction.")
    return _two(chart, table, note)


def _communities_section(G, groups, seed):
    if not groups:
        return _empty("No community: no two entities are related.")
    chart = charts.render("communities", charts.network_chart, G, groups, seed)
    rows = []
    for i, group in enumerate(groups[:COMMUNITIES_LISTED]):
        color = community_color(i)
        members = group["members"][:_MEMBERS_SHOWN]
        more = len(group["members"]) - len(members)
        text = ", ".join(_esc(m) for m in members) + (f" and {more:,} more" if more else "")
        rows.append([_name_cell(group["label"], color),
                     _num(group["size"]), _num(group["relations"]), text])
    table = _table(["community", "size", "relations", "members (most mentioned first)"], rows,
                   numeric={1, 2})
    note = (f"Louvain communities (seed {seed}) of the relations, weighted by confidence; each "
            "is named after its most mentioned member. Entities without any relation are "
            "left out.")
    if sum(group["size"] for group in groups) > charts.NETWORK_NODES:
        shown = charts.NETWORK_COMMUNITIES
        which = f"the {shown} biggest" if len(groups) > shown else "the"
        note = (f"The chart shows {which} communities as circles sized by members, linked by "
                f"the relations between them. {note}")
    if len(groups) > COMMUNITIES_LISTED:
        rest = groups[COMMUNITIES_LISTED:]
        note += (f" The table lists the {COMMUNITIES_LISTED} biggest; {len(rest):,} more "
                 f"hold {sum(g['size'] for g in rest):,} entities.")
    return f'<div class="chart wide">{chart}</div>\n<p class="note">{_esc(note)}</p>\n{table}'


def _speakers_section(speakers):
    if not speakers:
        return _empty("No asserted statement in the graph.")
    chart = charts.render("speakers", charts.speakers_chart, speakers)
    rows = []
    for r in speakers:
        quote = r["quote"] and clip(r["quote"], _QUOTE_LIMIT).rstrip(" ,;:")
        quote = f'<q>{_esc(quote)}</q>' if quote else ""
        rows.append([_type_cell(r["name"], r["type"]), _num(r["statements"]), _num(r["topics"]),
                     _num(r["articles"]),
                     f'{", ".join(_esc(t) for t in r["about"])}'
                     + (f'<br>{quote}' if quote else "")])
    table = _table(["speaker", "statements", "topics", "articles", "about, and a quote"], rows,
                   numeric={1, 2, 3})
    note = ("A statement is one sentence in which the speaker says or criticises something "
            "(denials such as \u201cdeclined to comment\u201d are left out); topics are the "
            "entities spoken about.")
    return f'<div class="chart">{chart}</div>\n<p class="note">{_esc(note)}</p>\n{table}'


def _regulated_section(regulated):
    if not regulated:
        return _empty("No asserted regulation in the graph.")
    rows = [[_type_cell(r["name"], r["type"]), _num(r["actions"]),
             ", ".join(_esc(b) for b in r["by"]),
             ", ".join(_esc(x) for x in r["relations"])] for r in regulated]
    table = _table(["entity", "regulations", "by", "how"], rows, numeric={1})
    note = ("Asserted relations of the regulation family (bans, requires, regulates, issues, "
            "...) pointing at the entity; planned ones (\u201cwill regulate\u201d) are left out.")
    return f'{table}\n<p class="note">{_esc(note)}</p>'


def _chains_section(chains, total):
    if not chains:
        return _empty("No ownership chain of two links or more.")
    items = []
    for chain in chains:
        text = " \u2192 ".join(chain["path"])
        if chain["loops_to"]:
            text += f" \u2192 ({chain['loops_to']})"
        hops = " \u00b7 ".join(chain["relations"])
        items.append(f'<li><span class="chain">{_esc(text)}</span>'
                     f'<span class="hops">{_esc(hops)}</span></li>')
    note = ("Owner \u2192 owned paths over asserted ownership relations (owns, controls, "
            "acquires_stake, invests_in, ...); planned or negated ones (\u201cin talks to "
            "buy\u201d) and mergers are left out. A name in brackets closes a cycle.")
    if total > len(chains):
        note = f"The {len(chains):,} longest of {total:,} chains. " + note
    return f'<ul class="chains">{"".join(items)}</ul>\n<p class="note">{_esc(note)}</p>'


def _families_section(G):
    cells = Counter((str(a.get("family") or "other"), str(a.get("modality") or "asserted"))
                    for _, _, a in G.edges(data=True))
    if not cells:
        return _empty("No relation in the graph.")
    families = [f for f in analytics.counts(G)["families"]]
    chart = charts.render("families", charts.families_chart, families, cells)
    rows = [[f'<span class="dot" style="background:{family_color(f)}"></span>{_esc(f)}']
            + [_num(cells[(f, m)]) for m in MODALITY_ALPHA]
            + [_num(sum(n for (fam, _), n in cells.items() if fam == f))] for f in families]
    table = _table(["family", *MODALITY_ALPHA, "all"], rows, numeric={1, 2, 3, 4})
    return _two(chart, table, "Planned (\u201cplans to\u201d, \u201cin talks\u201d) and negated "
                              "relations are kept in the graph but are not facts.")


def _languages_section(counts):
    languages = counts["articles_by_language"]
    if not languages:
        return _empty("No article listed in the graph.")
    chart = charts.render("languages", charts.languages_chart, languages)
    statuses = list(counts["articles_by_status"])
    rows = [[_esc(language_name(lang))] + [_num(by.get(s, 0)) for s in statuses]
            + [_num(sum(by.values()))] for lang, by in languages.items()]
    table = _table(["language", *statuses, "all"], rows,
                   numeric=set(range(1, len(statuses) + 2)))
    return _two(chart, table, "Every input article, by detected language and status "
                              "(only ok articles are in the graph).")


# -- HTML helpers --------------------------------------------------------------------------

def _esc(value):
    """HTML-escaped text, lone surrogates replaced (they cannot be written as UTF-8)."""
    text = str(value).encode("utf-8", "replace").decode("utf-8")
    return html.escape(text, quote=True)


def _num(value):
    return f'{value:,}' if isinstance(value, int) else _esc(value)



def _type_cell(name, kind):
    return _name_cell(name, type_color(kind))


def _name_cell(name, color):
    """A name with a coloured dot; short names never wrap."""
    short = " short" if len(str(name)) <= _NO_WRAP else ""
    return (f'<span class="name{short}"><span class="dot" style="background:{color}"></span>'
            f'{_esc(name)}</span>')


def _table(header, rows, numeric=()):
    head = "".join(f'<th{" class=n" if i in numeric else ""}>{_esc(h)}</th>'
                   for i, h in enumerate(header))
    body = "".join("<tr>" + "".join(f'<td{" class=n" if i in numeric else ""}>{cell}</td>'
                                    for i, cell in enumerate(row)) + "</tr>" for row in rows)
    return f'<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>'


def _two(chart, table, note):
    return (f'<div class="two"><div class="chart">{chart}</div><div>{table}'
            f'<p class="note">{_esc(note)}</p></div></div>')


def _empty(text):
    return f'<p class="empty">{_esc(text)}</p>'


_PAGE = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="{csp}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>{title}</title>
<style>
{css}</style>
</head>
<body>
<header>
<h1>{title}</h1>
<p class="byline">{byline}</p>
<nav>{nav}</nav>
</header>
<main>
{body}
</main>
</body>
</html>
"""

"""``kg query GRAPH QUESTION ...``: ask a graph.json who owns, regulates or said what.

Each question prints an aligned plain-text table (long sentences cut with
``...``) or, with ``--json``, a JSON list of records (see :mod:`kg.query.records`).
"""

from __future__ import annotations

import argparse
import dataclasses
import json

from kg.cli._common import usage
from kg.errors import ExitCode
from kg.graph.schema import FAMILIES
from kg.query.api import KnowledgeGraph, load
from kg.query.records import Ownership

#: Widest cells of the tables, by kind.
NAME_WIDTH, TEXT_WIDTH, TITLE_WIDTH = 32, 72, 40

#: Question -> (help, argument attributes naming entities).
QUESTIONS = {
    "entity": ("an entity's names, type, languages and articles", ("name",)),
    "owners": ("who owns an entity (asserted ownership)", ("name",)),
    "subsidiaries": ("what an entity owns (asserted ownership)", ("name",)),
    "regulators": ("who bans, regulates or requires something of an entity", ("name",)),
    "statements": ("what people said, by speaker and/or about an entity", ("by", "about")),
    "roles": ("roles of a person, or people with roles at an organisation", ("name",)),
    "neighbors": ("entities linked to an entity, with their relations", ("name",)),
    "path": ("the shortest chain of relations between two entities", ("a", "b")),
    "relations": ("relations matching filters", ("source", "target")),
}


def add_parser(sub) -> None:
    """Register the ``query`` sub-command and its questions."""
    p = sub.add_parser(
        "query", help="ask a graph.json questions: owners, statements, paths ...",
        description="Answer a question about a graph.json built by 'kg build'. Entities are "
                    "named by their name or any alias, in any case. Owners, subsidiaries, "
                    "regulators, statements and roles use asserted relations only unless "
                    "--all-modalities is given; planned and negated relations are not facts. "
                    "Exit codes: 0 answered (even with no result); 2 usage error, unreadable "
                    "graph or unknown entity (close names are suggested).")
    p.add_argument("graph", metavar="GRAPH", help="a graph.json file")
    questions = p.add_subparsers(dest="question", metavar="QUESTION", required=True)
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--json", action="store_true",
                        help="print a JSON list of records instead of a table")
    facts = argparse.ArgumentParser(add_help=False)
    facts.add_argument("--all-modalities", action="store_true",
                       help="also use planned and negated relations (not facts)")
    explore = argparse.ArgumentParser(add_help=False)
    explore.add_argument("--asserted-only", action="store_true",
                         help="leave out planned and negated relations")
    family = argparse.ArgumentParser(add_help=False)
    family.add_argument("--family", choices=FAMILIES, help="only relations of this family")

    def question(name, *parents):
        return questions.add_parser(name, parents=[common, *parents], help=QUESTIONS[name][0],
                                    description=QUESTIONS[name][0].capitalize() + ".")

    question("entity").add_argument("name", metavar="NAME")
    for name in ("owners", "subsidiaries"):
        q = question(name, facts)
        q.add_argument("name", metavar="NAME")
        q.add_argument("--transitive", action="store_true",
                       help="follow ownership chains (a parent's parent ...)")
    question("regulators", facts).add_argument("name", metavar="NAME")
    q = question("statements", facts)
    q.add_argument("--by", metavar="NAME", help="the speaker")
    q.add_argument("--about", metavar="NAME", help="what the statement is about")
    question("roles", facts).add_argument("name", metavar="NAME")
    question("neighbors", family, explore).add_argument("name", metavar="NAME")
    q = question("path", family, explore)
    q.add_argument("a", metavar="A")
    q.add_argument("b", metavar="B")
    q = question("relations", family, explore)
    q.add_argument("--source", metavar="NAME")
    q.add_argument("--target", metavar="NAME")
    q.add_argument("--relation", metavar="REL", help="a fine predicate, such as owns or said")
    q.add_argument("--lang", metavar="LANG", help="with evidence in this language (en, id)")
    q.add_argument("--min-confidence", type=confidence, default=0.0, metavar="C",
                   help="lowest confidence, from 0 to 1 (default: 0)")


def run(args) -> int:
    """Run ``kg query``; returns the exit code."""
    g = open_graph(args.graph)
    if g is None:
        return ExitCode.USAGE
    for attr in QUESTIONS[args.question][1]:
        name = getattr(args, attr)
        if name is not None:
            try:
                g.entity(name)
            except KeyError as exc:
                return usage(exc.args[0])
    answer = ANSWERS[args.question](g, args)
    if args.json:
        print(json.dumps(answer if answer is None else [_jsonable(r) for r in answer],
                         ensure_ascii=False, indent=1))
    elif answer is None:
        print(f"no path between {g.entity(args.a).name} and {g.entity(args.b).name}")
    elif not answer and args.question != "path":
        print("no result" + (" (asserted relations only; --all-modalities adds planned and "
                             "negated ones)" if not getattr(args, "all_modalities", True) else ""))
    else:
        print(TABLES[args.question](answer, args))
    return ExitCode.OK


def open_graph(path) -> KnowledgeGraph | None:
    """The graph at ``path``, or None after printing why it cannot be read."""
    try:
        return load(path)
    except OSError as exc:
        usage(f"cannot read {path}: {exc.strerror or exc}")
    except ValueError as exc:
        usage(str(exc))
    return None


def _modalities(args) -> dict:
    if hasattr(args, "all_modalities"):
        return {"asserted_only": not args.all_modalities}
    return {"asserted_only": args.asserted_only}


ANSWERS = {
    "entity": lambda g, a: [g.entity(a.name)],
    "owners": lambda g, a: g.owners(a.name, a.transitive, **_modalities(a)),
    "subsidiaries": lambda g, a: g.subsidiaries(a.name, a.transitive, **_modalities(a)),
    "regulators": lambda g, a: g.regulators(a.name, **_modalities(a)),
    "statements": lambda g, a: g.statements(by=a.by, about=a.about, **_modalities(a)),
    "roles": lambda g, a: g.roles(a.name, **_modalities(a)),
    "neighbors": lambda g, a: g.neighbors(a.name, a.family, **_modalities(a)),
    "path": lambda g, a: g.path(a.a, a.b, a.family, **_modalities(a)),
    "relations": lambda g, a: g.relations(a.source, a.target, a.family, a.relation, a.lang,
                                          a.min_confidence, **_modalities(a)),
}


# -- tables -----------------------------------------------------------------------------------

def table(headers, rows, widths=None) -> str:
    """``rows`` aligned under ``headers``; column ``i`` cut to ``widths[i]`` characters.

    Examples
    --------
    >>> print(table(["NAME", "SAID"], [["Teten", "a long sentence here"]], {1: 10}))
    NAME   SAID
    -----  ---------
    Teten  a long...
    """
    widths = widths or {}
    cells = [[cut(c, widths.get(i)) for i, c in enumerate(row)] for row in rows]
    sizes = [max(len(h), *(len(r[i]) for r in cells)) for i, h in enumerate(headers)]
    lines = [headers, ["-" * s for s in sizes], *cells]
    return "\n".join("  ".join(c.ljust(s) for c, s in zip(line, sizes)).rstrip()
                     for line in lines)


def cut(value, width=None) -> str:
    """``value`` as one line of text, cut to ``width`` characters with ``...``.

    Examples
    --------
    >>> cut("a  long\\nsentence", 9), cut(None), cut(0.8125)
    ('a long...', '', '0.81')
    """
    if value is None:
        return ""
    text = f"{value:.2f}" if isinstance(value, float) else " ".join(str(value).split())
    if width and len(text) > width:
        text = text[:width - 3].rstrip() + "..."
    return text


def _shown(rel, lang=None):
    """The evidence a table shows: the one holding the relation's quote, else the first
    in ``lang``, else the first; None if there is no evidence."""
    evidence = rel.evidence
    quote = getattr(rel, "quote", None)
    return (next((e for e in evidence if quote and e.quote == quote), None)
            or next((e for e in evidence if e.lang == lang), None)
            or (evidence[0] if evidence else None))


def _sentence(rel, lang=None) -> str:
    """The quote of a relation, else the sentence of its :func:`_shown` evidence."""
    if getattr(rel, "quote", None):
        return f"\u201c{' '.join(rel.quote.split())}\u201d"
    shown = _shown(rel, lang)
    return shown.sentence if shown else ""


def _article(rel) -> str:
    """Title (else id) of the article of the :func:`_shown` evidence, and how many more."""
    shown = _shown(rel)
    if shown is None:
        return ""
    more = len(dict.fromkeys(e.article for e in rel.evidence)) - 1
    return cut(shown.article_title or shown.article, TITLE_WIDTH) + (f" (+{more})" if more else "")


def _entity_table(records, args) -> str:
    e = records[0]
    rows = [("name", e.name), ("id", e.id), ("type", e.type), ("aliases", ", ".join(e.aliases)),
            ("languages", ", ".join(e.languages)), ("mentions", e.mentions),
            ("articles", f"{len(e.articles)}: {', '.join(e.articles)}"),
            ("roles", ", ".join(e.roles))]
    return "\n".join(f"{k:<10} {cut(v, 100)}" for k, v in rows)


def _ownership_table(records, args) -> str:
    head = "OWNER" if args.question == "owners" else "SUBSIDIARY"
    rows = [[r.entity, r.depth, " > ".join(r.chain),
             " > ".join(x.relation + (f" ({x.stake})" if x.stake else "") for x in r.relations),
             r.modality] for r in records]
    return table([head, "DEPTH", "CHAIN", "RELATIONS", "MODALITY"], rows,
                 {0: NAME_WIDTH, 2: TEXT_WIDTH})


def _relation_table(records, args) -> str:
    rows = [[r.source, r.relation, r.target, r.family, r.modality, r.confidence,
             len(r.evidence), _sentence(r, args.lang)] for r in records]
    return table(["SOURCE", "RELATION", "TARGET", "FAMILY", "MODALITY", "CONF", "EV",
                  "QUOTE OR SENTENCE"], rows, {0: NAME_WIDTH, 2: NAME_WIDTH, 7: TEXT_WIDTH})


def _regulator_table(records, args) -> str:
    rows = [[r.source, r.relation, r.target, r.modality, r.confidence, _article(r),
             _sentence(r)] for r in records]
    return table(["REGULATOR", "RELATION", "TARGET", "MODALITY", "CONF", "ARTICLE",
                  "SENTENCE"], rows, {0: NAME_WIDTH, 2: NAME_WIDTH, 6: TEXT_WIDTH})


def _statement_table(records, args) -> str:
    rows = [[s.speaker, s.relation, s.about, s.modality, s.confidence, _article(s),
             _sentence(s)] for s in records]
    return table(["SPEAKER", "RELATION", "ABOUT", "MODALITY", "CONF", "ARTICLE",
                  "QUOTE OR SENTENCE"], rows, {0: NAME_WIDTH, 2: NAME_WIDTH, 6: TEXT_WIDTH})


def _role_table(records, args) -> str:
    rows = [[r.source, r.title, r.target, r.modality, r.confidence, _article(r)]
            for r in records]
    return table(["PERSON", "TITLE", "ORGANISATION", "MODALITY", "CONF", "ARTICLE"], rows,
                 {0: NAME_WIDTH, 1: NAME_WIDTH, 2: NAME_WIDTH})


def _neighbor_table(records, args) -> str:
    rows = []
    for n in records:
        links = [f"-{r.relation}->" if r.target_id == n.id else f"<-{r.relation}-"
                 for r in n.relations]
        rows.append([n.name, n.type, ", ".join(links)])
    return table(["NEIGHBOR", "TYPE", "RELATIONS (from the asked entity)"], rows,
                 {0: NAME_WIDTH, 2: TEXT_WIDTH})


def _path_table(steps, args) -> str:
    if not steps:
        return "the two names are the same entity"
    rows = [[i, s.start, f"-{s.relation.relation}->" if s.direction == "forward"
             else f"<-{s.relation.relation}-", s.end, s.relation.modality,
             _sentence(s.relation)] for i, s in enumerate(steps, 1)]
    return table(["STEP", "FROM", "RELATION", "TO", "MODALITY", "QUOTE OR SENTENCE"], rows,
                 {1: NAME_WIDTH, 3: NAME_WIDTH, 5: TEXT_WIDTH})


TABLES = {"entity": _entity_table, "owners": _ownership_table,
          "subsidiaries": _ownership_table, "regulators": _regulator_table,
          "statements": _statement_table, "roles": _role_table,
          "neighbors": _neighbor_table, "path": _path_table, "relations": _relation_table}


def _jsonable(record) -> dict:
    """A record as a dict; ownership records also give their ``depth`` and ``modality``."""
    data = dataclasses.asdict(record)
    if isinstance(record, Ownership):
        data.update(depth=record.depth, modality=record.modality)
    return data


def confidence(text: str) -> float:
    """argparse type: a number from 0 to 1.

    Examples
    --------
    >>> confidence("0.5")
    0.5
    >>> confidence("2")
    Traceback (most recent call last):
    ...
    argparse.ArgumentTypeError: must be from 0 to 1, not 2.0
    """
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {text!r}") from None
    if not 0 <= value <= 1:
        raise argparse.ArgumentTypeError(f"must be from 0 to 1, not {value}")
    return value

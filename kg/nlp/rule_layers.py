"""Rule layers around a statistical NER: ``"kg_entity_rules"`` and ``"kg_entity_fixes"``.

Both are registered spaCy factories configured with ``lang`` (``"en"`` or
``"id"``; default: the pipeline's language), whose data lives in
:mod:`kg.lang.en.rules` / :mod:`kg.lang.id.rules`.  Labels are written in the
model's own names (``LABELS``: PERSON/ORG/GPE/LAW for en_core_web_sm,
PER/ORG/LOC/LAW for kg's Indonesian model).  Both work without a model.

``kg_entity_rules`` goes **before** ``"ner"``.  It presets high-precision
spans on ``doc.ents``: known government bodies and companies (gazetteers
minus ambiguous names), government-body shapes ("Ministry of Trade",
"Kementerian Koperasi dan UKM"), company forms ("PT ... Tbk", "... Group"),
tickers ("GOTO.JK") and laws ("Permendag 31/2023", "Law No. 11 of 2020").
Overlaps among them are resolved with :func:`spacy.util.filter_spans`
(longest wins); existing entities are kept, and other tokens are left
unannotated.  The spans set are also stored in ``doc.spans[spans_key]``.

``kg_entity_fixes`` goes **after** ``"ner"``.  It strips titles from PERSON
spans ("Menteri Perdagangan Zulkifli Hasan" -> "Zulkifli Hasan"), makes the
capitalised name after a title a PERSON ("CEO TikTok Shou Zi Chew"), drops
spans that are only a title, trims function words at span edges ("dan
Lazada"), drops capitalised common words at a sentence start, and types known
organisations ORG.  Rule spans from ``kg_entity_rules`` are left alone.

How spaCy's ``ner`` treats preset entities
------------------------------------------
Read in the spaCy 3.8 source installed with kg (``site-packages/spacy``):

* ``pipeline/_parser_internals/ner.pyx``: the ``is_valid`` checks of the
  transitions ``Begin``, ``In``, ``Last``, ``Unit`` and ``Out`` read each
  token's preset ``ent_iob`` / ``ent_type``.  On a preset B token only
  ``Begin``/``Unit`` with the preset label are valid, on a preset I token only
  ``In``/``Last`` with that label, ``Out`` on neither, and ``Begin`` is
  invalid when the next token is a preset B.  So the model must rebuild each
  preset span exactly and cannot grow an entity into one; tokens with
  ``ent_iob`` 0 (missing) or 2 (O) do not constrain it and it predicts there
  as usual.  ``BiluoPushDown.set_annotations`` then writes the final
  entities with ``doc.set_ents(..., default="unmodified")``.
* ``pipeline/transition_parser.pyx``: ``greedy_parse`` first calls
  ``_ensure_labels_are_added``, so a preset label the model lacks (LAW for
  kg's Indonesian model) is added as new actions and the output layer is
  resized (``ml/models/parser.py``, ``_resize_upper``), the new classes marked
  unseen; ``ml/parser_model.pyx`` (``predict_states``) gives unseen classes
  the minimum score, so the model never predicts that label on its own.  The
  resize happens once, on the first document with such a span.

``tests/test_rule_layers.py`` checks this on an untrained Indonesian ``ner``
(labels PER/ORG/LOC) and on en_core_web_sm.

Examples
--------
>>> import spacy
>>> nlp = spacy.blank("en")
>>> _ = nlp.add_pipe("sentencizer")
>>> _ = nlp.add_pipe("kg_entity_rules")
>>> _ = nlp.add_pipe("kg_entity_fixes")
>>> doc = nlp("Minister of Trade Zulkifli Hasan said Permendag 31/2023 bans TikTok Shop.")
>>> [(e.text, e.label_) for e in doc.ents]
[('Zulkifli Hasan', 'PERSON'), ('Permendag 31/2023', 'LAW'), ('TikTok Shop', 'ORG')]
"""

from __future__ import annotations

import numpy
from spacy.attrs import LOWER, SHAPE
from spacy.language import Language
from spacy.matcher import Matcher, PhraseMatcher
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from kg.lang import get_lang_data
from kg.lang.data import RuleData
from kg.lang.id.morphology import is_affixed_common_word

#: Key of ``doc.spans`` where ``kg_entity_fixes`` keeps the title phrases it found
#: ("Menteri Koperasi dan UKM", "Trade Minister").
TITLES_KEY = "kg_titles"

#: Languages with rule data (``kg.lang.<lang>.rules``, gathered in ``kg.lang.<lang>.DATA``).
RULE_LANGS = ("en", "id")

#: Tokens before / after a gate word that a pattern may reach: the text matched
#: by a family is the union of these windows around its gate words.
WINDOW = (8, 32)

_OPENERS = {'"', "“", "'", "‘", "(", "[", "-", "—", "–", ":", "«", "*", "•"}


def case_variant(name: str) -> str | None:
    """The spelling of a one-word name with inner capitals that news often uses
    instead ("TikTok" -> "Tiktok", "ByteDance" -> "Bytedance"), or None.

    Examples
    --------
    >>> case_variant("TikTok"), case_variant("Tokopedia"), case_variant("OVO")
    ('Tiktok', None, None)
    """
    if " " in name or not name[:1].isupper() or name.isupper():
        return None
    variant = name[0] + name[1:].lower()
    return variant if variant != name and name[1:].lower().isalpha() else None


def load_rules(lang: str) -> RuleData:
    """Return the rule data of ``lang`` (``kg.lang.<lang>.DATA.rules``).

    Raises
    ------
    ValueError
        If ``lang`` has no rule data.

    Examples
    --------
    >>> load_rules("id").labels["PERSON"]
    'PER'
    """
    if lang not in RULE_LANGS:
        raise ValueError(
            f"no entity rules for language {lang!r}; supported: {', '.join(RULE_LANGS)}")
    return get_lang_data(lang).rules


@Language.factory(
    "kg_entity_rules",
    assigns=["doc.ents", "doc.spans"],
    default_config={"lang": None, "spans_key": "kg_rules"},
)
def make_entity_rules(nlp: Language, name: str, lang: str | None, spans_key: str | None):
    """Build the rule layer that presets high-precision entities before ``"ner"``.

    Parameters
    ----------
    nlp : spacy.language.Language
        The pipeline; its tokenizer turns the gazetteers into patterns.
    name : str
        Component name.
    lang : {"en", "id"} or None
        Rule data to use; None takes ``nlp.lang``.
    spans_key : str or None
        Key of ``doc.spans`` where the spans set are stored (read by
        ``"kg_entity_fixes"``); None stores nothing.

    Examples
    --------
    >>> import spacy
    >>> nlp = spacy.blank("id")
    >>> _ = nlp.add_pipe("kg_entity_rules")
    >>> doc = nlp("Kemendag menerbitkan Permendag Nomor 31 Tahun 2023 untuk PT Bukalapak.com Tbk.")
    >>> [(e.text, e.label_) for e in doc.ents]
    [('Kemendag', 'ORG'), ('Permendag Nomor 31 Tahun 2023', 'LAW'), ('PT Bukalapak.com Tbk', 'ORG')]
    """
    return EntityRules(nlp, name, lang=lang, spans_key=spans_key)


@Language.factory(
    "kg_entity_fixes",
    assigns=["doc.ents"],
    default_config={"lang": None, "spans_key": "kg_rules"},
)
def make_entity_fixes(nlp: Language, name: str, lang: str | None, spans_key: str | None):
    """Build the rule layer that corrects the entities of ``"ner"``.

    Parameters
    ----------
    nlp : spacy.language.Language
        The pipeline.
    name : str
        Component name.
    lang : {"en", "id"} or None
        Rule data to use; None takes ``nlp.lang``.
    spans_key : str or None
        Key of ``doc.spans`` holding the spans of ``"kg_entity_rules"``,
        which are never changed.  When the key is absent they are found again.

    Examples
    --------
    >>> import spacy
    >>> nlp = spacy.blank("id")
    >>> _ = nlp.add_pipe("kg_entity_fixes")
    >>> doc = nlp("Menteri Perdagangan Zulkifli Hasan bertemu dan Lazada.")
    >>> doc.ents = [Span(doc, 0, 4, "PER"), Span(doc, 5, 7, "ORG")]  # as a model might
    >>> [(e.text, e.label_) for e in nlp.get_pipe("kg_entity_fixes")(doc).ents]
    [('Zulkifli Hasan', 'PER'), ('Lazada', 'ORG')]
    """
    return EntityFixes(nlp, name, lang=lang, spans_key=spans_key)


class EntityRules:
    """Find and preset rule entities; see :func:`make_entity_rules`."""

    def __init__(self, nlp: Language, name: str = "kg_entity_rules", *,
                 lang: str | None = None, spans_key: str | None = "kg_rules"):
        self.name = name
        self.spans_key = spans_key
        R = self.data = load_rules(lang or nlp.lang)
        self.labels = dict(R.labels)
        make = nlp.make_doc
        ambiguous = set(R.ambiguous_names)
        self.gazetteer = PhraseMatcher(nlp.vocab, attr="ORTH")
        names = [n for n in dict.fromkeys(R.known_orgs) if n not in ambiguous]
        self.gazetteer.add("ORG", [make(n) for n in dict.fromkeys(
            names + [v for v in map(case_variant, names) if v and v not in ambiguous])])
        self.gazetteer.add("LAW", [make(n) for n in R.known_laws])
        # One Matcher per pattern family, run only on windows around the
        # family's gate words (or shapes): a Matcher tests the first token of
        # every pattern on every token, so this keeps the layer cheap.
        self.families = []
        for attr, gate, patterns in (
            (LOWER, R.government_gate_lower, {"ORG": R.government_patterns}),
            (LOWER, R.company_gate_lower, {"ORG": R.company_patterns,
                                           "ORG_OPEN": R.company_open_patterns}),
            (SHAPE, R.ticker_gate_shapes, {"ORG": R.ticker_patterns}),
            (LOWER, R.law_gate_lower, {"LAW": R.law_patterns}),
        ):
            matcher = Matcher(nlp.vocab)
            for key, family in patterns.items():
                matcher.add(key, family, greedy="LONGEST")
            hashes = numpy.asarray(sorted({nlp.vocab.strings.add(w) for w in gate}), dtype="uint64")
            self.families.append((0 if attr == LOWER else 1, hashes, matcher))
        self._org_open = nlp.vocab.strings.add("ORG_OPEN")
        self._gazetteer_org = nlp.vocab.strings.add("ORG")
        self.extensions = set(R.org_extensions)
        self.prefix_heads = set(R.org_prefix_heads_lower)

    def __call__(self, doc: Doc) -> Doc:
        spans = self.find(doc)
        if doc.ents:
            taken = {i for e in doc.ents for i in range(e.start, e.end)}
            spans = [s for s in spans if taken.isdisjoint(range(s.start, s.end))]
        doc.set_ents(spans, default="unmodified")
        if self.spans_key:
            doc.spans[self.spans_key] = spans
        return doc

    def find(self, doc: Doc) -> list[Span]:
        """Return the rule spans of ``doc``, labelled with the model's names.

        Examples
        --------
        >>> import spacy
        >>> nlp = spacy.blank("en")
        >>> rules = EntityRules(nlp)
        >>> [(s.text, s.label_) for s in rules.find(nlp("GoTo (GOTO.JK) and PT Pertamina Nicke"))]
        [('GoTo', 'ORG'), ('GOTO.JK', 'ORG'), ('PT Pertamina', 'ORG')]
        """
        matches = []
        known_end = {}
        for match_id, s, e in self.gazetteer(doc):
            if match_id == self._gazetteer_org:  # "GoTo" + "Financial"
                while e < len(doc) and doc[e].text in self.extensions:
                    e += 1
                while s > 0 and doc[s - 1].is_title and doc[s - 1].lower_ in self.prefix_heads:
                    s -= 1  # "Partai" + "Hanura"
            known_end[s] = max(e, known_end.get(s, 0))
            matches.append((match_id, s, e))
        if len(doc):
            values = doc.to_array([LOWER, SHAPE])
            for column, gate, matcher in self.families:
                hits = numpy.flatnonzero(numpy.isin(values[:, column], gate))
                for start, end in _windows(hits.tolist(), len(doc)):
                    matches.extend((m, s + start, e + start) for m, s, e in matcher(doc[start:end]))
        spans = []
        for match_id, s, e in matches:
            label = doc.vocab.strings[match_id]
            if match_id == self._org_open:  # "PT Pertamina Nicke" -> "PT Pertamina"
                body = s + 2 if doc[s + 1].text == "." else s + 1
                e = min(e, known_end.get(body, e))
                label = "ORG"
            spans.append(Span(doc, s, e, label=self.labels[label]))
        return filter_spans(spans)


def _windows(hits: list[int], n: int) -> list[tuple[int, int]]:
    """Merge the windows of ``WINDOW`` around token positions ``hits``.

    Examples
    --------
    >>> _windows([10, 20, 100], 120)
    [(2, 52), (92, 120)]
    """
    out: list[list[int]] = []
    before, after = WINDOW
    for i in hits:
        start, end = max(0, i - before), min(n, i + after)
        if out and start <= out[-1][1]:
            out[-1][1] = end
        else:
            out.append([start, end])
    return [(s, e) for s, e in out]


class EntityFixes:
    """Correct the entities of a statistical NER; see :func:`make_entity_fixes`."""

    def __init__(self, nlp: Language, name: str = "kg_entity_fixes", *,
                 lang: str | None = None, spans_key: str | None = "kg_rules"):
        self.name = name
        self.spans_key = spans_key
        self._nlp = nlp
        self.lang = lang or nlp.lang
        R = load_rules(self.lang)
        self.person, self.org = R.labels["PERSON"], R.labels["ORG"]
        self.gpe, self.law = R.labels["GPE"], R.labels["LAW"]
        self.kg_labels = set(R.labels.values())
        self.titles = PhraseMatcher(nlp.vocab, attr="LOWER")
        titles = tuple(dict.fromkeys(R.person_titles_lower))
        # as the tokenizer splits them, and split on spaces only: "mr." alone is
        # two tokens, "Mr." before a name one
        title_docs = [nlp.make_doc(t) for t in titles] + [
            Doc(nlp.vocab, words=t.split()) for t in titles]
        self.titles.add("TITLE", title_docs)
        self.title_words = {d[0].lower_ for d in title_docs}
        self.complement = set(R.title_complement_lower)
        self.connectors = set(R.title_connectors_lower)
        self.before = R.portfolio_before_title
        self.links = set(R.title_org_links_lower)
        self.particles = set(R.name_particles_lower)
        stop = set(nlp.Defaults.stop_words)
        self.breaks = set(R.name_break_words_lower) | set(R.name_break_verbs_lower) | stop
        self.reject = set(R.name_reject_words_lower)
        self.reject_affixed = R.reject_affixed_words
        self.edge = set(R.edge_function_words_lower)
        # lower-case words a name may hold inside: "Kementerian Koperasi dan UKM",
        # "Bank of Indonesia", "Ludwig van Beethoven"
        self.inner_ok = self.edge | self.particles | set(R.title_connectors_lower)
        self.common = set(R.sentence_start_words_lower) | stop
        self.law_subject = set(R.law_subject_lower)
        self.calendar = set(R.calendar_words_lower)
        self.known_orgs = set(R.known_orgs) | set(R.ambiguous_names)
        self.known_places = set(R.known_places)
        self._rules: EntityRules | None = None

    # ------------------------------------------------------------------ call
    def __call__(self, doc: Doc) -> Doc:
        ents = [[e.start, e.end, e.label_] for e in doc.ents]
        rule = self._rule_spans(doc, ents)
        ents = [x for x in ents if (x[0], x[1]) in rule or self._clean(doc, x)]
        ents = self._drop_law_subjects(doc, ents)
        owner = [-1] * len(doc)
        for j, (s, e, _) in enumerate(ents):
            for i in range(s, e):
                owner[i] = j
        added: list[list] = []
        titles = self._title_phrases(doc, ents, owner, rule)
        for ts, te, head_end in titles:
            self._apply_title(doc, ents, owner, rule, ts, te, head_end, added)
        spans = [Span(doc, s, e, label=label) for s, e, label in ents + added if s < e]
        doc.ents = filter_spans(spans)
        # title phrases, kept as role evidence for the person after them
        doc.spans[TITLES_KEY] = [Span(doc, ts, te, label="TITLE") for ts, te, _ in titles]
        return doc

    def _rule_spans(self, doc: Doc, ents) -> set[tuple[int, int]]:
        if self.spans_key and self.spans_key in doc.spans:
            return {(s.start, s.end) for s in doc.spans[self.spans_key]}
        if self._rules is None:
            self._rules = EntityRules(self._nlp, lang=self.lang, spans_key=None)
        # without the record, a model span equal to a rule span (label too) counts
        found = {(s.start, s.end, s.label_) for s in self._rules.find(doc)}
        return {(s, e) for s, e, label in ents if (s, e, label) in found}

    # --------------------------------------------------- (b), (c), (d): one span
    def _clean(self, doc: Doc, ent: list) -> bool:
        """Trim, drop or retype one model entity in place; False drops it."""
        s, e, label = ent
        if label not in self.kg_labels:
            return True
        while s < e and doc[s].is_lower and doc[s].lower_ in self.edge:
            s += 1  # (b) "dan Lazada", "the Ministry of Trade"
        while e > s and doc[e - 1].is_lower and doc[e - 1].lower_ in self.edge:
            e -= 1
        if s >= e:
            return False
        inner = [i for i in range(s + 1, e) if doc[i].is_lower
                 and doc[i].lower_ not in self.inner_ok]
        if inner and not doc[s].is_lower:
            s = inner[-1] + 1  # (b) "Pasar e-commerce Indonesia" -> "Indonesia"
            if s >= e or doc[s].is_lower:
                return False
        lowers = [t.lower_ for t in doc[s:e]]
        if all(w in self.common for w in lowers) and (
                self._initial(doc, s) or all(w in self.calendar for w in lowers)):
            return False  # (c) "Namun", "Menurut", "Senin"
        if label in (self.person, self.gpe) and doc[s:e].text in self.known_orgs:
            label = self.org  # (d) "Kemendag" typed LOC
        ent[:] = [s, e, label]
        return True

    def _drop_law_subjects(self, doc: Doc, ents: list) -> list:
        """(e) Drop entities inside a regulation's subject: "Permendag 31/2023
        concerning Business Licensing, Advertising and Supervision of ..." names
        a topic, not organisations. The subject runs to the end of the sentence
        while its words are capitalised, connectors or punctuation."""
        tails = []
        for _s, e, label in ents:
            if label != self.law or e >= len(doc) or doc[e].lower_ not in self.law_subject:
                continue
            k = e + 1
            while k < len(doc) and not doc[k].is_sent_start and (
                    doc[k].is_title or doc[k].is_upper or doc[k].is_punct
                    or doc[k].lower_ in self.inner_ok) and doc[k].text not in ".!?":
                k += 1
            tails.append((e, k))
        if not tails:
            return ents
        return [x for x in ents if not any(a <= x[0] and x[1] <= b for a, b in tails)]

    @staticmethod
    def _initial(doc: Doc, i: int) -> bool:
        if i == 0 or doc[i - 1].text in _OPENERS:
            return True
        return bool(doc[i].is_sent_start) if doc.has_annotation("SENT_START") else False

    # ------------------------------------------------------------- (a) titles
    def _title_phrases(self, doc: Doc, ents, owner, rule) -> list[tuple[int, int, int]]:
        """Title matches widened over portfolio words ("Menteri Koperasi dan UKM"),
        as (start, end, end of the title word itself)."""
        spans = filter_spans([Span(doc, s, e) for _, s, e in self.titles(doc)])
        out = []
        for span in spans:
            ts, te = span.start, span.end
            j = owner[ts]
            if j >= 0 and ((ents[j][0], ents[j][1]) in rule
                           or (ents[j][0] < ts and ents[j][2] != self.person)):
                continue  # inside a rule span or an organisation/place name
            while te < len(doc) and self._portfolio(doc, te, ents, owner, rule, ts, +1):
                te += 1
            while te > span.end and doc[te - 1].lower_ in self.connectors:
                te -= 1
            if self.before:
                while ts > 0 and (not doc[ts - 1].is_lower
                                  or doc[ts - 1].lower_ in self.connectors) and self._portfolio(
                        doc, ts - 1, ents, owner, rule, span.start, -1):
                    ts -= 1
                while ts < span.start and doc[ts].lower_ in self.connectors:
                    ts += 1
            out.append((ts, te, span.end))
        return out

    def _portfolio(self, doc, k, ents, owner, rule, ts, step) -> bool:
        lw = doc[k].lower_
        nxt = k + step
        ok = lw in self.complement or (
            lw in self.connectors and 0 <= nxt < len(doc) and doc[nxt].lower_ in self.complement)
        if not ok:
            return False
        j = owner[k]
        if j < 0:
            return True
        s, e, label = ents[j]
        if (s, e) in rule:
            return False  # "Kepala Bappenas": the body stays an entity
        return (label == self.person or s <= ts
                or all(t.lower_ in self.complement or t.lower_ in self.connectors
                       for t in doc[s:e]))

    def _apply_title(self, doc, ents, owner, rule, ts, te, head_end, added) -> None:
        for ent in ents:
            s, e, label = ent
            if not ts <= s < te or (s, e) in rule:
                continue
            if e <= te:
                ent[1] = s  # a title alone is no entity
            elif label == self.person or (
                    s == ts and doc[head_end].lower_ not in self.reject):
                # "Menteri Perdagangan Zulkifli Hasan" -> "Zulkifli Hasan", but
                # "Ibu Kota Nusantara" (a place head after the title) stays
                ent[0] = te
        p = te
        if p + 1 < len(doc) and doc[p].lower_ in self.links and not doc[p + 1].is_lower:
            p += 1  # "CEO of TikTok ..."
        if p >= len(doc):
            return
        j = self._ent_at(ents, p)
        if j is None:
            if owner[p] < 0 or ents[owner[p]][1] <= p:  # free token
                p += self._known_length(doc, p)  # "Gubernur Jawa Barat Ridwan Kamil"
                run = self._name_run(doc, p, ents) if p < len(doc) else 0
                if run and not self._headline(doc, ents, ts, run):
                    added.append([p, run, self.person])
            return
        s, e, label = ents[j]
        if label in (self.person, self.law):
            return
        k = self._ent_at(ents, e) if e < len(doc) else None
        if k is not None:  # title, organisation, name: "CEO TikTok Shou Zi Chew"
            if self._retypable(doc, ents[k], rule) and (
                    self._name_run(doc, e, ents, ents[k][1]) == ents[k][1]):
                ents[k][2] = self.person
            return
        end = self._name_run(doc, e, ents) if e < len(doc) else 0
        if end and not self._headline(doc, ents, ts, end):
            added.append([e, end, self.person])
        elif self._retypable(doc, ents[j], rule) and self._name_run(doc, s, ents, e) == e:
            ents[j][2] = self.person  # "Mendag Zulkifli Hasan" typed ORG

    @staticmethod
    def _headline(doc: Doc, ents, start: int, end: int) -> bool:
        """Whether the sentence of ``doc[start:end]`` (a title and a name) is in
        title case, like "TikTok Holds Talks With Indonesian Firms, Minister
        Says": its words outside entities and outside that span are counted."""
        sent = doc[start].sent if doc.has_annotation("SENT_START") else doc[:]
        skip = {i for s, e, _ in ents for i in range(s, e)} | set(range(start, end))
        words = [t.text for t in sent if t.is_alpha and t.i not in skip]
        return len(words) >= 3 and sum(w[0].isupper() for w in words) >= 0.75 * len(words)

    def _known_length(self, doc: Doc, i: int) -> int:
        """Length of the known place or organisation name at ``i`` (0 if none)."""
        for k in range(min(4, len(doc) - i), 0, -1):
            text = doc[i:i + k].text
            if text in self.known_places or text in self.known_orgs:
                return k
        return 0

    @staticmethod
    def _ent_at(ents, i: int) -> int | None:
        for j, (s, e, _) in enumerate(ents):
            if s == i and e > s:
                return j
        return None

    def _retypable(self, doc, ent, rule) -> bool:
        s, e, label = ent
        text = doc[s:e].text
        return ((s, e) not in rule and label in (self.org, self.gpe)
                and text not in self.known_orgs and text not in self.known_places
                and not doc[s].is_upper)

    def _name_run(self, doc: Doc, i: int, ents, limit: int | None = None) -> int:
        """End of the capitalised name starting at ``i`` (0 if there is none).

        Tokens covered by another entity end the run unless ``limit`` (the end
        of the entity being checked) is given.
        """
        end = limit or min(len(doc), i + 5)
        covered = set() if limit else {t for s, e, _ in ents if e > s for t in range(s, e)}
        k = i
        while k < end and k not in covered:
            t = doc[k]
            if self._name_like(t):
                k += 1
            elif (k > i and t.lower_ in self.particles and k + 1 < end
                  and self._name_like(doc[k + 1])):
                k += 1
            else:
                break
        if k == i or any(t.lower_ in self.reject for t in doc[i:k]):
            return 0
        if self.reject_affixed and any(is_affixed_common_word(t.lower_) for t in doc[i:k]):
            return 0  # "Kepala Kehakiman"
        return k

    def _name_like(self, t) -> bool:
        w = t.text
        return (w[:1].isupper() and any(c.islower() for c in w)
                and not any(c.isdigit() for c in w) and t.lower_ not in self.breaks
                and t.lower_ not in self.title_words)

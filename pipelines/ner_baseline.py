"""Rule-based Indonesian entity recogniser, registered as ``"kg_id_ner"``.

A first cut until a trained Indonesian model ships.  It labels PERSON, ORG,
GPE (all places) and LAW from the language data in
:mod:`kg.lang.id.entities`, in two layers:

1. spaCy matchers: a case-sensitive :class:`~spacy.matcher.PhraseMatcher`
   over the gazetteers (places, organisations, companies, a few public
   figures), a lower-case ``PhraseMatcher`` over cue phrases (titles, head
   words, cue words) and a :class:`~spacy.matcher.Matcher` for regulations
   ("Permendag Nomor 31 Tahun 2023", "UU 11/2020", "UU Cipta Kerja").
2. A left-to-right scan of each sentence's capitalised tokens.  Known names
   and head words decide the type ("Kementerian ..." -> ORG, "... Tbk" -> ORG,
   "Kabupaten ..." / "kota ..." -> GPE, all-caps acronym -> ORG); a title
   before a name makes it a PERSON ("Menteri Koperasi dan UKM Teten
   Masduki"); "di", "ke", "dari" before an unknown name make it a GPE;
   connectors ("dan", "of") join words only inside a head-started ORG name;
   any other unknown capitalised sequence gets ``default_label``.
   Capitalised words at the start of a sentence (or anywhere in a title-case
   headline) are dropped when they are stop words, calendar words, common
   sentence openers, carry Indonesian affixes ("Kebijakan", "Menurutnya") or
   occur lower-cased elsewhere in the document; a lone unknown word opening
   a sentence counts as a name only when a verb-like word follows it.

Spans follow the gold conventions of the public Indonesian corpora: titles
are outside a PERSON, a lower-case place head is inside a GPE ("kota
Bandung").

Default label
-------------
``default_label="PERSON"``: unknown capitalised sequences in Indonesian news
are most often people.  Micro F1 on the dev splits (``python -m
pipelines.evaluate_ner --split dev``) with PERSON / ORG / GPE as the default:
idner-news-2k 0.76 / 0.61 / 0.60, NERGrit 0.58 / 0.43 / 0.46.
"""

from __future__ import annotations

import re

from spacy.lang.id.stop_words import STOP_WORDS
from spacy.language import Language
from spacy.matcher import Matcher, PhraseMatcher
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from kg.lang.id import entities as E
from kg.lang.id.morphology import is_affixed_common_word

#: Labels the component assigns.
LABELS = ("PERSON", "ORG", "GPE", "LAW")

_PAREN_ACRONYM = re.compile(r"^\([A-Z][A-Za-z0-9&.\-]*\)$")
_ACRONYM = re.compile(r"^(?=[A-Z0-9&.\-]*[A-Z][A-Z0-9&.\-]*$)[A-Z][A-Z0-9&.\-]+$")
_ACRONYM_NUMBERED = re.compile(r"^[A-Z]{2,}\d{1,2}$")  # "UKP4", "G20" is in the gazetteer
_CURRENCY = re.compile(r"^(?:Rp|RP|US\$|S\$|RM|\$|€|£)\.?\s?\d")
_ROMAN_OR_LETTER = re.compile(r"^(?:[IVXLC]+|[A-Z]\.?)$")
_VERB_LIKE = re.compile(r"^(?:me|ber|be|di|ter)[a-z]{3,}$")
_NUMBER = r"^[A-Za-z.]*\d[\w.\-]*$"
_NUMBER_SLASH_YEAR = r"^[\w.\-]*\d[\w.\-]*/(?:19|20)\d\d$"
_YEAR = r"^(?:19|20)\d\d$"
_DOMAIN = re.compile(r"^[A-Za-z0-9-]+(?:\.[A-Za-z]{2,3}){1,2}$")
_QUOTES = {'"', "“", "”", "'", "‘", "’", "«", "»"}
_OPENERS = {'"', "“", "'", "‘", "(", "[", "-", "—", "–", ":", "«", "*", "•"}
_COMPANY_HEADS = {"pt", "pt.", "cv", "cv.", "grup", "group", "perusahaan", "holding"}
_NAMED_LAW_TYPES = ("uu", "ruu", "perppu", "perpu", "undang-undang", "rancangan undang-undang")


@Language.factory(
    "kg_id_ner",
    assigns=["doc.ents"],
    default_config={"default_label": "PERSON", "overwrite_ents": True},
)
def make_id_ner(nlp: Language, name: str, default_label: str, overwrite_ents: bool):
    """Build the rule-based Indonesian entity recogniser.

    Parameters
    ----------
    nlp : spacy.language.Language
        The pipeline; its tokenizer turns the language data into patterns.
    name : str
        Component name.
    default_label : {"PERSON", "ORG", "GPE"}
        Label of a capitalised sequence no rule explains.
    overwrite_ents : bool
        Replace existing ``doc.ents`` (True) or only add non-overlapping spans.

    Examples
    --------
    >>> import spacy, pipelines.ner_baseline
    >>> nlp = spacy.blank("id")
    >>> _ = nlp.add_pipe("sentencizer")
    >>> _ = nlp.add_pipe("kg_id_ner")
    >>> doc = nlp("Menteri Perdagangan Zulkifli Hasan berkunjung ke Surabaya.")
    >>> [(e.text, e.label_) for e in doc.ents]
    [('Zulkifli Hasan', 'PERSON'), ('Surabaya', 'GPE')]
    """
    return IndonesianEntityRecognizer(
        nlp, name, default_label=default_label, overwrite_ents=overwrite_ents
    )


class IndonesianEntityRecognizer:
    """Set ``doc.ents`` on Indonesian text from rules and gazetteers.

    See the module docstring for the rules; :func:`make_id_ner` for options.
    """

    def __init__(self, nlp: Language, name: str = "kg_id_ner", *,
                 default_label: str = "PERSON", overwrite_ents: bool = True):
        if default_label not in LABELS:
            raise ValueError(f"default_label must be one of {LABELS}, got {default_label!r}")
        self.name = name
        self.default_label = default_label
        self.overwrite_ents = overwrite_ents
        make = nlp.make_doc

        def docs(phrases):
            # as the tokenizer splits them, and split on spaces only ("Prof.", "JD.com")
            out = [make(p) for p in phrases]
            return out + [Doc(nlp.vocab, words=p.split()) for p in phrases]

        self.gazetteer = PhraseMatcher(nlp.vocab, attr="ORTH")
        places = (E.PROVINCES + E.INDONESIAN_REGIONS + E.INDONESIAN_CITIES + E.COUNTRIES
                  + E.WORLD_REGIONS + E.WORLD_CITIES)
        self.gazetteer.add("GPE", docs(places + tuple(p.upper() for p in places if len(p) > 3)))
        self.gazetteer.add("ORG", docs(E.KNOWN_ORGS + E.COMPANIES))
        self.gazetteer.add("PERSON", docs(E.KNOWN_PERSONS))
        self.gazetteer.add("NONE", docs(E.NON_ENTITY_PHRASES))
        self.cues = PhraseMatcher(nlp.vocab, attr="LOWER")
        for key, phrases in (
            ("TITLE", E.PERSON_TITLES_LOWER), ("PERSON_CUE", E.PERSON_CUES_LOWER),
            ("ORG_HEAD", E.ORG_HEADS_LOWER), ("ORG_CUE", E.ORG_CUES_LOWER),
            ("PLACE_HEAD", E.PLACE_HEADS_LOWER), ("PLACE_CUE", E.PLACE_CUES_LOWER),
            ("FACILITY", E.FACILITY_HEADS_LOWER), ("ORG_UNIT", E.ORG_UNIT_HEADS_LOWER),
            ("NONE", E.NON_ENTITY_CUES_LOWER), ("WORK", E.WORK_CUES_LOWER),
        ):
            self.cues.add(key, docs(phrases))
        self.laws = Matcher(nlp.vocab)
        self.laws.add("LAW", self._law_patterns(make), greedy="LONGEST")
        # the law matcher is the slowest part: run it only when a law word occurs
        self._law_first = {make(t)[0].lower_ for t in E.LAW_TYPES_LOWER}
        self._complement = set(E.TITLE_COMPLEMENT_LOWER)
        self._person_cues = set(E.PERSON_CUES_LOWER)
        self._place_cues = {p for p in E.PLACE_CUES_LOWER if " " not in p}
        self._org_trailers = set(E.ORG_TRAILERS_LOWER)
        self._org_extensions = set(E.ORG_EXTENSIONS)
        self._org_connectors = set(E.ORG_CONNECTORS_LOWER)
        self._org_body = set(E.ORG_BODY_WORDS_LOWER)
        self._place_trailers = {t for t in E.PLACE_TRAILERS if " " not in t}
        self._particles = set(E.NAME_PARTICLES_LOWER)
        self._name_prefixes = set(E.NAME_PREFIXES_LOWER)
        self._subject_followers = set(E.SUBJECT_FOLLOWERS_LOWER)
        self._stop_words = set(STOP_WORDS) | set(E.SENTENCE_START_WORDS_LOWER)
        self._non_acronyms = set(E.NON_ENTITY_ACRONYMS)
        self._calendar = set(E.CALENDAR_WORDS_LOWER)
        self._openers = set(STOP_WORDS) | set(E.SENTENCE_START_WORDS_LOWER) | self._calendar
        self._locatives = set(E.LOCATIVES_LOWER)
        self._event_words = set(E.EVENT_WORDS_LOWER)
        self._law_subject = set(E.LAW_SUBJECT_WORDS_LOWER)
        self._law_connectors = set(E.LAW_SUBJECT_CONNECTORS_LOWER)

    # ------------------------------------------------------------------ setup
    @staticmethod
    def _law_patterns(make) -> list[list[dict]]:
        number_word = {"LOWER": {"IN": list(E.LAW_NUMBER_WORDS_LOWER)}, "OP": "?"}
        number = {"TEXT": {"REGEX": _NUMBER}}
        year = {"TEXT": {"REGEX": _YEAR}}
        tails = [
            [number_word, number, {"LOWER": "tahun"}, year],
            [number_word, number, {"ORTH": "/"}, year],
            [number_word, {"TEXT": {"REGEX": _NUMBER_SLASH_YEAR}}],
            [year],
        ]
        # "Peraturan Menteri Perdagangan (Permendag) Nomor 31 ..."
        between = {"TEXT": {"REGEX": r"^[A-Z(]"}, "OP": "{0,6}"}
        named = {"TEXT": {"REGEX": r"^[A-Z]"}, "OP": "{1,5}"}
        single = [t for t in E.LAW_TYPES_LOWER if len(make(t)) == 1]
        heads = [[{"LOWER": {"IN": single}}]] + [
            [{"LOWER": t.lower_} for t in make(law_type)]
            for law_type in E.LAW_TYPES_LOWER if law_type not in single
        ]
        patterns = [head + [between] + tail for head in heads for tail in tails[:3]]
        for law_type in ("uud", "undang-undang dasar"):
            patterns.append([{"LOWER": t.lower_} for t in make(law_type)] + tails[3])
        for law_type in _NAMED_LAW_TYPES:
            patterns.append([{"LOWER": t.lower_} for t in make(law_type)] + [named])
        return patterns

    # ------------------------------------------------------------------- call
    def __call__(self, doc: Doc) -> Doc:
        if len(doc) == 0:
            return doc
        found = self.find(doc)
        spans = [Span(doc, s, e, label=label) for s, e, label in found]
        if not self.overwrite_ents:
            spans = filter_spans(list(doc.ents) + spans)
        doc.ents = spans
        return doc

    def pipe(self, stream, batch_size: int = 128):
        """Apply the component to a stream of ``Doc``s (spaCy interface)."""
        for doc in stream:
            yield self(doc)

    def find(self, doc: Doc) -> list[tuple[int, int, str]]:
        """Return ``(start, end, label)`` token spans for ``doc``, in order.

        Examples
        --------
        >>> import spacy
        >>> nlp = spacy.blank("id")
        >>> ner = IndonesianEntityRecognizer(nlp)
        >>> ner.find(nlp("Kementerian Perdagangan menerbitkan Permendag Nomor 31 Tahun 2023."))
        [(0, 2, 'ORG'), (3, 8, 'LAW')]
        """
        state = _DocState(self, doc)
        if doc.has_annotation("SENT_START"):
            bounds = [(s.start, s.end) for s in doc.sents]
        else:
            bounds = [(0, len(doc))]
        for start, end in bounds:
            _SentenceScanner(self, state, start, end).run()
        return state.found


class _DocState:
    """Per-document lookups shared by the sentence scanners."""

    def __init__(self, ner: IndonesianEntityRecognizer, doc: Doc):
        self.doc = doc
        self.words = [t.text for t in doc]
        self.lowers = [w.lower() for w in self.words]
        self.lower_forms = {w for w in self.words if w.islower()}
        self.known = _longest(ner.gazetteer(doc), doc.vocab)
        cue_matches = ner.cues(doc)
        self.cues: dict[str, dict[int, int]] = {}
        for match_id, s, e in cue_matches:
            table = self.cues.setdefault(doc.vocab.strings[match_id], {})
            if e > table.get(s, 0):
                table[s] = e
        law_matches = ner.laws(doc) if not ner._law_first.isdisjoint(self.lowers) else []
        law_spans = filter_spans([Span(doc, s, e) for _, s, e in law_matches])
        self.laws = {span.start: span.end for span in law_spans}
        self.found: list[tuple[int, int, str]] = []


def _longest(matches, vocab) -> dict[int, tuple[int, str]]:
    table: dict[int, tuple[int, str]] = {}
    for match_id, s, e in matches:
        if s not in table or e > table[s][0]:
            table[s] = (e, vocab.strings[match_id])
    return table


class _SentenceScanner:
    """Scan one sentence left to right and append entities to the state."""

    def __init__(self, ner: IndonesianEntityRecognizer, state: _DocState, start: int, end: int):
        self.ner, self.st, self.start, self.end = ner, state, start, end
        w = state.words[start:end]
        alpha = [x for x in w if x[:1].isalpha()]
        caps = sum(1 for x in alpha if x[:1].isupper())
        self.headline = len(alpha) >= 4 and caps >= 0.75 * len(alpha)

    # -- token predicates ---------------------------------------------------
    def cap(self, i: int) -> bool:
        if i >= self.end:
            return False
        w = self.st.words[i]
        if i in self.st.known:
            return True
        return (w[:1].isupper() and not _CURRENCY.match(w)) or bool(_PAREN_ACRONYM.match(w))

    def initial(self, i: int) -> bool:
        if self.headline or i == self.start:
            return True
        return self.st.words[i - 1] in _OPENERS

    def cue(self, key: str, i: int) -> int:
        return self.st.cues.get(key, {}).get(i, 0)

    def head(self, key: str, i: int) -> int:
        """End of a capitalised head phrase at ``i`` followed by a capitalised word."""
        e = self.cue(key, i)
        if e and self.st.words[i][:1].isupper() and self.cap(e) and not self.cue("TITLE", e):
            return e
        return 0

    def acronym(self, i: int) -> bool:
        w = self.st.words[i]
        return (bool(_ACRONYM.match(w)) and w not in self.ner._non_acronyms
                and (not any(c.isdigit() for c in w) or bool(_ACRONYM_NUMBERED.match(w))))

    def code(self, i: int) -> bool:
        """Model numbers and codes ("H5N1", "Karrar-4"): no entity unless known."""
        w = self.st.words[i]
        return (any(c.isdigit() for c in w) and i not in self.st.known
                and not _ACRONYM_NUMBERED.match(w))

    def body_like(self, i: int) -> bool:
        lw = self.st.lowers[i]
        return (lw in self.ner._org_body or is_affixed_common_word(lw)
                or self.acronym(i) or i in self.st.known)

    # -- emission -----------------------------------------------------------
    def emit(self, s: int, e: int, label: str) -> int:
        e = self.extend(e, label)
        self.st.found.append((s, e, label))
        return e

    def extend(self, e: int, label: str) -> int:
        words = self.st.words
        if label == "ORG":
            while e < self.end:
                if words[e] in self.ner._org_extensions:
                    e += 1
                elif words[e:e + 3] in (["(", "Persero", ")"], ["(", "Tbk", ")"]):
                    e += 3
                else:
                    break
        elif label == "GPE":
            while e < self.end and words[e] in self.ner._place_trailers:
                e += 1
        elif label == "PERSON":  # "Prabowo" -> "Prabowo Subianto"
            while (e < self.end and self.cap(e) and e not in self.st.known
                   and not self.acronym(e) and not self.cue("TITLE", e)
                   and not _PAREN_ACRONYM.match(words[e]) and not self.code(e)
                   and self.st.lowers[e] not in self.ner._stop_words):
                e += 1
        if e < self.end and label in ("ORG", "GPE") and _PAREN_ACRONYM.match(words[e]):
            e += 1
        return e

    # -- scan ---------------------------------------------------------------
    def run(self) -> None:
        st, ner = self.st, self.ner
        i, pending, complement = self.start, None, False
        while i < self.end:
            lw = st.lowers[i]
            if i in st.laws:
                i = self.law(i)
                pending, complement = None, False
                continue
            if not self.cap(i):
                e = self.cue("PLACE_HEAD", i)
                if e and self.cap(e) and not self.cue("TITLE", e) and (
                        st.known.get(e, (0, "GPE"))[1] == "GPE"):
                    # "kota Bandung", "desa Kramas": the head is part of the place
                    i, pending, complement = self.place(i, e), None, False
                    continue
                pending, complement = self.context(i)
                i = max(i + 1, self.cue_end_at(i))
                continue
            # capitalised token
            if pending == "NONE":  # "bahasa Inggris", "suku Jawa"
                while i < self.end and self.cap(i):
                    i += 1
                pending = None
                continue
            if i in st.known and st.known[i][0] >= self.cue("TITLE", i):
                e, label = st.known[i]
                i = e if label == "NONE" else self.emit(i, e, label)
                if pending != "PERSON":
                    pending = None
                continue
            e = self.cue("TITLE", i)
            if e:
                # a title before a capitalised word announces a name; alone it is no entity
                i, pending, complement = (e, "PERSON", True) if self.cap(e) else (e, None, False)
                continue
            if complement and lw in ner._complement:
                i += 1  # "Menteri Koperasi dan UKM ..."
                continue
            if self.opener(i):
                if lw in ner._person_cues:
                    pending = "PERSON"
                elif lw in ner._place_cues:
                    pending = "GPE"
                i += 1
                continue
            e = self.org_trailer(i)
            if e:
                i = self.emit(i, e, "ORG")
                if pending != "PERSON":
                    pending = None
                continue
            e = self.head("ORG_HEAD", i)
            if e:
                i, split = self.org(i, e, located=pending == "GPE" and i > self.start
                                    and st.lowers[i - 1] in ner._locatives)
                if split:
                    pending = "PERSON"
                elif pending != "PERSON":
                    pending = None
                continue
            e = self.head("PLACE_HEAD", i)
            if e:
                i = self.place(i, e)
                continue
            e = max(self.cue("ORG_HEAD", i), self.cue("PLACE_HEAD", i))
            if e:  # a head word without a name after it ("Kementerian itu ...")
                i = e
                continue
            if complement and self.body_like(i) and not self.acronym(i):
                i += 1  # "Menteri Imigrasi Australia ..."
                continue
            if _PAREN_ACRONYM.match(st.words[i]):
                # "Joko Widodo (Jokowi)", "(KPK)"; "(BBM)" is no entity
                inner = st.words[i][1:-1]
                after_person = st.found and st.found[-1][1] == i and st.found[-1][2] == "PERSON"
                if inner.isupper() and inner not in ner._non_acronyms:
                    st.found.append((i, i + 1, "ORG"))
                elif not inner.isupper() and after_person:
                    st.found.append((i, i + 1, "PERSON"))
                i += 1
                continue
            if self.acronym(i) and not (len(st.words[i]) <= 2 and self.cap(i + 1)
                                        and not self.acronym(i + 1) and i + 1 not in st.known):
                i = self.emit(i, i + 1, "ORG")
                continue
            if _DOMAIN.match(st.words[i]) and "." in st.words[i]:
                i = self.emit(i, i + 1, "ORG")  # news sites: "KOMPAS.com", "Tempo.co"
                continue
            if self.code(i):
                i += 1
                continue
            if lw in ner._calendar or st.words[i] in ner._non_acronyms:
                i += 1
                continue
            i = self.name(i, pending)
            pending, complement = None, False

    def opener(self, i: int) -> bool:
        """True for a word capitalised only because it opens a sentence or headline."""
        lw = self.st.lowers[i]
        if not self.initial(i) or self.head("ORG_HEAD", i) or self.head("PLACE_HEAD", i):
            return False
        return (lw in self.ner._openers or lw in self.st.lower_forms
                or is_affixed_common_word(lw))

    def context(self, i: int) -> tuple[str | None, bool]:
        """Label suggested for the next capitalised run by lower-case cues at ``i``."""
        ends = {
            "PERSON": max(self.cue("TITLE", i), self.cue("PERSON_CUE", i)),
            "ORG": self.cue("ORG_CUE", i),
            "GPE": max(self.cue("PLACE_CUE", i), self.cue("PLACE_HEAD", i)),
            "NONE": self.cue("NONE", i),
            "WORK": self.cue("WORK", i),
        }
        label = max(ends, key=lambda k: ends[k])  # longest cue; ties in dict order
        if not ends[label]:
            return None, False
        return label, label == "PERSON" and self.cue("TITLE", i) == ends[label]

    def cue_end_at(self, i: int) -> int:
        return max(self.cue(k, i) for k in
                   ("TITLE", "PERSON_CUE", "ORG_CUE", "PLACE_CUE", "PLACE_HEAD", "NONE", "WORK"))

    def law(self, i: int) -> int:
        st, e = self.st, self.st.laws[i]
        if e < self.end and st.lowers[e] in self.ner._law_subject and self.cap(e + 1):
            k = e + 1
            while k < self.end and (self.cap(k) or (st.lowers[k] in self.ner._law_connectors
                                                   and self.cap(k + 1))):
                k += 1
            e = k
        st.found.append((i, e, "LAW"))
        return e

    def org_trailer(self, i: int) -> int:
        """End of "X Y Tbk"-style names: capitalised words up to the last ORG trailer."""
        st, ner = self.st, self.ner
        found, k = 0, i
        while k < self.end and k - i < 8 and self.cap(k):
            if k > i and self.cue("TITLE", k):
                break
            if k > i and st.lowers[k] in ner._org_trailers and st.words[k][:1].isupper():
                found = k + 1
            k += 1
        return found

    def org(self, i: int, e: int, located: bool = False) -> tuple[int, bool]:
        """ORG started by a head word; returns (next position, split-before-name).

        With ``located`` (a locative such as "di" before it) a facility head
        ("Rumah Sakit", "Kantor") makes the span a GPE instead.
        """
        st, ner = self.st, self.ner
        unit = self.cue("ORG_UNIT", i) == e
        k = e
        while k < self.end:
            if self.cue("TITLE", k) and k > e:
                break
            if unit and (st.known.get(k, (0, ""))[1] == "ORG" or self.head("ORG_HEAD", k)):
                # "Fraksi Partai Demokrat": the parent organisation stands alone
                if k - e >= 1 and any(not self.acronym(j) for j in range(e, k)):
                    return self.emit(i, k, "ORG"), False
                return k if k > e else e, False
            if k in st.known:
                end, label = st.known[k]
                if label == "ORG" and k > e:
                    break  # "Badan Pemenangan Pemilu | PPP": the party stands alone
                k = end
                if label == "ORG":
                    break
                continue
            if self.cap(k) and not _PAREN_ACRONYM.match(st.words[k]):
                k += 1
            elif st.lowers[k] in ner._org_connectors and self.cap(k + 1):
                k += 1
            else:
                break
        split = False
        if st.lowers[i] not in _COMPANY_HEADS:
            # "Komisi Pemberantasan Korupsi Abraham Samad": body words then a name
            last_body = max((j for j in range(e, k) if self.body_like(j)), default=None)
            if last_body is not None and k - (last_body + 1) >= 2:
                k, split = last_body + 1, True
        facility = located and self.cue("FACILITY", i) == e
        return self.emit(i, k, "GPE" if facility else "ORG"), split

    def place(self, i: int, e: int) -> int:
        k = e
        while k < self.end and self.cap(k) and not self.cue("TITLE", k) and not (
                _PAREN_ACRONYM.match(self.st.words[k])):
            k = self.st.known[k][0] if k in self.st.known else k + 1
        return self.emit(i, k, "GPE")

    def name(self, i: int, pending: str | None) -> int:
        """Unknown capitalised sequence from ``i``: typed by context or default."""
        st, ner = self.st, self.ner
        k = i
        while k < self.end:
            if k > i and (k in st.known or self.cue("TITLE", k) or self.head("ORG_HEAD", k)
                          or self.head("PLACE_HEAD", k) or k in st.laws
                          or _PAREN_ACRONYM.match(st.words[k])):
                break
            w, lw = st.words[k], st.lowers[k]
            if lw in ner._calendar or (w in ner._non_acronyms and len(w) > 2) or self.code(k):
                break
            if self.cap(k):
                if k > i and ((self.acronym(k) and len(w) > 2)
                              or (self.headline and self.opener(k))):
                    break  # "Teten Masduki | Minta ..." in a title-case headline
                k += 1
            elif lw in ner._particles and k > i and self.cap(k + 1) and not (
                    k + 1 in st.known or self.acronym(k + 1)):
                k += 1
            elif (w in ("-", "'", "’") and k > i and self.cap(k + 1)
                  and not st.doc[k - 1].whitespace_ and not st.doc[k].whitespace_):
                k += 1  # "Zeta-Jones", "O'Neil" split by the tokenizer
            else:
                break
        if k == i:
            return i + 1
        if k - i == 1 and not self.single_name_ok(i, pending):
            return k
        if all(_ROMAN_OR_LETTER.match(st.words[j]) for j in range(i, k)):
            return k
        if pending == "WORK" or (not pending and k - i >= 2 and self.quoted(i, k)):
            return k  # a work, product or event: "film Zorro", "So What Gitu Loh"
        if any(st.lowers[j] in ner._event_words for j in range(i, k)):
            return k  # "MTV Music Award", "Munas"
        body = all(self.body_like(j) or st.lowers[j] in ner._particles for j in range(i, k))
        last = st.words[k - 1]
        if pending == "PERSON" or (k - i >= 2 and st.lowers[i] in ner._name_prefixes):
            label = "PERSON"
        elif pending == "ORG":
            label = "ORG"
        elif k < self.end and _PAREN_ACRONYM.match(st.words[k]) and st.words[k][1:-1].isupper():
            if st.words[k][1:-1] in ner._non_acronyms:
                return k + 1  # "Bahan Bakar Minyak (BBM)"
            label = "ORG"  # a name defined with an acronym: "Koalisi Merah Putih (KMP)"
        elif body:
            return k
        elif pending == "GPE" or (k - i >= 2 and last in ner._place_trailers):
            label = "GPE"
        else:
            label = ner.default_label
        self.st.found.append((i, k, label))
        return k

    def quoted(self, i: int, k: int) -> bool:
        words = self.st.words
        return (i > self.start and k < self.end and words[i - 1] in _QUOTES
                and words[k] in _QUOTES)

    def single_name_ok(self, i: int, pending: str | None) -> bool:
        """Whether a lone unknown capitalised word at ``i`` can be an entity."""
        lw = self.st.lowers[i]
        if lw in self.ner._stop_words:  # "Sedangkan", "Mereka" mid-sentence
            return False
        nxt = self.st.lowers[i + 1] if i + 1 < self.end else ""
        if nxt in ("ini", "itu", "tersebut") and not pending:
            return False  # a demonstrative follows common nouns: "Kawasan ini"
        if pending or not self.initial(i):
            return True
        # sentence-initial: a name only if something subject-like follows
        return nxt in self.ner._subject_followers or bool(_VERB_LIKE.match(nxt))

"""Indonesian data for the rule layers around the statistical NER (:mod:`kg.nlp.rule_layers`).

Data only: word lists (tuples of strings; ``_LOWER`` ones are compared
lower-cased) and spaCy :class:`~spacy.matcher.Matcher` token patterns
(``*_PATTERNS``: lists of token-pattern lists) written for the Indonesian
tokenizer, which splits ``"31/2023"`` into ``"31"`` ``"/"`` ``"2023"`` and
``"PT."`` into ``"PT"`` ``"."`` but keeps ``"No."``, ``"No.11"``,
``"Undang-Undang"`` and ``"GOTO.JK"`` as one token.  Gazetteers, titles,
law types and common words come from :mod:`kg.lang.id.entities` (the data of
the rule-based recogniser) and :mod:`kg.lang.xx.entities`; the law number
tails and the ticker patterns, which do not depend on the language, from
:mod:`kg.lang.xx.rules`.

Examples
--------
>>> import spacy
>>> from spacy.matcher import Matcher
>>> nlp = spacy.blank("id")
>>> m = Matcher(nlp.vocab)
>>> m.add("LAW", LAW_PATTERNS, greedy="LONGEST")
>>> doc = nlp("Permendag 31/2023 mengubah Permendag Nomor 50 Tahun 2020, bukan 31/2023.")
>>> [doc[s:e].text for _, s, e in sorted(m(doc), key=lambda x: x[1])]
['Permendag 31/2023', 'Permendag Nomor 50 Tahun 2020']
"""

from spacy.lang.id.stop_words import STOP_WORDS as _STOP_WORDS

from kg.lang.id.entities import (
    ORG_BODY_WORDS_LOWER as _ORG_BODY,
    ORG_EXTENSIONS as _ORG_EXTENSIONS,
    ORG_HEADS_LOWER as _ORG_HEADS,
    ORG_TRAILERS_LOWER as _ORG_TRAILERS,
    PERSON_TITLES_LOWER as _TITLES,
    PLACE_HEADS_LOWER as _PLACE_HEADS,
    SENTENCE_START_WORDS_LOWER as _SENTENCE_START,
    TITLE_COMPLEMENT_LOWER as _COMPLEMENT,
)
from kg.lang.xx.entities import (
    CALENDAR_WORDS_LOWER as _CALENDAR,
    COMPANIES as _COMPANIES,
    COUNTRIES as _COUNTRIES,
    INDONESIAN_CITIES as _CITIES,
    INDONESIAN_REGIONS as _REGIONS,
    KNOWN_ORGS as _KNOWN_ORGS,
    LAW_TYPES_LOWER as _LAW_TYPES,
    NAME_PARTICLES_LOWER as _PARTICLES,
    PROVINCES as _PROVINCES,
    WORLD_CITIES as _WORLD_CITIES,
    WORLD_REGIONS as _WORLD_REGIONS,
)
from kg.lang.xx.rules import (  # noqa: F401  the tickers: language-neutral
    LAW_NUMBER_TAILS,
    TICKER_GATE_SHAPES,
    TICKER_PATTERNS,
)

#: kg entity type -> label name of kg's Indonesian model (PER, ORG, LOC).
#: The model has no LAW label: a preset LAW span makes spaCy's ``ner`` add it
#: at run time as an unseen class (see :mod:`kg.nlp.rule_layers`).
LABELS = {"PERSON": "PER", "ORG": "ORG", "GPE": "LOC", "LAW": "LAW"}

# --------------------------------------------------------------------------
# Titles (kg_entity_fixes)
# --------------------------------------------------------------------------

#: Titles of ``entities.PERSON_TITLES_LOWER`` left out here because they open
#: place or organisation names too ("Raja Ampat", "Sultan Agung", "Ratu
#: Atut" is a name) or are short abbreviations of other words ("pol", "ir").
AMBIGUOUS_TITLES_LOWER = (
    "raja", "ratu", "sultan", "pangeran", "kaisar", "paus", "head", "pol", "pol.", "ir",
    "ir.", "mas", "bang", "kak", "h.", "pm", "gm", "saksi", "ahli", "pakar", "mayor",
    "kapten", "putri mahkota", "putra mahkota",
)

#: Titles, offices and honorifics before a person's name.  They are never
#: part of a PERSON span and never an entity on their own.
PERSON_TITLES_LOWER = tuple(t for t in _TITLES if t not in AMBIGUOUS_TITLES_LOWER) + (
    "menteri perdagangan", "menteri koperasi dan ukm",
    "menteri koperasi dan usaha kecil dan menengah", "menteri umkm", "menkop umkm",
    "menteri keuangan", "menteri komunikasi dan informatika", "menteri komunikasi dan digital",
    "menkomdigi", "wakil menteri perdagangan", "kepala negara",
)

#: Portfolio and office words that continue a title ("Menteri Koperasi dan
#: UKM", "Presiden RI", "Direktur Utama").
TITLE_COMPLEMENT_LOWER = _COMPLEMENT

#: Lower-case words joining portfolio words inside a title.
TITLE_CONNECTORS_LOWER = ("dan", "&", "serta", "of", "and")

#: Whether portfolio words may also stand before the title.  Indonesian puts
#: them after it ("Menteri Perdagangan"), so no.
PORTFOLIO_BEFORE_TITLE = False

#: Words between a title and the organisation before a name ("Direktur di PT X").
TITLE_ORG_LINKS_LOWER = ("di", "dari", "of", "at")

# --------------------------------------------------------------------------
# Names after titles (kg_entity_fixes)
# --------------------------------------------------------------------------

#: Lower-case particles allowed inside a name ("Abdurrahman bin Ali").
NAME_PARTICLES_LOWER = _PARTICLES

#: Capitalised words that end a name run: stop words, sentence openers, dates.
NAME_BREAK_WORDS_LOWER = tuple(sorted(_STOP_WORDS)) + _SENTENCE_START + _CALENDAR

#: Words that make a capitalised run an organisation or a place, not a person
#: ("Samuel Sekuritas Indonesia", "Kota Bandung").
NAME_REJECT_WORDS_LOWER = tuple(
    w for w in _ORG_HEADS + _ORG_TRAILERS + _PLACE_HEADS if " " not in w and w != "the"
) + (
    # common nouns that follow a title word without being a name:
    # "Kepala Sekolah", "Ketua Suku", "Nomor" after "Menteri ..."
    "sekolah", "suku", "nomor", "no", "bagian", "seksi", "divisi", "umum", "negara",
)

#: Whether a capitalised word after a title is an affixed common noun
#: ("Kepala Kehakiman", "Ketua Pelaksana") rather than a name.
REJECT_AFFIXED_WORDS = True

#: Single-word organisation heads that a known organisation's name may carry
#: before it: "Partai Hanura", "Fraksi PKS", "Gedung"-style places are not here.
ORG_PREFIX_HEADS_LOWER = tuple(
    w for w in _ORG_HEADS if " " not in w and w not in ("pt", "pt.", "cv", "cv.", "pemerintah")
)

#: Headline verbs that end a name run (none needed: spaCy's Indonesian stop
#: words hold "kata", "ujar"...).
NAME_BREAK_VERBS_LOWER = ()

#: Lower-case words that open or close an entity span only by mistake
#: ("dan Lazada", "di Jakarta", "oleh Kemendag").  Place heads such as
#: "kota" are not among them: "kota Bandung" is one place.
EDGE_FUNCTION_WORDS_LOWER = (
    "dan", "atau", "di", "ke", "dari", "oleh", "untuk", "dengan", "pada", "yang", "serta",
    "bagi", "kepada", "sang", "si", "para", "dalam", "antara", "sebagai", "seperti",
    "terhadap", "tentang", "melalui", "lewat", "menurut", "kata", "ujar", "and", "or", "of",
    "in", "at", "the", "to",
)

#: Capitalised common words that open sentences; a span made only of them
#: (or of spaCy's Indonesian stop words) at a sentence start is no entity.
SENTENCE_START_WORDS_LOWER = _SENTENCE_START + _CALENDAR

#: Days, months and calendar words: never a PERSON, ORG, GPE or LAW alone.
CALENDAR_WORDS_LOWER = _CALENDAR

# --------------------------------------------------------------------------
# Organisations (kg_entity_rules)
# --------------------------------------------------------------------------

#: Gazetteer names that are also common words or other kinds of names
#: ("Antara" = between, "Tempo" = time, "Sea"): not preset before the model,
#: which decides from context; still turned ORG when the model types them
#: PER/LOC.
AMBIGUOUS_NAMES = (
    "Tempo", "Antara", "Detik", "Kontan", "Demokrat", "Gelora", "Matahari", "Ramayana",
    "Sarinah", "Bisnis Indonesia", "Wings", "Sea", "Visa", "Meta", "Threads", "Temu",
    "Vivo", "Ajaib", "Bibit", "Provident", "Northstar", "Saratoga", "Vale", "Bloomberg",
    "Tesla", "Intel", "Apple", "Amazon", "Freeport", "MA", "MK", "AP", "UN", "PAN", "INA",
)

#: Every known organisation name (gazetteer, case-sensitive): state bodies,
#: parties, international bodies, media and companies.
KNOWN_ORGS = _KNOWN_ORGS + _COMPANIES + (
    "Kementerian UMKM", "Kementerian Koperasi dan UMKM", "Kementerian Koperasi",
    "KemenUMKM", "Kemen UMKM", "Kemenkop UMKM",
)

#: Capitalised words that continue a known name into a longer one ("GoTo
#: Financial", "TikTok Indonesia", "DPR RI"), so a preset short name does not
#: cut a longer one the model would find.
ORG_EXTENSIONS = tuple(w for w in _ORG_EXTENSIONS if " " not in w and "(" not in w) + (
    "Financial", "Shop", "Mall", "Pay", "Holdings", "Ventures", "Capital", "Sekuritas",
    "Securities", "Digital", "Express",
)

#: Known places: an entity after a title that is one of them stays a place
#: ("Gubernur Jawa Barat").
KNOWN_PLACES = (_PROVINCES + _REGIONS + _CITIES + _COUNTRIES + _WORLD_REGIONS
                + _WORLD_CITIES)

_CONNECTORS = {"of", "and", "the", "for", "dan"}
_BODY = {"LOWER": {"IN": sorted((set(_ORG_BODY) | set(_COMPLEMENT) | {
    "imigrasi", "pemasyarakatan", "kependudukan", "pangan", "ekraf", "migran", "haji",
    "dikdasmen", "dasar", "saintek", "ristekdikti", "komdigi", "bkpm", "perlindungan",
    "pekerja", "kelautan", "perikanan", "lingkungan", "kehutanan", "perdagangan",
    "pajak", "anggaran", "kekayaan"}) - _CONNECTORS)}, "IS_LOWER": False}
_CONN = {"LOWER": {"IN": ["dan", "&", "/", "serta"]}}
_HEADS = (
    [{"LOWER": {"IN": ["kementerian", "kementrian", "kemenko"]}, "IS_LOWER": False}],
    [{"ORTH": "Direktorat"}, {"ORTH": "Jenderal", "OP": "?"}],
    [{"ORTH": "Ditjen"}],
)

#: Lower-case words one of which a text must hold for ``GOVERNMENT_PATTERNS``
#: to be tried (each pattern requires one of them: a cheap pre-check).
GOVERNMENT_GATE_LOWER = ("kementerian", "kementrian", "kemenko", "direktorat", "ditjen")

#: Government bodies by shape: "Kementerian <portfolio>", "Kementerian
#: Koperasi dan UKM", "Direktorat Jenderal Pajak".  Portfolio words must be
#: capitalised and listed, so "kementerian itu" or "Kementerian Perdagangan
#: Senin" (a date) do not run on.
GOVERNMENT_PATTERNS = [
    head + [dict(_BODY, OP="+")] + tail
    for head in _HEADS
    for tail in ([], [_CONN, dict(_BODY, OP="+")],
                 [_CONN, dict(_BODY, OP="+"), _CONN, dict(_BODY, OP="+")])
]

#: Words that cannot open a name: stop words, sentence openers and dates.
_NOT_FIRST = sorted(_STOP_WORDS | set(_SENTENCE_START) | set(_CALENDAR))
#: Words that cannot be inside a name: titles, dates, legal forms.
_NOT_NAME = sorted(set(PERSON_TITLES_LOWER) | set(_CALENDAR) | {"tbk", "tbk.", "persero"})
_CO = {"TEXT": {"REGEX": r"^[A-Z0-9][\w.&'\-]*$"}, "LOWER": {"NOT_IN": _NOT_NAME},
       "IS_STOP": False}
_CO_FIRST = {"TEXT": {"REGEX": r"^[A-Z0-9][\w.&'\-]*$"},
             "LOWER": {"NOT_IN": _NOT_NAME + _NOT_FIRST}}
_PT = [{"ORTH": {"IN": ["PT", "PT."]}}, {"ORTH": ".", "OP": "?"}]
_PERSERO = [{"ORTH": "("}, {"LOWER": "persero"}, {"ORTH": ")"}]
_TBK = {"LOWER": {"IN": ["tbk", "tbk."]}}

#: Legal-form trailers of company names ("Salim Group", "PT X Tbk").
COMPANY_TRAILERS = (
    "Group", "Grup", "Holdings", "Holding", "Inc", "Corp", "Corporation", "Ltd", "Limited",
    "LLC", "Plc", "PLC", "Tbk", "Tbk.", "Sekuritas", "Securities", "Ventures",
)

#: Lower-case words one of which a text must hold for the company patterns.
COMPANY_GATE_LOWER = ("pt", "pt.", "grup") + tuple(t.lower() for t in COMPANY_TRAILERS)

#: Companies by legal form, closed at both ends: "PT <Name> Tbk", "PT <Name>
#: (Persero)", "<Name> Group/Grup/Holdings/Inc/Corp/Ltd", "Grup <Name>".
COMPANY_PATTERNS = [
    _PT + [dict(_CO, OP="{1,5}"), _TBK],
    _PT + [dict(_CO, OP="{1,5}")] + _PERSERO + [dict(_TBK, OP="?")],
    [_CO_FIRST, dict(_CO, OP="{0,3}"), {"ORTH": {"IN": list(COMPANY_TRAILERS)}}],
    [{"ORTH": "Grup"}, _CO_FIRST, dict(_CO, OP="?")],
]

#: "PT <Name>" without a trailer: open on the right, so
#: :mod:`kg.nlp.rule_layers` ends it at a known name right after "PT"
#: ("PT Pertamina Nicke Widyawati" -> "PT Pertamina").  "PT" alone is no match.
COMPANY_OPEN_PATTERNS = [
    _PT + [dict(_CO, OP="{1,5}")],
]

# --------------------------------------------------------------------------
# Laws (kg_entity_rules)
# --------------------------------------------------------------------------

#: Regulation types as one token ("Permendag", "UU", "PP", "Perpres",
#: "Perppu", "Perda", "PMK", "POJK", "Permenkominfo"; "Peraturan" heads the
#: long forms "Peraturan Menteri Perdagangan ...").
LAW_TYPES_LOWER = tuple(t for t in _LAW_TYPES if " " not in t) + (
    "peraturan", "keputusan", "instruksi", "surat")

#: Lower-case words one of which a text must hold for ``LAW_PATTERNS``.
LAW_GATE_LOWER = LAW_TYPES_LOWER + ("uud",)

_BETWEEN = {"TEXT": {"REGEX": r"^(?:[A-Z][\w.\-]*|\(|\))$"}, "OP": "{0,7}"}
_NUM_WORDS = ["no", "no.", "nomor", "nomer", "nr", "nr."]

#: Named laws without a number, matched as written.
KNOWN_LAWS = ("KUHP", "KUHAP", "KUH Perdata", "Omnibus Law")

#: Regulations with a number and a year: "Permendag No 31 Tahun 2023",
#: "Permendag 31/2023", "UU Nomor 11 Tahun 2020", "PP 80/2019", "Perpres No.
#: 82 Tahun 2023", "PMK 96/PMK.04/2023", "Peraturan Menteri Perdagangan
#: (Permendag) Nomor 31 Tahun 2023"; named laws "UU Cipta Kerja", "UU ITE",
#: "UUD 1945".  A number without a regulation word ("31/2023") is no match.
LAW_PATTERNS = [
    [{"LOWER": {"IN": list(LAW_TYPES_LOWER)}}, _BETWEEN] + tail for tail in LAW_NUMBER_TAILS
] + [
    # "dan" only inside the long forms ("Peraturan Menteri Koperasi dan UKM
    # Nomor 5 Tahun 2021"), so "UU dan PP Nomor 5 Tahun 2020" stays one law
    [{"LOWER": {"IN": ["peraturan", "keputusan", "instruksi"]}}, _BETWEEN, {"LOWER": "dan"},
     dict(_BETWEEN, OP="{1,4}")] + tail
    for tail in LAW_NUMBER_TAILS
] + [
    [{"LOWER": {"IN": ["uu", "ruu", "undang-undang", "perppu"]}},
     {"TEXT": {"REGEX": r"^[A-Z][\w\-]*$"},
      "LOWER": {"NOT_IN": _NOT_FIRST + _NOT_NAME + _NUM_WORDS + ["tahun"]},
      "OP": "{1,4}"}],
    [{"LOWER": "uud"}, {"ORTH": "1945"}],
]

#: A place name right after these words is a language, not a place
#: ("berbahasa Inggris", "bahasa Jepang").
LANGUAGE_CONTEXT_LOWER = ("bahasa", "berbahasa")

#: Words that open a regulation's subject ("Permendag 31/2023 tentang Perizinan
#: Berusaha, ..."); names in the subject are not entities of their own.
LAW_SUBJECT_LOWER = ("tentang", "mengenai", "soal")

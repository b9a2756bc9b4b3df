"""English data for the rule layers around the statistical NER (:mod:`kg.nlp.rule_layers`).

Data only.  Two kinds of constants:

* word lists (tuples of strings; ``_LOWER`` ones are compared lower-cased,
  multi-word entries are tokenised by the pipeline before matching);
* spaCy :class:`~spacy.matcher.Matcher` token patterns (``*_PATTERNS``: lists
  of token-pattern lists), written for the English tokenizer, which keeps
  ``"31/2023"``, ``"No.11/2020"``, ``"GOTO.JK"``, ``"Inc."``, ``"Mr."`` as
  one token and splits ``"No. 31"`` into ``"No"`` ``"."`` ``"31"``,
  ``"PT."`` into ``"PT"`` ``"."`` and ``"Undang-Undang"`` into three tokens.

Indonesian names that English news about Indonesia uses as they are
("Kemendag", "OJK", "Permendag 31/2023") come from
:mod:`kg.lang.xx.entities`; the law number tails and the ticker patterns, which
both languages share, from :mod:`kg.lang.xx.rules`.

Examples
--------
>>> import spacy
>>> from spacy.matcher import Matcher
>>> nlp = spacy.blank("en")
>>> m = Matcher(nlp.vocab)
>>> m.add("LAW", LAW_PATTERNS, greedy="LONGEST")
>>> doc = nlp("Law No. 11 of 2020 and Government Regulation 80/2019 apply, not 31/2023.")
>>> [doc[s:e].text for _, s, e in sorted(m(doc), key=lambda x: x[1])]
['Law No. 11 of 2020', 'Government Regulation 80/2019']
"""

from spacy.lang.en.stop_words import STOP_WORDS as _STOP_WORDS

from kg.lang.xx.entities import (
    CALENDAR_WORDS_LOWER as _CALENDAR,
    COMPANIES as _ID_COMPANIES,
    COUNTRIES as _COUNTRIES,
    INDONESIAN_CITIES as _ID_CITIES,
    INDONESIAN_REGIONS as _ID_REGIONS,
    KNOWN_ORGS as _ID_KNOWN_ORGS,
    LAW_TYPES_LOWER as _ID_LAW_TYPES,
    NAME_PARTICLES_LOWER as _PARTICLES,
    PROVINCES as _PROVINCES,
    WORLD_CITIES as _WORLD_CITIES,
    WORLD_REGIONS as _WORLD_REGIONS,
)
from kg.lang.xx.rules import (  # noqa: F401  the tickers: shared with Indonesian
    LAW_NUMBER_TAILS,
    LAW_NUMBER_WORDS as _NUM_WORDS,
    TICKER_GATE_SHAPES,
    TICKER_PATTERNS,
)

#: kg entity type -> label name of the English model (en_core_web_sm).
LABELS = {"PERSON": "PERSON", "ORG": "ORG", "GPE": "GPE", "LAW": "LAW"}

#: Capitalised words after a title are checked for Indonesian affixes (id only).
REJECT_AFFIXED_WORDS = False

#: Single-word heads a known organisation's name may carry before it ("Party").
ORG_PREFIX_HEADS_LOWER = ("party", "fraksi", "partai")

# --------------------------------------------------------------------------
# Titles (kg_entity_fixes)
# --------------------------------------------------------------------------

#: Titles, offices and honorifics before a person's name.  They are never
#: part of a PERSON span and never an entity on their own.
PERSON_TITLES_LOWER = (
    "minister", "trade minister", "minister of trade", "deputy minister", "vice minister",
    "coordinating minister", "prime minister", "foreign minister", "finance minister",
    "president", "vice president", "vice-president", "president-elect", "president director",
    "president commissioner", "ceo", "chief executive", "chief executive officer", "cfo",
    "chief financial officer", "coo", "chief operating officer", "cto", "founder",
    "co-founder", "spokesperson", "spokesman", "spokeswoman", "secretary general",
    "secretary-general", "secretary", "governor", "deputy governor", "chairman",
    "chairwoman", "chairperson", "chair", "director", "director general",
    "director-general", "managing director", "executive director", "country director",
    "commissioner", "head", "chief", "deputy", "analyst", "economist", "lawmaker",
    "legislator", "senator", "ambassador", "judge", "prosecutor", "mayor", "regent",
    "general manager", "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "prof",
    "prof.", "professor", "sir", "pak", "bu", "bapak", "ibu",
)

#: Portfolio words that continue a title ("Minister of Trade", "Cooperatives
#: and SMEs Minister", "Chief Executive Officer").  In English they also stand
#: before the title (see ``PORTFOLIO_BEFORE_TITLE``).
TITLE_COMPLEMENT_LOWER = (
    "trade", "finance", "foreign", "affairs", "home", "economic", "economy", "economics",
    "cooperatives", "cooperative", "smes", "sme", "msmes", "small", "medium", "micro",
    "enterprises", "enterprise", "state-owned", "state", "soes", "communication",
    "communications", "informatics", "information", "digital", "technology", "industry",
    "investment", "tourism", "creative", "energy", "mineral", "resources", "agriculture",
    "health", "education", "culture", "research", "law", "human", "rights", "justice",
    "defense", "defence", "religious", "manpower", "labor", "labour", "transportation",
    "transport", "public", "works", "housing", "social", "environment", "forestry",
    "marine", "fisheries", "maritime", "coordinating", "national", "development",
    "planning", "village", "villages", "secretariat", "youth", "sports", "empowerment",
    "protection", "administrative", "bureaucratic", "reform", "agrarian", "spatial",
    "executive", "financial", "operating", "operations", "marketing", "officer", "policy",
    "government", "relations", "corporate", "general", "commerce", "e-commerce",
)

#: Lower-case words joining portfolio words inside a title.
TITLE_CONNECTORS_LOWER = ("of", "and", "for", "&")

#: Whether portfolio words may also stand before the title ("Trade Minister").
PORTFOLIO_BEFORE_TITLE = True

#: Words between a title and the organisation before a name ("CEO of TikTok
#: Shou Zi Chew").
TITLE_ORG_LINKS_LOWER = ("of", "at", "from")

# --------------------------------------------------------------------------
# Names after titles (kg_entity_fixes)
# --------------------------------------------------------------------------

#: Lower-case particles allowed inside a name ("Abdurrahman bin Ali").
NAME_PARTICLES_LOWER = _PARTICLES

#: Capitalised words that end a name run: stop words, calendar words.
NAME_BREAK_WORDS_LOWER = tuple(sorted(_STOP_WORDS)) + _CALENDAR

#: Words that make a capitalised run an organisation or a place, not a person
#: ("Mirae Asset Securities", "Jakarta City").
NAME_REJECT_WORDS_LOWER = (
    "ministry", "group", "inc", "inc.", "corp", "corp.", "corporation", "ltd", "ltd.",
    "limited", "llc", "plc", "co.", "company", "holdings", "bank", "university",
    "institute", "securities", "sekuritas", "capital", "ventures", "partners",
    "research", "center", "centre", "foundation", "association", "agency", "authority",
    "commission", "council", "committee", "department", "office", "court", "party",
    "exchange", "street", "city", "province", "regency", "island", "islands", "tbk", "pt",
    "news", "post", "times", "daily", "shop", "mall", "market", "airport", "port",
)

#: Headline verbs that end a name run ("..., Minister Says").
NAME_BREAK_VERBS_LOWER = ("says", "said", "tells", "told", "urges", "warns", "asks", "adds",
                          "plans", "vows", "denies", "confirms", "expects", "sees")

#: Lower-case words that open or close an entity span only by mistake
#: ("and Lazada", "the Ministry of Trade", "in Jakarta").
EDGE_FUNCTION_WORDS_LOWER = (
    "and", "or", "of", "in", "at", "on", "for", "from", "by", "with", "to", "the", "a",
    "an", "as", "into", "via", "than", "including", "between",
)

#: Capitalised common words that open sentences; a span made only of them
#: (or of spaCy's English stop words) at a sentence start is no entity.
SENTENCE_START_WORDS_LOWER = (
    "meanwhile", "however", "according", "analysts", "analyst", "shares", "sellers",
    "buyers", "consumers", "officials", "regulators", "government", "ministry", "company",
    "companies", "platform", "platforms", "sources", "earlier", "later", "today",
    "yesterday", "separately", "despite", "although", "still", "also", "local", "online",
    "social", "commerce", "e-commerce", "data", "sales", "prices", "news", "breaking",
    "update", "read", "photo", "video", "editor", "reporter", "source", "traders",
    "merchants", "investors", "users", "customers", "small", "big", "new", "foreign",
    "indonesian", "local", "minister", "president", "regulation", "law", "ban", "trade",
    "economy", "market", "markets", "stocks", "stock", "the", "this", "that", "these",
    "those", "such", "many", "most", "some", "several", "both", "each", "every",
) + _CALENDAR

#: Days, months and calendar words: never a PERSON, ORG, GPE or LAW alone.
CALENDAR_WORDS_LOWER = _CALENDAR

# --------------------------------------------------------------------------
# Organisations (kg_entity_rules)
# --------------------------------------------------------------------------

#: Government bodies and institutions as English news names them.
GOVERNMENT_BODIES = (
    "Ministry of Trade", "Trade Ministry", "Ministry of Cooperatives and SMEs",
    "Ministry of Cooperatives and Small and Medium Enterprises",
    "Cooperatives and SMEs Ministry", "Ministry of Communication and Informatics",
    "Communication and Informatics Ministry", "Ministry of Communication and Digital Affairs",
    "Ministry of Finance", "Finance Ministry", "Ministry of Industry", "Industry Ministry",
    "Ministry of Investment", "Investment Ministry",
    "Coordinating Ministry for Economic Affairs", "Ministry of State-Owned Enterprises",
    "State-Owned Enterprises Ministry", "Financial Services Authority",
    "Indonesia Stock Exchange", "Indonesian Stock Exchange", "House of Representatives",
    "People's Consultative Assembly", "Corruption Eradication Commission",
    "Business Competition Supervisory Commission", "Investment Coordinating Board",
    "Central Statistics Agency", "Statistics Indonesia", "Constitutional Court",
    "Supreme Court", "Presidential Staff Office", "State Secretariat",
    "Indonesian Chamber of Commerce and Industry", "Indonesian E-Commerce Association",
    "Food and Drug Monitoring Agency", "Directorate General of Taxes",
    "Directorate General of Customs and Excise", "Bank Indonesia",
)

#: Gazetteer names that are also common words or other kinds of names
#: ("Sea", "Apple", "Amazon", "Tempo"): not preset before the model, which
#: decides from context; still turned ORG when the model types them PERSON/GPE.
AMBIGUOUS_NAMES = (
    "Sea", "Apple", "Amazon", "Meta", "Threads", "Temu", "Visa", "Vivo", "Wings",
    "Intel", "Tesla", "Bloomberg", "Freeport", "Vale", "Saratoga", "Provident",
    "Northstar", "Ajaib", "Bibit", "Tempo", "Antara", "Detik", "Kontan", "Demokrat",
    "Gelora", "Matahari", "Ramayana", "Sarinah", "Bisnis Indonesia", "MA", "MK", "AP",
    "UN", "PAN", "INA", "Uber", "Grab",
)

#: Every known organisation name (gazetteer, case-sensitive).
KNOWN_ORGS = GOVERNMENT_BODIES + _ID_KNOWN_ORGS + _ID_COMPANIES

#: Capitalised words that continue a known name into a longer one ("GoTo
#: Financial", "TikTok Indonesia", "Sea Group"), so a preset short name does
#: not cut a longer one the model would find.
ORG_EXTENSIONS = (
    "Indonesia", "Financial", "Shop", "Mall", "Pay", "Group", "Grup", "Tbk", "Tbk.", "Inc",
    "Inc.", "Corp", "Corp.", "Ltd", "Ltd.", "Holdings", "Ventures", "Capital", "Securities",
    "Sekuritas", "Digital", "Express", "Foundation",
)

#: Known places: an entity after a title that is one of them stays a place
#: ("Governor of Jakarta").
KNOWN_PLACES = (_PROVINCES + _ID_REGIONS + _ID_CITIES + _COUNTRIES + _WORLD_REGIONS
                + _WORLD_CITIES)

_CAP = {"TEXT": {"REGEX": r"^[A-Z]"}, "IS_LOWER": False}
_BODY = {"LOWER": {"IN": list(TITLE_COMPLEMENT_LOWER) + [
    "statistics", "central", "competition", "supervisory", "business", "corruption",
    "eradication", "board", "customs", "excise", "taxes", "tax", "immigration", "drug",
    "food", "monitoring", "consumer", "services", "elections", "election", "securities",
    "regional", "foreign", "internal", "people's", "welfare"]}, "IS_LOWER": False}
_CONN = {"LOWER": {"IN": ["and", "&", "of", "for"]}}
#: Words that cannot open a name: stop words and dates.
_NOT_FIRST = sorted(_STOP_WORDS | set(_CALENDAR))
#: Words that cannot be inside a name: titles, dates, legal forms.
_NOT_NAME = sorted(set(PERSON_TITLES_LOWER) | set(_CALENDAR) | {"tbk", "tbk.", "persero"})

#: Lower-case words one of which a text must hold for ``GOVERNMENT_PATTERNS``
#: to be tried (each pattern requires one of them: a cheap pre-check).
GOVERNMENT_GATE_LOWER = ("ministry", "department", "directorate", "agency", "authority",
                         "commission", "board", "association", "federation", "chamber")

#: Government bodies by shape: "Ministry of <portfolio>", "<portfolio>
#: Ministry", "Coordinating Ministry for Economic Affairs", "Financial Services
#: Authority", and associations ("Indonesian Association of Micro, Small and
#: Medium Enterprises").  Portfolio words must be capitalised and listed
#: (``_BODY``), so "the ministry said" and "Ministry officials" are no match.
GOVERNMENT_PATTERNS = [
    [dict(_BODY, OP="{0,3}"), {"ORTH": {"IN": ["Ministry", "Department", "Directorate"]}},
     {"ORTH": "General", "OP": "?"}, {"LOWER": {"IN": ["of", "for"]}}, dict(_BODY, OP="+")]
    + tail
    for tail in ([], [_CONN, dict(_BODY, OP="+")],
                 [_CONN, dict(_BODY, OP="+"), _CONN, dict(_BODY, OP="+")])
] + [
    [dict(_BODY, OP="{1,4}"),
     {"ORTH": {"IN": ["Ministry", "Agency", "Authority", "Commission", "Board"]}}],
    [dict(_BODY, OP="{1,2}"), _CONN, dict(_BODY, OP="{1,2}"), {"ORTH": "Ministry"}],
] + [
    # "Indonesian Association of Micro, Small and Medium Enterprises"
    [{"ORTH": {"IN": ["Indonesian", "Indonesia"]}, "OP": "?"},
     {"ORTH": {"IN": ["Association", "Federation", "Chamber"]}},
     {"LOWER": {"IN": ["of", "for"]}}, dict(_BODY, OP="+")] + tail
    for tail in ([], [_CONN, dict(_BODY, OP="+")],
                 [{"ORTH": ","}, dict(_BODY, OP="+"), _CONN, dict(_BODY, OP="+")])
]

#: Tokens of a company name: capitalised, not a title, date or legal form;
#: the first one not a stop word either ("Meanwhile Sea Group" -> "Sea Group").
_CO = {"TEXT": {"REGEX": r"^[A-Z0-9][\w.&'\-]*$"}, "LOWER": {"NOT_IN": _NOT_NAME},
       "IS_STOP": False}
_CO_FIRST = {"TEXT": {"REGEX": r"^[A-Z0-9][\w.&'\-]*$"},
             "LOWER": {"NOT_IN": _NOT_NAME + _NOT_FIRST}}
_PT = [{"ORTH": {"IN": ["PT", "PT."]}}, {"ORTH": ".", "OP": "?"}]
_PERSERO = [{"ORTH": "("}, {"LOWER": "persero"}, {"ORTH": ")"}]
_TBK = {"LOWER": {"IN": ["tbk", "tbk."]}}

#: Legal-form trailers of company names ("Alibaba Group", "Sea Ltd", "PT X Tbk").
COMPANY_TRAILERS = (
    "Group", "Grup", "Holdings", "Holding", "Inc", "Inc.", "Corp", "Corp.", "Corporation",
    "Ltd", "Ltd.", "Limited", "LLC", "Plc", "PLC", "Co.", "Tbk", "Tbk.", "Securities",
    "Sekuritas", "Ventures",
)

#: Lower-case words one of which a text must hold for the company patterns.
COMPANY_GATE_LOWER = ("pt", "pt.") + tuple(t.lower() for t in COMPANY_TRAILERS)

#: Companies by legal form, closed at both ends: "PT <Name> Tbk",
#: "PT <Name> (Persero)", "<Name> Group/Inc/Ltd/...".
COMPANY_PATTERNS = [
    _PT + [dict(_CO, OP="{1,5}"), _TBK],
    _PT + [dict(_CO, OP="{1,5}")] + _PERSERO + [dict(_TBK, OP="?")],
    [_CO_FIRST, dict(_CO, OP="{0,3}"), {"ORTH": {"IN": list(COMPANY_TRAILERS)}}],
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

#: English names of regulation types (capitalised in running text).
LAW_HEADS = ("Law", "Laws", "Regulation", "Regulations", "Decree", "Instruction",
             "Ordinance", "Circular", "Decision", "Act")

#: Indonesian regulation types as one token ("Permendag", "UU", "PP",
#: "Perpres", "POJK"; "Peraturan" heads the long forms).
LAW_TYPES_LOWER = tuple(t for t in _ID_LAW_TYPES if " " not in t) + (
    "peraturan", "keputusan", "instruksi", "surat")

#: Words between a regulation type and its number: "Regulation of the
#: Minister of Trade Number 31 of 2023", "Government Regulation (PP) No. 80/2019".
_BETWEEN = {"TEXT": {"REGEX": r"^(?:[A-Z][\w.\-]*|\(|\)|of|the|on|for|in|lieu)$"},
            "OP": "{0,9}"}
#: Capitalised words that may qualify an English regulation head: "Trade
#: Ministry Regulation", "Minister of Trade Regulation", "Government
#: Regulation", "OJK Regulation".  Only these, so a headline's "Jokowi Signs
#: Government Regulation ..." starts at "Government".
LAW_QUALIFIERS_LOWER = TITLE_COMPLEMENT_LOWER + (
    "government", "presidential", "ministerial", "minister", "ministry", "regional",
    "provincial", "bank", "indonesia", "ojk", "bi", "constitutional", "court", "supreme",
    "joint", "interim", "job", "creation", "omnibus", "ite", "pdp", "customs", "tax",
    "taxation", "capital", "market", "services", "authority", "agency", "council",
)

_PRE = {"LOWER": {"IN": list(LAW_QUALIFIERS_LOWER)}, "IS_LOWER": False}
_HEAD = {"ORTH": {"IN": list(LAW_HEADS)}}
_LAW_HEAD_FORMS = (
    [_HEAD],
    [dict(_PRE, OP="{1,4}"), _HEAD],
    [dict(_PRE, OP="{1,2}"), {"LOWER": "of"}, dict(_PRE, OP="{1,2}"), _HEAD],
    [{"LOWER": {"IN": list(LAW_TYPES_LOWER)}}],
    [{"LOWER": "undang"}, {"ORTH": "-"}, {"LOWER": "undang"}],
)

#: Lower-case words one of which a text must hold for ``LAW_PATTERNS``.
LAW_GATE_LOWER = LAW_TYPES_LOWER + tuple(h.lower() for h in LAW_HEADS) + ("undang", "uud")

#: Named laws without a number, matched as written.
KNOWN_LAWS = (
    "Omnibus Law", "Job Creation Law", "ITE Law", "Electronic Information and Transactions Law",
    "Personal Data Protection Law", "PDP Law", "Consumer Protection Law",
    "Anti-Monopoly Law", "Criminal Code",
)

#: Regulations with a number and a year: "Permendag 31/2023", "Law No. 11 of
#: 2020", "Government Regulation No. 80/2019", "Regulation of the Minister of
#: Trade Number 31 of 2023", "Trade Ministry Regulation No. 31 of 2023"; and
#: Indonesian named laws "UU Cipta Kerja", "UU ITE", "UUD 1945".  A number
#: without a regulation word ("31/2023") is no match.
LAW_PATTERNS = [
    head + [_BETWEEN] + tail for head in _LAW_HEAD_FORMS for tail in LAW_NUMBER_TAILS
] + [
    # "and" only inside the long forms ("Regulation of the Minister of
    # Cooperatives and SMEs No. 5 of 2021"), so "Law and Regulation No. 5 of
    # 2020" does not become one law
    [{"ORTH": {"IN": ["Regulation", "Decree", "Instruction"]}}, _BETWEEN, {"LOWER": "and"},
     dict(_BETWEEN, OP="{1,4}")] + tail
    for tail in LAW_NUMBER_TAILS
] + [
    [{"LOWER": {"IN": ["uu", "ruu", "undang-undang", "perppu"]}},
     {"TEXT": {"REGEX": r"^[A-Z][\w\-]*$"},
      "LOWER": {"NOT_IN": _NOT_FIRST + _NOT_NAME + _NUM_WORDS + ["tahun"]},
      "OP": "{1,4}"}],
    [{"LOWER": "uud"}, {"ORTH": "1945"}],
]

#: A place name right after these words is a language, not a place.
LANGUAGE_CONTEXT_LOWER = ()

#: Words that open a regulation's subject ("... Number 31 of 2023 concerning Business
#: Licensing, ..."); names in the subject are not entities of their own.
LAW_SUBJECT_LOWER = ("concerning", "regarding", "on")

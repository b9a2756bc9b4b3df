"""English cue lexicons and word lists for relation extraction (data only).

Cues are matched on lower-case tokens. ``order`` says where the arguments
stand around the cue (see :mod:`kg.extract.cues`):

- ``active``:  SOURCE ... cue ... TARGET   ("TikTok acquired Tokopedia")
- ``passive``: TARGET ... cue ... SOURCE   ("Tokopedia, owned by GoTo")
- ``nominal``: [SOURCE] cue TARGET [by SOURCE], or TARGET's cue
  ("the ban on TikTok Shop by the ministry", "the app's banishment")
- ``after``:   cue SOURCE ... TARGET ("merging TikTok Shop with Tokopedia")
- ``fronted``: cue TARGET, SOURCE, at the start of the sentence ("By holding
  Tokopedia, TikTok returned ..."; "Setelah mengakuisisi X, Y ...")
- ``group_after``:  cue X, Y and Z: every pair ("collaboration between X and Y")
- ``group_before``: X, Y and Z ... cue: every pair ("the X and Y partnership")
- ``group_around``: X ... cue Y, Z: X and every member after, pairwise
  ("X expanded in a market dominated by Y, Z and W")

``not_after`` lists words that cancel a cue standing right after them ("as
part of"); ``links`` the words one of which must join the two names of an
``after`` cue ("merging X with Y"); ``not_through`` the words that, standing
between an active cue and its target, show the target is no object of the cue
("buys rice from X"); ``gap`` the most tokens between a passive cue and its
source (default 4). A target (or group) is widened to the names coordinated with it ("owns X
and Y"). ``modality`` on an entry sets the modality its edges carry at least
("in talks with" is ``planned``).
"""

_PARTNER = {"relation": "partners_with", "family": "partnership"}
_RIVAL = {"relation": "competes_with", "family": "competition"}

RELATION_CUES = [
    # --- ownership -------------------------------------------------------
    {"relation": "owns", "family": "ownership", "order": "active", "confidence": 0.7,
     "source_types": ["ORG", "PERSON"],
     "cues": ["owns", "own", "owning", "which owns", "parent company of", "parent of",
              "owner of", "the owner of", "owners of"]},
    {"relation": "owns", "family": "ownership", "order": "passive", "confidence": 0.7,
     "not_after": ["as"],
     "cues": ["owned by", "is owned by", "unit of", "a unit of", "subsidiary of",
              "a subsidiary of", "under the umbrella of", "under the auspices of",
              "part of", "backed by", "a division of", "arm of"]},
    {"relation": "owns", "family": "ownership", "order": "passive", "confidence": 0.6,
     "gap": 1, "cues": ["under"]},  # "Tokopedia, under TikTok", not "under pressure after X"
    {"relation": "controls", "family": "ownership", "order": "active", "confidence": 0.7,
     "source_types": ["ORG", "PERSON"],
     "cues": ["controls", "control of", "took control of", "take control of",
              "takes control of", "controlling stake in", "controlling interest in"]},
    {"relation": "controls", "family": "ownership", "order": "passive", "confidence": 0.7,
     "cues": ["controlled by", "be controlled by", "will be controlled by"]},
    {"relation": "acquires_stake", "family": "ownership", "order": "active", "confidence": 0.7,
     "cues": ["acquire", "acquires", "acquired", "acquiring", "buy", "buys", "bought",
              "stake in", "takeover of", "took over", "takes over", "acquisition of"],
     "not_through": ["from"]},  # "X buys rice from Y" is no stake in Y
    {"relation": "acquires_stake", "family": "ownership", "order": "passive", "confidence": 0.7,
     "cues": ["acquired by", "bought by", "taken over by"]},
    {"relation": "owns", "family": "ownership", "order": "fronted", "confidence": 0.6,
     "source_types": ["ORG", "PERSON"],
     "cues": ["by holding", "by owning", "by controlling", "now owning", "now holding"]},
    {"relation": "acquires_stake", "family": "ownership", "order": "fronted", "confidence": 0.6,
     "cues": ["by acquiring", "after acquiring", "after buying", "having acquired",
              "having bought", "after taking over", "after taking control of"]},
    {"relation": "invests_in", "family": "ownership", "order": "active", "confidence": 0.65,
     "cues": ["invest", "invests", "invested", "investing", "investment in",
              "investment into", "inject", "injects", "injected"]},
    {"relation": "merges_with", "family": "ownership", "order": "active", "confidence": 0.65,
     "cues": ["merge", "merges", "merged", "merger with", "combined with", "merged with",
              "merged into", "will be merged with"]},
    {"relation": "merges_with", "family": "ownership", "order": "after", "confidence": 0.6,
     "links": ["with", "into", "and"], "cues": ["merging", "merger of", "the merger of"]},
    # --- regulation ------------------------------------------------------
    {"relation": "bans", "family": "regulation", "order": "active", "confidence": 0.7,
     "target_types": ["ORG"],
     "cues": ["bans", "banned", "banning", "prohibits", "prohibited", "prohibiting",
              "outlawed", "outlaws", "forbids", "forbade", "shut down", "closed", "blocked",
              "blocks", "suspended", "suspends", "revoked the license of",
              "revoked the licence of", "revoked the permit of"]},
    {"relation": "bans", "family": "regulation", "order": "passive", "confidence": 0.7,
     "target_types": ["ORG"], "cues": ["banned by", "prohibited by", "forbidden by"]},
    {"relation": "bans", "family": "regulation", "order": "nominal", "confidence": 0.6,
     "target_types": ["ORG"],
     "cues": ["ban on", "ban", "prohibition on", "prohibition", "banishment"]},
    {"relation": "regulates", "family": "regulation", "order": "active", "confidence": 0.65,
     "target_types": ["ORG", "PERSON"],
     "cues": ["regulates", "regulated", "regulate", "regulating", "oversees", "supervises",
              "implemented", "imposed", "enforced", "sanctioned", "fined"]},
    {"relation": "regulates", "family": "regulation", "order": "passive", "confidence": 0.65,
     "cues": ["regulated by", "supervised by", "overseen by", "regulated through",
              "regulated under", "sanctioned by", "fined by", "under the oversight of",
              "under the supervision of", "under the authority of"]},
    {"relation": "issues", "family": "regulation", "order": "active", "confidence": 0.7,
     "target_types": ["LAW"],
     "cues": ["issued", "issues", "issue", "enacted", "signed", "introduced", "released"]},
    {"relation": "issues", "family": "regulation", "order": "passive", "confidence": 0.7,
     "source_types": ["ORG", "GPE", "PERSON"], "target_types": ["LAW"],
     "cues": ["issued by", "enacted by", "signed by"]},
    {"relation": "approves", "family": "regulation", "order": "active", "confidence": 0.65,
     "cues": ["approved", "approves", "approve", "given the green light to",
              "gave the green light to", "green light to", "cleared", "allowed"]},
    {"relation": "approves", "family": "regulation", "order": "passive", "confidence": 0.65,
     "cues": ["approved by", "cleared by"]},
    {"relation": "requires", "family": "regulation", "order": "active", "confidence": 0.6,
     "target_types": ["ORG"],
     "cues": ["requires", "required", "requiring", "obliges", "obliged", "forces", "forced"]},
    {"relation": "assigns", "family": "regulation", "order": "active", "confidence": 0.6,
     "target_types": ["PERSON"], "cues": ["assigned", "assigns", "tasked", "appointed"]},
    {"relation": "assigns", "family": "regulation", "order": "active", "confidence": 0.5,
     "source_types": ["PERSON", "ORG"], "target_types": ["PERSON"], "cues": ["asked"]},
    {"relation": "assigns", "family": "regulation", "order": "passive", "confidence": 0.6,
     "target_types": ["PERSON"], "cues": ["assigned by", "tasked by", "appointed by"]},
    # --- partnership -----------------------------------------------------
    {**_PARTNER, "order": "active", "confidence": 0.65,
     "cues": ["partnership with", "partnerships with", "cooperation with", "collaboration with",
              "collaborating with", "collaborate with", "collaborated with", "partnered with",
              "partners with", "partner with", "teamed up with", "joint venture with",
              "alliance with", "work with", "working with", "cooperate with",
              "cooperating with", "agreement with"]},
    {**_PARTNER, "order": "active", "confidence": 0.6, "not_after": ["to"],
     "cues": ["deal with"]},  # not "has to deal with complaints about X"
    {**_PARTNER, "order": "active", "confidence": 0.45, "modality": "planned",
     "cues": ["in talks with", "talks with", "negotiating with", "spoken to", "spoken with",
              "in discussions with"]},
    {**_PARTNER, "order": "group_after", "confidence": 0.65,
     "cues": ["collaboration between", "partnership between", "cooperation between",
              "joint venture between", "alliance between", "deal between",
              "agreement between"]},
    {**_PARTNER, "order": "group_after", "confidence": 0.45, "modality": "planned",
     "cues": ["talks between"]},
    {**_PARTNER, "order": "group_either", "confidence": 0.6,
     "cues": ["partnership", "partnerships", "collaboration", "joint venture", "jointly",
              "together with each other"]},
    # --- competition -----------------------------------------------------
    {**_RIVAL, "order": "active", "confidence": 0.6,
     "cues": ["competes with", "compete with", "competing with", "competed with",
              "rival of", "rivals", "rivalling", "a rival to", "competitor of",
              "competitors such as", "rivals such as", "competitors including",
              "rivals including", "takes on", "battling"]},
    {**_RIVAL, "order": "group_after", "confidence": 0.6,
     "cues": ["competition between", "rivalry between", "competition among", "battle between"]},
    {**_RIVAL, "order": "group_before", "confidence": 0.55,
     "cues": ["are rivals", "are competitors", "compete", "competition", "rivalry",
              "competing", "are competing", "compete for", "competing for"]},
    {**_RIVAL, "order": "group_around", "confidence": 0.55,
     "cues": ["dominated by", "led by players like", "competing against"]},
]

#: Words that introduce the agent of a nominalised or passive cue.
AGENT_MARKERS = ["by"]

#: Words before an active cue that make its subject the one acted upon
#: ("TikTok was forced to close its shop"): the cue then states no relation.
AGENT_BLOCKERS = ["forced to", "had to", "was made to", "were made to"]

#: Types allowed as source and target, per family (a cue entry may narrow them).
#: People own and control (``source_types`` of those entries), but investing,
#: buying stakes and merging are what organisations do.
FAMILY_TYPES = {
    "ownership": (["ORG"], ["ORG"]),
    "regulation": (["ORG", "GPE", "PERSON", "LAW"], ["ORG", "PERSON", "LAW"]),
    "partnership": (["ORG"], ["ORG"]),
    "competition": (["ORG"], ["ORG"]),
}

#: Reporting cues. ``speaker``: where the speaker stands relative to the cue
#: ("before", "after", "either"), or "pronoun" for cues that carry it.
STATEMENT_CUES = {
    "said": "either", "says": "either", "say": "before", "stated": "either",
    "added": "either", "adding": "before", "explained": "either", "noted": "either",
    "told": "before", "believes": "before", "believe": "before", "argued": "either",
    "concluded": "either", "revealed": "either", "confirmed": "either",
    "according to": "after", "criticized": "before", "criticised": "before",
    "accused": "before", "warned": "either", "stressed": "either", "ensured": "before",
    "assessed": "before", "reminded": "before", "urged": "before", "reported": "before",
    "announced": "before", "claimed": "either", "insisted": "either", "emphasized": "either",
    "emphasised": "either", "asserted": "either", "commented": "either", "wrote": "either",
    "acknowledged": "either", "admitted": "either", "hoped": "before", "hopes": "before",
    "predicted": "either", "expects": "before", "called on": "before",
}

#: Words between an after-cue and its speaker that are no name ("said a
#: spokesperson for X"): the speaker is the name after them.
SPEAKER_SKIP = ["a spokesperson for", "spokesperson for", "a spokesman for", "spokesman for",
                "a representative of", "management of", "the management of"]

#: Prepositions of what a statement is about ("said X about Y"). Read with the
#: Indonesian parse only (the English rules take the cue verb's subtree).
TOPIC_PREPOSITIONS = ["about", "regarding", "concerning"]

#: Statement cues whose object is the person addressed, not a topic ("told
#: the exchange that ...").
ADDRESSEE_CUES = ["told", "tells", "tell", "informed"]

#: Statement cues whose speaker is not a quote but criticism (relation name).
CRITICISM_CUES = ["criticized", "criticised", "accused", "slammed", "attacked"]

#: Nouns that make the person they describe a critic of the name they govern
#: ("Teten, one of TikTok Shop's loudest critics").
CRITIC_NOUNS = ["critic", "critics"]

#: Pronouns standing for a person: as subject, and as object (never the subject
#: of their own clause, so "X said Y had assigned him" is X).
PERSON_PRONOUNS = ["he", "she"]
OBJECT_PRONOUNS = ["him", "her"]

#: Pronouns and definite descriptions standing for an organisation: the
#: article's most prominent organisation so far.
ORG_PRONOUNS = ["it", "its"]
ORG_DESCRIPTIONS = ["the company", "the app", "the firm", "the group", "the startup",
                    "the conglomerate", "the e-commerce giant", "the tech giant"]

#: Prepositions: a person right after one (or after a title after one) is an
#: object, not who a later "he said" refers to; between a name and a passive
#: cue, one means the name is not what the cue is about ("moved from X to a
#: system owned by Y").
PREPOSITIONS = ["with", "to", "by", "for", "from", "at", "about", "of", "meet", "met",
                "meeting", "as", "into", "onto", "in"]

#: Words that end a clause when they follow a comma: a cue's target is not
#: looked for past them ("X banned Y, and the ministry of Z ...").
CLAUSE_BREAKS = ["and", "but", "while", "whereas", "although", "which"]

#: Words that open a new clause even without a comma ("X closed the year
#: while Y lost money").
CLAUSE_OPENERS = ["while", "whereas", "although", "though", "because"]

#: What joins names into a list ("X, Y and Z").
LIST_SEPARATORS = [",", "and", "&", "or", "as well as", "-", ";"]

#: Nouns that make a name the unit of the name before it ("GoTo e-commerce unit,
#: Tokopedia") or of "its" ("its e-commerce service, TikTok Shop").
OWNED_NOUNS = ["unit", "subsidiary", "division", "arm", "service", "brand", "affiliate",
               "platform", "business", "feature"]

#: Nouns that make the name after them the owner of the name they follow:
#: "TikTok's parent company, ByteDance".
PARENT_NOUNS = ["parent", "parent company", "owner", "holding company"]

#: Whether the owner stands before the unit noun ("GoTo e-commerce unit, Tokopedia"),
#: rather than after it ("unit e-commerce GoTo Tokopedia").
OWNER_BEFORE_NOUN = True

#: Link words of ownership by adjacency ("Lazada dari Alibaba"): none in English,
#: where "from" mostly gives an origin.
OWNER_LINKS = []

#: Title words that make a role ("the Lecturer of ... University of Indonesia"),
#: beside the title phrases the entity rules find.
ROLE_WORDS = ["lecturer", "researcher", "professor", "director", "chairman", "chairwoman",
              "head", "founder", "co-founder", "ceo", "chief executive", "president",
              "secretary general", "spokesperson", "spokesman", "spokeswoman", "economist",
              "analyst", "executive", "manager", "commissioner", "member", "chair"]

#: Words linking a title to its organisation ("secretary general of X").
ROLE_LINKS = ["of", "at", "for", "from"]

#: Verbs by which a person holds a role at an organisation ("X, who heads Y").
ROLE_VERBS = ["heads", "leads", "chairs", "runs", "headed", "led", "chaired"]

#: Words that introduce the title of an organisation's officer: "X, whose chief
#: executive is Y".
ROLE_WHOSE = ["whose"]

#: Titles that name their organisation: title prefix -> organisation prefix
#: ("Minister of Trade" -> "Ministry of Trade").
TITLE_ORGS = {"minister of": "Ministry of", "ministry of": "Ministry of"}

#: Titles whose portfolio stands before the title word: "Trade Minister" ->
#: "Ministry of Trade". Used only when the name made is a known alias.
TITLE_ORGS_BEFORE = {"minister": "Ministry of"}

#: Short titles and the organisation they name (none in English).
TITLE_ABBREVIATIONS = {}

#: Place words dropped from the end of an organisation named by a title.
TITLE_ORG_DROP_TAIL = ["indonesia", "ri"]

#: Modality: cues found before the relation's cue, in its clause; the first
#: matching class wins.
MODALITY_CUES = {
    "negated": ["not", "has no", "have no", "had no", "never", "declined to comment",
                "was not aware", "did not", "denied", "unable to comment", "rejected", "no longer"],
    "planned": ["in talks", "considering", "plans to", "plan to", "planned", "will",
                "would", "may", "might", "could", "pledged", "expected to", "possible",
                "potential", "proposed", "set to", "aims to", "intends to", "wants to",
                "seeking to", "seeks to"],
}

#: Phrases anywhere in the clause that negate a statement ("said the company
#: was not aware").
NEGATED_STATEMENT = ["not aware", "declined to comment", "unable to comment",
                     "did not respond", "no comment"]

#: Money and stake expressions: regular expressions over the sentence text.
AMOUNT_PATTERN = (
    r"(?:US\$|\$|USD\s?|Rp\.?\s?|IDR\s?|£|€)\s?\d[\d.,]*\s?(?:trillion|billion|million|bn|m)?"
    r"|\d[\d.,]*\s?(?:trillion|billion|million)\s?(?:US dollars|dollars|rupiah|Indonesian rupiah)"
)
STAKE_PATTERN = r"\d{1,3}(?:[.,]\d+)?\s?(?:%|percent|per cent)"

"""English cue lexicons for relation extraction (data only).

Cues are matched on lower-case tokens. ``order`` says where the arguments
stand around the cue (see :mod:`kg.extract.relations`):

- ``active``:  SOURCE ... cue ... TARGET   ("TikTok acquired Tokopedia")
- ``passive``: TARGET ... cue ... SOURCE   ("Tokopedia, owned by GoTo")
- ``nominal``: [SOURCE] cue TARGET [by SOURCE]   ("the ban on TikTok Shop by the ministry")
- ``after``:   cue SOURCE TARGET, or TARGET ... cue SOURCE
"""

RELATION_CUES = [
    # --- ownership -------------------------------------------------------
    {"relation": "owns", "family": "ownership", "order": "active", "confidence": 0.7,
     "cues": ["owns", "own", "owning", "which owns", "parent company of", "parent of"]},
    {"relation": "owns", "family": "ownership", "order": "passive", "confidence": 0.7,
     "cues": ["owned by", "is owned by", "unit of", "a unit of", "subsidiary of",
              "a subsidiary of", "under the umbrella of", "part of", "under",
              "backed by", "a division of"]},
    {"relation": "owns", "family": "ownership", "order": "active", "confidence": 0.6,
     "cues": ["unit", "subsidiary", "units", "subsidiaries"]},
    {"relation": "controls", "family": "ownership", "order": "active", "confidence": 0.7,
     "cues": ["controls", "control of", "took control of", "take control of",
              "takes control of", "controlling stake in", "controlling interest in"]},
    {"relation": "controls", "family": "ownership", "order": "passive", "confidence": 0.7,
     "cues": ["controlled by", "be controlled by", "will be controlled by"]},
    {"relation": "acquires_stake", "family": "ownership", "order": "active", "confidence": 0.7,
     "cues": ["acquire", "acquires", "acquired", "acquiring", "buy", "buys", "bought",
              "stake in", "takeover of", "took over", "takes over", "acquisition of"]},
    {"relation": "acquires_stake", "family": "ownership", "order": "passive", "confidence": 0.7,
     "cues": ["acquired by", "bought by", "taken over by"]},
    {"relation": "invests_in", "family": "ownership", "order": "active", "confidence": 0.65,
     "cues": ["invest", "invests", "invested", "investing", "investment in",
              "investment into", "inject", "injects", "injected"]},
    {"relation": "merges_with", "family": "ownership", "order": "active", "confidence": 0.65,
     "cues": ["merge", "merges", "merged", "merging", "merger with", "combined with"]},
    # --- regulation ------------------------------------------------------
    {"relation": "bans", "family": "regulation", "order": "active", "confidence": 0.7,
     "target_types": ["ORG"], "cues": ["bans", "banned", "banning", "prohibits", "prohibited", "prohibiting",
              "outlawed", "outlaws", "forbids", "forbade", "shut down", "closed"]},
    {"relation": "bans", "family": "regulation", "order": "passive", "confidence": 0.7,
     "target_types": ["ORG"], "cues": ["banned by", "prohibited by", "forbidden by"]},
    {"relation": "bans", "family": "regulation", "order": "nominal", "confidence": 0.6,
     "target_types": ["ORG"], "cues": ["ban on", "ban", "prohibition on", "prohibition", "banishment"]},
    {"relation": "regulates", "family": "regulation", "order": "active", "confidence": 0.65,
     "cues": ["regulates", "regulated", "regulate", "regulating", "oversees", "supervises"]},
    {"relation": "regulates", "family": "regulation", "order": "passive", "confidence": 0.65,
     "cues": ["regulated by", "supervised by", "overseen by"]},
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
     "target_types": ["ORG"], "cues": ["requires", "required", "requiring", "obliges", "obliged", "forces", "forced"]},
    {"relation": "assigns", "family": "regulation", "order": "active", "confidence": 0.6,
     "target_types": ["PERSON"], "cues": ["assigned", "assigns", "tasked", "appointed"]},
]

#: Words that introduce the agent of a nominalised or passive cue.
AGENT_MARKERS = ["by"]

#: Types allowed as source and target, per family (a cue entry may narrow them).
FAMILY_TYPES = {
    "ownership": (["ORG", "PERSON"], ["ORG"]),
    "regulation": (["ORG", "GPE", "PERSON", "LAW"], ["ORG", "PERSON", "LAW"]),
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
    "assessed": "before", "reminded": "before", "urged": "before",
}

#: Pronouns that stand for the person last named in the article.
SPEAKER_PRONOUNS = ["he", "she"]

#: Statement cues whose speaker is not a quote but criticism (relation name).
CRITICISM_CUES = ["criticized", "criticised", "accused"]

#: Modality: cues found in the sentence; the first matching class wins.
MODALITY_CUES = {
    "negated": ["not", "no", "never", "declined to comment", "was not aware",
                "did not", "denied", "unable to comment", "rejected"],
    "planned": ["in talks", "considering", "plans to", "plan to", "planned", "will",
                "would", "may", "might", "could", "pledged", "expected to", "possible",
                "potential", "proposed", "set to", "aims to", "intends to"],
}

#: Money and stake expressions: regular expressions over the sentence text.
AMOUNT_PATTERN = (
    r"(?:US\$|\$|USD\s?|Rp\.?\s?|IDR\s?|£|€)\s?\d[\d.,]*\s?(?:trillion|billion|million|bn|m)?"
    r"|\d[\d.,]*\s?(?:trillion|billion|million)\s?(?:US dollars|dollars|rupiah|Indonesian rupiah)"
)
STAKE_PATTERN = r"\d{1,3}(?:[.,]\d+)?\s?(?:%|percent|per cent)"

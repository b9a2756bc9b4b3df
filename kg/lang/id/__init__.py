"""Indonesian language data: cleaning rules, relation cues, entity rules, gathered in
:data:`DATA`; the entity cues of the rule-based baseline recogniser (``entities``);
word shapes (``morphology``)."""

from kg.lang.data import LanguageData
from kg.lang.id import cleaning, relations, rules

#: The Indonesian data (fields: :class:`~kg.lang.data.LanguageData`).
DATA = LanguageData.from_modules("id", cleaning=cleaning, relations=relations, rules=rules)

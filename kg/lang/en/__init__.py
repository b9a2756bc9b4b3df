"""English language data: cleaning rules, relation cues, entity rules, gathered in
:data:`DATA`."""

from kg.lang.data import LanguageData
from kg.lang.en import cleaning, relations, rules

#: The English data (fields: :class:`~kg.lang.data.LanguageData`).
DATA = LanguageData.from_modules("en", cleaning=cleaning, relations=relations, rules=rules)

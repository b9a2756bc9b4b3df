"""kg's knowledge base: entities with stable IDs, their names in both languages.

>>> import kg.kb
>>> base = kg.kb.load()
>>> base.lookup("PT GoTo Gojek Tokopedia Tbk").id
'idx:GOTO'
"""

from kg.kb.base import Entry, KnowledgeBase, load, read_entries

__all__ = ["Entry", "KnowledgeBase", "load", "read_entries"]
